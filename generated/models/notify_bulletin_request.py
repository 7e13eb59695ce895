from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulletin_target_type import BulletinTargetType

T = TypeVar("T", bound="NotifyBulletinRequest")


@_attrs_define
class NotifyBulletinRequest:
    """Body of notifybulletin."""

    targettype: BulletinTargetType
    """ Who receives a bulletin. """
    targetname: int | str
    """ The agent group's name, or the skill queue's ID. """
    bulletindata: str
    """ The text of the bulletin. """

    def to_dict(self) -> dict[str, Any]:
        targettype = self.targettype.value

        targetname: int | str
        targetname = self.targetname

        bulletindata = self.bulletindata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "targettype": targettype,
                "targetname": targetname,
                "bulletindata": bulletindata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        targettype = BulletinTargetType(d.pop("targettype"))

        def _parse_targetname(data: object) -> int | str:
            return cast(int | str, data)

        targetname = _parse_targetname(d.pop("targetname"))

        bulletindata = d.pop("bulletindata")

        notify_bulletin_request = cls(
            targettype=targettype,
            targetname=targetname,
            bulletindata=bulletindata,
        )

        return notify_bulletin_request
