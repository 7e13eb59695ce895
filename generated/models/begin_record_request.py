from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.record_media_type import RecordMediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BeginRecordRequest")
_RecordMediaType_VALUES = RecordMediaType._value2member_map_


@_attrs_define
class BeginRecordRequest:
    """Body of record (beginRecord).

    Attributes:
        media_type (RecordMediaType): The media a recording holds (beginRecord's `mediaType`). Wire name: `mediaType`.
        file_name (str | Unset): Where to store the file. Left out or empty, the gateway names it
            `<drive>:\\<VDN>\\<media type>\\<YYYYMMDD>\\<agent ID>\\<file>` (drive from its MAPPINGDISK setting, Y by
            default).  Wire name: `fileName`.
        record_mode (int | Unset): The recording mode (see the operation's `x-doc-unread`). Wire name: `recordMode`.

    """

    media_type: RecordMediaType
    """ The media a recording holds (beginRecord's `mediaType`). """
    file_name: str | Unset = UNSET
    """ Where to store the file. Left out or empty, the gateway names it
    `<drive>:\\<VDN>\\<media type>\\<YYYYMMDD>\\<agent ID>\\<file>` (drive from its
    MAPPINGDISK setting, Y by default).
     """
    record_mode: int | Unset = UNSET
    """ The recording mode (see the operation's `x-doc-unread`). """

    def to_dict(self) -> dict[str, Any]:
        media_type = self.media_type.value

        file_name = self.file_name

        record_mode = self.record_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mediaType": media_type,
            }
        )
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if record_mode is not UNSET:
            field_dict["recordMode"] = record_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _media_type = src_dict["mediaType"]
        media_type: RecordMediaType
        try:
            media_type = _RecordMediaType_VALUES[_media_type]
        except (KeyError, TypeError):
            media_type = RecordMediaType(_media_type)

        file_name = get("fileName", UNSET)

        record_mode = get("recordMode", UNSET)

        begin_record_request = cls(
            media_type,
            file_name,
            record_mode,
        )

        return begin_record_request
