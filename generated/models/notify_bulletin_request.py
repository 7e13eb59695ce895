from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bulletin_target_type import BulletinTargetType

T = TypeVar("T", bound="NotifyBulletinRequest")
_BulletinTargetType_VALUES = BulletinTargetType._value2member_map_


@_attrs_define
class NotifyBulletinRequest:
    """Body of notifybulletin.

    Attributes:
        targettype (BulletinTargetType): Who receives a bulletin.
        targetname (int | str): The agent group's name (1 to 256 characters), or the skill queue's ID.
        bulletindata (str): The text of the bulletin (at most 4 KB in UTF-8).

    """

    targettype: BulletinTargetType
    """ Who receives a bulletin. """
    targetname: int | str
    """ The agent group's name (1 to 256 characters), or the skill queue's ID.
     """
    bulletindata: str
    """ The text of the bulletin (at most 4 KB in UTF-8). """

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
        get = src_dict.get
        _targettype = src_dict["targettype"]
        targettype: BulletinTargetType
        try:
            targettype = _BulletinTargetType_VALUES[_targettype]
        except (KeyError, TypeError):
            targettype = BulletinTargetType(_targettype)

        targetname: int | str = src_dict["targetname"]

        bulletindata = src_dict["bulletindata"]

        notify_bulletin_request = cls(
            targettype,
            targetname,
            bulletindata,
        )

        return notify_bulletin_request
