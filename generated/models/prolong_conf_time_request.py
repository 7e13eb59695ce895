from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..spec_extensions import duration_or_none

T = TypeVar("T", bound="ProlongConfTimeRequest")


@_attrs_define
class ProlongConfTimeRequest:
    """Body of prolongtime.

    Attributes:
        prolong_time (int): Minutes to add to the conference; its total duration may not exceed 1440 minutes.  Wire
            name: `prolongTime`.

    """

    prolong_time: int
    """ Minutes to add to the conference; its total duration may not exceed 1440 minutes.
     """

    def to_dict(self) -> dict[str, Any]:
        prolong_time = self.prolong_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prolongTime": prolong_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        prolong_time = src_dict["prolongTime"]

        prolong_conf_time_request = cls(
            prolong_time,
        )

        return prolong_conf_time_request

    @property
    def prolong_time_duration(self) -> datetime.timedelta | None:
        """`prolongTime` (minutes) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `prolong_time`.
        Never raises.
        """
        return duration_or_none(self.prolong_time, "minutes")
