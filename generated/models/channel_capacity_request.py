from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_channel import ChatChannel

T = TypeVar("T", bound="ChannelCapacityRequest")
_ChatChannel_VALUES = ChatChannel._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "mediaType",
        "callNum",
    }
)


@_attrs_define
class ChannelCapacityRequest:
    """One channel's share of setcallnumsbymediatype.

    Attributes:
        media_type (ChatChannel): A multimedia channel, as setcallnumsbymediatype names them (the page's list could not
            be read past WeChat; other values may exist).  Wire name: `mediaType`.
        call_num (int): The most sessions of this channel at once, 1 to 60. Wire name: `callNum`.

    """

    media_type: ChatChannel
    """ A multimedia channel, as setcallnumsbymediatype names them (the page's list could
    not be read past WeChat; other values may exist).
     """
    call_num: int
    """ The most sessions of this channel at once, 1 to 60. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = self.media_type.value

        call_num = self.call_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mediaType": media_type,
                "callNum": call_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _media_type = src_dict["mediaType"]
        media_type: ChatChannel
        try:
            media_type = _ChatChannel_VALUES[_media_type]
        except (KeyError, TypeError):
            media_type = ChatChannel(_media_type)

        call_num = src_dict["callNum"]

        channel_capacity_request = cls(
            media_type,
            call_num,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            channel_capacity_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return channel_capacity_request

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
