"""Messages between agents: notes to named agents and bulletins to a group or a skill queue.

Recipients that are signed in receive AgentOther_Note or AgentOther_Bulletin. Sending is not
idempotent (a resent message arrives twice), so it is never retried.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._errors import RequestValidationError
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body
from .generated import models

if TYPE_CHECKING:
    pass

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.onlineagent import notify_bulletin as notify_bulletin_module
    from .generated.api.onlineagent import send_note as send_note_module
else:
    notify_bulletin_module = generated_api("onlineagent.notify_bulletin")
    send_note_module = generated_api("onlineagent.send_note")

__all__ = ["AsyncMessagesMixin", "MessagesMixin"]

SEND_NOTE = Operation.from_spec("sendNote", "DoneResponse")
NOTIFY_BULLETIN = Operation.from_spec("notifyBulletin", "DoneResponse")


def _recipients(agent_id: str, agent_ids: Iterable[str | int]) -> list[int]:
    fail = RequestValidationError
    if isinstance(agent_ids, (str, bytes, int)) or not isinstance(agent_ids, Iterable):
        raise fail(
            "agentIds",
            "must be a list of agent IDs",
            argument="agent_ids",
            operation=SEND_NOTE.log_method,
            agent_id=agent_id,
        )
    ids: list[int] = []
    for index, value in enumerate(agent_ids):
        if (
            isinstance(value, str)
            and value.isascii()
            and value.isdigit()
            and not value.startswith("0")
        ):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(
                "agentIds",
                f"item {index} must be an agent ID (digits), got {value!r}",
                operation=SEND_NOTE.log_method,
                agent_id=agent_id,
            )
        ids.append(value)
    return ids


def send_note(agent_id: str, agent_ids: Iterable[str | int], content: str) -> PreparedCall[None]:
    ids = _recipients(agent_id, agent_ids)
    wire = {"agentIds": ids, "content": content}
    check_body(
        "SendNoteRequest",
        wire,
        operation=SEND_NOTE.log_method,
        agent_id=agent_id,
        keywords={"agentIds": "agent_ids"},
    )
    body = models.SendNoteRequest(agent_ids=ids, content=content)
    request = send_note_module._get_kwargs(agent_id, body=body)
    return PreparedCall(SEND_NOTE, agent_id, request, no_result)


def notify_bulletin(
    agent_id: str, text: str, *, group: str | None = None, skill_id: int | None = None
) -> PreparedCall[None]:
    """notifybulletin to the agent group named ``group`` or the skill queue ``skill_id``."""
    operation = NOTIFY_BULLETIN.log_method
    if (group is None) == (skill_id is None):
        raise RequestValidationError(
            "targettype",
            "give exactly one of group= and skill_id=",
            operation=operation,
            agent_id=agent_id,
        )
    target: str | int
    if group is not None:
        if not isinstance(group, str) or not group:
            raise RequestValidationError(
                "targetname",
                "the group must be a non-empty name",
                operation=operation,
                agent_id=agent_id,
            )
        kind, target = models.BulletinTargetType.AGENT_GROUP, group
    else:
        if isinstance(skill_id, bool) or not isinstance(skill_id, int) or skill_id < 0:
            raise RequestValidationError(
                "targetname",
                f"the skill queue ID must be a whole number >= 0, got {skill_id!r}",
                operation=operation,
                agent_id=agent_id,
            )
        kind, target = models.BulletinTargetType.SKILL_QUEUE, skill_id
    wire = {"targettype": kind.value, "targetname": target, "bulletindata": text}
    keywords = {"bulletindata": "text", "targetname": "group" if group is not None else "skill_id"}
    check_body(
        "NotifyBulletinRequest", wire, operation=operation, agent_id=agent_id, keywords=keywords
    )
    body = models.NotifyBulletinRequest(targettype=kind, targetname=target, bulletindata=text)
    request = notify_bulletin_module._get_kwargs(agent_id, body=body)
    return PreparedCall(NOTIFY_BULLETIN, agent_id, request, no_result)


class MessagesMixin(SyncFamily):
    """Notes and bulletins (sync)."""

    def send_note(self, agent_ids: Iterable[str | int], content: str) -> None:
        """sendnoteletex: a note (at most 1023 UTF-8 bytes) to up to 100 agents.

        Recipients that are signed in receive AgentOther_Note; others get nothing.
        """
        self._run(send_note(self._agent_id, agent_ids, content))

    def notify_bulletin(
        self, text: str, *, group: str | None = None, skill_id: int | None = None
    ) -> None:
        """notifybulletin: post ``text`` to an agent group or to a skill queue's agents.

        Give exactly one of ``group`` (the group's name) and ``skill_id``; the recipients
        receive AgentOther_Bulletin.
        """
        self._run(notify_bulletin(self._agent_id, text, group=group, skill_id=skill_id))


class AsyncMessagesMixin(AsyncFamily):
    """Notes and bulletins (async); see :class:`MessagesMixin`."""

    async def send_note(self, agent_ids: Iterable[str | int], content: str) -> None:
        await self._run(send_note(self._agent_id, agent_ids, content))

    async def notify_bulletin(
        self, text: str, *, group: str | None = None, skill_id: int | None = None
    ) -> None:
        await self._run(notify_bulletin(self._agent_id, text, group=group, skill_id=skill_id))
