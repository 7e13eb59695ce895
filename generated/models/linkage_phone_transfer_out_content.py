from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_address import EventAddress


T = TypeVar("T", bound="LinkagePhoneTransferOutContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "addrOut",
        "addrSelf",
    }
)


@_attrs_define
class LinkagePhoneTransferOutContent:
    """Content of AgentEvent_linkagePhoneTransferOut."""

    addr_out: EventAddress | Unset = UNSET
    """ A party of an event (its number and what kind of address it is). """
    addr_self: EventAddress | Unset = UNSET
    """ A party of an event (its number and what kind of address it is). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addr_out, Unset):
            addr_out = self.addr_out.to_dict()

        addr_self: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addr_self, Unset):
            addr_self = self.addr_self.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addr_out is not UNSET:
            field_dict["addrOut"] = addr_out
        if addr_self is not UNSET:
            field_dict["addrSelf"] = addr_self

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_address import EventAddress

        get = src_dict.get
        _addr_out = get("addrOut", UNSET)
        addr_out: EventAddress | Unset
        if _addr_out is UNSET:
            addr_out = UNSET
        else:
            addr_out = EventAddress.from_dict(_addr_out)

        _addr_self = get("addrSelf", UNSET)
        addr_self: EventAddress | Unset
        if _addr_self is UNSET:
            addr_self = UNSET
        else:
            addr_self = EventAddress.from_dict(_addr_self)

        linkage_phone_transfer_out_content = cls(
            addr_out,
            addr_self,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            linkage_phone_transfer_out_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return linkage_phone_transfer_out_content

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
