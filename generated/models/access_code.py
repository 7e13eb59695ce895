from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AccessCode")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "inno",
        "id",
        "description",
        "vdnid",
        "mediatype",
    }
)


@_attrs_define(eq=False, repr=False)
class AccessCode:
    """An access code of the agent's VCC (innoinfo), with the fields Huawei's C# demo reads.

    Attributes:
        inno (str | None): The access code (the number callers dial).
        id (int | str | None): The access code's ID.
        description (str | None): What the access code is for.
        vdnid (int | str | None): The VCC (VDN) the access code belongs to.
        mediatype (int | str | None): The media type of the access code (see `MediaType`).

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    inno: str | None = None
    """ The access code (the number callers dial). """
    id: int | str | None = None
    """ The access code's ID. """
    description: str | None = None
    """ What the access code is for. """
    vdnid: int | str | None = None
    """ The VCC (VDN) the access code belongs to. """
    mediatype: int | str | None = None
    """ The media type of the access code (see `MediaType`). """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        inno = self.inno

        id: int | str | None
        if self.id is None:
            id = None
        else:
            id = self.id

        description = self.description

        vdnid: int | str | None
        if self.vdnid is None:
            vdnid = None
        else:
            vdnid = self.vdnid

        mediatype: int | str | None
        if self.mediatype is None:
            mediatype = None
        else:
            mediatype = self.mediatype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if inno is not None:
            field_dict["inno"] = inno
        elif "inno" in received:
            field_dict["inno"] = None
        if id is not None:
            field_dict["id"] = id
        elif "id" in received:
            field_dict["id"] = None
        if description is not None:
            field_dict["description"] = description
        elif "description" in received:
            field_dict["description"] = None
        if vdnid is not None:
            field_dict["vdnid"] = vdnid
        elif "vdnid" in received:
            field_dict["vdnid"] = None
        if mediatype is not None:
            field_dict["mediatype"] = mediatype
        elif "mediatype" in received:
            field_dict["mediatype"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        inno = get("inno")

        id: int | str | None = get("id")

        description = get("description")

        vdnid: int | str | None = get("vdnid")

        mediatype: int | str | None = get("mediatype")

        _decoded = _new(cls)
        _decoded.inno = inno
        _decoded.id = id
        _decoded.description = description
        _decoded.vdnid = vdnid
        _decoded.mediatype = mediatype
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
            self.inno,
            self.id,
            self.description,
            self.vdnid,
            self.mediatype,
            self.additional_properties,
        ) == (
            other.inno,  # type: ignore[attr-defined]
            other.id,  # type: ignore[attr-defined]
            other.description,  # type: ignore[attr-defined]
            other.vdnid,  # type: ignore[attr-defined]
            other.mediatype,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"inno={self.inno!r}, "
            f"id={self.id!r}, "
            f"description={self.description!r}, "
            f"vdnid={self.vdnid!r}, "
            f"mediatype={self.mediatype!r}, "
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
