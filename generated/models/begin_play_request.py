from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.play_code_format import PlayCodeFormat
from ..spec_extensions import duration_or_none
from ..types import UNSET, Unset

T = TypeVar("T", bound="BeginPlayRequest")
_PlayCodeFormat_VALUES = PlayCodeFormat._value2member_map_


@_attrs_define
class BeginPlayRequest:
    """Body of play (beginPlay). The field names are the gateway's, misspelling included.

    Attributes:
        voicepath (str): Path of the file to play, e.g. the `fileName` of AgentMediaEvent_Record.
        startpostion (int | Unset): Where in the file to start, in seconds.
        volumechange (str | Unset): Playback volume (cec_07_4202 only; see beginPlay's `x-doc-discrepancy`).
        speedchange (str | Unset): Playback speed (cec_07_4202 only; see beginPlay's `x-doc-discrepancy`).
        times (int | Unset): How many times to play the file (the gateway takes any other value as 1).
        codeformat (PlayCodeFormat | Unset): The encoding of the file play plays; the gateway supports only 0.
        location_id (int | Unset): The node of the file in a distributed call center (`locationId` of
            AgentMediaEvent_Record). Wire name: `locationId`.

    """

    voicepath: str
    """ Path of the file to play, e.g. the `fileName` of AgentMediaEvent_Record. """
    startpostion: int | Unset = UNSET
    """ Where in the file to start, in seconds. """
    volumechange: str | Unset = UNSET
    """ Playback volume (cec_07_4202 only; see beginPlay's `x-doc-discrepancy`). """
    speedchange: str | Unset = UNSET
    """ Playback speed (cec_07_4202 only; see beginPlay's `x-doc-discrepancy`). """
    times: int | Unset = UNSET
    """ How many times to play the file (the gateway takes any other value as 1). """
    codeformat: PlayCodeFormat | Unset = UNSET
    """ The encoding of the file play plays; the gateway supports only 0. """
    location_id: int | Unset = UNSET
    """ The node of the file in a distributed call center (`locationId` of AgentMediaEvent_Record). """

    def to_dict(self) -> dict[str, Any]:
        voicepath = self.voicepath

        startpostion = self.startpostion

        volumechange = self.volumechange

        speedchange = self.speedchange

        times = self.times

        codeformat: int | Unset = UNSET
        if not isinstance(self.codeformat, Unset):
            codeformat = self.codeformat.value

        location_id = self.location_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voicepath": voicepath,
            }
        )
        if startpostion is not UNSET:
            field_dict["startpostion"] = startpostion
        if volumechange is not UNSET:
            field_dict["volumechange"] = volumechange
        if speedchange is not UNSET:
            field_dict["speedchange"] = speedchange
        if times is not UNSET:
            field_dict["times"] = times
        if codeformat is not UNSET:
            field_dict["codeformat"] = codeformat
        if location_id is not UNSET:
            field_dict["locationId"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        voicepath = src_dict["voicepath"]

        startpostion = get("startpostion", UNSET)

        volumechange = get("volumechange", UNSET)

        speedchange = get("speedchange", UNSET)

        times = get("times", UNSET)

        _codeformat = get("codeformat", UNSET)
        codeformat: PlayCodeFormat | Unset
        if _codeformat is UNSET:
            codeformat = UNSET
        else:
            try:
                codeformat = _PlayCodeFormat_VALUES[_codeformat]
            except (KeyError, TypeError):
                codeformat = PlayCodeFormat(_codeformat)

        location_id = get("locationId", UNSET)

        begin_play_request = cls(
            voicepath,
            startpostion,
            volumechange,
            speedchange,
            times,
            codeformat,
            location_id,
        )

        return begin_play_request

    @property
    def startpostion_duration(self) -> datetime.timedelta | None:
        """`startpostion` (seconds) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `startpostion`.
        Never raises.
        """
        return duration_or_none(self.startpostion, "seconds")
