from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMessageContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "sender",
        "sendername",
        "receivetime",
        "timestring",
        "context",
    }
)


@_attrs_define
class AgentMessageContent:
    """Content of AgentOther_Note (a note from another agent) and AgentOther_Bulletin."""

    sender: int | str | Unset = UNSET
    """ The sending agent's ID. """
    sendername: str | Unset = UNSET
    receivetime: int | str | Unset = UNSET
    """ When the message arrived, as the gateway formats it. """
    timestring: str | Unset = UNSET
    """ The time as display text. """
    context: str | Unset = UNSET
    """ The message text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender: int | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        sendername = self.sendername

        receivetime: int | str | Unset
        if isinstance(self.receivetime, Unset):
            receivetime = UNSET
        else:
            receivetime = self.receivetime

        timestring = self.timestring

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sendername is not UNSET:
            field_dict["sendername"] = sendername
        if receivetime is not UNSET:
            field_dict["receivetime"] = receivetime
        if timestring is not UNSET:
            field_dict["timestring"] = timestring
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        sender: int | str | Unset = get("sender", UNSET)

        sendername = get("sendername", UNSET)

        receivetime: int | str | Unset = get("receivetime", UNSET)

        timestring = get("timestring", UNSET)

        context = get("context", UNSET)

        agent_message_content = cls(
            sender,
            sendername,
            receivetime,
            timestring,
            context,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_message_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_message_content

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
