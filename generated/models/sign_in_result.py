from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import epoch_millis_or_none
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="SignInResult")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "login_time": "loginTime",
    "is_force_change": "isForceChange",
    "server_name": "serverName",
    "time_remaining": "timeRemaining",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "vdnid",
        "workno",
        "mediatype",
        "loginTime",
        "isForceChange",
        "serverName",
        "timeRemaining",
    }
)


@_attrs_define(eq=False, repr=False)
class SignInResult:
    """What the gateway tells about the new session.

    Attributes:
        vdnid (int | str | None): The VDN (VCC) the agent belongs to.
        workno (str | None): The agent ID.
        mediatype (str | None): Three letters T/F: signed in to the CTI server, the text media server, the mail media
            server (e.g. "TTF"). Voice needs the first T, chat the second.
        login_time (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).  Wire name: `loginTime`.
        is_force_change (bool | str | None): "true" when the password must be changed before taking calls. Wire name:
            `isForceChange`.
        server_name (str | None): Name of the CC-Gateway cluster, e.g. "AgentGateway". Wire name: `serverName`.
        time_remaining (str | None): Days until the password expires (0-180); "" when it never does. Wire name:
            `timeRemaining`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    vdnid: int | str | None = None
    """ The VDN (VCC) the agent belongs to. """
    workno: str | None = None
    """ The agent ID. """
    mediatype: str | None = None
    """ Three letters T/F: signed in to the CTI server, the text media server, the mail
    media server (e.g. "TTF"). Voice needs the first T, chat the second.
     """
    login_time: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    is_force_change: bool | str | None = None
    """ "true" when the password must be changed before taking calls. """
    server_name: str | None = None
    """ Name of the CC-Gateway cluster, e.g. "AgentGateway". """
    time_remaining: str | None = None
    """ Days until the password expires (0-180); "" when it never does. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        vdnid: int | str | None
        if self.vdnid is None:
            vdnid = None
        else:
            vdnid = self.vdnid

        workno = self.workno

        mediatype = self.mediatype

        login_time: int | None | str
        if self.login_time is None:
            login_time = None
        else:
            login_time = self.login_time

        is_force_change: bool | str | None
        if self.is_force_change is None:
            is_force_change = None
        else:
            is_force_change = self.is_force_change

        server_name = self.server_name

        time_remaining = self.time_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if vdnid is not None:
            field_dict["vdnid"] = vdnid
        elif "vdnid" in received:
            field_dict["vdnid"] = None
        if workno is not None:
            field_dict["workno"] = workno
        elif "workno" in received:
            field_dict["workno"] = None
        if mediatype is not None:
            field_dict["mediatype"] = mediatype
        elif "mediatype" in received:
            field_dict["mediatype"] = None
        if login_time is not None:
            field_dict["loginTime"] = login_time
        elif "loginTime" in received:
            field_dict["loginTime"] = None
        if is_force_change is not None:
            field_dict["isForceChange"] = is_force_change
        elif "isForceChange" in received:
            field_dict["isForceChange"] = None
        if server_name is not None:
            field_dict["serverName"] = server_name
        elif "serverName" in received:
            field_dict["serverName"] = None
        if time_remaining is not None:
            field_dict["timeRemaining"] = time_remaining
        elif "timeRemaining" in received:
            field_dict["timeRemaining"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        vdnid: int | str | None = get("vdnid")

        workno = get("workno")

        mediatype = get("mediatype")

        login_time: int | None | str = get("loginTime")

        is_force_change: bool | str | None = get("isForceChange")

        server_name = get("serverName")

        time_remaining = get("timeRemaining")

        _decoded = _new(cls)
        _decoded.vdnid = vdnid
        _decoded.workno = workno
        _decoded.mediatype = mediatype
        _decoded.login_time = login_time
        _decoded.is_force_change = is_force_change
        _decoded.server_name = server_name
        _decoded.time_remaining = time_remaining
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
            self.vdnid,
            self.workno,
            self.mediatype,
            self.login_time,
            self.is_force_change,
            self.server_name,
            self.time_remaining,
            self.additional_properties,
        ) == (
            other.vdnid,  # type: ignore[attr-defined]
            other.workno,  # type: ignore[attr-defined]
            other.mediatype,  # type: ignore[attr-defined]
            other.login_time,  # type: ignore[attr-defined]
            other.is_force_change,  # type: ignore[attr-defined]
            other.server_name,  # type: ignore[attr-defined]
            other.time_remaining,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"vdnid={self.vdnid!r}, "
            f"workno={self.workno!r}, "
            f"mediatype={self.mediatype!r}, "
            f"login_time={self.login_time!r}, "
            f"is_force_change={self.is_force_change!r}, "
            f"server_name={self.server_name!r}, "
            f"time_remaining={self.time_remaining!r}, "
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
    def login_time_at(self) -> datetime.datetime | None:
        """`loginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `login_time`. Never raises.
        """
        return epoch_millis_or_none(self.login_time)


_new = object.__new__
