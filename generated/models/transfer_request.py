from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_out_media_ability import CallOutMediaAbility
from ..models.external_transfer_mode import ExternalTransferMode
from ..models.internal_transfer_mode import InternalTransferMode
from ..models.transfer_device_type import TransferDeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferRequest")


@_attrs_define
class TransferRequest:
    """Body of transfer. The allowed `mode` values depend on `devicetype`: the internal
    table for 1-4, the external table for 5.

    """

    devicetype: TransferDeviceType
    """ What a call is transferred to. """
    address: str
    """ The target's ID or number, at most 24 characters. """
    mode: ExternalTransferMode | InternalTransferMode
    callappdata: str | Unset = UNSET
    """ Call-associated data for the target, at most 1024 characters. """
    caller: str | Unset = UNSET
    """ The calling number shown to an external target. """
    mediaability: CallOutMediaAbility | Unset = UNSET
    """ The media of an outbound call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devicetype = self.devicetype.value

        address = self.address

        mode: int
        if isinstance(self.mode, InternalTransferMode):
            mode = self.mode.value
        else:
            mode = self.mode.value

        callappdata = self.callappdata

        caller = self.caller

        mediaability: int | Unset = UNSET
        if not isinstance(self.mediaability, Unset):
            mediaability = self.mediaability.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devicetype": devicetype,
                "address": address,
                "mode": mode,
            }
        )
        if callappdata is not UNSET:
            field_dict["callappdata"] = callappdata
        if caller is not UNSET:
            field_dict["caller"] = caller
        if mediaability is not UNSET:
            field_dict["mediaability"] = mediaability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        devicetype = TransferDeviceType(d.pop("devicetype"))

        address = d.pop("address")

        def _parse_mode(data: object) -> ExternalTransferMode | InternalTransferMode:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                mode_type_0 = InternalTransferMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, int):
                raise TypeError()
            mode_type_1 = ExternalTransferMode(data)

            return mode_type_1

        mode = _parse_mode(d.pop("mode"))

        callappdata = d.pop("callappdata", UNSET)

        caller = d.pop("caller", UNSET)

        _mediaability = d.pop("mediaability", UNSET)
        mediaability: CallOutMediaAbility | Unset
        if isinstance(_mediaability, Unset):
            mediaability = UNSET
        else:
            mediaability = CallOutMediaAbility(_mediaability)

        transfer_request = cls(
            devicetype=devicetype,
            address=address,
            mode=mode,
            callappdata=callappdata,
            caller=caller,
            mediaability=mediaability,
        )

        transfer_request.additional_properties = d
        return transfer_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
