"""A paced wallboard: queue, skill, group and agent figures for many screens, one schedule.

::

    board = Wallboard(agent, interval=5)          # a signed-in Agent (AsyncWallboard: AsyncAgent)
    screen = board.subscribe(skills=[1, 2, 3], agents=True)
    for snapshot in screen:                       # one WallboardSnapshot per round
        print(snapshot.skills[1].value, snapshot.delta.agents)

Every ``interval`` seconds the board makes one round: the union of what its screens watch,
each item asked once (the skills in queryacdstat batches of ``batch_size``, the VCC's agent
states with allagentstatus, each group's members with agentongroupex), then hands each
screen a ``WallboardSnapshot`` of its own items, with a ``WallboardDelta`` of what changed
since that screen's previous one. Screens that watch the same skill share its query.

The queries go through a :class:`~._pacing.Pacer`: at most ``PacingLimits.per_agent`` per
interface (or per family) every window for the agent, and ``in_all`` for everyone sharing
the pacer. A round that needs more waits for the pacer rather than being refused, so a board
watching more than the limits allow refreshes more slowly, never with gaps. A 000-007 the
gateway still sends backs the agent off (see ``_pacing``); the item keeps its last value,
marked stale, and is asked again next round. Any other failure of a query is reported on
the item (``WallboardReading.error``, the last good value kept, ``stale``), never raised out of the
loop. A bad argument raises :class:`RequestValidationError` at once.

Iterate a screen to drive the board from that screen (sync and async); ``start()`` (or the
context manager) runs the board in the background instead (a thread, or an asyncio task),
and screens then only wait for their snapshots; ``callback=`` hands each snapshot to a
function as it is made.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._errors import AgentGatewayError, RepeatedRequestError, RequestValidationError
from ._groups import group_members_call
from ._pacing import Pacer, PacingLimits
from ._queues import acd_stats
from ._wallboard_model import (
    AGENT_STATES,
    MAX_BATCH,
    SKILL_STATS,
    WallboardSnapshot,
    _batch,
    _interval,
    _pacer,
    _Query,
    _Schedule,
    _Watch,
)

if TYPE_CHECKING:
    from types import TracebackType

    from ._agent import Agent, AsyncAgent

__all__ = ["AsyncWallboard", "AsyncWallboardScreen", "Wallboard", "WallboardScreen"]

BACKLOG = 16  # snapshots a screen keeps for a reader that falls behind (the oldest go first)


class _Stopped(Exception):
    """The board was stopped while it waited."""


class _Base:
    def __init__(
        self,
        agent: Any,
        interval: float,
        limits: PacingLimits | None,
        pacer: Pacer | None,
        batch_size: int,
        clock: Callable[[], float] | None,
        sleep: object,
    ) -> None:
        if (clock is None) != (sleep is None):
            raise RequestValidationError("sleep", "give clock and sleep together (or neither)")
        if (clock is not None and not callable(clock)) or (
            sleep is not None and not callable(sleep)
        ):
            raise RequestValidationError("clock", "clock and sleep must be functions")
        agent_id = getattr(agent, "agent_id", None)
        if not isinstance(agent_id, str) or not hasattr(agent, "queue"):
            raise RequestValidationError("agent", "must be an agent handle (gw.agent(...))")
        self._agent = agent
        self._clock: Callable[[], float] = time.monotonic if clock is None else clock
        self._pacer = _pacer(limits, pacer, self._clock)
        self._schedule = _Schedule(agent_id, _interval(interval), _batch(batch_size))

    @property
    def pacer(self) -> Pacer:
        """The pacer the board's queries go through (``pacer.refusals``: 000-007 answers)."""
        return self._pacer

    @property
    def interval(self) -> float:
        return self._schedule.interval

    @property
    def rounds(self) -> int:
        """How many rounds the board has made."""
        return self._schedule.round

    def __repr__(self) -> str:
        s = self._schedule
        return (
            f"{type(self).__name__}(agent_id={s.agent_id!r}, interval={s.interval:g},"
            f" screens={sum(not w.closed for w in s.watches)}, rounds={s.round})"
        )

    def _new_watch(
        self,
        skills: Iterable[int],
        agents: bool,
        groups: Iterable[int],
        callback: Callable[[WallboardSnapshot], object] | None,
    ) -> _Watch:
        """A screen's watch, its IDs checked as the queries will send them (nothing sent)."""
        watch = _Watch(skills, agents, groups, callback)
        agent_id = self._schedule.agent_id
        for start in range(0, len(watch.skills), MAX_BATCH):
            acd_stats(agent_id, watch.skills[start : start + MAX_BATCH])
        for group in watch.groups:
            group_members_call(agent_id, group)
        return watch

    def _settle(self, query: _Query, outcome: Any) -> None:
        agent_id = self._schedule.agent_id
        if isinstance(outcome, RepeatedRequestError):
            self._pacer.refused(agent_id)
            self._schedule.failed(query, None)
            return
        self._pacer.answered(agent_id)
        if isinstance(outcome, AgentGatewayError):
            self._schedule.failed(query, outcome)
        else:
            self._schedule.answered(query, outcome)

    def _start_round(self) -> float:
        """Seconds until the next round is due (0: now)."""
        due = self._schedule.due
        return 0.0 if due is None else max(0.0, due - self._clock())


# ------------------------------------------------------------------ sync
class WallboardScreen:
    """One subscriber of a :class:`Wallboard`: iterate it for its snapshots."""

    def __init__(self, board: Wallboard, watch: _Watch) -> None:
        self._board = board
        self._watch = watch
        self._pending: deque[WallboardSnapshot] = deque(maxlen=BACKLOG)
        self._ready = threading.Condition()

    @property
    def latest(self) -> WallboardSnapshot | None:
        """The newest snapshot made for this screen (None before the first round)."""
        return self._watch.last

    def close(self) -> None:
        """Stop watching: the board no longer asks for what only this screen watched."""
        with self._ready:
            self._watch.closed = True
            self._ready.notify_all()

    def _deliver(self, snapshot: WallboardSnapshot) -> None:
        with self._ready:
            self._pending.append(snapshot)
            self._ready.notify_all()

    def __iter__(self) -> Iterator[WallboardSnapshot]:
        return self

    def __next__(self) -> WallboardSnapshot:
        while True:
            with self._ready:
                if self._pending:
                    return self._pending.popleft()
                if self._watch.closed:
                    raise StopIteration
                if self._board.running:
                    self._ready.wait(0.25)
                    continue
            if not self._board.step():  # nobody runs the board: this screen drives it
                raise StopIteration  # the board was stopped


class Wallboard(_Base):
    """A paced poller of queue, skill, group and agent figures for a sync :class:`Agent`.

    ``interval``: seconds between rounds (at least; pacing may stretch a round);
    ``limits`` (a :class:`PacingLimits`) or a shared ``pacer``; ``batch_size``: skills per
    queryacdstat (1 to 100). ``clock`` and ``sleep`` replace ``time.monotonic`` and the
    board's wait (tests pass a simulator's ``ManualClock`` and its ``advance``).
    """

    def __init__(
        self,
        agent: Agent,
        *,
        interval: float = 5.0,
        limits: PacingLimits | None = None,
        pacer: Pacer | None = None,
        batch_size: int = MAX_BATCH,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        super().__init__(agent, interval, limits, pacer, batch_size, clock, sleep)
        self._sleep = sleep
        self._lock = threading.Lock()  # the screens and what they watch
        self._round = threading.Lock()  # one round at a time
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._screens: list[WallboardScreen] = []

    @property
    def running(self) -> bool:
        """Whether ``start()`` runs the board in a background thread."""
        return self._thread is not None and self._thread.is_alive()

    def subscribe(
        self,
        skills: Iterable[int] = (),
        *,
        agents: bool = False,
        groups: Iterable[int] = (),
        callback: Callable[[WallboardSnapshot], object] | None = None,
    ) -> WallboardScreen:
        """A screen watching these skill queues, the VCC's agents, these agent groups."""
        watch = self._new_watch(skills, agents, groups, callback)
        screen = WallboardScreen(self, watch)
        with self._lock:
            self._schedule.watches.append(watch)
            self._screens.append(screen)
        return screen

    def _pause(self, seconds: float) -> None:
        if self._sleep is None:
            if self._stopping.wait(seconds):
                raise _Stopped
        else:
            self._sleep(seconds)
            if self._stopping.is_set():
                raise _Stopped

    def step(self) -> bool:
        """One round: wait until it is due, ask each watched item once (paced), publish.

        Returns False, having published nothing, when :meth:`stop` cut the round short.
        """
        schedule = self._schedule
        with self._round:
            try:
                if (wait := self._start_round()) > 0:
                    self._pause(wait)
                started = self._clock()
                with self._lock:
                    queries = schedule.plan()
                for query in queries:
                    taken = self._pacer.wait(schedule.agent_id, query.interface, self._pause)
                    outcome = self._fetch(query)
                    self._pacer.finished(schedule.agent_id, query.interface, taken)
                    self._settle(query, outcome)
            except _Stopped:
                return False
            with self._lock:
                schedule.due = started + schedule.interval
                deliveries = schedule.publish()
                self._screens = [s for s in self._screens if not s._watch.closed]
                screens = {id(s._watch): s for s in self._screens}
        for watch, snapshot in deliveries:
            screens[id(watch)]._deliver(snapshot)
            if watch.callback is not None:
                watch.callback(snapshot)
        return True

    def _fetch(self, query: _Query) -> Any:
        agent = self._agent
        try:
            if query.interface == SKILL_STATS:
                return agent.queue.acd_stats(query.skills)
            if query.interface == AGENT_STATES:
                return agent.team.agents()
            assert query.group is not None
            return agent.team.group_members(query.group)
        except AgentGatewayError as error:
            return error

    def run(self, rounds: int | None = None) -> None:
        """Make rounds in this thread: ``rounds`` of them, or until :meth:`stop` (or ^C)."""
        if rounds is not None:
            _whole_rounds(rounds)
        done = 0
        while (rounds is None or done < rounds) and not self._stopping.is_set():
            self.step()
            done += 1

    def start(self) -> Wallboard:
        """Run the board in a background thread until :meth:`stop`."""
        if self.running:
            return self
        self._stopping.clear()
        self._failure = None

        def loop() -> None:
            try:
                self.run()
            except BaseException as error:  # handed to stop()
                self._failure = error

        self._thread = threading.Thread(target=loop, name="cec-wallboard", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop the background thread; re-raises what ended it (e.g. a callback's error).

        The board then makes no more rounds (a screen's iteration ends) until ``start()``.
        """
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        for screen in list(self._screens):
            with screen._ready:
                screen._ready.notify_all()
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def __enter__(self) -> Wallboard:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _whole_rounds(rounds: object) -> None:
    if isinstance(rounds, bool) or not isinstance(rounds, int) or rounds < 0:
        raise RequestValidationError("rounds", "must be a whole number >= 0")


# ------------------------------------------------------------------ async
class AsyncWallboardScreen:
    """One subscriber of an :class:`AsyncWallboard`: ``async for snapshot in screen``."""

    def __init__(self, board: AsyncWallboard, watch: _Watch) -> None:
        self._board = board
        self._watch = watch
        self._pending: deque[WallboardSnapshot] = deque(maxlen=BACKLOG)
        self._ready = asyncio.Event()

    @property
    def latest(self) -> WallboardSnapshot | None:
        return self._watch.last

    def close(self) -> None:
        self._watch.closed = True
        self._ready.set()

    def _deliver(self, snapshot: WallboardSnapshot) -> None:
        self._pending.append(snapshot)
        self._ready.set()

    def __aiter__(self) -> AsyncIterator[WallboardSnapshot]:
        return self

    async def __anext__(self) -> WallboardSnapshot:
        while True:
            if self._pending:
                return self._pending.popleft()
            if self._watch.closed:
                raise StopAsyncIteration
            if self._board.running:
                self._ready.clear()
                await self._ready.wait()
                continue
            await self._board.step()


class AsyncWallboard(_Base):
    """The :class:`Wallboard` of an :class:`AsyncAgent`; ``sleep`` is awaited."""

    def __init__(
        self,
        agent: AsyncAgent,
        *,
        interval: float = 5.0,
        limits: PacingLimits | None = None,
        pacer: Pacer | None = None,
        batch_size: int = MAX_BATCH,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        super().__init__(agent, interval, limits, pacer, batch_size, clock, sleep)
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._screens: list[AsyncWallboardScreen] = []

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def subscribe(
        self,
        skills: Iterable[int] = (),
        *,
        agents: bool = False,
        groups: Iterable[int] = (),
        callback: Callable[[WallboardSnapshot], object] | None = None,
    ) -> AsyncWallboardScreen:
        """See :meth:`Wallboard.subscribe`; a callback may return an awaitable (awaited)."""
        watch = self._new_watch(skills, agents, groups, callback)
        screen = AsyncWallboardScreen(self, watch)
        self._schedule.watches.append(watch)
        self._screens.append(screen)
        return screen

    async def _pause(self, seconds: float) -> None:
        if self._sleep is None:
            await asyncio.sleep(seconds)
        else:
            await self._sleep(seconds)

    async def step(self) -> None:
        """One round; see :meth:`Wallboard.step`."""
        schedule = self._schedule
        async with self._lock:
            if (wait := self._start_round()) > 0:
                await self._pause(wait)
            started = self._clock()
            for query in schedule.plan():
                while True:
                    delay, taken = self._pacer.take_slot(schedule.agent_id, query.interface)
                    if delay <= 0:
                        break
                    await self._pause(delay)
                outcome = await self._fetch(query)
                self._pacer.finished(schedule.agent_id, query.interface, taken)
                self._settle(query, outcome)
            schedule.due = started + schedule.interval
            deliveries = schedule.publish()
            self._screens = [s for s in self._screens if not s._watch.closed]
            screens = {id(s._watch): s for s in self._screens}
        for watch, snapshot in deliveries:
            screens[id(watch)]._deliver(snapshot)
            if watch.callback is not None:
                result = watch.callback(snapshot)
                if isinstance(result, Awaitable):
                    await result

    async def _fetch(self, query: _Query) -> Any:
        agent = self._agent
        try:
            if query.interface == SKILL_STATS:
                return await agent.queue.acd_stats(query.skills)
            if query.interface == AGENT_STATES:
                return await agent.team.agents()
            assert query.group is not None
            return await agent.team.group_members(query.group)
        except AgentGatewayError as error:
            return error

    async def run(self, rounds: int | None = None) -> None:
        """Make rounds: ``rounds`` of them, or until cancelled (or :meth:`stop`)."""
        if rounds is not None:
            _whole_rounds(rounds)
        done = 0
        while rounds is None or done < rounds:
            await self.step()
            done += 1

    def start(self) -> AsyncWallboard:
        """Run the board in an asyncio task until :meth:`stop`."""
        if not self.running:
            self._task = asyncio.get_running_loop().create_task(self.run())
            self._task.add_done_callback(self._wake_screens)
        return self

    def _wake_screens(self, _task: object = None) -> None:
        """The task ended: screens waiting for it drive the board themselves, or end."""
        for screen in self._screens:
            screen._ready.set()

    async def stop(self) -> None:
        """Cancel the task; re-raises what ended it otherwise (e.g. a callback's error)."""
        task, self._task = self._task, None
        if task is None:
            return
        if not task.done():
            task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        finally:
            self._wake_screens()

    async def __aenter__(self) -> AsyncWallboard:
        return self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()
