from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_transfer_device_type import ChatTransferDeviceType
from ..models.chat_transfer_mode import ChatTransferMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaChatTransferRequest")
_ChatTransferDeviceType_VALUES = ChatTransferDeviceType._value2member_map_
_ChatTransferMode_VALUES = ChatTransferMode._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callid",
        "devicetype",
        "mode",
        "address",
        "caller",
        "calldata",
        "skillId",
    }
)


@_attrs_define
class MediaChatTransferRequest:
    """Body of mediacall transfer.

    Attributes:
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the epoch, a dash, a
            sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`, starting with a letter or digit: never a
            path separator, a query or fragment mark, `%`, a control character, a dot segment (`.`, `..`) or digits of
            another script (checked before sending, as it becomes part of a URL).
        devicetype (ChatTransferDeviceType): What a multimedia session is transferred to.
        mode (ChatTransferMode): How a multimedia session is transferred.
        address (str): The target's ID (skill queue ID, platform agent ID or access code), at most 24 characters.
        caller (str | Unset): The calling number.
        calldata (str | Unset): Data for the target agent, at most 2048 bytes.
        skill_id (int | Unset): The skill ID; only for an agent target (devicetype 2). Wire name: `skillId`.

    """

    callid: str
    """ A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since the
    epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
    starting with a letter or digit: never a path separator, a query or fragment mark,
    `%`, a control character, a dot segment (`.`, `..`) or digits of another script
    (checked before sending, as it becomes part of a URL).
     """
    devicetype: ChatTransferDeviceType
    """ What a multimedia session is transferred to. """
    mode: ChatTransferMode
    """ How a multimedia session is transferred. """
    address: str
    """ The target's ID (skill queue ID, platform agent ID or access code), at most 24 characters. """
    caller: str | Unset = UNSET
    """ The calling number. """
    calldata: str | Unset = UNSET
    """ Data for the target agent, at most 2048 bytes. """
    skill_id: int | Unset = UNSET
    """ The skill ID; only for an agent target (devicetype 2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callid = self.callid

        devicetype = self.devicetype.value

        mode = self.mode.value

        address = self.address

        caller = self.caller

        calldata = self.calldata

        skill_id = self.skill_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callid": callid,
                "devicetype": devicetype,
                "mode": mode,
                "address": address,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if calldata is not UNSET:
            field_dict["calldata"] = calldata
        if skill_id is not UNSET:
            field_dict["skillId"] = skill_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        callid = src_dict["callid"]

        _devicetype = src_dict["devicetype"]
        devicetype: ChatTransferDeviceType
        try:
            devicetype = _ChatTransferDeviceType_VALUES[_devicetype]
        except (KeyError, TypeError):
            devicetype = ChatTransferDeviceType(_devicetype)

        _mode = src_dict["mode"]
        mode: ChatTransferMode
        try:
            mode = _ChatTransferMode_VALUES[_mode]
        except (KeyError, TypeError):
            mode = ChatTransferMode(_mode)

        address = src_dict["address"]

        caller = get("caller", UNSET)

        calldata = get("calldata", UNSET)

        skill_id = get("skillId", UNSET)

        media_chat_transfer_request = cls(
            callid,
            devicetype,
            mode,
            address,
            caller,
            calldata,
            skill_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            media_chat_transfer_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return media_chat_transfer_request

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
