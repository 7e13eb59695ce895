from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_type import AddressType
from ..models.channel_attrib import ChannelAttrib
from ..models.channel_state import ChannelState
from ..models.conf_device_type import ConfDeviceType
from ..models.conf_role import ConfRole
from ..models.device_call_type import DeviceCallType
from ..spec_extensions import epoch_millis_or_none
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceParticipant")
_AddressType_VALUES = AddressType._value2member_map_
_ChannelAttrib_VALUES = ChannelAttrib._value2member_map_
_ChannelState_VALUES = ChannelState._value2member_map_
_ConfDeviceType_VALUES = ConfDeviceType._value2member_map_
_ConfRole_VALUES = ConfRole._value2member_map_
_DeviceCallType_VALUES = DeviceCallType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "addressType",
        "address",
        "deviceCallType",
        "deviceType",
        "channelAttrib",
        "channelState",
        "role",
        "enterTime",
    }
)


@_attrs_define
class ConferenceParticipant:
    """One party of a conference."""

    address_type: AddressType | Unset = UNSET
    """ What a participant address is. Sent as a string of digits. """
    address: str | Unset = UNSET
    """ The participant's phone number or agent ID, as `addressType` says. """
    device_call_type: DeviceCallType | Unset = UNSET
    """ User-defined device call type of a conference participant (Device Type appendix, Table 3). """
    device_type: ConfDeviceType | Unset = UNSET
    """ User-defined device type of a conference participant (Device Type appendix, Table 2). """
    channel_attrib: ChannelAttrib | Unset = UNSET
    """ What a conference participant may do on its channel. """
    channel_state: ChannelState | Unset = UNSET
    """ State of a participant's conference channel. """
    role: ConfRole | Unset = UNSET
    """ Role of a participant in a conference. """
    enter_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_type: str | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type.value

        address = self.address

        device_call_type: int | Unset = UNSET
        if not isinstance(self.device_call_type, Unset):
            device_call_type = self.device_call_type.value

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        channel_attrib: int | Unset = UNSET
        if not isinstance(self.channel_attrib, Unset):
            channel_attrib = self.channel_attrib.value

        channel_state: int | Unset = UNSET
        if not isinstance(self.channel_state, Unset):
            channel_state = self.channel_state.value

        role: int | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        enter_time: int | None | str | Unset
        if isinstance(self.enter_time, Unset):
            enter_time = UNSET
        else:
            enter_time = self.enter_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_type is not UNSET:
            field_dict["addressType"] = address_type
        if address is not UNSET:
            field_dict["address"] = address
        if device_call_type is not UNSET:
            field_dict["deviceCallType"] = device_call_type
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if channel_attrib is not UNSET:
            field_dict["channelAttrib"] = channel_attrib
        if channel_state is not UNSET:
            field_dict["channelState"] = channel_state
        if role is not UNSET:
            field_dict["role"] = role
        if enter_time is not UNSET:
            field_dict["enterTime"] = enter_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _address_type = get("addressType", UNSET)
        address_type: AddressType | Unset
        if _address_type is UNSET:
            address_type = UNSET
        else:
            try:
                address_type = _AddressType_VALUES[_address_type]
            except (KeyError, TypeError):
                address_type = AddressType(_address_type)

        address = get("address", UNSET)

        _device_call_type = get("deviceCallType", UNSET)
        device_call_type: DeviceCallType | Unset
        if _device_call_type is UNSET:
            device_call_type = UNSET
        else:
            try:
                device_call_type = _DeviceCallType_VALUES[_device_call_type]
            except (KeyError, TypeError):
                device_call_type = DeviceCallType(_device_call_type)

        _device_type = get("deviceType", UNSET)
        device_type: ConfDeviceType | Unset
        if _device_type is UNSET:
            device_type = UNSET
        else:
            try:
                device_type = _ConfDeviceType_VALUES[_device_type]
            except (KeyError, TypeError):
                device_type = ConfDeviceType(_device_type)

        _channel_attrib = get("channelAttrib", UNSET)
        channel_attrib: ChannelAttrib | Unset
        if _channel_attrib is UNSET:
            channel_attrib = UNSET
        else:
            try:
                channel_attrib = _ChannelAttrib_VALUES[_channel_attrib]
            except (KeyError, TypeError):
                channel_attrib = ChannelAttrib(_channel_attrib)

        _channel_state = get("channelState", UNSET)
        channel_state: ChannelState | Unset
        if _channel_state is UNSET:
            channel_state = UNSET
        else:
            try:
                channel_state = _ChannelState_VALUES[_channel_state]
            except (KeyError, TypeError):
                channel_state = ChannelState(_channel_state)

        _role = get("role", UNSET)
        role: ConfRole | Unset
        if _role is UNSET:
            role = UNSET
        else:
            try:
                role = _ConfRole_VALUES[_role]
            except (KeyError, TypeError):
                role = ConfRole(_role)

        enter_time: int | None | str | Unset = get("enterTime", UNSET)

        conference_participant = cls(
            address_type,
            address,
            device_call_type,
            device_type,
            channel_attrib,
            channel_state,
            role,
            enter_time,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            conference_participant.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return conference_participant

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

    @property
    def enter_time_at(self) -> datetime.datetime | None:
        """`enterTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `enter_time`. Never raises.
        """
        return epoch_millis_or_none(self.enter_time)
