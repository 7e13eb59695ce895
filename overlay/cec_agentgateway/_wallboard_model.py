"""The wallboard's data: what a screen is shown, and the schedule shared by its screens.

See :mod:`._wallboard` for the boards; this module holds what the sync and async forms
share: the typed figures (:class:`SkillFigures`), each item's :class:`WallboardReading`,
the :class:`WallboardSnapshot` a screen receives with its :class:`WallboardDelta`, the
checks of a screen's arguments, and ``_Schedule`` (what a round asks, what came back).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import AgentGatewayError, RequestValidationError
from ._groups import TeamMember
from ._pacing import Pacer, PacingLimits

if TYPE_CHECKING:
    from .generated.models import AcdStat

__all__ = [
    "Members",
    "SkillFigures",
    "WallboardDelta",
    "WallboardReading",
    "WallboardSnapshot",
]

T = TypeVar("T")

#: The interfaces the board paces its queries under (their operationIds).
SKILL_STATS = "queryAcdStat"
AGENT_STATES = "queryAllAgentStatus"
GROUP_MEMBERS = "queryAllAgentInfoOnMyGroupEx"
MAX_BATCH = 100  # queryacdstat takes 1 to 100 skill IDs


# ------------------------------------------------------------------ what a screen sees
@dataclass(frozen=True, slots=True)
class SkillFigures:
    """One skill queue's figures (queryacdstat); None where the gateway sent none."""

    skill_id: int
    description: str | None
    waiting: int | None  # queueSize: callers waiting now
    longest_wait: int | None  # queueTime: seconds the oldest caller has waited
    signed_in: int | None  # loggedOnAgents
    available: int | None  # availAgents: idle now
    max_queue_size: int | None
    pilot_number: str | None
    raw: AcdStat = field(compare=False, repr=False)


def _figures(stat: AcdStat) -> SkillFigures:
    return SkillFigures(
        skill_id=stat.device_no if stat.device_no is not None else -1,
        description=stat.skill_descrip,
        waiting=stat.queue_size,
        longest_wait=stat.queue_time,
        signed_in=stat.logged_on_agents,
        available=stat.avail_agents,
        max_queue_size=stat.max_queue_size,
        pilot_number=stat.pilot_nbr,
        raw=stat,
    )


@dataclass(frozen=True, slots=True)
class WallboardReading(Generic[T]):
    """One item's latest value and when it was read.

    ``value`` is None before the first good answer, and for a skill the gateway does not
    list (an ID of another VCC, or none at all). ``error`` is the latest failure of the
    item's query (None once it is answered again); ``stale`` says the value is older than
    this round (its query failed or was refused), ``read_at`` when it was read (UTC).
    """

    value: T | None = None
    read_at: datetime | None = None
    error: AgentGatewayError | None = None
    stale: bool = False


Members = tuple[TeamMember, ...]


@dataclass(frozen=True, slots=True)
class WallboardDelta:
    """What changed since the screen's previous snapshot (all of it, for the first).

    ``skills`` and ``groups``: the readings whose figures, error or staleness changed;
    ``agents``: per work number, the agent whose state, name or group changed, or None
    for an agent no longer listed.
    """

    skills: Mapping[int, WallboardReading[SkillFigures]]
    agents: Mapping[str, TeamMember | None]
    groups: Mapping[int, WallboardReading[Members]]

    def __bool__(self) -> bool:
        return bool(self.skills or self.agents or self.groups)


@dataclass(frozen=True, slots=True)
class WallboardSnapshot:
    """A screen's items after one round of the board (``round`` counts from 1)."""

    round: int
    taken_at: datetime
    skills: Mapping[int, WallboardReading[SkillFigures]]
    agents: WallboardReading[Members] | None  # None when the screen does not watch agents
    groups: Mapping[int, WallboardReading[Members]]
    delta: WallboardDelta

    @property
    def stale(self) -> bool:
        """Whether any item is older than this round."""
        return any(r.stale for r in self._readings())

    def errors(self) -> dict[str, AgentGatewayError]:
        """The items whose latest query failed: ``{"skill 3": error, "agents": error}``."""
        named: list[tuple[str, WallboardReading[Any] | None]] = [
            *((f"skill {k}", r) for k, r in self.skills.items()),
            ("agents", self.agents),
            *((f"group {k}", r) for k, r in self.groups.items()),
        ]
        return {name: r.error for name, r in named if r is not None and r.error is not None}

    def _readings(self) -> Iterator[WallboardReading[Any]]:
        yield from self.skills.values()
        if self.agents is not None:
            yield self.agents
        yield from self.groups.values()


# ------------------------------------------------------------------ checking arguments
def _ids(name: str, values: Iterable[int]) -> tuple[int, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise RequestValidationError(name, "must be a list of whole numbers")
    ids = tuple(values)
    for value in ids:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RequestValidationError(name, f"must hold whole numbers >= 0, not {value!r}")
    return tuple(dict.fromkeys(ids))


def _interval(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RequestValidationError("interval", "must be a number of seconds")
    if not (math.isfinite(value) and value > 0):
        raise RequestValidationError("interval", "must be a finite number of seconds > 0")
    return float(value)


def _batch(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BATCH:
        raise RequestValidationError("batch_size", f"must be a whole number from 1 to {MAX_BATCH}")
    return value


def _pacer(limits: PacingLimits | None, pacer: Pacer | None, clock: Callable[[], float]) -> Pacer:
    if pacer is not None:
        if limits is not None:
            raise RequestValidationError("limits", "give limits or a shared pacer, not both")
        if not isinstance(pacer, Pacer):
            raise RequestValidationError("pacer", "must be a Pacer")
        return pacer
    if limits is not None and not isinstance(limits, PacingLimits):
        raise RequestValidationError("limits", "must be a PacingLimits")
    return Pacer(limits, clock=clock)


# ------------------------------------------------------------------ the shared schedule
@dataclass(frozen=True, slots=True)
class _Query:
    interface: str
    skills: tuple[int, ...] = ()
    group: int | None = None


class _Watch:
    """What one screen watches, and what it was shown last."""

    def __init__(
        self,
        skills: Iterable[int],
        agents: bool,
        groups: Iterable[int],
        callback: Callable[[WallboardSnapshot], object] | None,
    ) -> None:
        self.skills = _ids("skills", skills)
        self.groups = _ids("groups", groups)
        if not isinstance(agents, bool):
            raise RequestValidationError("agents", "must be True or False")
        if callback is not None and not callable(callback):
            raise RequestValidationError("callback", "must be a function of a WallboardSnapshot")
        self.agents = agents
        self.callback = callback
        self.last: WallboardSnapshot | None = None
        self.closed = False


class _Schedule:
    """The board's state, shared by the sync and async forms: what to ask, what came back."""

    def __init__(self, agent_id: str, interval: float, batch_size: int) -> None:
        self.agent_id = agent_id
        self.interval = interval
        self.batch_size = batch_size
        self.watches: list[_Watch] = []
        self.skills: dict[int, WallboardReading[SkillFigures]] = {}
        self.agents: WallboardReading[Members] = WallboardReading()
        self.groups: dict[int, WallboardReading[Members]] = {}
        self.round = 0
        self.due: float | None = None  # when the next round may start (board clock)

    def plan(self) -> list[_Query]:
        """This round's queries: each watched item once, whoever watches it."""
        watches = [w for w in self.watches if not w.closed]
        skills = sorted({s for w in watches for s in w.skills})
        size = self.batch_size
        queries = [
            _Query(SKILL_STATS, skills=tuple(skills[i : i + size]))
            for i in range(0, len(skills), size)
        ]
        if any(w.agents for w in watches):
            queries.append(_Query(AGENT_STATES))
        for group in sorted({g for w in watches for g in w.groups}):
            queries.append(_Query(GROUP_MEMBERS, group=group))
        return queries

    def answered(self, query: _Query, value: Any) -> None:
        now = datetime.now(UTC)
        if query.interface == SKILL_STATS:
            listed = {f.skill_id: f for f in (_figures(stat) for stat in value)}
            for skill in query.skills:
                self.skills[skill] = WallboardReading(listed.get(skill), now)
        elif query.interface == AGENT_STATES:
            self.agents = WallboardReading(tuple(value), now)
        elif query.group is not None:
            self.groups[query.group] = WallboardReading(tuple(value), now)

    def failed(self, query: _Query, error: AgentGatewayError | None) -> None:
        """The query failed (``error``) or was refused by the limit (None): mark it stale."""

        def stale(old: WallboardReading[T] | None) -> WallboardReading[T]:
            old = old or WallboardReading()
            return WallboardReading(old.value, old.read_at, error or old.error, stale=True)

        if query.interface == SKILL_STATS:
            for skill in query.skills:
                self.skills[skill] = stale(self.skills.get(skill))
        elif query.interface == AGENT_STATES:
            self.agents = stale(self.agents)
        elif query.group is not None:
            self.groups[query.group] = stale(self.groups.get(query.group))

    def publish(self) -> list[tuple[_Watch, WallboardSnapshot]]:
        self.round += 1
        now = datetime.now(UTC)
        out = []
        self.watches = [w for w in self.watches if not w.closed]  # forget the closed screens
        for watch in self.watches:
            skills = {s: self.skills.get(s, WallboardReading()) for s in watch.skills}
            groups = {g: self.groups.get(g, WallboardReading()) for g in watch.groups}
            agents = self.agents if watch.agents else None
            delta = _delta(watch.last, skills, agents, groups)
            snapshot = WallboardSnapshot(self.round, now, skills, agents, groups, delta)
            watch.last = snapshot
            out.append((watch, snapshot))
        return out


def _error_key(error: AgentGatewayError | None) -> tuple[type, str] | None:
    return None if error is None else (type(error), str(error))


def _same(a: WallboardReading[Any] | None, b: WallboardReading[Any]) -> bool:
    """Whether a reading shows the same as before (a new error of the same kind is the same)."""
    if a is None or a.stale != b.stale or _error_key(a.error) != _error_key(b.error):
        return False
    if isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return _member_keys(a) == _member_keys(b)
    return bool(a.value == b.value)


def _member_key(m: TeamMember) -> tuple[Any, ...]:
    return (m.name, m.state, m.group, m.cti_state, m.group_id, m.skill_ids)


def _member_keys(reading: WallboardReading[Any]) -> dict[str, tuple[Any, ...]]:
    value = reading.value
    if not isinstance(value, tuple):
        return {}
    return {m.work_no: _member_key(m) for m in value if isinstance(m, TeamMember)}


def _delta(
    last: WallboardSnapshot | None,
    skills: dict[int, WallboardReading[SkillFigures]],
    agents: WallboardReading[Members] | None,
    groups: dict[int, WallboardReading[Members]],
) -> WallboardDelta:
    old_skills = last.skills if last else {}
    old_groups = last.groups if last else {}
    changed_agents: dict[str, TeamMember | None] = {}
    if agents is not None:
        before = _member_keys(last.agents) if last and last.agents else {}
        now = {m.work_no: m for m in agents.value or ()}
        for work_no, member in now.items():
            if before.get(work_no) != _member_key(member):
                changed_agents[work_no] = member
        for work_no in before.keys() - now.keys():
            changed_agents[work_no] = None
    return WallboardDelta(
        skills={k: r for k, r in skills.items() if not _same(old_skills.get(k), r)},
        agents=changed_agents,
        groups={k: r for k, r in groups.items() if not _same(old_groups.get(k), r)},
    )
