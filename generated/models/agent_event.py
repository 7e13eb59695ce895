from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..spec_extensions import epoch_millis_or_none
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.raw_event_content import RawEventContent


T = TypeVar("T", bound="AgentEvent")
_EventType_VALUES = EventType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "eventType",
        "workNo",
        "content",
        "eventGenTime",
    }
)


@_attrs_define
class AgentEvent:
    """One agent event. `content` depends on `eventType`: `x-event-contents` names the
    schema of each documented content (an object schema, or `CallIdContent` for the
    types whose content is a plain call ID string), the types in `x-event-null-content`
    carry none, and the types in `x-event-optional-content` carry their schema or null.
    Contents of other types are passed on as they arrive.

    """

    event_type: EventType | int | None
    """ The event type: an `EventType` name. Receivers must not drop an event whose
    type is unknown, null or a number (see `x-doc-discrepancy`).
     """
    work_no: int | str | Unset = UNSET
    """ The agent the event is for. """
    content: None | RawEventContent | str | Unset = UNSET
    """ What the event carries: an object (see `x-event-contents`), a call ID string
    (`CallIdContent`) or null.
     """
    event_gen_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.raw_event_content import RawEventContent

        event_type: int | None | str
        if isinstance(self.event_type, EventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        work_no: int | str | Unset
        if isinstance(self.work_no, Unset):
            work_no = UNSET
        else:
            work_no = self.work_no

        content: dict[str, Any] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, RawEventContent):
            content = self.content.to_dict()
        else:
            content = self.content

        event_gen_time: int | None | str | Unset
        if isinstance(self.event_gen_time, Unset):
            event_gen_time = UNSET
        else:
            event_gen_time = self.event_gen_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
            }
        )
        if work_no is not UNSET:
            field_dict["workNo"] = work_no
        if content is not UNSET:
            field_dict["content"] = content
        if event_gen_time is not UNSET:
            field_dict["eventGenTime"] = event_gen_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.raw_event_content import RawEventContent

        get = src_dict.get
        _event_type_data = src_dict["eventType"]
        event_type: EventType | int | None
        _event_type_found = False
        if _event_type_data is None:
            event_type = None
            _event_type_found = True
        if not _event_type_found and isinstance(_event_type_data, str):
            try:
                _event_type_type_0 = _event_type_data
                event_type_type_0: EventType
                try:
                    event_type_type_0 = _EventType_VALUES[_event_type_type_0]
                except (KeyError, TypeError):
                    event_type_type_0 = EventType(_event_type_type_0)

                event_type = event_type_type_0
                _event_type_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _event_type_found:
            event_type = _event_type_data  # type: ignore[assignment]

        work_no: int | str | Unset = get("workNo", UNSET)

        _content_data = get("content", UNSET)
        content: None | RawEventContent | str | Unset
        _content_found = False
        if _content_data is None:
            content = None
            _content_found = True
        if _content_data is UNSET:
            content = UNSET
            _content_found = True
        if not _content_found and isinstance(_content_data, dict):
            try:
                content_raw_event_content = RawEventContent.from_dict(_content_data)

                content = content_raw_event_content
                _content_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _content_found:
            content = _content_data  # type: ignore[assignment]

        event_gen_time: int | None | str | Unset = get("eventGenTime", UNSET)

        agent_event = cls(
            event_type,
            work_no,
            content,
            event_gen_time,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_event.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_event

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

    @property
    def event_gen_time_at(self) -> datetime.datetime | None:
        """`eventGenTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `event_gen_time`. Never raises.
        """
        return epoch_millis_or_none(self.event_gen_time)
