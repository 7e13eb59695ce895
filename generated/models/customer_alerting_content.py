from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_line import PhoneLine
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAlertingContent")
_PhoneLine_VALUES = PhoneLine._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callid",
        "otherPhoneWorkno",
        "otherPhone",
        "type",
    }
)


@_attrs_define
class CustomerAlertingContent:
    """Content of AgentEvent_Customer_Alerting."""

    callid: str | Unset = UNSET
    other_phone_workno: str | Unset = UNSET
    other_phone: str | Unset = UNSET
    type_: PhoneLine | Unset = UNSET
    """ Which phone line an event is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callid = self.callid

        other_phone_workno = self.other_phone_workno

        other_phone = self.other_phone

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callid is not UNSET:
            field_dict["callid"] = callid
        if other_phone_workno is not UNSET:
            field_dict["otherPhoneWorkno"] = other_phone_workno
        if other_phone is not UNSET:
            field_dict["otherPhone"] = other_phone
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        callid = get("callid", UNSET)

        other_phone_workno = get("otherPhoneWorkno", UNSET)

        other_phone = get("otherPhone", UNSET)

        _type_ = get("type", UNSET)
        type_: PhoneLine | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = _PhoneLine_VALUES[_type_]
            except (KeyError, TypeError):
                type_ = PhoneLine(_type_)

        customer_alerting_content = cls(
            callid,
            other_phone_workno,
            other_phone,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            customer_alerting_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return customer_alerting_content

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
