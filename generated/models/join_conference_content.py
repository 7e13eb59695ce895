from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="JoinConferenceContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confid",
        "confinfo",
        "vdnid",
        "addresstype",
        "address",
    }
)


@_attrs_define(eq=False, repr=False)
class JoinConferenceContent:
    """Content of AgentEvent_JoinConf: the resources of a multimedia conference were granted
    (requestconf, inviteconf) and the agent's conference client may join it.

    Attributes:
        confid (int | str | None): The conference ID (give it to joinconfresult, inviteconf and stopconf).
        confinfo (Any | None): What a conference client needs to join (the demos hand it to their conference control
            unread; shape not documented, text in the simulator).
        vdnid (int | str | None): The VDN of the agent the event is for.
        addresstype (int | str | None): The type of the agent's address (9 in the demos' addressinfo).
        address (str | None): The agent's address (its agent ID).

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    confid: int | str | None = None
    """ The conference ID (give it to joinconfresult, inviteconf and stopconf). """
    confinfo: Any | None = None
    """ What a conference client needs to join (the demos hand it to their conference
    control unread; shape not documented, text in the simulator).
     """
    vdnid: int | str | None = None
    """ The VDN of the agent the event is for. """
    addresstype: int | str | None = None
    """ The type of the agent's address (9 in the demos' addressinfo). """
    address: str | None = None
    """ The agent's address (its agent ID). """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        confid: int | str | None
        if self.confid is None:
            confid = None
        else:
            confid = self.confid

        confinfo = self.confinfo

        vdnid: int | str | None
        if self.vdnid is None:
            vdnid = None
        else:
            vdnid = self.vdnid

        addresstype: int | str | None
        if self.addresstype is None:
            addresstype = None
        else:
            addresstype = self.addresstype

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if confid is not None:
            field_dict["confid"] = confid
        elif "confid" in received:
            field_dict["confid"] = None
        if confinfo is not None:
            field_dict["confinfo"] = confinfo
        elif "confinfo" in received:
            field_dict["confinfo"] = None
        if vdnid is not None:
            field_dict["vdnid"] = vdnid
        elif "vdnid" in received:
            field_dict["vdnid"] = None
        if addresstype is not None:
            field_dict["addresstype"] = addresstype
        elif "addresstype" in received:
            field_dict["addresstype"] = None
        if address is not None:
            field_dict["address"] = address
        elif "address" in received:
            field_dict["address"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        confid: int | str | None = get("confid")

        confinfo = get("confinfo")

        vdnid: int | str | None = get("vdnid")

        addresstype: int | str | None = get("addresstype")

        address = get("address")

        _decoded = _new(cls)
        _decoded.confid = confid
        _decoded.confinfo = confinfo
        _decoded.vdnid = vdnid
        _decoded.addresstype = addresstype
        _decoded.address = address
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
            self.confid,
            self.confinfo,
            self.vdnid,
            self.addresstype,
            self.address,
            self.additional_properties,
        ) == (
            other.confid,  # type: ignore[attr-defined]
            other.confinfo,  # type: ignore[attr-defined]
            other.vdnid,  # type: ignore[attr-defined]
            other.addresstype,  # type: ignore[attr-defined]
            other.address,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"confid={self.confid!r}, "
            f"confinfo={self.confinfo!r}, "
            f"vdnid={self.vdnid!r}, "
            f"addresstype={self.addresstype!r}, "
            f"address={self.address!r}, "
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
