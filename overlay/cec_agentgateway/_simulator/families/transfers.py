"""Calls with more than two parties: internal calls, consultations, three-party calls,
transfers (blind or after success), connecting the held party and dropping a party; and the
calls of skill queues (issue 22): callinnerskill rings the queue's agent idle longest (or
fails with AgentEvent_Inside_Call_Fail when none is free), requestcall takes a call waiting
in a queue (the shared :class:`~.._queueing.QueueStore`) and offers it to the agent.

Driven by the shared :class:`~.._callflow.CallFlow`. Scenario: :meth:`set_transfer_outcome`
(how the next transfers end) and :meth:`complete_transfer` for a pending one.
"""

from __future__ import annotations

from ...generated.models import CallType, EventType, ReasonCode, Retcode
from .._callflow import CallFlow, TransferOutcome, connected_call, held_call, talking_content
from .._core import GatewayCore
from .._family import (
    Family,
    UsageError,
    command,
    json_object,
    ok,
    operation,
    validated,
)
from .._model import SimulatorError
from .._queueing import QueueStore
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["TransferFamily"]

_AGENT = 2
_EXTERNAL_NUMBER = 5
_RELEASE_MODES = {(False, 0), (True, 1)}  # (external, mode) of a blind transfer
_OUTCOMES: tuple[TransferOutcome, ...] = ("success", "failure", "pending")


class TransferFamily(Family):
    """voicecall callinner, innerhelp, confjoin, transfer, canceltransfer, connecthold,
    dropcall and disconnect."""

    name = "transfers"

    def __init__(self, core: GatewayCore, flow: CallFlow, store: QueueStore) -> None:
        self.flow = flow
        self.store = store
        super().__init__(core)

    # ------------------------------------------------------------------ scenario

    def set_transfer_outcome(self, outcome: TransferOutcome = "success") -> None:
        """How the next transfers end: "success" (handed over at once), "failure"
        (AgentEvent_TransOutResult with result 1, the call stays) or "pending" (until
        :meth:`complete_transfer`, or canceltransfer)."""
        if outcome not in _OUTCOMES:
            raise ValueError("outcome must be 'success', 'failure' or 'pending'")
        with self.core.lock:
            self.flow.script.transfer_outcome = outcome

    def complete_transfer(self, agent_id: str, *, succeeded: bool = True) -> str:
        """End the agent's pending transfer: the target answered (or not)."""
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            call = agent.call
            if call is None or call.transfer_target is None:
                raise SimulatorError(f"agent {agent_id} has no transfer in progress")
            if succeeded:
                self.flow.hand_over(agent, call, blind=False)
            else:
                call.transfer_target = None
                self.flow.transfer_result(agent, 1)
            self.core.refresh_state(agent)
            return call.call_id

    @command("transfers", "transfers success|failure|pending: how the next transfers end")
    def _command_transfers(self, words: list[str]) -> str:
        outcome = next((o for o in _OUTCOMES if words == [o]), None)
        if outcome is None:
            raise UsageError("usage: transfers success|failure|pending")
        self.set_transfer_outcome(outcome)
        return "ok"

    @command("complete", "complete AGENT [failed]: the pending transfer ends")
    def _command_complete(self, words: list[str]) -> str:
        if len(words) not in (1, 2):
            raise UsageError("usage: complete AGENT [failed]")
        failed = words[1:] == ["failed"]
        return "ok " + self.complete_transfer(words[0], succeeded=not failed)

    @operation("callInner")
    def call_inner(self, context: Context) -> SimResponse:
        """PUT callinner: an internal call to a colleague (Inside_Call_Fail if absent)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("CallInnerRequest", raw, context, Retcode.INVALID_PARAMETER)
        if agent.call is not None or agent.conference is not None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
        called = body["called"]
        caller = body.get("caller") or agent.agent_id
        app_data = body.get("callappdata", "")
        skill_id = body.get("skillid", 0)
        call = self.flow.dial(agent, called, caller, app_data, skill_id, CallType.INTERNAL)
        self.core.refresh_state(agent)
        return json_response(ok(call.call_id, "success"))

    @operation("callInnerSkill")
    def call_inner_skill(self, context: Context) -> SimResponse:
        """PUT callinnerskill: an internal call to the queue's joined agent idle longest."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("CallInnerSkillRequest", raw, context, Retcode.INVALID_PARAMETER)
        if agent.call is not None or agent.conference is not None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
        skill = self.store.skills.get(body["skillId"])
        free = (
            [] if skill is None or skill.vdn_id != agent.vdn_id else self.store.free_members(skill)
        )
        free = [colleague for colleague in free if colleague is not agent]
        called = free[0].agent_id if free else ""  # nobody free: AgentEvent_Inside_Call_Fail
        skill_id = body["skillId"]
        call = self.flow.dial(agent, called, agent.agent_id, "", skill_id, CallType.INTERNAL)
        self.core.refresh_state(agent)
        return json_response(ok(call.call_id, "success"))

    @operation("requestAppointedCall")
    def request_appointed_call(self, context: Context) -> SimResponse:
        """requestcall/{callid}/0?skillId=: the queued call is offered to this agent."""
        agent, _ = self.session(context)
        call_id, kind = context.params.get("callid", ""), context.params.get("skilltype", "")
        text = context.request.query.get("skillId", "")
        if kind != "0" or not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "skilltype must be 0 and skillId a number")
        validated(
            "requestAppointedCall.callid", {"callid": call_id}, context, Retcode.INVALID_PARAMETER
        )
        if agent.busy_with_call:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent has or holds a call")
        skill = self.store.skills.get(int(text))
        call = (
            None
            if skill is None or skill.vdn_id != agent.vdn_id
            else self.store.take(skill, call_id)
        )
        if call is None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no call {call_id!r} waits there")
        self.store.offer(agent, call)
        return json_response(ok({}, "success"))

    @operation("innerHelp")
    def inner_help(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("InnerHelpRequest", raw, context, Retcode.INVALID_PARAMETER)
        customer = agent.call
        if customer is None or customer.ringing or customer.dialing:
            raise Refusal(Retcode.INTERNAL_CONSULT_NO_CALL, "the agent has no connected call")
        three_party = body.get("mode") == 2
        call = self.flow.consult(
            agent, body["dstaddress"], three_party, body.get("callappdata", "")
        )
        self.core.refresh_state(agent)
        return json_response(ok(call.call_id, "success"))

    @operation("confJoin")
    def conf_join(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("ConfJoinRequest", raw, context, Retcode.INVALID_PARAMETER)
        current = agent.call
        if current is None or current.dialing or current.ringing:
            raise Refusal(Retcode.THREE_PARTY_NO_CALL, "the agent has no connected call")
        held = held_call(agent, body["callid"])
        if held is None:
            raise Refusal(Retcode.THREE_PARTY_NO_HELD_CALL, f"no held call {body['callid']!r}")
        self.flow.join(agent, current, held)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("transferCall")
    def transfer_call(self, context: Context) -> SimResponse:
        """POST transfer: handed over, failed or pending as the script says."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("TransferRequest", raw, context, Retcode.INVALID_PARAMETER)
        external = body["devicetype"] == _EXTERNAL_NUMBER
        allowed = {1, 2, 3, 4} if external else {0, 1, 2, 3, 4}
        if body["mode"] not in allowed:
            raise Refusal(Retcode.INVALID_PARAMETER, f"mode {body['mode']} is not a transfer mode")
        call = agent.call
        if call is None or call.ringing or call.dialing:
            raise Refusal(Retcode.TRANSFER_NO_CALL, "the agent has no connected call")
        blind = (external, body["mode"]) in _RELEASE_MODES
        if blind and external and call.outbound:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "blind transfer of an outbound call")
        outcome = self.flow.script.transfer_outcome
        if outcome == "failure" or not self.flow.reachable(body["address"]):
            self.flow.transfer_result(agent, 1)
        elif outcome == "pending":
            call.transfer_target = body["address"]
        else:
            target = body["address"] if body["devicetype"] == _AGENT else None
            self.flow.hand_over(agent, call, blind, target)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("cancelTransfer")
    def cancel_transfer(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = agent.call
        if call is None or call.transfer_target is None:
            raise Refusal(Retcode.TRANSFER_NO_CALL, "no transfer is in progress")
        call.transfer_target = None
        self.core.queue(agent, EventType.AGENT_EVENT_TALKING, talking_content(call))
        return json_response(ok({}, "success"))

    @operation("connectHold")
    def connect_hold(self, context: Context) -> SimResponse:
        """connecthold/{callid}: the held party and the current one talk on; the agent leaves."""
        agent, _ = self.session(context)
        call_id = _path_call_id(context)
        current = connected_call(agent, Retcode.HOLD_NO_CALL, Retcode.HOLD_BAD_STATE)
        held = held_call(agent, call_id)
        if held is None:
            raise Refusal(Retcode.HOLD_BAD_STATE, f"no held call {call_id!r}")
        self.flow.end(agent, current, ReasonCode.TRANSFERRED_OUT)
        self.flow.end(agent, held, ReasonCode.TRANSFERRED_OUT)
        self.flow.phone_released(agent, by_agent=True)
        self.core.engagement_ended(agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("dropCall")
    def drop_call(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call_id = _path_call_id(context)
        current = agent.call if agent.call is not None and agent.call.call_id == call_id else None
        call = current or held_call(agent, call_id)
        if call is None:
            raise Refusal(Retcode.NO_CALL_TO_DROP, "no call can be droped")  # sic, the gateway's
        self.flow.end(agent, call, ReasonCode.AGENT_RELEASED)
        if agent.call is None and not agent.held_calls:
            self.core.engagement_ended(agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))

    @operation("disconnectNumber")
    def disconnect_number(self, context: Context) -> SimResponse:
        """disconnect/{number}: a partner of a three-party call, the customer, or the agent."""
        agent, _ = self.session(context)
        number = context.params.get("number", "")
        params = {"number": number}
        validated("disconnectNumber.number", params, context, Retcode.INVALID_PARAMETER)
        call = agent.call
        if call is None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent has no current call")
        other = call.called if call.outbound else call.caller
        if number in call.partners:
            call.partners.remove(number)
            if call.partners == [other]:
                call.partners = []
            content = {"callid": call.call_id, "number": number}
            self.core.queue(agent, EventType.AGENT_EVENT_CUSTOMER_RELEASE, content)
        elif number == other:
            self.flow.customer_hangs_up(agent, call)
        elif number in (agent.phone, agent.agent_id):
            self.flow.end(agent, call, ReasonCode.AGENT_RELEASED)
        else:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"{number} is not a party of the call")
        if agent.call is None and not agent.held_calls:
            self.core.engagement_ended(agent)
        self.core.refresh_state(agent)
        return json_response(ok({}, "success"))


def _path_call_id(context: Context) -> str:
    call_id = context.params.get("callid", "")
    validated("connectHold.callid", {"callid": call_id}, context, Retcode.INVALID_PARAMETER)
    return call_id
