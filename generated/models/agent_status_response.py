from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retcode import Retcode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_status import AgentStatus


T = TypeVar("T", bound="AgentStatusResponse")
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
class AgentStatusResponse:
    """Envelope of the agentstatus response."""

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
    result: AgentStatus | list[AgentStatus] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_status import AgentStatus

        retcode = self.retcode.value

        message = self.message

        result: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, AgentStatus):
            result = self.result.to_dict()
        elif isinstance(self.result, list):
            result = []
            for result_type_1_item_data in self.result:
                result_type_1_item = result_type_1_item_data.to_dict()
                result.append(result_type_1_item)

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
        from ..models.agent_status import AgentStatus

        get = src_dict.get
        _retcode = src_dict["retcode"]
        retcode: Retcode
        try:
            retcode = _Retcode_VALUES[_retcode]
        except (KeyError, TypeError):
            retcode = Retcode(_retcode)

        message = get("message", UNSET)

        _result_data = get("result", UNSET)
        result: AgentStatus | list[AgentStatus] | None | Unset
        _result_found = False
        if _result_data is None:
            result = None
            _result_found = True
        if _result_data is UNSET:
            result = UNSET
            _result_found = True
        if not _result_found and isinstance(_result_data, dict):
            try:
                result_type_0 = AgentStatus.from_dict(_result_data)

                result = result_type_0
                _result_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _result_found and isinstance(_result_data, list):
            try:
                result_type_1 = []
                _result_type_1 = _result_data
                for result_type_1_item_data in _result_type_1:
                    result_type_1_item = AgentStatus.from_dict(result_type_1_item_data)

                    result_type_1.append(result_type_1_item)

                result = result_type_1
                _result_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _result_found:
            result = _result_data  # type: ignore[assignment]

        agent_status_response = cls(
            retcode,
            message,
            result,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_status_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_status_response

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
