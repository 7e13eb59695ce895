from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="ChatContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "call_id": "callId",
    "is_inner_call": "isInnerCall",
    "chat_content": "chatContent",
    "attach_data": "attachData",
}
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
    """Content of the AgentChat_* session events (ring, connected, message received, disconnected).

    Attributes:
        call_id (str | None):  Wire name: `callId`.
        caller (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        called (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        is_inner_call (bool | str | None):  Wire name: `isInnerCall`.
        sender (str | None):
        chat_content (str | None):  Wire name: `chatContent`.
        attach_data (str | None):  Wire name: `attachData`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    call_id: str | None = None

    caller: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    is_inner_call: bool | str | None = None

    sender: str | None = None

    chat_content: str | None = None

    attach_data: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        caller: int | str | None
        if self.caller is None:
            caller = None
        else:
            caller = self.caller

        called: int | str | None
        if self.called is None:
            called = None
        else:
            called = self.called

        is_inner_call: bool | str | None
        if self.is_inner_call is None:
            is_inner_call = None
        else:
            is_inner_call = self.is_inner_call

        sender = self.sender

        chat_content = self.chat_content

        attach_data = self.attach_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if call_id is not None:
            field_dict["callId"] = call_id
        elif "callId" in received:
            field_dict["callId"] = None
        if caller is not None:
            field_dict["caller"] = caller
        elif "caller" in received:
            field_dict["caller"] = None
        if called is not None:
            field_dict["called"] = called
        elif "called" in received:
            field_dict["called"] = None
        if is_inner_call is not None:
            field_dict["isInnerCall"] = is_inner_call
        elif "isInnerCall" in received:
            field_dict["isInnerCall"] = None
        if sender is not None:
            field_dict["sender"] = sender
        elif "sender" in received:
            field_dict["sender"] = None
        if chat_content is not None:
            field_dict["chatContent"] = chat_content
        elif "chatContent" in received:
            field_dict["chatContent"] = None
        if attach_data is not None:
            field_dict["attachData"] = attach_data
        elif "attachData" in received:
            field_dict["attachData"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        call_id = get("callId")

        caller = as_text(get("caller"))

        called = as_text(get("called"))

        is_inner_call: bool | str | None = get("isInnerCall")

        sender = get("sender")

        chat_content = get("chatContent")

        attach_data = get("attachData")

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
        chat_content._received = src_dict
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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received
