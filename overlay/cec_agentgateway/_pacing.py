"""Client-side pacing under the gateway's query limits (page cec_07_0406).

The gateway answers at most 5 queue queries per agent and 15,000 in all every 2 seconds, and
refuses the rest with 000-007 (:class:`~._errors.RepeatedRequestError`, never retried by
the client). :class:`Pacer` keeps, per agent and in all, the times of the queries it let
through in the last window (a sliding log, as the gateway counts) and says how long the next
query must wait. When the gateway still refuses (another client of the same agent, clocks
that disagree), :meth:`Pacer.refused` backs the agent off: it pauses the agent for a window,
doubling with each refusal in a row (at most ``max_backoff``), and lowers the agent's
allowance to half; each window without refusal afterwards raises it again by one, up to
just below the level that was refused, and beyond that (up to the configured limit) only
after ``PROBE_WINDOWS`` quiet windows: a gateway stricter than configured is found once and
then probed rarely.

One pacer may be shared by several wallboards (one per agent) so that their ``in_all``
budget is counted together. It is thread-safe; it never sleeps itself.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ._errors import RequestValidationError

__all__ = ["PROBE_WINDOWS", "Pacer", "PacingLimits"]

#: Quiet windows before a backed-off agent tries more queries than the level refused last.
PROBE_WINDOWS = 10


def _whole(name: str, value: object, low: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise RequestValidationError(name, f"must be a whole number >= {low}, not {value!r}")


def _seconds(name: str, value: object, *, zero: bool = False) -> None:
    ok = (
        not isinstance(value, bool)
        and isinstance(value, (int, float))
        and math.isfinite(value)
        and (value >= 0 if zero else value > 0)
    )
    if not ok:
        bound = ">= 0" if zero else "> 0"
        raise RequestValidationError(name, f"must be a finite number of seconds {bound}")


@dataclass(frozen=True, slots=True)
class PacingLimits:
    """The limits a :class:`Pacer` keeps under (defaults: page cec_07_0406's).

    ``per_agent`` queries per agent and ``in_all`` queries in all every ``window`` seconds,
    counted per interface (``scope="interface"``) or for all the paced interfaces together
    (``scope="family"``, stricter). ``margin`` seconds are added to each window against
    clocks and latencies that disagree; ``max_backoff`` bounds the pause after refusals.
    Bad values raise :class:`RequestValidationError` here, not on the first query.
    """

    per_agent: int = 5
    in_all: int = 15_000
    window: float = 2.0
    scope: Literal["interface", "family"] = "interface"
    margin: float = 0.05
    max_backoff: float = 60.0

    def __post_init__(self) -> None:
        _whole("per_agent", self.per_agent, 1)
        _whole("in_all", self.in_all, 1)
        _seconds("window", self.window)
        _seconds("margin", self.margin, zero=True)
        _seconds("max_backoff", self.max_backoff)
        if self.scope not in ("interface", "family"):
            raise RequestValidationError("scope", "must be 'interface' or 'family'")


class Pacer:
    """Says when the next query of an agent may go; see the module docstring.

    ``clock`` gives seconds (``time.monotonic`` by default; a simulator's ``ManualClock``
    in tests). :meth:`take` reserves a slot or says how long to wait for one.
    """

    def __init__(
        self,
        limits: PacingLimits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limits is None:
            limits = PacingLimits()
        if not isinstance(limits, PacingLimits):
            raise RequestValidationError("limits", "must be a PacingLimits")
        if not callable(clock):
            raise RequestValidationError("clock", "must be a function giving seconds")
        self.limits = limits
        self.clock = clock
        self._lock = threading.Lock()
        self._sent: dict[tuple[str, str], deque[float]] = {}
        self._paused_until: dict[str, float] = {}
        self._strikes: dict[str, int] = {}
        self._allowance: dict[str, int] = {}
        self._ceiling: dict[str, int] = {}  # the allowance below the one refused last
        self._calm_since: dict[str, float] = {}  # no refusal (nor increase) since
        self.sent = 0  # queries let through
        self.refusals = 0  # refusals reported with refused()

    def __repr__(self) -> str:
        return f"Pacer({self.limits!r}, sent={self.sent}, refusals={self.refusals})"

    def allowance(self, agent_id: str) -> int:
        """The queries per window the agent may make now (lowered after refusals)."""
        with self._lock:
            return self._allowance.get(agent_id, self.limits.per_agent)

    def take(self, agent_id: str, interface: str) -> float:
        """Reserve a slot for a query now (returns 0), or return the seconds to wait first.

        Nothing is reserved when the answer is not 0: call again after waiting.
        """
        return self.take_slot(agent_id, interface)[0]

    def take_slot(self, agent_id: str, interface: str) -> tuple[float, float]:
        """As :meth:`take`, also returning the slot's time (for :meth:`finished`)."""
        limits = self.limits
        key = interface if limits.scope == "interface" else ""
        span = limits.window + limits.margin
        with self._lock:
            now = self.clock()
            wait = self._paused_until.get(agent_id, now) - now
            mine = self._sent.setdefault((agent_id, key), deque())
            everyone = self._sent.setdefault(("", key), deque())
            for times in (mine, everyone):
                while times and now - times[0] >= span:
                    times.popleft()
            allowed = self._allowance.get(agent_id, limits.per_agent)
            if len(mine) >= allowed:
                wait = max(wait, mine[len(mine) - allowed] + span - now)
            if len(everyone) >= limits.in_all:
                wait = max(wait, everyone[len(everyone) - limits.in_all] + span - now)
            if wait > 0:
                return wait, now
            mine.append(now)
            everyone.append(now)
            self.sent += 1
            return 0.0, now

    def finished(self, agent_id: str, interface: str, taken: float) -> None:
        """The query of the slot ``taken`` came back: count the slot from now.

        The gateway saw the query between the two; counting it from its answer keeps the
        next window clear of it whatever the latency (a slow answer under load would
        otherwise let the next query reach the gateway within its window).
        """
        key = interface if self.limits.scope == "interface" else ""
        with self._lock:
            now = self.clock()
            for times in (self._sent.get((agent_id, key)), self._sent.get(("", key))):
                if times is None:
                    continue
                try:
                    times.remove(taken)
                except ValueError:
                    continue  # aged out already
                times.append(max(now, times[-1]) if times else now)

    def wait(self, agent_id: str, interface: str, sleep: Callable[[float], object]) -> float:
        """Sleep (with ``sleep``) until a slot is free, and take it; returns its time."""
        while True:
            delay, taken = self.take_slot(agent_id, interface)
            if delay <= 0:
                return taken
            sleep(delay)

    def answered(self, agent_id: str) -> None:
        """The agent's query was answered (not refused): recover from a back-off, slowly.

        The allowance grows by one per window without refusal up to the level below the
        one refused last, and beyond it (probing whether the gateway allows more again)
        by one per ``PROBE_WINDOWS`` quiet windows.
        """
        limits = self.limits
        span = limits.window + limits.margin
        with self._lock:
            allowance = self._allowance.get(agent_id)
            if allowance is None:
                return
            now = self.clock()
            calm = now - self._calm_since.get(agent_id, now)
            ceiling = self._ceiling.get(agent_id, limits.per_agent)
            if calm < (span if allowance < ceiling else span * PROBE_WINDOWS):
                return
            self._strikes.pop(agent_id, None)
            self._calm_since[agent_id] = now
            if allowance + 1 >= limits.per_agent:
                del self._allowance[agent_id]
            else:
                self._allowance[agent_id] = allowance + 1

    def refused(self, agent_id: str) -> float:
        """The gateway refused the agent's query (000-007): back off; returns the pause.

        The agent waits a window (twice as long for each refusal in a row, at most
        ``max_backoff``) and may then make half as many queries per window as before.
        """
        limits = self.limits
        span = limits.window + limits.margin
        with self._lock:
            self.refusals += 1
            now = self.clock()
            strikes = min(self._strikes.get(agent_id, 0) + 1, 32)
            self._strikes[agent_id] = strikes
            pause = min(limits.max_backoff, span * 2.0 ** (strikes - 1))
            self._paused_until[agent_id] = now + pause
            self._calm_since[agent_id] = now + pause
            allowance = self._allowance.get(agent_id, limits.per_agent)
            self._ceiling[agent_id] = max(1, allowance - 1)
            self._allowance[agent_id] = max(1, allowance // 2)
            return pause
