from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import epoch_millis_or_none
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="RecordStoppedContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "begin_time": "beginTime",
    "end_time": "endTime",
    "task_id": "taskId",
    "file_media_type": "fileMediaType",
    "record_format": "recordFormat",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "beginTime",
        "endTime",
        "taskId",
        "fileMediaType",
        "recordFormat",
    }
)


@_attrs_define(eq=False, repr=False)
class RecordStoppedContent:
    """Content of AgentMediaEvent_StopRecordDone (the agent's recording stopped).

    Attributes:
        begin_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `beginTime`.
        end_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `endTime`.
        task_id (int | str | None): The platform's recording task ID. Wire name: `taskId`.
        file_media_type (int | str | None): 1 audio, 2 video. Wire name: `fileMediaType`.
        record_format (int | str | None): 0 the resource side's default, 1 24K VOX, 2 32K VOX, 3 A-law. Wire name:
            `recordFormat`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    begin_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    end_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    task_id: int | str | None = None
    """ The platform's recording task ID. """
    file_media_type: int | str | None = None
    """ 1 audio, 2 video. """
    record_format: int | str | None = None
    """ 0 the resource side's default, 1 24K VOX, 2 32K VOX, 3 A-law. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        begin_time: int | None | str
        if self.begin_time is None:
            begin_time = None
        else:
            begin_time = self.begin_time

        end_time: int | None | str
        if self.end_time is None:
            end_time = None
        else:
            end_time = self.end_time

        task_id: int | str | None
        if self.task_id is None:
            task_id = None
        else:
            task_id = self.task_id

        file_media_type: int | str | None
        if self.file_media_type is None:
            file_media_type = None
        else:
            file_media_type = self.file_media_type

        record_format: int | str | None
        if self.record_format is None:
            record_format = None
        else:
            record_format = self.record_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if begin_time is not None:
            field_dict["beginTime"] = begin_time
        elif "beginTime" in received:
            field_dict["beginTime"] = None
        if end_time is not None:
            field_dict["endTime"] = end_time
        elif "endTime" in received:
            field_dict["endTime"] = None
        if task_id is not None:
            field_dict["taskId"] = task_id
        elif "taskId" in received:
            field_dict["taskId"] = None
        if file_media_type is not None:
            field_dict["fileMediaType"] = file_media_type
        elif "fileMediaType" in received:
            field_dict["fileMediaType"] = None
        if record_format is not None:
            field_dict["recordFormat"] = record_format
        elif "recordFormat" in received:
            field_dict["recordFormat"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        begin_time: int | None | str = get("beginTime")

        end_time: int | None | str = get("endTime")

        task_id: int | str | None = get("taskId")

        file_media_type: int | str | None = get("fileMediaType")

        record_format: int | str | None = get("recordFormat")

        _decoded = _new(cls)
        _decoded.begin_time = begin_time
        _decoded.end_time = end_time
        _decoded.task_id = task_id
        _decoded.file_media_type = file_media_type
        _decoded.record_format = record_format
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
            self.begin_time,
            self.end_time,
            self.task_id,
            self.file_media_type,
            self.record_format,
            self.additional_properties,
        ) == (
            other.begin_time,  # type: ignore[attr-defined]
            other.end_time,  # type: ignore[attr-defined]
            other.task_id,  # type: ignore[attr-defined]
            other.file_media_type,  # type: ignore[attr-defined]
            other.record_format,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"begin_time={self.begin_time!r}, "
            f"end_time={self.end_time!r}, "
            f"task_id={self.task_id!r}, "
            f"file_media_type={self.file_media_type!r}, "
            f"record_format={self.record_format!r}, "
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
    def begin_time_at(self) -> datetime.datetime | None:
        """`beginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `begin_time`. Never raises.
        """
        return epoch_millis_or_none(self.begin_time)

    @property
    def end_time_at(self) -> datetime.datetime | None:
        """`endTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `end_time`. Never raises.
        """
        return epoch_millis_or_none(self.end_time)


_new = object.__new__
