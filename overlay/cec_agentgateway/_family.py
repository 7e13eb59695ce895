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

import functools
import inspect
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import OutcomeTimeoutError, SessionEndedError
from ._events import Event
from ._validation import check_flag, check_seconds

if TYPE_CHECKING:
    from ._events import AsyncEventPump, EventPump
    from ._operations import PreparedCall
    from ._runner import CallOptions

__all__ = ["AsyncFamily", "Outcome", "SyncFamily"]

T = TypeVar("T")
R = TypeVar("R")

#: Reads an event: the outcome (returned), an error (raised), or None to keep waiting.
Outcome = Callable[[Event], R | None]


# ------------------------------------------------------------------ the overlay's own options
#: Flags the overlay adds, which choose what the client does and never become a wire field
#: (those are checked with the spec's bounds, under their wire name, by the builders).
_OWN_FLAGS = frozenset({"wait", "as_bytes", "listen", "check", "force", "platform_only"})


def _own_options(method: Callable[..., Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keyword-only options the overlay adds to ``method``: flags annotated exactly
    ``bool`` (``wait``, ``legacy_put``, ``as_bytes``...) and ``*timeout`` seconds."""
    flags, seconds = [], []
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        name = parameter.name
        if parameter.annotation in ("bool", bool) and (
            name in _OWN_FLAGS or name.startswith("legacy_")
        ):
            flags.append(name)
        elif parameter.name.endswith("timeout") and parameter.annotation in ("float", float):
            seconds.append(parameter.name)
    return tuple(flags), tuple(seconds)


def _check_options(
    agent_id: str, kwargs: dict[str, Any], flags: tuple[str, ...], seconds: tuple[str, ...]
) -> None:
    for name in flags:
        if name in kwargs:
            check_flag(name, kwargs[name], agent_id=agent_id)
    for name in seconds:
        if name in kwargs:
            check_seconds(name, kwargs[name], agent_id=agent_id)


def _with_checked_options(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method``, checking its own options (see :func:`_own_options`) before it runs, so
    that ``wait="no"`` or ``wait_timeout=nan`` never lets a request out first."""
    flags, seconds = _own_options(method)
    if not flags and not seconds:
        return method
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def checked_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            if kwargs:
                _check_options(self._agent_id, kwargs, flags, seconds)
            return await method(self, *args, **kwargs)

        return checked_async

    @functools.wraps(method)
    def checked(self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            _check_options(self._agent_id, kwargs, flags, seconds)
        return method(self, *args, **kwargs)

    return checked


def _check_own_options_of(cls: type) -> None:
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, _with_checked_options(member))


class SyncFamily:
    """Base of the sync family mixins: what their methods need from :class:`Agent`.

    Every public method of a subclass checks the options the overlay adds (exact ``bool``
    flags, finite non-negative ``*timeout`` seconds) before it runs.
    """

    _agent_id: str

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_own_options_of(cls)

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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_own_options_of(cls)

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
