"""What every operation family (state, calls, queues, ...) builds on.

An agent handle is composed of small mixins, one per operation family, each in its own module
(``_state.py``, ``_calls.py``, ...). A family module holds

* the *builders*: plain functions that check arguments and return a
  :class:`~cec_agentgateway._operations.PreparedCall` (shared by sync and async), and
* two thin mixins, one sync (based on :class:`SyncFamily`) and one async (based on
  :class:`AsyncFamily`), whose methods only build a call and run it.

``Agent`` and ``AsyncAgent`` inherit the mixins, so users write ``agent.ready()`` while each
family stays readable on its own. Operations whose outcome arrives as an event (a conference
set up, a call connected) send and wait with :meth:`SyncFamily._run_and_await`, which listens
before it sends, so no event is missed, and leaves every event visible to other streams.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import OutcomeTimeoutError, SessionEndedError
from ._events import Event

if TYPE_CHECKING:
    from ._events import AsyncEventPump, EventPump
    from ._operations import PreparedCall
    from ._runner import CallOptions

__all__ = ["AsyncFamily", "Outcome", "SyncFamily"]

T = TypeVar("T")
R = TypeVar("R")

#: Reads an event: the outcome (returned), an error (raised), or None to keep waiting.
Outcome = Callable[[Event], R | None]


class SyncFamily:
    """Base of the sync family mixins: what their methods need from :class:`Agent`."""

    _agent_id: str

    def _run(self, call: PreparedCall[T], options: CallOptions | None = None) -> T:
        raise NotImplementedError  # provided by Agent

    def _pump(self) -> EventPump:
        raise NotImplementedError  # provided by Agent

    def _run_and_await(
        self, call: PreparedCall[Any], outcome: Outcome[R], *, timeout: float, awaiting: str
    ) -> R:
        """Send ``call``, then read events until ``outcome`` gives a result (or raises).

        Raises ``OutcomeTimeoutError`` after ``timeout`` seconds and ``SessionEndedError`` when
        the agent's event stream ends first. ``awaiting`` names what is awaited, for messages.
        """
        with self._pump().subscribe() as stream:  # listening before asking: no event missed
            self._run(call)
            deadline = time.monotonic() + timeout
            while True:
                try:
                    event = stream.get(max(0.0, deadline - time.monotonic()))
                except TimeoutError:
                    raise _timed_out(call, awaiting, timeout) from None
                except StopIteration:
                    raise _ended(call, awaiting) from None
                result = outcome(event)
                if result is not None:
                    return result


class AsyncFamily:
    """Base of the async family mixins: what their methods need from :class:`AsyncAgent`."""

    _agent_id: str

    async def _run(self, call: PreparedCall[T], options: CallOptions | None = None) -> T:
        raise NotImplementedError  # provided by AsyncAgent

    def _pump(self) -> AsyncEventPump:
        raise NotImplementedError  # provided by AsyncAgent

    async def _run_and_await(
        self, call: PreparedCall[Any], outcome: Outcome[R], *, timeout: float, awaiting: str
    ) -> R:
        """See :meth:`SyncFamily._run_and_await`."""
        async with self._pump().subscribe() as stream:
            await self._run(call)
            deadline = time.monotonic() + timeout
            while True:
                try:
                    event = await stream.get(max(0.0, deadline - time.monotonic()))
                except TimeoutError:
                    raise _timed_out(call, awaiting, timeout) from None
                except StopAsyncIteration:
                    raise _ended(call, awaiting) from None
                result = outcome(event)
                if result is not None:
                    return result


def _timed_out(call: PreparedCall[Any], awaiting: str, timeout: float) -> OutcomeTimeoutError:
    return OutcomeTimeoutError(
        f"no {awaiting} within {timeout:g}s",
        operation=call.operation.log_method,
        agent_id=call.agent_id,
    )


def _ended(call: PreparedCall[Any], awaiting: str) -> SessionEndedError:
    return SessionEndedError(
        f"the agent was signed out before the {awaiting} arrived",
        operation=call.operation.log_method,
        agent_id=call.agent_id,
    )
