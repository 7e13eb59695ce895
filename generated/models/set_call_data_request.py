from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetCallDataRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callid",
        "calldata",
        "isDataEncoded",
    }
)


@_attrs_define
class SetCallDataRequest:
    """Body of setcalldataex.

    Attributes:
        callid (str | Unset): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the epoch, a
            dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`, starting with a letter or digit:
            never a path separator, a query or fragment mark, `%`, a control character, a dot segment (`.`, `..`) or digits
            of another script (checked before sending, as it becomes part of a URL).
        calldata (str | Unset): The call-associated data: at most 16 KB of original content (`x-max-bytes` applies to
            the content before Base64 encoding), Base64-encoded when `isDataEncoded` is true.
        is_data_encoded (bool | Unset): Whether `calldata` is Base64-encoded. Wire name: `isDataEncoded`.

    """

    callid: str | Unset = UNSET
    """ A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the
    epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
    starting with a letter or digit: never a path separator, a query or fragment mark,
    `%`, a control character, a dot segment (`.`, `..`) or digits of another script
    (checked before sending, as it becomes part of a URL).
     """
    calldata: str | Unset = UNSET
    """ The call-associated data: at most 16 KB of original content (`x-max-bytes`
    applies to the content before Base64 encoding), Base64-encoded when
    `isDataEncoded` is true.
     """
    is_data_encoded: bool | Unset = UNSET
    """ Whether `calldata` is Base64-encoded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callid = self.callid

        calldata = self.calldata

        is_data_encoded = self.is_data_encoded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callid is not UNSET:
            field_dict["callid"] = callid
        if calldata is not UNSET:
            field_dict["calldata"] = calldata
        if is_data_encoded is not UNSET:
            field_dict["isDataEncoded"] = is_data_encoded

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        callid = get("callid", UNSET)

        calldata = get("calldata", UNSET)

        is_data_encoded = get("isDataEncoded", UNSET)

        set_call_data_request = cls(
            callid,
            calldata,
            is_data_encoded,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_call_data_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_call_data_request

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
