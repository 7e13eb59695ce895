from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..spec_extensions import epoch_millis_or_none
from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.raw_event_content import RawEventContent


T = TypeVar("T", bound="AgentEvent")
_EventType_VALUES = EventType._value2member_map_
_EventType_OR_NONE = {**_EventType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "event_type": "eventType",
    "work_no": "workNo",
    "event_gen_time": "eventGenTime",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "eventType",
        "workNo",
        "content",
        "eventGenTime",
    }
)


@_attrs_define(eq=False, repr=False)
class AgentEvent:
    """One agent event. `content` depends on `eventType`: `x-event-contents` names the
    schema of each documented content (an object schema, or `CallIdContent` for the
    types whose content is a plain call ID string), the types in `x-event-null-content`
    carry none, and the types in `x-event-optional-content` carry their schema or null.
    Contents of other types are passed on as they arrive.

    Attributes:
        event_type (EventType | int | None): The event type: an `EventType` name. Receivers must not drop an event whose
            type is unknown, null or a number (see `x-doc-discrepancy`).  Wire name: `eventType`.
        work_no (int | str | None): The agent the event is for. Wire name: `workNo`.
        content (None | RawEventContent | str): What the event carries: an object (see `x-event-contents`), a call ID
            string (`CallIdContent`) or null.
        event_gen_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends
            a number, a string of digits, an empty string or null (no value).  Wire name: `eventGenTime`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    event_type: EventType | int | None
    """ The event type: an `EventType` name. Receivers must not drop an event whose
    type is unknown, null or a number (see `x-doc-discrepancy`).
     """
    work_no: int | str | None = None
    """ The agent the event is for. """
    content: None | RawEventContent | str = None
    """ What the event carries: an object (see `x-event-contents`), a call ID string
    (`CallIdContent`) or null.
     """
    event_gen_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_type: int | None | str
        if isinstance(self.event_type, EventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        work_no: int | str | None
        if self.work_no is None:
            work_no = None
        else:
            work_no = self.work_no

        content: dict[str, Any] | None | str
        if self.content is None:
            content = None
        elif isinstance(self.content, RawEventContent):
            content = self.content.to_dict()
        else:
            content = self.content

        event_gen_time: int | None | str
        if self.event_gen_time is None:
            event_gen_time = None
        else:
            event_gen_time = self.event_gen_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
            }
        )
        received = self._received
        if work_no is not None:
            field_dict["workNo"] = work_no
        elif "workNo" in received:
            field_dict["workNo"] = None
        if content is not None:
            field_dict["content"] = content
        elif "content" in received:
            field_dict["content"] = None
        if event_gen_time is not None:
            field_dict["eventGenTime"] = event_gen_time
        elif "eventGenTime" in received:
            field_dict["eventGenTime"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        work_no: int | str | None = get("workNo")

        _content_data = get("content")
        content: None | RawEventContent | str
        _content_found = False
        if _content_data is None:
            content = None
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

        event_gen_time: int | None | str = get("eventGenTime")

        _decoded = _new(cls)
        _decoded.event_type = event_type
        _decoded.work_no = work_no
        _decoded.content = content
        _decoded.event_gen_time = event_gen_time
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
            self.event_type,
            self.work_no,
            self.content,
            self.event_gen_time,
            self.additional_properties,
        ) == (
            other.event_type,  # type: ignore[attr-defined]
            other.work_no,  # type: ignore[attr-defined]
            other.content,  # type: ignore[attr-defined]
            other.event_gen_time,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"event_type={self.event_type!r}, "
            f"work_no={self.work_no!r}, "
            f"content={self.content!r}, "
            f"event_gen_time={self.event_gen_time!r}, "
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

    @property
    def event_gen_time_at(self) -> datetime.datetime | None:
        """`eventGenTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `event_gen_time`. Never raises.
        """
        return epoch_millis_or_none(self.event_gen_time)


_new = object.__new__
# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.raw_event_content import RawEventContent
