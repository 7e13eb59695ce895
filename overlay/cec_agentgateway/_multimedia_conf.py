"""Multimedia conferences (``multimediaconf``): screen and file sharing between agents.

A conference is attached to one of the agent's calls or chats and invites other agents of
the same VDN::

    agent.request_multimedia_conference(call_id, ["155"], vdn_id=1)   # or chat.invite_to_conference
    event = ...  # AgentEvent_JoinConf: event.content.confid, event.content.confinfo
    agent.report_multimedia_conference_join(event.content.confid)     # the client joined
    agent.stop_multimedia_conference(conf_id)

The requester and each invitee get AgentEvent_JoinConf (typed ``JoinConferenceContent``);
joining itself happens in a conference client outside the gateway, which is why the result
is reported back. None of these operations is retried once sent. No vendor page was found;
the operations follow Huawei's C# and Java demos (see the spec's ``x-doc-discrepancy`` of
inviteconf: the client sends the conference as ``confid``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._errors import RequestValidationError
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body
from .generated import models

if TYPE_CHECKING:
    from .generated.api.multimediaconf import (
        invite_to_multimedia_conference,
        report_multimedia_conference_join,
        request_multimedia_conference,
        stop_multimedia_conference,
    )
else:
    invite_to_multimedia_conference = generated_api(
        "multimediaconf.invite_to_multimedia_conference"
    )
    report_multimedia_conference_join = generated_api(
        "multimediaconf.report_multimedia_conference_join"
    )
    request_multimedia_conference = generated_api("multimediaconf.request_multimedia_conference")
    stop_multimedia_conference = generated_api("multimediaconf.stop_multimedia_conference")

__all__ = [
    "AGENT_ADDRESS_TYPE",
    "AsyncMultimediaConferenceMixin",
    "MultimediaConferenceMixin",
    "address_info",
    "invite_call",
    "join_result_call",
    "request_call",
    "stop_call",
]

REQUEST = Operation.from_spec("requestMultimediaConference", "DoneResponse")
INVITE = Operation.from_spec("inviteToMultimediaConference", "DoneResponse")
JOIN_RESULT = Operation.from_spec("reportMultimediaConferenceJoin", "DoneResponse")
STOP = Operation.from_spec("stopMultimediaConference", "DoneResponse")

#: The address type of an agent in ``addressinfo`` (the demos' ``9,vdnNo,agentId;``).
AGENT_ADDRESS_TYPE = 9

_KEYWORDS = {
    "callid": "call_id",
    "confid": "conf_id",
    "addressinfo": "agents",
    "confresult": "result",
    "cause": "cause",
}


def _fail(operation: Operation, agent_id: str, field: str, argument: str, message: str) -> Any:
    return RequestValidationError(
        field, message, operation=operation.log_method, agent_id=agent_id, argument=argument
    )


def address_info(operation: Operation, agent_id: str, agents: Sequence[str], vdn_id: int) -> str:
    """``9,<vdn>,<agent>;`` for each agent (RequestValidationError for bad input)."""
    if isinstance(agents, str) or not isinstance(agents, Sequence) or not agents:
        raise _fail(operation, agent_id, "addressinfo", "agents", "must list at least one agent")
    if isinstance(vdn_id, bool) or not isinstance(vdn_id, int) or not 0 <= vdn_id <= 999999:
        raise _fail(
            operation, agent_id, "addressinfo", "vdn_id", f"must be a VDN ID, got {vdn_id!r}"
        )
    for agent in agents:
        if not isinstance(agent, str) or not agent.isascii() or not agent.isdigit():
            raise _fail(operation, agent_id, "addressinfo", "agents", f"not an agent ID: {agent!r}")
    return "".join(f"{AGENT_ADDRESS_TYPE},{vdn_id},{agent};" for agent in agents)


def _conf_id(operation: Operation, agent_id: str, conf_id: int | str) -> int:
    """The conference ID as a number (AgentEvent_JoinConf may give it as text)."""
    if isinstance(conf_id, str) and conf_id.isascii() and conf_id.isdigit():
        return int(conf_id)
    if isinstance(conf_id, bool) or not isinstance(conf_id, int):
        raise _fail(
            operation, agent_id, "confid", "conf_id", f"must be a conference ID, got {conf_id!r}"
        )
    return conf_id


def _checked(schema: str, operation: Operation, agent_id: str, wire: dict[str, Any]) -> None:
    check_body(schema, wire, operation=operation.log_method, agent_id=agent_id, keywords=_KEYWORDS)


def request_call(
    agent_id: str, call_id: str, agents: Sequence[str], vdn_id: int
) -> PreparedCall[None]:
    """requestconf: a conference on ``call_id`` with ``agents`` of VDN ``vdn_id``."""
    wire = {"callid": call_id, "addressinfo": address_info(REQUEST, agent_id, agents, vdn_id)}
    _checked("MultimediaConferenceRequest", REQUEST, agent_id, wire)
    body = models.MultimediaConferenceRequest.from_dict(wire)
    request = request_multimedia_conference._get_kwargs(agent_id, body=body)
    return PreparedCall(REQUEST, agent_id, request, no_result)


def invite_call(
    agent_id: str, conf_id: int | str, agents: Sequence[str], vdn_id: int
) -> PreparedCall[None]:
    """inviteconf: ``agents`` into the conference ``conf_id`` (sent as ``confid``)."""
    wire: dict[str, Any] = {
        "confid": _conf_id(INVITE, agent_id, conf_id),
        "addressinfo": address_info(INVITE, agent_id, agents, vdn_id),
    }
    _checked("MultimediaInviteRequest", INVITE, agent_id, wire)
    body = models.MultimediaInviteRequest.from_dict(wire)
    request = invite_to_multimedia_conference._get_kwargs(agent_id, body=body)
    return PreparedCall(INVITE, agent_id, request, no_result)


def join_result_call(
    agent_id: str, conf_id: int | str, result: int, cause: int | None
) -> PreparedCall[None]:
    """joinconfresult: ``result`` 0 when the conference client joined, else its code."""
    wire: dict[str, Any] = {"confid": _conf_id(JOIN_RESULT, agent_id, conf_id)}
    wire |= {"confresult": result, "cause": cause}
    for key, value in (("confresult", result), ("cause", cause)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise _fail(
                JOIN_RESULT, agent_id, key, _KEYWORDS[key], f"must be a whole number, got {value!r}"
            )
    wire = {k: v for k, v in wire.items() if v is not None}
    _checked("MultimediaJoinResultRequest", JOIN_RESULT, agent_id, wire)
    body = models.MultimediaJoinResultRequest.from_dict(wire)
    request = report_multimedia_conference_join._get_kwargs(agent_id, body=body)
    return PreparedCall(JOIN_RESULT, agent_id, request, no_result)


def stop_call(agent_id: str, conf_id: int | str) -> PreparedCall[None]:
    """stopconf: a DELETE with the body ``{"confid": ...}``."""
    wire = {"confid": _conf_id(STOP, agent_id, conf_id)}
    _checked("MultimediaStopRequest", STOP, agent_id, wire)
    body = models.MultimediaStopRequest.from_dict(wire)
    request = stop_multimedia_conference._get_kwargs(agent_id, body=body)
    return PreparedCall(STOP, agent_id, request, no_result)


class MultimediaConferenceMixin(SyncFamily):
    """Multimedia conferences (sync); see the module docstring."""

    def request_multimedia_conference(
        self, call_id: str, agents: Sequence[str], vdn_id: int
    ) -> None:
        """requestconf: a conference on the call or chat ``call_id`` with ``agents``.

        ``agents`` are agent IDs of the VDN ``vdn_id``. The conference ID arrives with
        AgentEvent_JoinConf, to this agent and to each one invited.
        """
        self._run(request_call(self._agent_id, call_id, agents, vdn_id))

    def invite_to_multimedia_conference(
        self, conf_id: int | str, agents: Sequence[str], vdn_id: int
    ) -> None:
        """inviteconf: invite ``agents`` into the conference ``conf_id`` (AgentEvent_JoinConf)."""
        self._run(invite_call(self._agent_id, conf_id, agents, vdn_id))

    def report_multimedia_conference_join(
        self, conf_id: int | str, result: int = 0, *, cause: int | None = None
    ) -> None:
        """joinconfresult: tell the gateway the conference client joined (``result`` 0) or
        failed (its result code, and ``cause``)."""
        self._run(join_result_call(self._agent_id, conf_id, result, cause))

    def stop_multimedia_conference(self, conf_id: int | str) -> None:
        """stopconf: end the conference this agent requested."""
        self._run(stop_call(self._agent_id, conf_id))


class AsyncMultimediaConferenceMixin(AsyncFamily):
    """Multimedia conferences (async); see :class:`MultimediaConferenceMixin`."""

    async def request_multimedia_conference(
        self, call_id: str, agents: Sequence[str], vdn_id: int
    ) -> None:
        await self._run(request_call(self._agent_id, call_id, agents, vdn_id))

    async def invite_to_multimedia_conference(
        self, conf_id: int | str, agents: Sequence[str], vdn_id: int
    ) -> None:
        await self._run(invite_call(self._agent_id, conf_id, agents, vdn_id))

    async def report_multimedia_conference_join(
        self, conf_id: int | str, result: int = 0, *, cause: int | None = None
    ) -> None:
        await self._run(join_result_call(self._agent_id, conf_id, result, cause))

    async def stop_multimedia_conference(self, conf_id: int | str) -> None:
        await self._run(stop_call(self._agent_id, conf_id))
