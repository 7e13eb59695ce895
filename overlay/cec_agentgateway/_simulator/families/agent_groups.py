"""Agent groups: which agents of the VDN are idle and what state each one is in.

The answers are computed from the simulated agents: the signed-in agents of the asking
agent's VDN, with the states the simulator keeps for them. Scenario: :meth:`set_group`.
"""

from __future__ import annotations

from ...generated.models import GatewayAgentState
from .._family import Family, ok, operation
from .._model import AgentRecord
from .._wire import Context, SimResponse, json_response

__all__ = ["AgentGroupFamily"]

# Platform agent states (the CTI's own codes) behind the gateway's states, for ctiStatus.
_CTI_STATES = {
    GatewayAgentState.IDLE: 1,
    GatewayAgentState.TALKING: 3,
    GatewayAgentState.WRAP_UP: 6,
    GatewayAgentState.BUSY: 7,
    GatewayAgentState.REST: 8,
}


class AgentGroupFamily(Family):
    """agentgroup idleagent and allagentstatus."""

    name = "groups"

    def set_group(self, agent_id: str, group: str | None) -> None:
        """Put an agent in the agent group named ``group`` (None: no group)."""
        with self.core.lock:
            self.core.agent(agent_id).group = group

    def colleagues(self, agent: AgentRecord) -> list[AgentRecord]:
        """The signed-in agents of the agent's VDN (the agent included), by agent ID."""
        found = [
            other
            for other in self.core.agents.values()
            if other.session is not None and other.vdn_id == agent.vdn_id
        ]
        return sorted(found, key=lambda other: int(other.agent_id))

    @operation("queryIdleAgents")
    def query_idle_agents(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        result = [
            {"workno": other.agent_id, "name": other.agent_id}
            for other in self.colleagues(agent)
            if other.gateway_state() is GatewayAgentState.IDLE
        ]
        return json_response(ok(result))

    @operation("queryAllAgentStatus")
    def query_all_agent_status(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        result = []
        for other in self.colleagues(agent):
            state = other.gateway_state()
            result.append(
                {
                    "workno": other.agent_id,
                    "name": other.agent_id,
                    "status": str(state.value),
                    "groupName": other.group or "",
                    "ctiStatus": str(_CTI_STATES.get(state, 9)),
                }
            )
        return json_response(ok(result))
