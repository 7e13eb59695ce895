"""Skills and skill queues: joining queues, the queue counts and statistics, and the calls
that wait in a queue until an agent is free.

The figures are computed from what the simulator holds: ``queueSize`` counts the callers the
scenario says wait (``waiting``) plus the calls queued with :meth:`queue_call`;
``loggedOnAgents`` the signed-in agents of the VDN that joined the queue (resetskill),
``availAgents`` those of them that are idle. A queued call is offered, as a gateway's ACD
would, to the joined agent that has been idle longest, as soon as there is one.

The gateway limits how often queue queries are made (page cec_07_0406: by default 5 per
agent and 15,000 in all every 2 seconds). The simulator enforces that limit (on its clock)
and refuses a query over it with 000-007, the gateway's code for a repeated invocation (the
page names no code). The page does not say whether an agent's 5 are per interface or for
the family's interfaces together: by default each interface is counted on its own
(``QueryLimit(scope="interface")``), ``scope="family"`` counts them together.
:meth:`set_query_limit` makes the limit stricter, looser or off.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..._errors import RequestValidationError
from ..._validation import check_agent_id
from ...generated.models import GatewayAgentState, Retcode
from .._callflow import CallFlow
from .._core import GatewayCore
from .._family import Family, checked_parameter, json_object, ok, operation, validated
from .._model import AgentRecord, Call, SimulatorError
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["QueryLimit", "QueueFamily", "SimSkill"]


@dataclass(frozen=True)
class QueryLimit:
    """How many queue queries the gateway answers per ``window`` seconds: per agent, and in
    all (page cec_07_0406's defaults), counted per interface or for the whole family."""

    per_agent: int = 5
    in_all: int = 15_000
    window: float = 2.0
    scope: Literal["interface", "family"] = "interface"

    def __post_init__(self) -> None:
        if self.per_agent < 1 or self.in_all < 1 or not self.window > 0:
            raise ValueError("a query limit needs per_agent >= 1, in_all >= 1 and window > 0")
        if self.scope not in ("interface", "family"):
            raise ValueError("scope must be 'interface' or 'family'")


@dataclass(eq=False)
class SimSkill:
    """A skill queue of a VDN and the callers waiting in it."""

    skill_id: int
    name: str
    media_type: int
    vdn_id: int
    waiting: int = 0  # callers the scenario says wait, beside the queued calls
    longest_wait: int = 0
    max_queue_size: int = 100
    pilot_number: str = ""
    description: str = ""
    queued: deque[tuple[Call, float]] = field(default_factory=deque)  # (call, queued at)


class QueueFamily(Family):
    """onlineagent resetskill, agentskills, agentskillsbyworkno; queuedevice waitnum,
    waitnumbyagent, skillwaitnum, queryacdstat and agentvdnskill."""

    name = "queues"

    def __init__(self, core: GatewayCore, flow: CallFlow, limit: QueryLimit | None) -> None:
        super().__init__(core)
        self.flow = flow
        self.skills: dict[int, SimSkill] = {}
        self._limit = limit
        # (agent ID or "", interface or "") -> times of the recent queries it counts
        self._asked: dict[tuple[str, str], deque[float]] = {}
        core.hooks.tick.append(self._distribute)

    # ------------------------------------------------------------------ scenario

    def add_skill(
        self,
        skill_id: int,
        name: str,
        *,
        media_type: int = 5,
        vdn_id: int | None = None,
        waiting: int = 0,
        longest_wait: int = 0,
        max_queue_size: int = 100,
        pilot_number: str = "",
        description: str | None = None,
    ) -> None:
        """Configure a skill queue of a VDN (default: the simulator's VDN).

        ``media_type`` follows the spec's MediaType (5: voice or video call). ``waiting`` and
        ``longest_wait`` (seconds) are callers the scenario says wait; change them with
        :meth:`set_queue`, or queue real calls with :meth:`queue_call`.
        """
        if isinstance(skill_id, bool) or not isinstance(skill_id, int) or skill_id < 0:
            raise ValueError("skill_id must be a whole number >= 0")
        with self.core.lock:
            if skill_id in self.skills:
                raise SimulatorError(f"skill queue {skill_id} already exists")
            self.skills[skill_id] = SimSkill(
                skill_id=skill_id,
                name=name,
                media_type=media_type,
                vdn_id=self.core.vdn_id if vdn_id is None else vdn_id,
                waiting=_count(waiting, "waiting"),
                longest_wait=_count(longest_wait, "longest_wait"),
                max_queue_size=_count(max_queue_size, "max_queue_size"),
                pilot_number=pilot_number,
                description=name if description is None else description,
            )

    def set_queue(
        self,
        skill_id: int,
        *,
        waiting: int | None = None,
        longest_wait: int | None = None,
        max_queue_size: int | None = None,
    ) -> None:
        """Change how many callers the scenario says wait and how long the oldest waited (s)."""
        with self.core.lock:
            skill = self._skill(skill_id)
            if waiting is not None:
                skill.waiting = _count(waiting, "waiting")
            if longest_wait is not None:
                skill.longest_wait = _count(longest_wait, "longest_wait")
            if max_queue_size is not None:
                skill.max_queue_size = _count(max_queue_size, "max_queue_size")

    def queue_call(
        self, skill_id: int, caller: str = "70004", called: str = "60015", app_data: str = ""
    ) -> str:
        """A customer's call enters a skill queue; returns its call ID.

        It waits (counted in ``queueSize`` and ``queueTime``) until an agent of the VDN that
        joined the queue is idle, and is then offered to the one idle longest.
        """
        with self.core.lock:
            skill = self._skill(skill_id)
            if len(skill.queued) + skill.waiting >= skill.max_queue_size:
                raise SimulatorError(f"skill queue {skill_id} is full")
            call = Call(
                call_id=self.flow.new_call_id(),
                caller=caller,
                called=called,
                app_data=app_data,
                media_type=skill.media_type,
                skill=skill.name,
                skill_id=skill_id,
                wait_seconds=0,
                offered_ms=0,
                first_of_session=False,
            )
            skill.queued.append((call, self.core.clock()))
            self._distribute(self.core.clock())
            return call.call_id

    def queued_calls(self, skill_id: int) -> list[str]:
        """The IDs of the calls waiting in a skill queue, oldest first."""
        with self.core.lock:
            self.core.housekeeping(self.core.clock())
            return [call.call_id for call, _ in self._skill(skill_id).queued]

    def set_agent_skills(self, agent_id: str, skill_ids: Iterable[int]) -> None:
        """Configure which skill queues an agent may join (agentskills, resetskill)."""
        with self.core.lock:
            agent = self.core.agent(agent_id)
            ids = tuple(dict.fromkeys(skill_ids))
            for skill_id in ids:
                self._skill(skill_id)
            agent.skills = ids

    def joined_skills(self, agent_id: str) -> list[int]:
        """The skill queues the agent joined in its current session (resetskill)."""
        with self.core.lock:
            return list(self.core.agent(agent_id).joined_skills)

    def set_query_limit(self, limit: QueryLimit | None) -> None:
        """Limit queue queries as a gateway does (None: no limit)."""
        with self.core.lock:
            self._limit = limit
            self._asked.clear()

    def statistics(self, skill_id: int) -> dict[str, Any]:
        """The queue's queryacdstat figures, as an agent of its VDN would be answered."""
        with self.core.lock:
            self.core.housekeeping(self.core.clock())
            return self._statistics(self._skill(skill_id))

    # ------------------------------------------------------------------ the queue's state

    def _skill(self, skill_id: int) -> SimSkill:
        skill = self.skills.get(skill_id)
        if skill is None:
            raise SimulatorError(f"no skill queue {skill_id}: add it with add_skill()")
        return skill

    def _members(self, skill: SimSkill) -> list[AgentRecord]:
        """The signed-in agents of the queue's VDN that joined it, by agent ID."""
        found = [
            agent
            for agent in self.core.agents.values()
            if agent.vdn_id == skill.vdn_id and skill.skill_id in agent.joined_skills
        ]
        return sorted(found, key=lambda agent: int(agent.agent_id))

    def _statistics(self, skill: SimSkill) -> dict[str, Any]:
        now = self.core.clock()
        members = self._members(skill)
        idle = [a for a in members if a.gateway_state() is GatewayAgentState.IDLE]
        oldest = int(now - skill.queued[0][1]) if skill.queued else 0
        return {
            "pilotNbr": skill.pilot_number,
            "deviceNo": skill.skill_id,
            "queueSize": skill.waiting + len(skill.queued),
            "queueTime": max(skill.longest_wait, oldest),
            "loadFactor": 0,
            "estWaitTime": 0,
            "loggedOnAgents": len(members),
            "availAgents": len(idle),
            "transferFlg": 0,
            "transferDeviceType": 0,
            "transferDeviceNo": 0,
            "skillDescrip": skill.description,
            "maxQueueSize": skill.max_queue_size,
        }

    def _distribute(self, now: float) -> None:
        """Offer each queued call to the joined agent idle longest, while there is one."""
        for skill in self.skills.values():
            while skill.queued:
                free = [
                    a
                    for a in self._members(skill)
                    if a.session is not None and a.not_offerable() is None
                ]
                if not free:
                    break
                agent = min(free, key=lambda a: a.state_since_ms)
                call, queued_at = skill.queued.popleft()
                call.wait_seconds = int(now - queued_at)
                call.offered_ms = self.core.now_ms()
                assert agent.session is not None
                self.flow.offer(agent, agent.session, call)

    def _waiting(self, skill_ids: Iterable[int]) -> int:
        skills = (self.skills.get(i) for i in skill_ids)
        return sum(s.waiting + len(s.queued) for s in skills if s is not None)

    def _query(self, context: Context) -> AgentRecord:
        """The signed-in agent of a queue query (queuedevice), counted against the limit."""
        agent, _ = self.session(context)
        self._count_query(context)
        return agent

    def _count_query(self, context: Context) -> None:
        """Count a queue query; refuse it (000-007) when it is over the gateway's limit."""
        limit = self._limit
        if limit is None:
            return
        now = context.now
        interface = context.operation if limit.scope == "interface" else ""
        mine = self._asked.setdefault((context.agent_id, interface), deque())
        everyone = self._asked.setdefault(("", interface), deque())
        for times in (mine, everyone):
            while times and now - times[0] >= limit.window:
                times.popleft()
        if len(mine) >= limit.per_agent or len(everyone) >= limit.in_all:
            raise Refusal(
                Retcode.REPEATED_INVOCATION,
                f"the interface is overloaded: at most {limit.per_agent} queries per agent"
                f" and {limit.in_all} in all every {limit.window:g} seconds",
            )
        mine.append(now)
        everyone.append(now)
        if len(self._asked) > 8 * len(self.core.agents) + 64:  # forget the quiet askers
            self._asked = {k: v for k, v in self._asked.items() if v and now - v[-1] < limit.window}

    # ------------------------------------------------------------------ handlers: skills

    @operation("resetSkill")
    def reset_skill(self, context: Context) -> SimResponse:
        """Join the configured queues (all, or those listed); needs a phone bound to the session."""
        agent, session = self.session(context)
        query = context.request.query
        requested: set[int] = set()
        skillid = query.get("skillid", "")
        if skillid:
            validated(
                "resetSkill.skillid", {"skillid": skillid}, context, Retcode.INVALID_PARAMETER
            )
            requested = {int(part) for part in skillid.split(";")}
        linkage = query.get("phonelinkage")
        if linkage is not None and linkage not in ("0", "1"):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter phonelinkage is invalid")
        if not session.options.phone:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "no phone is bound to the agent")
        everything = context.params.get("autoflag", "").lower() == "true"
        chosen = agent.skills if everything else tuple(i for i in agent.skills if i in requested)
        session.joined_skills = chosen
        return json_response(ok({}))

    @operation("queryAgentSkills")
    def query_agent_skills(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        return json_response(ok(self._configured(agent)))

    @operation("queryAgentSkillsByWorkNo")
    def query_agent_skills_by_work_no(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        try:
            work_no = check_agent_id(context.params.get("workno", ""))
        except RequestValidationError:
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter workno is invalid") from None
        other = self.core.agents.get(work_no)
        if other is None or other.vdn_id != agent.vdn_id:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no agent {work_no} in the agent's VCC")
        return json_response(ok(self._configured(other)))

    def _configured(self, agent: AgentRecord) -> list[dict[str, Any]]:
        return [_skill_payload(self.skills[i]) for i in agent.skills]

    # ------------------------------------------------------------------ handlers: queues

    @operation("queryQueueLengthOnAgent")
    def query_queue_length_on_agent(self, context: Context) -> SimResponse:
        agent = self._query(context)
        return json_response(ok(self._waiting(agent.skills)))

    @operation("queryQueueLengthOnAgentSkills")
    def query_queue_length_on_agent_skills(self, context: Context) -> SimResponse:
        agent = self._query(context)
        return json_response(ok(self._waiting(agent.joined_skills)))

    @operation("queryQueueLengthBySkillId")
    def query_queue_length_by_skill_id(self, context: Context) -> SimResponse:
        """The queue's count; 0 for a queue the agent's VDN does not have (nobody waits there)."""
        agent = self._query(context)
        text = context.params.get("skillid", "")
        if not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter skillid is invalid")
        skill = self.skills.get(checked_parameter(context, "skillid", int(text)))
        count = self._waiting([skill.skill_id]) if skill and skill.vdn_id == agent.vdn_id else 0
        return json_response(ok(count, "success"))

    @operation("queryAcdStat")
    def query_acd_stat(self, context: Context) -> SimResponse:
        """Statistics of the requested queues of the agent's VDN; unknown IDs are left out."""
        agent = self._query(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("QueryAcdStatRequest", raw, context, Retcode.INVALID_PARAMETER)
        result = []
        for skill_id in dict.fromkeys(body["skills"]):
            skill = self.skills.get(skill_id)
            if skill is not None and skill.vdn_id == agent.vdn_id:
                result.append(self._statistics(skill))
        return json_response(ok(result))

    @operation("querySkillQueueOnAgentVDN")
    def query_skill_queue_on_agent_vdn(self, context: Context) -> SimResponse:
        agent = self._query(context)
        skills = sorted(self.skills.values(), key=lambda s: s.skill_id)
        result = [
            {**_skill_payload(skill), "serviceType": 0, "realFlag": 1}
            for skill in skills
            if skill.vdn_id == agent.vdn_id
        ]
        return json_response(ok(result))


def _count(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0")
    return value


def _skill_payload(skill: SimSkill) -> dict[str, Any]:
    return {"name": skill.name, "id": skill.skill_id, "mediatype": skill.media_type}
