"""The agent's working day: ready, busy, rest, wrap-up, and the after-call settings.

Builders (shared by sync and async) check the arguments against the spec's bounds and return
a :class:`PreparedCall`; the two mixins give ``Agent``/``AsyncAgent`` methods named like the
desktop's buttons. Every call here changes state, so none is retried once sent.

Busy and rest are granted by events (AgentState_SetNotReady_Success,
AgentState_SetRest_Success), not by the answer: during a call the gateway only remembers the
request and the state begins when the call ends. ``wait=True`` sends and waits for that
event, the way ``request_conference`` waits for its outcome.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import RequestValidationError
from ._events import Event
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_flag, check_parameter
from .generated import models
from .generated.types import UNSET

if TYPE_CHECKING:
    from .generated.models import EventType

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.onlineagent import (
        cancel_busy,
        cancel_rest,
        cancel_work,
        enter_work,
        request_rest,
        say_busy,
        say_free,
        set_auto_answer,
        set_auto_enter_idle,
    )
else:
    cancel_busy = generated_api("onlineagent.cancel_busy")
    cancel_rest = generated_api("onlineagent.cancel_rest")
    cancel_work = generated_api("onlineagent.cancel_work")
    enter_work = generated_api("onlineagent.enter_work")
    request_rest = generated_api("onlineagent.request_rest")
    say_busy = generated_api("onlineagent.say_busy")
    say_free = generated_api("onlineagent.say_free")
    set_auto_answer = generated_api("onlineagent.set_auto_answer")
    set_auto_enter_idle = generated_api("onlineagent.set_auto_enter_idle")

__all__ = ["AsyncWorkingState", "WorkingState"]

SAY_FREE = Operation.from_spec("sayFree", "DoneResponse")
SAY_BUSY = Operation.from_spec("sayBusy", "DoneResponse")
CANCEL_BUSY = Operation.from_spec("cancelBusy", "DoneResponse")
REQUEST_REST = Operation.from_spec("requestRest", "DoneResponse")
CANCEL_REST = Operation.from_spec("cancelRest", "DoneResponse")
ENTER_WORK = Operation.from_spec("enterWork", "DoneResponse")
CANCEL_WORK = Operation.from_spec("cancelWork", "DoneResponse")
SET_AUTO_ANSWER = Operation.from_spec("setAutoAnswer", "DoneResponse")
SET_AUTO_ENTER_IDLE = Operation.from_spec("setAutoEnterIdle", "DoneResponse")

#: Busy causes a client may give (the spec's 0-250 minus the platform's own 1-199).
BUSY_REASONS = range(200, 251)

_WAIT_TIMEOUT = 30.0


def _check(operation: Operation, name: str, value: Any, agent_id: str, keyword: str) -> None:
    """Check the wire parameter ``name``; errors name ``keyword``, the method's argument."""
    check_parameter(
        f"{operation.operation_id}.{name}",
        value,
        operation=operation.log_method,
        agent_id=agent_id,
        keyword=keyword,
    )


def _flag(operation: Operation, name: str, value: object, agent_id: str) -> str:
    """The ``enabled`` argument of the auto-answer / auto-idle settings, sent as text."""
    check_flag(name, value, operation=operation.log_method, agent_id=agent_id, argument="enabled")
    text = "true" if value else "false"
    _check(operation, name, text, agent_id, "enabled")
    return text


def _prolong(operation: Operation, prolong: bool | None, agent_id: str) -> bool | Any:
    if prolong is None:
        return UNSET
    _check(operation, "prolong", prolong, agent_id, "prolong")
    return prolong


# ---------------------------------------------------------------------- builders


def ready_call(agent_id: str) -> PreparedCall[None]:
    """sayFree: idle, whatever not-ready state (busy, rest, wrap-up) the agent is in."""
    return PreparedCall(SAY_FREE, agent_id, say_free._get_kwargs(agent_id), no_result)


def busy_call(
    agent_id: str, reason: int | None = None, prolong: bool | None = None
) -> PreparedCall[None]:
    """sayBusy with an optional busy cause (200-250)."""
    if reason is not None:
        _check(SAY_BUSY, "reason", reason, agent_id, "reason")
        if reason not in BUSY_REASONS:
            raise RequestValidationError(
                "reason",
                f"must be a busy cause from {BUSY_REASONS[0]} to {BUSY_REASONS[-1]}, got {reason!r}"
                " (leave it out for none)",
                operation=SAY_BUSY.log_method,
                agent_id=agent_id,
            )
    request = say_busy._get_kwargs(
        agent_id,
        reason=UNSET if reason is None else reason,
        prolong=_prolong(SAY_BUSY, prolong, agent_id),
    )
    return PreparedCall(SAY_BUSY, agent_id, request, no_result)


def cancel_busy_call(agent_id: str) -> PreparedCall[None]:
    """cancelBusy."""
    return PreparedCall(CANCEL_BUSY, agent_id, cancel_busy._get_kwargs(agent_id), no_result)


def rest_call(
    agent_id: str,
    seconds: int | datetime.timedelta,
    cause: int = 0,
    prolong: bool | None = None,
) -> PreparedCall[None]:
    """requestRest: ``seconds`` (1-86399, or a timedelta of whole seconds) with a cause."""
    if isinstance(seconds, datetime.timedelta):
        whole = seconds.total_seconds()
        if whole != int(whole):
            raise RequestValidationError(
                "time",
                f"must be a whole number of seconds, got {whole!r}",
                argument="seconds",
                operation=REQUEST_REST.log_method,
                agent_id=agent_id,
            )
        seconds = int(whole)
    _check(REQUEST_REST, "time", seconds, agent_id, "seconds")
    _check(REQUEST_REST, "restcause", cause, agent_id, "cause")
    request = request_rest._get_kwargs(
        agent_id, seconds, cause, prolong=_prolong(REQUEST_REST, prolong, agent_id)
    )
    return PreparedCall(REQUEST_REST, agent_id, request, no_result)


def cancel_rest_call(agent_id: str) -> PreparedCall[None]:
    """cancelRest."""
    return PreparedCall(CANCEL_REST, agent_id, cancel_rest._get_kwargs(agent_id), no_result)


def wrap_up_call(agent_id: str) -> PreparedCall[None]:
    """enterWork."""
    return PreparedCall(ENTER_WORK, agent_id, enter_work._get_kwargs(agent_id), no_result)


def end_wrap_up_call(agent_id: str) -> PreparedCall[None]:
    """cancelWork."""
    return PreparedCall(CANCEL_WORK, agent_id, cancel_work._get_kwargs(agent_id), no_result)


def auto_answer_call(agent_id: str, enabled: bool) -> PreparedCall[None]:
    """setAutoAnswer."""
    flag = _flag(SET_AUTO_ANSWER, "isautoanswer", enabled, agent_id)
    request = set_auto_answer._get_kwargs(agent_id, flag)
    return PreparedCall(SET_AUTO_ANSWER, agent_id, request, no_result)


def auto_enter_idle_call(agent_id: str, enabled: bool) -> PreparedCall[None]:
    """setAutoEnterIdle."""
    flag = _flag(SET_AUTO_ENTER_IDLE, "flag", enabled, agent_id)
    request = set_auto_enter_idle._get_kwargs(agent_id, flag)
    return PreparedCall(SET_AUTO_ENTER_IDLE, agent_id, request, no_result)


def _is(event_type: EventType) -> Callable[[Event], Event | None]:
    """An outcome reader: the event once one of ``event_type`` arrives."""

    def outcome(event: Event) -> Event | None:
        return event if event.type is event_type else None

    return outcome


_BUSY_SET = _is(models.EventType.AGENT_STATE_SET_NOT_READY_SUCCESS)
_REST_GRANTED = _is(models.EventType.AGENT_STATE_SET_REST_SUCCESS)


# ---------------------------------------------------------------------- sync


class WorkingState(SyncFamily):
    """The agent's state buttons: ``ready``, ``busy``, ``rest``, ``wrap_up`` and their ends."""

    def ready(self) -> None:
        """sayFree: make the agent idle (ending busy, rest or wrap-up). Never retried."""
        self._run(ready_call(self._agent_id))

    def busy(
        self,
        reason: int | None = None,
        *,
        prolong: bool | None = None,
        wait: bool = False,
        wait_timeout: float = _WAIT_TIMEOUT,
    ) -> None:
        """sayBusy: stop being offered calls, with an optional busy cause (200-250).

        An agent that is already busy changes its cause only with ``prolong=True``. In a
        call the agent becomes busy when the call ends. ``wait=True`` returns only once
        AgentState_SetNotReady_Success arrived (``OutcomeTimeoutError`` after
        ``wait_timeout`` seconds). Never retried.
        """
        call = busy_call(self._agent_id, reason, prolong)
        if not wait:
            self._run(call)
            return
        self._run_and_await(call, _BUSY_SET, timeout=wait_timeout, awaiting="busy state")

    def cancel_busy(self) -> None:
        """cancelBusy: end the busy state.

        When the agent is not busy the gateway refuses with an ``AgentSessionError`` whose
        ``retcode`` is ``100-009`` (as for every state change it does not allow).
        """
        self._run(cancel_busy_call(self._agent_id))

    def rest(
        self,
        seconds: int | datetime.timedelta,
        cause: int = 0,
        *,
        prolong: bool | None = None,
        wait: bool = False,
        wait_timeout: float = _WAIT_TIMEOUT,
    ) -> None:
        """rest: take a break of ``seconds`` (1-86399) with a rest cause (0-255, 0 = none).

        When the time is up AgentState_Rest_Timeout reminds the agent, which keeps resting
        until :meth:`cancel_rest` or :meth:`ready`. A resting agent rests again only with
        ``prolong=True``. In a call the rest starts when the call ends. ``wait=True`` returns
        once AgentState_SetRest_Success arrived. Never retried.
        """
        call = rest_call(self._agent_id, seconds, cause, prolong)
        if not wait:
            self._run(call)
            return
        self._run_and_await(call, _REST_GRANTED, timeout=wait_timeout, awaiting="rest")

    def cancel_rest(self) -> None:
        """cancelRest: end the rest (also one whose time is up)."""
        self._run(cancel_rest_call(self._agent_id))

    def wrap_up(self) -> None:
        """work: enter wrap-up (after-call work); no calls are offered meanwhile."""
        self._run(wrap_up_call(self._agent_id))

    def end_wrap_up(self) -> None:
        """cancelWork: leave wrap-up, idle again."""
        self._run(end_wrap_up_call(self._agent_id))

    def set_auto_answer(self, enabled: bool) -> None:
        """autoanswer: answer offered calls at once (True) or let them ring (False)."""
        self._run(auto_answer_call(self._agent_id, enabled))

    def set_auto_enter_idle(self, enabled: bool) -> None:
        """autoenteridle: after a call become idle (True) or enter wrap-up (False)."""
        self._run(auto_enter_idle_call(self._agent_id, enabled))


# ---------------------------------------------------------------------- async


class AsyncWorkingState(AsyncFamily):
    """The async twin of :class:`WorkingState`."""

    async def ready(self) -> None:
        """See :meth:`WorkingState.ready`."""
        await self._run(ready_call(self._agent_id))

    async def busy(
        self,
        reason: int | None = None,
        *,
        prolong: bool | None = None,
        wait: bool = False,
        wait_timeout: float = _WAIT_TIMEOUT,
    ) -> None:
        """See :meth:`WorkingState.busy`."""
        call = busy_call(self._agent_id, reason, prolong)
        if not wait:
            await self._run(call)
            return
        await self._run_and_await(call, _BUSY_SET, timeout=wait_timeout, awaiting="busy state")

    async def cancel_busy(self) -> None:
        """See :meth:`WorkingState.cancel_busy`."""
        await self._run(cancel_busy_call(self._agent_id))

    async def rest(
        self,
        seconds: int | datetime.timedelta,
        cause: int = 0,
        *,
        prolong: bool | None = None,
        wait: bool = False,
        wait_timeout: float = _WAIT_TIMEOUT,
    ) -> None:
        """See :meth:`WorkingState.rest`."""
        call = rest_call(self._agent_id, seconds, cause, prolong)
        if not wait:
            await self._run(call)
            return
        await self._run_and_await(call, _REST_GRANTED, timeout=wait_timeout, awaiting="rest")

    async def cancel_rest(self) -> None:
        """See :meth:`WorkingState.cancel_rest`."""
        await self._run(cancel_rest_call(self._agent_id))

    async def wrap_up(self) -> None:
        """See :meth:`WorkingState.wrap_up`."""
        await self._run(wrap_up_call(self._agent_id))

    async def end_wrap_up(self) -> None:
        """See :meth:`WorkingState.end_wrap_up`."""
        await self._run(end_wrap_up_call(self._agent_id))

    async def set_auto_answer(self, enabled: bool) -> None:
        """See :meth:`WorkingState.set_auto_answer`."""
        await self._run(auto_answer_call(self._agent_id, enabled))

    async def set_auto_enter_idle(self, enabled: bool) -> None:
        """See :meth:`WorkingState.set_auto_enter_idle`."""
        await self._run(auto_enter_idle_call(self._agent_id, enabled))
