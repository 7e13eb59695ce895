from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.net_play_file_format import NetPlayFileFormat
from ..models.net_play_repeat import NetPlayRepeat
from ..spec_extensions import duration_or_none
from ..types import UNSET, Unset

T = TypeVar("T", bound="BeginNetPlayRequest")
_NetPlayFileFormat_VALUES = NetPlayFileFormat._value2member_map_
_NetPlayRepeat_VALUES = NetPlayRepeat._value2member_map_


@_attrs_define
class BeginNetPlayRequest:
    """Body of netplay (beginNetPlay).

    Attributes:
        file_name (str): Path of the file to play. Wire name: `fileName`.
        cc_id (int): The call center holding the file (WAS web console > NIRC > CCS client ID). Wire name: `ccId`.
        position (int | Unset): Where in the file to start, in seconds.
        play_time (NetPlayRepeat | Unset): How often netplay plays the file (the gateway takes any other value as 1).
            Wire name: `playTime`.
        file_format (NetPlayFileFormat | Unset): The encoding of the file netplay plays. Wire name: `fileFormat`.
        location_id (int | Unset): The distributed node (single-UAP networks that support distribution only). Wire name:
            `locationId`.

    """

    file_name: str
    """ Path of the file to play. """
    cc_id: int
    """ The call center holding the file (WAS web console > NIRC > CCS client ID). """
    position: int | Unset = UNSET
    """ Where in the file to start, in seconds. """
    play_time: NetPlayRepeat | Unset = UNSET
    """ How often netplay plays the file (the gateway takes any other value as 1). """
    file_format: NetPlayFileFormat | Unset = UNSET
    """ The encoding of the file netplay plays. """
    location_id: int | Unset = UNSET
    """ The distributed node (single-UAP networks that support distribution only). """

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        cc_id = self.cc_id

        position = self.position

        play_time: int | Unset = UNSET
        if not isinstance(self.play_time, Unset):
            play_time = self.play_time.value

        file_format: int | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format.value

        location_id = self.location_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileName": file_name,
                "ccId": cc_id,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if play_time is not UNSET:
            field_dict["playTime"] = play_time
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if location_id is not UNSET:
            field_dict["locationId"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        file_name = src_dict["fileName"]

        cc_id = src_dict["ccId"]

        position = get("position", UNSET)

        _play_time = get("playTime", UNSET)
        play_time: NetPlayRepeat | Unset
        if _play_time is UNSET:
            play_time = UNSET
        else:
            try:
                play_time = _NetPlayRepeat_VALUES[_play_time]
            except (KeyError, TypeError):
                play_time = NetPlayRepeat(_play_time)

        _file_format = get("fileFormat", UNSET)
        file_format: NetPlayFileFormat | Unset
        if _file_format is UNSET:
            file_format = UNSET
        else:
            try:
                file_format = _NetPlayFileFormat_VALUES[_file_format]
            except (KeyError, TypeError):
                file_format = NetPlayFileFormat(_file_format)

        location_id = get("locationId", UNSET)

        begin_net_play_request = cls(
            file_name,
            cc_id,
            position,
            play_time,
            file_format,
            location_id,
        )

        return begin_net_play_request

    @property
    def position_duration(self) -> datetime.timedelta | None:
        """`position` (seconds) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `position`.
        Never raises.
        """
        return duration_or_none(self.position, "seconds")
