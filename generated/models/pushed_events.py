from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retcode import Retcode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_event import AgentEvent


T = TypeVar("T", bound="PushedEvents")
_Retcode_VALUES = Retcode._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "message",
        "retcode",
        "workNo",
        "eventList",
    }
)


@_attrs_define
class PushedEvents:
    """Events pushed to a push-mode agent's callback URI (`callBackUri`), oldest first.
    Some gateways wrap the list in the usual envelope (`message`, `retcode`).

    """

    message: str | Unset = UNSET
    """ A human-readable description of the outcome; often empty, sometimes `success`. When it
    reads `Unknown ERROR._NNNNN`, the digits are a raw CTI error result code passed
    through from the platform (see `x-cti-result-code-pattern`).
     """
    retcode: Retcode | Unset = UNSET
    """ The outcome code of every response: `"0"` for success, otherwise an error code
    `FFF-NNN` whose first three digits name a family (`x-retcode-families`). Codes marked
    in `x-retcode-legacy` come from an older gateway's client table (the vendor's agent
    demo); current gateways may no longer send them. A client must accept codes not
    listed here.
     """
    work_no: int | str | Unset = UNSET
    """ The agent the events are for. """
    event_list: list[AgentEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        retcode: str | Unset = UNSET
        if not isinstance(self.retcode, Unset):
            retcode = self.retcode.value

        work_no: int | str | Unset
        if isinstance(self.work_no, Unset):
            work_no = UNSET
        else:
            work_no = self.work_no

        event_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_list, Unset):
            event_list = []
            for event_list_item_data in self.event_list:
                event_list_item = event_list_item_data.to_dict()
                event_list.append(event_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if retcode is not UNSET:
            field_dict["retcode"] = retcode
        if work_no is not UNSET:
            field_dict["workNo"] = work_no
        if event_list is not UNSET:
            field_dict["eventList"] = event_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_event import AgentEvent

        get = src_dict.get
        message = get("message", UNSET)

        _retcode = get("retcode", UNSET)
        retcode: Retcode | Unset
        if _retcode is UNSET:
            retcode = UNSET
        else:
            try:
                retcode = _Retcode_VALUES[_retcode]
            except (KeyError, TypeError):
                retcode = Retcode(_retcode)

        work_no: int | str | Unset = get("workNo", UNSET)

        _event_list = get("eventList", UNSET)
        event_list: list[AgentEvent] | Unset = UNSET
        if _event_list is not UNSET:
            event_list = []
            for event_list_item_data in _event_list:
                event_list_item = AgentEvent.from_dict(event_list_item_data)

                event_list.append(event_list_item)

        pushed_events = cls(
            message,
            retcode,
            work_no,
            event_list,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            pushed_events.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return pushed_events

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
