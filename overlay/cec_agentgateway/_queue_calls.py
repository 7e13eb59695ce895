"""Voice calls that involve skill queues, and the legacy forms of two voicecall operations.

* ``agent.call_skill(skill_id)`` (callinnerskill): an internal call to whichever agent of a
  skill queue is free, typically to consult a colleague of that skill; it returns a
  :class:`~cec_agentgateway.Call` like ``call_inner``.
* ``agent.pick_queued_call(call_id, skill_id)`` (requestcall): take a call that waits in a
  skill queue (see ``agent.waiting_calls``); it is then offered to this agent.
* ``release(legacy_path=True)`` and ``send_dtmf(digits, legacy_path=True)`` send the
  deprecated ``DELETE /voicecall/{agentid}`` and ``POST .../seconddial/{number}`` of older
  gateways (the builders are here; the methods are those of ``_calls.py``).

None of these is ever retried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._call_requests import DEFAULT_CONNECT_TIMEOUT, _call_id_result
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body, check_parameter
from .generated import models

if TYPE_CHECKING:
    from ._calls import AsyncCall, Call

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.voicecall import (
        call_inner_skill,
        release_call_legacy,
        request_appointed_call,
        second_dial_legacy,
    )
else:
    call_inner_skill = generated_api("voicecall.call_inner_skill")
    release_call_legacy = generated_api("voicecall.release_call_legacy")
    request_appointed_call = generated_api("voicecall.request_appointed_call")
    second_dial_legacy = generated_api("voicecall.second_dial_legacy")

__all__ = ["AsyncQueueCallsMixin", "QueueCallsMixin"]

CALL_INNER_SKILL = Operation.from_spec("callInnerSkill", "CallIdResponse")
REQUEST_APPOINTED_CALL = Operation.from_spec("requestAppointedCall", "DoneResponse")
RELEASE_CALL_LEGACY = Operation.from_spec("releaseCallLegacy", "DoneResponse")
SECOND_DIAL_LEGACY = Operation.from_spec("secondDialLegacy", "DoneResponse")
PUBLIC_QUEUE = 0  # skilltype: the only kind requestcall supports


def call_skill_call(agent_id: str, skill_id: int) -> PreparedCall[str]:
    """callinnerskill: an internal call to a skill queue; the result is the new call's ID."""
    check_body(
        "CallInnerSkillRequest",
        {"skillId": skill_id},
        operation=CALL_INNER_SKILL.log_method,
        agent_id=agent_id,
        keywords={"skillId": "skill_id"},
    )
    body = models.CallInnerSkillRequest(skill_id=skill_id)
    request = call_inner_skill._get_kwargs(agent_id, body=body)
    finish = _call_id_result(CALL_INNER_SKILL, agent_id)
    return PreparedCall(CALL_INNER_SKILL, agent_id, request, finish)


def pick_queued_call_call(agent_id: str, call_id: str, skill_id: int) -> PreparedCall[None]:
    """requestcall/{callid}/0?skillId=: the queued call ``call_id`` of the public queue."""
    operation = REQUEST_APPOINTED_CALL.log_method
    check_parameter(
        "requestAppointedCall.callid",
        call_id,
        operation=operation,
        agent_id=agent_id,
        keyword="call_id",
    )
    check_parameter(
        "requestAppointedCall.skillId",
        skill_id,
        operation=operation,
        agent_id=agent_id,
        keyword="skill_id",
    )
    request = request_appointed_call._get_kwargs(agent_id, call_id, PUBLIC_QUEUE, skill_id=skill_id)
    return PreparedCall(REQUEST_APPOINTED_CALL, agent_id, request, no_result)


def release_legacy_call(agent_id: str) -> PreparedCall[None]:
    """The deprecated ``DELETE /voicecall/{agentid}`` (releaseEx)."""
    request = release_call_legacy._get_kwargs(agent_id)
    return PreparedCall(RELEASE_CALL_LEGACY, agent_id, request, no_result)


def second_dial_legacy_call(agent_id: str, digits: str) -> PreparedCall[None]:
    """The deprecated ``POST .../seconddial/{number}``; ``#`` goes percent-encoded."""
    check_parameter(
        "secondDialLegacy.number",
        digits,
        operation=SECOND_DIAL_LEGACY.log_method,
        agent_id=agent_id,
        keyword="digits",
    )
    request = second_dial_legacy._get_kwargs(agent_id, digits)
    return PreparedCall(SECOND_DIAL_LEGACY, agent_id, request, no_result)


class QueueCallsMixin(SyncFamily):
    """callinnerskill and requestcall for :class:`~cec_agentgateway.Agent`."""

    def _place(
        self, call: PreparedCall[str], wait: bool, wait_timeout: float, listen: bool = True
    ) -> Call:
        raise NotImplementedError  # provided by CallControl

    def call_skill(
        self,
        skill_id: int,
        *,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> Call:
        """callinnerskill: call an idle agent of the skill queue ``skill_id``.

        Returns the call handle like ``call_inner``; ``connected()`` raises
        ``CallFailedError`` on AgentEvent_Inside_Call_Fail (nobody of the queue is free).
        Never retried.
        """
        return self._place(call_skill_call(self._agent_id, skill_id), wait, wait_timeout, listen)

    def pick_queued_call(self, call_id: str, skill_id: int) -> None:
        """requestcall: take the call ``call_id`` waiting in the skill queue ``skill_id``.

        The call is then offered to this agent (AgentEvent_Ringing, or answered at once with
        auto-answer). Never retried.
        """
        self._run(pick_queued_call_call(self._agent_id, call_id, skill_id))


class AsyncQueueCallsMixin(AsyncFamily):
    """The async twin of :class:`QueueCallsMixin`."""

    async def _place(
        self, call: PreparedCall[str], wait: bool, wait_timeout: float, listen: bool = True
    ) -> AsyncCall:
        raise NotImplementedError  # provided by AsyncCallControl

    async def call_skill(
        self,
        skill_id: int,
        *,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> AsyncCall:
        call = call_skill_call(self._agent_id, skill_id)
        return await self._place(call, wait, wait_timeout, listen)

    async def pick_queued_call(self, call_id: str, skill_id: int) -> None:
        await self._run(pick_queued_call_call(self._agent_id, call_id, skill_id))
