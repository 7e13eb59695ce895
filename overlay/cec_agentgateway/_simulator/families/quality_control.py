"""Quality control: the inspector's desk on the simulated gateway.

An inspector is any signed-in agent with the inspect right (``sim.withhold_right(id,
"inspect")`` takes it away: 900-002). It monitors at most one agent at a time, in one of
three modes, and can take the agent's call over::

    idle --addsupervise--> LISTENING  <--switch/{workNo}-->  INSERTING <--addinsert-- idle
    idle --requestwhisperagent--> WHISPERING
    LISTENING | INSERTING | WHISPERING --requestswitchinsertwhisperagent(0|1|2)--> the mode
    LISTENING | INSERTING --DELETE {workNo}--> idle;  WHISPERING --requeststopwhisperagent--> idle
    any mode --intercept/{workNo}[/{callId}]--> the inspector talks with the customer

The inspector's detailed state (syncagentinfo, allagentstatus) is LISTENING, INSERTING or
WHISPERING meanwhile (TALKING in the gateway's coarse table); it is not offered calls.
Listening, inserting and whispering trigger no event (the pages that could be read say so
for the switches and the stop). An interception releases the agent's call (Customer_Release,
Call_Release, PhoneRelease, then AgentState_Ready or _Work, as the developer guide's scenario
cec_05_4048 lists) and gives the inspector the call (AgentEvent_Talking); the monitoring ends.

Force actions change the target's state and reach the target's own events: busy with reason
3 (during a call: once it ends), idle (AgentState_Force_Ready), rest (AgentState_SetRest_Success
and the timeout reminder), signed out (AgentOther_ShutdownService), a call released.

Refusals: the target is unknown, of another VCC or not signed in: 900-004; the inspector
lacks the right: 900-002; it names itself: 000-005; the state does not allow it: 900-005.
A monitoring ends when either side signs out.

``agentevent/allagentevent`` serves the session the Guid belongs to: the first request
starts a watch of every other agent of its VCC (``core.add_watcher``), and each request hands
out the state and call events those agents received since the previous one, as an array.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..._errors import RequestValidationError
from ..._validation import check_parameter
from ...generated.models import AgentState, EventType, ReasonCode, Retcode
from .._callflow import CallFlow, talking_content
from .._core import GatewayCore
from .._family import (
    Family,
    UsageError,
    body_agent,
    checked_parameter,
    command,
    control,
    gateway_message,
    ok,
    operation,
)
from .._model import AgentRecord, Call, Rest, Session
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["QualityControlFamily"]

_NO_AGENT = Retcode.QC_NO_AGENT_INFO
_BAD_STATE = Retcode.QC_STATE_ERROR
_FORCED_BUSY = 3  # busy reason: forced to show busy by an inspector (cec_07_1346)
_MODES = {
    "0": AgentState.LISTENING,
    "1": AgentState.INSERTING,
    "2": AgentState.WHISPERING,
}
_MONITORING = (AgentState.LISTENING, AgentState.INSERTING)  # DELETE and switch/{workNo}
_CTI_STATES = {3: 7, 4: 1, 5: 6, 7: 3, 8: 8, 9: 8}  # gateway state -> platform state


@dataclass(eq=False)
class Supervision:
    """An inspector's monitoring of one agent."""

    inspector: str
    target: str
    mode: AgentState


class QualityControlFamily(Family):
    """qualitycontrol: listen, insert, whisper, switch, stop, intercept, force states and
    calls, the monitorable agents; agentevent/allagentevent."""

    name = "quality_control"

    def __init__(self, core: GatewayCore, flow: CallFlow) -> None:
        super().__init__(core)
        self.flow = flow
        self._by_inspector: dict[str, Supervision] = {}
        self._rests: list[tuple[float, AgentRecord, Rest]] = []  # forced rests to remind
        self._rest_due = math.inf
        core.hooks.session_ending.append(self._session_ending)
        core.hooks.tick.append(self._remind_rests)

    # ------------------------------------------------------------------ scenario

    def supervision(self, inspector_id: str) -> tuple[str, AgentState] | None:
        """What the inspector monitors now: (the agent's ID, LISTENING | INSERTING |
        WHISPERING), or None."""
        with self.core.lock:
            found = self._by_inspector.get(inspector_id)
            return None if found is None else (found.target, found.mode)

    @control("supervision")
    def _control_supervision(self, body: Mapping[str, Any]) -> dict[str, Any]:
        found = self.supervision(body_agent(body))
        if found is None:
            return {"target": None, "mode": None}
        return {"target": found[0], "mode": found[1].name.lower()}

    @command(
        "supervision",
        "supervision INSPECTOR: whom the inspector monitors and how (or none)",
    )
    def _command_supervision(self, words: list[str]) -> str:
        if len(words) != 1:
            raise UsageError("usage: supervision INSPECTOR")
        found = self.supervision(words[0])
        return "ok none" if found is None else f"ok {found[0]} {found[1].name.lower()}"

    @command("inspect", "inspect AGENT on|off: give or withhold the inspection right (900-002)")
    def _command_inspect(self, words: list[str]) -> str:
        if len(words) != 2 or words[1] not in ("on", "off"):
            raise UsageError("usage: inspect AGENT on|off")
        with self.core.lock:
            rights = self.core.agent(words[0]).rights
            if words[1] == "on":
                rights.add("inspect")
            else:
                rights.discard("inspect")
        return "ok"

    # ------------------------------------------------------------------ hooks

    def _session_ending(self, agent: AgentRecord) -> None:
        """A monitoring ends when the inspector or the monitored agent signs out."""
        for found in list(self._by_inspector.values()):
            if agent.agent_id in (found.inspector, found.target):
                self._end(found)

    def _remind_rests(self, now: float) -> None:
        """AgentState_Rest_Timeout once for each forced rest whose time is up."""
        if now < self._rest_due:
            return
        keep = []
        for due, agent, rest in self._rests:
            if agent.rest is not rest or rest.reminded or agent.session is None:
                continue
            if rest.ends_at is not None and now >= rest.ends_at:
                rest.reminded = True
                self.core.queue(agent, EventType.AGENT_STATE_REST_TIMEOUT, None)
            else:
                keep.append((due, agent, rest))
        self._rests = keep
        self._rest_due = min((due for due, _, _ in keep), default=math.inf)

    # ------------------------------------------------------------------ helpers

    def _inspector(self, context: Context) -> tuple[AgentRecord, Session]:
        agent, session = self.session(context)
        self.core.require_right(agent, "inspect")
        return agent, session

    def _target(self, context: Context, inspector: AgentRecord, name: str) -> AgentRecord:
        """The agent an inspector names (path ``workNo`` or query ``whisperagentid``)."""
        if name in context.params:
            work_no = context.params[name]
        else:
            work_no = context.request.query.get(name, "")
            if not work_no:
                raise Refusal(Retcode.INVALID_PARAMETER, f"the parameter {name} is empty")
        key = "WorkNo" if name == "workNo" else "WhisperAgentId"
        try:
            check_parameter(key, work_no, operation=context.operation, agent_id=context.agent_id)
        except RequestValidationError as error:
            raise Refusal(Retcode.INVALID_PARAMETER, gateway_message(error, True)) from None
        if work_no == inspector.agent_id:
            raise Refusal(Retcode.INSPECTING_SELF, "the inspector cannot act on itself")
        target = self.core.agents.get(work_no)
        if target is None or target.vdn_id != inspector.vdn_id or target.session is None:
            raise Refusal(_NO_AGENT, f"agent {work_no} is not signed in to this VCC")
        return target

    def _start(self, inspector: AgentRecord, target: AgentRecord, mode: AgentState) -> None:
        if inspector.agent_id in self._by_inspector:
            raise Refusal(_BAD_STATE, "the inspector already monitors an agent")
        if inspector.busy_with_call or inspector.base_state is not AgentState.IDLE:
            raise Refusal(_BAD_STATE, "the inspector is not idle")
        self._by_inspector[inspector.agent_id] = Supervision(
            inspector.agent_id, target.agent_id, mode
        )
        self._set_mode(inspector, mode)

    def _set_mode(self, inspector: AgentRecord, mode: AgentState | None) -> None:
        inspector.supervising = mode
        self.core.refresh_state(inspector)

    def _end(self, found: Supervision) -> None:
        del self._by_inspector[found.inspector]
        inspector = self.core.agents[found.inspector]
        self._set_mode(inspector, None)

    def _monitoring(
        self, inspector: AgentRecord, target: AgentRecord, modes: tuple[AgentState, ...]
    ) -> Supervision:
        found = self._by_inspector.get(inspector.agent_id)
        if found is None or found.target != target.agent_id:
            raise Refusal(_BAD_STATE, f"the inspector does not monitor agent {target.agent_id}")
        if found.mode not in modes:
            raise Refusal(_BAD_STATE, f"the inspector is {found.mode.name.lower()}")
        return found

    def _done(self) -> SimResponse:
        return json_response(ok({}, "success"))

    # ------------------------------------------------------------------ monitoring

    @operation("addSupervise")
    def add_supervise(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "workNo")
        self._start(inspector, target, AgentState.LISTENING)
        return self._done()

    @operation("addInsert")
    def add_insert(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "workNo")
        self._start(inspector, target, AgentState.INSERTING)
        return self._done()

    @operation("requestWhisperAgent")
    def request_whisper(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "whisperagentid")
        self._start(inspector, target, AgentState.WHISPERING)
        return self._done()

    @operation("stopSuperviseOrInsert")
    def stop_supervise_or_insert(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "workNo")
        self._end(self._monitoring(inspector, target, _MONITORING))
        return self._done()

    @operation("requestStopWhisperAgent")
    def request_stop_whisper(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "whisperagentid")
        self._end(self._monitoring(inspector, target, (AgentState.WHISPERING,)))
        return self._done()

    @operation("switchSuperviseOrInsert")
    def switch(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "workNo")
        found = self._monitoring(inspector, target, _MONITORING)
        found.mode = (
            AgentState.INSERTING if found.mode is AgentState.LISTENING else AgentState.LISTENING
        )
        self._set_mode(inspector, found.mode)
        return self._done()

    @operation("requestSwitchInsertWhisperAgent")
    def switch_mode(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "whisperagentid")
        text = context.request.query.get("switchtype", "")
        mode = _MODES.get(text)
        if mode is None:
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter switchtype is invalid")
        found = self._monitoring(inspector, target, tuple(_MODES.values()))
        if found.mode is mode:
            raise Refusal(_BAD_STATE, f"the inspector is already {mode.name.lower()}")
        found.mode = mode
        self._set_mode(inspector, mode)
        return self._done()

    @operation("interceptCall", "interceptSpecifiedCall")
    def intercept(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        target = self._target(context, inspector, "workNo")
        found = self._monitoring(inspector, target, tuple(_MODES.values()))
        call = target.call
        if call is None or call.answered_ms is None or call.ended_ms is not None:
            raise Refusal(_BAD_STATE, f"agent {target.agent_id} has no call to take over")
        wanted = context.params.get("callId")
        if wanted is not None and checked_parameter(context, "callId", wanted) != call.call_id:
            raise Refusal(_NO_AGENT, f"agent {target.agent_id} has no call {wanted}")
        self._end(found)
        number = call.called if call.outbound else call.caller
        content = {"callid": call.call_id, "number": number}
        self.core.queue(target, EventType.AGENT_EVENT_CUSTOMER_RELEASE, content)
        self.flow.end(target, call, ReasonCode.AGENT_RELEASED)
        self.flow.phone_released(target, by_agent=False)
        self.core.engagement_ended(target)
        self.core.refresh_state(target)
        taken = _taken_over(call, self.core.now_ms())
        inspector.call = taken
        self.flow.remember(inspector, taken)
        self.core.queue(inspector, EventType.AGENT_EVENT_TALKING, talking_content(taken))
        self.core.refresh_state(inspector)
        return self._done()

    # ------------------------------------------------------------------ forcing states

    def _forced_target(self, context: Context) -> AgentRecord:
        inspector, _ = self._inspector(context)
        return self._target(context, inspector, "workNo")

    @operation("forceBusy")
    def force_busy(self, context: Context) -> SimResponse:
        target = self._forced_target(context)
        if target.busy_with_call:
            if target.pending_busy is not None:
                raise Refusal(_BAD_STATE, f"agent {target.agent_id} is busy after its call")
            target.pending_busy = _FORCED_BUSY  # the agent-state family applies it
            if target.rest is not None and not target.rest.started:
                target.rest = None
            return self._done()
        if target.base_state is AgentState.BUSY:
            raise Refusal(_BAD_STATE, f"agent {target.agent_id} is busy already")
        target.base_state = AgentState.BUSY
        target.busy_reason = _FORCED_BUSY
        target.rest = None
        content = {"reason": str(_FORCED_BUSY)}
        self.core.queue(target, EventType.AGENT_STATE_SET_NOT_READY_SUCCESS, content)
        self.core.refresh_state(target)
        return self._done()

    @operation("forceIdle")
    def force_idle(self, context: Context) -> SimResponse:
        target = self._forced_target(context)
        if target.busy_with_call:
            raise Refusal(_BAD_STATE, f"agent {target.agent_id} is in a call")
        if target.base_state is AgentState.IDLE:
            raise Refusal(_BAD_STATE, f"agent {target.agent_id} is idle already")
        target.base_state = AgentState.IDLE
        target.busy_reason = 0
        target.pending_busy = None
        target.rest = None
        self.core.queue(target, EventType.AGENT_STATE_FORCE_READY, None)
        self.core.refresh_state(target)
        return self._done()

    @operation("forceRest")
    def force_rest(self, context: Context) -> SimResponse:
        target = self._forced_target(context)
        seconds = _whole(context, "time")
        cause = _whole(context, "reason")
        rest = Rest(seconds, cause)
        target.pending_busy = None
        if target.busy_with_call:
            target.rest = rest  # the agent-state family starts it when the call ends
            return self._done()
        rest.ends_at = self.core.clock() + seconds
        target.rest = rest
        target.base_state = AgentState.REST
        target.busy_reason = 0
        self._rests.append((rest.ends_at, target, rest))
        self._rest_due = min(self._rest_due, rest.ends_at)
        self.core.queue(target, EventType.AGENT_STATE_SET_REST_SUCCESS, None)
        self.core.refresh_state(target)
        return self._done()

    @operation("forceLogOutAgent")
    def force_log_out(self, context: Context) -> SimResponse:
        target = self._forced_target(context)
        self.core.end_session(target, farewell=EventType.AGENT_OTHER_SHUTDOWN_SERVICE)
        return self._done()

    @operation("forceDropCall")
    def force_drop_call(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        call_id = checked_parameter(context, "callid", context.params.get("callid", ""))
        for agent in self.core.agents.values():
            if agent.session is None or agent.vdn_id != inspector.vdn_id:
                continue
            for call in [agent.call, *agent.held_calls]:
                if call is not None and call.call_id == call_id and call.ended_ms is None:
                    self.flow.end(agent, call, ReasonCode.AGENT_RELEASED)
                    if not agent.busy_with_call:
                        self.flow.phone_released(agent, by_agent=False)
                        self.core.engagement_ended(agent)
                    self.core.refresh_state(agent)
                    return self._done()
        raise Refusal(_NO_AGENT, f"no agent of this VCC has the call {call_id}")

    # ------------------------------------------------------------------ views

    @operation("queryAllMonitoredAgents")
    def query_all_monitored_agents(self, context: Context) -> SimResponse:
        inspector, _ = self._inspector(context)
        others = sorted(
            (
                agent
                for agent in self.core.agents.values()
                if agent.session is not None
                and agent.vdn_id == inspector.vdn_id
                and agent is not inspector
            ),
            key=lambda agent: int(agent.agent_id),
        )
        result = []
        for agent in others:
            state = agent.gateway_state().value
            result.append(
                {
                    "workno": agent.agent_id,
                    "name": agent.agent_id,
                    "status": str(state),
                    "groupName": agent.group or "",
                    "ctiStatus": str(_CTI_STATES.get(state, 9)),
                }
            )
        return json_response(ok(result))

    @operation("getAllAgentEvent")
    def get_all_agent_event(self, context: Context) -> SimResponse:
        session = self._caller(context)
        agent = self.core.agents[session.agent_id]
        self.core.require_right(agent, "inspect")
        session.last_seen = context.now
        if session.watching is None:
            self.core.add_watcher(session, None)
        events = list(session.watched)
        session.watched.clear()
        return json_response({"message": "", "retcode": "0", "event": events})

    def _caller(self, context: Context) -> Session:
        """The session of the request's Guid (allagentevent names no agent in its path)."""
        for agent_id in list(self.core.agents):
            try:
                return self.core.authenticate(context.request, agent_id, context.now)
            except Refusal:
                continue
        raise Refusal(Retcode.NOT_SIGNED_IN)


def _whole(context: Context, name: str) -> int:
    text = context.params.get(name, "")
    if not (text.isdecimal() and text.isascii()):
        raise Refusal(Retcode.INVALID_PARAMETER, f"the parameter {name} is invalid")
    value: int = checked_parameter(context, name, int(text))
    return value


def _taken_over(call: Call, now_ms: int) -> Call:
    """The inspector's side of an intercepted call: same call ID and customer, talking."""
    taken = call.leg(call.caller, call.called, now_ms, call.feature)
    taken.answered_ms, taken.outbound = now_ms, call.outbound
    return taken
