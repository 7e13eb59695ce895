from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AbandonedCallContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "call_id": "callId",
    "call_data": "callData",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "caller",
        "callId",
        "callData",
    }
)


@_attrs_define(eq=False, repr=False)
class AbandonedCallContent:
    """Content of AgentEvent_AbandonCall (a caller hung up before being served).

    Attributes:
        caller (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        call_id (str | None):  Wire name: `callId`.
        call_data (str | None):  Wire name: `callData`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    caller: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    call_id: str | None = None

    call_data: str | None = None

    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        caller: int | str | None
        if self.caller is None:
            caller = None
        else:
            caller = self.caller

        call_id = self.call_id

        call_data = self.call_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if caller is not None:
            field_dict["caller"] = caller
        elif "caller" in received:
            field_dict["caller"] = None
        if call_id is not None:
            field_dict["callId"] = call_id
        elif "callId" in received:
            field_dict["callId"] = None
        if call_data is not None:
            field_dict["callData"] = call_data
        elif "callData" in received:
            field_dict["callData"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _caller = get("caller")
        caller = _caller if _caller.__class__ is str or _caller is None else as_text(_caller)

        call_id = get("callId")

        call_data = get("callData")

        _decoded = _new(cls)
        _decoded.caller = caller
        _decoded.call_id = call_id
        _decoded.call_data = call_data
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
            self.caller,
            self.call_id,
            self.call_data,
            self.additional_properties,
        ) == (
            other.caller,  # type: ignore[attr-defined]
            other.call_id,  # type: ignore[attr-defined]
            other.call_data,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"caller={self.caller!r}, "
            f"call_id={self.call_id!r}, "
            f"call_data={self.call_data!r}, "
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
