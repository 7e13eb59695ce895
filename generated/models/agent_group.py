from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AgentGroup")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "monitorno",
        "monitorname",
    }
)


@_attrs_define(eq=False, repr=False)
class AgentGroup:
    """An agent group (a team) of the VCC.

    Attributes:
        id (int | str | None): The group's ID.
        name (None | str): The group's name.
        monitorno (int | None | str): The work number of the group's leader (its monitor).
        monitorname (None | str): The leader's name.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    id: int | str | None = None
    """ The group's ID. """
    name: None | str = None
    """ The group's name. """
    monitorno: int | None | str = None
    """ The work number of the group's leader (its monitor). """
    monitorname: None | str = None
    """ The leader's name. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id: int | str | None
        if self.id is None:
            id = None
        else:
            id = self.id

        name: None | str
        if self.name is None:
            name = None
        else:
            name = self.name

        monitorno: int | None | str
        if self.monitorno is None:
            monitorno = None
        else:
            monitorno = self.monitorno

        monitorname: None | str
        if self.monitorname is None:
            monitorname = None
        else:
            monitorname = self.monitorname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if id is not None:
            field_dict["id"] = id
        elif "id" in received:
            field_dict["id"] = None
        if name is not None:
            field_dict["name"] = name
        elif "name" in received:
            field_dict["name"] = None
        if monitorno is not None:
            field_dict["monitorno"] = monitorno
        elif "monitorno" in received:
            field_dict["monitorno"] = None
        if monitorname is not None:
            field_dict["monitorname"] = monitorname
        elif "monitorname" in received:
            field_dict["monitorname"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        id: int | str | None = get("id")

        name: None | str = get("name")

        monitorno: int | None | str = get("monitorno")

        monitorname: None | str = get("monitorname")

        _decoded = _new(cls)
        _decoded.id = id
        _decoded.name = name
        _decoded.monitorno = monitorno
        _decoded.monitorname = monitorname
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
            self.id,
            self.name,
            self.monitorno,
            self.monitorname,
            self.additional_properties,
        ) == (
            other.id,  # type: ignore[attr-defined]
            other.name,  # type: ignore[attr-defined]
            other.monitorno,  # type: ignore[attr-defined]
            other.monitorname,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"monitorno={self.monitorno!r}, "
            f"monitorname={self.monitorname!r}, "
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
