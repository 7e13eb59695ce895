from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QualityControlNotifyContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "subtype",
        "monitoredagent",
        "agentname",
        "mediaserver",
    }
)


@_attrs_define
class QualityControlNotifyContent:
    """Content of QC_AgentState_Notify (for inspectors)."""

    subtype: str | Unset = UNSET
    """ QC_AgentState_Login or QC_AgentState_Logout. """
    monitoredagent: str | Unset = UNSET
    agentname: str | Unset = UNSET
    mediaserver: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtype = self.subtype

        monitoredagent = self.monitoredagent

        agentname = self.agentname

        mediaserver = self.mediaserver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if monitoredagent is not UNSET:
            field_dict["monitoredagent"] = monitoredagent
        if agentname is not UNSET:
            field_dict["agentname"] = agentname
        if mediaserver is not UNSET:
            field_dict["mediaserver"] = mediaserver

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        subtype = get("subtype", UNSET)

        monitoredagent = get("monitoredagent", UNSET)

        agentname = get("agentname", UNSET)

        mediaserver = get("mediaserver", UNSET)

        quality_control_notify_content = cls(
            subtype,
            monitoredagent,
            agentname,
            mediaserver,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            quality_control_notify_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return quality_control_notify_content

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
