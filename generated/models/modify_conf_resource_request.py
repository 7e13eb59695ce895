from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModifyConfResourceRequest")


@_attrs_define
class ModifyConfResourceRequest:
    """Body of modifyconfresource.

    Attributes:
        modify_type (int): 0 to raise the number of parties, 1 to lower it. Wire name: `modifyType`.
        modify_num (int): By how many parties. Wire name: `modifyNum`.

    """

    modify_type: int
    """ 0 to raise the number of parties, 1 to lower it. """
    modify_num: int
    """ By how many parties. """

    def to_dict(self) -> dict[str, Any]:
        modify_type = self.modify_type

        modify_num = self.modify_num

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "modifyType": modify_type,
                "modifyNum": modify_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        modify_type = src_dict["modifyType"]

        modify_num = src_dict["modifyNum"]

        modify_conf_resource_request = cls(
            modify_type,
            modify_num,
        )

        return modify_conf_resource_request
