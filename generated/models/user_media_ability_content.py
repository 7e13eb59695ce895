from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMediaAbilityContent")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "userAbility",
        "callid",
    }
)


@_attrs_define
class UserMediaAbilityContent:
    """Content of AgentEvent_UserMediaAbility."""

    user_ability: str | Unset = UNSET
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    callid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ability: int | str | Unset
        if isinstance(self.user_ability, Unset):
            user_ability = UNSET
        else:
            user_ability = self.user_ability

        callid = self.callid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_ability is not UNSET:
            field_dict["userAbility"] = user_ability
        if callid is not UNSET:
            field_dict["callid"] = callid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        user_ability = as_text(get("userAbility", UNSET))

        callid = get("callid", UNSET)

        user_media_ability_content = cls(
            user_ability,
            callid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            user_media_ability_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return user_media_ability_content

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
