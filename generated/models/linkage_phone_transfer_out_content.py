from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.event_address import EventAddress


T = TypeVar("T", bound="LinkagePhoneTransferOutContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "addr_out": "addrOut",
    "addr_self": "addrSelf",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "addrOut",
        "addrSelf",
    }
)


@_attrs_define(eq=False, repr=False)
class LinkagePhoneTransferOutContent:
    """Content of AgentEvent_linkagePhoneTransferOut.

    Attributes:
        addr_out (EventAddress | None): A party of an event (its number and what kind of address it is). Wire name:
            `addrOut`.
        addr_self (EventAddress | None): A party of an event (its number and what kind of address it is). Wire name:
            `addrSelf`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    addr_out: EventAddress | None = None
    """ A party of an event (its number and what kind of address it is). """
    addr_self: EventAddress | None = None
    """ A party of an event (its number and what kind of address it is). """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        addr_out: dict[str, Any] | None = None
        if not (self.addr_out is None):
            addr_out = self.addr_out.to_dict()

        addr_self: dict[str, Any] | None = None
        if not (self.addr_self is None):
            addr_self = self.addr_self.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if addr_out is not None:
            field_dict["addrOut"] = addr_out
        elif "addrOut" in received:
            field_dict["addrOut"] = None
        if addr_self is not None:
            field_dict["addrSelf"] = addr_self
        elif "addrSelf" in received:
            field_dict["addrSelf"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _addr_out = get("addrOut")
        addr_out: EventAddress | None
        if _addr_out is None:
            addr_out = None
        else:
            addr_out = EventAddress.from_dict(_addr_out)

        _addr_self = get("addrSelf")
        addr_self: EventAddress | None
        if _addr_self is None:
            addr_self = None
        else:
            addr_self = EventAddress.from_dict(_addr_self)

        _decoded = _new(cls)
        _decoded.addr_out = addr_out
        _decoded.addr_self = addr_self
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
            self.addr_out,
            self.addr_self,
            self.additional_properties,
        ) == (
            other.addr_out,  # type: ignore[attr-defined]
            other.addr_self,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"addr_out={self.addr_out!r}, "
            f"addr_self={self.addr_self!r}, "
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
# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.event_address import EventAddress
