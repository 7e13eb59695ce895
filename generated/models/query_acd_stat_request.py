from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="QueryAcdStatRequest")


@_attrs_define
class QueryAcdStatRequest:
    """Body of queryacdstat.

    Attributes:
        skills (list[int]): The skill queue IDs (1 to 100 of them).

    """

    skills: list[int]
    """ The skill queue IDs (1 to 100 of them). """

    def to_dict(self) -> dict[str, Any]:
        skills = self.skills

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "skills": skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        skills = cast(list[int], src_dict["skills"])

        query_acd_stat_request = cls(
            skills,
        )

        return query_acd_stat_request
