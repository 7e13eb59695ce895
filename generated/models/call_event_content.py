from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_line import PhoneLine
from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallEventContent")


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
        d = dict(src_dict)
        caller = as_text(d.pop("caller", UNSET))

        called = as_text(d.pop("called", UNSET))

        callid = d.pop("callid", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PhoneLine | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PhoneLine(_type_)

        feature = as_text(d.pop("feature", UNSET))

        media_ability = as_text(d.pop("mediaAbility", UNSET))

        media_type = as_text(d.pop("mediaType", UNSET))

        transfer = d.pop("transfer", UNSET)

        transfrom = d.pop("transfrom", UNSET)

        call_event_content = cls(
            caller=caller,
            called=called,
            callid=callid,
            type_=type_,
            feature=feature,
            media_ability=media_ability,
            media_type=media_type,
            transfer=transfer,
            transfrom=transfrom,
        )

        call_event_content.additional_properties = d
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
