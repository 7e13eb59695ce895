from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="VdnSkill")
_MediaType_VALUES = MediaType._value2member_map_
_MediaType_OR_NONE = {**_MediaType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "service_type": "serviceType",
    "real_flag": "realFlag",
}
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


@_attrs_define(eq=False, repr=False)
class VdnSkill:
    """A skill queue of the agent's VCC, with the fields Huawei's C# demo reads.

    Attributes:
        name (str | None): Skill queue name.
        id (int | None): Skill queue ID.
        mediatype (MediaType | None): Media type of a call.
        service_type (int | str | None): Service type of the queue, as configured (meaning not documented). Wire name:
            `serviceType`.
        real_flag (int | str | None): Flag the configuration sets on the queue (meaning not documented). Wire name:
            `realFlag`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    name: str | None = None
    """ Skill queue name. """
    id: int | None = None
    """ Skill queue ID. """
    mediatype: MediaType | None = None
    """ Media type of a call. """
    service_type: int | str | None = None
    """ Service type of the queue, as configured (meaning not documented). """
    real_flag: int | str | None = None
    """ Flag the configuration sets on the queue (meaning not documented). """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        mediatype: int | None = None
        if not (self.mediatype is None):
            mediatype = self.mediatype.value

        service_type: int | str | None
        if self.service_type is None:
            service_type = None
        else:
            service_type = self.service_type

        real_flag: int | str | None
        if self.real_flag is None:
            real_flag = None
        else:
            real_flag = self.real_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if name is not None:
            field_dict["name"] = name
        elif "name" in received:
            field_dict["name"] = None
        if id is not None:
            field_dict["id"] = id
        elif "id" in received:
            field_dict["id"] = None
        if mediatype is not None:
            field_dict["mediatype"] = mediatype
        elif "mediatype" in received:
            field_dict["mediatype"] = None
        if service_type is not None:
            field_dict["serviceType"] = service_type
        elif "serviceType" in received:
            field_dict["serviceType"] = None
        if real_flag is not None:
            field_dict["realFlag"] = real_flag
        elif "realFlag" in received:
            field_dict["realFlag"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        name = get("name")

        id = get("id")

        _mediatype = get("mediatype")
        mediatype: MediaType | None
        try:
            mediatype = _MediaType_OR_NONE[_mediatype]
        except (KeyError, TypeError):
            mediatype = MediaType(_mediatype)

        service_type: int | str | None = get("serviceType")

        real_flag: int | str | None = get("realFlag")

        _decoded = _new(cls)
        _decoded.name = name
        _decoded.id = id
        _decoded.mediatype = mediatype
        _decoded.service_type = service_type
        _decoded.real_flag = real_flag
        _decoded._additional = None

        _decoded._received = src_dict
        return _decoded

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the gateway sent that the spec does not list, with their values."""
        extra = self._additional
        if extra is None:
            received = self._received
            if _KNOWN_KEYS.issuperset(received):
                extra = {}
            else:
                extra = {key: value for key, value in received.items() if key not in _KNOWN_KEYS}
            self._additional = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.id,
            self.mediatype,
            self.service_type,
            self.real_flag,
            self.additional_properties,
        ) == (
            other.name,  # type: ignore[attr-defined]
            other.id,  # type: ignore[attr-defined]
            other.mediatype,  # type: ignore[attr-defined]
            other.service_type,  # type: ignore[attr-defined]
            other.real_flag,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self.name!r}, "
            f"id={self.id!r}, "
            f"mediatype={self.mediatype!r}, "
            f"service_type={self.service_type!r}, "
            f"real_flag={self.real_flag!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received


_new = object.__new__
