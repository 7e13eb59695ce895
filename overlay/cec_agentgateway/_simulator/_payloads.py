"""The JSON the simulated gateway sends: envelopes, results and event contents.

Field names, types and the mixed timestamp forms follow openapi.yaml (the simulator's tests
validate every answer against it).
"""

from __future__ import annotations

from typing import Any

from ..generated.models import (
    AddressType,
    CallDirectMode,
    CallType,
    ChannelAttrib,
    ChannelState,
    ConfDeviceType,
    ConfState,
    DeviceCallType,
    MediaAbility,
    OperationCommand,
    ParticipantChangeType,
    ParticipantLeaveReason,
    ParticipantType,
    ReasonCode,
    TraceDeviceType,
)
from ..generated.spec_extensions import ENUM_DESCRIPTIONS
from ._model import AgentRecord, Call, Conference, Participant, Session

__all__ = [
    "NO_TRUNK",
    "agent_state_info",
    "call_info",
    "conference",
    "event",
    "incoming_call_content",
    "participant_changed_content",
    "sign_in_result",
]

NO_TRUNK = 65535  # trunkNo and lastReleaseAgentId when there is none
SERVER_NAME = "AgentGateway"


def event(event_type: str, agent_id: str, content: Any, now_ms: int) -> dict[str, Any]:
    """One agent event as the poll delivers it."""
    return {"eventType": event_type, "workNo": agent_id, "content": content, "eventGenTime": now_ms}


def sign_in_result(agent: AgentRecord, session: Session) -> dict[str, Any]:
    """The seven fields of a successful sign-in."""
    return {
        "vdnid": agent.vdn_id,
        "workno": agent.agent_id,
        "mediatype": session.options.mediatype,
        "loginTime": str(session.login_ms),
        "isForceChange": "false",
        "serverName": SERVER_NAME,
        "timeRemaining": "",
    }


def incoming_call_content(call: Call) -> dict[str, Any]:
    """Content of AgentEvent_Incoming_CallInfo."""
    return {
        "callId": call.call_id,
        "skillName": call.skill,
        "skillId": call.skill_id,
        "caller": call.caller,
        "called": call.called,
        "lastReleaseAgentId": str(NO_TRUNK),
        "mediaType": call.media_type,
        "releaseAndReQueueCount": 0,
        "releaseAndReQueueCallFlag": 0,
    }


def call_info(call: Call, agent: AgentRecord, now_ms: int) -> dict[str, Any]:
    """A CallInfo result (queryCallInfo, and syncagentinfo's ``callinfo``)."""
    session = agent.session
    signed_in_for = 0 if session is None else max(0, (now_ms - session.login_ms) // 1000)
    return {
        "callfeature": call.feature.value,
        "callid": call.call_id,
        "caller": call.caller,
        "called": call.called,
        "callskill": call.skill,
        "callskillid": call.skill_id,
        "orgicallednum": "",
        "calldata": call.app_data,
        "begintime": call.offered_ms,
        "endtime": call.ended_ms,
        "userPriority": 0,
        "trunkNo": NO_TRUNK,
        "logontimes": signed_in_for,
        "mediaType": call.media_type,
        "mediaAbility": MediaAbility.VOICE.value,
        "waitTime": call.wait_seconds,
        "trace": _call_trace(call, agent),
    }


def _call_trace(call: Call, agent: AgentRecord) -> dict[str, Any]:
    """The call's path through the agent's device: queued, rang, talked, left."""
    return {
        "waitBeginTime": call.offered_ms - call.wait_seconds * 1000,
        "waitEndTime": call.offered_ms,
        "answerBeginTime": call.offered_ms,
        "answerEndTime": call.answered_ms,
        "talkBeginTime": call.answered_ms,
        "talkEndTime": call.ended_ms,
        "deviceNo": int(agent.agent_id),
        "deviceType": TraceDeviceType.AGENT.value,
        "callDirectMode": CallDirectMode.NORMAL_DIRECT.value,
        "enterReason": ReasonCode.NORMAL.value,
        "enterReasonDesc": _reason_text(ReasonCode.NORMAL),
        "leaveReason": call.leave_reason.value,
        "leaveReasonDesc": _reason_text(call.leave_reason),
        "vdnId": agent.vdn_id,
    }


def _reason_text(reason: ReasonCode) -> str:
    return ENUM_DESCRIPTIONS["ReasonCode"].get(reason.value, "")


def agent_state_info(agent: AgentRecord, now_ms: int) -> dict[str, Any]:
    """syncagentinfo's ``agentStateInfo``.

    Timestamps come in the mixed forms the reference example shows: ``currentTime`` a
    digit string, ``agentStateBeginTime`` and ``beginTalkingTime`` numbers, ``cmdBeginTime``
    an empty string, ``beginHoldTime`` and ``secondTalkingTime`` null.
    """
    call = agent.call
    talking = call is not None and not call.ringing
    feature = CallType.INBOUND if call is None else call.feature
    return {
        "callFeature": feature.value,
        "callData": "" if call is None else call.app_data,
        "lastState": agent.last_state.value,
        "preBusy": agent.pending_busy is not None,
        "firsttalkingFlag": call is not None and call.first_of_session,
        "workNo": agent.agent_id,
        "qcWorkNo": "",
        "callerNo": "" if call is None else call.caller,
        "beginHoldTime": None,
        "state": agent.detailed_state().value,
        "talkingCallfeature": feature.value,
        "releaseFlag": 0,
        "calledNo": "" if call is None else call.called,
        "mainCallId": "" if call is None else call.call_id,
        "secondTalkingTime": None,
        "preRest": agent.rest is not None and not agent.rest.started,
        "recordID": "",
        "currentTime": str(now_ms),
        "beginTalkingTime": call.answered_ms if call is not None and talking else None,
        "partner": "" if call is None else call.caller,
        "holdCallId": agent.held_calls[-1].call_id if agent.held_calls else "",
        "agentStateBeginTime": agent.state_since_ms,
        "curCommand": OperationCommand.NONE.value,
        "curCallId": "" if call is None else call.call_id,
        "cmdBeginTime": "",
    }


def conference(conf: Conference, now_ms: int) -> dict[str, Any]:
    """One conference of queryConfInfos."""
    return {
        "confId": conf.conf_id,
        "confState": ConfState.NORMAL.value,
        "startTime": conf.start_ms,
        "applyConfTime": conf.minutes,
        "confHaveBeenTime": max(0, (now_ms - conf.start_ms) // 60_000),
        "addresses": [_participant(p) for p in conf.participants],
    }


def _participant(party: Participant) -> dict[str, Any]:
    address_type = AddressType.AGENT_ID if party.is_agent else AddressType.PHONE_NUMBER
    device_type = ConfDeviceType.AGENT if party.is_agent else ConfDeviceType.UNKNOWN
    return {
        "addressType": address_type.value,
        "address": party.address,
        "deviceCallType": DeviceCallType.NORMAL.value,
        "deviceType": device_type.value,
        "channelAttrib": ChannelAttrib(party.attribute).value if party.attribute < 4 else 3,
        "channelState": (ChannelState.HELD if party.held else ChannelState.IN_CONFERENCE).value,
        "role": party.role.value,
        "enterTime": party.enter_ms,
    }


def participant_changed_content(
    conf: Conference,
    party: Participant,
    change: ParticipantChangeType,
    reason: ParticipantLeaveReason = ParticipantLeaveReason.NOT_APPLICABLE,
) -> dict[str, Any]:
    """Content of AgentConf_ParticipantChanged."""
    kind = ParticipantType.AGENT_ID if party.is_agent else ParticipantType.PHONE_NUMBER
    device_type = ConfDeviceType.AGENT if party.is_agent else ConfDeviceType.UNKNOWN
    return {
        "result": 0,
        "changeType": change.value,
        "changeReason": reason.value,
        "confId": conf.conf_id,
        "participant": party.address,
        "participantType": kind.value,
        "deviceCallType": DeviceCallType.NORMAL.value,
        "deviceType": device_type.value,
    }
