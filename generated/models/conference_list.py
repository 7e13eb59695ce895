from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference import Conference


T = TypeVar("T", bound="ConferenceList")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confs",
    }
)


@_attrs_define
class ConferenceList:
    """The conference list as the gateway sends it in the reference example."""

    confs: list[Conference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.confs, Unset):
            confs = []
            for confs_item_data in self.confs:
                confs_item = confs_item_data.to_dict()
                confs.append(confs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confs is not UNSET:
            field_dict["confs"] = confs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference import Conference

        get = src_dict.get
        _confs = get("confs", UNSET)
        confs: list[Conference] | Unset = UNSET
        if _confs is not UNSET:
            confs = []
            for confs_item_data in _confs:
                confs_item = Conference.from_dict(confs_item_data)

                confs.append(confs_item)

        conference_list = cls(
            confs,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            conference_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return conference_list

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
