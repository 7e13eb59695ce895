"""Voice calls in the simulated gateway: the call state machine, its events and handlers.

A call of an agent is in one of these states (``Call`` in ``_model.py``)::

    inbound:  offered --(auto-answer or PUT answer)--> talking
    preview:  AgentEvent_Preview --(PUT previewcallout)--> dialing, as an outbound call
              AgentEvent_Preview --(PUT cancelPreviewCallout)--> gone
    outbound: PUT callout --> dialing (far end rings) --(far end answers)--> talking
                                                      \\--(unreachable)--> Call_Out_Fail
    talking --(POST hold)--> held --(POST gethold?callid=)--> talking
    any --(DELETE release, customer hang-up, forced sign-out)--> ended

The agent has at most one current call (``AgentRecord.call``) and any number of held ones
(``AgentRecord.held_calls``). Events carry the wire shapes of the vendor's event pages:
AgentEvent_Talking and _Ringing an object of strings (``feature`` "0"/"7",
``mediaAbility`` "1"); AgentEvent_Hold, _Call_Release and _Call_Out_Fail the call ID as a
plain string; AgentEvent_Customer_Release ``{callid, number}``.

Consultations (innerhelp), three-party calls (confjoin), internal calls (callinner) and
transfers build on the same states: a consultation holds the customer and dials the
helper; confjoin merges the held call into the current one (``Call.partners``); a transfer
hands the call over (or fails, or waits for ``complete_transfer``).

What the far ends do is scripted (:class:`CallScript`): which numbers are unreachable,
whether a dialled number answers at once or only when the test says so, and how transfers
end. A helper or colleague answers unless its number is unreachable or it is one of the
simulator's agents that is signed out or busy. Internal calls and consultations to one of
the simulator's agents ring at that agent (``Call.peer`` links the two sides): its answer
connects the call, its rejection fails it, and either side's release ends both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..generated.models import CallType, EventType, PhoneLine, ReasonCode, Retcode
from ._model import AgentRecord, Call, Session
from ._operations import Context, Handler, _json_object, _ok, _session, _validated
from ._payloads import incoming_call_content
from ._wire import Refusal, SimResponse, json_response

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["CALL_HANDLERS", "CallScript", "TransferOutcome"]

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
    transfer_outcome: TransferOutcome = "success"


TransferOutcome = Literal["success", "failure", "pending"]


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


def offer(sim: GatewaySimulator, agent: AgentRecord, session: Session, call: Call) -> None:
    """An inbound call reaches an idle agent: busy, the phone rings, the call's information;
    answered at once with auto-answer, else AgentEvent_Ringing until it is answered."""
    session.calls_taken += 1
    call.first_of_session = session.calls_taken == 1
    agent.call = call
    sim._remember_call(agent, call)
    sim._queue(agent, EventType.AGENT_STATE_BUSY, None)
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
    sim._queue(agent, EventType.AGENT_EVENT_INCOMING_CALL_INFO, incoming_call_content(call))
    if session.options.autoanswer:
        answer(sim, agent, call)
    else:
        ring(sim, agent, call)
    sim._refresh_state(agent)


def answer(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """The agent answers an offered call: off hook, talking (and so does the colleague who
    called, when the call came from one of the simulator's agents)."""
    call.answered_ms = sim._now_ms()
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, {"type": PhoneLine.MAIN.value})
    sim._queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))
    caller = _peer_agent(sim, call)
    if caller is not None and call.peer is not None and call.peer.dialing:
        connect(sim, caller, call.peer)
        sim._refresh_state(caller)


_COLLEAGUE_CALLS = {
    CallType.INTERNAL,
    CallType.INTERNAL_TWO_PARTY_CONSULTATION,
    CallType.INTERNAL_THREE_PARTY_CONSULTATION,
}


def _peer_agent(sim: GatewaySimulator, call: Call) -> AgentRecord | None:
    return None if call.peer_agent is None else sim._agents.get(call.peer_agent)


def _ring_colleague(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> bool:
    """An internal call or consultation to one of the simulator's agents rings there; its
    answer connects the call. False when the called number is no signed-in agent."""
    colleague = sim._agents.get(call.called)
    if call.feature not in _COLLEAGUE_CALLS or colleague is None or colleague.session is None:
        return False
    mirror = Call(
        call_id=call.call_id,
        caller=agent.agent_id,
        called=colleague.agent_id,
        app_data=call.app_data,
        media_type=call.media_type,
        skill=call.skill,
        skill_id=call.skill_id,
        wait_seconds=0,
        offered_ms=sim._now_ms(),
        first_of_session=False,
        feature=call.feature,
    )
    call.peer, call.peer_agent = mirror, colleague.agent_id
    mirror.peer, mirror.peer_agent = call, agent.agent_id
    offer(sim, colleague, colleague.session, mirror)
    return True


def ring(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    sim._queue(agent, EventType.AGENT_EVENT_RINGING, ringing_content(call))


def reachable(sim: GatewaySimulator, number: str, *, agent_only: bool = False) -> bool:
    """Whether a dialled number or colleague answers (see the module's docstring).

    ``agent_only``: the number must be one of the simulator's agents (internal calls).
    """
    if number in sim._call_script.unreachable:
        return False
    colleague = sim._agents.get(number)
    if colleague is None:
        return not agent_only
    return colleague.session is not None and not colleague.busy_with_call


def new_outbound_call(
    sim: GatewaySimulator,
    agent: AgentRecord,
    called: str,
    caller: str,
    app_data: str = "",
    skill_id: int = 0,
    feature: CallType = CallType.OUTBOUND,
) -> Call:
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
        feature=feature,
    )
    agent.call = call
    sim._remember_call(agent, call)
    return call


def dial(
    sim: GatewaySimulator,
    agent: AgentRecord,
    called: str,
    caller: str,
    app_data: str,
    skill_id: int,
    feature: CallType = CallType.OUTBOUND,
) -> Call:
    """Start an outbound (or internal) call: the agent's phone goes off hook, the far end
    rings, and answers at once unless the script says otherwise."""
    idle = agent.call is None and not agent.held_calls
    call = new_outbound_call(sim, agent, called, caller, app_data, skill_id, feature)
    if idle:
        sim._queue(agent, EventType.AGENT_STATE_BUSY, None)
        sim._queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
        sim._queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, {"type": PhoneLine.MAIN.value})
    internal = feature is CallType.INTERNAL
    if not reachable(sim, called, agent_only=internal) or called == agent.agent_id:
        fail(sim, agent, call)
        return call
    if feature in _TO_CUSTOMERS:
        alerting = customer_alerting_content(call)
        sim._queue(agent, EventType.AGENT_EVENT_CUSTOMER_ALERTING, alerting)
    if _ring_colleague(sim, agent, call):
        return call  # connected when the colleague answers
    if sim._call_script.auto_connect:
        connect(sim, agent, call)
    return call


def connect(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """The far end of a dialling call answers."""
    call.answered_ms = sim._now_ms()
    sim._queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))


_TO_CUSTOMERS = (CallType.OUTBOUND, CallType.PREVIEW_OUTBOUND)

_FAILURE_EVENTS = {
    CallType.OUTBOUND: EventType.AGENT_EVENT_CALL_OUT_FAIL,
    CallType.PREVIEW_OUTBOUND: EventType.AGENT_EVENT_CALL_OUT_FAIL,
    CallType.INTERNAL: "AgentEvent_Inside_Call_Fail",
    CallType.INTERNAL_TWO_PARTY_CONSULTATION: EventType.AGENT_EVENT_CONSULT_FAIL,
    CallType.INTERNAL_THREE_PARTY_CONSULTATION: EventType.AGENT_EVENT_CONSULT_FAIL,
}


def phone_released(sim: GatewaySimulator, agent: AgentRecord, *, by_agent: bool) -> None:
    """AgentOther_PhoneRelease with its ``phoneState``: 2 the agent hung up, 3 the platform
    released the phone (cec_07_1396)."""
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_RELEASE, {"phoneState": 2 if by_agent else 3})


def fail(sim: GatewaySimulator, agent: AgentRecord, call: Call) -> None:
    """A dialling call cannot be set up: its failure event with the call ID as a string
    (AgentEvent_Call_Out_Fail, _Inside_Call_Fail, _Consult_Fail). Without a held call the
    phone hangs up and the agent is free again; a held customer stays held."""
    call.ended_ms = sim._now_ms()
    call.leave_reason = ReasonCode.USER_RELEASED
    agent.call = None
    agent.last_call = call
    sim._queue(agent, _FAILURE_EVENTS.get(call.feature, "AgentEvent_Call_Out_Fail"), call.call_id)
    if not agent.held_calls:
        phone_released(sim, agent, by_agent=False)
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
    _end_peer(sim, call)


def _end_peer(sim: GatewaySimulator, call: Call) -> None:
    """The colleague's side of an ended call between two agents ends too."""
    peer, other = call.peer, _peer_agent(sim, call)
    call.peer = None
    if peer is None or other is None or peer.ended_ms is not None:
        return
    peer.peer = None
    if peer.dialing:
        fail(sim, other, peer)
    else:
        end(sim, other, peer, ReasonCode.USER_RELEASED)
        if other.call is None and not other.held_calls:
            sim._after_engagement(other)
    sim._refresh_state(other)


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


def consult(
    sim: GatewaySimulator, agent: AgentRecord, helper: str, three_party: bool, app_data: str
) -> Call:
    """innerhelp: hold the customer (two-party) and dial the helper."""
    customer = agent.call
    assert customer is not None
    if three_party:  # the customer stays on the line while the helper is dialled
        feature = CallType.INTERNAL_THREE_PARTY_CONSULTATION
        agent.call = None
        agent.held_calls.append(customer)
    else:
        feature = CallType.INTERNAL_TWO_PARTY_CONSULTATION
        hold(sim, agent, customer)
    call = dial(sim, agent, helper, agent.agent_id, app_data, 0, feature)
    if three_party and call.answered_ms is not None:
        join(sim, agent, call, customer)
    elif three_party and call.ended_ms is not None:  # no helper: back to the customer
        agent.held_calls.remove(customer)
        agent.call = customer
    return call


def join(sim: GatewaySimulator, agent: AgentRecord, current: Call, held: Call) -> None:
    """confjoin: the held call and the current one become one three-party call."""
    agent.held_calls.remove(held)
    held.held_ms = None
    current.ended_ms = sim._now_ms()
    current.leave_reason = ReasonCode.THREE_PARTY_CALL
    other = held.called if held.outbound else held.caller
    held.partners = [current.called, other]
    held.peer, held.peer_agent = current.peer, current.peer_agent  # the helper stays on
    if current.peer is not None:
        current.peer.peer = held
    current.peer = None
    agent.call = held
    content = {"callid": held.call_id, "partner": ",".join(held.partners)}
    sim._queue(agent, EventType.AGENT_EVENT_CONFERENCE, content)


def transfer_result(sim: GatewaySimulator, agent: AgentRecord, result: int) -> None:
    sim._queue(agent, "AgentEvent_TransOutResult", {"result": result})


def hand_over(
    sim: GatewaySimulator, agent: AgentRecord, call: Call, blind: bool, target: str | None = None
) -> None:
    """A transfer succeeded: the call leaves the agent (and is offered to ``target`` when it
    is one of the simulator's agents, signed in and free)."""
    target = target or call.transfer_target
    call.transfer_target = None
    if blind:
        end(sim, agent, call, ReasonCode.TRANSFERRED_OUT)
        transfer_result(sim, agent, 0)
    else:
        transfer_result(sim, agent, 0)
        end(sim, agent, call, ReasonCode.TRANSFERRED_OUT)
    if agent.call is None and not agent.held_calls:
        sim._after_engagement(agent)
    colleague = None if target is None else sim._agents.get(target)
    if colleague is not None and colleague.session is not None and not colleague.busy_with_call:
        transferred = Call(
            call_id=call.call_id,
            caller=call.called if call.outbound else call.caller,
            called=target or "",
            app_data=call.app_data,
            media_type=call.media_type,
            skill=call.skill,
            skill_id=call.skill_id,
            wait_seconds=0,
            offered_ms=sim._now_ms(),
            first_of_session=False,
        )
        offer(sim, colleague, colleague.session, transferred)


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
    call.uui_data = body.get("uuiData")
    sim._refresh_state(agent)
    return json_response(_ok(call.call_id, "success"))


def preview_content(control_id: int, numbers: list[str]) -> dict[str, Any]:
    """Content of AgentEvent_Preview: the control block ID and the numbers, both as text.

    Several numbers are joined with commas, as the pages show them for
    AgentEvent_Preview_CallOut_Ex (cec_07_0527); the AgentEvent_Preview page shows one.
    """
    return {"controlid": str(control_id), "dialeddigits": ",".join(numbers)}


def _offered_preview(session: Session, body: Mapping[str, Any]) -> tuple[int, list[str]]:
    control_id = body["callcontrolid"]
    numbers = session.previews.get(control_id)
    if numbers is None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no preview call {control_id} is offered")
    return control_id, numbers


def preview_call_out(sim: GatewaySimulator, context: Context) -> SimResponse:
    """PUT previewcallout: dial a number of an offered preview; the preview is used up."""
    agent, session = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    codes = {"called": Retcode.CALLOUT_NUMBER_WRONG}
    body = _validated("PreviewCallOutRequest", raw, context, Retcode.INVALID_PARAMETER, codes)
    control_id, numbers = _offered_preview(session, body)
    if body["called"] not in numbers:
        raise Refusal(Retcode.CALLOUT_NUMBER_WRONG, "the number is not one of the preview's")
    if agent.call is not None or agent.conference is not None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
    del session.previews[control_id]
    caller = agent.phone or ""
    call = dial(sim, agent, body["called"], caller, "", 0, CallType.PREVIEW_OUTBOUND)
    sim._refresh_state(agent)
    return json_response(_ok(call.call_id, "success"))


def cancel_preview_call_out(sim: GatewaySimulator, context: Context) -> SimResponse:
    """PUT cancelPreviewCallout: the offered preview is dropped; nothing is dialled."""
    _, session = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("CancelPreviewCallOutRequest", raw, context, Retcode.INVALID_PARAMETER)
    control_id, _ = _offered_preview(session, body)
    del session.previews[control_id]
    return json_response(_ok({}, "success"))


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


def call_inner(sim: GatewaySimulator, context: Context) -> SimResponse:
    """PUT callinner: an internal call to a colleague (AgentEvent_Inside_Call_Fail if absent)."""
    agent, _ = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("CallInnerRequest", raw, context, Retcode.INVALID_PARAMETER)
    if agent.call is not None or agent.conference is not None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
    called = body["called"]
    caller = body.get("caller") or agent.agent_id
    app_data = body.get("callappdata", "")
    skill_id = body.get("skillid", 0)
    call = dial(sim, agent, called, caller, app_data, skill_id, CallType.INTERNAL)
    sim._refresh_state(agent)
    return json_response(_ok(call.call_id, "success"))


def inner_help(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("InnerHelpRequest", raw, context, Retcode.INVALID_PARAMETER)
    customer = agent.call
    if customer is None or customer.ringing or customer.dialing:
        raise Refusal(Retcode.INTERNAL_CONSULT_NO_CALL, "the agent has no connected call")
    three_party = body.get("mode") == 2
    call = consult(sim, agent, body["dstaddress"], three_party, body.get("callappdata", ""))
    sim._refresh_state(agent)
    return json_response(_ok(call.call_id, "success"))


def conf_join(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("ConfJoinRequest", raw, context, Retcode.INVALID_PARAMETER)
    current = agent.call
    if current is None or current.dialing or current.ringing:
        raise Refusal(Retcode.THREE_PARTY_NO_CALL, "the agent has no connected call")
    held = held_call(agent, body["callid"])
    if held is None:
        raise Refusal(Retcode.THREE_PARTY_NO_HELD_CALL, f"no held call {body['callid']!r}")
    join(sim, agent, current, held)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


_AGENT = 2
_EXTERNAL_NUMBER = 5
_RELEASE_MODES = {(False, 0), (True, 1)}  # (external, mode) of a blind transfer


def transfer_call(sim: GatewaySimulator, context: Context) -> SimResponse:
    """POST transfer: handed over, failed or pending as the script says."""
    agent, _ = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("TransferRequest", raw, context, Retcode.INVALID_PARAMETER)
    external = body["devicetype"] == _EXTERNAL_NUMBER
    allowed = {1, 2, 3, 4} if external else {0, 1, 2, 3, 4}
    if body["mode"] not in allowed:
        raise Refusal(Retcode.INVALID_PARAMETER, f"mode {body['mode']} is not a transfer mode")
    call = agent.call
    if call is None or call.ringing or call.dialing:
        raise Refusal(Retcode.TRANSFER_NO_CALL, "the agent has no connected call")
    blind = (external, body["mode"]) in _RELEASE_MODES
    if blind and external and call.outbound:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "blind transfer of an outbound call")
    outcome = sim._call_script.transfer_outcome
    if outcome == "failure" or not reachable(sim, body["address"]):
        transfer_result(sim, agent, 1)
    elif outcome == "pending":
        call.transfer_target = body["address"]
    else:
        target = body["address"] if body["devicetype"] == _AGENT else None
        hand_over(sim, agent, call, blind, target)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def cancel_transfer(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = agent.call
    if call is None or call.transfer_target is None:
        raise Refusal(Retcode.TRANSFER_NO_CALL, "no transfer is in progress")
    call.transfer_target = None
    sim._queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))
    return json_response(_ok({}, "success"))


def _connected_call(agent: AgentRecord, no_call: Retcode, bad_state: Retcode) -> Call:
    call = agent.call
    if call is None:
        raise Refusal(no_call, "the agent has no current call")
    if call.ringing or call.dialing:
        raise Refusal(bad_state, "the call is not connected")
    return call


def begin_mute(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = _connected_call(agent, Retcode.MUTE_NO_CALL, Retcode.MUTE_BAD_STATE)
    if call.muted:
        raise Refusal(Retcode.MUTE_BAD_STATE, "the agent is already muted")
    call.muted = True
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def end_mute(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = _connected_call(agent, Retcode.UNMUTE_NO_CALL, Retcode.UNMUTE_BAD_STATE)
    if not call.muted:
        raise Refusal(Retcode.UNMUTE_BAD_STATE, "the agent is not muted")
    call.muted = False
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def second_dial(sim: GatewaySimulator, context: Context) -> SimResponse:
    """seconddialex: the digits are recorded on the call (``GatewaySimulator.dtmf``)."""
    agent, _ = _session(sim, context)
    digits = context.request.query.get("number", "")
    _validated("secondDial.number", {"number": digits}, context, Retcode.INVALID_PARAMETER)
    call = _connected_call(agent, Retcode.AGENT_OPERATION_FAILED, Retcode.AGENT_OPERATION_FAILED)
    call.dtmf += digits
    return json_response(_ok({}, "success"))


def _path_call_id(context: Context) -> str:
    call_id = context.params.get("callid", "")
    _validated("connectHold.callid", {"callid": call_id}, context, Retcode.INVALID_PARAMETER)
    return call_id


def connect_hold(sim: GatewaySimulator, context: Context) -> SimResponse:
    """connecthold/{callid}: the held party and the current one talk on; the agent leaves."""
    agent, _ = _session(sim, context)
    call_id = _path_call_id(context)
    current = _connected_call(agent, Retcode.HOLD_NO_CALL, Retcode.HOLD_BAD_STATE)
    held = held_call(agent, call_id)
    if held is None:
        raise Refusal(Retcode.HOLD_BAD_STATE, f"no held call {call_id!r}")
    end(sim, agent, current, ReasonCode.TRANSFERRED_OUT)
    end(sim, agent, held, ReasonCode.TRANSFERRED_OUT)
    phone_released(sim, agent, by_agent=True)
    sim._after_engagement(agent)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def drop_call(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call_id = _path_call_id(context)
    current = agent.call if agent.call is not None and agent.call.call_id == call_id else None
    call = current or held_call(agent, call_id)
    if call is None:
        raise Refusal(Retcode.NO_CALL_TO_DROP, "no call can be droped")  # sic, the gateway's
    end(sim, agent, call, ReasonCode.AGENT_RELEASED)
    if agent.call is None and not agent.held_calls:
        sim._after_engagement(agent)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def disconnect_number(sim: GatewaySimulator, context: Context) -> SimResponse:
    """disconnect/{number}: a partner of a three-party call, the customer, or the agent."""
    agent, _ = _session(sim, context)
    number = context.params.get("number", "")
    params = {"number": number}
    _validated("disconnectNumber.number", params, context, Retcode.INVALID_PARAMETER)
    call = agent.call
    if call is None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent has no current call")
    other = call.called if call.outbound else call.caller
    if number in call.partners:
        call.partners.remove(number)
        if call.partners == [other]:
            call.partners = []
        content = {"callid": call.call_id, "number": number}
        sim._queue(agent, EventType.AGENT_EVENT_CUSTOMER_RELEASE, content)
    elif number == other:
        customer_hangs_up(sim, agent, call)
    elif number in (agent.phone, agent.agent_id):
        end(sim, agent, call, ReasonCode.AGENT_RELEASED)
    else:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"{number} is not a party of the call")
    if agent.call is None and not agent.held_calls:
        sim._after_engagement(agent)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def snatch_pickup(sim: GatewaySimulator, context: Context) -> SimResponse:
    """snatchpickup: the call ringing at another agent rings here instead (and is answered
    at once with auto-answer)."""
    agent, session = _session(sim, context)
    text = context.request.query.get("destWorkNo", "")
    if not text.isdigit():
        raise Refusal(Retcode.INVALID_PARAMETER, "destWorkNo must be an agent ID")
    _validated(
        "snatchPickup.destWorkNo", {"destWorkNo": int(text)}, context, Retcode.INVALID_PARAMETER
    )
    other = sim._agents.get(text)
    call = None if other is None else other.call
    if other is None or call is None or not call.ringing or call.feature is CallType.INTERNAL:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no call is ringing at agent {text}")
    if agent.busy_with_call:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent must be idle")
    other.call = None
    other.last_call = call
    phone_released(sim, other, by_agent=False)
    sim._after_engagement(other)
    sim._refresh_state(other)
    agent.call = call
    sim._remember_call(agent, call)
    sim._queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
    if session.options.autoanswer:
        answer(sim, agent, call)
        sim._queue(agent, EventType.AGENT_EVENT_INCOMING_CALL_INFO, incoming_call_content(call))
    else:
        ring(sim, agent, call)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def phone_pickup(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call = agent.call
    if call is None or not call.ringing:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the phone is not ringing")
    answer(sim, agent, call)
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


def phone_hangup(sim: GatewaySimulator, context: Context) -> SimResponse:
    """phonehangup: the ringing call is rejected (it goes back to the platform)."""
    agent, _ = _session(sim, context)
    call = agent.call
    if call is None or not call.ringing:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the phone is not ringing")
    call.ended_ms = sim._now_ms()
    call.leave_reason = ReasonCode.AGENT_RELEASED
    agent.call = None
    agent.last_call = call
    phone_released(sim, agent, by_agent=True)
    sim._queue(agent, EventType.AGENT_EVENT_NO_ANSWER, None)
    sim._after_engagement(agent)
    _end_peer(sim, call)  # a colleague calling in hears the call fail
    sim._refresh_state(agent)
    return json_response(_ok({}, "success"))


CALL_HANDLERS: Mapping[str, Handler] = {
    "callOut": call_out,
    "answerCall": answer_call,
    "releaseCall": release_call,
    "holdCall": hold_call,
    "retrieveCall": retrieve_call,
    "callInner": call_inner,
    "innerHelp": inner_help,
    "confJoin": conf_join,
    "transferCall": transfer_call,
    "cancelTransfer": cancel_transfer,
    "beginMute": begin_mute,
    "endMute": end_mute,
    "secondDial": second_dial,
    "connectHold": connect_hold,
    "dropCall": drop_call,
    "disconnectNumber": disconnect_number,
    "snatchPickup": snatch_pickup,
    "phonePickup": phone_pickup,
    "phonePickupPut": phone_pickup,
    "phoneHangup": phone_hangup,
    "phoneHangupPut": phone_hangup,
    "previewCallOut": preview_call_out,
    "cancelPreviewCallOut": cancel_preview_call_out,
}
