from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaMessageRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callid",
        "data",
        "userid",
    }
)


@_attrs_define
class MediaMessageRequest:
    """Body of mediacall sendmessage.

    Attributes:
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the epoch, a dash, a
            sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`, starting with a letter or digit: never a
            path separator, a query or fragment mark, `%`, a control character, a dot segment (`.`, `..`) or digits of
            another script (checked before sending, as it becomes part of a URL).
        data (str): The text of a chat message: 1 to 1945 UTF-8 bytes. The sendmessage pages allow less than 1.9 KB when
            the gateway encrypts multimedia content itself (MULTIMEDIA_SECMODE 1) and less than 3.8 KB when the business
            side does (0); a client cannot tell which, so the smaller bound holds.
        userid (str | Unset): The user's number.

    """

    callid: str
    """ A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the
    epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
    starting with a letter or digit: never a path separator, a query or fragment mark,
    `%`, a control character, a dot segment (`.`, `..`) or digits of another script
    (checked before sending, as it becomes part of a URL).
     """
    data: str
    """ The text of a chat message: 1 to 1945 UTF-8 bytes. The sendmessage pages allow less
    than 1.9 KB when the gateway encrypts multimedia content itself (MULTIMEDIA_SECMODE
    1) and less than 3.8 KB when the business side does (0); a client cannot tell which,
    so the smaller bound holds.
     """
    userid: str | Unset = UNSET
    """ The user's number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callid = self.callid

        data = self.data

        userid = self.userid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callid": callid,
                "data": data,
            }
        )
        if userid is not UNSET:
            field_dict["userid"] = userid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        callid = src_dict["callid"]

        data = src_dict["data"]

        userid = get("userid", UNSET)

        media_message_request = cls(
            callid,
            data,
            userid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            media_message_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return media_message_request

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
