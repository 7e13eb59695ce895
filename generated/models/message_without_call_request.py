from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageWithoutCallRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "skillId",
        "chatId",
        "chatReceiver",
        "content",
        "jauIP",
        "jauPort",
    }
)


@_attrs_define
class MessageWithoutCallRequest:
    """Body of textchat sendmessagewithoutcall (POST and PUT); every value is text.

    Attributes:
        skill_id (str): The skill queue the message is sent through. Wire name: `skillId`.
        chat_id (str): The client's own number for this message. Wire name: `chatId`.
        chat_receiver (str): Who receives the message (the user's address on the channel), at most 4000 characters. Wire
            name: `chatReceiver`.
        content (str): The message, 1 to 6144 characters.
        jau_ip (str | Unset): The address of the JAU server to send through, at most 100 characters. Wire name: `jauIP`.
        jau_port (str | Unset): The JAU server's port. Wire name: `jauPort`.

    """

    skill_id: str
    """ The skill queue the message is sent through. """
    chat_id: str
    """ The client's own number for this message. """
    chat_receiver: str
    """ Who receives the message (the user's address on the channel), at most 4000 characters. """
    content: str
    """ The message, 1 to 6144 characters. """
    jau_ip: str | Unset = UNSET
    """ The address of the JAU server to send through, at most 100 characters. """
    jau_port: str | Unset = UNSET
    """ The JAU server's port. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        chat_id = self.chat_id

        chat_receiver = self.chat_receiver

        content = self.content

        jau_ip = self.jau_ip

        jau_port = self.jau_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skillId": skill_id,
                "chatId": chat_id,
                "chatReceiver": chat_receiver,
                "content": content,
            }
        )
        if jau_ip is not UNSET:
            field_dict["jauIP"] = jau_ip
        if jau_port is not UNSET:
            field_dict["jauPort"] = jau_port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        skill_id = src_dict["skillId"]

        chat_id = src_dict["chatId"]

        chat_receiver = src_dict["chatReceiver"]

        content = src_dict["content"]

        jau_ip = get("jauIP", UNSET)

        jau_port = get("jauPort", UNSET)

        message_without_call_request = cls(
            skill_id,
            chat_id,
            chat_receiver,
            content,
            jau_ip,
            jau_port,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            message_without_call_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return message_without_call_request

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
