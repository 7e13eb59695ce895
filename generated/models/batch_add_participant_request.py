from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.conf_party_request import ConfPartyRequest


T = TypeVar("T", bound="BatchAddParticipantRequest")


@_attrs_define
class BatchAddParticipantRequest:
    """Body of batchaddparticipant (see the operation's `x-doc-unread`).

    Attributes:
        addresses (list[ConfPartyRequest]): The parties to invite.

    """

    addresses: list[ConfPartyRequest]
    """ The parties to invite. """

    def to_dict(self) -> dict[str, Any]:
        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _decode_addresses = ConfPartyRequest.from_dict
        addresses = [_decode_addresses(item) for item in src_dict["addresses"]]

        batch_add_participant_request = cls(
            addresses,
        )

        return batch_add_participant_request


# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.conf_party_request import ConfPartyRequest
