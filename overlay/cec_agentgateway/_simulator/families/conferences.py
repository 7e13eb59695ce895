"""Agent conferences: requesting one, its events, the warning before it ends, and queries.

A conference has a chair (the requesting agent), its parties and a booked duration; the
chair gets AgentConf_Timeout ``prompt_time`` minutes before the end (on the simulator's
clock). queryConfInfos reports the conferences the agent takes part in. Scenario:
:meth:`fail_next`, :meth:`add_participant`, :meth:`end`, :meth:`ids`.
"""

from __future__ import annotations

from typing import Any, Literal

from ...generated.models import (
    AgentState,
    ConfRole,
    EventType,
    ParticipantChangeType,
    ParticipantLeaveReason,
    PhoneLine,
    Retcode,
)
from .. import _payloads as payloads
from .._conference_model import ConferenceBook
from .._core import GatewayCore
from .._family import Family, json_object, ok, operation, server_defaults, validated
from .._model import AgentRecord, Call, Conference, Participant, SimulatorError
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["ConferenceFamily", "ConferenceResultShape"]

ConferenceResultShape = Literal["object", "array"]

_CONF_DEFAULTS = server_defaults("RequestAgentConfRequest")


class ConferenceFamily(Family):
    """agentconf requestagentconf and queryconfinfos, and the conferences' scenario."""

    name = "conferences"

    def __init__(
        self,
        core: GatewayCore,
        book: ConferenceBook,
        result_shape: ConferenceResultShape = "object",
    ) -> None:
        if result_shape not in ("object", "array"):
            raise ValueError("conference_result_shape must be 'object' or 'array'")
        super().__init__(core)
        self.result_shape: ConferenceResultShape = result_shape
        self.book = book
        self._conferences = book.conferences
        self._failures: dict[str, int] = {}  # agent ID -> cause of its next request's failure
        core.hooks.call_released.append(self._party_hung_up)
        core.hooks.session_ending.append(self._chair_leaves)
        core.hooks.tick.append(self._warn)

    # ------------------------------------------------------------------ scenario

    def fail_next(self, agent_id: str, cause: int = 21234) -> None:
        """Make the agent's next conference request end in AgentConf_RequestFailed {cause}."""
        with self.core.lock:
            self._failures[self.core.agent(agent_id).agent_id] = cause

    def add_participant(self, conf_id: int, phone_number: str) -> None:
        """A phone number joins a conference (AgentConf_ParticipantChanged to the chair)."""
        with self.core.lock:
            conf = self._conference(conf_id)
            if len(conf.participants) >= conf.member_num:
                raise SimulatorError(f"conference {conf_id} is full ({conf.member_num} parties)")
            if conf.has_party(phone_number):
                raise SimulatorError(f"{phone_number} is already in conference {conf_id}")
            party = Participant(phone_number, False, ConfRole.PARTICIPANT, self.core.now_ms())
            conf.participants.append(party)
            self.book.tell(conf, party, ParticipantChangeType.JOINED)

    def end(self, conf_id: int) -> None:
        """End a conference: each agent in it is told it left (conference ended), and is
        idle again."""
        with self.core.lock:
            self.book.close(self._conference(conf_id))

    def ids(self, agent_id: str) -> list[int]:
        """IDs of the conferences the agent chairs."""
        with self.core.lock:
            return [c.conf_id for c in self._conferences.values() if c.chair == agent_id]

    # ------------------------------------------------------------------ hooks

    def _party_hung_up(self, agent: AgentRecord, call: Call) -> None:
        """The chair's call was released: its caller leaves the conference."""
        conf = agent.conference
        if conf is None or not conf.has_party(call.caller):
            return
        party = next(p for p in conf.participants if p.address == call.caller)
        self.book.tell(conf, party, ParticipantChangeType.LEFT, ParticipantLeaveReason.HUNG_UP)
        conf.participants.remove(party)

    def _chair_leaves(self, agent: AgentRecord) -> None:
        """A chair signing out ends its conference (the others are told it ended)."""
        conf = agent.conference
        if conf is not None and conf.chair == agent.agent_id:
            self.book.close(conf, signing_out=agent)

    def _warn(self, now: float) -> None:
        """AgentConf_Timeout to the chair once ``prompt_time`` minutes are left."""
        for conf in self._conferences.values():
            warn_at = conf.started_at + (conf.minutes - conf.prompt_minutes) * 60
            if not conf.warned and now >= warn_at:
                conf.warned = True
                chair = self.core.agents[conf.chair]
                self.core.queue(chair, EventType.AGENT_CONF_TIMEOUT, {"confId": conf.conf_id})

    # ------------------------------------------------------------------ conferences

    def _conference(self, conf_id: int) -> Conference:
        return self.book.get(conf_id)

    def _open(
        self, agent: AgentRecord, member_num: int, minutes: int, prompt_minutes: int, now: float
    ) -> Conference:
        now_ms = self.core.now_ms()
        conf = Conference(
            conf_id=self.book.next_id(),
            chair=agent.agent_id,
            member_num=member_num,
            minutes=minutes,
            prompt_minutes=prompt_minutes,
            started_at=now,
            start_ms=now_ms,
            participants=[Participant(agent.agent_id, True, ConfRole.CHAIR, now_ms)],
        )
        if agent.call is not None:
            caller = Participant(agent.call.caller, False, ConfRole.PARTICIPANT, now_ms)
            conf.participants.append(caller)
        self._conferences[conf.conf_id] = conf
        agent.conference = conf
        return conf

    # ------------------------------------------------------------------ handlers

    @operation("requestAgentConf")
    def request_agent_conf(self, context: Context) -> SimResponse:
        """Accept the request; the outcome follows as events (AgentConf_*)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("RequestAgentConfRequest", raw, context, Retcode.INVALID_PARAMETER)
        _check_can_confer(agent)
        cause = self._failures.pop(agent.agent_id, None)
        if cause is not None:
            self.core.queue(agent, EventType.AGENT_CONF_REQUEST_FAILED, {"cause": cause})
            return json_response(ok({}, "success"))
        minutes = body.get("time", _CONF_DEFAULTS["time"])
        prompt = min(body.get("promptTime", _CONF_DEFAULTS["promptTime"]), minutes - 1)
        if agent.call is None:  # the platform calls the idle agent's phone into the conference
            self.core.queue(agent, EventType.AGENT_STATE_BUSY, None)
            self.core.queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
            offhook = {"type": PhoneLine.MAIN.value}
            self.core.queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, offhook)
        conf = self._open(agent, body["memberNum"], minutes, prompt, context.now)
        self.core.queue(agent, EventType.AGENT_CONF_SELF_JOIN_RESULT, {"confId": conf.conf_id})
        self.core.queue(agent, EventType.AGENT_CONF_REQUEST_SUCCESS, {"confId": conf.conf_id})
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("queryConfInfos")
    def query_conf_infos(self, context: Context) -> SimResponse:
        """The requested conferences the agent takes part in (unknown IDs are left out)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("QueryConfInfosRequest", raw, context, Retcode.INVALID_PARAMETER)
        now_ms = self.core.now_ms()
        confs = []
        for conf_id in dict.fromkeys(body["confIds"]):
            conf = self._conferences.get(conf_id)
            if conf is not None and conf.has_party(agent.agent_id):
                confs.append(payloads.conference(conf, now_ms))
        result: Any = confs if self.result_shape == "array" else {"confs": confs}
        return json_response(ok(result))


def _check_can_confer(agent: AgentRecord) -> None:
    """The documented prerequisites: idle, or talking in a stable call; not in a conference."""
    if agent.conference is not None:
        raise Refusal(Retcode.ALREADY_IN_CONFERENCE)
    if agent.call is not None and agent.call.ringing:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the call is not stable (ringing)")
    if agent.call is None and agent.detailed_state() is not AgentState.IDLE:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent must be idle or talking")
