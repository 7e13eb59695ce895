from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.address_type import AddressType

T = TypeVar("T", bound="ConfPartyRequest")
_AddressType_VALUES = AddressType._value2member_map_


@_attrs_define
class ConfPartyRequest:
    """One conference party, by address type and address (unholdparticipant).

    Attributes:
        address_type (AddressType): What a participant address is. Sent as a string of digits. Wire name: `addressType`.
        address (str): The party's phone number or agent ID, as `addressType` says.

    """

    address_type: AddressType
    """ What a participant address is. Sent as a string of digits. """
    address: str
    """ The party's phone number or agent ID, as `addressType` says. """

    def to_dict(self) -> dict[str, Any]:
        address_type = self.address_type.value

        address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addressType": address_type,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _address_type = src_dict["addressType"]
        address_type: AddressType
        try:
            address_type = _AddressType_VALUES[_address_type]
        except (KeyError, TypeError):
            address_type = AddressType(_address_type)

        address = src_dict["address"]

        conf_party_request = cls(
            address_type,
            address,
        )

        return conf_party_request
