from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuerySkillStatRequest")


@_attrs_define
class QuerySkillStatRequest:
    """Body of queryskillstat (assumed, see the operation).

    Attributes:
        skills (list[int] | Unset): The skill queue IDs (1 to 100); left out, every queue of the VCC.

    """

    skills: list[int] | Unset = UNSET
    """ The skill queue IDs (1 to 100); left out, every queue of the VCC. """

    def to_dict(self) -> dict[str, Any]:
        skills: list[int] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        skills = cast(list[int], get("skills", UNSET))

        query_skill_stat_request = cls(
            skills,
        )

        return query_skill_stat_request
