from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MultimediaStopRequest")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "confid",
    }
)


@_attrs_define
class MultimediaStopRequest:
    """Body of multimediaconf stopconf (a DELETE with a body).

    Attributes:
        confid (int): A multimedia conference's ID, as AgentEvent_JoinConf names it (`confid`). The C# demo sends it as
            a number, the Java demo as text; the simulator accepts both.

    """

    confid: int
    """ A multimedia conference's ID, as AgentEvent_JoinConf names it (`confid`). The C# demo
    sends it as a number, the Java demo as text; the simulator accepts both.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confid = self.confid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confid": confid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        confid = src_dict["confid"]

        multimedia_stop_request = cls(
            confid,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            multimedia_stop_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return multimedia_stop_request

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
