from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_agent_state import GatewayAgentState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentStatus")
_GatewayAgentState_VALUES = GatewayAgentState._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "agentState",
        "isWorking",
    }
)


@_attrs_define
class AgentStatus:
    """The agent's state on the gateway."""

    agent_state: GatewayAgentState | Unset = UNSET
    """ The agent's state as the CC-Gateway reports it (Agent Status appendix, Table 1). """
    is_working: bool | Unset = UNSET
    """ Whether the agent is in a call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_state: int | Unset = UNSET
        if not isinstance(self.agent_state, Unset):
            agent_state = self.agent_state.value

        is_working = self.is_working

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_state is not UNSET:
            field_dict["agentState"] = agent_state
        if is_working is not UNSET:
            field_dict["isWorking"] = is_working

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _agent_state = get("agentState", UNSET)
        agent_state: GatewayAgentState | Unset
        if _agent_state is UNSET:
            agent_state = UNSET
        else:
            try:
                agent_state = _GatewayAgentState_VALUES[_agent_state]
            except (KeyError, TypeError):
                agent_state = GatewayAgentState(_agent_state)

        is_working = get("isWorking", UNSET)

        agent_status = cls(
            agent_state,
            is_working,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_status

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
