from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..spec_extensions import epoch_millis_to_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.raw_event_content import RawEventContent


T = TypeVar("T", bound="AgentEvent")


@_attrs_define
class AgentEvent:
    """One agent event. `content` depends on `eventType`; `x-event-contents` names the
    schema of each documented content, and the types in `x-event-null-content` carry
    none. Contents of other types are passed on as they are.

    """

    event_type: EventType
    """ The type of an agent event. The reference documents the content of some types;
    others are known by name only. New types may appear: clients must pass unknown
    types through.
     """
    work_no: int | str | Unset = UNSET
    """ The agent the event is for. """
    content: None | RawEventContent | str | Unset = UNSET
    event_gen_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.raw_event_content import RawEventContent

        event_type = self.event_type.value

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

        d = dict(src_dict)
        event_type = EventType(d.pop("eventType"))

        def _parse_work_no(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        work_no = _parse_work_no(d.pop("workNo", UNSET))

        def _parse_content(data: object) -> None | RawEventContent | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_raw_event_content = RawEventContent.from_dict(data)

                return content_raw_event_content
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RawEventContent | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_event_gen_time(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        event_gen_time = _parse_event_gen_time(d.pop("eventGenTime", UNSET))

        agent_event = cls(
            event_type=event_type,
            work_no=work_no,
            content=content,
            event_gen_time=event_gen_time,
        )

        agent_event.additional_properties = d
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
        """`eventGenTime` as an aware UTC datetime; None when not set (null, "" or absent)."""
        return epoch_millis_to_datetime(self.event_gen_time, "eventGenTime")
