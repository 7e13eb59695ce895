from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conf_device_type import ConfDeviceType
from ..models.device_call_type import DeviceCallType
from ..models.participant_change_type import ParticipantChangeType
from ..models.participant_leave_reason import ParticipantLeaveReason
from ..models.participant_type import ParticipantType
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="ParticipantChangedContent")
_ConfDeviceType_VALUES = ConfDeviceType._value2member_map_
_ConfDeviceType_OR_NONE = {**_ConfDeviceType_VALUES, None: None}
_DeviceCallType_VALUES = DeviceCallType._value2member_map_
_DeviceCallType_OR_NONE = {**_DeviceCallType_VALUES, None: None}
_ParticipantChangeType_VALUES = ParticipantChangeType._value2member_map_
_ParticipantChangeType_OR_NONE = {**_ParticipantChangeType_VALUES, None: None}
_ParticipantLeaveReason_VALUES = ParticipantLeaveReason._value2member_map_
_ParticipantLeaveReason_OR_NONE = {**_ParticipantLeaveReason_VALUES, None: None}
_ParticipantType_VALUES = ParticipantType._value2member_map_
_ParticipantType_OR_NONE = {**_ParticipantType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "change_type": "changeType",
    "change_reason": "changeReason",
    "conf_id": "confId",
    "participant_type": "participantType",
    "device_call_type": "deviceCallType",
    "device_type": "deviceType",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "result",
        "changeType",
        "changeReason",
        "confId",
        "participant",
        "participantType",
        "deviceCallType",
        "deviceType",
    }
)


@_attrs_define(eq=False, repr=False)
class ParticipantChangedContent:
    """Content of AgentConf_ParticipantChanged.

    Attributes:
        result (int | None): 0 when the change succeeded, another value when it failed.
        change_type (ParticipantChangeType | None): What happened to a conference participant. Wire name: `changeType`.
        change_reason (ParticipantLeaveReason | None): Why a participant left (meaningful when `changeType` is 1, left).
            Wire name: `changeReason`.
        conf_id (int | None):  Wire name: `confId`.
        participant (str | None): The participant's phone number or agent ID.
        participant_type (ParticipantType | None): What a participant address in an event is (the integer form of
            `AddressType`). Wire name: `participantType`.
        device_call_type (DeviceCallType | None): User-defined device call type of a conference participant (Device Type
            appendix, Table 3). Wire name: `deviceCallType`.
        device_type (ConfDeviceType | None): User-defined device type of a conference participant (Device Type appendix,
            Table 2). Wire name: `deviceType`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    result: int | None = None
    """ 0 when the change succeeded, another value when it failed. """
    change_type: ParticipantChangeType | None = None
    """ What happened to a conference participant. """
    change_reason: ParticipantLeaveReason | None = None
    """ Why a participant left (meaningful when `changeType` is 1, left). """
    conf_id: int | None = None

    participant: str | None = None
    """ The participant's phone number or agent ID. """
    participant_type: ParticipantType | None = None
    """ What a participant address in an event is (the integer form of `AddressType`). """
    device_call_type: DeviceCallType | None = None
    """ User-defined device call type of a conference participant (Device Type appendix, Table 3). """
    device_type: ConfDeviceType | None = None
    """ User-defined device type of a conference participant (Device Type appendix, Table 2). """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        change_type: int | None = None
        if not (self.change_type is None):
            change_type = self.change_type.value

        change_reason: int | None = None
        if not (self.change_reason is None):
            change_reason = self.change_reason.value

        conf_id = self.conf_id

        participant = self.participant

        participant_type: int | None = None
        if not (self.participant_type is None):
            participant_type = self.participant_type.value

        device_call_type: int | None = None
        if not (self.device_call_type is None):
            device_call_type = self.device_call_type.value

        device_type: int | None = None
        if not (self.device_type is None):
            device_type = self.device_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if result is not None:
            field_dict["result"] = result
        elif "result" in received:
            field_dict["result"] = None
        if change_type is not None:
            field_dict["changeType"] = change_type
        elif "changeType" in received:
            field_dict["changeType"] = None
        if change_reason is not None:
            field_dict["changeReason"] = change_reason
        elif "changeReason" in received:
            field_dict["changeReason"] = None
        if conf_id is not None:
            field_dict["confId"] = conf_id
        elif "confId" in received:
            field_dict["confId"] = None
        if participant is not None:
            field_dict["participant"] = participant
        elif "participant" in received:
            field_dict["participant"] = None
        if participant_type is not None:
            field_dict["participantType"] = participant_type
        elif "participantType" in received:
            field_dict["participantType"] = None
        if device_call_type is not None:
            field_dict["deviceCallType"] = device_call_type
        elif "deviceCallType" in received:
            field_dict["deviceCallType"] = None
        if device_type is not None:
            field_dict["deviceType"] = device_type
        elif "deviceType" in received:
            field_dict["deviceType"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        result = get("result")

        _change_type = get("changeType")
        change_type: ParticipantChangeType | None
        try:
            change_type = _ParticipantChangeType_OR_NONE[_change_type]
        except (KeyError, TypeError):
            change_type = ParticipantChangeType(_change_type)

        _change_reason = get("changeReason")
        change_reason: ParticipantLeaveReason | None
        try:
            change_reason = _ParticipantLeaveReason_OR_NONE[_change_reason]
        except (KeyError, TypeError):
            change_reason = ParticipantLeaveReason(_change_reason)

        conf_id = get("confId")

        participant = get("participant")

        _participant_type = get("participantType")
        participant_type: ParticipantType | None
        try:
            participant_type = _ParticipantType_OR_NONE[_participant_type]
        except (KeyError, TypeError):
            participant_type = ParticipantType(_participant_type)

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

        _decoded = _new(cls)
        _decoded.result = result
        _decoded.change_type = change_type
        _decoded.change_reason = change_reason
        _decoded.conf_id = conf_id
        _decoded.participant = participant
        _decoded.participant_type = participant_type
        _decoded.device_call_type = device_call_type
        _decoded.device_type = device_type
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
            self.result,
            self.change_type,
            self.change_reason,
            self.conf_id,
            self.participant,
            self.participant_type,
            self.device_call_type,
            self.device_type,
            self.additional_properties,
        ) == (
            other.result,  # type: ignore[attr-defined]
            other.change_type,  # type: ignore[attr-defined]
            other.change_reason,  # type: ignore[attr-defined]
            other.conf_id,  # type: ignore[attr-defined]
            other.participant,  # type: ignore[attr-defined]
            other.participant_type,  # type: ignore[attr-defined]
            other.device_call_type,  # type: ignore[attr-defined]
            other.device_type,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"result={self.result!r}, "
            f"change_type={self.change_type!r}, "
            f"change_reason={self.change_reason!r}, "
            f"conf_id={self.conf_id!r}, "
            f"participant={self.participant!r}, "
            f"participant_type={self.participant_type!r}, "
            f"device_call_type={self.device_call_type!r}, "
            f"device_type={self.device_type!r}, "
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


_new = object.__new__
