from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direct_mode import CallDirectMode
from ..models.reason_code import ReasonCode
from ..models.trace_device_type import TraceDeviceType
from ..spec_extensions import epoch_millis_or_none
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="CallTrace")
_CallDirectMode_VALUES = CallDirectMode._value2member_map_
_CallDirectMode_OR_NONE = {**_CallDirectMode_VALUES, None: None}
_ReasonCode_VALUES = ReasonCode._value2member_map_
_ReasonCode_OR_NONE = {**_ReasonCode_VALUES, None: None}
_TraceDeviceType_VALUES = TraceDeviceType._value2member_map_
_TraceDeviceType_OR_NONE = {**_TraceDeviceType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "wait_begin_time": "waitBeginTime",
    "wait_end_time": "waitEndTime",
    "answer_begin_time": "answerBeginTime",
    "answer_end_time": "answerEndTime",
    "talk_begin_time": "talkBeginTime",
    "talk_end_time": "talkEndTime",
    "device_no": "deviceNo",
    "device_type": "deviceType",
    "call_direct_mode": "callDirectMode",
    "enter_reason": "enterReason",
    "enter_reason_desc": "enterReasonDesc",
    "leave_reason": "leaveReason",
    "leave_reason_desc": "leaveReasonDesc",
    "vdn_id": "vdnId",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "waitBeginTime",
        "waitEndTime",
        "answerBeginTime",
        "answerEndTime",
        "talkBeginTime",
        "talkEndTime",
        "deviceNo",
        "deviceType",
        "callDirectMode",
        "enterReason",
        "enterReasonDesc",
        "leaveReason",
        "leaveReasonDesc",
        "vdnId",
    }
)


@_attrs_define(eq=False, repr=False)
class CallTrace:
    """The call's path through one device (HWCallDeviceTraceEx).

    Attributes:
        wait_begin_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `waitBeginTime`.
        wait_end_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends
            a number, a string of digits, an empty string or null (no value).  Wire name: `waitEndTime`.
        answer_begin_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `answerBeginTime`.
        answer_end_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `answerEndTime`.
        talk_begin_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `talkBeginTime`.
        talk_end_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends
            a number, a string of digits, an empty string or null (no value).  Wire name: `talkEndTime`.
        device_no (int | None): Device ID. Wire name: `deviceNo`.
        device_type (TraceDeviceType | None): Kind of device a call trace refers to (`trace.deviceType`). Wire name:
            `deviceType`.
        call_direct_mode (CallDirectMode | None): How the call left a device (call trace `callDirectMode`). Wire name:
            `callDirectMode`.
        enter_reason (ReasonCode | None): Why a call entered or left a device (call trace `enterReason` /
            `leaveReason`). Wire name: `enterReason`.
        enter_reason_desc (str | None): Text describing `enterReason`. Wire name: `enterReasonDesc`.
        leave_reason (ReasonCode | None): Why a call entered or left a device (call trace `enterReason` /
            `leaveReason`). Wire name: `leaveReason`.
        leave_reason_desc (str | None): Text describing `leaveReason`. Wire name: `leaveReasonDesc`.
        vdn_id (int | None): VDN ID. Wire name: `vdnId`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    wait_begin_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    wait_end_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    answer_begin_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    answer_end_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    talk_begin_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    talk_end_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    device_no: int | None = None
    """ Device ID. """
    device_type: TraceDeviceType | None = None
    """ Kind of device a call trace refers to (`trace.deviceType`). """
    call_direct_mode: CallDirectMode | None = None
    """ How the call left a device (call trace `callDirectMode`). """
    enter_reason: ReasonCode | None = None
    """ Why a call entered or left a device (call trace `enterReason` / `leaveReason`). """
    enter_reason_desc: str | None = None
    """ Text describing `enterReason`. """
    leave_reason: ReasonCode | None = None
    """ Why a call entered or left a device (call trace `enterReason` / `leaveReason`). """
    leave_reason_desc: str | None = None
    """ Text describing `leaveReason`. """
    vdn_id: int | None = None
    """ VDN ID. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        wait_begin_time: int | None | str
        if self.wait_begin_time is None:
            wait_begin_time = None
        else:
            wait_begin_time = self.wait_begin_time

        wait_end_time: int | None | str
        if self.wait_end_time is None:
            wait_end_time = None
        else:
            wait_end_time = self.wait_end_time

        answer_begin_time: int | None | str
        if self.answer_begin_time is None:
            answer_begin_time = None
        else:
            answer_begin_time = self.answer_begin_time

        answer_end_time: int | None | str
        if self.answer_end_time is None:
            answer_end_time = None
        else:
            answer_end_time = self.answer_end_time

        talk_begin_time: int | None | str
        if self.talk_begin_time is None:
            talk_begin_time = None
        else:
            talk_begin_time = self.talk_begin_time

        talk_end_time: int | None | str
        if self.talk_end_time is None:
            talk_end_time = None
        else:
            talk_end_time = self.talk_end_time

        device_no = self.device_no

        device_type: int | None = None
        if not (self.device_type is None):
            device_type = self.device_type.value

        call_direct_mode: str | None = None
        if not (self.call_direct_mode is None):
            call_direct_mode = self.call_direct_mode.value

        enter_reason: int | None = None
        if not (self.enter_reason is None):
            enter_reason = self.enter_reason.value

        enter_reason_desc = self.enter_reason_desc

        leave_reason: int | None = None
        if not (self.leave_reason is None):
            leave_reason = self.leave_reason.value

        leave_reason_desc = self.leave_reason_desc

        vdn_id = self.vdn_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if wait_begin_time is not None:
            field_dict["waitBeginTime"] = wait_begin_time
        elif "waitBeginTime" in received:
            field_dict["waitBeginTime"] = None
        if wait_end_time is not None:
            field_dict["waitEndTime"] = wait_end_time
        elif "waitEndTime" in received:
            field_dict["waitEndTime"] = None
        if answer_begin_time is not None:
            field_dict["answerBeginTime"] = answer_begin_time
        elif "answerBeginTime" in received:
            field_dict["answerBeginTime"] = None
        if answer_end_time is not None:
            field_dict["answerEndTime"] = answer_end_time
        elif "answerEndTime" in received:
            field_dict["answerEndTime"] = None
        if talk_begin_time is not None:
            field_dict["talkBeginTime"] = talk_begin_time
        elif "talkBeginTime" in received:
            field_dict["talkBeginTime"] = None
        if talk_end_time is not None:
            field_dict["talkEndTime"] = talk_end_time
        elif "talkEndTime" in received:
            field_dict["talkEndTime"] = None
        if device_no is not None:
            field_dict["deviceNo"] = device_no
        elif "deviceNo" in received:
            field_dict["deviceNo"] = None
        if device_type is not None:
            field_dict["deviceType"] = device_type
        elif "deviceType" in received:
            field_dict["deviceType"] = None
        if call_direct_mode is not None:
            field_dict["callDirectMode"] = call_direct_mode
        elif "callDirectMode" in received:
            field_dict["callDirectMode"] = None
        if enter_reason is not None:
            field_dict["enterReason"] = enter_reason
        elif "enterReason" in received:
            field_dict["enterReason"] = None
        if enter_reason_desc is not None:
            field_dict["enterReasonDesc"] = enter_reason_desc
        elif "enterReasonDesc" in received:
            field_dict["enterReasonDesc"] = None
        if leave_reason is not None:
            field_dict["leaveReason"] = leave_reason
        elif "leaveReason" in received:
            field_dict["leaveReason"] = None
        if leave_reason_desc is not None:
            field_dict["leaveReasonDesc"] = leave_reason_desc
        elif "leaveReasonDesc" in received:
            field_dict["leaveReasonDesc"] = None
        if vdn_id is not None:
            field_dict["vdnId"] = vdn_id
        elif "vdnId" in received:
            field_dict["vdnId"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        wait_begin_time: int | None | str = get("waitBeginTime")

        wait_end_time: int | None | str = get("waitEndTime")

        answer_begin_time: int | None | str = get("answerBeginTime")

        answer_end_time: int | None | str = get("answerEndTime")

        talk_begin_time: int | None | str = get("talkBeginTime")

        talk_end_time: int | None | str = get("talkEndTime")

        device_no = get("deviceNo")

        _device_type = get("deviceType")
        device_type: TraceDeviceType | None
        try:
            device_type = _TraceDeviceType_OR_NONE[_device_type]
        except (KeyError, TypeError):
            device_type = TraceDeviceType(_device_type)

        _call_direct_mode = get("callDirectMode")
        call_direct_mode: CallDirectMode | None
        try:
            call_direct_mode = _CallDirectMode_OR_NONE[_call_direct_mode]
        except (KeyError, TypeError):
            call_direct_mode = CallDirectMode(_call_direct_mode)

        _enter_reason = get("enterReason")
        enter_reason: ReasonCode | None
        try:
            enter_reason = _ReasonCode_OR_NONE[_enter_reason]
        except (KeyError, TypeError):
            enter_reason = ReasonCode(_enter_reason)

        enter_reason_desc = get("enterReasonDesc")

        _leave_reason = get("leaveReason")
        leave_reason: ReasonCode | None
        try:
            leave_reason = _ReasonCode_OR_NONE[_leave_reason]
        except (KeyError, TypeError):
            leave_reason = ReasonCode(_leave_reason)

        leave_reason_desc = get("leaveReasonDesc")

        vdn_id = get("vdnId")

        _decoded = _new(cls)
        _decoded.wait_begin_time = wait_begin_time
        _decoded.wait_end_time = wait_end_time
        _decoded.answer_begin_time = answer_begin_time
        _decoded.answer_end_time = answer_end_time
        _decoded.talk_begin_time = talk_begin_time
        _decoded.talk_end_time = talk_end_time
        _decoded.device_no = device_no
        _decoded.device_type = device_type
        _decoded.call_direct_mode = call_direct_mode
        _decoded.enter_reason = enter_reason
        _decoded.enter_reason_desc = enter_reason_desc
        _decoded.leave_reason = leave_reason
        _decoded.leave_reason_desc = leave_reason_desc
        _decoded.vdn_id = vdn_id
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
            self.wait_begin_time,
            self.wait_end_time,
            self.answer_begin_time,
            self.answer_end_time,
            self.talk_begin_time,
            self.talk_end_time,
            self.device_no,
            self.device_type,
            self.call_direct_mode,
            self.enter_reason,
            self.enter_reason_desc,
            self.leave_reason,
            self.leave_reason_desc,
            self.vdn_id,
            self.additional_properties,
        ) == (
            other.wait_begin_time,  # type: ignore[attr-defined]
            other.wait_end_time,  # type: ignore[attr-defined]
            other.answer_begin_time,  # type: ignore[attr-defined]
            other.answer_end_time,  # type: ignore[attr-defined]
            other.talk_begin_time,  # type: ignore[attr-defined]
            other.talk_end_time,  # type: ignore[attr-defined]
            other.device_no,  # type: ignore[attr-defined]
            other.device_type,  # type: ignore[attr-defined]
            other.call_direct_mode,  # type: ignore[attr-defined]
            other.enter_reason,  # type: ignore[attr-defined]
            other.enter_reason_desc,  # type: ignore[attr-defined]
            other.leave_reason,  # type: ignore[attr-defined]
            other.leave_reason_desc,  # type: ignore[attr-defined]
            other.vdn_id,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"wait_begin_time={self.wait_begin_time!r}, "
            f"wait_end_time={self.wait_end_time!r}, "
            f"answer_begin_time={self.answer_begin_time!r}, "
            f"answer_end_time={self.answer_end_time!r}, "
            f"talk_begin_time={self.talk_begin_time!r}, "
            f"talk_end_time={self.talk_end_time!r}, "
            f"device_no={self.device_no!r}, "
            f"device_type={self.device_type!r}, "
            f"call_direct_mode={self.call_direct_mode!r}, "
            f"enter_reason={self.enter_reason!r}, "
            f"enter_reason_desc={self.enter_reason_desc!r}, "
            f"leave_reason={self.leave_reason!r}, "
            f"leave_reason_desc={self.leave_reason_desc!r}, "
            f"vdn_id={self.vdn_id!r}, "
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
    def wait_begin_time_at(self) -> datetime.datetime | None:
        """`waitBeginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `wait_begin_time`. Never raises.
        """
        return epoch_millis_or_none(self.wait_begin_time)

    @property
    def wait_end_time_at(self) -> datetime.datetime | None:
        """`waitEndTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `wait_end_time`. Never raises.
        """
        return epoch_millis_or_none(self.wait_end_time)

    @property
    def answer_begin_time_at(self) -> datetime.datetime | None:
        """`answerBeginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `answer_begin_time`. Never raises.
        """
        return epoch_millis_or_none(self.answer_begin_time)

    @property
    def answer_end_time_at(self) -> datetime.datetime | None:
        """`answerEndTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `answer_end_time`. Never raises.
        """
        return epoch_millis_or_none(self.answer_end_time)

    @property
    def talk_begin_time_at(self) -> datetime.datetime | None:
        """`talkBeginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `talk_begin_time`. Never raises.
        """
        return epoch_millis_or_none(self.talk_begin_time)

    @property
    def talk_end_time_at(self) -> datetime.datetime | None:
        """`talkEndTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `talk_end_time`. Never raises.
        """
        return epoch_millis_or_none(self.talk_end_time)


_new = object.__new__
