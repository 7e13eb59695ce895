from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingCallInfoContent")
_MediaType_VALUES = MediaType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callId",
        "skillName",
        "skillId",
        "caller",
        "called",
        "lastReleaseAgentId",
        "mediaType",
        "releaseAndReQueueCount",
        "releaseAndReQueueCallFlag",
    }
)


@_attrs_define
class IncomingCallInfoContent:
    """Content of AgentEvent_Incoming_CallInfo."""

    call_id: str | Unset = UNSET
    skill_name: str | Unset = UNSET
    skill_id: int | Unset = UNSET
    caller: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    last_release_agent_id: int | str | Unset = UNSET
    """ The agent that last released the call; 65535 when none. """
    media_type: MediaType | Unset = UNSET
    """ Media type of a call. """
    release_and_re_queue_count: int | Unset = UNSET
    """ How often the call was released and queued again. """
    release_and_re_queue_call_flag: int | Unset = UNSET
    """ 1 when the call was released and queued again, else 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        skill_name = self.skill_name

        skill_id = self.skill_id

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

        last_release_agent_id: int | str | Unset
        if isinstance(self.last_release_agent_id, Unset):
            last_release_agent_id = UNSET
        else:
            last_release_agent_id = self.last_release_agent_id

        media_type: int | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        release_and_re_queue_count = self.release_and_re_queue_count

        release_and_re_queue_call_flag = self.release_and_re_queue_call_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if skill_name is not UNSET:
            field_dict["skillName"] = skill_name
        if skill_id is not UNSET:
            field_dict["skillId"] = skill_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if called is not UNSET:
            field_dict["called"] = called
        if last_release_agent_id is not UNSET:
            field_dict["lastReleaseAgentId"] = last_release_agent_id
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if release_and_re_queue_count is not UNSET:
            field_dict["releaseAndReQueueCount"] = release_and_re_queue_count
        if release_and_re_queue_call_flag is not UNSET:
            field_dict["releaseAndReQueueCallFlag"] = release_and_re_queue_call_flag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        call_id = get("callId", UNSET)

        skill_name = get("skillName", UNSET)

        skill_id = get("skillId", UNSET)

        caller = as_text(get("caller", UNSET))

        called = as_text(get("called", UNSET))

        last_release_agent_id: int | str | Unset = get("lastReleaseAgentId", UNSET)

        _media_type = get("mediaType", UNSET)
        media_type: MediaType | Unset
        if _media_type is UNSET:
            media_type = UNSET
        else:
            try:
                media_type = _MediaType_VALUES[_media_type]
            except (KeyError, TypeError):
                media_type = MediaType(_media_type)

        release_and_re_queue_count = get("releaseAndReQueueCount", UNSET)

        release_and_re_queue_call_flag = get("releaseAndReQueueCallFlag", UNSET)

        incoming_call_info_content = cls(
            call_id,
            skill_name,
            skill_id,
            caller,
            called,
            last_release_agent_id,
            media_type,
            release_and_re_queue_count,
            release_and_re_queue_call_flag,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            incoming_call_info_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return incoming_call_info_content

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
