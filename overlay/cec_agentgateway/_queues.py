"""Queue and agent-group queries: ``agent.queue`` and ``agent.group``.

All of them are read-only and retried like other reads. The gateway limits queue queries (by
default 5 per agent every 2 seconds), so dashboards should poll them sparingly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall
from ._skills import skill_id_list
from ._validation import check_body, check_parameter
from .generated import models
from .generated.types import UNSET

# Model names for type checkers; at run time they are read from `models` on first use.
if TYPE_CHECKING:
    from .generated.models import (
        AccessCode,
        AcdStat,
        AgentStateEntry,
        IdleAgent,
        IvrInfo,
        Skill,
        VdnSkill,
        WaitCountResponse,
    )

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.agentgroup import query_all_agent_status, query_idle_agents
    from .generated.api.queuedevice import (
        query_access_codes_on_vdn,
        query_acd_stat,
        query_ivr_info_on_vdn,
        query_queue_length_by_skill_id,
        query_queue_length_on_agent,
        query_queue_length_on_agent_skills,
        query_skill_queue_on_agent,
        query_skill_queue_on_agent_vdn,
        query_skill_queue_on_vdn,
        query_skill_stat_with_vdn,
    )
else:
    query_access_codes_on_vdn = generated_api("queuedevice.query_access_codes_on_vdn")
    query_ivr_info_on_vdn = generated_api("queuedevice.query_ivr_info_on_vdn")
    query_skill_queue_on_agent = generated_api("queuedevice.query_skill_queue_on_agent")
    query_skill_queue_on_vdn = generated_api("queuedevice.query_skill_queue_on_vdn")
    query_skill_stat_with_vdn = generated_api("queuedevice.query_skill_stat_with_vdn")
    query_all_agent_status = generated_api("agentgroup.query_all_agent_status")
    query_idle_agents = generated_api("agentgroup.query_idle_agents")
    query_acd_stat = generated_api("queuedevice.query_acd_stat")
    query_queue_length_by_skill_id = generated_api("queuedevice.query_queue_length_by_skill_id")
    query_queue_length_on_agent = generated_api("queuedevice.query_queue_length_on_agent")
    query_queue_length_on_agent_skills = generated_api(
        "queuedevice.query_queue_length_on_agent_skills"
    )
    query_skill_queue_on_agent_vdn = generated_api("queuedevice.query_skill_queue_on_agent_vdn")

__all__ = [
    "AsyncGroupQueries",
    "AsyncQueueQueries",
    "AsyncQueuesMixin",
    "GroupQueries",
    "QueueQueries",
    "QueuesMixin",
]

T = TypeVar("T")

WAIT_NUM = Operation.from_spec("queryQueueLengthOnAgent", "WaitCountResponse")
WAIT_NUM_BY_AGENT = Operation.from_spec("queryQueueLengthOnAgentSkills", "WaitCountResponse")
SKILL_WAIT_NUM = Operation.from_spec("queryQueueLengthBySkillId", "WaitCountResponse")
ACD_STAT = Operation.from_spec("queryAcdStat", "QueryAcdStatResponse")
VDN_SKILLS = Operation.from_spec("querySkillQueueOnAgentVDN", "VdnSkillListResponse")
IDLE_AGENTS = Operation.from_spec("queryIdleAgents", "IdleAgentListResponse")
ALL_AGENT_STATUS = Operation.from_spec("queryAllAgentStatus", "AgentStateListResponse")
JOINED_SKILLS_OF = Operation.from_spec("querySkillQueueOnAgent", "SkillListResponse")
IVR_FLOWS = Operation.from_spec("queryIvrInfoOnVdn", "IvrInfoListResponse")
ACCESS_CODES = Operation.from_spec("queryAccessCodesOnVdn", "AccessCodeListResponse")
SKILLS_OF_VDN = Operation.from_spec("querySkillQueueOnVdn", "VdnSkillListResponse")
SKILL_STATS = Operation.from_spec("querySkillStatWithVdn", "QueryAcdStatResponse")


# ------------------------------------------------------------------ builders
def _count(operation: Operation, agent_id: str, request: dict[str, Any]) -> PreparedCall[int]:
    def finish(parsed: WaitCountResponse, response: httpx.Response) -> int:
        """The count; 0 for the empty object one page's example shows instead of a number."""
        result = parsed.result
        if isinstance(result, bool):
            raise call.decode_error("result is not a number of callers", response)
        if isinstance(result, int):
            return result
        if isinstance(result, str) and result.isdigit():
            return int(result)
        if isinstance(result, models.ReservedResult) and not result.additional_properties:
            return 0
        raise call.decode_error("result is not a number of callers", response)

    call = PreparedCall(operation, agent_id, request, finish)
    return call


def waiting(agent_id: str) -> PreparedCall[int]:
    return _count(WAIT_NUM, agent_id, query_queue_length_on_agent._get_kwargs(agent_id))


def waiting_in_joined(agent_id: str) -> PreparedCall[int]:
    request = query_queue_length_on_agent_skills._get_kwargs(agent_id)
    return _count(WAIT_NUM_BY_AGENT, agent_id, request)


def waiting_for_skill(agent_id: str, skill_id: int) -> PreparedCall[int]:
    check_parameter(
        "queryQueueLengthBySkillId.skillid",
        skill_id,
        operation=SKILL_WAIT_NUM.log_method,
        agent_id=agent_id,
        keyword="skill_id",
    )
    request = query_queue_length_by_skill_id._get_kwargs(agent_id, skill_id)
    return _count(SKILL_WAIT_NUM, agent_id, request)


def _listing(
    operation: Operation, agent_id: str, request: dict[str, Any], item: type[T], what: str
) -> PreparedCall[list[T]]:
    def finish(parsed: Any, response: httpx.Response) -> list[T]:
        result = parsed.result
        if result is None:
            return []
        if not isinstance(result, list) or not all(isinstance(x, item) for x in result):
            raise call.decode_error(f"result is neither null nor a list of {what}", response)
        return list(result)

    call = PreparedCall(operation, agent_id, request, finish)
    return call


def acd_stats(agent_id: str, skill_ids: Iterable[int]) -> PreparedCall[list[AcdStat]]:
    ids = skill_id_list(agent_id, skill_ids, field="skills", operation=ACD_STAT.log_method)
    check_body(
        "QueryAcdStatRequest",
        {"skills": ids},
        operation=ACD_STAT.log_method,
        agent_id=agent_id,
        keywords={"skills": "skill_ids"},
    )
    request = query_acd_stat._get_kwargs(agent_id, body=models.QueryAcdStatRequest(skills=ids))
    return _listing(ACD_STAT, agent_id, request, models.AcdStat, "queue statistics")


def vdn_skills(agent_id: str) -> PreparedCall[list[VdnSkill]]:
    request = query_skill_queue_on_agent_vdn._get_kwargs(agent_id)
    return _listing(VDN_SKILLS, agent_id, request, models.VdnSkill, "skill queues")


def idle_agents(agent_id: str) -> PreparedCall[list[IdleAgent]]:
    request = query_idle_agents._get_kwargs(agent_id)
    return _listing(IDLE_AGENTS, agent_id, request, models.IdleAgent, "agents")


def agent_states(agent_id: str) -> PreparedCall[list[AgentStateEntry]]:
    request = query_all_agent_status._get_kwargs(agent_id)
    return _listing(ALL_AGENT_STATUS, agent_id, request, models.AgentStateEntry, "agent states")


def joined_skills_of(agent_id: str, work_no: str | int) -> PreparedCall[list[Skill]]:
    text = str(work_no) if isinstance(work_no, int) and not isinstance(work_no, bool) else work_no
    check_parameter(
        "querySkillQueueOnAgent.workNo",
        text,
        operation=JOINED_SKILLS_OF.log_method,
        agent_id=agent_id,
        keyword="work_no",
    )
    request = query_skill_queue_on_agent._get_kwargs(agent_id, str(text))
    return _listing(JOINED_SKILLS_OF, agent_id, request, models.Skill, "skill queues")


def ivr_flows(agent_id: str) -> PreparedCall[list[IvrInfo]]:
    request = query_ivr_info_on_vdn._get_kwargs(agent_id)
    return _listing(IVR_FLOWS, agent_id, request, models.IvrInfo, "IVR flows")


def access_codes(agent_id: str) -> PreparedCall[list[AccessCode]]:
    request = query_access_codes_on_vdn._get_kwargs(agent_id)
    return _listing(ACCESS_CODES, agent_id, request, models.AccessCode, "access codes")


def skills_of_vdn(agent_id: str, vdn_id: int) -> PreparedCall[list[VdnSkill]]:
    check_parameter(
        "querySkillQueueOnVdn.vdnid",
        vdn_id,
        operation=SKILLS_OF_VDN.log_method,
        agent_id=agent_id,
        keyword="vdn_id",
    )
    request = query_skill_queue_on_vdn._get_kwargs(agent_id, vdn_id)
    return _listing(SKILLS_OF_VDN, agent_id, request, models.VdnSkill, "skill queues")


def skill_stats(agent_id: str, skill_ids: Iterable[int] | None) -> PreparedCall[list[AcdStat]]:
    """queryskillstat: every queue of the VCC (None), or those listed."""
    body: Any = UNSET
    if skill_ids is not None:
        operation = SKILL_STATS.log_method
        ids = skill_id_list(agent_id, skill_ids, field="skills", operation=operation)
        check_body(
            "QuerySkillStatRequest",
            {"skills": ids},
            operation=operation,
            agent_id=agent_id,
            keywords={"skills": "skill_ids"},
        )
        body = models.QuerySkillStatRequest(skills=ids)
    request = query_skill_stat_with_vdn._get_kwargs(agent_id, body=body)
    return _listing(SKILL_STATS, agent_id, request, models.AcdStat, "queue statistics")


# ------------------------------------------------------------------ namespaces
class _SyncNamespace:
    """A group of read-only queries bound to one sync agent handle."""

    def __init__(self, agent: SyncFamily) -> None:
        self._agent: SyncFamily = agent
        self._agent_id: str = agent._agent_id

    def _get(self, build: Callable[..., PreparedCall[T]], *args: Any) -> T:
        return self._agent._run(build(self._agent_id, *args))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(agent_id={self._agent_id!r})"


class _AsyncNamespace:
    """A group of read-only queries bound to one async agent handle."""

    def __init__(self, agent: AsyncFamily) -> None:
        self._agent: AsyncFamily = agent
        self._agent_id: str = agent._agent_id

    async def _get(self, build: Callable[..., PreparedCall[T]], *args: Any) -> T:
        return await self._agent._run(build(self._agent_id, *args))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(agent_id={self._agent_id!r})"


class QueueQueries(_SyncNamespace):
    """``agent.queue``: callers waiting in skill queues, and the queues of the agent's VCC."""

    def waiting(self) -> int:
        """waitnum: callers waiting in all skill queues configured for the agent."""
        return self._get(waiting)

    def waiting_in_joined(self) -> int:
        """waitnumbyagent: callers waiting in the skill queues the agent has joined."""
        return self._get(waiting_in_joined)

    def waiting_for_skill(self, skill_id: int) -> int:
        """skillwaitnum: callers waiting in one skill queue."""
        return self._get(waiting_for_skill, skill_id)

    def acd_stats(self, skill_ids: Iterable[int]) -> list[AcdStat]:
        """queryacdstat: statistics of 1 to 100 skill queues (unknown IDs are left out)."""
        return self._get(acd_stats, skill_ids)

    def vdn_skills(self) -> list[VdnSkill]:
        """agentvdnskill: every skill queue of the agent's VCC."""
        return self._get(vdn_skills)

    def joined_skills_of(self, work_no: str | int) -> list[Skill]:
        """agentskill: the skill queues another agent of the VCC has joined now."""
        return self._get(joined_skills_of, work_no)

    def ivr_flows(self) -> list[IvrInfo]:
        """ivrinfo: the IVR flows of the agent's VCC (transfer targets, device type 3)."""
        return self._get(ivr_flows)

    def access_codes(self) -> list[AccessCode]:
        """innoinfo: the access codes of the agent's VCC (transfer targets, device type 4)."""
        return self._get(access_codes)

    def skills_of_vdn(self, vdn_id: int) -> list[VdnSkill]:
        """vdnskill: every skill queue of the VCC ``vdn_id``."""
        return self._get(skills_of_vdn, vdn_id)

    def skill_stats(self, skill_ids: Iterable[int] | None = None) -> list[AcdStat]:
        """queryskillstat: statistics of the VCC's skill queues (all, or those listed)."""
        return self._get(skill_stats, skill_ids)


class AsyncQueueQueries(_AsyncNamespace):
    """``agent.queue`` of an async agent; see :class:`QueueQueries`."""

    async def waiting(self) -> int:
        return await self._get(waiting)

    async def waiting_in_joined(self) -> int:
        return await self._get(waiting_in_joined)

    async def waiting_for_skill(self, skill_id: int) -> int:
        return await self._get(waiting_for_skill, skill_id)

    async def acd_stats(self, skill_ids: Iterable[int]) -> list[AcdStat]:
        return await self._get(acd_stats, skill_ids)

    async def vdn_skills(self) -> list[VdnSkill]:
        return await self._get(vdn_skills)

    async def joined_skills_of(self, work_no: str | int) -> list[Skill]:
        return await self._get(joined_skills_of, work_no)

    async def ivr_flows(self) -> list[IvrInfo]:
        return await self._get(ivr_flows)

    async def access_codes(self) -> list[AccessCode]:
        return await self._get(access_codes)

    async def skills_of_vdn(self, vdn_id: int) -> list[VdnSkill]:
        return await self._get(skills_of_vdn, vdn_id)

    async def skill_stats(self, skill_ids: Iterable[int] | None = None) -> list[AcdStat]:
        return await self._get(skill_stats, skill_ids)


class GroupQueries(_SyncNamespace):
    """``agent.group``: the other agents of the agent's VCC."""

    def idle_agents(self) -> list[IdleAgent]:
        """idleagent: the agents that are idle now (e.g. transfer targets)."""
        return self._get(idle_agents)

    def agent_states(self) -> list[AgentStateEntry]:
        """allagentstatus: the signed-in agents with their state and group."""
        return self._get(agent_states)


class AsyncGroupQueries(_AsyncNamespace):
    """``agent.group`` of an async agent; see :class:`GroupQueries`."""

    async def idle_agents(self) -> list[IdleAgent]:
        return await self._get(idle_agents)

    async def agent_states(self) -> list[AgentStateEntry]:
        return await self._get(agent_states)


class QueuesMixin(SyncFamily):
    """Adds ``queue`` and ``group`` to the sync agent handle."""

    @property
    def queue(self) -> QueueQueries:
        """Queue queries: ``agent.queue.waiting()``, ``agent.queue.acd_stats([1, 2])``, ..."""
        return QueueQueries(self)

    @property
    def group(self) -> GroupQueries:
        """Agent-group queries: ``agent.group.idle_agents()``, ``agent.group.agent_states()``."""
        return GroupQueries(self)


class AsyncQueuesMixin(AsyncFamily):
    """Adds ``queue`` and ``group`` to the async agent handle."""

    @property
    def queue(self) -> AsyncQueueQueries:
        return AsyncQueueQueries(self)

    @property
    def group(self) -> AsyncGroupQueries:
        return AsyncGroupQueries(self)
