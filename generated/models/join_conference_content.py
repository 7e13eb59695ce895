from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JoinConferenceContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confid",
        "confinfo",
    }
)


@_attrs_define
class JoinConferenceContent:
    """Content of AgentEvent_JoinConf (the agent joined a conference)."""

    confid: int | str | Unset = UNSET
    """ The conference ID. """
    confinfo: Any | Unset = UNSET
    """ What the gateway says about the conference (shape not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confid: int | str | Unset
        if isinstance(self.confid, Unset):
            confid = UNSET
        else:
            confid = self.confid

        confinfo = self.confinfo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confid is not UNSET:
            field_dict["confid"] = confid
        if confinfo is not UNSET:
            field_dict["confinfo"] = confinfo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        confid: int | str | Unset = get("confid", UNSET)

        confinfo = get("confinfo", UNSET)

        join_conference_content = cls(
            confid,
            confinfo,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            join_conference_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return join_conference_content

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
