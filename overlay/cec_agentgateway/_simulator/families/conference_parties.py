"""Conference parties: invitations, answering, rejecting and leaving, and the chair's actions.

The chair (the agent whose requestagentconf was granted) invites parties with
batchaddparticipant: a phone number joins at once, a signed-in agent is offered the
conference (AgentConf_Ringing) and answers or rejects it. The chair holds and unholds
parties, sets what they may do (listen, speak, both), extends the conference and changes
its capacity, and releases it; a participant leaves it. Every change reaches the agents in
the conference as AgentConf_ParticipantChanged, in the order the pages give. An inspector
lists the conferences of its VDN (queryvdnconfid). Scenario: :meth:`invitation`.
"""

from __future__ import annotations

from ...generated.models import (
    AddressType,
    ConfRole,
    EventType,
    ParticipantChangeType,
    ParticipantLeaveReason,
    PhoneLine,
    Retcode,
)
from .._conference_model import ConferenceBook
from .._core import GatewayCore
from .._family import Family, json_object, ok, operation, validated
from .._model import AgentRecord, Conference, Participant
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["ConferencePartyFamily"]

_MAX_MINUTES = 1440
_BAD = Retcode.INVALID_PARAMETER


class ConferencePartyFamily(Family):
    """answer/reject/leave/release, batchaddparticipant, hold/unhold, mode, prolong, capacity."""

    name = "conference_parties"

    def __init__(self, core: GatewayCore, book: ConferenceBook) -> None:
        super().__init__(core)
        self.book = book
        core.hooks.session_ending.append(self._party_signs_out)

    # ------------------------------------------------------------------ scenario

    def invitation(self, agent_id: str) -> int | None:
        """The conference the agent was invited to and has not answered (None: none)."""
        with self.core.lock:
            return self.book.invitations.get(self.core.agent(agent_id).agent_id)

    # ------------------------------------------------------------------ hooks

    def _party_signs_out(self, agent: AgentRecord) -> None:
        self.book.invitations.pop(agent.agent_id, None)
        conf = agent.conference
        if conf is not None and conf.chair != agent.agent_id:
            self._remove(conf, agent, ParticipantLeaveReason.SIGNED_OUT)

    # ------------------------------------------------------------------ helpers

    def _remove(self, conf: Conference, agent: AgentRecord, reason: ParticipantLeaveReason) -> None:
        party = self.book.party(conf, AddressType.AGENT_ID.value, agent.agent_id)
        conf.participants.remove(party)
        agent.conference = None
        self.book.tell(conf, party, ParticipantChangeType.LEFT, reason)

    def _invited(self, agent: AgentRecord) -> Conference:
        conf_id = self.book.invitations.pop(agent.agent_id, None)
        conf = None if conf_id is None else self.book.conferences.get(conf_id)
        if conf is None:
            raise Refusal(Retcode.NO_CONFERENCE, "the agent has no conference invitation")
        return conf

    def _body(self, context: Context, schema: str) -> dict[str, object]:
        return validated(schema, json_object(context, _BAD), context, _BAD)

    # ------------------------------------------------------------------ invited agents

    @operation("answerAgentConf")
    def answer(self, context: Context) -> SimResponse:
        """Join the conference the agent was invited to (AgentConf_Ringing)."""
        agent, _ = self.session(context)
        conf = self._invited(agent)
        if agent.conference is not None:
            raise Refusal(Retcode.ALREADY_IN_CONFERENCE)
        party = Participant(agent.agent_id, True, ConfRole.PARTICIPANT, self.core.now_ms())
        conf.participants.append(party)
        agent.conference = conf
        offhook = {"type": PhoneLine.MAIN.value}
        self.core.queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, offhook)
        self.core.queue(agent, EventType.AGENT_CONF_SELF_JOIN_RESULT, {"confId": conf.conf_id})
        self.book.tell(conf, party, ParticipantChangeType.JOINED, skip=agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("rejectAgentConf")
    def reject(self, context: Context) -> SimResponse:
        """Decline the invitation: the phone is released and the chair is told."""
        agent, _ = self.session(context)
        conf = self._invited(agent)
        self.core.queue(agent, EventType.AGENT_OTHER_PHONE_RELEASE, {"phoneState": 2})
        declined = Participant(agent.agent_id, True, ConfRole.PARTICIPANT, self.core.now_ms())
        self.book.tell(conf, declined, ParticipantChangeType.LEFT, ParticipantLeaveReason.OTHER)
        self.core.engagement_ended(agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("requestLeaveAgentConf")
    def leave(self, context: Context) -> SimResponse:
        """A participant leaves; the chair must release the conference instead (101-007)."""
        agent, _ = self.session(context)
        conf = agent.conference
        if conf is None:
            raise Refusal(Retcode.NO_CONFERENCE)
        if conf.chair == agent.agent_id:
            raise Refusal(Retcode.CHAIR_CANNOT_LEAVE)
        self._remove(conf, agent, ParticipantLeaveReason.LEFT)
        self.core.queue(agent, EventType.AGENT_CONF_SELF_LEAVE_RESULT, {"confId": conf.conf_id})
        self.core.queue(agent, EventType.AGENT_OTHER_PHONE_RELEASE, {"phoneState": 2})
        self.core.engagement_ended(agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    # ------------------------------------------------------------------ the chair

    @operation("releaseAgentConf")
    def release(self, context: Context) -> SimResponse:
        """The chair ends the conference: every agent in it hears it ended."""
        agent, _ = self.session(context)
        self.book.close(self.book.chaired(agent))
        return json_response(ok({}, "success"))

    @operation("batchAddParticipant")
    def batch_add(self, context: Context) -> SimResponse:
        """Phone numbers join at once; signed-in agents are offered the conference."""
        agent, _ = self.session(context)
        conf = self.book.chaired(agent)
        body = self._body(context, "BatchAddParticipantRequest")
        addresses = body["addresses"]
        assert isinstance(addresses, list)
        if len(conf.participants) + len(addresses) > conf.member_num:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the conference is full")
        agents = self.core.agents
        for item in addresses:
            address, is_agent = item["address"], item["addressType"] == AddressType.AGENT_ID.value
            if any(p.address == address and p.is_agent == is_agent for p in conf.participants):
                raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"{address} is already in it")
            if is_agent:
                invited = agents.get(address)
                if invited is None or invited.session is None or invited.conference is not None:
                    raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"agent {address} cannot join")
        for item in addresses:
            address = item["address"]
            if item["addressType"] == AddressType.AGENT_ID.value:
                self.book.invitations[address] = conf.conf_id
                ringing = {"confId": conf.conf_id}
                self.core.queue(agents[address], EventType.AGENT_CONF_RINGING, ringing)
            else:
                party = Participant(address, False, ConfRole.PARTICIPANT, self.core.now_ms())
                conf.participants.append(party)
                self.book.tell(conf, party, ParticipantChangeType.JOINED)
        return json_response(ok({}, "success"))

    @operation("holdParticipant", "unholdParticipant")
    def hold(self, context: Context) -> SimResponse:
        """Hold or take a party off hold (AgentConf_ParticipantChanged held/unheld)."""
        agent, _ = self.session(context)
        conf = self.book.chaired(agent)
        holding = context.operation == "holdParticipant"
        schema = "HoldParticipantRequest" if holding else "ConfPartyRequest"
        body = self._body(context, schema)
        party = self.book.party(conf, str(body["addressType"]), str(body["address"]))
        if party.held == holding:
            state = "already held" if holding else "not held"
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"{party.address} is {state}")
        party.held = holding
        change = ParticipantChangeType.HELD if holding else ParticipantChangeType.UNHELD
        self.book.tell(conf, party, change)
        return json_response(ok({}, "success"))

    @operation("changeParticipantMode")
    def change_mode(self, context: Context) -> SimResponse:
        """Set a party's channel attribute: listen only is muted, anything else unmuted."""
        agent, _ = self.session(context)
        conf = self.book.chaired(agent)
        body = self._body(context, "ChangeParticipantModeRequest")
        party = self.book.party(conf, str(body["addressType"]), str(body["address"]))
        attribute = body["attribute"]
        assert isinstance(attribute, int)
        party.attribute = attribute
        muted = attribute == 1
        change = ParticipantChangeType.MUTED if muted else ParticipantChangeType.UNMUTED
        self.book.tell(conf, party, change)
        return json_response(ok({}, "success"))

    @operation("prolongConfTime")
    def prolong(self, context: Context) -> SimResponse:
        """Add minutes (1440 in all at most); the end warning comes again before the new end."""
        agent, _ = self.session(context)
        conf = self.book.chaired(agent)
        minutes = self._body(context, "ProlongConfTimeRequest")["prolongTime"]
        assert isinstance(minutes, int)
        if conf.minutes + minutes > _MAX_MINUTES:
            raise Refusal(_BAD, f"a conference lasts {_MAX_MINUTES} minutes at most")
        conf.minutes += minutes
        conf.warned = False
        return json_response(ok({}, "success"))

    @operation("modifyConfResource")
    def modify_resource(self, context: Context) -> SimResponse:
        """Raise or lower the number of parties; never below the parties already in it."""
        agent, _ = self.session(context)
        conf = self.book.chaired(agent)
        body = self._body(context, "ModifyConfResourceRequest")
        change, count = body["modifyType"], body["modifyNum"]
        assert isinstance(change, int) and isinstance(count, int)
        size = conf.member_num + count if change == 0 else conf.member_num - count
        if size < max(len(conf.participants), 2):
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "fewer places than parties")
        conf.member_num = size
        return json_response(ok({}, "success"))

    @operation("queryVdnConfIds")
    def vdn_conf_ids(self, context: Context) -> SimResponse:
        """The conferences of the inspector's VDN (900-002 without the inspect right)."""
        agent, _ = self.session(context)
        self.core.require_right(agent, "inspect")
        agents = self.core.agents
        ids = [
            conf.conf_id
            for conf in self.book.conferences.values()
            if agents[conf.chair].vdn_id == agent.vdn_id
        ]
        return json_response(ok({"confIds": ids}))
