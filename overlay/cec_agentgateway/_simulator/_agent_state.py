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
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._errors import RequestValidationError
from .._state import BUSY_REASONS
from .._validation import check_parameter
from ..generated.models import AgentState, EventType, Retcode
from ._model import AgentRecord, Rest
from ._operations import Context, Handler, _ok, _session
from ._wire import Refusal, SimResponse, json_response

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["STATE_HANDLERS", "after_engagement", "not_offerable", "remind_rests", "reset"]

_SET_FAILED = Retcode.SET_STATE_FAILED
_BAD_PARAMETER = Retcode.INVALID_PARAMETER


# ---------------------------------------------------------------------- hooks of the call flow


def reset(agent: AgentRecord, now: float) -> None:
    """Forget the working state of an earlier session (at sign-in).

    A sign-in resting (``status`` 8, documentation issue 24) starts its rest right away, with
    the timer of an ordinary rest.
    """
    agent.busy_reason = 0
    agent.pending_busy = None
    agent.rest = None
    options = agent.session.options if agent.session is not None else None
    if options is not None and options.status == 8 and options.rest_seconds is not None:
        agent.rest = Rest(options.rest_seconds, options.rest_cause or 0, now + options.rest_seconds)


def after_engagement(simulator: GatewaySimulator, agent: AgentRecord) -> bool:
    """The call ended: enter the rest or busy state asked for during it.

    Returns False when none was asked for (the agent then becomes idle or enters wrap-up).
    """
    rest = agent.rest
    if rest is not None and not rest.started:
        _start_rest(simulator, agent, rest)
        return True
    if agent.pending_busy is not None:
        reason, agent.pending_busy = agent.pending_busy, None
        _become_busy(simulator, agent, reason)
        return True
    agent.rest = None  # a call put through to a resting agent ends its rest
    return False


def not_offerable(agent: AgentRecord) -> str | None:
    """Why a queue would not offer this agent a call (``"busy (cause 201)"``), None when idle.

    A gateway's skill queue offers calls only to idle agents; ``offer_call`` refuses the
    others unless forced (a direct call).
    """
    if agent.busy_with_call:
        return "in a call"
    if agent.base_state == AgentState.BUSY:
        return f"busy (cause {agent.busy_reason})" if agent.busy_reason else "busy"
    if agent.base_state == AgentState.REST:
        return "resting"
    if agent.base_state == AgentState.WRAP_UP:
        return "in wrap-up"
    return None


def remind_rests(simulator: GatewaySimulator, now: float) -> None:
    """AgentState_Rest_Timeout for each rest whose time is up (once; the agent keeps resting)."""
    for agent in simulator._agents.values():
        rest = agent.rest
        if agent.session is None or rest is None or rest.ends_at is None or rest.reminded:
            continue
        if now >= rest.ends_at:
            rest.reminded = True
            simulator._queue(agent, EventType.AGENT_STATE_REST_TIMEOUT, None)


# ---------------------------------------------------------------------- transitions


def _become_busy(simulator: GatewaySimulator, agent: AgentRecord, reason: int) -> None:
    agent.base_state = AgentState.BUSY
    agent.busy_reason = reason
    agent.rest = None
    content = {"reason": str(reason)}
    simulator._queue(agent, EventType.AGENT_STATE_SET_NOT_READY_SUCCESS, content)


def _start_rest(simulator: GatewaySimulator, agent: AgentRecord, rest: Rest) -> None:
    rest.ends_at = simulator._clock() + rest.seconds
    rest.reminded = False
    simulator._rest_started(rest.ends_at)
    agent.rest = rest
    agent.pending_busy = None
    agent.base_state = AgentState.REST
    simulator._queue(agent, EventType.AGENT_STATE_SET_REST_SUCCESS, None)


def _become_idle(simulator: GatewaySimulator, agent: AgentRecord, event: EventType) -> None:
    agent.base_state = AgentState.IDLE
    agent.busy_reason = 0
    agent.rest = None
    simulator._queue(agent, event, None)


_CANCEL_EVENTS = {
    AgentState.BUSY: EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS,
    AgentState.REST: EventType.AGENT_STATE_CANCEL_REST_SUCCESS,
    AgentState.WRAP_UP: EventType.AGENT_STATE_CANCEL_WORK_SUCCESS,
}


def _cancel_pending(simulator: GatewaySimulator, agent: AgentRecord, *, busy: bool) -> bool:
    """During a call: drop the busy (``busy``) or rest state asked for after it."""
    if busy and agent.pending_busy is not None:
        agent.pending_busy = None
        simulator._queue(agent, EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS, None)
        return True
    if not busy and agent.rest is not None and not agent.rest.started:
        agent.rest = None
        simulator._queue(agent, EventType.AGENT_STATE_CANCEL_REST_SUCCESS, None)
        return True
    return False


# ---------------------------------------------------------------------- request parsing


def _integer(context: Context, name: str, text: str | None) -> int | None:
    """A whole-number parameter checked against the spec's bounds (Refusal 000-002)."""
    if text is None or text == "":
        return None
    if not text.isdigit():
        raise Refusal(_BAD_PARAMETER, f"{name} must be a whole number")
    value = int(text)
    try:
        check_parameter(
            f"{context.operation}.{name}",
            value,
            operation=context.operation,
            agent_id=context.agent_id,
        )
    except RequestValidationError as error:
        raise Refusal(_BAD_PARAMETER, error.message) from None
    return value


def _prolong(context: Context) -> bool:
    return context.request.query.get("prolong", "").lower() == "true"


def _done(simulator: GatewaySimulator, agent: AgentRecord) -> SimResponse:
    simulator._refresh_state(agent)
    return json_response(_ok({}, "success"))


# ---------------------------------------------------------------------- handlers


def say_free(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """Ready: cancel whichever not-ready state the agent is in (idle stays idle)."""
    agent, _ = _session(simulator, context)
    if agent.busy_with_call:
        if not (
            _cancel_pending(simulator, agent, busy=True)
            or _cancel_pending(simulator, agent, busy=False)
        ):
            raise Refusal(_SET_FAILED, "the agent is in a call")
        return _done(simulator, agent)
    event = _CANCEL_EVENTS.get(agent.base_state)
    if event is not None:
        _become_idle(simulator, agent, event)
    return _done(simulator, agent)


def say_busy(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    reason = _integer(context, "reason", context.request.query.get("reason")) or 0
    if reason and reason not in BUSY_REASONS:
        raise Refusal(_BAD_PARAMETER, "reason must be 0 or 200 to 250")
    if agent.busy_with_call:
        agent.pending_busy = reason
        if agent.rest is not None and not agent.rest.started:
            agent.rest = None  # the later request wins
        return _done(simulator, agent)
    if agent.base_state is AgentState.BUSY and not _prolong(context):
        raise Refusal(_SET_FAILED, "the agent is already busy (prolong=true changes the reason)")
    _become_busy(simulator, agent, reason)
    return _done(simulator, agent)


def cancel_busy(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    if agent.busy_with_call:
        if not _cancel_pending(simulator, agent, busy=True):
            raise Refusal(_SET_FAILED, "the agent is not busy")
        return _done(simulator, agent)
    if agent.base_state is not AgentState.BUSY:
        raise Refusal(_SET_FAILED, "the agent is not busy")
    _become_idle(simulator, agent, EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS)
    return _done(simulator, agent)


def request_rest(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    seconds = _integer(context, "time", context.params.get("time"))
    cause = _integer(context, "restcause", context.params.get("restcause"))
    if seconds is None or cause is None:
        raise Refusal(_BAD_PARAMETER, "time and restcause are required")
    rest = Rest(seconds, cause)
    if agent.busy_with_call:
        agent.rest = rest  # starts when the call ends
        agent.pending_busy = None
        return _done(simulator, agent)
    if agent.base_state is AgentState.REST and not _prolong(context):
        raise Refusal(_SET_FAILED, "the agent is already resting (prolong=true rests again)")
    _start_rest(simulator, agent, rest)
    return _done(simulator, agent)


def cancel_rest(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    if agent.busy_with_call:
        if not _cancel_pending(simulator, agent, busy=False):
            raise Refusal(_SET_FAILED, "the agent is not resting")
        return _done(simulator, agent)
    if agent.base_state is not AgentState.REST:
        raise Refusal(_SET_FAILED, "the agent is not resting")
    _become_idle(simulator, agent, EventType.AGENT_STATE_CANCEL_REST_SUCCESS)
    return _done(simulator, agent)


def enter_work(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    if agent.busy_with_call:
        raise Refusal(_SET_FAILED, "the agent is in a call")
    if agent.base_state not in (AgentState.IDLE, AgentState.BUSY):
        raise Refusal(_SET_FAILED, f"the agent cannot enter wrap-up from {agent.base_state.name}")
    agent.base_state = AgentState.WRAP_UP
    agent.busy_reason = 0
    simulator._queue(agent, EventType.AGENT_STATE_SET_WORK_SUCCESS, None)
    return _done(simulator, agent)


def cancel_work(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    if agent.busy_with_call or agent.base_state is not AgentState.WRAP_UP:
        raise Refusal(_SET_FAILED, "the agent is not in wrap-up")
    _become_idle(simulator, agent, EventType.AGENT_STATE_CANCEL_WORK_SUCCESS)
    return _done(simulator, agent)


def _path_flag(context: Context, name: str) -> bool:
    """A flag in the path, checked against the spec; true (any case) or not."""
    text = context.params.get(name, "")
    try:
        check_parameter(
            f"{context.operation}.{name}",
            text,
            operation=context.operation,
            agent_id=context.agent_id,
        )
    except RequestValidationError as error:
        raise Refusal(_BAD_PARAMETER, error.message) from None
    return text.lower() == "true"


def set_auto_answer(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, session = _session(simulator, context)
    enabled = _path_flag(context, "isautoanswer")
    session.options = dataclasses.replace(session.options, autoanswer=enabled)
    return _done(simulator, agent)


def set_auto_enter_idle(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, session = _session(simulator, context)
    enabled = _path_flag(context, "flag")
    session.options = dataclasses.replace(session.options, autoenteridle=enabled)
    return _done(simulator, agent)


STATE_HANDLERS: Mapping[str, Handler] = {
    "sayFree": say_free,
    "sayBusy": say_busy,
    "cancelBusy": cancel_busy,
    "requestRest": request_rest,
    "cancelRest": cancel_rest,
    "enterWork": enter_work,
    "cancelWork": cancel_work,
    "setAutoAnswer": set_auto_answer,
    "setAutoEnterIdle": set_auto_enter_idle,
}
