from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conf_state import ConfState
from ..spec_extensions import duration, epoch_millis_or_none
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference_participant import ConferenceParticipant


T = TypeVar("T", bound="Conference")
_ConfState_VALUES = ConfState._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confId",
        "confState",
        "startTime",
        "applyConfTime",
        "confHaveBeenTime",
        "addresses",
    }
)


@_attrs_define
class Conference:
    """One conference and its participants."""

    conf_id: int | Unset = UNSET
    """ Conference ID. """
    conf_state: ConfState | Unset = UNSET
    """ State of a conference. """
    start_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    apply_conf_time: int | Unset = UNSET
    """ Duration applied for, in minutes. """
    conf_have_been_time: int | Unset = UNSET
    """ Time elapsed since the conference started, in minutes. """
    addresses: list[ConferenceParticipant] | Unset = UNSET
    """ The participants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conf_id = self.conf_id

        conf_state: int | Unset = UNSET
        if not isinstance(self.conf_state, Unset):
            conf_state = self.conf_state.value

        start_time: int | None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        apply_conf_time = self.apply_conf_time

        conf_have_been_time = self.conf_have_been_time

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conf_id is not UNSET:
            field_dict["confId"] = conf_id
        if conf_state is not UNSET:
            field_dict["confState"] = conf_state
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if apply_conf_time is not UNSET:
            field_dict["applyConfTime"] = apply_conf_time
        if conf_have_been_time is not UNSET:
            field_dict["confHaveBeenTime"] = conf_have_been_time
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference_participant import ConferenceParticipant

        get = src_dict.get
        conf_id = get("confId", UNSET)

        _conf_state = get("confState", UNSET)
        conf_state: ConfState | Unset
        if _conf_state is UNSET:
            conf_state = UNSET
        else:
            try:
                conf_state = _ConfState_VALUES[_conf_state]
            except (KeyError, TypeError):
                conf_state = ConfState(_conf_state)

        start_time: int | None | str | Unset = get("startTime", UNSET)

        apply_conf_time = get("applyConfTime", UNSET)

        conf_have_been_time = get("confHaveBeenTime", UNSET)

        _addresses = get("addresses", UNSET)
        addresses: list[ConferenceParticipant] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ConferenceParticipant.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        conference = cls(
            conf_id,
            conf_state,
            start_time,
            apply_conf_time,
            conf_have_been_time,
            addresses,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            conference.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return conference

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
    def start_time_at(self) -> datetime.datetime | None:
        """`startTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `start_time`. Never raises.
        """
        return epoch_millis_or_none(self.start_time)

    @property
    def apply_conf_time_duration(self) -> datetime.timedelta | None:
        """`applyConfTime` (minutes) as a timedelta; None when not set."""
        return duration(self.apply_conf_time, "minutes", "applyConfTime")

    @property
    def conf_have_been_time_duration(self) -> datetime.timedelta | None:
        """`confHaveBeenTime` (minutes) as a timedelta; None when not set."""
        return duration(self.conf_have_been_time, "minutes", "confHaveBeenTime")
