"""The call state machine of the simulated gateway, shared by the call families.

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

The handlers live in ``families/voice_calls.py`` and ``families/transfers.py``; both drive
one :class:`CallFlow`. It is part of the core layer: it uses the core (events, clock, the
``engagement_ended`` and ``call_released`` hooks) and no family.

What the far ends do is scripted (:class:`CallScript`): which numbers are unreachable,
whether a dialled number answers at once or only when the test says so, and how transfers
end. A helper or colleague answers unless its number is unreachable or it is one of the
simulator's agents that is signed out or busy. Internal calls and consultations to one of
the simulator's agents ring at that agent (``Call.peer`` links the two sides): its answer
connects the call, its rejection fails it, and either side's release ends both.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any, Literal

from ..generated.models import CallType, EventType, PhoneLine, ReasonCode, Retcode
from ._core import GatewayCore
from ._model import AgentRecord, Call, Session
from ._payloads import incoming_call_content
from ._wire import Refusal

__all__ = [
    "CallFlow",
    "CallScript",
    "TransferOutcome",
    "connected_call",
    "customer_alerting_content",
    "held_call",
    "ringing_content",
    "talking_content",
]

_CALL_HISTORY = 50  # calls of an agent kept for the queries by call ID
_COLLEAGUE_CALLS = {
    CallType.INTERNAL,
    CallType.INTERNAL_TWO_PARTY_CONSULTATION,
    CallType.INTERNAL_THREE_PARTY_CONSULTATION,
}
_TO_CUSTOMERS = (CallType.OUTBOUND, CallType.PREVIEW_OUTBOUND)
_FAILURE_EVENTS = {
    CallType.OUTBOUND: EventType.AGENT_EVENT_CALL_OUT_FAIL,
    CallType.PREVIEW_OUTBOUND: EventType.AGENT_EVENT_CALL_OUT_FAIL,
    CallType.INTERNAL: "AgentEvent_Inside_Call_Fail",
    CallType.INTERNAL_TWO_PARTY_CONSULTATION: EventType.AGENT_EVENT_CONSULT_FAIL,
    CallType.INTERNAL_THREE_PARTY_CONSULTATION: EventType.AGENT_EVENT_CONSULT_FAIL,
}

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


def held_call(agent: AgentRecord, call_id: str) -> Call | None:
    return next((c for c in agent.held_calls if c.call_id == call_id), None)


class CallFlow:
    """The calls of the simulated agents: offered, dialled, answered, held, joined, handed
    over and ended, with the events of each step. Every method runs with the lock held."""

    def __init__(self, core: GatewayCore) -> None:
        self.core = core
        self.script = CallScript()
        self._seq = itertools.count(1)
        core.hooks.session_ending.append(self._release_all)

    def remember(self, agent: AgentRecord, call: Call) -> None:
        agent.calls[call.call_id] = call
        while len(agent.calls) > _CALL_HISTORY:
            del agent.calls[next(iter(agent.calls))]

    def release_current(self, agent: AgentRecord, reason: ReasonCode) -> None:
        """End the agent's current call and tell the families (a conference drops it)."""
        call = agent.call
        assert call is not None
        self.end(agent, call, reason)
        self.core.call_released(agent, call)

    def _release_all(self, agent: AgentRecord) -> None:
        """The session ends: its current and held calls are released, and of the calls kept
        for the queries by ID only the last stays (what tests read back after a sign-out),
        so that the memory a session used is given back when it ends."""
        if agent.call is not None:
            self.release_current(agent, ReasonCode.AGENT_RELEASED)
        for held in list(agent.held_calls):
            self.end(agent, held, ReasonCode.AGENT_RELEASED)
        last = agent.last_call
        agent.calls.clear()
        if last is not None:
            last.peer = None
            agent.calls[last.call_id] = last

    def new_call_id(self) -> str:
        return f"{self.core.now_ms() // 1000}-{next(self._seq)}"

    def offer(self, agent: AgentRecord, session: Session, call: Call) -> None:
        """An inbound call reaches an idle agent: busy, the phone rings, the call's information;
        answered at once with auto-answer, else AgentEvent_Ringing until it is answered."""
        session.calls_taken += 1
        call.first_of_session = session.calls_taken == 1
        agent.call = call
        self.remember(agent, call)
        self.core.queue(agent, EventType.AGENT_STATE_BUSY, None)
        self.core.queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
        self.core.queue(
            agent, EventType.AGENT_EVENT_INCOMING_CALL_INFO, incoming_call_content(call)
        )
        if session.options.autoanswer:
            self.answer(agent, call)
        else:
            self.ring(agent, call)
        self.core.refresh_state(agent)

    def answer(self, agent: AgentRecord, call: Call) -> None:
        """The agent answers an offered call: off hook, talking (and so does the colleague who
        called, when the call came from one of the simulator's agents)."""
        call.answered_ms = self.core.now_ms()
        self.core.queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, {"type": PhoneLine.MAIN.value})
        self.core.queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))
        caller = self._peer_agent(call)
        if caller is not None and call.peer is not None and call.peer.dialing:
            self.connect(caller, call.peer)
            self.core.refresh_state(caller)

    def _peer_agent(self, call: Call) -> AgentRecord | None:
        return None if call.peer_agent is None else self.core.agents.get(call.peer_agent)

    def _ring_colleague(self, agent: AgentRecord, call: Call) -> bool:
        """An internal call or consultation to one of the simulator's agents rings there; its
        answer connects the call. False when the called number is no signed-in agent."""
        colleague = self.core.agents.get(call.called)
        if call.feature not in _COLLEAGUE_CALLS or colleague is None or colleague.session is None:
            return False
        now_ms = self.core.now_ms()
        mirror = call.leg(agent.agent_id, colleague.agent_id, now_ms, call.feature)
        call.peer, call.peer_agent = mirror, colleague.agent_id
        mirror.peer, mirror.peer_agent = call, agent.agent_id
        self.offer(colleague, colleague.session, mirror)
        return True

    def ring(self, agent: AgentRecord, call: Call) -> None:
        self.core.queue(agent, EventType.AGENT_EVENT_RINGING, ringing_content(call))

    def reachable(self, number: str, *, agent_only: bool = False) -> bool:
        """Whether a dialled number or colleague answers (see the module's docstring).

        ``agent_only``: the number must be one of the simulator's agents (internal calls).
        """
        if number in self.script.unreachable:
            return False
        colleague = self.core.agents.get(number)
        if colleague is None:
            return not agent_only
        return colleague.session is not None and not colleague.busy_with_call

    def new_outbound_call(
        self,
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
            call_id=self.new_call_id(),
            caller=caller,
            called=called,
            app_data=app_data,
            media_type=_MEDIA_VOICE,
            skill="voice",
            skill_id=skill_id,
            wait_seconds=0,
            offered_ms=self.core.now_ms(),
            first_of_session=session.calls_taken == 1,
            outbound=True,
            feature=feature,
        )
        agent.call = call
        self.remember(agent, call)
        return call

    def dial(
        self,
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
        call = self.new_outbound_call(agent, called, caller, app_data, skill_id, feature)
        if idle:
            self.core.queue(agent, EventType.AGENT_STATE_BUSY, None)
            self.core.queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
            self.core.queue(
                agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, {"type": PhoneLine.MAIN.value}
            )
        internal = feature is CallType.INTERNAL
        if not self.reachable(called, agent_only=internal) or called == agent.agent_id:
            self.fail(agent, call)
            return call
        if feature in _TO_CUSTOMERS:
            alerting = customer_alerting_content(call)
            self.core.queue(agent, EventType.AGENT_EVENT_CUSTOMER_ALERTING, alerting)
        if self._ring_colleague(agent, call):
            return call  # connected when the colleague answers
        if self.script.auto_connect:
            self.connect(agent, call)
        return call

    def connect(self, agent: AgentRecord, call: Call) -> None:
        """The far end of a dialling call answers."""
        call.answered_ms = self.core.now_ms()
        self.core.queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))

    def phone_released(self, agent: AgentRecord, *, by_agent: bool) -> None:
        """AgentOther_PhoneRelease with its ``phoneState``: 2 the agent hung up, 3 the platform
        released the phone (cec_07_1396)."""
        self.core.queue(
            agent, EventType.AGENT_OTHER_PHONE_RELEASE, {"phoneState": 2 if by_agent else 3}
        )

    def fail(self, agent: AgentRecord, call: Call) -> None:
        """A dialling call cannot be set up: its failure event with the call ID as a string
        (AgentEvent_Call_Out_Fail, _Inside_Call_Fail, _Consult_Fail). Without a held call the
        phone hangs up and the agent is free again; a held customer stays held."""
        call.ended_ms = self.core.now_ms()
        call.leave_reason = ReasonCode.USER_RELEASED
        agent.call = None
        agent.last_call = call
        self.core.queue(
            agent, _FAILURE_EVENTS.get(call.feature, "AgentEvent_Call_Out_Fail"), call.call_id
        )
        if not agent.held_calls:
            self.phone_released(agent, by_agent=False)
            self.core.engagement_ended(agent)

    def end(self, agent: AgentRecord, call: Call, reason: ReasonCode) -> None:
        """A call of the agent (current or held) ends: AgentEvent_Call_Release with its ID."""
        call.ended_ms = self.core.now_ms()
        call.leave_reason = reason
        if agent.call is call:
            agent.call = None
        if call in agent.held_calls:
            agent.held_calls.remove(call)
        agent.last_call = call
        self.core.queue(agent, EventType.AGENT_EVENT_CALL_RELEASE, call.call_id)
        self._end_peer(call)

    def _end_peer(self, call: Call) -> None:
        """The colleague's side of an ended call between two agents ends too."""
        peer, other = call.peer, self._peer_agent(call)
        call.peer = None
        if peer is None or other is None or peer.ended_ms is not None:
            return
        peer.peer = None
        if peer.dialing:
            self.fail(other, peer)
        else:
            self.end(other, peer, ReasonCode.USER_RELEASED)
            if other.call is None and not other.held_calls:
                self.core.engagement_ended(other)
        self.core.refresh_state(other)

    def customer_hangs_up(self, agent: AgentRecord, call: Call) -> None:
        """The customer leaves: AgentEvent_Customer_Release {callid, number}, then the release."""
        number = call.called if call.outbound else call.caller
        self.core.queue(
            agent,
            EventType.AGENT_EVENT_CUSTOMER_RELEASE,
            {"callid": call.call_id, "number": number},
        )
        self.end(agent, call, ReasonCode.USER_RELEASED)

    def hold(self, agent: AgentRecord, call: Call) -> None:
        call.held_ms = self.core.now_ms()
        agent.call = None
        agent.held_calls.append(call)
        self.core.queue(agent, EventType.AGENT_EVENT_HOLD, call.call_id)

    def retrieve(self, agent: AgentRecord, call: Call) -> None:
        call.held_ms = None
        agent.held_calls.remove(call)
        agent.call = call
        self.core.queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))

    def consult(self, agent: AgentRecord, helper: str, three_party: bool, app_data: str) -> Call:
        """innerhelp: hold the customer (two-party) and dial the helper."""
        customer = agent.call
        assert customer is not None
        if three_party:  # the customer stays on the line while the helper is dialled
            feature = CallType.INTERNAL_THREE_PARTY_CONSULTATION
            agent.call = None
            agent.held_calls.append(customer)
        else:
            feature = CallType.INTERNAL_TWO_PARTY_CONSULTATION
            self.hold(agent, customer)
        call = self.dial(agent, helper, agent.agent_id, app_data, 0, feature)
        if three_party and call.answered_ms is not None:
            self.join(agent, call, customer)
        elif three_party and call.ended_ms is not None:  # no helper: back to the customer
            agent.held_calls.remove(customer)
            agent.call = customer
        return call

    def join(self, agent: AgentRecord, current: Call, held: Call) -> None:
        """confjoin: the held call and the current one become one three-party call."""
        agent.held_calls.remove(held)
        held.held_ms = None
        current.ended_ms = self.core.now_ms()
        current.leave_reason = ReasonCode.THREE_PARTY_CALL
        other = held.called if held.outbound else held.caller
        held.partners = [current.called, other]
        held.peer, held.peer_agent = current.peer, current.peer_agent  # the helper stays on
        if current.peer is not None:
            current.peer.peer = held
        current.peer = None
        agent.call = held
        content = {"callid": held.call_id, "partner": ",".join(held.partners)}
        self.core.queue(agent, EventType.AGENT_EVENT_CONFERENCE, content)

    def transfer_result(self, agent: AgentRecord, result: int) -> None:
        self.core.queue(agent, "AgentEvent_TransOutResult", {"result": result})

    def hand_over(
        self, agent: AgentRecord, call: Call, blind: bool, target: str | None = None
    ) -> None:
        """A transfer succeeded: the call leaves the agent (and is offered to ``target`` when it
        is one of the simulator's agents, signed in and free)."""
        target = target or call.transfer_target
        call.transfer_target = None
        if blind:
            self.end(agent, call, ReasonCode.TRANSFERRED_OUT)
            self.transfer_result(agent, 0)
        else:
            self.transfer_result(agent, 0)
            self.end(agent, call, ReasonCode.TRANSFERRED_OUT)
        if agent.call is None and not agent.held_calls:
            self.core.engagement_ended(agent)
        colleague = None if target is None else self.core.agents.get(target)
        if colleague is not None and colleague.session is not None and not colleague.busy_with_call:
            customer = call.called if call.outbound else call.caller
            transferred = call.leg(customer, target or "", self.core.now_ms())
            self.offer(colleague, colleague.session, transferred)


def connected_call(agent: AgentRecord, no_call: Retcode, bad_state: Retcode) -> Call:
    """The agent's current call once connected (Refusal ``no_call`` / ``bad_state``)."""
    call = agent.call
    if call is None:
        raise Refusal(no_call, "the agent has no current call")
    if call.ringing or call.dialing:
        raise Refusal(bad_state, "the call is not connected")
    return call
