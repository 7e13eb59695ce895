"""Long polls held without a thread each: one thread wakes them, a bounded pool answers.

The HTTP server (``_server``) hands every request to :meth:`PollHolder.submit`. A request
that the core answers at once comes back at once; a poll that found no event (a
``PendingPoll``) is *held*: its connection is parked here (no thread waits for it), and the
holder's one thread hands the answer to ``deliver`` once an event for its agent is queued,
the session ends, or the poll's wait is over. So 5,000 agents long-polling cost 5,000
descriptors and a few objects, not 5,000 threads.

``deliver`` runs on a pool of at most ``workers`` threads (writing a small answer), which
end when idle for a moment; it is given the answer, or None when the peer hung up before
the poll took its event (the event stays queued, as with ``GatewayCore._handle_blocking``).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ._polling import PendingPoll
from ._wire import SimRequest

if TYPE_CHECKING:
    from ._core import GatewayCore, Outcome

__all__ = ["HELD", "HeldPoll", "PollHolder"]

_log = logging.getLogger("cec_agentgateway.simulator")


class _Held:
    """A held poll: its pending answer, how to tell the peer is there, where to deliver.

    Once answered it lets go of all of them (``poll`` None): a poll answered by an event
    stays in the deadlines' heap until its wait would have ended, and it must not keep its
    connection's handler and the session alive meanwhile.
    """

    __slots__ = ("deliver", "poll", "still_wanted", "waiter")

    def __init__(
        self,
        poll: PendingPoll,
        still_wanted: Callable[[], bool] | None,
        deliver: Callable[[Outcome | None], None],
    ) -> None:
        self.poll: PendingPoll | None = poll
        self.still_wanted = still_wanted
        self.deliver = deliver
        self.waiter: Callable[[], None] = _nothing

    def settled(self) -> Callable[[Outcome | None], None]:
        """Mark it answered, letting go of what it held; returns where to deliver."""
        deliver = self.deliver
        self.poll, self.still_wanted, self.deliver, self.waiter = None, None, _discard, _nothing
        return deliver


def _nothing() -> None:
    return None


def _discard(outcome: Outcome | None) -> None:
    return None


class HeldPoll:
    def __repr__(self) -> str:
        return "HELD"


#: What :meth:`PollHolder.submit` returns for a held poll (its answer comes to ``deliver``).
HELD: Final = HeldPoll()


class PollHolder:
    """Polls waiting for an event (see the module); ``close`` once the server is closed."""

    def __init__(self, core: GatewayCore, *, workers: int = 16) -> None:
        self._core = core
        self._cond = threading.Condition()
        self._woken: list[_Held] = []
        self._deadlines: list[tuple[float, int, _Held]] = []
        self._count = itertools.count()
        self._held = 0
        self._closing = False
        self._pool = _Pool(workers)
        self._thread = threading.Thread(
            target=self._run, name="cec-agentgateway-simulator-polls", daemon=True
        )
        self._thread.start()

    @property
    def held(self) -> int:
        """How many polls are held now."""
        with self._cond:
            return self._held

    def submit(
        self,
        request: SimRequest,
        still_wanted: Callable[[], bool] | None,
        deliver: Callable[[Outcome | None], None],
    ) -> Outcome | HeldPoll:
        """The answer now, or :data:`HELD` (``deliver`` is then called once, later)."""
        core = self._core
        with core._lock:
            outcome = core._dispatch(request)
            if not isinstance(outcome, PendingPoll):
                return outcome
            held = _Held(outcome, still_wanted, deliver)

            def waiter() -> None:  # an event for the agent (core lock held): wake it
                with self._cond:
                    self._woken.append(held)
                    self._cond.notify()

            held.waiter = waiter
            core._poll_waiters.setdefault(outcome.agent_id, set()).add(waiter)
            # The poll's own deadline, not now + remaining(): two clock readings apart (a
            # thread switch may come between them) made it due a moment before its deadline,
            # and _settle then found it not over yet: a poll left unanswered for good.
            with self._cond:
                heapq.heappush(self._deadlines, (outcome.deadline, next(self._count), held))
                self._held += 1
                self._cond.notify()
        return HELD

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if self._closing and not self._held:
                        return
                    now = time.monotonic()
                    due = [] if self._woken else self._due(now)
                    if self._woken or due:
                        break
                    wait = self._deadlines[0][0] - now if self._deadlines else None
                    self._cond.wait(wait)
                woken, self._woken = self._woken, []
            for held, is_due in [*((h, False) for h in woken), *((h, True) for h in due)]:
                try:
                    self._settle(held, is_due)
                except Exception:  # a bug: the other polls must still be answered
                    _log.error("answering a held poll failed", exc_info=True)
            del woken, due  # not kept while the next wait lasts (the held are emptied)

    def _due(self, now: float) -> list[_Held]:
        """The held polls whose wait is over (the condition's lock held)."""
        due: list[_Held] = []
        while self._deadlines and self._deadlines[0][0] <= now:
            due.append(heapq.heappop(self._deadlines)[2])
        return due

    def _settle(self, held: _Held, is_due: bool) -> None:
        """Answer a woken or due poll, unless it is answered already or was woken for
        nothing (it stays in the deadlines' heap). A poll taken off the heap is answered
        whatever its clock says: it is in no heap any more, so nothing else would."""
        core, poll = self._core, held.poll
        with core._lock:
            if poll is None or not (is_due or poll.ready() or poll.remaining() <= 0):
                return
            core._forget_waiter(poll.agent_id, held.waiter)
            still_wanted = held.still_wanted
            deliver = held.settled()
            try:
                if still_wanted is not None and poll.ready() and not still_wanted():
                    answer: Outcome | None = None
                else:
                    answer = poll.answer()
            finally:
                poll.release()
        with self._cond:
            self._held -= 1
        self._pool.submit(deliver, answer)

    def close(self) -> None:
        """Answer the held polls when their time comes, then stop (does not wait)."""
        with self._cond:
            self._closing = True
            self._cond.notify()


class _Pool:
    """At most ``size`` threads running the jobs submitted, each ending after ``_IDLE``
    seconds without a job (so a quiet server keeps no thread but the holder's)."""

    _IDLE = 0.5

    def __init__(self, size: int) -> None:
        self._size = size
        self._cond = threading.Condition()
        self._jobs: deque[tuple[Callable[[Outcome | None], None], Outcome | None]] = deque()
        self._threads = 0
        self._free = 0

    def submit(self, job: Callable[[Outcome | None], None], answer: Outcome | None) -> None:
        with self._cond:
            self._jobs.append((job, answer))
            if self._free:
                self._cond.notify()
            if len(self._jobs) <= self._free or self._threads >= self._size:
                return  # a free worker takes it, or a busy one next
            self._threads += 1
        thread = threading.Thread(target=self._work, name="cec-agentgateway-sim-answer")
        thread.daemon = True
        thread.start()

    def _work(self) -> None:
        while True:
            with self._cond:
                if not self._jobs:
                    self._free += 1
                    self._cond.wait(self._IDLE)
                    self._free -= 1
                if not self._jobs:
                    self._threads -= 1
                    return
                job, answer = self._jobs.popleft()
            try:
                job(answer)
            except Exception:  # a bug of the server: the next answers must still go out
                _log.error("writing a held poll's answer failed", exc_info=True)
            del job, answer  # not kept (with its connection) while this thread waits
