from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conf_state import ConfState
from ..spec_extensions import duration_or_none, epoch_millis_or_none
from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.conference_participant import ConferenceParticipant


T = TypeVar("T", bound="Conference")
_ConfState_VALUES = ConfState._value2member_map_
_ConfState_OR_NONE = {**_ConfState_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "conf_id": "confId",
    "conf_state": "confState",
    "start_time": "startTime",
    "apply_conf_time": "applyConfTime",
    "conf_have_been_time": "confHaveBeenTime",
}
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


@_attrs_define(eq=False, repr=False)
class Conference:
    """One conference and its participants.

    Attributes:
        conf_id (int | None): Conference ID. Wire name: `confId`.
        conf_state (ConfState | None): State of a conference. Wire name: `confState`.
        start_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `startTime`.
        apply_conf_time (int | None): Duration applied for, in minutes. Wire name: `applyConfTime`.
        conf_have_been_time (int | None): Time elapsed since the conference started, in minutes. Wire name:
            `confHaveBeenTime`.
        addresses (list[ConferenceParticipant] | None): The participants.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    conf_id: int | None = None
    """ Conference ID. """
    conf_state: ConfState | None = None
    """ State of a conference. """
    start_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    apply_conf_time: int | None = None
    """ Duration applied for, in minutes. """
    conf_have_been_time: int | None = None
    """ Time elapsed since the conference started, in minutes. """
    addresses: list[ConferenceParticipant] | None = None
    """ The participants. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        conf_id = self.conf_id

        conf_state: int | None = None
        if not (self.conf_state is None):
            conf_state = self.conf_state.value

        start_time: int | None | str
        if self.start_time is None:
            start_time = None
        else:
            start_time = self.start_time

        apply_conf_time = self.apply_conf_time

        conf_have_been_time = self.conf_have_been_time

        addresses: list[dict[str, Any]] | None = None
        if not (self.addresses is None):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if conf_id is not None:
            field_dict["confId"] = conf_id
        elif "confId" in received:
            field_dict["confId"] = None
        if conf_state is not None:
            field_dict["confState"] = conf_state
        elif "confState" in received:
            field_dict["confState"] = None
        if start_time is not None:
            field_dict["startTime"] = start_time
        elif "startTime" in received:
            field_dict["startTime"] = None
        if apply_conf_time is not None:
            field_dict["applyConfTime"] = apply_conf_time
        elif "applyConfTime" in received:
            field_dict["applyConfTime"] = None
        if conf_have_been_time is not None:
            field_dict["confHaveBeenTime"] = conf_have_been_time
        elif "confHaveBeenTime" in received:
            field_dict["confHaveBeenTime"] = None
        if addresses is not None:
            field_dict["addresses"] = addresses
        elif "addresses" in received:
            field_dict["addresses"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        conf_id = get("confId")

        _conf_state = get("confState")
        conf_state: ConfState | None
        try:
            conf_state = _ConfState_OR_NONE[_conf_state]
        except (KeyError, TypeError):
            conf_state = ConfState(_conf_state)

        start_time: int | None | str = get("startTime")

        apply_conf_time = get("applyConfTime")

        conf_have_been_time = get("confHaveBeenTime")

        _addresses = get("addresses")
        addresses: list[ConferenceParticipant] | None = None
        if _addresses is not None:
            _decode_addresses = ConferenceParticipant.from_dict
            addresses = [_decode_addresses(item) for item in _addresses]

        _decoded = _new(cls)
        _decoded.conf_id = conf_id
        _decoded.conf_state = conf_state
        _decoded.start_time = start_time
        _decoded.apply_conf_time = apply_conf_time
        _decoded.conf_have_been_time = conf_have_been_time
        _decoded.addresses = addresses
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
            self.conf_id,
            self.conf_state,
            self.start_time,
            self.apply_conf_time,
            self.conf_have_been_time,
            self.addresses,
            self.additional_properties,
        ) == (
            other.conf_id,  # type: ignore[attr-defined]
            other.conf_state,  # type: ignore[attr-defined]
            other.start_time,  # type: ignore[attr-defined]
            other.apply_conf_time,  # type: ignore[attr-defined]
            other.conf_have_been_time,  # type: ignore[attr-defined]
            other.addresses,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"conf_id={self.conf_id!r}, "
            f"conf_state={self.conf_state!r}, "
            f"start_time={self.start_time!r}, "
            f"apply_conf_time={self.apply_conf_time!r}, "
            f"conf_have_been_time={self.conf_have_been_time!r}, "
            f"addresses={self.addresses!r}, "
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
    def start_time_at(self) -> datetime.datetime | None:
        """`startTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `start_time`. Never raises.
        """
        return epoch_millis_or_none(self.start_time)

    @property
    def apply_conf_time_duration(self) -> datetime.timedelta | None:
        """`applyConfTime` (minutes) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `apply_conf_time`.
        Never raises.
        """
        return duration_or_none(self.apply_conf_time, "minutes")

    @property
    def conf_have_been_time_duration(self) -> datetime.timedelta | None:
        """`confHaveBeenTime` (minutes) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `conf_have_been_time`.
        Never raises.
        """
        return duration_or_none(self.conf_have_been_time, "minutes")


_new = object.__new__
# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.conference_participant import ConferenceParticipant
