from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.address_type import AddressType

T = TypeVar("T", bound="ChangeParticipantModeRequest")
_AddressType_VALUES = AddressType._value2member_map_


@_attrs_define
class ChangeParticipantModeRequest:
    """Body of changeparticipantmode.

    Attributes:
        attribute (int): The channel attribute to set: 1 listen only, 2 speak only, 3 listen and speak (the values of
            `ChannelAttrib`); 4 is accepted by the gateway as well.
        address_type (AddressType): What a participant address is. Sent as a string of digits. Wire name: `addressType`.
        address (str): The party's phone number or agent ID.

    """

    attribute: int
    """ The channel attribute to set: 1 listen only, 2 speak only, 3 listen and speak
    (the values of `ChannelAttrib`); 4 is accepted by the gateway as well.
     """
    address_type: AddressType
    """ What a participant address is. Sent as a string of digits. """
    address: str
    """ The party's phone number or agent ID. """

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        address_type = self.address_type.value

        address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attribute": attribute,
                "addressType": address_type,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        attribute = src_dict["attribute"]

        _address_type = src_dict["addressType"]
        address_type: AddressType
        try:
            address_type = _AddressType_VALUES[_address_type]
        except (KeyError, TypeError):
            address_type = AddressType(_address_type)

        address = src_dict["address"]

        change_participant_mode_request = cls(
            attribute,
            address_type,
            address,
        )

        return change_participant_mode_request
