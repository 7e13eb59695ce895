from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import epoch_millis_or_none
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignInResult")
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


@_attrs_define
class SignInResult:
    """What the gateway tells about the new session."""

    vdnid: int | str | Unset = UNSET
    """ The VDN (VCC) the agent belongs to. """
    workno: str | Unset = UNSET
    """ The agent ID. """
    mediatype: str | Unset = UNSET
    """ Three letters T/F: signed in to the CTI server, the text media server, the mail
    media server (e.g. "TTF"). Voice needs the first T, chat the second.
     """
    login_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    is_force_change: bool | str | Unset = UNSET
    """ "true" when the password must be changed before taking calls. """
    server_name: str | Unset = UNSET
    """ Name of the CC-Gateway cluster, e.g. "AgentGateway". """
    time_remaining: str | Unset = UNSET
    """ Days until the password expires (0-180); "" when it never does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vdnid: int | str | Unset
        if isinstance(self.vdnid, Unset):
            vdnid = UNSET
        else:
            vdnid = self.vdnid

        workno = self.workno

        mediatype = self.mediatype

        login_time: int | None | str | Unset
        if isinstance(self.login_time, Unset):
            login_time = UNSET
        else:
            login_time = self.login_time

        is_force_change: bool | str | Unset
        if isinstance(self.is_force_change, Unset):
            is_force_change = UNSET
        else:
            is_force_change = self.is_force_change

        server_name = self.server_name

        time_remaining = self.time_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vdnid is not UNSET:
            field_dict["vdnid"] = vdnid
        if workno is not UNSET:
            field_dict["workno"] = workno
        if mediatype is not UNSET:
            field_dict["mediatype"] = mediatype
        if login_time is not UNSET:
            field_dict["loginTime"] = login_time
        if is_force_change is not UNSET:
            field_dict["isForceChange"] = is_force_change
        if server_name is not UNSET:
            field_dict["serverName"] = server_name
        if time_remaining is not UNSET:
            field_dict["timeRemaining"] = time_remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        vdnid: int | str | Unset = get("vdnid", UNSET)

        workno = get("workno", UNSET)

        mediatype = get("mediatype", UNSET)

        login_time: int | None | str | Unset = get("loginTime", UNSET)

        is_force_change: bool | str | Unset = get("isForceChange", UNSET)

        server_name = get("serverName", UNSET)

        time_remaining = get("timeRemaining", UNSET)

        sign_in_result = cls(
            vdnid,
            workno,
            mediatype,
            login_time,
            is_force_change,
            server_name,
            time_remaining,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sign_in_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sign_in_result

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
    def login_time_at(self) -> datetime.datetime | None:
        """`loginTime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `login_time`. Never raises.
        """
        return epoch_millis_or_none(self.login_time)
