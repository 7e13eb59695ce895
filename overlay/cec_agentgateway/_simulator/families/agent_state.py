"""The agent's working state on the simulated gateway: ready, busy, rest, wrap-up.

``AgentRecord.base_state`` is what the agent is when it has no call (IDLE, BUSY, REST or
WRAP_UP); calls and conferences lie on top of it (``detailed_state``). This module holds
the operations that move it, the rest timer, and what happens when a call ends:

* ``saybusy``/``rest`` during a call are remembered (preBusy/preRest) and take effect when
  the call ends, instead of the agent becoming idle or entering wrap-up;
* a rest that reaches its time gets AgentState_Rest_Timeout, a reminder only: the agent
  keeps resting until it is made ready;
* transitions the gateway refuses are answered with 100-009, bad parameters with 000-002.

Events carry the shapes of the reference: AgentState_SetNotReady_Success has
``{"reason": "<cause>"}`` (the cause as a string), the other state events no content.
"""

from __future__ import annotations

import dataclasses
import math

from ..._state import BUSY_REASONS
from ...generated.models import AgentState, EventType, Retcode
from .._core import GatewayCore
from .._family import Family, checked_parameter, ok, operation
from .._model import AgentRecord, Rest
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["AgentStateFamily"]

_SET_FAILED = Retcode.SET_STATE_FAILED
_BAD_PARAMETER = Retcode.INVALID_PARAMETER
_CANCEL_EVENTS = {
    AgentState.BUSY: EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS,
    AgentState.REST: EventType.AGENT_STATE_CANCEL_REST_SUCCESS,
    AgentState.WRAP_UP: EventType.AGENT_STATE_CANCEL_WORK_SUCCESS,
}


class AgentStateFamily(Family):
    """sayfree, saybusy, cancelbusy, rest, cancelrest, work, cancelwork, autoanswer and
    autoenteridle; the rest timer; what the agent becomes when its calls end."""

    name = "state"

    def __init__(self, core: GatewayCore) -> None:
        super().__init__(core)
        self._rest_due = -math.inf  # no rest reminder is due before this (simulator clock)
        core.hooks.session_started.append(self._reset)
        core.hooks.engagement_ended.append(self._after_engagement)
        core.hooks.tick.append(self._remind_rests)

    # ------------------------------------------------------------------ hooks

    def _reset(self, agent: AgentRecord, now: float) -> None:
        """Forget the working state of an earlier session (at sign-in).

        A sign-in resting (``status`` 8, documentation issue 24) starts its rest right away,
        with the timer of an ordinary rest.
        """
        agent.busy_reason = 0
        agent.pending_busy = None
        agent.rest = None
        options = agent.session.options if agent.session is not None else None
        if options is not None and options.status == 8 and options.rest_seconds is not None:
            ends_at = now + options.rest_seconds
            agent.rest = Rest(options.rest_seconds, options.rest_cause or 0, ends_at)
            self._rest_due = min(self._rest_due, ends_at)

    def _after_engagement(self, agent: AgentRecord) -> None:
        """The last call ended: the rest or busy state asked for during it, else idle (or
        wrap-up when the session signed in with ``autoenteridle: false``)."""
        rest = agent.rest
        if rest is not None and not rest.started:
            self._start_rest(agent, rest)
            return
        if agent.pending_busy is not None:
            reason, agent.pending_busy = agent.pending_busy, None
            self._become_busy(agent, reason)
            return
        agent.rest = None  # a call put through to a resting agent ends its rest
        session = agent.session
        assert session is not None
        if session.options.autoenteridle:
            agent.base_state = AgentState.IDLE
            self.core.queue(agent, EventType.AGENT_STATE_READY, None)
        else:
            agent.base_state = AgentState.WRAP_UP
            self.core.queue(agent, EventType.AGENT_STATE_WORK, None)

    def _remind_rests(self, now: float) -> None:
        """AgentState_Rest_Timeout for each rest whose time is up (once; the agent keeps
        resting). Scans the agents only once the earliest reminder is due."""
        if now < self._rest_due:
            return
        due = math.inf
        for agent in self.core.agents.values():
            rest = agent.rest
            if agent.session is None or rest is None or rest.ends_at is None or rest.reminded:
                continue
            if now >= rest.ends_at:
                rest.reminded = True
                self.core.queue(agent, EventType.AGENT_STATE_REST_TIMEOUT, None)
            else:
                due = min(due, rest.ends_at)
        self._rest_due = due

    # ------------------------------------------------------------------ transitions

    def _become_busy(self, agent: AgentRecord, reason: int) -> None:
        agent.base_state = AgentState.BUSY
        agent.busy_reason = reason
        agent.rest = None
        content = {"reason": str(reason)}
        self.core.queue(agent, EventType.AGENT_STATE_SET_NOT_READY_SUCCESS, content)

    def _start_rest(self, agent: AgentRecord, rest: Rest) -> None:
        rest.ends_at = self.core.clock() + rest.seconds
        rest.reminded = False
        self._rest_due = min(self._rest_due, rest.ends_at)
        agent.rest = rest
        agent.pending_busy = None
        agent.base_state = AgentState.REST
        self.core.queue(agent, EventType.AGENT_STATE_SET_REST_SUCCESS, None)

    def _become_idle(self, agent: AgentRecord, event: EventType) -> None:
        agent.base_state = AgentState.IDLE
        agent.busy_reason = 0
        agent.rest = None
        self.core.queue(agent, event, None)

    def _cancel_pending(self, agent: AgentRecord, *, busy: bool) -> bool:
        """During a call: drop the busy (``busy``) or rest state asked for after it."""
        if busy and agent.pending_busy is not None:
            agent.pending_busy = None
            self.core.queue(agent, EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS, None)
            return True
        if not busy and agent.rest is not None and not agent.rest.started:
            agent.rest = None
            self.core.queue(agent, EventType.AGENT_STATE_CANCEL_REST_SUCCESS, None)
            return True
        return False

    def _done(self, agent: AgentRecord) -> SimResponse:
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    # ---------------------------------------------------------------------- handlers

    @operation("sayFree")
    def say_free(self, context: Context) -> SimResponse:
        """Ready: cancel whichever not-ready state the agent is in (idle stays idle)."""
        agent, _ = self.session(context)
        if agent.busy_with_call:
            if not (
                self._cancel_pending(agent, busy=True) or self._cancel_pending(agent, busy=False)
            ):
                raise Refusal(_SET_FAILED, "the agent is in a call")
            return self._done(agent)
        event = _CANCEL_EVENTS.get(agent.base_state)
        if event is not None:
            self._become_idle(agent, event)
        return self._done(agent)

    @operation("sayBusy")
    def say_busy(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        reason = _integer(context, "reason", context.request.query.get("reason")) or 0
        if reason and reason not in BUSY_REASONS:
            raise Refusal(_BAD_PARAMETER, "reason must be 0 or 200 to 250")
        if agent.busy_with_call:
            agent.pending_busy = reason
            if agent.rest is not None and not agent.rest.started:
                agent.rest = None  # the later request wins
            return self._done(agent)
        if agent.base_state is AgentState.BUSY and not _prolong(context):
            raise Refusal(
                _SET_FAILED, "the agent is already busy (prolong=true changes the reason)"
            )
        self._become_busy(agent, reason)
        return self._done(agent)

    @operation("cancelBusy")
    def cancel_busy(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        if agent.busy_with_call:
            if not self._cancel_pending(agent, busy=True):
                raise Refusal(_SET_FAILED, "the agent is not busy")
            return self._done(agent)
        if agent.base_state is not AgentState.BUSY:
            raise Refusal(_SET_FAILED, "the agent is not busy")
        self._become_idle(agent, EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS)
        return self._done(agent)

    @operation("requestRest")
    def request_rest(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        seconds = _integer(context, "time", context.params.get("time"))
        cause = _integer(context, "restcause", context.params.get("restcause"))
        if seconds is None or cause is None:
            raise Refusal(_BAD_PARAMETER, "time and restcause are required")
        rest = Rest(seconds, cause)
        if agent.busy_with_call:
            agent.rest = rest  # starts when the call ends
            agent.pending_busy = None
            return self._done(agent)
        if agent.base_state is AgentState.REST and not _prolong(context):
            raise Refusal(_SET_FAILED, "the agent is already resting (prolong=true rests again)")
        self._start_rest(agent, rest)
        return self._done(agent)

    @operation("cancelRest")
    def cancel_rest(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        if agent.busy_with_call:
            if not self._cancel_pending(agent, busy=False):
                raise Refusal(_SET_FAILED, "the agent is not resting")
            return self._done(agent)
        if agent.base_state is not AgentState.REST:
            raise Refusal(_SET_FAILED, "the agent is not resting")
        self._become_idle(agent, EventType.AGENT_STATE_CANCEL_REST_SUCCESS)
        return self._done(agent)

    @operation("enterWork")
    def enter_work(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        if agent.busy_with_call:
            raise Refusal(_SET_FAILED, "the agent is in a call")
        if agent.base_state not in (AgentState.IDLE, AgentState.BUSY):
            raise Refusal(
                _SET_FAILED, f"the agent cannot enter wrap-up from {agent.base_state.name}"
            )
        agent.base_state = AgentState.WRAP_UP
        agent.busy_reason = 0
        self.core.queue(agent, EventType.AGENT_STATE_SET_WORK_SUCCESS, None)
        return self._done(agent)

    @operation("cancelWork")
    def cancel_work(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        if agent.busy_with_call or agent.base_state is not AgentState.WRAP_UP:
            raise Refusal(_SET_FAILED, "the agent is not in wrap-up")
        self._become_idle(agent, EventType.AGENT_STATE_CANCEL_WORK_SUCCESS)
        return self._done(agent)

    @operation("setAutoAnswer")
    def set_auto_answer(self, context: Context) -> SimResponse:
        agent, session = self.session(context)
        enabled = _path_flag(context, "isautoanswer")
        session.options = dataclasses.replace(session.options, autoanswer=enabled)
        return self._done(agent)

    @operation("setAutoEnterIdle")
    def set_auto_enter_idle(self, context: Context) -> SimResponse:
        agent, session = self.session(context)
        enabled = _path_flag(context, "flag")
        session.options = dataclasses.replace(session.options, autoenteridle=enabled)
        return self._done(agent)


# ---------------------------------------------------------------------- request parsing


def _integer(context: Context, name: str, text: str | None) -> int | None:
    """A whole-number parameter checked against the spec's bounds (Refusal 000-002)."""
    if text is None or text == "":
        return None
    if not (text.isdecimal() and text.isascii()):
        raise Refusal(_BAD_PARAMETER, f"the parameter {name} is invalid")
    value: int = checked_parameter(context, name, int(text))
    return value


def _prolong(context: Context) -> bool:
    return context.request.query.get("prolong", "").lower() == "true"


def _path_flag(context: Context, name: str) -> bool:
    """A flag in the path, checked against the spec; true (any case) or not."""
    text = context.params.get(name, "")
    checked_parameter(context, name, text)
    return text.lower() == "true"
