from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retcode import Retcode
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryCallAppDataResponse")
_Retcode_VALUES = Retcode._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "retcode",
        "message",
        "result",
    }
)


@_attrs_define
class QueryCallAppDataResponse:
    """Envelope of the queryCallAppData response."""

    retcode: Retcode
    """ The outcome code of every response: `"0"` for success, otherwise an error code
    `FFF-NNN` whose first three digits name a family (`x-retcode-families`). Codes marked
    in `x-retcode-legacy` come from an older gateway's client table (the vendor's agent
    demo); current gateways may no longer send them. A client must accept codes not
    listed here.
     """
    message: str | Unset = UNSET
    """ A human-readable description of the outcome; often empty, sometimes `success`. When it
    reads `Unknown ERROR._NNNNN`, the digits are a raw CTI error result code passed
    through from the platform (see `x-cti-result-code-pattern`).
     """
    result: None | str | Unset = UNSET
    """ The data; Base64 text when `isEncodeResult=true`. Absent or null on failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retcode = self.retcode.value

        message = self.message

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retcode": retcode,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _retcode = src_dict["retcode"]
        retcode: Retcode
        try:
            retcode = _Retcode_VALUES[_retcode]
        except (KeyError, TypeError):
            retcode = Retcode(_retcode)

        message = get("message", UNSET)

        result: None | str | Unset = get("result", UNSET)

        query_call_app_data_response = cls(
            retcode,
            message,
            result,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            query_call_app_data_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return query_call_app_data_response

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
