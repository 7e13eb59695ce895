from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import epoch_millis_or_none
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShutdownServiceContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "loginTime",
    }
)


@_attrs_define
class ShutdownServiceContent:
    """Content of AgentOther_ShutdownService."""

    login_time: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_time: int | None | str | Unset
        if isinstance(self.login_time, Unset):
            login_time = UNSET
        else:
            login_time = self.login_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login_time is not UNSET:
            field_dict["loginTime"] = login_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        login_time: int | None | str | Unset = get("loginTime", UNSET)

        shutdown_service_content = cls(
            login_time,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            shutdown_service_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return shutdown_service_content

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
