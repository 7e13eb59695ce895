"""The conferences a simulated gateway keeps, shared by the two conference families.

``families/conferences.py`` (requesting a conference, the warning before its end, queries)
and ``families/conference_parties.py`` (invitations, answering, leaving, the chair's
actions) both work on one :class:`ConferenceBook`; ``GatewaySimulator`` makes it and hands
it to both, as it hands the call flow to the call families. Nothing here imports a family.
"""

from __future__ import annotations

import itertools

from ..generated.models import (
    AddressType,
    EventType,
    ParticipantChangeType,
    ParticipantLeaveReason,
    Retcode,
)
from . import _payloads as payloads
from ._core import GatewayCore
from ._model import AgentRecord, Conference, Participant, SimulatorError
from ._wire import Refusal

__all__ = ["ConferenceBook"]

_FIRST_CONF_ID = 1030400
_CONF_ID_STEP = 256


class ConferenceBook:
    """Every conference by ID, the open invitations, and how parties hear of changes."""

    def __init__(self, core: GatewayCore) -> None:
        self.core = core
        self.conferences: dict[int, Conference] = {}
        self.invitations: dict[str, int] = {}  # invited agent ID -> conference ID
        self._ids = itertools.count(_FIRST_CONF_ID, _CONF_ID_STEP)

    def next_id(self) -> int:
        return next(self._ids)

    def get(self, conf_id: int) -> Conference:
        """The conference ``conf_id`` (SimulatorError, for scenario methods)."""
        conf = self.conferences.get(conf_id)
        if conf is None:
            raise SimulatorError(f"no conference {conf_id}")
        return conf

    def chaired(self, agent: AgentRecord) -> Conference:
        """The conference the agent chairs, or the gateway's refusal (101-001, 101-002)."""
        conf = agent.conference
        if conf is None:
            raise Refusal(Retcode.NO_CONFERENCE)
        if conf.chair != agent.agent_id:
            raise Refusal(Retcode.NOT_CONFERENCE_CHAIR)
        return conf

    def party(self, conf: Conference, address_type: str, address: str) -> Participant:
        """The party of ``conf`` with this address (Refusal 100-007 when there is none)."""
        is_agent = address_type == AddressType.AGENT_ID.value
        for party in conf.participants:
            if party.address == address and party.is_agent == is_agent:
                return party
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"{address} is not in the conference")

    def agents_in(self, conf: Conference) -> list[AgentRecord]:
        """The agents taking part in ``conf`` (the chair first)."""
        agents = self.core.agents
        return [agents[p.address] for p in conf.participants if p.is_agent and p.address in agents]

    def tell(
        self,
        conf: Conference,
        party: Participant,
        change: ParticipantChangeType,
        reason: ParticipantLeaveReason = ParticipantLeaveReason.NOT_APPLICABLE,
        *,
        skip: AgentRecord | None = None,
    ) -> None:
        """AgentConf_ParticipantChanged about ``party`` to every agent in ``conf``."""
        content = payloads.participant_changed_content(conf, party, change, reason)
        for agent in self.agents_in(conf):
            if agent is not skip:
                self.core.queue(agent, EventType.AGENT_CONF_PARTICIPANT_CHANGED, content)

    def close(self, conf: Conference, *, signing_out: AgentRecord | None = None) -> None:
        """End ``conf``: each agent in it hears that it left (conference ended) and is free
        (the chair ``signing_out``, whose session ends, is told nothing)."""
        agents = self.agents_in(conf)
        del self.conferences[conf.conf_id]
        for agent_id in [a for a, c in self.invitations.items() if c == conf.conf_id]:
            del self.invitations[agent_id]
        for agent in agents:
            agent.conference = None
            if agent is signing_out:
                continue
            own = next(p for p in conf.participants if p.is_agent and p.address == agent.agent_id)
            content = payloads.participant_changed_content(
                conf, own, ParticipantChangeType.LEFT, ParticipantLeaveReason.CONFERENCE_ENDED
            )
            self.core.queue(agent, EventType.AGENT_CONF_PARTICIPANT_CHANGED, content)
            self.core.engagement_ended(agent)
            self.core.refresh_state(agent)
