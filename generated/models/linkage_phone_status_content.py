from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linkage_phone_state import LinkagePhoneState
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkagePhoneStatusContent")
_LinkagePhoneState_VALUES = LinkagePhoneState._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "result",
    }
)


@_attrs_define
class LinkagePhoneStatusContent:
    """Content of AgentEvent_linkagePhoneStatus."""

    result: LinkagePhoneState | Unset = UNSET
    """ State of a linked hard phone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: int | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _result = get("result", UNSET)
        result: LinkagePhoneState | Unset
        if _result is UNSET:
            result = UNSET
        else:
            try:
                result = _LinkagePhoneState_VALUES[_result]
            except (KeyError, TypeError):
                result = LinkagePhoneState(_result)

        linkage_phone_status_content = cls(
            result,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            linkage_phone_status_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return linkage_phone_status_content

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
