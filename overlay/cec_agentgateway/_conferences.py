"""Conferences after they start: invitations, and what the chair does with its conference.

An agent invited by a chair sees ``AgentConf_Ringing`` among its events and answers
(:meth:`ConferencesMixin.answer_conference`) or declines it; a participant leaves with
:meth:`ConferencesMixin.leave_conference`. The chair's actions are methods of the handle
:meth:`Agent.request_conference` returns (:class:`ChairedConference`): ``invite``, ``hold``,
``unhold``, ``mute``/``unmute``/``set_mode``, ``prolong``, ``resize`` and ``release``.
Actions whose page names an outcome event wait for it, as ``request_conference`` does
(``wait=False`` returns once the gateway accepted the request). None is ever retried.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._errors import ConferenceRequestError, RequestValidationError
from ._events import Event
from ._family import AsyncFamily, Outcome, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body, check_flag, check_seconds
from .generated import models
from .generated.models import EventType

if TYPE_CHECKING:
    import httpx

    from .generated.api.agentconf import (
        answer_agent_conf,
        batch_add_participant,
        change_participant_mode,
        hold_participant,
        modify_conf_resource,
        prolong_conf_time,
        query_vdn_conf_ids,
        reject_agent_conf,
        release_agent_conf,
        request_leave_agent_conf,
        unhold_participant,
    )
    from .generated.models import ParticipantChangedContent, QueryVdnConfIdsResponse
else:
    answer_agent_conf = generated_api("agentconf.answer_agent_conf")
    batch_add_participant = generated_api("agentconf.batch_add_participant")
    change_participant_mode = generated_api("agentconf.change_participant_mode")
    hold_participant = generated_api("agentconf.hold_participant")
    modify_conf_resource = generated_api("agentconf.modify_conf_resource")
    prolong_conf_time = generated_api("agentconf.prolong_conf_time")
    query_vdn_conf_ids = generated_api("agentconf.query_vdn_conf_ids")
    reject_agent_conf = generated_api("agentconf.reject_agent_conf")
    release_agent_conf = generated_api("agentconf.release_agent_conf")
    request_leave_agent_conf = generated_api("agentconf.request_leave_agent_conf")
    unhold_participant = generated_api("agentconf.unhold_participant")

__all__ = [
    "AsyncChairedConference",
    "AsyncConferencesMixin",
    "ChairedConference",
    "ConferenceStarted",
    "ConferencesMixin",
    "conference_outcome",
]

ANSWER = Operation.from_spec("answerAgentConf", "DoneResponse")
REJECT = Operation.from_spec("rejectAgentConf", "DoneResponse")
LEAVE = Operation.from_spec("requestLeaveAgentConf", "DoneResponse")
RELEASE = Operation.from_spec("releaseAgentConf", "DoneResponse")
BATCH_ADD = Operation.from_spec("batchAddParticipant", "DoneResponse")
VDN_CONF_IDS = Operation.from_spec("queryVdnConfIds", "QueryVdnConfIdsResponse")
PROLONG = Operation.from_spec("prolongConfTime", "DoneResponse")
HOLD = Operation.from_spec("holdParticipant", "DoneResponse")
UNHOLD = Operation.from_spec("unholdParticipant", "DoneResponse")
MODE = Operation.from_spec("changeParticipantMode", "DoneResponse")
RESOURCE = Operation.from_spec("modifyConfResource", "DoneResponse")

_AGENT, _PHONE = "9", "6"
LISTEN_ONLY, SPEAK_ONLY, LISTEN_AND_SPEAK = 1, 2, 3


# ---------------------------------------------------------------------- builders


def _checked(
    operation: Operation,
    schema: str,
    agent_id: str,
    wire: dict[str, Any],
    keywords: Mapping[str, str],
) -> dict[str, Any]:
    check_body(schema, wire, operation=operation.log_method, agent_id=agent_id, keywords=keywords)
    return {k: v for k, v in wire.items() if v is not None}


def _party(
    operation: Operation, agent_id: str, agent: str | None, phone: str | None
) -> dict[str, Any]:
    """The wire address of one party: exactly one of ``agent`` and ``phone``."""
    if (agent is None) == (phone is None):
        raise RequestValidationError(
            "address",
            "give exactly one of agent= and phone=",
            operation=operation.log_method,
            agent_id=agent_id,
        )
    address = agent if agent is not None else phone
    return {"addressType": _AGENT if agent is not None else _PHONE, "address": address}


def simple(operation: Operation, agent_id: str) -> PreparedCall[None]:
    """answer, reject, leave or release: no body."""
    module = {
        ANSWER: answer_agent_conf,
        REJECT: reject_agent_conf,
        LEAVE: request_leave_agent_conf,
        RELEASE: release_agent_conf,
    }[operation]
    return PreparedCall(operation, agent_id, module._get_kwargs(agent_id), no_result)


def invite(agent_id: str, agents: Iterable[str], phones: Iterable[str]) -> PreparedCall[None]:
    fail = RequestValidationError
    for name, values in (("agents", agents), ("phones", phones)):
        if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
            raise fail(name, "must be a list", operation=BATCH_ADD.log_method, agent_id=agent_id)
    addresses = [{"addressType": _AGENT, "address": a} for a in agents]
    addresses += [{"addressType": _PHONE, "address": p} for p in phones]
    wire = _checked(BATCH_ADD, "BatchAddParticipantRequest", agent_id, {"addresses": addresses}, {})
    body = models.BatchAddParticipantRequest.from_dict(wire)
    request = batch_add_participant._get_kwargs(agent_id, body=body)
    return PreparedCall(BATCH_ADD, agent_id, request, no_result)


def hold(
    agent_id: str,
    *,
    agent: str | None,
    phone: str | None,
    voice_path: str | None,
    on_hold: bool,
) -> PreparedCall[None]:
    operation = HOLD if on_hold else UNHOLD
    wire = _party(operation, agent_id, agent, phone)
    keywords = {"address": "agent" if agent is not None else "phone", "voicePath": "voice_path"}
    if on_hold:
        wire["voicePath"] = voice_path
        wire["playMode"] = None if voice_path is None else 2
        wire = _checked(HOLD, "HoldParticipantRequest", agent_id, wire, keywords)
        body: Any = models.HoldParticipantRequest.from_dict(wire)
        request = hold_participant._get_kwargs(agent_id, body=body)
    else:
        wire = _checked(UNHOLD, "ConfPartyRequest", agent_id, wire, keywords)
        body = models.ConfPartyRequest.from_dict(wire)
        request = unhold_participant._get_kwargs(agent_id, body=body)
    return PreparedCall(operation, agent_id, request, no_result)


def set_mode(
    agent_id: str, attribute: int, *, agent: str | None, phone: str | None
) -> PreparedCall[None]:
    wire = {"attribute": attribute, **_party(MODE, agent_id, agent, phone)}
    keywords = {"address": "agent" if agent is not None else "phone", "attribute": "attribute"}
    wire = _checked(MODE, "ChangeParticipantModeRequest", agent_id, wire, keywords)
    body = models.ChangeParticipantModeRequest.from_dict(wire)
    request = change_participant_mode._get_kwargs(agent_id, body=body)
    return PreparedCall(MODE, agent_id, request, no_result)


def prolong(agent_id: str, minutes: int) -> PreparedCall[None]:
    wire = _checked(
        PROLONG, "ProlongConfTimeRequest", agent_id, {"prolongTime": minutes},
        {"prolongTime": "minutes"},
    )  # fmt: skip
    body = models.ProlongConfTimeRequest.from_dict(wire)
    request = prolong_conf_time._get_kwargs(agent_id, body=body)
    return PreparedCall(PROLONG, agent_id, request, no_result)


def resize(agent_id: str, by: int) -> PreparedCall[None]:
    if isinstance(by, bool) or not isinstance(by, int):
        raise RequestValidationError(
            "modifyNum", f"must be a whole number, got {by!r}",
            operation=RESOURCE.log_method, agent_id=agent_id, argument="by",
        )  # fmt: skip
    wire = {"modifyType": 0 if by > 0 else 1, "modifyNum": abs(by)}
    wire = _checked(RESOURCE, "ModifyConfResourceRequest", agent_id, wire, {"modifyNum": "by"})
    body = models.ModifyConfResourceRequest.from_dict(wire)
    request = modify_conf_resource._get_kwargs(agent_id, body=body)
    return PreparedCall(RESOURCE, agent_id, request, no_result)


def vdn_conference_ids(agent_id: str) -> PreparedCall[list[int]]:
    def finish(parsed: QueryVdnConfIdsResponse, response: httpx.Response) -> list[int]:
        result = parsed.result
        if not isinstance(result, models.VdnConfIds) or not isinstance(result.conf_ids, list):
            return []
        return list(result.conf_ids)

    request = query_vdn_conf_ids._get_kwargs(agent_id)
    return PreparedCall(VDN_CONF_IDS, agent_id, request, finish)


# ---------------------------------------------------------------------- outcomes


def _joined(conf_id: int | None = None) -> Outcome[int]:
    def outcome(event: Event) -> int | None:
        content = event.content
        if event.type is not EventType.AGENT_CONF_SELF_JOIN_RESULT or not isinstance(
            content, models.ConferenceIdContent
        ):
            return None
        joined = content.conf_id
        return joined if isinstance(joined, int) and conf_id in (None, joined) else None

    return outcome


def _left(event: Event) -> bool | None:
    return True if event.type is EventType.AGENT_CONF_SELF_LEAVE_RESULT else None


def _changed(conf_id: int, address: str, change: int) -> Outcome[ParticipantChangedContent]:
    """The AgentConf_ParticipantChanged about ``address`` of this kind (its content)."""

    def outcome(event: Event) -> ParticipantChangedContent | None:
        content = event.content
        if event.type is not EventType.AGENT_CONF_PARTICIPANT_CHANGED or not isinstance(
            content, models.ParticipantChangedContent
        ):
            return None
        if content.conf_id != conf_id or content.participant != address:
            return None
        return content if getattr(content.change_type, "value", None) == change else None

    return outcome


def _mode_change(attribute: int) -> int:
    return 3 if attribute == LISTEN_ONLY else 4  # ParticipantChangeType MUTED / UNMUTED


def _check_wait(agent_id: str, wait: object, wait_timeout: object) -> None:
    check_flag("wait", wait, agent_id=agent_id)
    check_seconds("wait_timeout", wait_timeout, agent_id=agent_id)


# ---------------------------------------------------------------------- invited agents


class ConferencesMixin(SyncFamily):
    """Answering, declining and leaving conferences; the VDN's conferences (sync)."""

    def answer_conference(self, *, wait: bool = True, wait_timeout: float = 30.0) -> int | None:
        """answeragentconf: join the conference this agent was invited to (AgentConf_Ringing).

        Waits for AgentConf_SelfJoinResult and returns the conference ID (None with
        ``wait=False``).
        """
        _check_wait(self._agent_id, wait, wait_timeout)
        call = simple(ANSWER, self._agent_id)
        if not wait:
            self._run(call)
            return None
        return self._run_and_await(call, _joined(), timeout=wait_timeout, awaiting="join")

    def reject_conference(self) -> None:
        """rejectagentconf: decline the conference invitation (AgentConf_Ringing)."""
        self._run(simple(REJECT, self._agent_id))

    def leave_conference(self, *, wait: bool = True, wait_timeout: float = 30.0) -> None:
        """requestleaveagentconf: leave the conference (a chair releases it instead).

        Waits for AgentConf_SelfLeaveResult unless ``wait=False``.
        """
        _check_wait(self._agent_id, wait, wait_timeout)
        call = simple(LEAVE, self._agent_id)
        if not wait:
            self._run(call)
            return
        self._run_and_await(call, _left, timeout=wait_timeout, awaiting="leave result")

    def vdn_conference_ids(self) -> list[int]:
        """queryvdnconfid: the IDs of the ongoing conferences of the VDN (inspectors only)."""
        return self._run(vdn_conference_ids(self._agent_id))


class AsyncConferencesMixin(AsyncFamily):
    """Answering, declining and leaving conferences (async); see :class:`ConferencesMixin`."""

    async def answer_conference(
        self, *, wait: bool = True, wait_timeout: float = 30.0
    ) -> int | None:
        _check_wait(self._agent_id, wait, wait_timeout)
        call = simple(ANSWER, self._agent_id)
        if not wait:
            await self._run(call)
            return None
        return await self._run_and_await(call, _joined(), timeout=wait_timeout, awaiting="join")

    async def reject_conference(self) -> None:
        await self._run(simple(REJECT, self._agent_id))

    async def leave_conference(self, *, wait: bool = True, wait_timeout: float = 30.0) -> None:
        _check_wait(self._agent_id, wait, wait_timeout)
        call = simple(LEAVE, self._agent_id)
        if not wait:
            await self._run(call)
            return
        await self._run_and_await(call, _left, timeout=wait_timeout, awaiting="leave result")

    async def vdn_conference_ids(self) -> list[int]:
        return await self._run(vdn_conference_ids(self._agent_id))


# ---------------------------------------------------------------------- the chair's handle


@dataclass(frozen=True, slots=True)
class ConferenceStarted:
    """The outcome of a granted conference request: its ID, chaired by ``agent_id``."""

    conf_id: int
    agent_id: str
    is_chair: bool = True


def conference_outcome(event: Event, agent_id: str) -> ConferenceStarted | None:
    """The conference request's outcome if ``event`` tells it (raises when it failed)."""
    if event.type is EventType.AGENT_CONF_REQUEST_SUCCESS:
        content = event.content
        if not isinstance(content, models.ConferenceIdContent) or content.conf_id is None:
            raise ConferenceRequestError(None, agent_id=agent_id)
        return ConferenceStarted(content.conf_id, agent_id)
    if event.type is EventType.AGENT_CONF_REQUEST_FAILED:
        content = event.content
        cause = content.cause if isinstance(content, models.ConferenceFailedContent) else None
        raise ConferenceRequestError(cause, agent_id=agent_id)
    return None


def _same_conference(handle: ConferenceStarted, other: object) -> bool:
    if not isinstance(other, ConferenceStarted):
        return False
    mine: tuple[int, str, bool] = (handle.conf_id, handle.agent_id, handle.is_chair)
    theirs: tuple[int, str, bool] = (other.conf_id, other.agent_id, other.is_chair)
    return mine == theirs


@dataclass(frozen=True, slots=True, eq=False)
class ChairedConference(ConferenceStarted):
    """A conference this agent chairs (what ``Agent.request_conference`` returns).

    The actions that change a participant wait for its AgentConf_ParticipantChanged and
    return that event's content (``result`` 0: the change took effect); with ``wait=False``
    they return None once the gateway accepted the request. Give each party as ``agent=``
    (an agent ID) or ``phone=`` (a phone number).
    """

    agent: SyncFamily | None = field(default=None, compare=False, repr=False)

    def __eq__(self, other: object) -> bool:  # equal to the ConferenceStarted it extends
        return _same_conference(self, other)

    __hash__ = ConferenceStarted.__hash__

    def _family(self) -> SyncFamily:
        assert self.agent is not None, "a ChairedConference is made by request_conference"
        return self.agent

    def _act(
        self, call: PreparedCall[None], address: str, change: int, wait: bool, timeout: float
    ) -> ParticipantChangedContent | None:
        _check_wait(self.agent_id, wait, timeout)
        family = self._family()
        if not wait:
            family._run(call)
            return None
        outcome = _changed(self.conf_id, address, change)
        return family._run_and_await(call, outcome, timeout=timeout, awaiting="participant change")

    def invite(self, *, agents: Iterable[str] = (), phones: Iterable[str] = ()) -> None:
        """batchaddparticipant: invite agents (offered AgentConf_Ringing) and phone numbers."""
        self._family()._run(invite(self.agent_id, agents, phones))

    def hold(
        self,
        *,
        agent: str | None = None,
        phone: str | None = None,
        voice_path: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ParticipantChangedContent | None:
        """holdparticipant: hold one party (hearing ``voice_path``, if given)."""
        call = hold(self.agent_id, agent=agent, phone=phone, voice_path=voice_path, on_hold=True)
        return self._act(call, str(agent or phone), 5, wait, wait_timeout)

    def unhold(
        self,
        *,
        agent: str | None = None,
        phone: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ParticipantChangedContent | None:
        """unholdparticipant: take a held party back into the conference."""
        call = hold(self.agent_id, agent=agent, phone=phone, voice_path=None, on_hold=False)
        return self._act(call, str(agent or phone), 6, wait, wait_timeout)

    def set_mode(
        self,
        attribute: int,
        *,
        agent: str | None = None,
        phone: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ParticipantChangedContent | None:
        """changeparticipantmode: 1 listen only (muted), 2 speak only, 3 listen and speak."""
        call = set_mode(self.agent_id, attribute, agent=agent, phone=phone)
        return self._act(call, str(agent or phone), _mode_change(attribute), wait, wait_timeout)

    def mute(
        self, *, agent: str | None = None, phone: str | None = None, wait: bool = True
    ) -> ParticipantChangedContent | None:
        """The party may listen only."""
        return self.set_mode(LISTEN_ONLY, agent=agent, phone=phone, wait=wait)

    def unmute(
        self, *, agent: str | None = None, phone: str | None = None, wait: bool = True
    ) -> ParticipantChangedContent | None:
        """The party may listen and speak."""
        return self.set_mode(LISTEN_AND_SPEAK, agent=agent, phone=phone, wait=wait)

    def prolong(self, minutes: int) -> None:
        """prolongtime: extend the conference (1440 minutes in all at most)."""
        self._family()._run(prolong(self.agent_id, minutes))

    def resize(self, by: int) -> None:
        """modifyconfresource: room for ``by`` more parties (fewer when negative)."""
        self._family()._run(resize(self.agent_id, by))

    def release(self) -> None:
        """releaseagentconf: end the conference for every party."""
        self._family()._run(simple(RELEASE, self.agent_id))


@dataclass(frozen=True, slots=True, eq=False)
class AsyncChairedConference(ConferenceStarted):
    """A conference this agent chairs, for an ``AsyncAgent``; see :class:`ChairedConference`."""

    agent: AsyncFamily | None = field(default=None, compare=False, repr=False)

    def __eq__(self, other: object) -> bool:  # equal to the ConferenceStarted it extends
        return _same_conference(self, other)

    __hash__ = ConferenceStarted.__hash__

    def _family(self) -> AsyncFamily:
        assert self.agent is not None, "an AsyncChairedConference is made by request_conference"
        return self.agent

    async def _act(
        self, call: PreparedCall[None], address: str, change: int, wait: bool, timeout: float
    ) -> ParticipantChangedContent | None:
        _check_wait(self.agent_id, wait, timeout)
        family = self._family()
        if not wait:
            await family._run(call)
            return None
        outcome = _changed(self.conf_id, address, change)
        return await family._run_and_await(
            call, outcome, timeout=timeout, awaiting="participant change"
        )

    async def invite(self, *, agents: Iterable[str] = (), phones: Iterable[str] = ()) -> None:
        await self._family()._run(invite(self.agent_id, agents, phones))

    async def hold(
        self,
        *,
        agent: str | None = None,
        phone: str | None = None,
        voice_path: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ParticipantChangedContent | None:
        call = hold(self.agent_id, agent=agent, phone=phone, voice_path=voice_path, on_hold=True)
        return await self._act(call, str(agent or phone), 5, wait, wait_timeout)

    async def unhold(
        self,
        *,
        agent: str | None = None,
        phone: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ParticipantChangedContent | None:
        call = hold(self.agent_id, agent=agent, phone=phone, voice_path=None, on_hold=False)
        return await self._act(call, str(agent or phone), 6, wait, wait_timeout)

    async def set_mode(
        self,
        attribute: int,
        *,
        agent: str | None = None,
        phone: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ParticipantChangedContent | None:
        call = set_mode(self.agent_id, attribute, agent=agent, phone=phone)
        change = _mode_change(attribute)
        return await self._act(call, str(agent or phone), change, wait, wait_timeout)

    async def mute(
        self, *, agent: str | None = None, phone: str | None = None, wait: bool = True
    ) -> ParticipantChangedContent | None:
        return await self.set_mode(LISTEN_ONLY, agent=agent, phone=phone, wait=wait)

    async def unmute(
        self, *, agent: str | None = None, phone: str | None = None, wait: bool = True
    ) -> ParticipantChangedContent | None:
        return await self.set_mode(LISTEN_AND_SPEAK, agent=agent, phone=phone, wait=wait)

    async def prolong(self, minutes: int) -> None:
        await self._family()._run(prolong(self.agent_id, minutes))

    async def resize(self, by: int) -> None:
        await self._family()._run(resize(self.agent_id, by))

    async def release(self) -> None:
        await self._family()._run(simple(RELEASE, self.agent_id))
