from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.address_type import AddressType
from ..models.play_mode import PlayMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="HoldParticipantRequest")
_AddressType_VALUES = AddressType._value2member_map_
_PlayMode_VALUES = PlayMode._value2member_map_


@_attrs_define
class HoldParticipantRequest:
    """Body of holdparticipant.

    Attributes:
        address_type (AddressType): What a participant address is. Sent as a string of digits. Wire name: `addressType`.
        address (str): The held party's phone number or agent ID.
        play_mode (PlayMode | Unset): How an announcement is played. Only one mode is defined. Wire name: `playMode`.
        voice_path (str | Unset): Absolute path of the announcement the held party hears, `<drive>:/conf/<VDN
            ID>/<file>`, for example `y:/conf/120/1136287.V3`.  Wire name: `voicePath`.

    """

    address_type: AddressType
    """ What a participant address is. Sent as a string of digits. """
    address: str
    """ The held party's phone number or agent ID. """
    play_mode: PlayMode | Unset = UNSET
    """ How an announcement is played. Only one mode is defined. """
    voice_path: str | Unset = UNSET
    """ Absolute path of the announcement the held party hears,
    `<drive>:/conf/<VDN ID>/<file>`, for example `y:/conf/120/1136287.V3`.
     """

    def to_dict(self) -> dict[str, Any]:
        address_type = self.address_type.value

        address = self.address

        play_mode: int | Unset = UNSET
        if not isinstance(self.play_mode, Unset):
            play_mode = self.play_mode.value

        voice_path = self.voice_path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addressType": address_type,
                "address": address,
            }
        )
        if play_mode is not UNSET:
            field_dict["playMode"] = play_mode
        if voice_path is not UNSET:
            field_dict["voicePath"] = voice_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _address_type = src_dict["addressType"]
        address_type: AddressType
        try:
            address_type = _AddressType_VALUES[_address_type]
        except (KeyError, TypeError):
            address_type = AddressType(_address_type)

        address = src_dict["address"]

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

        hold_participant_request = cls(
            address_type,
            address,
            play_mode,
            voice_path,
        )

        return hold_participant_request
