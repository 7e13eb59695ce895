from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.play_mode import PlayMode
from ..spec_extensions import duration_or_none
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAgentConfRequest")
_PlayMode_VALUES = PlayMode._value2member_map_


@_attrs_define
class RequestAgentConfRequest:
    """Leave out any optional field to get the gateway's own default (`x-server-default`).
    When `beepTone` is true, `voicePath` is required and `playMode` must be 2.

    Attributes:
        member_num (int): Maximum number of parties in the conference. Wire name: `memberNum`.
        conf_caller_no (str | Unset): Calling number shown to parties called into the conference, at most 24 bytes.
            Without it the VDN's system calling number is used; if the VDN restricts numbers, the value must lie in the
            allowed range.  Wire name: `confCallerNo`.
        time (int | Unset): Conference duration applied for, in minutes.
        prompt_time (int | Unset): How many minutes before the end the agent is warned (`AgentConf_Timeout`). A value
            not below `time` is reduced by the gateway to `time - 1`.  Wire name: `promptTime`.
        beep_tone (bool | Unset): Whether an announcement plays when a party joins or leaves. Wire name: `beepTone`.
        play_mode (PlayMode | Unset): How an announcement is played. Only one mode is defined. Wire name: `playMode`.
        voice_path (str | Unset): Absolute path of the announcement file, `<drive>:/conf/<VDN ID>/<file>`, for example
            `y:/conf/120/1136287.V3`. Required when `beepTone` is true; ignored otherwise.  Wire name: `voicePath`.

    """

    member_num: int
    """ Maximum number of parties in the conference. """
    conf_caller_no: str | Unset = UNSET
    """ Calling number shown to parties called into the conference, at most 24 bytes.
    Without it the VDN's system calling number is used; if the VDN restricts numbers,
    the value must lie in the allowed range.
     """
    time: int | Unset = UNSET
    """ Conference duration applied for, in minutes. """
    prompt_time: int | Unset = UNSET
    """ How many minutes before the end the agent is warned (`AgentConf_Timeout`). A
    value not below `time` is reduced by the gateway to `time - 1`.
     """
    beep_tone: bool | Unset = UNSET
    """ Whether an announcement plays when a party joins or leaves. """
    play_mode: PlayMode | Unset = UNSET
    """ How an announcement is played. Only one mode is defined. """
    voice_path: str | Unset = UNSET
    """ Absolute path of the announcement file, `<drive>:/conf/<VDN ID>/<file>`, for
    example `y:/conf/120/1136287.V3`. Required when `beepTone` is true; ignored
    otherwise.
     """

    def to_dict(self) -> dict[str, Any]:
        member_num = self.member_num

        conf_caller_no = self.conf_caller_no

        time = self.time

        prompt_time = self.prompt_time

        beep_tone = self.beep_tone

        play_mode: int | Unset = UNSET
        if not isinstance(self.play_mode, Unset):
            play_mode = self.play_mode.value

        voice_path = self.voice_path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "memberNum": member_num,
            }
        )
        if conf_caller_no is not UNSET:
            field_dict["confCallerNo"] = conf_caller_no
        if time is not UNSET:
            field_dict["time"] = time
        if prompt_time is not UNSET:
            field_dict["promptTime"] = prompt_time
        if beep_tone is not UNSET:
            field_dict["beepTone"] = beep_tone
        if play_mode is not UNSET:
            field_dict["playMode"] = play_mode
        if voice_path is not UNSET:
            field_dict["voicePath"] = voice_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        member_num = src_dict["memberNum"]

        conf_caller_no = get("confCallerNo", UNSET)

        time = get("time", UNSET)

        prompt_time = get("promptTime", UNSET)

        beep_tone = get("beepTone", UNSET)

        _play_mode = get("playMode", UNSET)
        play_mode: PlayMode | Unset
        if _play_mode is UNSET:
            play_mode = UNSET
        else:
            try:
                play_mode = _PlayMode_VALUES[_play_mode]
            except (KeyError, TypeError):
                play_mode = PlayMode(_play_mode)

        voice_path = get("voicePath", UNSET)

        request_agent_conf_request = cls(
            member_num,
            conf_caller_no,
            time,
            prompt_time,
            beep_tone,
            play_mode,
            voice_path,
        )

        return request_agent_conf_request

    @property
    def time_duration(self) -> datetime.timedelta | None:
        """`time` (minutes) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `time`.
        Never raises.
        """
        return duration_or_none(self.time, "minutes")

    @property
    def prompt_time_duration(self) -> datetime.timedelta | None:
        """`promptTime` (minutes) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `prompt_time`.
        Never raises.
        """
        return duration_or_none(self.prompt_time, "minutes")
