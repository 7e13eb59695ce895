from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_transfer_device_type import ChatTransferDeviceType
from ..models.chat_transfer_mode import ChatTransferMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextChatTransferRequest")
_ChatTransferDeviceType_VALUES = ChatTransferDeviceType._value2member_map_
_ChatTransferMode_VALUES = ChatTransferMode._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "addesstype",
        "destaddr",
        "callid",
        "mode",
        "attachdata",
    }
)


@_attrs_define
class TextChatTransferRequest:
    """Body of textchat transfer (the field names as the clients spell them).

    Attributes:
        addesstype (ChatTransferDeviceType): What a multimedia session is transferred to.
        destaddr (str): The target's ID, at most 24 characters.
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the epoch, a dash, a
            sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`, starting with a letter or digit: never a
            path separator, a query or fragment mark, `%`, a control character, a dot segment (`.`, `..`) or digits of
            another script (checked before sending, as it becomes part of a URL).
        mode (ChatTransferMode): How a multimedia session is transferred.
        attachdata (str | Unset): Data for the target, at most 2048 bytes.

    """

    addesstype: ChatTransferDeviceType
    """ What a multimedia session is transferred to. """
    destaddr: str
    """ The target's ID, at most 24 characters. """
    callid: str
    """ A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the
    epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
    starting with a letter or digit: never a path separator, a query or fragment mark,
    `%`, a control character, a dot segment (`.`, `..`) or digits of another script
    (checked before sending, as it becomes part of a URL).
     """
    mode: ChatTransferMode
    """ How a multimedia session is transferred. """
    attachdata: str | Unset = UNSET
    """ Data for the target, at most 2048 bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addesstype = self.addesstype.value

        destaddr = self.destaddr

        callid = self.callid

        mode = self.mode.value

        attachdata = self.attachdata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addesstype": addesstype,
                "destaddr": destaddr,
                "callid": callid,
                "mode": mode,
            }
        )
        if attachdata is not UNSET:
            field_dict["attachdata"] = attachdata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _addesstype = src_dict["addesstype"]
        addesstype: ChatTransferDeviceType
        try:
            addesstype = _ChatTransferDeviceType_VALUES[_addesstype]
        except (KeyError, TypeError):
            addesstype = ChatTransferDeviceType(_addesstype)

        destaddr = src_dict["destaddr"]

        callid = src_dict["callid"]

        _mode = src_dict["mode"]
        mode: ChatTransferMode
        try:
            mode = _ChatTransferMode_VALUES[_mode]
        except (KeyError, TypeError):
            mode = ChatTransferMode(_mode)

        attachdata = get("attachdata", UNSET)

        text_chat_transfer_request = cls(
            addesstype,
            destaddr,
            callid,
            mode,
            attachdata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            text_chat_transfer_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return text_chat_transfer_request

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
