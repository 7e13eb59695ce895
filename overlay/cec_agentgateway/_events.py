"""Agent events: the pumps that poll for them and fan them out (the event record and its
decoding are in ``_event_record``).

One pump per agent session long-polls ``GET /agentevent/{agentid}``. Polling doubles as the
session's heartbeat (no poll for 2 minutes and the gateway signs the agent out), so the pump
runs on its own thread (or asyncio task) and never waits for slow consumers: each consumer
reads from its own :class:`EventStream` buffer. Events polled while nobody listens are kept
in a backlog for the next consumer, so starting to listen late loses nothing.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ._errors import (
    AgentGatewayError,
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    DisasterRecoveryError,
    EventOverflowError,
    PlatformError,
    RepeatedRequestError,
    ResponseDecodeError,
    RetcodeError,
)
from ._event_record import Event, decode_event
from ._lazy import LazyModule
from .generated.models import EventType

if TYPE_CHECKING:
    import asyncio

    from .generated.models import AgentEvent
else:
    asyncio = LazyModule("asyncio")  # imported on first use (see _lazy)

# Event and decode_event are re-exported: the pumps hand on Events, and callers that import
# them from here keep working.
__all__ = [
    "AsyncEventPump",
    "AsyncEventStream",
    "ConnectionCallback",
    "Event",
    "EventPump",
    "EventStream",
    "PumpSettings",
    "decode_event",
]

logger = logging.getLogger("cec_agentgateway")


# ---------------------------------------------------------------------------- streams
_END = object()


class _Buffer:
    """A consumer's queue: bounded, with an end marker (or the error that ended it).

    When the consumer falls ``limit`` events behind, later events are dropped for it; the
    events already buffered can still be read, then every read raises EventOverflowError.
    """

    # Slots, and the queue made with the first event: thousands of idle sessions each hold
    # one buffer, and an empty deque is some 600 bytes (issue 26).
    __slots__ = ("ended", "items", "limit", "overflowed")

    def __init__(self, limit: int) -> None:
        self.items: deque[Event] | None = None
        self.limit = limit
        self.overflowed = False
        self.ended: object | None = None  # _END or an exception

    def push(self, event: Event) -> None:
        if self.items is None:
            self.items = deque()
        if len(self.items) >= self.limit:
            self.overflowed = True
            return
        self.items.append(event)

    def take(self) -> Event:
        """The next event; raises StopIteration at the end, or the error that ended it."""
        if self.items:
            return self.items.popleft()
        if self.overflowed:
            raise EventOverflowError(
                f"the consumer fell {self.limit} events behind; later events were dropped"
            )
        if isinstance(self.ended, BaseException):
            raise self.ended
        raise StopIteration

    @property
    def ready(self) -> bool:
        return bool(self.items) or self.overflowed or self.ended is not None


class EventStream:
    """A consumer of an agent's events (sync). Iterate it; close it (or leave the loop) to stop.

    Iteration ends after the agent's ``AgentOther_ShutdownService`` event, or when the
    session is closed; it raises the error that ended the session otherwise (e.g.
    ``NotAuthorizedError`` when the Guid stopped working).
    """

    def __init__(self, pump: EventPump, limit: int) -> None:
        self._pump = pump
        self._buffer = _Buffer(limit)
        self._ready = threading.Condition(pump._lock)
        self._closed = False

    def _deliver(self, event: Event) -> None:  # called with the pump's lock held
        self._buffer.push(event)
        self._ready.notify_all()

    def _end(self, reason: object) -> None:  # called with the pump's lock held
        self._buffer.ended = reason
        self._ready.notify_all()

    def get(self, timeout: float | None = None) -> Event:
        """The next event, waiting at most ``timeout`` seconds (TimeoutError after that)."""
        with self._ready:
            items = self._buffer.items
            if items:  # one waiting already: no predicate, no wait
                return items.popleft()
            if not self._ready.wait_for(lambda: self._buffer.ready, timeout):
                raise TimeoutError("no event arrived in time")
            return self._buffer.take()

    def __iter__(self) -> Iterator[Event]:
        return self

    def __next__(self) -> Event:
        return self.get()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._pump._unsubscribe(self)

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncEventStream:
    """The asynchronous twin of :class:`EventStream`: ``async for event in stream``."""

    def __init__(self, pump: AsyncEventPump, limit: int) -> None:
        self._pump = pump
        self._buffer = _Buffer(limit)
        self._ready: asyncio.Event | None = None  # made when a reader first has to wait
        self._closed = False

    def _deliver(self, event: Event) -> None:
        self._buffer.push(event)
        if self._ready is not None:
            self._ready.set()

    def _end(self, reason: object) -> None:
        self._buffer.ended = reason
        if self._ready is not None:
            self._ready.set()

    async def get(self, timeout: float | None = None) -> Event:
        """The next event, waiting at most ``timeout`` seconds (TimeoutError after that)."""
        items = self._buffer.items
        if items:  # one waiting already: no wait
            return items.popleft()
        while not self._buffer.ready:
            if self._ready is None:
                self._ready = asyncio.Event()
            self._ready.clear()
            try:
                # asyncio.timeout, not wait_for: no task made for each wait
                async with asyncio.timeout(timeout):
                    await self._ready.wait()
            except TimeoutError:
                raise TimeoutError("no event arrived in time") from None
        try:
            return self._buffer.take()
        except StopIteration:
            raise StopAsyncIteration from None

    def __aiter__(self) -> AsyncIterator[Event]:
        return self

    async def __anext__(self) -> Event:
        return await self.get()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._pump._unsubscribe(self)

    async def aclose(self) -> None:
        self.close()

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()


# ---------------------------------------------------------------------------- pumps
class _Consumer(Protocol):
    def _deliver(self, event: Event) -> None: ...
    def _end(self, reason: object) -> None: ...


#: ``on_connection_change(agent_id, status, error)``: status is "lost", "connected" or "failed".
ConnectionCallback = Callable[[str, str, BaseException | None], None]


@dataclass(frozen=True, slots=True)
class PumpSettings:
    """How the pump polls: pause between polls, error backoff bounds, backlog size.

    ``connection_lost_after``: how long (seconds) polls may keep failing with network or
    transient gateway errors before the pump gives up and ends every stream with an
    ``APIConnectionError`` (the last failure chained). The gateway signs out an agent that
    has not polled for 120 s, so waiting longer cannot save the session.
    ``on_connection_change(agent_id, status, error)`` is told when polling starts failing
    ("lost", with the error), works again ("connected", None) and gives up ("failed").
    """

    interval: float = 0.2
    initial_backoff: float = 0.5
    max_backoff: float = 10.0  # far below the gateway's 2-minute idle sign-out
    backlog: int = 10_000
    connection_lost_after: float = 120.0
    on_connection_change: ConnectionCallback | None = None


#: What :attr:`EventPump.connection` says.
CONNECTED, LOST, FAILED = "connected", "lost", "failed"


class _PumpCore:
    """The decisions shared by the sync and async pumps. All methods run under ``_lock``.

    Consumers are held by weak reference: a stream its owner dropped (say, by leaving a
    ``for`` loop) stops receiving, and the pump stops polling once nobody listens.
    """

    def __init__(self, agent_id: str, settings: PumpSettings) -> None:
        self.agent_id = agent_id
        self.settings = settings
        self._lock = threading.RLock()
        self._consumer_refs: list[weakref.ref[_Consumer]] = []
        # made with the first event nobody listens for (an empty deque is ~600 bytes a session)
        self._backlog: deque[Event] | None = None
        self._keep_alive = False
        self._ended: object | None = None
        self._failures = 0
        self._failing_since: float | None = None
        self._connection = CONNECTED
        self._connection_listeners: list[ConnectionCallback] = []

    def add_connection_listener(self, listener: ConnectionCallback) -> None:
        """Also tell ``listener`` each connection status change (as ``on_connection_change``);
        e.g. a live model that rebuilds itself once polling works again."""
        with self._lock:
            self._connection_listeners.append(listener)

    def remove_connection_listener(self, listener: ConnectionCallback) -> None:
        with self._lock:
            if listener in self._connection_listeners:
                self._connection_listeners.remove(listener)

    @property
    def ended(self) -> bool:
        return self._ended is not None

    @property
    def connection(self) -> str:
        """``"connected"``; ``"lost"`` while polls fail (and are retried); ``"failed"`` once
        polling gave up (the streams then ended with the error)."""
        return self._connection

    def _tell(self, status: str, error: BaseException | None) -> None:
        """Record a connection status change and tell the application's callback."""
        self._connection = status
        callback = self.settings.on_connection_change
        for listener in [*([] if callback is None else [callback]), *self._connection_listeners]:
            try:
                listener(self.agent_id, status, error)
            except Exception:  # the application's bug must not stop polling
                logger.exception("agent %s: on_connection_change failed", self.agent_id)

    @property
    def _consumers(self) -> list[_Consumer]:
        live = [c for c in (ref() for ref in self._consumer_refs) if c is not None]
        if len(live) != len(self._consumer_refs):
            self._consumer_refs = [weakref.ref(c) for c in live]
        return live

    def _wanted(self) -> bool:
        return self._ended is None and (self._keep_alive or bool(self._consumers))

    def _add(self, consumer: _Consumer) -> None:
        if self._ended is not None:
            consumer._end(self._ended)
            return
        if not self._consumers and self._backlog:
            while self._backlog:
                consumer._deliver(self._backlog.popleft())
        self._consumer_refs.append(weakref.ref(consumer))

    def _remove(self, consumer: _Consumer) -> None:
        self._consumer_refs = [r for r in self._consumer_refs if r() not in (None, consumer)]

    def _dispatch(self, event: Event) -> None:
        consumers = self._consumers
        if not consumers:
            if self._backlog is None:
                self._backlog = deque(maxlen=self.settings.backlog)
            if len(self._backlog) == self._backlog.maxlen:
                logger.warning("agent %s: event backlog full, dropping the oldest", self.agent_id)
            self._backlog.append(event)
        for consumer in consumers:
            consumer._deliver(event)
        if event.type is EventType.AGENT_OTHER_SHUTDOWN_SERVICE:
            self._finish(_END)

    def _failed(self, error: BaseException) -> float:
        """A poll failed in a way worth retrying: back off, or give up after the window."""
        now = time.monotonic()
        if self._failing_since is None:
            self._failing_since = now
            self._tell(LOST, error)
        failing = now - self._failing_since
        window = self.settings.connection_lost_after
        if failing >= window:
            self._give_up(error, failing)
            return 0.0
        self._failures += 1
        delay: float = min(
            self.settings.initial_backoff * 2 ** (self._failures - 1),
            self.settings.max_backoff,
            max(window - failing, 0.0),
        )
        logger.warning(
            "agent %s: event poll failed (%s); retrying in %.1fs (giving up after %.0fs)",
            self.agent_id,
            error,
            delay,
            window,
        )
        return delay

    def _give_up(self, error: BaseException, failing: float) -> None:
        lost = APIConnectionError(
            f"event polling failed for {failing:.0f}s"
            f" (limit {self.settings.connection_lost_after:g}s);"
            " the gateway signs out an agent that does not poll for 120 s, so the session is"
            f" probably gone (last failure: {type(error).__name__}: {error})",
            operation="getAgentEvent",
            agent_id=self.agent_id,
        )
        lost.__cause__ = error
        logger.error("agent %s: %s", self.agent_id, lost.message)
        self._finish(lost)
        self._tell(FAILED, lost)

    def _died(self, error: BaseException) -> None:
        """The polling thread or task is ending with an exception: end every stream with it."""
        if isinstance(error, AgentGatewayError):
            reason: AgentGatewayError = error
        else:
            reason = AgentGatewayError(
                f"event polling stopped: unexpected {type(error).__name__}",
                operation="getAgentEvent",
                agent_id=self.agent_id,
            )
            reason.__cause__ = error
        if self._ended is None:
            logger.error("agent %s: %s", self.agent_id, reason, exc_info=error)
        self._finish(reason)

    def _finish(self, reason: object) -> None:
        if self._ended is None:
            self._ended = reason
            for consumer in self._consumers:
                consumer._end(reason)
            self._consumer_refs.clear()

    def _after(self, outcome: Event | AgentEvent | BaseException | None) -> float:
        """Handle one poll's outcome (an event already decoded by :func:`_decoded`, or not);
        return how long to pause before the next poll."""
        if self._ended is not None:
            # Closed while this poll was in flight (e.g. its connection was closed under it):
            # nobody is left to tell, and a failure now is no news.
            logger.debug("agent %s: poll finished after polling stopped", self.agent_id)
            return 0.0
        if _is_passing(outcome):
            assert isinstance(outcome, BaseException)
            return self._failed(outcome)
        if isinstance(outcome, AgentGatewayError):
            # The session is gone (e.g. NotAuthorizedError): polling again cannot help, so
            # every consumer gets the error.
            self._finish(outcome)
            return 0.0
        if isinstance(outcome, BaseException):  # a bug or an unexpected failure
            self._died(outcome)
            return 0.0
        if self._failing_since is not None:
            logger.warning(
                "agent %s: event polling works again after %.1fs",
                self.agent_id,
                time.monotonic() - self._failing_since,
            )
            self._failing_since = None
            self._tell(CONNECTED, None)
        self._failures = 0
        if outcome is not None:
            self._dispatch(outcome if isinstance(outcome, Event) else decode_event(outcome))
            return 0.0  # more events may be waiting: ask again at once
        return self.settings.interval


def _decoded(outcome: AgentEvent | BaseException | None) -> Event | BaseException | None:
    """A poll's outcome with its event decoded: done before the pump takes its lock, so a
    consumer is not kept waiting for the lock while an event is decoded (decode_event never
    raises)."""
    if outcome is None or isinstance(outcome, BaseException):
        return outcome
    return decode_event(outcome)


def _is_passing(outcome: object) -> bool:
    """Whether a failed poll is worth retrying: network trouble or a transient platform state."""
    if isinstance(outcome, (APIConnectionError, APIStatusError, ResponseDecodeError)):
        return True
    transient = (PlatformError, DisasterRecoveryError, RepeatedRequestError, ConfigurationError)
    return (
        isinstance(outcome, transient)
        and isinstance(outcome, RetcodeError)
        and not outcome.requires_sign_in
    )


Poll = Callable[[], "AgentEvent | None"]
AsyncPoll = Callable[[], Awaitable["AgentEvent | None"]]


class EventPump(_PumpCore):
    """Polls one agent's events on a daemon thread while anyone listens (or keep-alive is on)."""

    def __init__(self, agent_id: str, poll: Poll, settings: PumpSettings | None = None) -> None:
        super().__init__(agent_id, settings or PumpSettings())
        self._poll = poll
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()

    def subscribe(self, limit: int = 10_000) -> EventStream:
        stream = EventStream(self, limit)
        with self._lock:
            self._add(stream)
            self._ensure_running()
        return stream

    def keep_alive(self, on: bool = True) -> None:
        """Poll (and so keep the session alive) even when nobody listens."""
        with self._lock:
            self._keep_alive = on
            self._ensure_running()

    def close(self, *, grace: float = 0.0, timeout: float = 1.0) -> None:
        """Stop polling and end every stream.

        ``grace``: how long the poll in flight may still bring events (a sign-out's
        AgentOther_ShutdownService ends the pump by itself). ``timeout``: how long to wait
        for the polling thread after that.
        """
        thread = self._thread
        mine = thread is threading.current_thread()
        if thread is not None and not mine and grace > 0:
            thread.join(grace)
        with self._lock:
            self._finish(_END)
            thread = self._thread
        self._wake.set()
        if thread is not None and not mine:
            thread.join(timeout)

    def _unsubscribe(self, stream: EventStream) -> None:
        with self._lock:
            self._remove(stream)

    def _ensure_running(self) -> None:  # with the lock held
        if self._thread is None and self._wanted():
            self._thread = threading.Thread(
                target=self._run, name=f"cec-agentgateway-events-{self.agent_id}", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        try:
            self._loop()
        except BaseException as error:  # whatever kills the thread, the streams learn it
            with self._lock:
                self._died(error)
                self._thread = None
            if not isinstance(error, Exception):
                raise

    def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._wanted():
                    self._thread = None
                    return
            outcome: Event | BaseException | None
            try:
                outcome = _decoded(self._poll())
            except Exception as error:  # passed to _after: retried, or ends the streams
                outcome = error
            with self._lock:
                pause = self._after(outcome)
            if pause:
                self._wake.wait(pause)
                self._wake.clear()


class AsyncEventPump(_PumpCore):
    """The asyncio twin of :class:`EventPump`: polls on a task of the running loop."""

    def __init__(
        self, agent_id: str, poll: AsyncPoll, settings: PumpSettings | None = None
    ) -> None:
        super().__init__(agent_id, settings or PumpSettings())
        self._poll = poll
        self._task: asyncio.Task[None] | None = None
        # The pause between polls: a future that a timer (or close) completes. Not an
        # asyncio.Event under wait_for, which makes a task per pause and ~600 bytes a
        # session (issue 26).
        self._pause: asyncio.Future[None] | None = None

    def subscribe(self, limit: int = 10_000) -> AsyncEventStream:
        stream = AsyncEventStream(self, limit)
        with self._lock:
            self._add(stream)
            self._ensure_running()
        return stream

    def keep_alive(self, on: bool = True) -> None:
        with self._lock:
            self._keep_alive = on
            self._ensure_running()

    async def close(self, *, grace: float = 0.0, timeout: float = 1.0) -> None:
        """See :meth:`EventPump.close`; a task still polling after ``timeout`` is cancelled."""
        task = self._task
        mine = task is asyncio.current_task()
        if task is not None and not mine and grace > 0:
            await asyncio.wait({task}, timeout=grace)
        with self._lock:
            self._finish(_END)
            task = self._task
        _wake(self._pause)
        if task is not None and not mine:
            done, _ = await asyncio.wait({task}, timeout=timeout)
            if not done:
                task.cancel()

    def _unsubscribe(self, stream: AsyncEventStream) -> None:
        with self._lock:
            self._remove(stream)

    def _ensure_running(self) -> None:
        if self._task is None and self._wanted():
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name=f"cec-agentgateway-events-{self.agent_id}"
            )

    async def _run(self) -> None:
        try:
            await self._loop()
        except BaseException as error:  # cancelled, or a bug: the streams learn it
            with self._lock:
                self._died(error)
                self._task = None
            if not isinstance(error, Exception):
                raise

    async def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._wanted():
                    self._task = None
                    return
            outcome: Event | BaseException | None
            try:
                outcome = _decoded(await self._poll())
            except Exception as error:  # passed to _after: retried, or ends the streams
                outcome = error
            with self._lock:
                pause = self._after(outcome)
            if pause and self._ended is None:
                loop = asyncio.get_running_loop()
                self._pause = loop.create_future()
                timer = loop.call_later(pause, _wake, self._pause)
                try:
                    await self._pause
                finally:
                    timer.cancel()
                    self._pause = None


def _wake(pause: asyncio.Future[None] | None) -> None:
    """End an async pump's pause between polls early (close) or on time (its timer)."""
    if pause is not None and not pause.done():
        pause.set_result(None)
