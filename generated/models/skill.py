from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Skill")
_MediaType_VALUES = MediaType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "id",
        "mediatype",
    }
)


@_attrs_define
class Skill:
    """A skill queue as the skill queries report it."""

    name: str | Unset = UNSET
    """ Skill queue name. """
    id: int | Unset = UNSET
    """ Skill queue ID. """
    mediatype: MediaType | Unset = UNSET
    """ Media type of a call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        mediatype: int | Unset = UNSET
        if not isinstance(self.mediatype, Unset):
            mediatype = self.mediatype.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if mediatype is not UNSET:
            field_dict["mediatype"] = mediatype

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        name = get("name", UNSET)

        id = get("id", UNSET)

        _mediatype = get("mediatype", UNSET)
        mediatype: MediaType | Unset
        if _mediatype is UNSET:
            mediatype = UNSET
        else:
            try:
                mediatype = _MediaType_VALUES[_mediatype]
            except (KeyError, TypeError):
                mediatype = MediaType(_mediatype)

        skill = cls(
            name,
            id,
            mediatype,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill

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
