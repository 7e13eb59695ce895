from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_line import PhoneLine
from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallEventContent")
_PhoneLine_VALUES = PhoneLine._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "caller",
        "called",
        "callid",
        "type",
        "feature",
        "mediaAbility",
        "mediaType",
        "transfer",
        "transfrom",
    }
)


@_attrs_define
class CallEventContent:
    """Content of AgentEvent_Ringing (a call waits to be answered by hand),
    AgentEvent_Auto_Answer (a call was answered automatically) and AgentEvent_Talking
    (the agent is talking).

    """

    caller: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    callid: str | Unset = UNSET
    """ The call ID. """
    type_: PhoneLine | Unset = UNSET
    """ Which phone line an event is about. """
    feature: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    media_ability: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    media_type: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    transfer: str | Unset = UNSET
    """ Whether the call was transferred to the agent (`no` when not). """
    transfrom: str | Unset = UNSET
    """ Who transferred the call (spelt so on the wire); empty when nobody did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        callid = self.callid

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        feature: int | str | Unset
        if isinstance(self.feature, Unset):
            feature = UNSET
        else:
            feature = self.feature

        media_ability: int | str | Unset
        if isinstance(self.media_ability, Unset):
            media_ability = UNSET
        else:
            media_ability = self.media_ability

        media_type: int | str | Unset
        if isinstance(self.media_type, Unset):
            media_type = UNSET
        else:
            media_type = self.media_type

        transfer = self.transfer

        transfrom = self.transfrom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller is not UNSET:
            field_dict["caller"] = caller
        if called is not UNSET:
            field_dict["called"] = called
        if callid is not UNSET:
            field_dict["callid"] = callid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if feature is not UNSET:
            field_dict["feature"] = feature
        if media_ability is not UNSET:
            field_dict["mediaAbility"] = media_ability
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if transfer is not UNSET:
            field_dict["transfer"] = transfer
        if transfrom is not UNSET:
            field_dict["transfrom"] = transfrom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        caller = as_text(get("caller", UNSET))

        called = as_text(get("called", UNSET))

        callid = get("callid", UNSET)

        _type_ = get("type", UNSET)
        type_: PhoneLine | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = _PhoneLine_VALUES[_type_]
            except (KeyError, TypeError):
                type_ = PhoneLine(_type_)

        feature = as_text(get("feature", UNSET))

        media_ability = as_text(get("mediaAbility", UNSET))

        media_type = as_text(get("mediaType", UNSET))

        transfer = get("transfer", UNSET)

        transfrom = get("transfrom", UNSET)

        call_event_content = cls(
            caller,
            called,
            callid,
            type_,
            feature,
            media_ability,
            media_type,
            transfer,
            transfrom,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            call_event_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return call_event_content

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
