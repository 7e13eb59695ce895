"""Skills, queues, agent groups and messages on the simulated gateway.

The scenario API (mixed into :class:`GatewaySimulator`) configures skill queues, which agent
has which skills, how many callers wait, and agent groups. The handlers answer the family's
operations from that state and from the agents' sessions and states as the simulator keeps
them: the skills an agent joined (resetskill) last as long as its session.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from .._errors import RequestValidationError
from .._validation import check_agent_id
from ..generated.models import EventType, GatewayAgentState, Retcode
from ._model import AgentRecord, Session, SimulatorError
from ._operations import Context, Handler, _json_object, _ok, _session, _validated
from ._wire import Refusal, SimResponse, json_response

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["QUEUE_HANDLERS", "QueueScenario", "QueueState", "SimSkill"]


@dataclass(eq=False)
class SimSkill:
    """A skill queue of a VDN and the callers waiting in it."""

    skill_id: int
    name: str
    media_type: int
    vdn_id: int
    waiting: int = 0
    longest_wait: int = 0
    max_queue_size: int = 100
    pilot_number: str = ""
    description: str = ""


@dataclass(eq=False)
class _Joined:
    """The skill queues an agent joined during one session (resetskill)."""

    session: Session
    skill_ids: tuple[int, ...]


@dataclass(eq=False)
class QueueState:
    """The family's part of the simulated gateway's state (guarded by the simulator's lock)."""

    skills: dict[int, SimSkill] = field(default_factory=dict)
    configured: dict[str, tuple[int, ...]] = field(default_factory=dict)
    joined: dict[str, _Joined] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)

    def joined_by(self, agent: AgentRecord) -> tuple[int, ...]:
        """The queues the agent joined in its current session (none after a new sign-in)."""
        entry = self.joined.get(agent.agent_id)
        if entry is None or agent.session is None or entry.session is not agent.session:
            return ()
        return entry.skill_ids


# Platform agent states (the CTI's own codes) behind the gateway's states, for ctiStatus.
_CTI_STATES = {
    GatewayAgentState.IDLE: 1,
    GatewayAgentState.TALKING: 3,
    GatewayAgentState.WRAP_UP: 6,
    GatewayAgentState.BUSY: 7,
    GatewayAgentState.REST: 8,
}


def _state(simulator: GatewaySimulator) -> QueueState:
    state = simulator.__dict__.get("_queue_state")
    if state is None:
        state = simulator.__dict__["_queue_state"] = QueueState()
    return cast(QueueState, state)


class QueueScenario:
    """Scenario controls for skill queues, queue counts and agent groups."""

    def add_skill(
        self,
        skill_id: int,
        name: str,
        *,
        media_type: int = 5,
        vdn_id: int | None = None,
        waiting: int = 0,
        longest_wait: int = 0,
        max_queue_size: int = 100,
        pilot_number: str = "",
        description: str | None = None,
    ) -> None:
        """Configure a skill queue of a VDN (default: the simulator's VDN).

        ``media_type`` follows the spec's MediaType (5: voice or video call). ``waiting`` and
        ``longest_wait`` (seconds) are its current queue; change them with :meth:`set_queue`.
        """
        sim = cast("GatewaySimulator", self)
        if isinstance(skill_id, bool) or not isinstance(skill_id, int) or skill_id < 0:
            raise ValueError("skill_id must be a whole number >= 0")
        with sim._lock:
            state = _state(sim)
            if skill_id in state.skills:
                raise SimulatorError(f"skill queue {skill_id} already exists")
            state.skills[skill_id] = SimSkill(
                skill_id=skill_id,
                name=name,
                media_type=media_type,
                vdn_id=sim._vdn_id if vdn_id is None else vdn_id,
                waiting=_count(waiting, "waiting"),
                longest_wait=_count(longest_wait, "longest_wait"),
                max_queue_size=_count(max_queue_size, "max_queue_size"),
                pilot_number=pilot_number,
                description=name if description is None else description,
            )

    def set_queue(
        self,
        skill_id: int,
        *,
        waiting: int | None = None,
        longest_wait: int | None = None,
        max_queue_size: int | None = None,
    ) -> None:
        """Change how many callers wait in a skill queue and how long the oldest waited (s)."""
        sim = cast("GatewaySimulator", self)
        with sim._lock:
            skill = _skill(_state(sim), skill_id)
            if waiting is not None:
                skill.waiting = _count(waiting, "waiting")
            if longest_wait is not None:
                skill.longest_wait = _count(longest_wait, "longest_wait")
            if max_queue_size is not None:
                skill.max_queue_size = _count(max_queue_size, "max_queue_size")

    def set_agent_skills(self, agent_id: str, skill_ids: Iterable[int]) -> None:
        """Configure which skill queues an agent may join (agentskills, resetskill)."""
        sim = cast("GatewaySimulator", self)
        with sim._lock:
            sim._agent(agent_id)
            state = _state(sim)
            ids = tuple(dict.fromkeys(skill_ids))
            for skill_id in ids:
                _skill(state, skill_id)
            state.configured[agent_id] = ids

    def set_agent_group(self, agent_id: str, group: str | None) -> None:
        """Put an agent in the agent group named ``group`` (None: no group)."""
        sim = cast("GatewaySimulator", self)
        with sim._lock:
            sim._agent(agent_id)
            state = _state(sim)
            if group is None:
                state.groups.pop(agent_id, None)
            else:
                state.groups[agent_id] = group

    def joined_skills(self, agent_id: str) -> list[int]:
        """The skill queues the agent joined in its current session (resetskill)."""
        sim = cast("GatewaySimulator", self)
        with sim._lock:
            return list(_state(sim).joined_by(sim._agent(agent_id)))


def _count(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0")
    return value


def _skill(state: QueueState, skill_id: int) -> SimSkill:
    skill = state.skills.get(skill_id)
    if skill is None:
        raise SimulatorError(f"no skill queue {skill_id}: add it with add_skill()")
    return skill


# ---------------------------------------------------------------------- payloads


def _skill_payload(skill: SimSkill) -> dict[str, Any]:
    return {"name": skill.name, "id": skill.skill_id, "mediatype": skill.media_type}


def _colleagues(simulator: GatewaySimulator, agent: AgentRecord) -> list[AgentRecord]:
    """The signed-in agents of the agent's VDN (the agent included), by agent ID."""
    found = [
        other
        for other in simulator._agents.values()
        if other.session is not None and other.vdn_id == agent.vdn_id
    ]
    return sorted(found, key=lambda other: int(other.agent_id))


def _message_content(sender: AgentRecord, text: str, now_ms: int) -> dict[str, Any]:
    """AgentOther_Note / AgentOther_Bulletin content, as the clients read it."""
    when = datetime.datetime.fromtimestamp(now_ms / 1000, tz=datetime.UTC)
    return {
        "sender": sender.agent_id,
        "receivetime": str(now_ms),
        "sendername": sender.agent_id,
        "timestring": when.strftime("%Y-%m-%d %H:%M:%S"),
        "context": text,
    }


# ---------------------------------------------------------------------- skills


def reset_skill(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """Join the configured queues (all, or those listed); needs a phone bound to the session."""
    agent, session = _session(simulator, context)
    query = context.request.query
    requested: set[int] = set()
    skillid = query.get("skillid", "")
    if skillid:
        _validated("resetSkill.skillid", {"skillid": skillid}, context, Retcode.INVALID_PARAMETER)
        requested = {int(part) for part in skillid.split(";")}
    linkage = query.get("phonelinkage")
    if linkage is not None and linkage not in ("0", "1"):
        raise Refusal(Retcode.INVALID_PARAMETER, "phonelinkage must be 0 or 1")
    if not session.options.phone:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "no phone is bound to the agent")
    state = _state(simulator)
    configured = state.configured.get(agent.agent_id, ())
    everything = context.params.get("autoflag", "").lower() == "true"
    chosen = configured if everything else tuple(i for i in configured if i in requested)
    state.joined[agent.agent_id] = _Joined(session, chosen)
    return json_response(_ok({}))


def query_agent_skills(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    return json_response(_ok(_configured_skills(simulator, agent.agent_id)))


def query_agent_skills_by_work_no(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    try:
        work_no = check_agent_id(context.params.get("workno", ""))
    except RequestValidationError as error:
        raise Refusal(Retcode.INVALID_PARAMETER, f"workno: {error.message}") from None
    other = simulator._agents.get(work_no)
    if other is None or other.vdn_id != agent.vdn_id:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no agent {work_no} in the agent's VCC")
    return json_response(_ok(_configured_skills(simulator, work_no)))


def _configured_skills(simulator: GatewaySimulator, agent_id: str) -> list[dict[str, Any]]:
    state = _state(simulator)
    ids = state.configured.get(agent_id, ())
    return [_skill_payload(state.skills[i]) for i in ids]


# ---------------------------------------------------------------------- queues


def _waiting(state: QueueState, skill_ids: Iterable[int]) -> int:
    return sum(state.skills[i].waiting for i in skill_ids if i in state.skills)


def query_queue_length_on_agent(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    state = _state(simulator)
    return json_response(_ok(_waiting(state, state.configured.get(agent.agent_id, ()))))


def query_queue_length_on_agent_skills(
    simulator: GatewaySimulator, context: Context
) -> SimResponse:
    agent, _ = _session(simulator, context)
    state = _state(simulator)
    return json_response(_ok(_waiting(state, state.joined_by(agent))))


def query_queue_length_by_skill_id(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """The queue's count; 0 for a queue the agent's VDN does not have (nobody waits there)."""
    agent, _ = _session(simulator, context)
    text = context.params.get("skillid", "")
    if not text.isdigit():
        raise Refusal(Retcode.INVALID_PARAMETER, "skillid must be a whole number")
    skill = _state(simulator).skills.get(int(text))
    count = skill.waiting if skill is not None and skill.vdn_id == agent.vdn_id else 0
    return json_response(_ok(count, "success"))


def query_acd_stat(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """Statistics of the requested queues of the agent's VDN; unknown IDs are left out."""
    agent, _ = _session(simulator, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("QueryAcdStatRequest", raw, context, Retcode.INVALID_PARAMETER)
    state = _state(simulator)
    colleagues = _colleagues(simulator, agent)
    result = []
    for skill_id in dict.fromkeys(body["skills"]):
        skill = state.skills.get(skill_id)
        if skill is None or skill.vdn_id != agent.vdn_id:
            continue
        members = [a for a in colleagues if skill_id in state.joined_by(a)]
        available = [a for a in members if a.gateway_state() is GatewayAgentState.IDLE]
        result.append(
            {
                "pilotNbr": skill.pilot_number,
                "deviceNo": skill.skill_id,
                "queueSize": skill.waiting,
                "queueTime": skill.longest_wait,
                "loadFactor": 0,
                "estWaitTime": 0,
                "loggedOnAgents": len(members),
                "availAgents": len(available),
                "transferFlg": 0,
                "transferDeviceType": 0,
                "transferDeviceNo": 0,
                "skillDescrip": skill.description,
                "maxQueueSize": skill.max_queue_size,
            }
        )
    return json_response(_ok(result))


def query_skill_queue_on_agent_vdn(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    skills = sorted(_state(simulator).skills.values(), key=lambda s: s.skill_id)
    result = [
        {**_skill_payload(skill), "serviceType": 0, "realFlag": 1}
        for skill in skills
        if skill.vdn_id == agent.vdn_id
    ]
    return json_response(_ok(result))


# ---------------------------------------------------------------------- agent group


def query_idle_agents(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    result = [
        {"workno": other.agent_id, "name": other.agent_id}
        for other in _colleagues(simulator, agent)
        if other.gateway_state() is GatewayAgentState.IDLE
    ]
    return json_response(_ok(result))


def query_all_agent_status(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    groups = _state(simulator).groups
    result = []
    for other in _colleagues(simulator, agent):
        state = other.gateway_state()
        result.append(
            {
                "workno": other.agent_id,
                "name": other.agent_id,
                "status": str(state.value),
                "groupName": groups.get(other.agent_id, ""),
                "ctiStatus": str(_CTI_STATES.get(state, 9)),
            }
        )
    return json_response(_ok(result))


# ---------------------------------------------------------------------- messages


def send_note(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """AgentOther_Note to each recipient that is signed in; others get nothing."""
    agent, _ = _session(simulator, context)
    raw = _json_object(context.request, Retcode.SIGN_IN_PARAMETER_INVALID)
    if isinstance(raw.get("agentIds"), int) and not isinstance(raw["agentIds"], bool):
        raw = {**raw, "agentIds": [raw["agentIds"]]}  # the page's table types it as one int
    body = _validated("SendNoteRequest", raw, context, Retcode.SIGN_IN_PARAMETER_INVALID)
    content = _message_content(agent, body.get("content", ""), simulator._now_ms())
    for recipient_id in dict.fromkeys(str(i) for i in body["agentIds"]):
        recipient = simulator._agents.get(recipient_id)
        if recipient is not None and recipient.session is not None:
            simulator._queue(recipient, EventType.AGENT_OTHER_NOTE, dict(content))
    return json_response(_ok({}))


def notify_bulletin(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """AgentOther_Bulletin to the signed-in agents of a group or a skill queue (not the sender)."""
    agent, _ = _session(simulator, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("NotifyBulletinRequest", raw, context, Retcode.INVALID_PARAMETER)
    target = body["targetname"]
    state = _state(simulator)
    recipients: list[AgentRecord]
    if body["targettype"] == 0:
        name = str(target)
        recipients = [
            a for a in _colleagues(simulator, agent) if state.groups.get(a.agent_id) == name
        ]
    else:
        if isinstance(target, bool) or not (isinstance(target, int) or str(target).isdigit()):
            raise Refusal(Retcode.INVALID_PARAMETER, "targetname must be a skill queue ID")
        skill_id = int(target)
        recipients = [a for a in _colleagues(simulator, agent) if skill_id in state.joined_by(a)]
    content = _message_content(agent, body["bulletindata"], simulator._now_ms())
    for recipient in recipients:
        if recipient is not agent:
            simulator._queue(recipient, EventType.AGENT_OTHER_BULLETIN, dict(content))
    return json_response(_ok({}))


QUEUE_HANDLERS: Mapping[str, Handler] = {
    "resetSkill": reset_skill,
    "queryAgentSkills": query_agent_skills,
    "queryAgentSkillsByWorkNo": query_agent_skills_by_work_no,
    "queryQueueLengthOnAgent": query_queue_length_on_agent,
    "queryQueueLengthOnAgentSkills": query_queue_length_on_agent_skills,
    "queryQueueLengthBySkillId": query_queue_length_by_skill_id,
    "queryAcdStat": query_acd_stat,
    "querySkillQueueOnAgentVDN": query_skill_queue_on_agent_vdn,
    "queryIdleAgents": query_idle_agents,
    "queryAllAgentStatus": query_all_agent_status,
    "sendNote": send_note,
    "notifyBulletin": notify_bulletin,
}
