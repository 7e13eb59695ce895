from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyPushAcknowledgement")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "retcode",
    }
)


@_attrs_define
class LegacyPushAcknowledgement:
    """The legacy receiver's answer. The gateway only looks at the HTTP status: vendor
    receivers answer an empty 200 or `{"retcode": 0}` (a number).

    """

    retcode: int | str | Unset = UNSET
    """ 0 when the event was taken. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retcode: int | str | Unset
        if isinstance(self.retcode, Unset):
            retcode = UNSET
        else:
            retcode = self.retcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retcode is not UNSET:
            field_dict["retcode"] = retcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        retcode: int | str | Unset = get("retcode", UNSET)

        legacy_push_acknowledgement = cls(
            retcode,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            legacy_push_acknowledgement.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return legacy_push_acknowledgement

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
