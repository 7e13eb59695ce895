from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.help_device_type import HelpDeviceType
from ..models.help_mode import HelpMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="InnerHelpRequest")
_HelpDeviceType_VALUES = HelpDeviceType._value2member_map_
_HelpMode_VALUES = HelpMode._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "dstaddress",
        "devicetype",
        "mode",
        "callappdata",
        "holdflag",
    }
)


@_attrs_define
class InnerHelpRequest:
    """Body of innerhelp.

    Attributes:
        dstaddress (str): The helper's agent ID, or the skill queue's ID.
        devicetype (HelpDeviceType | Unset): Whom an internal help request asks.
        mode (HelpMode | Unset): How the helper joins.
        callappdata (str | Unset): Call-associated data handed on with the call (for example to the agent it is
            transferred to, readable with `appdata`): at most 16 KB.
        holdflag (bool | Unset): Whether the customer is held during the help (the gateway's default is true).

    """

    dstaddress: str
    """ The helper's agent ID, or the skill queue's ID. """
    devicetype: HelpDeviceType | Unset = UNSET
    """ Whom an internal help request asks. """
    mode: HelpMode | Unset = UNSET
    """ How the helper joins. """
    callappdata: str | Unset = UNSET
    """ Call-associated data handed on with the call (for example to the agent it is
    transferred to, readable with `appdata`): at most 16 KB.
     """
    holdflag: bool | Unset = UNSET
    """ Whether the customer is held during the help (the gateway's default is true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dstaddress = self.dstaddress

        devicetype: int | Unset = UNSET
        if not isinstance(self.devicetype, Unset):
            devicetype = self.devicetype.value

        mode: int | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        callappdata = self.callappdata

        holdflag = self.holdflag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dstaddress": dstaddress,
            }
        )
        if devicetype is not UNSET:
            field_dict["devicetype"] = devicetype
        if mode is not UNSET:
            field_dict["mode"] = mode
        if callappdata is not UNSET:
            field_dict["callappdata"] = callappdata
        if holdflag is not UNSET:
            field_dict["holdflag"] = holdflag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        dstaddress = src_dict["dstaddress"]

        _devicetype = get("devicetype", UNSET)
        devicetype: HelpDeviceType | Unset
        if _devicetype is UNSET:
            devicetype = UNSET
        else:
            try:
                devicetype = _HelpDeviceType_VALUES[_devicetype]
            except (KeyError, TypeError):
                devicetype = HelpDeviceType(_devicetype)

        _mode = get("mode", UNSET)
        mode: HelpMode | Unset
        if _mode is UNSET:
            mode = UNSET
        else:
            try:
                mode = _HelpMode_VALUES[_mode]
            except (KeyError, TypeError):
                mode = HelpMode(_mode)

        callappdata = get("callappdata", UNSET)

        holdflag = get("holdflag", UNSET)

        inner_help_request = cls(
            dstaddress,
            devicetype,
            mode,
            callappdata,
            holdflag,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            inner_help_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return inner_help_request

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
