"""AgentDesk and AsyncAgentDesk: a live model of one agent, kept from its events.

The desk folds the agent's events (polled by the session's event pump, or handed in with
:meth:`AgentDesk.apply`, e.g. by a push receiver) into the agent's state, calls and chats
(:mod:`._live_desk_model`). It rebuilds the model from the gateway (syncagentinfo, then
allcallid, holdlist and callinfobycallid) when it starts, when polling works again after
an outage, and when an event contradicts the model (an event was lost). Changes go to the
callbacks (``on_state_change``, ``on_call``, ``on_chat``) and to every iterator of
:meth:`~AgentDesk.changes`. It sits above the client: nothing in the client imports it.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ._errors import AgentGatewayError, CallStateError, RequestValidationError
from ._events import Event
from ._lazy import LazyModule
from ._live_desk_changes import AsyncDeskChanges, DeskChanges
from ._live_desk_model import (
    CallChange,
    ChatChange,
    DeskCall,
    DeskChat,
    DeskModel,
    DeskState,
    Snapshot,
    StateChange,
    _Outcome,
)
from ._validation import check_flag
from .generated import models
from .generated.models import GatewayAgentState

if TYPE_CHECKING:
    import asyncio

    from ._agent import Agent, AsyncAgent
    from ._events import AsyncEventStream, EventStream
    from .generated.models import CallInfo, SyncAgentInfoResult
else:
    asyncio = LazyModule("asyncio")

__all__ = ["AgentDesk", "AsyncAgentDesk", "AsyncDeskChanges", "DeskChanges"]

logger = logging.getLogger("cec_agentgateway")

C = TypeVar("C")
Callback = Callable[[C], object]

_CHANGE_LIMIT = 10_000  # changes an iterator keeps for a slow reader (oldest dropped)
_WAKE = 0.2  # how often the desk's worker looks for a rebuild to do (seconds)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _check_agent(agent: object, kind: str, agent_id: object) -> None:
    """A desk needs the agent handle of its kind (an AsyncAgent for the async desk)."""
    from . import _agent

    if not isinstance(agent, getattr(_agent, kind)):
        raise RequestValidationError(
            "agent",
            f"must be an {kind} (from gateway.agent() or sign_in()), got {type(agent).__name__}",
            agent_id=agent_id if isinstance(agent_id, str) else None,
        )


def _call_info(value: object) -> CallInfo | None:
    """syncagentinfo's ``callinfo`` (an object, a JSON string or null) as CallInfo."""
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            value = models.RawCallInfo.from_dict(json.loads(value))
        except (ValueError, TypeError, AttributeError):
            return None
    if isinstance(value, models.RawCallInfo):
        try:
            return models.CallInfo.from_dict(value.to_dict())
        except Exception:  # a shape the schema does not expect: no call information
            logger.debug("syncagentinfo: callinfo does not match CallInfo")
    return None


def _snapshot(
    result: SyncAgentInfoResult | None,
    gateway_state: GatewayAgentState | None,
    ids: list[str],
    held: list[CallInfo],
    by_id: dict[str, CallInfo | None],
    at: datetime.datetime,
) -> Snapshot:
    current = None if result is None else _call_info(result.callinfo)
    known: dict[str, CallInfo | None] = {}
    if current is not None and current.callid:
        known[str(current.callid)] = current
    for info in held:
        if info.callid:
            known.setdefault(str(info.callid), info)
    for call_id in ids:
        known.setdefault(call_id, by_id.get(call_id))
    return Snapshot(
        None if result is None else result.agent_state_info,
        gateway_state,
        current,
        tuple(known.items()),
        frozenset(str(h.callid) for h in held if h.callid),
        at,
    )


# ---------------------------------------------------------------------- the shared part


class _DeskBase:
    """What both desks share: the model under a lock, the callbacks and the iterators."""

    def __init__(
        self,
        agent_id: str,
        *,
        on_state_change: Callback[StateChange] | None,
        on_call: Callback[CallChange] | None,
        on_chat: Callback[ChatChange] | None,
        poll: bool,
        history: int,
    ) -> None:
        check_flag("poll", poll, agent_id=agent_id)
        for name, callback in (
            ("on_state_change", on_state_change),
            ("on_call", on_call),
            ("on_chat", on_chat),
        ):
            if callback is not None and not callable(callback):
                raise RequestValidationError(
                    name,
                    f"must be a function or None, got {type(callback).__name__}",
                    agent_id=agent_id,
                )
        if not isinstance(history, int) or isinstance(history, bool) or history < 1:
            raise RequestValidationError(
                "history",
                f"must be a whole number of at least 1, got {history!r}",
                agent_id=agent_id,
            )
        self._agent_id = agent_id
        self._model = DeskModel(agent_id, history)
        self._lock = threading.RLock()
        self._on_state_change = on_state_change
        self._on_call = on_call
        self._on_chat = on_chat
        self._poll = poll
        self._subscribers: list[DeskChanges | AsyncDeskChanges] = []
        self._resync_wanted: str | None = None
        self._unknown: set[str] = set()  # call IDs lost events named, until the rebuild
        self._started = False
        self._closed = False

    # ------------------------------------------------------------------ reading

    @property
    def agent_id(self) -> str:
        return self._agent_id

    @property
    def state(self) -> DeskState:
        """The agent's state: what it is, since when, and what it asked for during a call."""
        return self._model.state

    @property
    def agent_state(self) -> GatewayAgentState:
        return self._model.state.state

    @property
    def pending(self) -> GatewayAgentState | None:
        """``BUSY`` or ``REST`` when asked for during a call (begins when it ends), else None."""
        return self._model.state.pending

    @property
    def time_in_state(self) -> datetime.timedelta:
        return max(_now() - self._model.state.since, datetime.timedelta(0))

    @property
    def calls(self) -> tuple[DeskCall, ...]:
        """The agent's calls that have not ended (ringing, dialing, talking, held...)."""
        with self._lock:
            return tuple(self._model.live_calls)

    @property
    def recent_calls(self) -> tuple[DeskCall, ...]:
        """Every call the desk knows, the ended ones too (the last ``history``), oldest first."""
        with self._lock:
            return tuple(self._model.calls.values())

    @property
    def current_call(self) -> DeskCall | None:
        """The call the agent is on now (ringing, dialing, talking...); None when it has none
        or only holds calls."""
        with self._lock:
            return self._model.current_call

    def call(self, call_id: str) -> DeskCall | None:
        with self._lock:
            return self._model.calls.get(call_id)

    @property
    def chats(self) -> tuple[DeskChat, ...]:
        """The agent's chats, the ended ones too (the last ``history``), oldest first."""
        with self._lock:
            return tuple(self._model.chats.values())

    # ------------------------------------------------------------------ folding

    def _fold(self, event: Event) -> str | None:
        """Fold one event and publish its changes; why a rebuild is due, if one is."""
        if not isinstance(event, Event):
            raise RequestValidationError(
                "event",
                f"must be an Event (from polling or decode_event), got {type(event).__name__}",
                agent_id=self._agent_id,
            )
        with self._lock:
            if self._closed:
                return None
            outcome = self._model.fold(event)
            if outcome.contradiction is not None and event.call_id is not None:
                self._unknown.add(event.call_id)
            self._publish(outcome)
        if outcome.contradiction is not None:
            logger.warning(
                "agent %s: %s; rebuilding the desk from the gateway",
                self._agent_id,
                outcome.contradiction,
            )
        return outcome.contradiction

    def _publish(self, outcome: _Outcome) -> None:  # with the lock held
        for change in outcome.changes:
            for subscriber in list(self._subscribers):
                subscriber._push(change)
            if isinstance(change, StateChange):
                self._tell(self._on_state_change, change, "on_state_change")
            elif isinstance(change, CallChange):
                self._tell(self._on_call, change, "on_call")
            elif isinstance(change, ChatChange):
                self._tell(self._on_chat, change, "on_chat")

    def _tell(self, callback: Callable[[Any], object] | None, change: object, name: str) -> None:
        if callback is None:
            return
        try:
            callback(change)
        except Exception as error:  # the application's bug must not stop the desk
            logger.error(
                "agent %s: the desk's %s callback raised %s; the desk goes on",
                self._agent_id,
                name,
                type(error).__name__,
                exc_info=error,
            )

    def _rebuilt(self, snapshot: Snapshot, reason: str) -> None:
        with self._lock:
            outcome = self._model.rebuild(snapshot, reason)
            self._model.forget_unknown(self._unknown)
            self._unknown.clear()
            self._publish(outcome)

    def _noted(self, pending: GatewayAgentState) -> None:
        with self._lock:
            self._publish(self._model.note_pending(pending))

    def _on_connection(self, agent_id: str, status: str, error: BaseException | None) -> None:
        """The pump's connection listener: polling works again, so events may be lost."""
        if status == "connected":
            self._resync_wanted = "reconnected"

    def _take_resync(self) -> str | None:
        reason, self._resync_wanted = self._resync_wanted, None
        return reason

    def _subscribe(self, changes: DeskChanges | AsyncDeskChanges) -> None:
        with self._lock:
            if self._closed:
                changes._end()
            else:
                self._subscribers.append(changes)

    def _unsubscribe(self, changes: DeskChanges | AsyncDeskChanges) -> None:
        with self._lock:
            if changes in self._subscribers:
                self._subscribers.remove(changes)

    def _close_model(self) -> None:
        with self._lock:
            self._closed = True
            subscribers, self._subscribers = self._subscribers, []
        for subscriber in subscribers:
            subscriber._end()

    def __repr__(self) -> str:
        state = self._model.state
        return (
            f"{type(self).__name__}(agent_id={self._agent_id!r}, state={state.state.name},"
            f" calls={len(self._model.live_calls)})"
        )


# ---------------------------------------------------------------------- sync


class AgentDesk(_DeskBase):
    """A live model of one agent (sync): its state, calls and chats, kept from its events.

    ``with AgentDesk(agent) as desk:`` (or ``desk.start()`` / ``desk.close()``) rebuilds
    the model from the gateway, then follows the agent's events on a background thread.
    With ``poll=False`` nothing is polled: events come only through :meth:`apply` (a push
    receiver). Callbacks run on the thread that folds the event; one that raises is logged
    and the desk goes on.
    """

    def __init__(
        self,
        agent: Agent,
        *,
        on_state_change: Callback[StateChange] | None = None,
        on_call: Callback[CallChange] | None = None,
        on_chat: Callback[ChatChange] | None = None,
        poll: bool = True,
        history: int = 50,
    ) -> None:
        _check_agent(agent, "Agent", getattr(agent, "agent_id", None))
        super().__init__(
            agent.agent_id,
            on_state_change=on_state_change,
            on_call=on_call,
            on_chat=on_chat,
            poll=poll,
            history=history,
        )
        self._agent = agent
        self._stream: EventStream | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._resync_lock = threading.RLock()  # a callback may ask for a rebuild

    def start(self) -> Self:
        """Rebuild the model from the gateway and start following events (once)."""
        if self._started:
            return self
        self._started = True
        if self._poll:
            # subscribe first: events after the snapshot wait in the stream for the fold
            self._stream = self._agent.events()
            pump = self._agent._session.pump
            if pump is not None:
                pump.add_connection_listener(self._on_connection)
        try:
            self.resync("start")
        except BaseException:
            self.close()
            raise
        if self._stream is not None:
            self._thread = threading.Thread(
                target=self._run, name=f"cec-agentgateway-desk-{self._agent_id}", daemon=True
            )
            self._thread.start()
        return self

    def apply(self, event: Event) -> None:
        """Fold one event into the model (the same typed ``Event`` polling yields). An event
        that contradicts the model rebuilds it from the gateway before this returns."""
        reason = self._fold(event)
        if reason is not None:
            self._safe_resync(f"lost event ({reason})")
        elif self._thread is None and (failed := self._take_resync()) is not None:
            self._safe_resync(failed)  # no worker (poll=False): retry a failed rebuild here

    def resync(self, reason: str = "requested") -> None:
        """Rebuild the model from the gateway now (syncagentinfo and the call queries).

        Caution: syncagentinfo clears the agent's events the gateway still holds.
        """
        with self._resync_lock:
            self._rebuilt(self._gather(), reason)

    def _gather(self) -> Snapshot:
        agent = self._agent
        at = _now()
        result = agent.sync_state()
        gateway_state = None
        if result is None or result.agent_state_info is None:
            status = agent.status()
            gateway_state = None if status is None else status.agent_state
        ids = agent.call_ids()
        try:
            held = agent.held_calls() if ids else []
        except CallStateError:  # 400-003: no held call
            held = []
        current = None if result is None else _call_info(result.callinfo)
        have = {str(c.callid) for c in held} | ({str(current.callid)} if current else set())
        by_id: dict[str, CallInfo | None] = {}
        for call_id in ids:
            if call_id not in have:
                try:
                    found = agent.call_info_by_id(call_id)
                except AgentGatewayError:
                    found = []
                by_id[call_id] = found[0] if found else None
        return _snapshot(result, gateway_state, ids, held, by_id, at)

    def _safe_resync(self, reason: str) -> None:
        try:
            self.resync(reason)
        except AgentGatewayError as error:
            logger.warning(
                "agent %s: rebuilding the desk failed (%s); retrying shortly",
                self._agent_id,
                type(error).__name__,
            )
            self._resync_wanted = reason

    def _run(self) -> None:
        stream = self._stream
        assert stream is not None
        while not self._stop.is_set():
            reason = self._take_resync()
            if reason is not None:
                self._safe_resync(reason)
            try:
                event = stream.get(_WAKE)
            except TimeoutError:
                continue
            except StopIteration:
                break
            except AgentGatewayError as error:
                logger.warning(
                    "agent %s: the desk stops following events (%s)",
                    self._agent_id,
                    type(error).__name__,
                )
                break
            self.apply(event)

    def busy(self, reason: int | None = None) -> None:
        """``agent.busy(reason)``; during a call the desk shows it as pending at once."""
        self._agent.busy(reason)
        self._noted(GatewayAgentState.BUSY)

    def rest(self, seconds: int | datetime.timedelta, cause: int = 0) -> None:
        """``agent.rest(seconds, cause)``; during a call the desk shows it as pending at once."""
        self._agent.rest(seconds, cause)
        self._noted(GatewayAgentState.REST)

    def changes(self) -> DeskChanges:
        """An iterator of the desk's changes from now on (its own buffer)."""
        changes = DeskChanges(self)
        self._subscribe(changes)
        return changes

    def close(self) -> None:
        """Stop following events and end every iterator of changes."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(2.0)
        if self._stream is not None:
            pump = self._agent._session.pump
            if pump is not None:
                pump.remove_connection_listener(self._on_connection)
            self._stream.close()
        self._close_model()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# ---------------------------------------------------------------------- async


class AsyncAgentDesk(_DeskBase):
    """The asyncio twin of :class:`AgentDesk`: ``async with AsyncAgentDesk(agent) as desk``.

    :meth:`apply` is a plain method here too (a push receiver calls it); a rebuild it needs
    runs on the desk's task. Callbacks are plain functions, called where the event is folded.
    """

    def __init__(
        self,
        agent: AsyncAgent,
        *,
        on_state_change: Callback[StateChange] | None = None,
        on_call: Callback[CallChange] | None = None,
        on_chat: Callback[ChatChange] | None = None,
        poll: bool = True,
        history: int = 50,
    ) -> None:
        _check_agent(agent, "AsyncAgent", getattr(agent, "agent_id", None))
        super().__init__(
            agent.agent_id,
            on_state_change=on_state_change,
            on_call=on_call,
            on_chat=on_chat,
            poll=poll,
            history=history,
        )
        self._agent = agent
        self._stream: AsyncEventStream | None = None
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._resync_lock: asyncio.Lock | None = None

    async def start(self) -> Self:
        if self._started:
            return self
        self._started = True
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._resync_lock = asyncio.Lock()
        if self._poll:
            self._stream = self._agent.events()
            pump = self._agent._session.pump
            if pump is not None:
                pump.add_connection_listener(self._on_connection)
        try:
            await self.resync("start")
        except BaseException:
            await self.aclose()
            raise
        self._task = self._loop.create_task(
            self._run(), name=f"cec-agentgateway-desk-{self._agent_id}"
        )
        return self

    def apply(self, event: Event) -> None:
        """Fold one event (see :meth:`AgentDesk.apply`); a rebuild it calls for runs on the
        desk's task (watch :meth:`changes` for its ``Resynced``)."""
        reason = self._fold(event)
        if reason is not None:
            self._resync_wanted = f"lost event ({reason})"
            self._signal()

    def _signal(self) -> None:
        loop, wake = self._loop, self._wake
        if loop is None or wake is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            wake.set()
        else:
            loop.call_soon_threadsafe(wake.set)

    async def resync(self, reason: str = "requested") -> None:
        """See :meth:`AgentDesk.resync`."""
        lock = self._resync_lock or asyncio.Lock()
        async with lock:
            self._rebuilt(await self._gather(), reason)

    async def _gather(self) -> Snapshot:
        agent = self._agent
        at = _now()
        result = await agent.sync_state()
        gateway_state = None
        if result is None or result.agent_state_info is None:
            status = await agent.status()
            gateway_state = None if status is None else status.agent_state
        ids = await agent.call_ids()
        try:
            held = await agent.held_calls() if ids else []
        except CallStateError:
            held = []
        current = None if result is None else _call_info(result.callinfo)
        have = {str(c.callid) for c in held} | ({str(current.callid)} if current else set())
        by_id: dict[str, CallInfo | None] = {}
        for call_id in ids:
            if call_id not in have:
                try:
                    found = await agent.call_info_by_id(call_id)
                except AgentGatewayError:
                    found = []
                by_id[call_id] = found[0] if found else None
        return _snapshot(result, gateway_state, ids, held, by_id, at)

    async def _safe_resync(self, reason: str) -> None:
        try:
            await self.resync(reason)
        except AgentGatewayError as error:
            logger.warning(
                "agent %s: rebuilding the desk failed (%s); retrying shortly",
                self._agent_id,
                type(error).__name__,
            )
            self._resync_wanted = reason

    async def _run(self) -> None:
        wake = self._wake
        assert wake is not None
        while not self._closed:
            reason = self._take_resync()
            if reason is not None:
                await self._safe_resync(reason)
            stream = self._stream
            if stream is None:  # fed by apply() only: wait for a rebuild to do
                wake.clear()
                if self._resync_wanted is None:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(wake.wait(), _WAKE)
                continue
            try:
                event = await stream.get(_WAKE)
            except TimeoutError:
                continue
            except StopAsyncIteration:
                break
            except AgentGatewayError as error:
                logger.warning(
                    "agent %s: the desk stops following events (%s)",
                    self._agent_id,
                    type(error).__name__,
                )
                break
            self.apply(event)

    async def busy(self, reason: int | None = None) -> None:
        """See :meth:`AgentDesk.busy`."""
        await self._agent.busy(reason)
        self._noted(GatewayAgentState.BUSY)

    async def rest(self, seconds: int | datetime.timedelta, cause: int = 0) -> None:
        """See :meth:`AgentDesk.rest`."""
        await self._agent.rest(seconds, cause)
        self._noted(GatewayAgentState.REST)

    def changes(self) -> AsyncDeskChanges:
        """An async iterator of the desk's changes from now on (its own buffer)."""
        changes = AsyncDeskChanges(self)
        self._subscribe(changes)
        return changes

    async def aclose(self) -> None:
        self._close_model()
        task = self._task
        if task is not None and task is not asyncio.current_task():
            self._signal()
            done, _ = await asyncio.wait({task}, timeout=2.0)
            if not done:
                task.cancel()
        if self._stream is not None:
            pump = self._agent._session.pump
            if pump is not None:
                pump.remove_connection_listener(self._on_connection)
            self._stream.close()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
