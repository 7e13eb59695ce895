from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetChatCapacityRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "mediaType",
        "callnums",
    }
)


@_attrs_define
class SetChatCapacityRequest:
    """Body of mediacall setcallnums; both values are digits in a string.

    Attributes:
        media_type (str): The media type (a `MediaType` value, as text) of a skill queue the agent signed in to. Wire
            name: `mediaType`.
        callnums (str): The most sessions of that media type at once, 1 to 60.

    """

    media_type: str
    """ The media type (a `MediaType` value, as text) of a skill queue the agent signed in to. """
    callnums: str
    """ The most sessions of that media type at once, 1 to 60. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = self.media_type

        callnums = self.callnums

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mediaType": media_type,
                "callnums": callnums,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        media_type = src_dict["mediaType"]

        callnums = src_dict["callnums"]

        set_chat_capacity_request = cls(
            media_type,
            callnums,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_chat_capacity_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_chat_capacity_request

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
