from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdjustSkillRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "workNo",
        "skills",
    }
)


@_attrs_define
class AdjustSkillRequest:
    """Body of adjustskill.

    Attributes:
        work_no (str | Unset): The agent whose skill queues change (an agent ID of the inspector's VCC). Wire name:
            `workNo`.
        skills (list[int] | Unset): The skill queue IDs the agent is to serve, at most 1000.

    """

    work_no: str | Unset = UNSET
    """ The agent whose skill queues change (an agent ID of the inspector's VCC). """
    skills: list[int] | Unset = UNSET
    """ The skill queue IDs the agent is to serve, at most 1000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_no = self.work_no

        skills: list[int] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_no is not UNSET:
            field_dict["workNo"] = work_no
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        work_no = get("workNo", UNSET)

        skills = cast(list[int], get("skills", UNSET))

        adjust_skill_request = cls(
            work_no,
            skills,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            adjust_skill_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return adjust_skill_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
