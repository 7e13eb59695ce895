"""Voice calls: call out, answer, release, hold and retrieve, mute, DTMF, phone linkage,
snatch pickup and with the scenario that drives the far ends.

The call state machine itself is :class:`~.._callflow.CallFlow` (shared with the transfer
family). Scenario methods: :meth:`offer` an inbound call (only to an idle agent, as a
queue would, unless forced), :meth:`answer`, :meth:`end`, :meth:`customer_hang_up`,
:meth:`make_unreachable`, :meth:`set_auto_connect`, :meth:`connect`, :meth:`fail`,
and what tests read back (:meth:`dtmf`, :meth:`uui_data`,
:meth:`current_call_id`). Previewed calls are the preview family's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from ...generated.models import CallType, EventType, ReasonCode, Retcode
from .._callflow import CallFlow, connected_call, held_call
from .._core import GatewayCore
from .._family import (
    ControlError,
    Family,
    UsageError,
    body_agent,
    body_text,
    command,
    control,
    json_object,
    ok,
    operation,
    validated,
)
from .._model import Call, SimulatorError
from .._payloads import incoming_call_content
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["VoiceCallFamily"]


class VoiceCallFamily(Family):
    """The voicecall operations of one agent's own call, and the calls' scenario."""

    name = "calls"

    def __init__(self, core: GatewayCore, flow: CallFlow) -> None:
        self.flow = flow
        super().__init__(core)

    # ------------------------------------------------------------------ scenario

    def offer(
        self,
        agent_id: str,
        caller: str = "70004",
        called: str = "60015",
        app_data: str = "",
        media_type: int = 5,
        call_id: str | None = None,
        *,
        skill: str = "voice",
        skill_id: int = 20011,
        wait_time: int = 0,
        force: bool = False,
    ) -> str:
        """Offer an inbound call to a signed-in, idle agent; returns the call ID.

        Queues AgentState_Busy, AgentOther_PhoneAlerting and AgentEvent_Incoming_CallInfo.
        With auto-answer (the sign-in default) the call is answered at once
        (AgentOther_PhoneOffhook, AgentEvent_Talking); otherwise AgentEvent_Ringing is
        queued and the call rings until :meth:`answer`. ``wait_time`` is how many seconds
        the call queued before it was offered.

        A real gateway's queue offers calls only to an idle agent, so the call is refused
        (:class:`SimulatorError` saying why) when the agent is busy, resting, in wrap-up or
        in a call. ``force=True`` puts the call through whatever the agent's working state,
        as a direct call would (a call put through to a resting agent ends its rest); an
        agent already in a call or a conference is refused even then.
        """
        with self.core.lock:
            agent, session = self.core.signed_in(agent_id)
            if agent.busy_with_call:
                raise SimulatorError(f"agent {agent_id} already has a call or a conference")
            refusal = None if force else agent.not_offerable()
            if refusal is not None:
                raise SimulatorError(
                    f"agent {agent_id} is {refusal}: a gateway queues the call instead"
                    " (force=True puts it through as a direct call would)"
                )
            call = Call(
                call_id=self.flow.new_call_id() if call_id is None else call_id,
                caller=caller,
                called=called,
                app_data=app_data,
                media_type=media_type,
                skill=skill,
                skill_id=skill_id,
                wait_seconds=wait_time,
                offered_ms=self.core.now_ms(),
                first_of_session=False,
            )
            self.flow.offer(agent, session, call)
            return call.call_id

    def answer(self, agent_id: str) -> None:
        """Answer the call ringing at an agent that signed in with ``autoanswer: false``."""
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            if agent.call is None or not agent.call.ringing:
                raise SimulatorError(f"no call is ringing at agent {agent_id}")
            self.flow.answer(agent, agent.call)
            self.core.refresh_state(agent)

    def end(self, agent_id: str, *, released_by: Literal["customer", "agent"] = "customer") -> None:
        """End the agent's call: AgentEvent_Call_Release, then the agent is idle again.

        It becomes idle (AgentState_Ready), or enters wrap-up (AgentState_Work) when it
        signed in with ``autoenteridle: false``. The call stays available as the last call.
        """
        customer = released_by == "customer"
        reason = ReasonCode.USER_RELEASED if customer else ReasonCode.AGENT_RELEASED
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            if agent.call is None:
                raise SimulatorError(f"agent {agent_id} has no call")
            self.flow.release_current(agent, reason)
            self.core.engagement_ended(agent)
            self.core.refresh_state(agent)

    def customer_hang_up(self, agent_id: str, call_id: str | None = None) -> str:
        """The customer of the agent's call (current, or the held one ``call_id``) hangs up.

        The agent gets AgentEvent_Customer_Release {callid, number} and
        AgentEvent_Call_Release, then becomes idle (or enters wrap-up) when no call is left.
        """
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            call = agent.call
            if call_id is not None and (call is None or call.call_id != call_id):
                call = held_call(agent, call_id)
            if call is None:
                raise SimulatorError(f"agent {agent_id} has no call {call_id or ''}".rstrip())
            self.flow.customer_hangs_up(agent, call)
            self.core.engagement_ended(agent)
            self.core.refresh_state(agent)
            return call.call_id

    def make_unreachable(self, *numbers: str) -> None:
        """Outbound calls to these numbers fail (AgentEvent_Call_Out_Fail with the call ID)."""
        with self.core.lock:
            self.flow.script.unreachable.update(numbers)

    def set_auto_connect(self, on: bool = True) -> None:
        """Whether a dialled number answers at once (the default) or only on
        :meth:`connect` / :meth:`fail`."""
        with self.core.lock:
            self.flow.script.auto_connect = on

    def connect(self, agent_id: str) -> str:
        """The far end of the agent's dialling outbound call answers (AgentEvent_Talking)."""
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            if agent.call is None or not agent.call.dialing:
                raise SimulatorError(f"agent {agent_id} has no dialling call")
            self.flow.connect(agent, agent.call)
            self.core.refresh_state(agent)
            return agent.call.call_id

    def fail(self, agent_id: str) -> str:
        """The agent's dialling outbound call cannot be set up (AgentEvent_Call_Out_Fail)."""
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            call = agent.call
            if call is None or not call.dialing:
                raise SimulatorError(f"agent {agent_id} has no dialling call")
            self.flow.fail(agent, call)
            self.core.refresh_state(agent)
            return call.call_id

    def uui_data(self, agent_id: str, call_id: str) -> str | None:
        """The user-to-user information the agent's call ``call_id`` was made with (callout)."""
        with self.core.lock:
            call = self.core.agent(agent_id).calls.get(call_id)
            if call is None:
                raise SimulatorError(f"agent {agent_id} has no call {call_id!r}")
            return call.uui_data

    def dtmf(self, agent_id: str) -> str:
        """The DTMF digits the agent sent in its current (or last) call (seconddialex)."""
        with self.core.lock:
            agent = self.core.agent(agent_id)
            call = agent.call or agent.last_call
            return "" if call is None else call.dtmf

    def current_call_id(self, agent_id: str) -> str | None:
        """The call ID of the agent's current call (ringing, dialling or talking), if any."""
        with self.core.lock:
            self.core.housekeeping(self.core.clock())
            call = self.core.agent(agent_id).call
            return None if call is None else call.call_id

    def set_app_data(self, agent_id: str, data: str) -> None:
        """Replace the call-associated data of the agent's current call (what appdata and
        the call information report), as an IVR or another system would."""
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            if agent.call is None:
                raise SimulatorError(f"agent {agent_id} has no call")
            agent.call.app_data = data
            agent.call.app_bytes = None  # as offered: appdata reads app_data

    # ------------------------------------------------------------------ control and commands

    @control("offer_call")
    def _control_offer(self, body: Mapping[str, Any]) -> dict[str, Any]:
        options: dict[str, Any] = {}
        for wire, keyword in (
            ("caller", "caller"),
            ("called", "called"),
            ("appData", "app_data"),
            ("callId", "call_id"),
        ):
            value = body_text(body, wire, required=False)
            if value is not None:
                options[keyword] = value
        force = body.get("force", False)
        if not isinstance(force, bool):
            raise ControlError("force must be true or false")
        return {"callId": self.offer(body_agent(body), force=force, **options)}

    @control("end_call")
    def _control_end(self, body: Mapping[str, Any]) -> dict[str, Any]:
        by = body.get("releasedBy", "customer")
        if by not in ("customer", "agent"):
            raise ControlError('releasedBy must be "customer" or "agent"')
        self.end(body_agent(body), released_by="customer" if by == "customer" else "agent")
        return {}

    @control("set_app_data")
    def _control_set_app_data(self, body: Mapping[str, Any]) -> dict[str, Any]:
        data = body_text(body, "data")
        assert data is not None
        self.set_app_data(body_agent(body), data)
        return {}

    @command(
        "offer",
        "offer AGENT [CALLER] [force]: an inbound call to an idle agent (prints"
        " its call ID); force puts it through to a busy, resting or wrap-up agent, as a"
        " direct call would",
    )
    def _command_offer(self, words: list[str]) -> str:
        force = len(words) > 1 and words[-1].lower() == "force"
        rest = words[:-1] if force else words
        if len(rest) not in (1, 2):
            raise UsageError("usage: offer AGENT [CALLER] [force]")
        if len(rest) == 2:
            return "ok " + self.offer(rest[0], caller=rest[1], force=force)
        return "ok " + self.offer(rest[0], force=force)

    @command("answer", "answer AGENT: the ringing call is answered")
    def _command_answer(self, words: list[str]) -> str:
        self.answer(*_exactly(words, 1, "answer AGENT"))
        return "ok"

    @command("connect", "connect AGENT: the far end of the dialling call answers")
    def _command_connect(self, words: list[str]) -> str:
        return "ok " + self.connect(*_exactly(words, 1, "connect AGENT"))

    @command("fail", "fail AGENT: the dialling call fails")
    def _command_fail(self, words: list[str]) -> str:
        return "ok " + self.fail(*_exactly(words, 1, "fail AGENT"))

    @command("hangup", "hangup AGENT [CALLID]: the customer hangs up")
    def _command_hangup(self, words: list[str]) -> str:
        if len(words) not in (1, 2):
            raise UsageError("usage: hangup AGENT [CALLID]")
        return "ok " + self.customer_hang_up(*words)

    @command("unreachable", "unreachable NUMBER...: calls to these numbers fail")
    def _command_unreachable(self, words: list[str]) -> str:
        if not words:
            raise UsageError("usage: unreachable NUMBER...")
        self.make_unreachable(*words)
        return "ok"

    @command("dtmf", "dtmf AGENT: the DTMF digits the agent sent in its call")
    def _command_dtmf(self, words: list[str]) -> str:
        return "ok " + self.dtmf(*_exactly(words, 1, "dtmf AGENT"))

    @operation("callOut")
    def call_out(self, context: Context) -> SimResponse:
        """PUT callout: the call ID at once; how the call goes follows as events."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        codes = {"called": Retcode.CALLOUT_NUMBER_WRONG}
        body = validated("CallOutRequest", raw, context, Retcode.INVALID_PARAMETER, codes)
        if agent.call is not None or agent.conference is not None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
        caller = body.get("caller") or agent.phone or ""
        call = self.flow.dial(
            agent, body["called"], caller, body.get("callappdata", ""), body.get("skillid", 0)
        )
        call.uui_data = body.get("uuiData")
        self.core.refresh_state(agent)
        return json_response(ok(call.call_id, "success"))

    @operation("answerCall")
    def answer_call(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = agent.call
        call_id = context.request.query.get("callid")
        if call is None or not call.ringing or (call_id and call_id != call.call_id):
            raise Refusal(Retcode.ANSWER_NO_CALL, "no call is ringing")
        self.flow.answer(agent, call)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("releaseCall", "releaseCallLegacy")
    def release_call(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = agent.call
        if call is None:
            raise Refusal(Retcode.RELEASE_NO_CALL, "the agent has no current call")
        self.flow.end(agent, call, ReasonCode.AGENT_RELEASED)
        self.core.engagement_ended(agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("holdCall")
    def hold_call(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = agent.call
        if call is None:
            raise Refusal(Retcode.HOLD_NO_CALL, "the agent has no current call")
        if call.ringing or call.dialing:
            raise Refusal(Retcode.HOLD_BAD_STATE, "the call is not connected yet")
        self.flow.hold(agent, call)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("retrieveCall")
    def retrieve_call(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call_id = context.request.query.get("callid", "")
        call = held_call(agent, call_id)
        if call is None:
            raise Refusal(Retcode.UNHOLD_NO_HELD_CALL, f"no held call {call_id!r}")
        if agent.call is not None:
            raise Refusal(Retcode.UNHOLD_BAD_STATE, "the agent is in another call")
        self.flow.retrieve(agent, call)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("beginMute")
    def begin_mute(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = connected_call(agent, Retcode.MUTE_NO_CALL, Retcode.MUTE_BAD_STATE)
        if call.muted:
            raise Refusal(Retcode.MUTE_BAD_STATE, "the agent is already muted")
        call.muted = True
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("endMute")
    def end_mute(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = connected_call(agent, Retcode.UNMUTE_NO_CALL, Retcode.UNMUTE_BAD_STATE)
        if not call.muted:
            raise Refusal(Retcode.UNMUTE_BAD_STATE, "the agent is not muted")
        call.muted = False
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("secondDial", "secondDialLegacy")
    def second_dial(self, context: Context) -> SimResponse:
        """seconddialex (or the legacy seconddial/{number}): the digits are recorded on the
        call (``GatewaySimulator.dtmf``)."""
        agent, _ = self.session(context)
        digits = context.params.get("number") or context.request.query.get("number", "")
        schema = f"{context.operation}.number"
        validated(schema, {"number": digits}, context, Retcode.INVALID_PARAMETER)
        call = connected_call(agent, Retcode.AGENT_OPERATION_FAILED, Retcode.AGENT_OPERATION_FAILED)
        call.dtmf += digits
        return json_response(ok({}, "success"))

    @operation("snatchPickup")
    def snatch_pickup(self, context: Context) -> SimResponse:
        """snatchpickup: the call ringing at another agent rings here instead (and is answered
        at once with auto-answer)."""
        agent, session = self.session(context)
        text = context.request.query.get("destWorkNo", "")
        if not text.isdigit():
            raise Refusal(Retcode.INVALID_PARAMETER, "destWorkNo must be an agent ID")
        validated(
            "snatchPickup.destWorkNo", {"destWorkNo": int(text)}, context, Retcode.INVALID_PARAMETER
        )
        other = self.core.agents.get(text)
        call = None if other is None else other.call
        if other is None or call is None or not call.ringing or call.feature is CallType.INTERNAL:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no call is ringing at agent {text}")
        if agent.busy_with_call:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent must be idle")
        other.call = None
        other.last_call = call
        self.flow.phone_released(other, by_agent=False)
        self.core.engagement_ended(other)
        self.core.refresh_state(other)
        agent.call = call
        self.flow.remember(agent, call)
        self.core.queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
        if session.options.autoanswer:
            self.flow.answer(agent, call)
            self.core.queue(
                agent, EventType.AGENT_EVENT_INCOMING_CALL_INFO, incoming_call_content(call)
            )
        else:
            self.flow.ring(agent, call)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("phonePickup", "phonePickupPut")
    def phone_pickup(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = agent.call
        if call is None or not call.ringing:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the phone is not ringing")
        self.flow.answer(agent, call)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("phoneHangup", "phoneHangupPut")
    def phone_hangup(self, context: Context) -> SimResponse:
        """phonehangup: the ringing call is rejected (it goes back to the platform)."""
        agent, _ = self.session(context)
        call = agent.call
        if call is None or not call.ringing:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the phone is not ringing")
        call.ended_ms = self.core.now_ms()
        call.leave_reason = ReasonCode.AGENT_RELEASED
        agent.call = None
        agent.last_call = call
        self.flow.phone_released(agent, by_agent=True)
        self.core.queue(agent, EventType.AGENT_EVENT_NO_ANSWER, None)
        self.core.engagement_ended(agent)
        self.flow._end_peer(call)  # a colleague calling in hears the call fail
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))


def _exactly(words: list[str], count: int, usage: str) -> list[str]:
    if len(words) != count:
        raise UsageError(f"usage: {usage}")
    return words
