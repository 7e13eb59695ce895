from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_line import PhoneLine
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneOffhookContent")
_PhoneLine_VALUES = PhoneLine._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
    }
)


@_attrs_define
class PhoneOffhookContent:
    """Content of AgentOther_PhoneOffhook."""

    type_: PhoneLine | Unset = UNSET
    """ Which phone line an event is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _type_ = get("type", UNSET)
        type_: PhoneLine | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = _PhoneLine_VALUES[_type_]
            except (KeyError, TypeError):
                type_ = PhoneLine(_type_)

        phone_offhook_content = cls(
            type_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            phone_offhook_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return phone_offhook_content

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
