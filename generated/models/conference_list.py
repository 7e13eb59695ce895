from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.conference import Conference


T = TypeVar("T", bound="ConferenceList")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confs",
    }
)


@_attrs_define
class ConferenceList:
    """The conference list as the gateway sends it in the reference example.

    Attributes:
        confs (list[Conference] | None):

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    confs: list[Conference] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        confs: list[dict[str, Any]] | None = None
        if not (self.confs is None):
            confs = []
            for confs_item_data in self.confs:
                confs_item = confs_item_data.to_dict()
                confs.append(confs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if confs is not None:
            field_dict["confs"] = confs
        elif "confs" in received:
            field_dict["confs"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference import Conference

        get = src_dict.get
        _confs = get("confs")
        confs: list[Conference] | None = None
        if _confs is not None:
            confs = [Conference.from_dict(item) for item in _confs]

        conference_list = cls(
            confs,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            conference_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        conference_list._received = src_dict
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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received
