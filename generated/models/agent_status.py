from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_agent_state import GatewayAgentState
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AgentStatus")
_GatewayAgentState_VALUES = GatewayAgentState._value2member_map_
_GatewayAgentState_OR_NONE = {**_GatewayAgentState_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "agent_state": "agentState",
    "is_working": "isWorking",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "agentState",
        "isWorking",
    }
)


@_attrs_define
class AgentStatus:
    """The agent's state on the gateway.

    Attributes:
        agent_state (GatewayAgentState | None): The agent's state as the CC-Gateway reports it (Agent Status appendix,
            Table 1). Wire name: `agentState`.
        is_working (bool | None): Whether the agent is in a call. Wire name: `isWorking`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    agent_state: GatewayAgentState | None = None
    """ The agent's state as the CC-Gateway reports it (Agent Status appendix, Table 1). """
    is_working: bool | None = None
    """ Whether the agent is in a call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        agent_state: int | None = None
        if not (self.agent_state is None):
            agent_state = self.agent_state.value

        is_working = self.is_working

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if agent_state is not None:
            field_dict["agentState"] = agent_state
        elif "agentState" in received:
            field_dict["agentState"] = None
        if is_working is not None:
            field_dict["isWorking"] = is_working
        elif "isWorking" in received:
            field_dict["isWorking"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _agent_state = get("agentState")
        agent_state: GatewayAgentState | None
        try:
            agent_state = _GatewayAgentState_OR_NONE[_agent_state]
        except (KeyError, TypeError):
            agent_state = GatewayAgentState(_agent_state)

        is_working = get("isWorking")

        agent_status = cls(
            agent_state,
            is_working,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        agent_status._received = src_dict
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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received
