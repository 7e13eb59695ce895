from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="AbandonedCallContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "caller",
        "callId",
        "callData",
    }
)


@_attrs_define
class AbandonedCallContent:
    """Content of AgentEvent_AbandonCall (a caller hung up before being served)."""

    caller: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    call_id: str | Unset = UNSET
    call_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller: int | str | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        else:
            caller = self.caller

        call_id = self.call_id

        call_data = self.call_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller is not UNSET:
            field_dict["caller"] = caller
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if call_data is not UNSET:
            field_dict["callData"] = call_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        caller = as_text(get("caller", UNSET))

        call_id = get("callId", UNSET)

        call_data = get("callData", UNSET)

        abandoned_call_content = cls(
            caller,
            call_id,
            call_data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            abandoned_call_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return abandoned_call_content

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
