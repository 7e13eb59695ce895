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
:meth:`set_query_limit` makes the limit stricter, looser or off; ``refused_queries``
counts the queries refused by it (the request log keeps only the latest). It applies to every
queuedevice query (page cec_07_0406), the transfer-target lists of issue 22 included.

The queues and their waiting calls live in the core-layer :class:`~.._queueing.QueueStore`,
which the voice family (requestcall) and the call-data family (waitcallinfo,
assignuserinqueue) share. The scenario's IVR flows (:meth:`add_ivr_flow`) and access codes
(:meth:`add_access_code`) answer ivrinfo and innoinfo.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..._errors import RequestValidationError
from ..._validation import check_agent_id
from ...generated.models import Retcode
from .._core import GatewayCore
from .._family import Family, checked_parameter, json_object, ok, operation, validated
from .._model import AgentRecord, Call, SimulatorError
from .._queueing import QueueStore, SimSkill
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


class QueueFamily(Family):
    """onlineagent resetskill, agentskills, agentskillsbyworkno; queuedevice waitnum,
    waitnumbyagent, skillwaitnum, queryacdstat, agentvdnskill, agentskill, ivrinfo, innoinfo,
    vdnskill and queryskillstat."""

    name = "queues"

    def __init__(self, core: GatewayCore, store: QueueStore, limit: QueryLimit | None) -> None:
        super().__init__(core)
        self.store = store
        self.skills = store.skills
        self._limit = limit
        # (agent ID or "", interface or "") -> times of the recent queries it counts
        self._asked: dict[tuple[str, str], deque[float]] = {}
        #: Queries refused by the limit (000-007) since the start, every agent's together.
        self.refused_queries = 0
        # The VDNs' IVR flows and access codes (ivrinfo, innoinfo), by VDN.
        self.ivr_flows: dict[int, list[dict[str, Any]]] = {}
        self.access_codes: dict[int, list[dict[str, Any]]] = {}

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
            call = Call(
                call_id=self.store.flow.new_call_id(),
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
            self.store.enqueue(skill, call)
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

    def add_ivr_flow(
        self,
        flow_id: int,
        access_code: str,
        description: str = "",
        *,
        service_no: int = 1,
        vdn_id: int | None = None,
    ) -> None:
        """Configure an IVR flow of a VDN (default: the simulator's), as ivrinfo lists it."""
        with self.core.lock:
            flows = self.ivr_flows.setdefault(self.core.vdn_id if vdn_id is None else vdn_id, [])
            if any(flow["id"] == flow_id for flow in flows):
                raise SimulatorError(f"IVR flow {flow_id} already exists")
            entry = {"access": access_code, "id": flow_id, "description": description}
            flows.append({**entry, "serviceNo": service_no})

    def add_access_code(
        self,
        access_code: str,
        description: str = "",
        *,
        media_type: int = 5,
        vdn_id: int | None = None,
    ) -> None:
        """Configure an access code (called number) of a VDN, as innoinfo lists it."""
        with self.core.lock:
            vdn = self.core.vdn_id if vdn_id is None else vdn_id
            codes = self.access_codes.setdefault(vdn, [])
            if any(code["inno"] == access_code for code in codes):
                raise SimulatorError(f"access code {access_code} already exists")
            entry = {"inno": access_code, "id": len(codes) + 1, "description": description}
            codes.append({**entry, "vdnid": vdn, "mediatype": media_type})

    def statistics(self, skill_id: int) -> dict[str, Any]:
        """The queue's queryacdstat figures, as an agent of its VDN would be answered."""
        with self.core.lock:
            self.core.housekeeping(self.core.clock())
            return self._statistics(self._skill(skill_id))

    # ------------------------------------------------------------------ the queue's state

    def _skill(self, skill_id: int) -> SimSkill:
        return self.store.skill(skill_id)

    def _statistics(self, skill: SimSkill) -> dict[str, Any]:
        return self.store.statistics(skill)

    def _waiting(self, skill_ids: Iterable[int]) -> int:
        return self.store.waiting(skill_ids)

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
            self.refused_queries += 1
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
        result = [_vdn_skill_payload(skill) for skill in skills if skill.vdn_id == agent.vdn_id]
        return json_response(ok(result))

    # ------------------------------------------------------------------ handlers: issue 22

    @operation("querySkillQueueOnAgent")
    def query_skill_queue_on_agent(self, context: Context) -> SimResponse:
        """The skill queues another agent of the VDN has joined (its current session)."""
        agent = self._query(context)
        try:
            work_no = check_agent_id(context.params.get("workNo", ""))
        except RequestValidationError:
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter workNo is invalid") from None
        other = self.core.agents.get(work_no)
        if other is None or other.vdn_id != agent.vdn_id:
            raise Refusal(Retcode.AGENT_HAS_NO_QUEUE, f"no agent {work_no} in the agent's VCC")
        skills = [_skill_payload(self.skills[i]) for i in other.joined_skills]
        return json_response(ok(skills))

    @operation("queryIvrInfoOnVdn")
    def query_ivr_info_on_vdn(self, context: Context) -> SimResponse:
        agent = self._query(context)
        flows = self.ivr_flows.get(agent.vdn_id)
        if not flows:
            raise Refusal(Retcode.VDN_HAS_NO_IVR, "the agent's VCC has no IVR flow")
        return json_response(ok([dict(flow) for flow in flows], "success"))

    @operation("queryAccessCodesOnVdn")
    def query_access_codes_on_vdn(self, context: Context) -> SimResponse:
        agent = self._query(context)
        codes = self.access_codes.get(agent.vdn_id)
        if not codes:
            raise Refusal(Retcode.VDN_HAS_NO_ACCESS_CODES, "the agent's VCC has no access code")
        return json_response(ok([dict(code) for code in codes]))

    @operation("querySkillQueueOnVdn")
    def query_skill_queue_on_vdn(self, context: Context) -> SimResponse:
        """The queues of the VDN named; another VDN than the agent's shows none (600-002)."""
        agent = self._query(context)
        text = context.params.get("vdnid", "")
        if not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter vdnid is invalid")
        vdn_id = checked_parameter(context, "vdnid", int(text))
        skills = sorted(self.skills.values(), key=lambda s: s.skill_id)
        mine = [s for s in skills if s.vdn_id == vdn_id == agent.vdn_id]
        if not mine:
            raise Refusal(Retcode.VDN_HAS_NO_QUEUES, f"no skill queue of VCC {vdn_id} is visible")
        return json_response(ok([_vdn_skill_payload(skill) for skill in mine]))

    @operation("querySkillStatWithVdn")
    def query_skill_stat_with_vdn(self, context: Context) -> SimResponse:
        """queryacdstat's figures for the listed queues of the VDN, or for all of them."""
        agent = self._query(context)
        requested: Iterable[int] | None = None
        if context.request.body:
            raw = json_object(context, Retcode.INVALID_PARAMETER)
            body = validated("QuerySkillStatRequest", raw, context, Retcode.INVALID_PARAMETER)
            requested = body.get("skills")
        if requested is None:
            requested = sorted(self.skills)
        result = []
        for skill_id in dict.fromkeys(requested):
            skill = self.skills.get(skill_id)
            if skill is not None and skill.vdn_id == agent.vdn_id:
                result.append(self._statistics(skill))
        return json_response(ok(result))


def _vdn_skill_payload(skill: SimSkill) -> dict[str, Any]:
    return {**_skill_payload(skill), "serviceType": 0, "realFlag": 1}


def _count(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0")
    return value


def _skill_payload(skill: SimSkill) -> dict[str, Any]:
    return {"name": skill.name, "id": skill.skill_id, "mediatype": skill.media_type}
