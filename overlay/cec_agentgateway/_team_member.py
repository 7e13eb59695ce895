"""The agent record of the team views (:class:`TeamMember`), and how it is made from the wire.

A team view can list thousands of agents (a VCC's onlineagentonvdn, a big group's
agentongroupex), and a screen often reads a handful of them. So a member made from a
decoded entry holds only that entry (``raw``) at first; its other fields (``work_no``,
``state``, ...) are worked out from it, all together, the first time any of them is read, and
kept. To the reader it is an ordinary frozen dataclass: every field reads the same value
whenever it is read, ``==``, ``repr``, ``dataclasses.fields``/``asdict``/``replace`` and
pickling see all of them, and nothing can be assigned. Built by hand (``TeamMember(...)``), a
member has its fields at once.
"""

from __future__ import annotations

import functools
from dataclasses import MISSING, dataclass, fields
from typing import TYPE_CHECKING, Any

from .generated import models

if TYPE_CHECKING:
    from .generated.models import AgentStateEntry, GatewayAgentState, GroupAgent

__all__ = ["TeamMember", "member_from_group", "member_from_state", "text_or_none", "whole"]


def whole(value: object) -> int | None:
    """A number the wire sent as ``4`` or ``"4"``; None for anything else."""
    if type(value) is int:  # the common cases first (a bool is not of type int)
        return value
    if type(value) is str and value.isascii() and value.isdecimal():
        return int(value)
    if isinstance(value, str) and value.strip().isdecimal() and value.strip().isascii():
        return int(value.strip())
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def text_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


@dataclass(frozen=True)
class TeamMember:
    """An agent as a team view reports it (allagentstatus, allagent, agentongroupex,
    onlineagentonvdn, agentbyworkno, agentbyskill).

    ``state`` is the gateway's agent state decoded whether the wire sent ``4`` or ``"4"``;
    a value the reference does not list is kept as an unknown member (``state.is_known`` is
    False, ``state_known`` says the same); text that is no number at all gives None (the
    value stays in ``raw.status``). ``group`` is the group's name, ``group_id`` its ID (None
    where the view does not say), ``skill_ids`` the skill queues the view lists.

    The fields other than ``raw`` are worked out from ``raw`` when first read (see the
    module's docstring); that changes no value, only when the work is done.
    """

    work_no: str
    name: str | None
    state: GatewayAgentState | None
    group: str | None
    cti_state: str | None
    raw: AgentStateEntry | GroupAgent
    group_id: int | None = None
    skill_ids: tuple[int, ...] = ()

    @property
    def state_known(self) -> bool:
        return self.state is not None and bool(getattr(self.state, "is_known", True))


class _FromRaw:
    """A field of a member made by ``_from_entry``, read before any other: it fills them all.

    A non-data descriptor on the class: once the member's ``__dict__`` holds the fields,
    attribute lookup finds them there and never comes back here.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, member: TeamMember | None, owner: type | None = None) -> Any:
        if member is None:  # on the class: the field's default, as dataclass left it
            return _DEFAULTS.get(self.name, self)
        fields = member.__dict__
        if "raw" not in fields:
            raise AttributeError(f"'TeamMember' object has no attribute {self.name!r}")
        fields.update(_fields_of(fields["raw"]))
        return fields[self.name]


# The fields' defaults as @dataclass declared them, read before the descriptors replace them.
_DEFAULTS = {f.name: f.default for f in fields(TeamMember) if f.default is not MISSING}
for _field in fields(TeamMember):
    if _field.name != "raw":  # after @dataclass: __init__ keeps its defaults
        setattr(TeamMember, _field.name, _FromRaw(_field.name))
_new = object.__new__


def _fields_of(raw: Any) -> dict[str, Any]:
    """Every field of a member but ``raw``, from ``raw``."""
    if isinstance(raw, models.GroupAgent):
        group = raw.groupname or None
        group_id = whole(raw.groupid)
        skilllist = raw.skilllist  # a list of Skill, or what the wire sent when it was not
        skills = (
            tuple(
                skill.id
                for skill in skilllist
                if isinstance(skill, models.Skill) and isinstance(skill.id, int)
            )
            if skilllist and isinstance(skilllist, list)
            else ()
        )
    else:
        group, group_id, skills = raw.group_name or None, None, ()
    return {
        "work_no": "" if raw.workno is None else str(raw.workno),
        "name": raw.name,
        "state": _state(raw.status),
        "group": group,
        "cti_state": text_or_none(raw.cti_status),
        "group_id": group_id,
        "skill_ids": skills,
    }


def _from_entry(entry: AgentStateEntry | GroupAgent) -> TeamMember:
    member: TeamMember = _new(TeamMember)
    member.__dict__["raw"] = entry
    return member


def member_from_state(entry: AgentStateEntry) -> TeamMember:
    """A TeamMember from an allagentstatus or allagent entry."""
    return _from_entry(entry)


def member_from_group(entry: GroupAgent) -> TeamMember:
    """A TeamMember from an agentongroupex, onlineagentonvdn or agentbyworkno entry."""
    return _from_entry(entry)


def _state(status: object) -> GatewayAgentState | None:
    # the listed states by the wire's number or its text (the common case: one lookup)
    member = _state_lookup().get(status) if isinstance(status, (int, str)) else None
    if member is not None and type(status) is not bool:
        return member
    code = whole(status)
    if code is None:
        return None
    # any other code through the class, whose _missing_ keeps it as unknown
    return models.GatewayAgentState(code)


@functools.cache
def _state_lookup() -> dict[object, GatewayAgentState]:
    """Each listed state by its code as a number and as text ("4" and 4)."""
    by_code: dict[object, GatewayAgentState] = {}
    for member in models.GatewayAgentState:
        if member.is_known:
            by_code[member.value] = member
            by_code[str(member.value)] = member
    return by_code
