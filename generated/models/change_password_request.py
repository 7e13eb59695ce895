from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChangePasswordRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "oldPassword",
        "newPassword",
    }
)


@_attrs_define
class ChangePasswordRequest:
    """Body of modifyaccountpwdex. Both fields are credentials.

    Attributes:
        old_password (str): The current password. Wire name: `oldPassword`.
        new_password (str): The new password; the gateway's rules apply (8 to 30 characters, not the old one, not the
            user name or its reverse).  Wire name: `newPassword`.

    """

    old_password: str
    """ The current password. """
    new_password: str
    """ The new password; the gateway's rules apply (8 to 30 characters, not the old one,
    not the user name or its reverse).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_password = self.old_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oldPassword": old_password,
                "newPassword": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        old_password = src_dict["oldPassword"]

        new_password = src_dict["newPassword"]

        change_password_request = cls(
            old_password,
            new_password,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            change_password_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return change_password_request

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
