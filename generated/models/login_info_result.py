from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="LoginInfoResult")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "phonetoken",
        "phonenum",
    }
)


@_attrs_define(eq=False, repr=False)
class LoginInfoResult:
    """The softphone's temporary registration token (logininfo).

    Attributes:
        phonetoken (str | None): The temporary token, used as the softphone's registration password.
        phonenum (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number
            (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    phonetoken: str | None = None
    """ The temporary token, used as the softphone's registration password. """
    phonenum: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        phonetoken = self.phonetoken

        phonenum: int | str | None
        if self.phonenum is None:
            phonenum = None
        else:
            phonenum = self.phonenum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if phonetoken is not None:
            field_dict["phonetoken"] = phonetoken
        elif "phonetoken" in received:
            field_dict["phonetoken"] = None
        if phonenum is not None:
            field_dict["phonenum"] = phonenum
        elif "phonenum" in received:
            field_dict["phonenum"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        phonetoken = get("phonetoken")

        _phonenum = get("phonenum")
        phonenum = (
            _phonenum if _phonenum.__class__ is str or _phonenum is None else as_text(_phonenum)
        )

        _decoded = _new(cls)
        _decoded.phonetoken = phonetoken
        _decoded.phonenum = phonenum
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
            self.phonetoken,
            self.phonenum,
            self.additional_properties,
        ) == (
            other.phonetoken,  # type: ignore[attr-defined]
            other.phonenum,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"phonetoken={self.phonetoken!r}, "
            f"phonenum={self.phonenum!r}, "
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
