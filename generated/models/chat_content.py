from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callId",
        "caller",
        "called",
        "isInnerCall",
        "sender",
        "chatContent",
        "attachData",
    }
)


@_attrs_define
class ChatContent:
    """Content of the AgentChat_* session events (ring, connected, message received, disconnected)."""

    call_id: str | Unset = UNSET
    caller: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    is_inner_call: bool | str | Unset = UNSET
    sender: str | Unset = UNSET
    chat_content: str | Unset = UNSET
    attach_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        caller: int | str | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        else:
            caller = self.caller

        called: int | str | Unset
        if isinstance(self.called, Unset):
            called = UNSET
        else:
            called = self.called

        is_inner_call: bool | str | Unset
        if isinstance(self.is_inner_call, Unset):
            is_inner_call = UNSET
        else:
            is_inner_call = self.is_inner_call

        sender = self.sender

        chat_content = self.chat_content

        attach_data = self.attach_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if called is not UNSET:
            field_dict["called"] = called
        if is_inner_call is not UNSET:
            field_dict["isInnerCall"] = is_inner_call
        if sender is not UNSET:
            field_dict["sender"] = sender
        if chat_content is not UNSET:
            field_dict["chatContent"] = chat_content
        if attach_data is not UNSET:
            field_dict["attachData"] = attach_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        call_id = get("callId", UNSET)

        caller = as_text(get("caller", UNSET))

        called = as_text(get("called", UNSET))

        is_inner_call: bool | str | Unset = get("isInnerCall", UNSET)

        sender = get("sender", UNSET)

        chat_content = get("chatContent", UNSET)

        attach_data = get("attachData", UNSET)

        chat_content = cls(
            call_id,
            caller,
            called,
            is_inner_call,
            sender,
            chat_content,
            attach_data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chat_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_content

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
