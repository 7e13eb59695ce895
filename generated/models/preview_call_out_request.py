from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PreviewCallOutRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "called",
        "callcontrolid",
    }
)


@_attrs_define
class PreviewCallOutRequest:
    """Body of previewcallout.

    Attributes:
        called (str): A number to dial, 1 to 24 characters of digits, `*` and `#`.
        callcontrolid (int): Control block ID of a previewed outbound call: the `controlid` of the AgentEvent_Preview
            that offered it (the event sends it as text).

    """

    called: str
    """ A number to dial, 1 to 24 characters of digits, `*` and `#`. """
    callcontrolid: int
    """ Control block ID of a previewed outbound call: the `controlid` of the
    AgentEvent_Preview that offered it (the event sends it as text).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        called = self.called

        callcontrolid = self.callcontrolid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "called": called,
                "callcontrolid": callcontrolid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        called = src_dict["called"]

        callcontrolid = src_dict["callcontrolid"]

        preview_call_out_request = cls(
            called,
            callcontrolid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            preview_call_out_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return preview_call_out_request

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
