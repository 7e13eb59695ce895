from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VdnSkill")


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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        _mediatype = d.pop("mediatype", UNSET)
        mediatype: MediaType | Unset
        if isinstance(_mediatype, Unset):
            mediatype = UNSET
        else:
            mediatype = MediaType(_mediatype)

        def _parse_service_type(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        service_type = _parse_service_type(d.pop("serviceType", UNSET))

        def _parse_real_flag(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        real_flag = _parse_real_flag(d.pop("realFlag", UNSET))

        vdn_skill = cls(
            name=name,
            id=id,
            mediatype=mediatype,
            service_type=service_type,
            real_flag=real_flag,
        )

        vdn_skill.additional_properties = d
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
