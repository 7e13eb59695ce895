from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="RecordingContent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "record_id": "recordID",
    "location_id": "locationId",
    "file_name": "fileName",
    "task_id": "taskId",
    "call_id": "callId",
    "file_media_type": "fileMediaType",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "recordID",
        "locationId",
        "fileName",
        "taskId",
        "caller",
        "called",
        "callId",
        "fileMediaType",
    }
)


@_attrs_define(eq=False, repr=False)
class RecordingContent:
    """Content of AgentMediaEvent_Record (recording of the call started) and
    AgentMediaEvent_Record_Fail (it could not start). `fileName` is what `recordfile`
    downloads the recording by (its `recordId` parameter).

    Attributes:
        record_id (int | str | None): The recording's serial number. Wire name: `recordID`.
        location_id (int | str | None): The central node of the recording (`locationId` of recordfile). Wire name:
            `locationId`.
        file_name (str | None): The recording file's path, e.g. `Y:/6/0/20161025/20011/1902050.V3`. Wire name:
            `fileName`.
        task_id (int | str | None): The platform's recording task ID. Wire name: `taskId`.
        caller (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        called (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        call_id (str | None): The recorded call. Wire name: `callId`.
        file_media_type (int | str | None): 1 audio, 2 video. Wire name: `fileMediaType`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    record_id: int | str | None = None
    """ The recording's serial number. """
    location_id: int | str | None = None
    """ The central node of the recording (`locationId` of recordfile). """
    file_name: str | None = None
    """ The recording file's path, e.g. `Y:/6/0/20161025/20011/1902050.V3`. """
    task_id: int | str | None = None
    """ The platform's recording task ID. """
    caller: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    call_id: str | None = None
    """ The recorded call. """
    file_media_type: int | str | None = None
    """ 1 audio, 2 video. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        record_id: int | str | None
        if self.record_id is None:
            record_id = None
        else:
            record_id = self.record_id

        location_id: int | str | None
        if self.location_id is None:
            location_id = None
        else:
            location_id = self.location_id

        file_name = self.file_name

        task_id: int | str | None
        if self.task_id is None:
            task_id = None
        else:
            task_id = self.task_id

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

        call_id = self.call_id

        file_media_type: int | str | None
        if self.file_media_type is None:
            file_media_type = None
        else:
            file_media_type = self.file_media_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if record_id is not None:
            field_dict["recordID"] = record_id
        elif "recordID" in received:
            field_dict["recordID"] = None
        if location_id is not None:
            field_dict["locationId"] = location_id
        elif "locationId" in received:
            field_dict["locationId"] = None
        if file_name is not None:
            field_dict["fileName"] = file_name
        elif "fileName" in received:
            field_dict["fileName"] = None
        if task_id is not None:
            field_dict["taskId"] = task_id
        elif "taskId" in received:
            field_dict["taskId"] = None
        if caller is not None:
            field_dict["caller"] = caller
        elif "caller" in received:
            field_dict["caller"] = None
        if called is not None:
            field_dict["called"] = called
        elif "called" in received:
            field_dict["called"] = None
        if call_id is not None:
            field_dict["callId"] = call_id
        elif "callId" in received:
            field_dict["callId"] = None
        if file_media_type is not None:
            field_dict["fileMediaType"] = file_media_type
        elif "fileMediaType" in received:
            field_dict["fileMediaType"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        record_id: int | str | None = get("recordID")

        location_id: int | str | None = get("locationId")

        file_name = get("fileName")

        task_id: int | str | None = get("taskId")

        _caller = get("caller")
        caller = _caller if _caller.__class__ is str or _caller is None else as_text(_caller)

        _called = get("called")
        called = _called if _called.__class__ is str or _called is None else as_text(_called)

        call_id = get("callId")

        file_media_type: int | str | None = get("fileMediaType")

        _decoded = _new(cls)
        _decoded.record_id = record_id
        _decoded.location_id = location_id
        _decoded.file_name = file_name
        _decoded.task_id = task_id
        _decoded.caller = caller
        _decoded.called = called
        _decoded.call_id = call_id
        _decoded.file_media_type = file_media_type
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
            self.record_id,
            self.location_id,
            self.file_name,
            self.task_id,
            self.caller,
            self.called,
            self.call_id,
            self.file_media_type,
            self.additional_properties,
        ) == (
            other.record_id,  # type: ignore[attr-defined]
            other.location_id,  # type: ignore[attr-defined]
            other.file_name,  # type: ignore[attr-defined]
            other.task_id,  # type: ignore[attr-defined]
            other.caller,  # type: ignore[attr-defined]
            other.called,  # type: ignore[attr-defined]
            other.call_id,  # type: ignore[attr-defined]
            other.file_media_type,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"record_id={self.record_id!r}, "
            f"location_id={self.location_id!r}, "
            f"file_name={self.file_name!r}, "
            f"task_id={self.task_id!r}, "
            f"caller={self.caller!r}, "
            f"called={self.called!r}, "
            f"call_id={self.call_id!r}, "
            f"file_media_type={self.file_media_type!r}, "
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
