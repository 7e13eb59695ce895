from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewCallContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "controlid",
        "dialeddigits",
        "callData",
    }
)


@_attrs_define
class PreviewCallContent:
    """Content of AgentEvent_Preview and AgentEvent_Preview_CallOut (a previewed outbound call is offered)."""

    controlid: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    dialeddigits: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    call_data: str | Unset = UNSET
    """ Call-associated data (at most 16 KB). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        controlid: int | str | Unset
        if isinstance(self.controlid, Unset):
            controlid = UNSET
        else:
            controlid = self.controlid

        dialeddigits: int | str | Unset
        if isinstance(self.dialeddigits, Unset):
            dialeddigits = UNSET
        else:
            dialeddigits = self.dialeddigits

        call_data = self.call_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if controlid is not UNSET:
            field_dict["controlid"] = controlid
        if dialeddigits is not UNSET:
            field_dict["dialeddigits"] = dialeddigits
        if call_data is not UNSET:
            field_dict["callData"] = call_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        controlid = as_text(get("controlid", UNSET))

        dialeddigits = as_text(get("dialeddigits", UNSET))

        call_data = get("callData", UNSET)

        preview_call_content = cls(
            controlid,
            dialeddigits,
            call_data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            preview_call_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return preview_call_content

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
