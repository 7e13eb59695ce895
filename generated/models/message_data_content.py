from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_line import PhoneLine
from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDataContent")
_PhoneLine_VALUES = PhoneLine._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callid",
        "caller",
        "called",
        "feature",
        "type",
        "message",
        "mediaAbility",
    }
)


@_attrs_define
class MessageDataContent:
    """Content of AgentEvent_MessageData (a message of a multimedia session)."""

    callid: str | Unset = UNSET
    caller: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    feature: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    type_: PhoneLine | Unset = UNSET
    """ Which phone line an event is about. """
    message: str | Unset = UNSET
    media_ability: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callid = self.callid

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

        feature: int | str | Unset
        if isinstance(self.feature, Unset):
            feature = UNSET
        else:
            feature = self.feature

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        message = self.message

        media_ability: int | str | Unset
        if isinstance(self.media_ability, Unset):
            media_ability = UNSET
        else:
            media_ability = self.media_ability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callid is not UNSET:
            field_dict["callid"] = callid
        if caller is not UNSET:
            field_dict["caller"] = caller
        if called is not UNSET:
            field_dict["called"] = called
        if feature is not UNSET:
            field_dict["feature"] = feature
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if media_ability is not UNSET:
            field_dict["mediaAbility"] = media_ability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        callid = get("callid", UNSET)

        caller = as_text(get("caller", UNSET))

        called = as_text(get("called", UNSET))

        feature = as_text(get("feature", UNSET))

        _type_ = get("type", UNSET)
        type_: PhoneLine | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = _PhoneLine_VALUES[_type_]
            except (KeyError, TypeError):
                type_ = PhoneLine(_type_)

        message = get("message", UNSET)

        media_ability = as_text(get("mediaAbility", UNSET))

        message_data_content = cls(
            callid,
            caller,
            called,
            feature,
            type_,
            message,
            media_ability,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            message_data_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return message_data_content

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
