from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_state import AgentState
from ..models.call_type import CallType
from ..models.operation_command import OperationCommand
from ..spec_extensions import epoch_millis_or_none
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AgentStateInfo")
_AgentState_VALUES = AgentState._value2member_map_
_AgentState_OR_NONE = {**_AgentState_VALUES, None: None}
_CallType_VALUES = CallType._value2member_map_
_CallType_OR_NONE = {**_CallType_VALUES, None: None}
_OperationCommand_VALUES = OperationCommand._value2member_map_
_OperationCommand_OR_NONE = {**_OperationCommand_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "call_feature": "callFeature",
    "call_data": "callData",
    "last_state": "lastState",
    "pre_busy": "preBusy",
    "firsttalking_flag": "firsttalkingFlag",
    "work_no": "workNo",
    "qc_work_no": "qcWorkNo",
    "caller_no": "callerNo",
    "begin_hold_time": "beginHoldTime",
    "talking_callfeature": "talkingCallfeature",
    "release_flag": "releaseFlag",
    "called_no": "calledNo",
    "main_call_id": "mainCallId",
    "second_talking_time": "secondTalkingTime",
    "pre_rest": "preRest",
    "record_id": "recordID",
    "current_time": "currentTime",
    "begin_talking_time": "beginTalkingTime",
    "hold_call_id": "holdCallId",
    "agent_state_begin_time": "agentStateBeginTime",
    "cur_command": "curCommand",
    "cur_call_id": "curCallId",
    "cmd_begin_time": "cmdBeginTime",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callFeature",
        "callData",
        "lastState",
        "preBusy",
        "firsttalkingFlag",
        "workNo",
        "qcWorkNo",
        "callerNo",
        "beginHoldTime",
        "state",
        "talkingCallfeature",
        "releaseFlag",
        "calledNo",
        "mainCallId",
        "secondTalkingTime",
        "preRest",
        "recordID",
        "currentTime",
        "beginTalkingTime",
        "partner",
        "holdCallId",
        "agentStateBeginTime",
        "curCommand",
        "curCallId",
        "cmdBeginTime",
    }
)


@_attrs_define(eq=False, repr=False)
class AgentStateInfo:
    """The agent's state in detail, with the current call's context.

    Attributes:
        call_feature (CallType | None): Call type ("call feature") of a call: `callfeature` of call information,
            `callFeature` / `talkingCallfeature` of the agent state.  Wire name: `callFeature`.
        call_data (None | str): Call-related data. Wire name: `callData`.
        last_state (AgentState | None): Detailed agent state (Agent Status appendix, Table 3), used by
            `agentStateInfo.state` and `lastState`.  Wire name: `lastState`.
        pre_busy (bool | None): Whether the agent asked to go busy after the current call. Wire name: `preBusy`.
        firsttalking_flag (bool | None): Whether the call is the agent's first call. Wire name: `firsttalkingFlag`.
        work_no (str | None): Agent ID. Wire name: `workNo`.
        qc_work_no (str | None): ID of the inspector, if any. Wire name: `qcWorkNo`.
        caller_no (str | None): Calling number. Wire name: `callerNo`.
        begin_hold_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `beginHoldTime`.
        state (AgentState | None): Detailed agent state (Agent Status appendix, Table 3), used by `agentStateInfo.state`
            and `lastState`.
        talking_callfeature (CallType | None): Call type ("call feature") of a call: `callfeature` of call information,
            `callFeature` / `talkingCallfeature` of the agent state.  Wire name: `talkingCallfeature`.
        release_flag (int | None): Whether the session is released (reserved). Wire name: `releaseFlag`.
        called_no (str | None): Called number. Wire name: `calledNo`.
        main_call_id (str | None): Call ID of the first call. Wire name: `mainCallId`.
        second_talking_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `secondTalkingTime`.
        pre_rest (bool | None): Whether the agent asked to rest after the current call. Wire name: `preRest`.
        record_id (str | None): Serial number of the recording. Wire name: `recordID`.
        current_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `currentTime`.
        begin_talking_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).  Wire name: `beginTalkingTime`.
        partner (str | None): The other party.
        hold_call_id (str | None): Call ID of the held call. Wire name: `holdCallId`.
        agent_state_begin_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The
            gateway sends a number, a string of digits, an empty string or null (no value).  Wire name:
            `agentStateBeginTime`.
        cur_command (OperationCommand | None): The command the agent is currently carrying out (`curCommand`). Wire
            name: `curCommand`.
        cur_call_id (str | None): Call ID of the current call. Wire name: `curCallId`.
        cmd_begin_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends
            a number, a string of digits, an empty string or null (no value).  Wire name: `cmdBeginTime`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    call_feature: CallType | None = None
    """ Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
     """
    call_data: None | str = None
    """ Call-related data. """
    last_state: AgentState | None = None
    """ Detailed agent state (Agent Status appendix, Table 3), used by `agentStateInfo.state`
    and `lastState`.
     """
    pre_busy: bool | None = None
    """ Whether the agent asked to go busy after the current call. """
    firsttalking_flag: bool | None = None
    """ Whether the call is the agent's first call. """
    work_no: str | None = None
    """ Agent ID. """
    qc_work_no: str | None = None
    """ ID of the inspector, if any. """
    caller_no: str | None = None
    """ Calling number. """
    begin_hold_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    state: AgentState | None = None
    """ Detailed agent state (Agent Status appendix, Table 3), used by `agentStateInfo.state`
    and `lastState`.
     """
    talking_callfeature: CallType | None = None
    """ Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
     """
    release_flag: int | None = None
    """ Whether the session is released (reserved). """
    called_no: str | None = None
    """ Called number. """
    main_call_id: str | None = None
    """ Call ID of the first call. """
    second_talking_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    pre_rest: bool | None = None
    """ Whether the agent asked to rest after the current call. """
    record_id: str | None = None
    """ Serial number of the recording. """
    current_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    begin_talking_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    partner: str | None = None
    """ The other party. """
    hold_call_id: str | None = None
    """ Call ID of the held call. """
    agent_state_begin_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    cur_command: OperationCommand | None = None
    """ The command the agent is currently carrying out (`curCommand`). """
    cur_call_id: str | None = None
    """ Call ID of the current call. """
    cmd_begin_time: int | None | str = None
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
        call_feature: int | None = None
        if not (self.call_feature is None):
            call_feature = self.call_feature.value

        call_data: None | str
        if self.call_data is None:
            call_data = None
        else:
            call_data = self.call_data

        last_state: int | None = None
        if not (self.last_state is None):
            last_state = self.last_state.value

        pre_busy = self.pre_busy

        firsttalking_flag = self.firsttalking_flag

        work_no = self.work_no

        qc_work_no = self.qc_work_no

        caller_no = self.caller_no

        begin_hold_time: int | None | str
        if self.begin_hold_time is None:
            begin_hold_time = None
        else:
            begin_hold_time = self.begin_hold_time

        state: int | None = None
        if not (self.state is None):
            state = self.state.value

        talking_callfeature: int | None = None
        if not (self.talking_callfeature is None):
            talking_callfeature = self.talking_callfeature.value

        release_flag = self.release_flag

        called_no = self.called_no

        main_call_id = self.main_call_id

        second_talking_time: int | None | str
        if self.second_talking_time is None:
            second_talking_time = None
        else:
            second_talking_time = self.second_talking_time

        pre_rest = self.pre_rest

        record_id = self.record_id

        current_time: int | None | str
        if self.current_time is None:
            current_time = None
        else:
            current_time = self.current_time

        begin_talking_time: int | None | str
        if self.begin_talking_time is None:
            begin_talking_time = None
        else:
            begin_talking_time = self.begin_talking_time

        partner = self.partner

        hold_call_id = self.hold_call_id

        agent_state_begin_time: int | None | str
        if self.agent_state_begin_time is None:
            agent_state_begin_time = None
        else:
            agent_state_begin_time = self.agent_state_begin_time

        cur_command: int | None = None
        if not (self.cur_command is None):
            cur_command = self.cur_command.value

        cur_call_id = self.cur_call_id

        cmd_begin_time: int | None | str
        if self.cmd_begin_time is None:
            cmd_begin_time = None
        else:
            cmd_begin_time = self.cmd_begin_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if call_feature is not None:
            field_dict["callFeature"] = call_feature
        elif "callFeature" in received:
            field_dict["callFeature"] = None
        if call_data is not None:
            field_dict["callData"] = call_data
        elif "callData" in received:
            field_dict["callData"] = None
        if last_state is not None:
            field_dict["lastState"] = last_state
        elif "lastState" in received:
            field_dict["lastState"] = None
        if pre_busy is not None:
            field_dict["preBusy"] = pre_busy
        elif "preBusy" in received:
            field_dict["preBusy"] = None
        if firsttalking_flag is not None:
            field_dict["firsttalkingFlag"] = firsttalking_flag
        elif "firsttalkingFlag" in received:
            field_dict["firsttalkingFlag"] = None
        if work_no is not None:
            field_dict["workNo"] = work_no
        elif "workNo" in received:
            field_dict["workNo"] = None
        if qc_work_no is not None:
            field_dict["qcWorkNo"] = qc_work_no
        elif "qcWorkNo" in received:
            field_dict["qcWorkNo"] = None
        if caller_no is not None:
            field_dict["callerNo"] = caller_no
        elif "callerNo" in received:
            field_dict["callerNo"] = None
        if begin_hold_time is not None:
            field_dict["beginHoldTime"] = begin_hold_time
        elif "beginHoldTime" in received:
            field_dict["beginHoldTime"] = None
        if state is not None:
            field_dict["state"] = state
        elif "state" in received:
            field_dict["state"] = None
        if talking_callfeature is not None:
            field_dict["talkingCallfeature"] = talking_callfeature
        elif "talkingCallfeature" in received:
            field_dict["talkingCallfeature"] = None
        if release_flag is not None:
            field_dict["releaseFlag"] = release_flag
        elif "releaseFlag" in received:
            field_dict["releaseFlag"] = None
        if called_no is not None:
            field_dict["calledNo"] = called_no
        elif "calledNo" in received:
            field_dict["calledNo"] = None
        if main_call_id is not None:
            field_dict["mainCallId"] = main_call_id
        elif "mainCallId" in received:
            field_dict["mainCallId"] = None
        if second_talking_time is not None:
            field_dict["secondTalkingTime"] = second_talking_time
        elif "secondTalkingTime" in received:
            field_dict["secondTalkingTime"] = None
        if pre_rest is not None:
            field_dict["preRest"] = pre_rest
        elif "preRest" in received:
            field_dict["preRest"] = None
        if record_id is not None:
            field_dict["recordID"] = record_id
        elif "recordID" in received:
            field_dict["recordID"] = None
        if current_time is not None:
            field_dict["currentTime"] = current_time
        elif "currentTime" in received:
            field_dict["currentTime"] = None
        if begin_talking_time is not None:
            field_dict["beginTalkingTime"] = begin_talking_time
        elif "beginTalkingTime" in received:
            field_dict["beginTalkingTime"] = None
        if partner is not None:
            field_dict["partner"] = partner
        elif "partner" in received:
            field_dict["partner"] = None
        if hold_call_id is not None:
            field_dict["holdCallId"] = hold_call_id
        elif "holdCallId" in received:
            field_dict["holdCallId"] = None
        if agent_state_begin_time is not None:
            field_dict["agentStateBeginTime"] = agent_state_begin_time
        elif "agentStateBeginTime" in received:
            field_dict["agentStateBeginTime"] = None
        if cur_command is not None:
            field_dict["curCommand"] = cur_command
        elif "curCommand" in received:
            field_dict["curCommand"] = None
        if cur_call_id is not None:
            field_dict["curCallId"] = cur_call_id
        elif "curCallId" in received:
            field_dict["curCallId"] = None
        if cmd_begin_time is not None:
            field_dict["cmdBeginTime"] = cmd_begin_time
        elif "cmdBeginTime" in received:
            field_dict["cmdBeginTime"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _call_feature = get("callFeature")
        call_feature: CallType | None
        try:
            call_feature = _CallType_OR_NONE[_call_feature]
        except (KeyError, TypeError):
            call_feature = CallType(_call_feature)

        call_data: None | str = get("callData")

        _last_state = get("lastState")
        last_state: AgentState | None
        try:
            last_state = _AgentState_OR_NONE[_last_state]
        except (KeyError, TypeError):
            last_state = AgentState(_last_state)

        pre_busy = get("preBusy")

        firsttalking_flag = get("firsttalkingFlag")

        work_no = get("workNo")

        qc_work_no = get("qcWorkNo")

        caller_no = get("callerNo")

        begin_hold_time: int | None | str = get("beginHoldTime")

        _state = get("state")
        state: AgentState | None
        try:
            state = _AgentState_OR_NONE[_state]
        except (KeyError, TypeError):
            state = AgentState(_state)

        _talking_callfeature = get("talkingCallfeature")
        talking_callfeature: CallType | None
        try:
            talking_callfeature = _CallType_OR_NONE[_talking_callfeature]
        except (KeyError, TypeError):
            talking_callfeature = CallType(_talking_callfeature)

        release_flag = get("releaseFlag")

        called_no = get("calledNo")

        main_call_id = get("mainCallId")

        second_talking_time: int | None | str = get("secondTalkingTime")

        pre_rest = get("preRest")

        record_id = get("recordID")

        current_time: int | None | str = get("currentTime")

        begin_talking_time: int | None | str = get("beginTalkingTime")

        partner = get("partner")

        hold_call_id = get("holdCallId")

        agent_state_begin_time: int | None | str = get("agentStateBeginTime")

        _cur_command = get("curCommand")
        cur_command: OperationCommand | None
        try:
            cur_command = _OperationCommand_OR_NONE[_cur_command]
        except (KeyError, TypeError):
            cur_command = OperationCommand(_cur_command)

        cur_call_id = get("curCallId")

        cmd_begin_time: int | None | str = get("cmdBeginTime")

        _decoded = _new(cls)
        _decoded.call_feature = call_feature
        _decoded.call_data = call_data
        _decoded.last_state = last_state
        _decoded.pre_busy = pre_busy
        _decoded.firsttalking_flag = firsttalking_flag
        _decoded.work_no = work_no
        _decoded.qc_work_no = qc_work_no
        _decoded.caller_no = caller_no
        _decoded.begin_hold_time = begin_hold_time
        _decoded.state = state
        _decoded.talking_callfeature = talking_callfeature
        _decoded.release_flag = release_flag
        _decoded.called_no = called_no
        _decoded.main_call_id = main_call_id
        _decoded.second_talking_time = second_talking_time
        _decoded.pre_rest = pre_rest
        _decoded.record_id = record_id
        _decoded.current_time = current_time
        _decoded.begin_talking_time = begin_talking_time
        _decoded.partner = partner
        _decoded.hold_call_id = hold_call_id
        _decoded.agent_state_begin_time = agent_state_begin_time
        _decoded.cur_command = cur_command
        _decoded.cur_call_id = cur_call_id
        _decoded.cmd_begin_time = cmd_begin_time
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
            self.call_feature,
            self.call_data,
            self.last_state,
            self.pre_busy,
            self.firsttalking_flag,
            self.work_no,
            self.qc_work_no,
            self.caller_no,
            self.begin_hold_time,
            self.state,
            self.talking_callfeature,
            self.release_flag,
            self.called_no,
            self.main_call_id,
            self.second_talking_time,
            self.pre_rest,
            self.record_id,
            self.current_time,
            self.begin_talking_time,
            self.partner,
            self.hold_call_id,
            self.agent_state_begin_time,
            self.cur_command,
            self.cur_call_id,
            self.cmd_begin_time,
            self.additional_properties,
        ) == (
            other.call_feature,  # type: ignore[attr-defined]
            other.call_data,  # type: ignore[attr-defined]
            other.last_state,  # type: ignore[attr-defined]
            other.pre_busy,  # type: ignore[attr-defined]
            other.firsttalking_flag,  # type: ignore[attr-defined]
            other.work_no,  # type: ignore[attr-defined]
            other.qc_work_no,  # type: ignore[attr-defined]
            other.caller_no,  # type: ignore[attr-defined]
            other.begin_hold_time,  # type: ignore[attr-defined]
            other.state,  # type: ignore[attr-defined]
            other.talking_callfeature,  # type: ignore[attr-defined]
            other.release_flag,  # type: ignore[attr-defined]
            other.called_no,  # type: ignore[attr-defined]
            other.main_call_id,  # type: ignore[attr-defined]
            other.second_talking_time,  # type: ignore[attr-defined]
            other.pre_rest,  # type: ignore[attr-defined]
            other.record_id,  # type: ignore[attr-defined]
            other.current_time,  # type: ignore[attr-defined]
            other.begin_talking_time,  # type: ignore[attr-defined]
            other.partner,  # type: ignore[attr-defined]
            other.hold_call_id,  # type: ignore[attr-defined]
            other.agent_state_begin_time,  # type: ignore[attr-defined]
            other.cur_command,  # type: ignore[attr-defined]
            other.cur_call_id,  # type: ignore[attr-defined]
            other.cmd_begin_time,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_feature={self.call_feature!r}, "
            f"call_data={self.call_data!r}, "
            f"last_state={self.last_state!r}, "
            f"pre_busy={self.pre_busy!r}, "
            f"firsttalking_flag={self.firsttalking_flag!r}, "
            f"work_no={self.work_no!r}, "
            f"qc_work_no={self.qc_work_no!r}, "
            f"caller_no={self.caller_no!r}, "
            f"begin_hold_time={self.begin_hold_time!r}, "
            f"state={self.state!r}, "
            f"talking_callfeature={self.talking_callfeature!r}, "
            f"release_flag={self.release_flag!r}, "
            f"called_no={self.called_no!r}, "
            f"main_call_id={self.main_call_id!r}, "
            f"second_talking_time={self.second_talking_time!r}, "
            f"pre_rest={self.pre_rest!r}, "
            f"record_id={self.record_id!r}, "
            f"current_time={self.current_time!r}, "
            f"begin_talking_time={self.begin_talking_time!r}, "
            f"partner={self.partner!r}, "
            f"hold_call_id={self.hold_call_id!r}, "
            f"agent_state_begin_time={self.agent_state_begin_time!r}, "
            f"cur_command={self.cur_command!r}, "
            f"cur_call_id={self.cur_call_id!r}, "
            f"cmd_begin_time={self.cmd_begin_time!r}, "
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
    def begin_hold_time_at(self) -> datetime.datetime | None:
        """`beginHoldTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `begin_hold_time`. Never raises.
        """
        return epoch_millis_or_none(self.begin_hold_time)

    @property
    def second_talking_time_at(self) -> datetime.datetime | None:
        """`secondTalkingTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `second_talking_time`. Never raises.
        """
        return epoch_millis_or_none(self.second_talking_time)

    @property
    def current_time_at(self) -> datetime.datetime | None:
        """`currentTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `current_time`. Never raises.
        """
        return epoch_millis_or_none(self.current_time)

    @property
    def begin_talking_time_at(self) -> datetime.datetime | None:
        """`beginTalkingTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `begin_talking_time`. Never raises.
        """
        return epoch_millis_or_none(self.begin_talking_time)

    @property
    def agent_state_begin_time_at(self) -> datetime.datetime | None:
        """`agentStateBeginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `agent_state_begin_time`. Never raises.
        """
        return epoch_millis_or_none(self.agent_state_begin_time)

    @property
    def cmd_begin_time_at(self) -> datetime.datetime | None:
        """`cmdBeginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `cmd_begin_time`. Never raises.
        """
        return epoch_millis_or_none(self.cmd_begin_time)


_new = object.__new__
