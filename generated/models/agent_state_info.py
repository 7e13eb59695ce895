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
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentStateInfo")
_AgentState_VALUES = AgentState._value2member_map_
_CallType_VALUES = CallType._value2member_map_
_OperationCommand_VALUES = OperationCommand._value2member_map_
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


@_attrs_define
class AgentStateInfo:
    """The agent's state in detail, with the current call's context."""

    call_feature: CallType | Unset = UNSET
    """ Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
     """
    call_data: None | str | Unset = UNSET
    """ Call-related data. """
    last_state: AgentState | Unset = UNSET
    """ Detailed agent state (Agent Status appendix, Table 3), used by `agentStateInfo.state`
    and `lastState`.
     """
    pre_busy: bool | Unset = UNSET
    """ Whether the agent asked to go busy after the current call. """
    firsttalking_flag: bool | Unset = UNSET
    """ Whether the call is the agent's first call. """
    work_no: str | Unset = UNSET
    """ Agent ID. """
    qc_work_no: str | Unset = UNSET
    """ ID of the inspector, if any. """
    caller_no: str | Unset = UNSET
    """ Calling number. """
    begin_hold_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    state: AgentState | Unset = UNSET
    """ Detailed agent state (Agent Status appendix, Table 3), used by `agentStateInfo.state`
    and `lastState`.
     """
    talking_callfeature: CallType | Unset = UNSET
    """ Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
     """
    release_flag: int | Unset = UNSET
    """ Whether the session is released (reserved). """
    called_no: str | Unset = UNSET
    """ Called number. """
    main_call_id: str | Unset = UNSET
    """ Call ID of the first call. """
    second_talking_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    pre_rest: bool | Unset = UNSET
    """ Whether the agent asked to rest after the current call. """
    record_id: str | Unset = UNSET
    """ Serial number of the recording. """
    current_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    begin_talking_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    partner: str | Unset = UNSET
    """ The other party. """
    hold_call_id: str | Unset = UNSET
    """ Call ID of the held call. """
    agent_state_begin_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    cur_command: OperationCommand | Unset = UNSET
    """ The command the agent is currently carrying out (`curCommand`). """
    cur_call_id: str | Unset = UNSET
    """ Call ID of the current call. """
    cmd_begin_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_feature: int | Unset = UNSET
        if not isinstance(self.call_feature, Unset):
            call_feature = self.call_feature.value

        call_data: None | str | Unset
        if isinstance(self.call_data, Unset):
            call_data = UNSET
        else:
            call_data = self.call_data

        last_state: int | Unset = UNSET
        if not isinstance(self.last_state, Unset):
            last_state = self.last_state.value

        pre_busy = self.pre_busy

        firsttalking_flag = self.firsttalking_flag

        work_no = self.work_no

        qc_work_no = self.qc_work_no

        caller_no = self.caller_no

        begin_hold_time: int | None | str | Unset
        if isinstance(self.begin_hold_time, Unset):
            begin_hold_time = UNSET
        else:
            begin_hold_time = self.begin_hold_time

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        talking_callfeature: int | Unset = UNSET
        if not isinstance(self.talking_callfeature, Unset):
            talking_callfeature = self.talking_callfeature.value

        release_flag = self.release_flag

        called_no = self.called_no

        main_call_id = self.main_call_id

        second_talking_time: int | None | str | Unset
        if isinstance(self.second_talking_time, Unset):
            second_talking_time = UNSET
        else:
            second_talking_time = self.second_talking_time

        pre_rest = self.pre_rest

        record_id = self.record_id

        current_time: int | None | str | Unset
        if isinstance(self.current_time, Unset):
            current_time = UNSET
        else:
            current_time = self.current_time

        begin_talking_time: int | None | str | Unset
        if isinstance(self.begin_talking_time, Unset):
            begin_talking_time = UNSET
        else:
            begin_talking_time = self.begin_talking_time

        partner = self.partner

        hold_call_id = self.hold_call_id

        agent_state_begin_time: int | None | str | Unset
        if isinstance(self.agent_state_begin_time, Unset):
            agent_state_begin_time = UNSET
        else:
            agent_state_begin_time = self.agent_state_begin_time

        cur_command: int | Unset = UNSET
        if not isinstance(self.cur_command, Unset):
            cur_command = self.cur_command.value

        cur_call_id = self.cur_call_id

        cmd_begin_time: int | None | str | Unset
        if isinstance(self.cmd_begin_time, Unset):
            cmd_begin_time = UNSET
        else:
            cmd_begin_time = self.cmd_begin_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_feature is not UNSET:
            field_dict["callFeature"] = call_feature
        if call_data is not UNSET:
            field_dict["callData"] = call_data
        if last_state is not UNSET:
            field_dict["lastState"] = last_state
        if pre_busy is not UNSET:
            field_dict["preBusy"] = pre_busy
        if firsttalking_flag is not UNSET:
            field_dict["firsttalkingFlag"] = firsttalking_flag
        if work_no is not UNSET:
            field_dict["workNo"] = work_no
        if qc_work_no is not UNSET:
            field_dict["qcWorkNo"] = qc_work_no
        if caller_no is not UNSET:
            field_dict["callerNo"] = caller_no
        if begin_hold_time is not UNSET:
            field_dict["beginHoldTime"] = begin_hold_time
        if state is not UNSET:
            field_dict["state"] = state
        if talking_callfeature is not UNSET:
            field_dict["talkingCallfeature"] = talking_callfeature
        if release_flag is not UNSET:
            field_dict["releaseFlag"] = release_flag
        if called_no is not UNSET:
            field_dict["calledNo"] = called_no
        if main_call_id is not UNSET:
            field_dict["mainCallId"] = main_call_id
        if second_talking_time is not UNSET:
            field_dict["secondTalkingTime"] = second_talking_time
        if pre_rest is not UNSET:
            field_dict["preRest"] = pre_rest
        if record_id is not UNSET:
            field_dict["recordID"] = record_id
        if current_time is not UNSET:
            field_dict["currentTime"] = current_time
        if begin_talking_time is not UNSET:
            field_dict["beginTalkingTime"] = begin_talking_time
        if partner is not UNSET:
            field_dict["partner"] = partner
        if hold_call_id is not UNSET:
            field_dict["holdCallId"] = hold_call_id
        if agent_state_begin_time is not UNSET:
            field_dict["agentStateBeginTime"] = agent_state_begin_time
        if cur_command is not UNSET:
            field_dict["curCommand"] = cur_command
        if cur_call_id is not UNSET:
            field_dict["curCallId"] = cur_call_id
        if cmd_begin_time is not UNSET:
            field_dict["cmdBeginTime"] = cmd_begin_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _call_feature = get("callFeature", UNSET)
        call_feature: CallType | Unset
        if _call_feature is UNSET:
            call_feature = UNSET
        else:
            try:
                call_feature = _CallType_VALUES[_call_feature]
            except (KeyError, TypeError):
                call_feature = CallType(_call_feature)

        call_data: None | str | Unset = get("callData", UNSET)

        _last_state = get("lastState", UNSET)
        last_state: AgentState | Unset
        if _last_state is UNSET:
            last_state = UNSET
        else:
            try:
                last_state = _AgentState_VALUES[_last_state]
            except (KeyError, TypeError):
                last_state = AgentState(_last_state)

        pre_busy = get("preBusy", UNSET)

        firsttalking_flag = get("firsttalkingFlag", UNSET)

        work_no = get("workNo", UNSET)

        qc_work_no = get("qcWorkNo", UNSET)

        caller_no = get("callerNo", UNSET)

        begin_hold_time: int | None | str | Unset = get("beginHoldTime", UNSET)

        _state = get("state", UNSET)
        state: AgentState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            try:
                state = _AgentState_VALUES[_state]
            except (KeyError, TypeError):
                state = AgentState(_state)

        _talking_callfeature = get("talkingCallfeature", UNSET)
        talking_callfeature: CallType | Unset
        if _talking_callfeature is UNSET:
            talking_callfeature = UNSET
        else:
            try:
                talking_callfeature = _CallType_VALUES[_talking_callfeature]
            except (KeyError, TypeError):
                talking_callfeature = CallType(_talking_callfeature)

        release_flag = get("releaseFlag", UNSET)

        called_no = get("calledNo", UNSET)

        main_call_id = get("mainCallId", UNSET)

        second_talking_time: int | None | str | Unset = get("secondTalkingTime", UNSET)

        pre_rest = get("preRest", UNSET)

        record_id = get("recordID", UNSET)

        current_time: int | None | str | Unset = get("currentTime", UNSET)

        begin_talking_time: int | None | str | Unset = get("beginTalkingTime", UNSET)

        partner = get("partner", UNSET)

        hold_call_id = get("holdCallId", UNSET)

        agent_state_begin_time: int | None | str | Unset = get("agentStateBeginTime", UNSET)

        _cur_command = get("curCommand", UNSET)
        cur_command: OperationCommand | Unset
        if _cur_command is UNSET:
            cur_command = UNSET
        else:
            try:
                cur_command = _OperationCommand_VALUES[_cur_command]
            except (KeyError, TypeError):
                cur_command = OperationCommand(_cur_command)

        cur_call_id = get("curCallId", UNSET)

        cmd_begin_time: int | None | str | Unset = get("cmdBeginTime", UNSET)

        agent_state_info = cls(
            call_feature,
            call_data,
            last_state,
            pre_busy,
            firsttalking_flag,
            work_no,
            qc_work_no,
            caller_no,
            begin_hold_time,
            state,
            talking_callfeature,
            release_flag,
            called_no,
            main_call_id,
            second_talking_time,
            pre_rest,
            record_id,
            current_time,
            begin_talking_time,
            partner,
            hold_call_id,
            agent_state_begin_time,
            cur_command,
            cur_call_id,
            cmd_begin_time,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_state_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_state_info

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
