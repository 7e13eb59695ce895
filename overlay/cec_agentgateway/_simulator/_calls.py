"""Voice calls in the simulated gateway: the call state machine, its events and handlers.

A call of an agent is in one of these states (``Call`` in ``_model.py``)::

    inbound:  offered --(auto-answer or PUT answer)--> talking
    outbound: PUT callout --> dialing (far end rings) --(far end answers)--> talking
                                                      \\--(unreachable)--> Call_Out_Fail
    talking --(POST hold)--> held --(POST gethold?callid=)--> talking
    any --(DELETE release, customer hang-up, forced sign-out)--> ended

The agent has at most one current call (``AgentRecord.call``) and any number of held ones
(``AgentRecord.held_calls``). Events carry the wire shapes of the vendor's event pages:
AgentEvent_Talking and _Ringing an object of strings (``feature`` "0"/"7",
``mediaAbility`` "1"); AgentEvent_Hold, _Call_Release and _Call_Out_Fail the call ID as a
plain string; AgentEvent_Customer_Release ``{callid, number}``.

What the far end does is scripted (:class:`CallScript`): which numbers are unreachable and
whether a dialled number answers at once or only when the test says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..generated.models import CallType, EventType, PhoneLine, ReasonCode, Retcode
from ._model import AgentRecord, Call
from ._operations import Context, Handler, _json_object, _ok, _session, _validated
from ._wire import Refusal, SimResponse, json_response

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["CALL_HANDLERS", "CallScript"]

_VOICE = "1"  # mediaAbility of a voice call in event contents (a string on the wire)
_MEDIA_VOICE = 5  # mediaType of a voice call (call information)


@dataclass
class CallScript:
    """What the simulated far ends do.

    ``unreachable``: numbers whose outbound calls fail (AgentEvent_Call_Out_Fail).
    ``auto_connect``: a dialled number answers at once; when False the call dials until
    ``GatewaySimulator.connect_call`` (or fails with ``fail_call``).
    """

    unreachable: set[str] = field(default_factory=set)
    auto_connect: bool = True


# ---------------------------------------------------------------------- event contents


def talking_content(call: Call) -> dict[str, Any]:
    """Content of AgentEvent_Talking (and the base of AgentEvent_Ringing)."""
    return {
        "caller": call.caller,
        "callid": call.call_id,
        "called": call.called,
        "feature": str(call.feature.value),
        "type": PhoneLine.MAIN.value,
        "mediaAbility": _VOICE,
    }


def ringing_content(call: Call) -> dict[str, Any]:
    """Content of AgentEvent_Ringing: the talking fields plus the transfer markers."""
    return {**talking_content(call), "transfer": "no", "transfrom": ""}


def customer_alerting_content(call: Call) -> dict[str, Any]:
    """Content of AgentEvent_Customer_Alerting: the far end of an outbound call rings."""
    return {
        "callid": call.call_id,
        "otherPhoneWorkno": "",
        "otherPhone": call.called,
        "type": PhoneLine.MAIN.value,
    }


# ---------------------------------------------------------------------- transitions
# All run with the simulator's lock held.


def new_call_id(sim: GatewaySimulator) -> str:
    return f"{sim._now_ms() // 1000}-{next(sim._call_seq)}"


def answer(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """The agent answers an offered call: off hook, talking."""
    call.answered_ms = sim._now_ms()
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, {"type": PhoneLine.MAIN.value})
    sim._queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))


def ring(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    sim._queue(agent, EventType.AGENT_EVENT_RINGING, ringing_content(call))


def dial(
    sim: GatewaySimulator,
    agent: AgentRecord,
    called: str,
    caller: str,
    app_data: str,
    skill_id: int,
) -> Call:
    """Start an outbound call: the agent's phone goes off hook and the far end rings."""
    session = agent.session
    assert session is not None
    session.calls_taken += 1
    call = Call(
        call_id=new_call_id(sim),
        caller=caller,
        called=called,
        app_data=app_data,
        media_type=_MEDIA_VOICE,
        skill="voice",
        skill_id=skill_id,
        wait_seconds=0,
        offered_ms=sim._now_ms(),
        first_of_session=session.calls_taken == 1,
        outbound=True,
        feature=CallType.OUTBOUND,
    )
    agent.call = call
    sim._remember_call(agent, call)
    sim._queue(agent, EventType.AGENT_STATE_BUSY, None)
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, {"type": PhoneLine.MAIN.value})
    if called in sim._call_script.unreachable:
        fail(sim, agent, call)
        return call
    sim._queue(agent, EventType.AGENT_EVENT_CUSTOMER_ALERTING, customer_alerting_content(call))
    if sim._call_script.auto_connect:
        connect(sim, agent, call)
    return call


def connect(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """The far end of a dialling call answers."""
    call.answered_ms = sim._now_ms()
    sim._queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))


def fail(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """A dialling call cannot be set up: AgentEvent_Call_Out_Fail, the phone hangs up."""
    call.ended_ms = sim._now_ms()
    call.leave_reason = ReasonCode.USER_RELEASED
    agent.call = None
    agent.last_call = call
    sim._queue(agent, EventType.AGENT_EVENT_CALL_OUT_FAIL, call.call_id)
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_RELEASE, None)
    sim._after_engagement(agent)


def end(sim: GatewaySimulator, agent: AgentRecord, call: Call, reason: ReasonCode) -> None:
    """A call of the agent (current or held) ends: AgentEvent_Call_Release with its ID."""
    call.ended_ms = sim._now_ms()
    call.leave_reason = reason
    if agent.call is call:
        agent.call = None
    if call in agent.held_calls:
        agent.held_calls.remove(call)
    agent.last_call = call
    sim._queue(agent, EventType.AGENT_EVENT_CALL_RELEASE, call.call_id)


def customer_hangs_up(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """The customer leaves: AgentEvent_Customer_Release {callid, number}, then the release."""
    number = call.called if call.outbound else call.caller
    sim._queue(
        agent, EventType.AGENT_EVENT_CUSTOMER_RELEASE, {"callid": call.call_id, "number": number}
    )
    end(sim, agent, call, ReasonCode.USER_RELEASED)


def hold(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    call.held_ms = sim._now_ms()
    agent.call = None
    agent.held_calls.append(call)
    sim._queue(agent, EventType.AGENT_EVENT_HOLD, call.call_id)


def retrieve(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    call.held_ms = None
    agent.held_calls.remove(call)
    agent.call = call
    sim._queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))


def held_call(agent: AgentRecord, call_id: str) -> Call | None:
    return next((c for c in agent.held_calls if c.call_id == call_id), None)


# ---------------------------------------------------------------------- handlers


def call_out(sim: GatewaySimulator, context: Context) -> SimResponse:
    """PUT callout: the call ID at once; how the call goes follows as events."""
    agent, _ = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    codes = {"called": Retcode.CALLOUT_NUMBER_WRONG}
    body = _validated("CallOutRequest", raw, context, Retcode.INVALID_PARAMETER, codes)
    if agent.call is not None or agent.conference is not None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
    caller = body.get("caller") or agent.phone or ""
    call = dial(
        sim, agent, body["called"], caller, body.get("callappdata", ""), body.get("skillid", 0)
    )
    sim._refresh_state(agent)
    return json_response(_ok(call.call_id, "success"))


def answer_call(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = agent.call
    call_id = context.request.query.get("callid")
    if call is None or not call.ringing or (call_id and call_id != call.call_id):
        raise Refusal(Retcode.ANSWER_NO_CALL, "no call is ringing")
    answer(sim, agent, call)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def release_call(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = agent.call
    if call is None:
        raise Refusal(Retcode.RELEASE_NO_CALL, "the agent has no current call")
    end(sim, agent, call, ReasonCode.AGENT_RELEASED)
    sim._after_engagement(agent)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def hold_call(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = agent.call
    if call is None:
        raise Refusal(Retcode.HOLD_NO_CALL, "the agent has no current call")
    if call.ringing or call.dialing:
        raise Refusal(Retcode.HOLD_BAD_STATE, "the call is not connected yet")
    hold(sim, agent, call)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def retrieve_call(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call_id = context.request.query.get("callid", "")
    call = held_call(agent, call_id)
    if call is None:
        raise Refusal(Retcode.UNHOLD_NO_HELD_CALL, f"no held call {call_id!r}")
    if agent.call is not None:
        raise Refusal(Retcode.UNHOLD_BAD_STATE, "the agent is in another call")
    retrieve(sim, agent, call)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


CALL_HANDLERS: Mapping[str, Handler] = {
    "callOut": call_out,
    "answerCall": answer_call,
    "releaseCall": release_call,
    "holdCall": hold_call,
    "retrieveCall": retrieve_call,
}
