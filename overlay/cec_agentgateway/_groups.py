"""Team views on ``agent.team``: agent groups, their members, rest reasons, rights, skills.

The agent-group family (``agentgroup/{agentid}/…``) read as records a wallboard or a
supervisor's desk can use directly::

    for group in sup.team.groups():                  # grouponvdn
        members = sup.team.group_members(group.group_id)   # agentongroupex?groupid=
        print(group.name, [(m.work_no, m.state) for m in members])
    sup.team.group_of("155")                         # groupbyagent/{workno}
    sup.team.online_agents()                         # onlineagentonvdn
    sup.team.rest_reasons()                          # restreason: the rest button's menu
    sup.team.adjust_skills("155", [1, 3])            # qualitycontrol adjustskill

Agents come back as :class:`TeamMember` (the agent-state enum decoded whether the wire sent
``4`` or ``"4"``, an unknown value kept and flagged), groups as :class:`TeamGroup`, rest
reasons as :class:`RestReasonOption`. The views are reads (retried like every read);
``adjust_skills`` changes the agent's configuration and is never resent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import RequestValidationError
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._skills import skill_id_list
from ._team_member import TeamMember, member_from_group
from ._team_member import text_or_none as _text
from ._team_member import whole as _whole
from ._validation import check_body, check_parameter
from .generated import models

if TYPE_CHECKING:
    from .generated.api.agentgroup import (
        get_agent_rest_reason,
        is_censor,
        is_pick_up,
        query_agent_info_by_skill_id,
        query_agent_info_by_work_no,
        query_all_agent_info_on_my_group_ex,
        query_all_logined_agent_info_on_vdn,
        query_group_info_by_work_no,
        query_group_info_on_vdn,
    )
    from .generated.api.qualitycontrol import adjust_skill
else:
    get_agent_rest_reason = generated_api("agentgroup.get_agent_rest_reason")
    is_censor = generated_api("agentgroup.is_censor")
    is_pick_up = generated_api("agentgroup.is_pick_up")
    query_agent_info_by_skill_id = generated_api("agentgroup.query_agent_info_by_skill_id")
    query_agent_info_by_work_no = generated_api("agentgroup.query_agent_info_by_work_no")
    query_all_agent_info_on_my_group_ex = generated_api(
        "agentgroup.query_all_agent_info_on_my_group_ex"
    )
    query_all_logined_agent_info_on_vdn = generated_api(
        "agentgroup.query_all_logined_agent_info_on_vdn"
    )
    query_group_info_by_work_no = generated_api("agentgroup.query_group_info_by_work_no")
    query_group_info_on_vdn = generated_api("agentgroup.query_group_info_on_vdn")
    adjust_skill = generated_api("qualitycontrol.adjust_skill")

__all__ = ["AsyncTeamViews", "RestReasonOption", "TeamGroup", "TeamMember", "TeamViews"]

T = TypeVar("T")

REST_REASONS = Operation.from_spec("getAgentRestReason", "RestReasonListResponse")
PICKUP = Operation.from_spec("isPickUp", "FlagResponse")
CENSOR = Operation.from_spec("isCensor", "FlagResponse")
GROUPS = Operation.from_spec("queryGroupInfoOnVdn", "AgentGroupListResponse")
GROUP_OF = Operation.from_spec("queryGroupInfoByWorkNo", "AgentGroupResponse")
GROUP_MEMBERS = Operation.from_spec("queryAllAgentInfoOnMyGroupEx", "GroupAgentListResponse")
ONLINE = Operation.from_spec("queryAllLoginedAgentInfoOnVdn", "GroupAgentListResponse")
AGENT = Operation.from_spec("queryAgentInfoByWorkNo", "GroupAgentResponse")
SKILL_AGENTS = Operation.from_spec("queryAgentInfoBySkillId", "GroupAgentListResponse")
ADJUST_SKILL = Operation.from_spec("adjustSkill", "DoneResponse")


# ------------------------------------------------------------------ records
@dataclass(frozen=True, slots=True)
class TeamGroup:
    """An agent group (grouponvdn, groupbyagent): ID, name and its leader (the monitor)."""

    group_id: int | None
    name: str | None
    leader: str | None
    leader_name: str | None
    raw: models.AgentGroup


def _group(entry: models.AgentGroup) -> TeamGroup:
    return TeamGroup(
        group_id=_whole(entry.id),
        name=entry.name,
        leader=_text(entry.monitorno),
        leader_name=_text(entry.monitorname),
        raw=entry,
    )


@dataclass(frozen=True, slots=True)
class RestReasonOption:
    """A rest reason of the VCC (restreason): ``code`` for ``rest()``/``force_rest()``."""

    code: int | None
    text: str | None
    raw: models.RestReason


# ------------------------------------------------------------------ builders
def _listing(
    operation: Operation,
    agent_id: str,
    request: dict[str, Any],
    model: type[Any],
    convert: Callable[[Any], T],
    what: str,
) -> PreparedCall[list[T]]:
    def finish(parsed: Any, response: httpx.Response) -> list[T]:
        result = parsed.result
        if result is None:
            return []
        if not isinstance(result, list) or not all(isinstance(item, model) for item in result):
            raise call.decode_error(f"result is neither null nor a list of {what}", response)
        return [convert(item) for item in result]

    call = PreparedCall(operation, agent_id, request, finish)
    return call


def _single(
    operation: Operation,
    agent_id: str,
    request: dict[str, Any],
    model: type[Any],
    convert: Callable[[Any], T],
    what: str,
) -> PreparedCall[T | None]:
    def finish(parsed: Any, response: httpx.Response) -> T | None:
        result = parsed.result
        if result is None:
            return None
        if not isinstance(result, model):
            raise call.decode_error(f"result is neither null nor {what}", response)
        return convert(result)

    call = PreparedCall(operation, agent_id, request, finish)
    return call


def _flag(operation: Operation, agent_id: str, request: dict[str, Any]) -> PreparedCall[bool]:
    def finish(parsed: Any, response: httpx.Response) -> bool:
        result = parsed.result
        if result is None or isinstance(result, bool):
            return bool(result)
        if isinstance(result, str) and result.strip().lower() in ("true", "false"):
            return result.strip().lower() == "true"
        raise call.decode_error("result is neither true nor false", response)

    call = PreparedCall(operation, agent_id, request, finish)
    return call


def _agent_no(agent_id: str, value: str | int, key: str, operation: Operation) -> str:
    text: object = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    check_parameter(key, text, operation=operation.log_method, agent_id=agent_id, keyword="work_no")
    assert isinstance(text, str)  # the spec's pattern admits only text
    return text


def _whole_argument(agent_id: str, value: int, key: str, operation: Operation, keyword: str) -> int:
    check_parameter(key, value, operation=operation.log_method, agent_id=agent_id, keyword=keyword)
    return value


def rest_reasons_call(agent_id: str) -> PreparedCall[list[RestReasonOption]]:
    def convert(entry: models.RestReason) -> RestReasonOption:
        return RestReasonOption(_whole(entry.rest_reason_id), entry.rest_reason, entry)

    request = get_agent_rest_reason._get_kwargs(agent_id)
    return _listing(REST_REASONS, agent_id, request, models.RestReason, convert, "rest reasons")


def can_pick_up_call(agent_id: str) -> PreparedCall[bool]:
    return _flag(PICKUP, agent_id, is_pick_up._get_kwargs(agent_id))


def is_inspector_call(agent_id: str) -> PreparedCall[bool]:
    return _flag(CENSOR, agent_id, is_censor._get_kwargs(agent_id))


def groups_call(agent_id: str) -> PreparedCall[list[TeamGroup]]:
    request = query_group_info_on_vdn._get_kwargs(agent_id)
    return _listing(GROUPS, agent_id, request, models.AgentGroup, _group, "agent groups")


def group_of_call(
    agent_id: str, work_no: str | int | None = None
) -> PreparedCall[TeamGroup | None]:
    target = agent_id if work_no is None else work_no
    checked = _agent_no(agent_id, target, "queryGroupInfoByWorkNo.workno", GROUP_OF)
    request = query_group_info_by_work_no._get_kwargs(agent_id, checked)
    return _single(GROUP_OF, agent_id, request, models.AgentGroup, _group, "an agent group")


def group_members_call(agent_id: str, group_id: int) -> PreparedCall[list[TeamMember]]:
    key = "queryAllAgentInfoOnMyGroupEx.groupid"
    checked = _whole_argument(agent_id, group_id, key, GROUP_MEMBERS, "group_id")
    request = query_all_agent_info_on_my_group_ex._get_kwargs(agent_id, groupid=checked)
    return _listing(
        GROUP_MEMBERS, agent_id, request, models.GroupAgent, member_from_group, "agents"
    )


def online_agents_call(agent_id: str) -> PreparedCall[list[TeamMember]]:
    request = query_all_logined_agent_info_on_vdn._get_kwargs(agent_id)
    return _listing(ONLINE, agent_id, request, models.GroupAgent, member_from_group, "agents")


def agent_call(agent_id: str, work_no: str | int) -> PreparedCall[TeamMember | None]:
    checked = _agent_no(agent_id, work_no, "queryAgentInfoByWorkNo.workno", AGENT)
    request = query_agent_info_by_work_no._get_kwargs(agent_id, checked)
    return _single(AGENT, agent_id, request, models.GroupAgent, member_from_group, "an agent")


def skill_agents_call(agent_id: str, skill_id: int) -> PreparedCall[list[TeamMember]]:
    key = "queryAgentInfoBySkillId.skillid"
    checked = _whole_argument(agent_id, skill_id, key, SKILL_AGENTS, "skill_id")
    request = query_agent_info_by_skill_id._get_kwargs(agent_id, checked)
    return _listing(SKILL_AGENTS, agent_id, request, models.GroupAgent, member_from_group, "agents")


def adjust_skills_call(
    agent_id: str, work_no: str | int, skill_ids: Iterable[int]
) -> PreparedCall[None]:
    operation = ADJUST_SKILL.log_method
    text = str(work_no) if isinstance(work_no, int) and not isinstance(work_no, bool) else work_no
    ids = skill_id_list(agent_id, skill_ids, field="skills", operation=operation)
    check_body(
        "AdjustSkillRequest",
        {"workNo": text, "skills": ids},
        operation=operation,
        agent_id=agent_id,
        keywords={"workNo": "work_no", "skills": "skill_ids"},
    )
    if not isinstance(text, str):  # check_body admits only the spec's text
        raise RequestValidationError(
            "workNo", "must be an agent ID", operation=operation, agent_id=agent_id
        )
    body = models.AdjustSkillRequest(work_no=text, skills=ids)
    return PreparedCall(
        ADJUST_SKILL, agent_id, adjust_skill._get_kwargs(agent_id, body=body), no_result
    )


# ------------------------------------------------------------------ on agent.team
class TeamViews:
    """The group views of :class:`Team` (mixed in; ``_go`` sends a prepared call)."""

    _agent_id: str
    _go: Callable[[PreparedCall[Any]], Any]

    def groups(self) -> list[TeamGroup]:
        """grouponvdn: the agent groups of the VCC, with their leaders."""
        result: list[TeamGroup] = self._go(groups_call(self._agent_id))
        return result

    def group_of(self, work_no: str | int | None = None) -> TeamGroup | None:
        """groupbyagent: the group of the agent ``work_no`` (default: this agent); None: none."""
        result: TeamGroup | None = self._go(group_of_call(self._agent_id, work_no))
        return result

    def group_members(self, group_id: int) -> list[TeamMember]:
        """agentongroupex: the agents of the group ``group_id``, with decoded states."""
        result: list[TeamMember] = self._go(group_members_call(self._agent_id, group_id))
        return result

    def online_agents(self) -> list[TeamMember]:
        """onlineagentonvdn: the signed-in agents of the VCC, with decoded states."""
        result: list[TeamMember] = self._go(online_agents_call(self._agent_id))
        return result

    def agent(self, work_no: str | int) -> TeamMember | None:
        """agentbyworkno: one agent's details (None when the gateway has none)."""
        result: TeamMember | None = self._go(agent_call(self._agent_id, work_no))
        return result

    def skill_agents(self, skill_id: int) -> list[TeamMember]:
        """agentbyskill: the agents signed in to the skill queue ``skill_id``."""
        result: list[TeamMember] = self._go(skill_agents_call(self._agent_id, skill_id))
        return result

    def rest_reasons(self) -> list[RestReasonOption]:
        """restreason: the rest reasons of the VCC (codes for ``rest``/``force_rest``)."""
        result: list[RestReasonOption] = self._go(rest_reasons_call(self._agent_id))
        return result

    def can_pick_up(self) -> bool:
        """ispickup: whether this agent may pick up its group's ringing calls."""
        return bool(self._go(can_pick_up_call(self._agent_id)))

    def is_inspector(self) -> bool:
        """iscensor: whether this agent has the inspection right."""
        return bool(self._go(is_inspector_call(self._agent_id)))

    def adjust_skills(self, work_no: str | int, skill_ids: Iterable[int]) -> None:
        """adjustskill: the agent ``work_no`` serves the skill queues ``skill_ids`` from now."""
        self._go(adjust_skills_call(self._agent_id, work_no, skill_ids))


class AsyncTeamViews:
    """The group views of :class:`AsyncTeam`; see :class:`TeamViews`."""

    _agent_id: str
    _go: Callable[[PreparedCall[Any]], Awaitable[Any]]

    async def groups(self) -> list[TeamGroup]:
        result: list[TeamGroup] = await self._go(groups_call(self._agent_id))
        return result

    async def group_of(self, work_no: str | int | None = None) -> TeamGroup | None:
        result: TeamGroup | None = await self._go(group_of_call(self._agent_id, work_no))
        return result

    async def group_members(self, group_id: int) -> list[TeamMember]:
        result: list[TeamMember] = await self._go(group_members_call(self._agent_id, group_id))
        return result

    async def online_agents(self) -> list[TeamMember]:
        result: list[TeamMember] = await self._go(online_agents_call(self._agent_id))
        return result

    async def agent(self, work_no: str | int) -> TeamMember | None:
        result: TeamMember | None = await self._go(agent_call(self._agent_id, work_no))
        return result

    async def skill_agents(self, skill_id: int) -> list[TeamMember]:
        result: list[TeamMember] = await self._go(skill_agents_call(self._agent_id, skill_id))
        return result

    async def rest_reasons(self) -> list[RestReasonOption]:
        result: list[RestReasonOption] = await self._go(rest_reasons_call(self._agent_id))
        return result

    async def can_pick_up(self) -> bool:
        return bool(await self._go(can_pick_up_call(self._agent_id)))

    async def is_inspector(self) -> bool:
        return bool(await self._go(is_inspector_call(self._agent_id)))

    async def adjust_skills(self, work_no: str | int, skill_ids: Iterable[int]) -> None:
        await self._go(adjust_skills_call(self._agent_id, work_no, skill_ids))
