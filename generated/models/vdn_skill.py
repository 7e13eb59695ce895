from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VdnSkill")
_MediaType_VALUES = MediaType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "id",
        "mediatype",
        "serviceType",
        "realFlag",
    }
)


@_attrs_define
class VdnSkill:
    """A skill queue of the agent's VCC, with the fields Huawei's C# demo reads."""

    name: str | Unset = UNSET
    """ Skill queue name. """
    id: int | Unset = UNSET
    """ Skill queue ID. """
    mediatype: MediaType | Unset = UNSET
    """ Media type of a call. """
    service_type: int | str | Unset = UNSET
    """ Service type of the queue, as configured (meaning not documented). """
    real_flag: int | str | Unset = UNSET
    """ Flag the configuration sets on the queue (meaning not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        mediatype: int | Unset = UNSET
        if not isinstance(self.mediatype, Unset):
            mediatype = self.mediatype.value

        service_type: int | str | Unset
        if isinstance(self.service_type, Unset):
            service_type = UNSET
        else:
            service_type = self.service_type

        real_flag: int | str | Unset
        if isinstance(self.real_flag, Unset):
            real_flag = UNSET
        else:
            real_flag = self.real_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if mediatype is not UNSET:
            field_dict["mediatype"] = mediatype
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if real_flag is not UNSET:
            field_dict["realFlag"] = real_flag

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

        service_type: int | str | Unset = get("serviceType", UNSET)

        real_flag: int | str | Unset = get("realFlag", UNSET)

        vdn_skill = cls(
            name,
            id,
            mediatype,
            service_type,
            real_flag,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            vdn_skill.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return vdn_skill

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
