from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.channel_capacity_request import ChannelCapacityRequest


T = TypeVar("T", bound="SetChatCapacityByChannelRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "totalCallNum",
        "agentMediaCallNums",
    }
)


@_attrs_define
class SetChatCapacityByChannelRequest:
    """Body of mediacall setcallnumsbymediatype.

    Attributes:
        total_call_num (int): The most multimedia sessions at once in all, 1 to 60. Wire name: `totalCallNum`.
        agent_media_call_nums (list[ChannelCapacityRequest]): The number per channel. Wire name: `agentMediaCallNums`.

    """

    total_call_num: int
    """ The most multimedia sessions at once in all, 1 to 60. """
    agent_media_call_nums: list[ChannelCapacityRequest]
    """ The number per channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_call_num = self.total_call_num

        agent_media_call_nums = []
        for agent_media_call_nums_item_data in self.agent_media_call_nums:
            agent_media_call_nums_item = agent_media_call_nums_item_data.to_dict()
            agent_media_call_nums.append(agent_media_call_nums_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCallNum": total_call_num,
                "agentMediaCallNums": agent_media_call_nums,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        total_call_num = src_dict["totalCallNum"]

        _decode_agent_media_call_nums = ChannelCapacityRequest.from_dict
        agent_media_call_nums = [
            _decode_agent_media_call_nums(item) for item in src_dict["agentMediaCallNums"]
        ]

        set_chat_capacity_by_channel_request = cls(
            total_call_num,
            agent_media_call_nums,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_chat_capacity_by_channel_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_chat_capacity_by_channel_request

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


# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.channel_capacity_request import ChannelCapacityRequest
