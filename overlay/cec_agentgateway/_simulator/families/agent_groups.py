"""Agent groups: the VDN's groups and their members, rest reasons, rights, skill changes.

The answers are computed from the simulated agents: the signed-in agents of the asking
agent's VDN, with the states the simulator keeps for them. A group has an ID, a name and
optionally a leader (``monitorno``); an agent is in at most one group (``AgentRecord.group``
holds its name). Scenario: :meth:`define_group`, :meth:`set_group`,
:meth:`set_rest_reasons`, :meth:`set_pickup`; the censor flag (iscensor) is the inspect right
(``sim.withhold_right(id, "inspect")``).

Views: idleagent, allagentstatus, grouponvdn, groupbyagent, agentongroupex,
onlineagentonvdn, agentbyworkno and agentbyskill list signed-in agents only (the gateway's
behaviour for signed-out ones is unknown); groupbyagent and agentbyworkno answer ``result``
null for an agent with no group or not signed in. ``qualitycontrol adjustskill`` (the
inspector's change of an agent's skill queues) is here too, since it changes what agentbyskill
reports: the agent is configured for and joined to exactly the listed queues of its VDN;
without the inspect right 900-002, an agent not signed in to the VDN 900-003, a body out of
bounds 100-001. No operation of this family triggers an event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...generated.models import GatewayAgentState, Retcode
from .._core import GatewayCore
from .._family import Family, checked_parameter, json_object, ok, operation, validated
from .._model import AgentRecord, SimulatorError
from .._queueing import QueueStore
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["AgentGroupFamily"]

# Platform agent states (the CTI's own codes) behind the gateway's states, for ctiStatus.
_CTI_STATES = {
    GatewayAgentState.IDLE: 1,
    GatewayAgentState.TALKING: 3,
    GatewayAgentState.WRAP_UP: 6,
    GatewayAgentState.BUSY: 7,
    GatewayAgentState.REST: 8,
}

#: The rest reasons every VDN has until the scenario sets its own.
DEFAULT_REST_REASONS: Mapping[int, str] = {1: "Lunch", 2: "Training", 3: "Meeting"}


@dataclass(frozen=True)
class SimGroup:
    """An agent group of a VDN."""

    group_id: int
    name: str
    vdn_id: int
    leader: str | None = None


class AgentGroupFamily(Family):
    """agentgroup idleagent, allagentstatus, restreason, ispickup, iscensor, grouponvdn,
    groupbyagent, agentongroupex, onlineagentonvdn, agentbyworkno, agentbyskill; and
    qualitycontrol adjustskill."""

    name = "groups"

    def __init__(self, core: GatewayCore, store: QueueStore) -> None:
        super().__init__(core)
        self.store = store
        self._groups: dict[tuple[int, str], SimGroup] = {}  # (VDN, name) -> group
        self._rest_reasons: dict[int, dict[int, str]] = {}  # VDN -> code -> text
        self._no_pickup: set[str] = set()

    # ------------------------------------------------------------------ scenario

    def define_group(
        self, group_id: int, name: str, *, vdn_id: int = 1, leader: str | None = None
    ) -> None:
        """Create (or rename the leader of) the agent group ``name`` of a VDN."""
        with self.core.lock:
            for group in self._groups.values():
                if group.vdn_id == vdn_id and group.group_id == group_id and group.name != name:
                    raise SimulatorError(f"group {group_id} of VDN {vdn_id} is {group.name!r}")
            self._groups[(vdn_id, name)] = SimGroup(group_id, name, vdn_id, leader)

    def set_group(self, agent_id: str, group: str | None) -> None:
        """Put an agent in the agent group named ``group`` (None: no group); a name not
        defined yet becomes a group of the agent's VDN with the next free ID."""
        with self.core.lock:
            agent = self.core.agent(agent_id)
            if group is not None and (agent.vdn_id, group) not in self._groups:
                taken = [g.group_id for g in self._groups.values() if g.vdn_id == agent.vdn_id]
                new = SimGroup(max(taken, default=0) + 1, group, agent.vdn_id)
                self._groups[(agent.vdn_id, group)] = new
            agent.group = group

    def set_rest_reasons(self, reasons: Mapping[int, str], *, vdn_id: int = 1) -> None:
        """The rest reasons (code -> text) restreason lists for a VDN."""
        with self.core.lock:
            self._rest_reasons[vdn_id] = dict(reasons)

    def set_pickup(self, agent_id: str, allowed: bool) -> None:
        """Give or take the group pickup right ispickup reports (every agent has it)."""
        with self.core.lock:
            self.core.agent(agent_id)
            (self._no_pickup.discard if allowed else self._no_pickup.add)(agent_id)

    def group_of(self, agent: AgentRecord) -> SimGroup | None:
        if agent.group is None:
            return None
        return self._groups.get((agent.vdn_id, agent.group))

    def colleagues(self, agent: AgentRecord) -> list[AgentRecord]:
        """The signed-in agents of the agent's VDN (the agent included), by agent ID."""
        found = [
            other
            for other in self.core.agents.values()
            if other.session is not None and other.vdn_id == agent.vdn_id
        ]
        return sorted(found, key=lambda other: int(other.agent_id))

    # ------------------------------------------------------------------ payloads

    def _group_payload(self, group: SimGroup) -> dict[str, Any]:
        return {
            "id": group.group_id,
            "name": group.name,
            "monitorno": group.leader or "",
            "monitorname": group.leader or "",
        }

    def _agent_payload(self, agent: AgentRecord) -> dict[str, Any]:
        state = agent.gateway_state()
        group = self.group_of(agent)
        session = agent.session
        assert session is not None
        skills = [
            {"name": skill.name, "id": skill.skill_id, "mediatype": skill.media_type}
            for skill_id in agent.joined_skills
            if (skill := self.store.skills.get(skill_id)) is not None
        ]
        return {
            "workno": agent.agent_id,
            "name": agent.agent_id,
            "status": state.value,
            "ctiStatus": _CTI_STATES.get(state, 9),
            "groupid": None if group is None else group.group_id,
            "groupname": agent.group or "",
            "skilllist": skills,
            "mediatype": session.options.mediatype,
            "vdnid": agent.vdn_id,
            "phonenumber": session.options.phone or agent.phone or "",
            "currentstatetime": agent.state_since_ms,
            "logindate": session.login_ms,
        }

    def _signed_in(self, asking: AgentRecord, work_no: str) -> AgentRecord | None:
        other = self.core.agents.get(work_no)
        if other is None or other.session is None or other.vdn_id != asking.vdn_id:
            return None
        return other

    # ------------------------------------------------------------------ views

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

    @operation("getAgentRestReason")
    def rest_reasons(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        reasons = self._rest_reasons.get(agent.vdn_id, DEFAULT_REST_REASONS)
        result = [{"restReasonId": code, "restReason": text} for code, text in reasons.items()]
        return json_response(ok(result))

    @operation("isPickUp")
    def is_pick_up(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        return json_response(ok(agent.agent_id not in self._no_pickup))

    @operation("isCensor")
    def is_censor(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        return json_response(ok("true" if "inspect" in agent.rights else "false"))

    @operation("queryGroupInfoOnVdn")
    def groups_on_vdn(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        found = sorted(
            (g for g in self._groups.values() if g.vdn_id == agent.vdn_id),
            key=lambda g: g.group_id,
        )
        return json_response(ok([self._group_payload(group) for group in found]))

    @operation("queryGroupInfoByWorkNo")
    def group_by_agent(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        work_no = checked_parameter(context, "workno", context.params.get("workno", ""))
        other = self.core.agents.get(work_no)
        group = None if other is None or other.vdn_id != agent.vdn_id else self.group_of(other)
        return json_response(ok(None if group is None else self._group_payload(group)))

    @operation("queryAllAgentInfoOnMyGroupEx")
    def agents_on_group(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        text = context.request.query.get("groupid", "")
        if not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter groupid is invalid")
        group_id = checked_parameter(context, "groupid", int(text))
        members = [
            self._agent_payload(other)
            for other in self.colleagues(agent)
            if (group := self.group_of(other)) is not None and group.group_id == group_id
        ]
        return json_response(ok(members))

    @operation("queryAllLoginedAgentInfoOnVdn")
    def online_agents(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        return json_response(ok([self._agent_payload(other) for other in self.colleagues(agent)]))

    @operation("queryAgentInfoByWorkNo")
    def agent_by_work_no(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        work_no = checked_parameter(context, "workno", context.params.get("workno", ""))
        other = self._signed_in(agent, work_no)
        return json_response(ok(None if other is None else self._agent_payload(other)))

    @operation("queryAgentInfoBySkillId")
    def agents_by_skill(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        text = context.params.get("skillid", "")
        if not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter skillid is invalid")
        skill_id = checked_parameter(context, "skillid", int(text))
        members = [
            self._agent_payload(other)
            for other in self.colleagues(agent)
            if skill_id in other.joined_skills
        ]
        return json_response(ok(members))

    # ------------------------------------------------------------------ the inspector

    @operation("adjustSkill")
    def adjust_skill(self, context: Context) -> SimResponse:
        inspector, _ = self.session(context)
        self.core.require_right(inspector, "inspect")
        bad = Retcode.SIGN_IN_PARAMETER_INVALID
        body = validated("AdjustSkillRequest", json_object(context, bad), context, bad)
        work_no = body.get("workNo")
        target = None if work_no is None else self._signed_in(inspector, str(work_no))
        if target is None or target.session is None:
            raise Refusal(Retcode.QC_RESOURCE_UNAVAILABLE, f"agent {work_no} is not signed in")
        ids = tuple(
            skill_id
            for skill_id in dict.fromkeys(body.get("skills") or ())
            if (skill := self.store.skills.get(skill_id)) is not None
            and skill.vdn_id == target.vdn_id
        )
        target.skills = ids
        target.session.joined_skills = ids
        return json_response(ok({}, "success"))
