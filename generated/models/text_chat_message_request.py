from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TextChatMessageRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callId",
        "content",
    }
)


@_attrs_define
class TextChatMessageRequest:
    """Body of textchat chatmessage.

    Attributes:
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the epoch, a dash, a
            sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`, starting with a letter or digit: never a
            path separator, a query or fragment mark, `%`, a control character, a dot segment (`.`, `..`) or digits of
            another script (checked before sending, as it becomes part of a URL).  Wire name: `callId`.
        content (str): The text of a chat message: 1 to 1945 UTF-8 bytes. The sendmessage pages allow less than 1.9 KB
            when the gateway encrypts multimedia content itself (MULTIMEDIA_SECMODE 1) and less than 3.8 KB when the
            business side does (0); a client cannot tell which, so the smaller bound holds.

    """

    call_id: str
    """ A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the
    epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
    starting with a letter or digit: never a path separator, a query or fragment mark,
    `%`, a control character, a dot segment (`.`, `..`) or digits of another script
    (checked before sending, as it becomes part of a URL).
     """
    content: str
    """ The text of a chat message: 1 to 1945 UTF-8 bytes. The sendmessage pages allow less
    than 1.9 KB when the gateway encrypts multimedia content itself (MULTIMEDIA_SECMODE
    1) and less than 3.8 KB when the business side does (0); a client cannot tell which,
    so the smaller bound holds.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        call_id = src_dict["callId"]

        content = src_dict["content"]

        text_chat_message_request = cls(
            call_id,
            content,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            text_chat_message_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return text_chat_message_request

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
