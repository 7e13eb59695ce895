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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallTrace")
_CallDirectMode_VALUES = CallDirectMode._value2member_map_
_ReasonCode_VALUES = ReasonCode._value2member_map_
_TraceDeviceType_VALUES = TraceDeviceType._value2member_map_
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


@_attrs_define
class CallTrace:
    """The call's path through one device (HWCallDeviceTraceEx)."""

    wait_begin_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    wait_end_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    answer_begin_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    answer_end_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    talk_begin_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    talk_end_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    device_no: int | Unset = UNSET
    """ Device ID. """
    device_type: TraceDeviceType | Unset = UNSET
    """ Kind of device a call trace refers to (`trace.deviceType`). """
    call_direct_mode: CallDirectMode | Unset = UNSET
    """ How the call left a device (call trace `callDirectMode`). """
    enter_reason: ReasonCode | Unset = UNSET
    """ Why a call entered or left a device (call trace `enterReason` / `leaveReason`). """
    enter_reason_desc: str | Unset = UNSET
    """ Text describing `enterReason`. """
    leave_reason: ReasonCode | Unset = UNSET
    """ Why a call entered or left a device (call trace `enterReason` / `leaveReason`). """
    leave_reason_desc: str | Unset = UNSET
    """ Text describing `leaveReason`. """
    vdn_id: int | Unset = UNSET
    """ VDN ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wait_begin_time: int | None | str | Unset
        if isinstance(self.wait_begin_time, Unset):
            wait_begin_time = UNSET
        else:
            wait_begin_time = self.wait_begin_time

        wait_end_time: int | None | str | Unset
        if isinstance(self.wait_end_time, Unset):
            wait_end_time = UNSET
        else:
            wait_end_time = self.wait_end_time

        answer_begin_time: int | None | str | Unset
        if isinstance(self.answer_begin_time, Unset):
            answer_begin_time = UNSET
        else:
            answer_begin_time = self.answer_begin_time

        answer_end_time: int | None | str | Unset
        if isinstance(self.answer_end_time, Unset):
            answer_end_time = UNSET
        else:
            answer_end_time = self.answer_end_time

        talk_begin_time: int | None | str | Unset
        if isinstance(self.talk_begin_time, Unset):
            talk_begin_time = UNSET
        else:
            talk_begin_time = self.talk_begin_time

        talk_end_time: int | None | str | Unset
        if isinstance(self.talk_end_time, Unset):
            talk_end_time = UNSET
        else:
            talk_end_time = self.talk_end_time

        device_no = self.device_no

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        call_direct_mode: str | Unset = UNSET
        if not isinstance(self.call_direct_mode, Unset):
            call_direct_mode = self.call_direct_mode.value

        enter_reason: int | Unset = UNSET
        if not isinstance(self.enter_reason, Unset):
            enter_reason = self.enter_reason.value

        enter_reason_desc = self.enter_reason_desc

        leave_reason: int | Unset = UNSET
        if not isinstance(self.leave_reason, Unset):
            leave_reason = self.leave_reason.value

        leave_reason_desc = self.leave_reason_desc

        vdn_id = self.vdn_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wait_begin_time is not UNSET:
            field_dict["waitBeginTime"] = wait_begin_time
        if wait_end_time is not UNSET:
            field_dict["waitEndTime"] = wait_end_time
        if answer_begin_time is not UNSET:
            field_dict["answerBeginTime"] = answer_begin_time
        if answer_end_time is not UNSET:
            field_dict["answerEndTime"] = answer_end_time
        if talk_begin_time is not UNSET:
            field_dict["talkBeginTime"] = talk_begin_time
        if talk_end_time is not UNSET:
            field_dict["talkEndTime"] = talk_end_time
        if device_no is not UNSET:
            field_dict["deviceNo"] = device_no
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if call_direct_mode is not UNSET:
            field_dict["callDirectMode"] = call_direct_mode
        if enter_reason is not UNSET:
            field_dict["enterReason"] = enter_reason
        if enter_reason_desc is not UNSET:
            field_dict["enterReasonDesc"] = enter_reason_desc
        if leave_reason is not UNSET:
            field_dict["leaveReason"] = leave_reason
        if leave_reason_desc is not UNSET:
            field_dict["leaveReasonDesc"] = leave_reason_desc
        if vdn_id is not UNSET:
            field_dict["vdnId"] = vdn_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        wait_begin_time: int | None | str | Unset = get("waitBeginTime", UNSET)

        wait_end_time: int | None | str | Unset = get("waitEndTime", UNSET)

        answer_begin_time: int | None | str | Unset = get("answerBeginTime", UNSET)

        answer_end_time: int | None | str | Unset = get("answerEndTime", UNSET)

        talk_begin_time: int | None | str | Unset = get("talkBeginTime", UNSET)

        talk_end_time: int | None | str | Unset = get("talkEndTime", UNSET)

        device_no = get("deviceNo", UNSET)

        _device_type = get("deviceType", UNSET)
        device_type: TraceDeviceType | Unset
        if _device_type is UNSET:
            device_type = UNSET
        else:
            try:
                device_type = _TraceDeviceType_VALUES[_device_type]
            except (KeyError, TypeError):
                device_type = TraceDeviceType(_device_type)

        _call_direct_mode = get("callDirectMode", UNSET)
        call_direct_mode: CallDirectMode | Unset
        if _call_direct_mode is UNSET:
            call_direct_mode = UNSET
        else:
            try:
                call_direct_mode = _CallDirectMode_VALUES[_call_direct_mode]
            except (KeyError, TypeError):
                call_direct_mode = CallDirectMode(_call_direct_mode)

        _enter_reason = get("enterReason", UNSET)
        enter_reason: ReasonCode | Unset
        if _enter_reason is UNSET:
            enter_reason = UNSET
        else:
            try:
                enter_reason = _ReasonCode_VALUES[_enter_reason]
            except (KeyError, TypeError):
                enter_reason = ReasonCode(_enter_reason)

        enter_reason_desc = get("enterReasonDesc", UNSET)

        _leave_reason = get("leaveReason", UNSET)
        leave_reason: ReasonCode | Unset
        if _leave_reason is UNSET:
            leave_reason = UNSET
        else:
            try:
                leave_reason = _ReasonCode_VALUES[_leave_reason]
            except (KeyError, TypeError):
                leave_reason = ReasonCode(_leave_reason)

        leave_reason_desc = get("leaveReasonDesc", UNSET)

        vdn_id = get("vdnId", UNSET)

        call_trace = cls(
            wait_begin_time,
            wait_end_time,
            answer_begin_time,
            answer_end_time,
            talk_begin_time,
            talk_end_time,
            device_no,
            device_type,
            call_direct_mode,
            enter_reason,
            enter_reason_desc,
            leave_reason,
            leave_reason_desc,
            vdn_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            call_trace.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return call_trace

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
