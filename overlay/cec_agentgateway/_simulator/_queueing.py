"""The skill queues and the calls that wait in them: a core-layer store several families use.

The queue family (``families/queues.py``) configures the queues and answers the queue
queries; the voice family picks a waiting call (requestcall), the call-data family lists the
waiting calls (waitcallinfo) and moves one to another queue (assignuserinqueue). None of them
imports another: they share this store, which ``GatewaySimulator`` makes and hands to each.

Waiting calls are offered, as a gateway's ACD would, to the joined agent of the queue's VDN
that has been idle longest, as soon as there is one (:meth:`QueueStore.distribute`, run on
every request through the core's ``tick`` hook and after each change).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..generated.models import GatewayAgentState
from ._callflow import CallFlow
from ._core import GatewayCore
from ._model import AgentRecord, Call, SimulatorError

__all__ = ["QueueStore", "SimSkill"]


@dataclass(eq=False)
class SimSkill:
    """A skill queue of a VDN and the callers waiting in it."""

    skill_id: int
    name: str
    media_type: int
    vdn_id: int
    waiting: int = 0  # callers the scenario says wait, beside the queued calls
    longest_wait: int = 0
    max_queue_size: int = 100
    pilot_number: str = ""
    description: str = ""
    queued: deque[tuple[Call, float]] = field(default_factory=deque)  # (call, queued at)


class QueueStore:
    """The skill queues of the simulated gateway and their waiting calls (lock held)."""

    def __init__(self, core: GatewayCore, flow: CallFlow) -> None:
        self.core = core
        self.flow = flow
        self.skills: dict[int, SimSkill] = {}
        core.hooks.tick.append(self.distribute)

    def skill(self, skill_id: int) -> SimSkill:
        found = self.skills.get(skill_id)
        if found is None:
            raise SimulatorError(f"no skill queue {skill_id}: add it with add_skill()")
        return found

    def members(self, skill: SimSkill) -> list[AgentRecord]:
        """The signed-in agents of the queue's VDN that joined it, by agent ID."""
        found = [
            agent
            for agent in self.core.agents.values()
            if agent.vdn_id == skill.vdn_id and skill.skill_id in agent.joined_skills
        ]
        return sorted(found, key=lambda agent: int(agent.agent_id))

    def free_members(self, skill: SimSkill) -> list[AgentRecord]:
        """The joined agents a queue would offer a call to now, idle longest first."""
        free = [
            a for a in self.members(skill) if a.session is not None and a.not_offerable() is None
        ]
        return sorted(free, key=lambda a: a.state_since_ms)

    def waiting(self, skill_ids: Iterable[int]) -> int:
        skills = (self.skills.get(i) for i in skill_ids)
        return sum(s.waiting + len(s.queued) for s in skills if s is not None)

    def statistics(self, skill: SimSkill) -> dict[str, Any]:
        """The queue's queryacdstat figures, from its members and its waiting calls."""
        now = self.core.clock()
        members = self.members(skill)
        idle = [a for a in members if a.gateway_state() is GatewayAgentState.IDLE]
        oldest = int(now - skill.queued[0][1]) if skill.queued else 0
        return {
            "pilotNbr": skill.pilot_number,
            "deviceNo": skill.skill_id,
            "queueSize": skill.waiting + len(skill.queued),
            "queueTime": max(skill.longest_wait, oldest),
            "loadFactor": 0,
            "estWaitTime": 0,
            "loggedOnAgents": len(members),
            "availAgents": len(idle),
            "transferFlg": 0,
            "transferDeviceType": 0,
            "transferDeviceNo": 0,
            "skillDescrip": skill.description,
            "maxQueueSize": skill.max_queue_size,
        }

    def enqueue(self, skill: SimSkill, call: Call) -> None:
        if len(skill.queued) + skill.waiting >= skill.max_queue_size:
            raise SimulatorError(f"skill queue {skill.skill_id} is full")
        call.skill, call.skill_id, call.media_type = skill.name, skill.skill_id, skill.media_type
        skill.queued.append((call, self.core.clock()))
        self.distribute(self.core.clock())

    def waiting_calls(self, skill: SimSkill) -> list[Call]:
        """The calls waiting in the queue, oldest first, with how long each has waited."""
        now = self.core.clock()
        for call, queued_at in skill.queued:
            call.wait_seconds = int(now - queued_at)
        return [call for call, _ in skill.queued]

    def take(self, skill: SimSkill, call_id: str) -> Call | None:
        """Remove the waiting call ``call_id`` from the queue (None when it is not there)."""
        for entry in skill.queued:
            call, queued_at = entry
            if call.call_id == call_id:
                skill.queued.remove(entry)
                call.wait_seconds = int(self.core.clock() - queued_at)
                call.offered_ms = self.core.now_ms()
                return call
        return None

    def offer(self, agent: AgentRecord, call: Call) -> None:
        """Offer a call taken from a queue to the agent (as the ACD or requestcall does)."""
        assert agent.session is not None
        self.flow.offer(agent, agent.session, call)

    def distribute(self, now: float) -> None:
        """Offer each queued call to the joined agent idle longest, while there is one."""
        for skill in self.skills.values():
            while skill.queued:
                free = self.free_members(skill)
                if not free:
                    break
                call, queued_at = skill.queued.popleft()
                call.wait_seconds = int(now - queued_at)
                call.offered_ms = self.core.now_ms()
                self.offer(free[0], call)
