"""Multimedia conferences (``multimediaconf``): screen and file sharing between agents.

No vendor page was found; the behaviour follows Huawei's C# and Java demos. requestconf
attaches a conference to one of the agent's chats or calls and invites the agents of its
``addressinfo`` (``9,<VDN>,<agent>;`` entries); the requester and every invitee get
AgentEvent_JoinConf naming the conference (``confid``) and what a conference client needs
(``confinfo``). inviteconf invites more agents (AgentEvent_JoinConf to each), joinconfresult
records whether an agent's conference client joined, stopconf (by the requester) ends it.
The demos name no event for the end of a conference, so none is sent. A conference ends,
too, when its requester's session ends; an invitee whose session ends leaves it.

Scenario: :meth:`members` (agent -> ``invited``, ``joined``, ``failed``), :meth:`state`
(``open`` or ``stopped``), :meth:`call_of`, :meth:`conferences_of`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from ...generated.models import EventType, Retcode
from .._chats import ChatDesk
from .._core import GatewayCore
from .._family import Family, json_object, ok, operation, validated
from .._model import AgentRecord, SimulatorError
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["MultimediaConferenceFamily"]

AGENT_ADDRESS = 9  # the one address type of addressinfo the demos use: an agent


@dataclass(eq=False)
class MultimediaConference:
    conf_id: int
    chair: str
    call_id: str
    members: dict[str, str] = field(default_factory=dict)  # agent -> invited/joined/failed
    causes: dict[str, int] = field(default_factory=dict)  # why an agent failed to join


class MultimediaConferenceFamily(Family):
    """multimediaconf requestconf, inviteconf, joinconfresult and stopconf."""

    name = "multimedia_conferences"

    def __init__(self, core: GatewayCore, desk: ChatDesk) -> None:
        super().__init__(core)
        self.desk = desk
        self.open: dict[int, MultimediaConference] = {}
        self._ids = itertools.count(1001)
        self._issued = 1000  # the highest conference ID handed out
        core.hooks.session_ending.append(self._agent_leaves)

    # ------------------------------------------------------------------ scenario

    def members(self, conf_id: int) -> dict[str, str]:
        """The open conference's agents: ``chair``, ``invited``, ``joined`` or ``failed``."""
        with self.core.lock:
            return dict(self._conference(conf_id).members)

    def state(self, conf_id: int) -> str:
        """``open`` or ``stopped`` (SimulatorError for an ID never handed out)."""
        with self.core.lock:
            if conf_id in self.open:
                return "open"
            if 1000 < conf_id <= self._issued:
                return "stopped"
            raise SimulatorError(f"no multimedia conference {conf_id}")

    def call_of(self, conf_id: int) -> str:
        """The call or chat the open conference is attached to."""
        with self.core.lock:
            return self._conference(conf_id).call_id

    def conferences_of(self, agent_id: str) -> list[int]:
        """The open conferences the agent chairs or is invited to, oldest first."""
        with self.core.lock:
            return [c.conf_id for c in self.open.values() if agent_id in c.members]

    def _conference(self, conf_id: int) -> MultimediaConference:
        found = self.open.get(conf_id)
        if found is None:
            raise SimulatorError(f"no open multimedia conference {conf_id}")
        return found

    # ------------------------------------------------------------------ handlers

    @operation("requestMultimediaConference")
    def request(self, context: Context) -> SimResponse:
        """AgentEvent_JoinConf to the agent and each invitee; 000-002 for a call or chat the
        agent does not have, or an invitee that cannot be invited."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("MultimediaConferenceRequest", raw, context, Retcode.INVALID_PARAMETER)
        call_id = body["callid"]
        has_call = call_id in agent.calls or (
            agent.call is not None and agent.call.call_id == call_id
        )
        if not has_call:
            self.desk.own(agent, call_id)  # Refusal 000-002 unless a connected chat
        invitees = self._invitees(agent, body["addressinfo"], {})
        conference = MultimediaConference(next(self._ids), agent.agent_id, call_id)
        self._issued = conference.conf_id
        self.open[conference.conf_id] = conference
        conference.members[agent.agent_id] = "chair"
        self._announce(conference, agent)
        self._invite(conference, invitees)
        return json_response(ok({}))

    @operation("inviteToMultimediaConference")
    def invite(self, context: Context) -> SimResponse:
        """``confid``, or ``callid`` as the C# demo names it; AgentEvent_JoinConf to each."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "MultimediaInviteRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True
        )
        given = body.get("confid", body.get("callid"))
        if given is None:
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter confid is empty")
        conference = self._own(agent, int(given))
        invitees = self._invitees(agent, body["addressinfo"], conference.members)
        self._invite(conference, invitees)
        return json_response(ok({}))

    @operation("reportMultimediaConferenceJoin")
    def join_result(self, context: Context) -> SimResponse:
        """``confresult`` 0: joined; any other value: failed (with ``cause``)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "MultimediaJoinResultRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True
        )
        conference = self._own(agent, body["confid"])
        if conference.members[agent.agent_id] != "chair":
            joined = body["confresult"] == 0
            conference.members[agent.agent_id] = "joined" if joined else "failed"
            if not joined:
                conference.causes[agent.agent_id] = body.get("cause", body["confresult"])
        return json_response(ok({}))

    @operation("stopMultimediaConference")
    def stop(self, context: Context) -> SimResponse:
        """Only the requester ends it; no event (the demos name none)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "MultimediaStopRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True
        )
        conference = self._own(agent, body["confid"])
        if conference.chair != agent.agent_id:
            raise Refusal(Retcode.INVALID_PARAMETER, "only the requester ends the conference")
        del self.open[conference.conf_id]
        return json_response(ok({}))

    # ------------------------------------------------------------------ helpers

    def _own(self, agent: AgentRecord, conf_id: int) -> MultimediaConference:
        conference = self.open.get(conf_id)
        if conference is None or agent.agent_id not in conference.members:
            raise Refusal(Retcode.INVALID_PARAMETER, f"the agent is in no conference {conf_id}")
        return conference

    def _invitees(
        self, agent: AgentRecord, info: str, present: Mapping[str, str]
    ) -> list[AgentRecord]:
        """The agents ``addressinfo`` names (Refusal 000-002 for one that cannot be invited;
        an agent whose conference client failed to join may be invited again)."""
        found: list[AgentRecord] = []
        for entry in filter(None, info.split(";")):
            kind, vdn, agent_id = entry.split(",")  # the spec's pattern holds
            target = self.core.agents.get(agent_id)
            why = None
            if int(kind) != AGENT_ADDRESS:
                why = f"address type {kind} is not an agent's ({AGENT_ADDRESS})"
            elif target is None or target.session is None:
                why = "not signed in"
            elif target is agent or present.get(agent_id, "failed") != "failed" or target in found:
                why = "already in the conference"
            elif target.vdn_id != agent.vdn_id or int(vdn) != agent.vdn_id:
                why = "of another VDN"
            if why is not None:
                raise Refusal(Retcode.INVALID_PARAMETER, f"agent {agent_id} cannot join: {why}")
            assert target is not None
            found.append(target)
        return found

    def _invite(self, conference: MultimediaConference, invitees: list[AgentRecord]) -> None:
        for target in invitees:
            conference.members[target.agent_id] = "invited"
            self._announce(conference, target)

    def _announce(self, conference: MultimediaConference, agent: AgentRecord) -> None:
        content = {
            "confid": conference.conf_id,
            "confinfo": f"sim-multimedia-conference:{conference.conf_id}",
            "vdnid": agent.vdn_id,
            "addresstype": AGENT_ADDRESS,
            "address": agent.agent_id,
        }
        self.core.queue(agent, EventType.AGENT_EVENT_JOIN_CONF, content)

    def _agent_leaves(self, agent: AgentRecord) -> None:
        """The requester's conferences end with its session; an invitee leaves its own."""
        for conf_id, conference in list(self.open.items()):
            if conference.chair == agent.agent_id:
                del self.open[conf_id]
            else:
                conference.members.pop(agent.agent_id, None)
