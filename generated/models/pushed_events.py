from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_event import AgentEvent


T = TypeVar("T", bound="PushedEvents")


@_attrs_define
class PushedEvents:
    """Events pushed to a push-mode agent's callback URI, oldest first."""

    work_no: str | Unset = UNSET
    event_list: list[AgentEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if work_no is not UNSET:
            field_dict["workNo"] = work_no
        if event_list is not UNSET:
            field_dict["eventList"] = event_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_event import AgentEvent

        d = dict(src_dict)
        work_no = d.pop("workNo", UNSET)

        _event_list = d.pop("eventList", UNSET)
        event_list: list[AgentEvent] | Unset = UNSET
        if _event_list is not UNSET:
            event_list = []
            for event_list_item_data in _event_list:
                event_list_item = AgentEvent.from_dict(event_list_item_data)

                event_list.append(event_list_item)

        pushed_events = cls(
            work_no=work_no,
            event_list=event_list,
        )

        pushed_events.additional_properties = d
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
