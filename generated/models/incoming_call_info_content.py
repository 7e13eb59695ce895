from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="IncomingCallInfoContent")
_MediaType_VALUES = MediaType._value2member_map_
_MediaType_OR_NONE = {**_MediaType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "call_id": "callId",
    "skill_name": "skillName",
    "skill_id": "skillId",
    "last_release_agent_id": "lastReleaseAgentId",
    "media_type": "mediaType",
    "release_and_re_queue_count": "releaseAndReQueueCount",
    "release_and_re_queue_call_flag": "releaseAndReQueueCallFlag",
}
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


@_attrs_define(eq=False, repr=False)
class IncomingCallInfoContent:
    """Content of AgentEvent_Incoming_CallInfo.

    Attributes:
        call_id (str | None):  Wire name: `callId`.
        skill_name (str | None):  Wire name: `skillName`.
        skill_id (int | None):  Wire name: `skillId`.
        caller (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        called (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        last_release_agent_id (int | str | None): The agent that last released the call; 65535 when none. Wire name:
            `lastReleaseAgentId`.
        media_type (MediaType | None): Media type of a call. Wire name: `mediaType`.
        release_and_re_queue_count (int | None): How often the call was released and queued again. Wire name:
            `releaseAndReQueueCount`.
        release_and_re_queue_call_flag (int | None): 1 when the call was released and queued again, else 0. Wire name:
            `releaseAndReQueueCallFlag`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    call_id: str | None = None

    skill_name: str | None = None

    skill_id: int | None = None

    caller: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    last_release_agent_id: int | str | None = None
    """ The agent that last released the call; 65535 when none. """
    media_type: MediaType | None = None
    """ Media type of a call. """
    release_and_re_queue_count: int | None = None
    """ How often the call was released and queued again. """
    release_and_re_queue_call_flag: int | None = None
    """ 1 when the call was released and queued again, else 0. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        skill_name = self.skill_name

        skill_id = self.skill_id

        caller: int | str | None
        if self.caller is None:
            caller = None
        else:
            caller = self.caller

        called: int | str | None
        if self.called is None:
            called = None
        else:
            called = self.called

        last_release_agent_id: int | str | None
        if self.last_release_agent_id is None:
            last_release_agent_id = None
        else:
            last_release_agent_id = self.last_release_agent_id

        media_type: int | None = None
        if not (self.media_type is None):
            media_type = self.media_type.value

        release_and_re_queue_count = self.release_and_re_queue_count

        release_and_re_queue_call_flag = self.release_and_re_queue_call_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if call_id is not None:
            field_dict["callId"] = call_id
        elif "callId" in received:
            field_dict["callId"] = None
        if skill_name is not None:
            field_dict["skillName"] = skill_name
        elif "skillName" in received:
            field_dict["skillName"] = None
        if skill_id is not None:
            field_dict["skillId"] = skill_id
        elif "skillId" in received:
            field_dict["skillId"] = None
        if caller is not None:
            field_dict["caller"] = caller
        elif "caller" in received:
            field_dict["caller"] = None
        if called is not None:
            field_dict["called"] = called
        elif "called" in received:
            field_dict["called"] = None
        if last_release_agent_id is not None:
            field_dict["lastReleaseAgentId"] = last_release_agent_id
        elif "lastReleaseAgentId" in received:
            field_dict["lastReleaseAgentId"] = None
        if media_type is not None:
            field_dict["mediaType"] = media_type
        elif "mediaType" in received:
            field_dict["mediaType"] = None
        if release_and_re_queue_count is not None:
            field_dict["releaseAndReQueueCount"] = release_and_re_queue_count
        elif "releaseAndReQueueCount" in received:
            field_dict["releaseAndReQueueCount"] = None
        if release_and_re_queue_call_flag is not None:
            field_dict["releaseAndReQueueCallFlag"] = release_and_re_queue_call_flag
        elif "releaseAndReQueueCallFlag" in received:
            field_dict["releaseAndReQueueCallFlag"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        call_id = get("callId")

        skill_name = get("skillName")

        skill_id = get("skillId")

        _caller = get("caller")
        caller = _caller if _caller.__class__ is str or _caller is None else as_text(_caller)

        _called = get("called")
        called = _called if _called.__class__ is str or _called is None else as_text(_called)

        last_release_agent_id: int | str | None = get("lastReleaseAgentId")

        _media_type = get("mediaType")
        media_type: MediaType | None
        try:
            media_type = _MediaType_OR_NONE[_media_type]
        except (KeyError, TypeError):
            media_type = MediaType(_media_type)

        release_and_re_queue_count = get("releaseAndReQueueCount")

        release_and_re_queue_call_flag = get("releaseAndReQueueCallFlag")

        _decoded = _new(cls)
        _decoded.call_id = call_id
        _decoded.skill_name = skill_name
        _decoded.skill_id = skill_id
        _decoded.caller = caller
        _decoded.called = called
        _decoded.last_release_agent_id = last_release_agent_id
        _decoded.media_type = media_type
        _decoded.release_and_re_queue_count = release_and_re_queue_count
        _decoded.release_and_re_queue_call_flag = release_and_re_queue_call_flag
        _decoded._additional = None

        _decoded._received = src_dict
        return _decoded

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the gateway sent that the spec does not list, with their values."""
        extra = self._additional
        if extra is None:
            received = self._received
            if _KNOWN_KEYS.issuperset(received):
                extra = {}
            else:
                extra = {key: value for key, value in received.items() if key not in _KNOWN_KEYS}
            self._additional = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.call_id,
            self.skill_name,
            self.skill_id,
            self.caller,
            self.called,
            self.last_release_agent_id,
            self.media_type,
            self.release_and_re_queue_count,
            self.release_and_re_queue_call_flag,
            self.additional_properties,
        ) == (
            other.call_id,  # type: ignore[attr-defined]
            other.skill_name,  # type: ignore[attr-defined]
            other.skill_id,  # type: ignore[attr-defined]
            other.caller,  # type: ignore[attr-defined]
            other.called,  # type: ignore[attr-defined]
            other.last_release_agent_id,  # type: ignore[attr-defined]
            other.media_type,  # type: ignore[attr-defined]
            other.release_and_re_queue_count,  # type: ignore[attr-defined]
            other.release_and_re_queue_call_flag,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self.call_id!r}, "
            f"skill_name={self.skill_name!r}, "
            f"skill_id={self.skill_id!r}, "
            f"caller={self.caller!r}, "
            f"called={self.called!r}, "
            f"last_release_agent_id={self.last_release_agent_id!r}, "
            f"media_type={self.media_type!r}, "
            f"release_and_re_queue_count={self.release_and_re_queue_count!r}, "
            f"release_and_re_queue_call_flag={self.release_and_re_queue_call_flag!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received


_new = object.__new__
