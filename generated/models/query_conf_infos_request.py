from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="QueryConfInfosRequest")


@_attrs_define
class QueryConfInfosRequest:
    """Body of queryConfInfos.

    Attributes:
        conf_ids (list[int]): IDs of the conferences to query; at most 20. Wire name: `confIds`.

    """

    conf_ids: list[int]
    """ IDs of the conferences to query; at most 20. """

    def to_dict(self) -> dict[str, Any]:
        conf_ids = self.conf_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "confIds": conf_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        conf_ids = cast(list[int], src_dict["confIds"])

        query_conf_infos_request = cls(
            conf_ids,
        )

        return query_conf_infos_request
