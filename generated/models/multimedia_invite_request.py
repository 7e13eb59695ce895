from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultimediaInviteRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "addressinfo",
        "confid",
        "callid",
    }
)


@_attrs_define
class MultimediaInviteRequest:
    """Body of multimediaconf inviteconf: the conference as `confid` (Java demo) or, as the
    C# demo sends it, `callid` (see the operation's x-doc-discrepancy).

    Attributes:
        addressinfo (str): The agents of a multimedia conference, as entries `type,vdn,agent;` one after the other: the
            Java demo prompts for "9,vdnNo,agentId;" (type 9, the only one seen: the C# demo says only agents may take
            part), e.g. `9,1,155;9,1,156;`.
        confid (int | Unset): A multimedia conference's ID, as AgentEvent_JoinConf names it (`confid`). The C# demo
            sends it as a number, the Java demo as text; the simulator accepts both.
        callid (str | Unset): The conference ID under the C# demo's name; the client never sends it.

    """

    addressinfo: str
    """ The agents of a multimedia conference, as entries `type,vdn,agent;` one after the
    other: the Java demo prompts for "9,vdnNo,agentId;" (type 9, the only one seen: the
    C# demo says only agents may take part), e.g. `9,1,155;9,1,156;`.
     """
    confid: int | Unset = UNSET
    """ A multimedia conference's ID, as AgentEvent_JoinConf names it (`confid`). The C# demo
    sends it as a number, the Java demo as text; the simulator accepts both.
     """
    callid: str | Unset = UNSET
    """ The conference ID under the C# demo's name; the client never sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressinfo = self.addressinfo

        confid = self.confid

        callid = self.callid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressinfo": addressinfo,
            }
        )
        if confid is not UNSET:
            field_dict["confid"] = confid
        if callid is not UNSET:
            field_dict["callid"] = callid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        addressinfo = src_dict["addressinfo"]

        confid = get("confid", UNSET)

        callid = get("callid", UNSET)

        multimedia_invite_request = cls(
            addressinfo,
            confid,
            callid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            multimedia_invite_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return multimedia_invite_request

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
