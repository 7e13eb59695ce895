"""Skill queues of an agent: which are configured, and signing in to them (resetskill).

A signed-in agent gets calls only through the skill queues it has joined, so a desktop calls
:meth:`SkillsMixin.join_skills` right after signing in. Joining is not idempotent (it
replaces the joined set) and is never retried; the two queries are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import httpx

from ._errors import RequestValidationError
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import INT64_MAX, check_parameter
from .generated import models
from .generated.types import UNSET, Unset

if TYPE_CHECKING:
    from .generated.models import Skill, SkillListResponse

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.onlineagent import (
        query_agent_skills,
        query_agent_skills_by_work_no,
        reset_skill,
    )
else:
    query_agent_skills = generated_api("onlineagent.query_agent_skills")
    query_agent_skills_by_work_no = generated_api("onlineagent.query_agent_skills_by_work_no")
    reset_skill = generated_api("onlineagent.reset_skill")

__all__ = ["AsyncSkillsMixin", "SkillsMixin"]

RESET_SKILL = Operation.from_spec("resetSkill", "DoneResponse")
QUERY_AGENT_SKILLS = Operation.from_spec("queryAgentSkills", "SkillListResponse")
QUERY_AGENT_SKILLS_BY_WORK_NO = Operation.from_spec("queryAgentSkillsByWorkNo", "SkillListResponse")


def skill_id_list(
    agent_id: str, skill_ids: Iterable[int], *, field: str, operation: str
) -> list[int]:
    """``skill_ids`` as a list of whole numbers (not a string, no bools), or the field's error."""
    if isinstance(skill_ids, (str, bytes)) or not isinstance(skill_ids, Iterable):
        raise RequestValidationError(
            field,
            f"must be a list of skill queue IDs, not {type(skill_ids).__name__}",
            operation=operation,
            agent_id=agent_id,
            argument="skill_ids",
        )
    ids = list(skill_ids)
    for index, skill_id in enumerate(ids):
        if (
            isinstance(skill_id, bool)
            or not isinstance(skill_id, int)
            or not 0 <= skill_id <= INT64_MAX
        ):
            raise RequestValidationError(
                field,
                f"item {index} must be a skill queue ID (a whole number from 0 to 2**63-1),"
                f" got {skill_id!r}",
                operation=operation,
                agent_id=agent_id,
                argument="skill_ids",
            )
    return ids


# ------------------------------------------------------------------ builders
def join_skills(
    agent_id: str, skill_ids: Iterable[int] | None, *, phone_linkage: bool | None = None
) -> PreparedCall[None]:
    """resetSkill: ``None`` joins every configured queue; a list joins those (``[]``: none)."""
    operation = RESET_SKILL.log_method
    skillid: str | Unset = UNSET
    if skill_ids is None:
        selection = models.SkillSelection.ALL_CONFIGURED
    else:
        selection = models.SkillSelection.LISTED
        ids = skill_id_list(agent_id, skill_ids, field="skillid", operation=operation)
        if ids:
            skillid = ";".join(str(i) for i in dict.fromkeys(ids))
            check_parameter("resetSkill.skillid", skillid, operation=operation, agent_id=agent_id)
    linkage: int | Unset = UNSET
    if phone_linkage is not None:
        if not isinstance(phone_linkage, bool):
            raise RequestValidationError(
                "phonelinkage",
                "must be True, False or None",
                operation=operation,
                agent_id=agent_id,
            )
        linkage = int(phone_linkage)
    request = reset_skill._get_kwargs(agent_id, selection, skillid=skillid, phonelinkage=linkage)
    return PreparedCall(RESET_SKILL, agent_id, request, no_result)


def _skill_list(
    operation: Operation, agent_id: str, request: dict[str, object]
) -> PreparedCall[list[Skill]]:
    def finish(parsed: SkillListResponse, response: httpx.Response) -> list[Skill]:
        result = parsed.result
        if result is None:
            return []
        if not isinstance(result, list) or not all(isinstance(s, models.Skill) for s in result):
            raise call.decode_error("result is neither null nor a list of skill queues", response)
        return list(result)

    call = PreparedCall(operation, agent_id, dict(request), finish)
    return call


def skills(agent_id: str) -> PreparedCall[list[Skill]]:
    return _skill_list(QUERY_AGENT_SKILLS, agent_id, query_agent_skills._get_kwargs(agent_id))


def skills_of(agent_id: str, work_no: str | int) -> PreparedCall[list[Skill]]:
    text = str(work_no) if isinstance(work_no, int) and not isinstance(work_no, bool) else work_no
    check_parameter(
        "queryAgentSkillsByWorkNo.workno",
        text,
        operation=QUERY_AGENT_SKILLS_BY_WORK_NO.log_method,
        agent_id=agent_id,
        keyword="work_no",
    )
    request = query_agent_skills_by_work_no._get_kwargs(agent_id, str(text))
    return _skill_list(QUERY_AGENT_SKILLS_BY_WORK_NO, agent_id, request)


# ------------------------------------------------------------------ mixins
class SkillsMixin(SyncFamily):
    """The agent's skill queues (sync)."""

    def skills(self) -> list[Skill]:
        """agentskills: the skill queues configured for this agent (joined or not)."""
        return self._run(skills(self._agent_id))

    def skills_of(self, work_no: str | int) -> list[Skill]:
        """agentskillsbyworkno: the skill queues configured for another agent of the VCC."""
        return self._run(skills_of(self._agent_id, work_no))

    def join_skills(
        self, skill_ids: Iterable[int] | None = None, *, phone_linkage: bool | None = None
    ) -> None:
        """resetskill: sign in to skill queues, replacing those joined before.

        ``None`` (the default) joins every queue configured for the agent; a list joins the
        configured queues among those IDs, and ``[]`` leaves them all. The gateway requires
        a phone bound to the session. Never retried.
        """
        self._run(join_skills(self._agent_id, skill_ids, phone_linkage=phone_linkage))


class AsyncSkillsMixin(AsyncFamily):
    """The agent's skill queues (async); see :class:`SkillsMixin`."""

    async def skills(self) -> list[Skill]:
        return await self._run(skills(self._agent_id))

    async def skills_of(self, work_no: str | int) -> list[Skill]:
        return await self._run(skills_of(self._agent_id, work_no))

    async def join_skills(
        self, skill_ids: Iterable[int] | None = None, *, phone_linkage: bool | None = None
    ) -> None:
        await self._run(join_skills(self._agent_id, skill_ids, phone_linkage=phone_linkage))
