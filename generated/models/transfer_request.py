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
_CallOutMediaAbility_VALUES = CallOutMediaAbility._value2member_map_
_ExternalTransferMode_VALUES = ExternalTransferMode._value2member_map_
_InternalTransferMode_VALUES = InternalTransferMode._value2member_map_
_TransferDeviceType_VALUES = TransferDeviceType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "devicetype",
        "address",
        "mode",
        "callappdata",
        "caller",
        "mediaability",
    }
)


@_attrs_define
class TransferRequest:
    """Body of transfer. The allowed `mode` values depend on `devicetype`: the internal
    table for 1-4, the external table for 5.

    Attributes:
        devicetype (TransferDeviceType): What a call is transferred to.
        address (str): The target's ID or number, at most 24 characters.
        mode (ExternalTransferMode | InternalTransferMode):
        callappdata (str | Unset): Call-associated data for the target, at most 1024 characters.
        caller (str | Unset): The calling number shown to an external target.
        mediaability (CallOutMediaAbility | Unset): The media of an outbound call.

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
        get = src_dict.get
        _devicetype = src_dict["devicetype"]
        devicetype: TransferDeviceType
        try:
            devicetype = _TransferDeviceType_VALUES[_devicetype]
        except (KeyError, TypeError):
            devicetype = TransferDeviceType(_devicetype)

        address = src_dict["address"]

        _mode_data = src_dict["mode"]
        mode: ExternalTransferMode | InternalTransferMode
        _mode_found = False
        if not _mode_found and isinstance(_mode_data, int):
            try:
                _mode_type_0 = _mode_data
                mode_type_0: InternalTransferMode
                try:
                    mode_type_0 = _InternalTransferMode_VALUES[_mode_type_0]
                except (KeyError, TypeError):
                    mode_type_0 = InternalTransferMode(_mode_type_0)

                mode = mode_type_0
                _mode_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _mode_found:
            if not isinstance(_mode_data, int):
                raise TypeError()
            _mode_type_1 = _mode_data
            mode_type_1: ExternalTransferMode
            try:
                mode_type_1 = _ExternalTransferMode_VALUES[_mode_type_1]
            except (KeyError, TypeError):
                mode_type_1 = ExternalTransferMode(_mode_type_1)

            mode = mode_type_1
            _mode_found = True

        callappdata = get("callappdata", UNSET)

        caller = get("caller", UNSET)

        _mediaability = get("mediaability", UNSET)
        mediaability: CallOutMediaAbility | Unset
        if _mediaability is UNSET:
            mediaability = UNSET
        else:
            try:
                mediaability = _CallOutMediaAbility_VALUES[_mediaability]
            except (KeyError, TypeError):
                mediaability = CallOutMediaAbility(_mediaability)

        transfer_request = cls(
            devicetype,
            address,
            mode,
            callappdata,
            caller,
            mediaability,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            transfer_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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
