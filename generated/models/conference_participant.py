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
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="ConferenceParticipant")
_AddressType_VALUES = AddressType._value2member_map_
_AddressType_OR_NONE = {**_AddressType_VALUES, None: None}
_ChannelAttrib_VALUES = ChannelAttrib._value2member_map_
_ChannelAttrib_OR_NONE = {**_ChannelAttrib_VALUES, None: None}
_ChannelState_VALUES = ChannelState._value2member_map_
_ChannelState_OR_NONE = {**_ChannelState_VALUES, None: None}
_ConfDeviceType_VALUES = ConfDeviceType._value2member_map_
_ConfDeviceType_OR_NONE = {**_ConfDeviceType_VALUES, None: None}
_ConfRole_VALUES = ConfRole._value2member_map_
_ConfRole_OR_NONE = {**_ConfRole_VALUES, None: None}
_DeviceCallType_VALUES = DeviceCallType._value2member_map_
_DeviceCallType_OR_NONE = {**_DeviceCallType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "address_type": "addressType",
    "device_call_type": "deviceCallType",
    "device_type": "deviceType",
    "channel_attrib": "channelAttrib",
    "channel_state": "channelState",
    "enter_time": "enterTime",
}
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


@_attrs_define(eq=False, repr=False)
class ConferenceParticipant:
    """One party of a conference.

    Attributes:
        address_type (AddressType | None): What a participant address is. Sent as a string of digits. Wire name:
            `addressType`.
        address (str | None): The participant's phone number or agent ID, as `addressType` says.
        device_call_type (DeviceCallType | None): User-defined device call type of a conference participant (Device Type
            appendix, Table 3). Wire name: `deviceCallType`.
        device_type (ConfDeviceType | None): User-defined device type of a conference participant (Device Type appendix,
            Table 2). Wire name: `deviceType`.
        channel_attrib (ChannelAttrib | None): What a conference participant may do on its channel. Wire name:
            `channelAttrib`.
        channel_state (ChannelState | None): State of a participant's conference channel. Wire name: `channelState`.
        role (ConfRole | None): Role of a participant in a conference.
        enter_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `enterTime`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    address_type: AddressType | None = None
    """ What a participant address is. Sent as a string of digits. """
    address: str | None = None
    """ The participant's phone number or agent ID, as `addressType` says. """
    device_call_type: DeviceCallType | None = None
    """ User-defined device call type of a conference participant (Device Type appendix, Table 3). """
    device_type: ConfDeviceType | None = None
    """ User-defined device type of a conference participant (Device Type appendix, Table 2). """
    channel_attrib: ChannelAttrib | None = None
    """ What a conference participant may do on its channel. """
    channel_state: ChannelState | None = None
    """ State of a participant's conference channel. """
    role: ConfRole | None = None
    """ Role of a participant in a conference. """
    enter_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        address_type: str | None = None
        if not (self.address_type is None):
            address_type = self.address_type.value

        address = self.address

        device_call_type: int | None = None
        if not (self.device_call_type is None):
            device_call_type = self.device_call_type.value

        device_type: int | None = None
        if not (self.device_type is None):
            device_type = self.device_type.value

        channel_attrib: int | None = None
        if not (self.channel_attrib is None):
            channel_attrib = self.channel_attrib.value

        channel_state: int | None = None
        if not (self.channel_state is None):
            channel_state = self.channel_state.value

        role: int | None = None
        if not (self.role is None):
            role = self.role.value

        enter_time: int | None | str
        if self.enter_time is None:
            enter_time = None
        else:
            enter_time = self.enter_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if address_type is not None:
            field_dict["addressType"] = address_type
        elif "addressType" in received:
            field_dict["addressType"] = None
        if address is not None:
            field_dict["address"] = address
        elif "address" in received:
            field_dict["address"] = None
        if device_call_type is not None:
            field_dict["deviceCallType"] = device_call_type
        elif "deviceCallType" in received:
            field_dict["deviceCallType"] = None
        if device_type is not None:
            field_dict["deviceType"] = device_type
        elif "deviceType" in received:
            field_dict["deviceType"] = None
        if channel_attrib is not None:
            field_dict["channelAttrib"] = channel_attrib
        elif "channelAttrib" in received:
            field_dict["channelAttrib"] = None
        if channel_state is not None:
            field_dict["channelState"] = channel_state
        elif "channelState" in received:
            field_dict["channelState"] = None
        if role is not None:
            field_dict["role"] = role
        elif "role" in received:
            field_dict["role"] = None
        if enter_time is not None:
            field_dict["enterTime"] = enter_time
        elif "enterTime" in received:
            field_dict["enterTime"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _address_type = get("addressType")
        address_type: AddressType | None
        try:
            address_type = _AddressType_OR_NONE[_address_type]
        except (KeyError, TypeError):
            address_type = AddressType(_address_type)

        address = get("address")

        _device_call_type = get("deviceCallType")
        device_call_type: DeviceCallType | None
        try:
            device_call_type = _DeviceCallType_OR_NONE[_device_call_type]
        except (KeyError, TypeError):
            device_call_type = DeviceCallType(_device_call_type)

        _device_type = get("deviceType")
        device_type: ConfDeviceType | None
        try:
            device_type = _ConfDeviceType_OR_NONE[_device_type]
        except (KeyError, TypeError):
            device_type = ConfDeviceType(_device_type)

        _channel_attrib = get("channelAttrib")
        channel_attrib: ChannelAttrib | None
        try:
            channel_attrib = _ChannelAttrib_OR_NONE[_channel_attrib]
        except (KeyError, TypeError):
            channel_attrib = ChannelAttrib(_channel_attrib)

        _channel_state = get("channelState")
        channel_state: ChannelState | None
        try:
            channel_state = _ChannelState_OR_NONE[_channel_state]
        except (KeyError, TypeError):
            channel_state = ChannelState(_channel_state)

        _role = get("role")
        role: ConfRole | None
        try:
            role = _ConfRole_OR_NONE[_role]
        except (KeyError, TypeError):
            role = ConfRole(_role)

        enter_time: int | None | str = get("enterTime")

        _decoded = _new(cls)
        _decoded.address_type = address_type
        _decoded.address = address
        _decoded.device_call_type = device_call_type
        _decoded.device_type = device_type
        _decoded.channel_attrib = channel_attrib
        _decoded.channel_state = channel_state
        _decoded.role = role
        _decoded.enter_time = enter_time
        _decoded._additional = None

        _decoded._received = src_dict
        return _decoded

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the gateway sent that the spec does not list, with their values."""
        extra = self._additional
        if extra is None:
            received = self._received
            if _KNOWN_KEYS.issuperset(received):
                extra = {}
            else:
                extra = {key: value for key, value in received.items() if key not in _KNOWN_KEYS}
            self._additional = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.address_type,
            self.address,
            self.device_call_type,
            self.device_type,
            self.channel_attrib,
            self.channel_state,
            self.role,
            self.enter_time,
            self.additional_properties,
        ) == (
            other.address_type,  # type: ignore[attr-defined]
            other.address,  # type: ignore[attr-defined]
            other.device_call_type,  # type: ignore[attr-defined]
            other.device_type,  # type: ignore[attr-defined]
            other.channel_attrib,  # type: ignore[attr-defined]
            other.channel_state,  # type: ignore[attr-defined]
            other.role,  # type: ignore[attr-defined]
            other.enter_time,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"address_type={self.address_type!r}, "
            f"address={self.address!r}, "
            f"device_call_type={self.device_call_type!r}, "
            f"device_type={self.device_type!r}, "
            f"channel_attrib={self.channel_attrib!r}, "
            f"channel_state={self.channel_state!r}, "
            f"role={self.role!r}, "
            f"enter_time={self.enter_time!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received

    @property
    def enter_time_at(self) -> datetime.datetime | None:
        """`enterTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `enter_time`. Never raises.
        """
        return epoch_millis_or_none(self.enter_time)


_new = object.__new__
