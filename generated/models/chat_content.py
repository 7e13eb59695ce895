from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text, epoch_millis_or_none
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="ChatContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "call_id": "callId",
    "is_inner_call": "isInnerCall",
    "chat_content": "chatContent",
    "attach_data": "attachData",
    "chat_content_type": "chatContentType",
    "chat_id": "chatId",
    "sender_time": "senderTime",
    "real_caller": "realCaller",
    "display_name": "displayName",
    "sub_media_type": "subMediaType",
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
        "chatContentType",
        "chatId",
        "senderTime",
        "realCaller",
        "displayName",
        "subMediaType",
        "uvid",
    }
)


@_attrs_define(eq=False, repr=False)
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
        chat_content_type (str | None): A number the gateway sends as text ("7"); some gateways send a number. Clients
            should treat it as text (the Python client always gives a string).  Wire name: `chatContentType`.
        chat_id (int | str | None): The message's sequence number (AgentChat_DataRecved). Wire name: `chatId`.
        sender_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `senderTime`.
        real_caller (str | None):  Wire name: `realCaller`.
        display_name (str | None):  Wire name: `displayName`.
        sub_media_type (str | None): A number the gateway sends as text ("7"); some gateways send a number. Clients
            should treat it as text (the Python client always gives a string).  Wire name: `subMediaType`.
        uvid (int | str | None):

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

    chat_content_type: str | None = None
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    chat_id: int | str | None = None
    """ The message's sequence number (AgentChat_DataRecved). """
    sender_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    real_caller: str | None = None

    display_name: str | None = None

    sub_media_type: str | None = None
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    uvid: int | str | None = None

    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
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

        chat_content_type: int | str | None
        if self.chat_content_type is None:
            chat_content_type = None
        else:
            chat_content_type = self.chat_content_type

        chat_id: int | str | None
        if self.chat_id is None:
            chat_id = None
        else:
            chat_id = self.chat_id

        sender_time: int | None | str
        if self.sender_time is None:
            sender_time = None
        else:
            sender_time = self.sender_time

        real_caller = self.real_caller

        display_name = self.display_name

        sub_media_type: int | str | None
        if self.sub_media_type is None:
            sub_media_type = None
        else:
            sub_media_type = self.sub_media_type

        uvid: int | str | None
        if self.uvid is None:
            uvid = None
        else:
            uvid = self.uvid

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
        if chat_content_type is not None:
            field_dict["chatContentType"] = chat_content_type
        elif "chatContentType" in received:
            field_dict["chatContentType"] = None
        if chat_id is not None:
            field_dict["chatId"] = chat_id
        elif "chatId" in received:
            field_dict["chatId"] = None
        if sender_time is not None:
            field_dict["senderTime"] = sender_time
        elif "senderTime" in received:
            field_dict["senderTime"] = None
        if real_caller is not None:
            field_dict["realCaller"] = real_caller
        elif "realCaller" in received:
            field_dict["realCaller"] = None
        if display_name is not None:
            field_dict["displayName"] = display_name
        elif "displayName" in received:
            field_dict["displayName"] = None
        if sub_media_type is not None:
            field_dict["subMediaType"] = sub_media_type
        elif "subMediaType" in received:
            field_dict["subMediaType"] = None
        if uvid is not None:
            field_dict["uvid"] = uvid
        elif "uvid" in received:
            field_dict["uvid"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        call_id = get("callId")

        _caller = get("caller")
        caller = _caller if _caller.__class__ is str or _caller is None else as_text(_caller)

        _called = get("called")
        called = _called if _called.__class__ is str or _called is None else as_text(_called)

        is_inner_call: bool | str | None = get("isInnerCall")

        sender = get("sender")

        chat_content = get("chatContent")

        attach_data = get("attachData")

        _chat_content_type = get("chatContentType")
        chat_content_type = (
            _chat_content_type
            if _chat_content_type.__class__ is str or _chat_content_type is None
            else as_text(_chat_content_type)
        )

        chat_id: int | str | None = get("chatId")

        sender_time: int | None | str = get("senderTime")

        real_caller = get("realCaller")

        display_name = get("displayName")

        _sub_media_type = get("subMediaType")
        sub_media_type = (
            _sub_media_type
            if _sub_media_type.__class__ is str or _sub_media_type is None
            else as_text(_sub_media_type)
        )

        uvid: int | str | None = get("uvid")

        _decoded = _new(cls)
        _decoded.call_id = call_id
        _decoded.caller = caller
        _decoded.called = called
        _decoded.is_inner_call = is_inner_call
        _decoded.sender = sender
        _decoded.chat_content = chat_content
        _decoded.attach_data = attach_data
        _decoded.chat_content_type = chat_content_type
        _decoded.chat_id = chat_id
        _decoded.sender_time = sender_time
        _decoded.real_caller = real_caller
        _decoded.display_name = display_name
        _decoded.sub_media_type = sub_media_type
        _decoded.uvid = uvid
        _decoded._additional = None

        _decoded._received = src_dict
        return _decoded

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the gateway sent that the spec does not list, with their values."""
        extra = self._additional
        if extra is None:
            received = self._received
            if _KNOWN_KEYS.issuperset(received):
                extra = {}
            else:
                extra = {key: value for key, value in received.items() if key not in _KNOWN_KEYS}
            self._additional = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.call_id,
            self.caller,
            self.called,
            self.is_inner_call,
            self.sender,
            self.chat_content,
            self.attach_data,
            self.chat_content_type,
            self.chat_id,
            self.sender_time,
            self.real_caller,
            self.display_name,
            self.sub_media_type,
            self.uvid,
            self.additional_properties,
        ) == (
            other.call_id,  # type: ignore[attr-defined]
            other.caller,  # type: ignore[attr-defined]
            other.called,  # type: ignore[attr-defined]
            other.is_inner_call,  # type: ignore[attr-defined]
            other.sender,  # type: ignore[attr-defined]
            other.chat_content,  # type: ignore[attr-defined]
            other.attach_data,  # type: ignore[attr-defined]
            other.chat_content_type,  # type: ignore[attr-defined]
            other.chat_id,  # type: ignore[attr-defined]
            other.sender_time,  # type: ignore[attr-defined]
            other.real_caller,  # type: ignore[attr-defined]
            other.display_name,  # type: ignore[attr-defined]
            other.sub_media_type,  # type: ignore[attr-defined]
            other.uvid,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self.call_id!r}, "
            f"caller={self.caller!r}, "
            f"called={self.called!r}, "
            f"is_inner_call={self.is_inner_call!r}, "
            f"sender={self.sender!r}, "
            f"chat_content={self.chat_content!r}, "
            f"attach_data={self.attach_data!r}, "
            f"chat_content_type={self.chat_content_type!r}, "
            f"chat_id={self.chat_id!r}, "
            f"sender_time={self.sender_time!r}, "
            f"real_caller={self.real_caller!r}, "
            f"display_name={self.display_name!r}, "
            f"sub_media_type={self.sub_media_type!r}, "
            f"uvid={self.uvid!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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

    @property
    def sender_time_at(self) -> datetime.datetime | None:
        """`senderTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `sender_time`. Never raises.
        """
        return epoch_millis_or_none(self.sender_time)


_new = object.__new__
