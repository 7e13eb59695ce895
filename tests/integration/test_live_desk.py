"""AgentDesk and AsyncAgentDesk against the simulator: a call through hold, consultation and
a three-party call, a missed call, busy and rest asked for during a call, a chat, a restart
mid-call (a new client adopting the Guid), a lost event, a reconnect, callbacks and iteration.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from typing import Any

import pytest

from cec_agentgateway import (
    AgentDesk,
    AgentGateway,
    AsyncAgentDesk,
    AsyncAgentGateway,
    CallChange,
    CallKind,
    CallState,
    ChatChange,
    ChatKind,
    ChatState,
    DeskChange,
    DeskChanges,
    EventType,
    GatewayAgentState,
    ReleasedBy,
    Resynced,
    StateChange,
)
from cec_agentgateway.simulator import Fault, GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST: dict[str, Any] = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}
AGENT, COLLEAGUE = "153", "155"


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent(AGENT, password="pw", phone="40038")
    sim.add_agent(COLLEAGUE, password="pw", phone="40039")
    return sim


def until(changes: DeskChanges, done: Callable[[], bool], timeout: float = 5.0) -> list[DeskChange]:
    """Read changes until ``done()`` holds; the changes read."""
    seen: list[DeskChange] = []
    while not done():
        seen.append(changes.get(timeout))
    return seen


async def auntil(changes: Any, done: Callable[[], bool], timeout: float = 5.0) -> list[DeskChange]:
    seen: list[DeskChange] = []
    while not done():
        seen.append(await changes.get(timeout))
    return seen


def kinds_of(calls: list[CallChange], call_id: str) -> list[CallKind]:
    return [c.kind for c in calls if c.call.call_id == call_id]


# ---------------------------------------------------------------------- sync


def test_a_call_through_hold_consultation_and_three_party_call() -> None:
    sim = simulator()
    calls: list[CallChange] = []
    states: list[StateChange] = []
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038", auto_answer=False) as agent,
        gw.sign_in(COLLEAGUE, password="pw", phone="40039"),
        AgentDesk(agent, on_call=calls.append, on_state_change=states.append) as desk,
        desk.changes() as changes,
    ):
        assert desk.agent_state is GatewayAgentState.IDLE
        call_id = sim.offer_call(AGENT, caller="70004", called="60015")

        def state_of(wanted: CallState) -> Callable[[], bool]:
            return lambda: (c := desk.call(call_id)) is not None and c.state is wanted

        until(changes, state_of(CallState.RINGING))
        assert desk.current_call is not None and desk.current_call.call_id == call_id
        assert (desk.current_call.caller, desk.current_call.called) == ("70004", "60015")
        assert desk.agent_state is GatewayAgentState.TALKING
        sim.answer_call(AGENT)
        until(changes, state_of(CallState.TALKING))
        agent.hold()
        until(changes, state_of(CallState.HELD))
        assert desk.current_call is None
        agent.retrieve(call_id)
        until(changes, state_of(CallState.TALKING))

        consultation = agent.consult(COLLEAGUE)
        until(
            changes,
            lambda: (
                (c := desk.call(consultation.call_id)) is not None
                and c.state is CallState.CONSULTING
            ),
        )
        assert desk.call(call_id).state is CallState.HELD  # type: ignore[union-attr]
        assert desk.current_call.call_id == consultation.call_id  # type: ignore[union-attr]
        agent.join_three_party(call_id)
        until(changes, state_of(CallState.CONFERENCE))
        joined = desk.call(consultation.call_id)
        assert joined is not None and joined.ended and not joined.missed
        assert desk.current_call.call_id == call_id  # type: ignore[union-attr]

        sim.customer_hang_up(AGENT)
        until(changes, state_of(CallState.ENDED))
        ended = desk.call(call_id)
        assert ended is not None
        assert ended.released_by is ReleasedBy.CUSTOMER and not ended.missed
        assert ended.answered_at is not None and ended.ended_at is not None
        until(changes, lambda: desk.agent_state is GatewayAgentState.IDLE)
        assert desk.calls == () and desk.current_call is None

    assert kinds_of(calls, call_id) == [
        CallKind.RINGING,  # AgentEvent_Incoming_CallInfo (AgentEvent_Ringing changes nothing)
        CallKind.CONNECTED,
        CallKind.HELD,
        CallKind.CONNECTED,  # retrieved
        CallKind.HELD,  # the consultation holds the customer
        CallKind.CONNECTED,  # the three-party call
        CallKind.ENDED,
    ]
    assert [s.state.state for s in states] == [
        GatewayAgentState.IDLE,  # the start's rebuild
        GatewayAgentState.TALKING,
        GatewayAgentState.IDLE,
    ]


def test_a_call_that_rang_and_ended_unanswered_is_missed() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038", auto_answer=False) as agent,
        AgentDesk(agent) as desk,
        desk.changes() as changes,
    ):
        call_id = sim.offer_call(AGENT)
        until(changes, lambda: desk.current_call is not None)
        sim.customer_hang_up(AGENT)  # gives up while it rings
        until(changes, lambda: (c := desk.call(call_id)) is not None and c.ended)
        missed = desk.call(call_id)
        assert missed is not None and missed.missed and missed.answered_at is None
        assert missed.released_by is ReleasedBy.CUSTOMER
        until(changes, lambda: desk.agent_state is GatewayAgentState.IDLE)
        answered = sim.offer_call(AGENT)
        until(changes, lambda: desk.call(answered) is not None)
        sim.answer_call(AGENT)
        until(changes, lambda: desk.call(answered).answered)  # type: ignore[union-attr]
        agent.release()
        until(changes, lambda: desk.call(answered).ended)  # type: ignore[union-attr]
        released = desk.call(answered)
        assert released is not None and not released.missed
        assert released.released_by is ReleasedBy.AGENT


def test_busy_and_rest_asked_for_during_a_call_are_pending() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
        AgentDesk(agent) as desk,
        desk.changes() as changes,
    ):
        sim.offer_call(AGENT)
        until(changes, lambda: desk.current_call is not None and desk.current_call.answered)
        agent.busy(201)  # straight to the agent: the gateway reports it (preBusy)
        assert desk.pending is None
        desk.resync()
        assert desk.pending is GatewayAgentState.BUSY
        assert desk.agent_state is GatewayAgentState.TALKING
        desk.rest(60, 2)  # through the desk: pending at once
        assert desk.pending is GatewayAgentState.REST
        sim.end_call(AGENT)
        until(changes, lambda: desk.agent_state is GatewayAgentState.REST)
        assert desk.pending is None  # the later request won, as on the gateway
        assert sim.agent_state(AGENT) is GatewayAgentState.REST
        agent.cancel_rest()
        until(changes, lambda: desk.agent_state is GatewayAgentState.IDLE)
        agent.busy(203, wait=True)
        until(changes, lambda: desk.agent_state is GatewayAgentState.BUSY)
        assert desk.state.busy_reason == 203 and desk.pending is None


def test_a_chat_rings_connects_and_ends() -> None:
    sim = simulator()
    chats: list[ChatChange] = []
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
        AgentDesk(agent, on_chat=chats.append) as desk,
        desk.changes() as changes,
    ):
        chat_id = sim.chats.offer(AGENT, "alice")
        until(changes, lambda: bool(desk.chats))
        assert desk.chats[0].state is ChatState.RINGING and desk.chats[0].customer == "alice"
        agent.answer_chat(chat_id)
        until(changes, lambda: desk.chats[0].state is ChatState.CONNECTED)
        sim.chats.customer_leaves(chat_id)
        until(changes, lambda: desk.chats[0].state is ChatState.ENDED)
        assert desk.calls == ()  # a chat is no call
    assert [c.kind for c in chats] == [ChatKind.RINGING, ChatKind.CONNECTED, ChatKind.ENDED]


def test_a_restarted_desk_adopting_the_guid_shows_the_calls() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        first = gw.sign_in(AGENT, password="pw", phone="40038")
        held_id = sim.offer_call(AGENT, caller="70004")
        first.hold()
        outbound = first.call_out("70005")
        guid = first.guid
        first.detach()  # this process "dies": the session lives on
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        agent = gw.agent(AGENT, guid=guid)
        with AgentDesk(agent) as desk:
            assert desk.agent_state is GatewayAgentState.TALKING
            held = desk.call(held_id)
            assert held is not None and held.state is CallState.HELD and held.caller == "70004"
            current = desk.current_call
            assert current is not None and current.call_id == outbound.call_id
            assert current.state is CallState.TALKING and current.called == "70005"
            with desk.changes() as changes:
                sim.customer_hang_up(AGENT)  # the outbound call's far end hangs up
                until(changes, lambda: desk.current_call is None)
                agent.retrieve(held_id)
                until(changes, lambda: desk.current_call is not None)
                assert desk.current_call.call_id == held_id  # type: ignore[union-attr]
        agent.release()
        agent.sign_out()


def test_a_lost_event_rebuilds_the_model_instead_of_a_wrong_one() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        agent = gw.sign_in(AGENT, password="pw", phone="40038")  # its events polled by hand
        desk = AgentDesk(agent, poll=False).start()
        changes = desk.changes()
        call_id = sim.offer_call(AGENT, caller="70004")
        agent.hold()
        # The call's offer and its talking are lost; the hold arrives.
        lost = []
        while (event := agent.poll_event()) is not None:
            if event.call_id == call_id and event.type is not EventType.AGENT_EVENT_HOLD:
                lost.append(event.type)
                continue
            desk.apply(event)
            if event.type is EventType.AGENT_EVENT_HOLD:
                break
        assert EventType.AGENT_EVENT_TALKING in lost
        assert event is not None
        resyncs = [c for c in _drain(changes) if isinstance(c, Resynced)]
        assert [r.reason.startswith("lost event") for r in resyncs] == [True]
        held = desk.call(call_id)
        assert held is not None and held.state is CallState.HELD and held.caller == "70004"
        # The same event again (or a late one) about a call the rebuild settled: no rebuild.
        desk.apply(event)
        assert not [c for c in _drain(changes) if isinstance(c, Resynced)]
        desk.close()
        agent.retrieve(call_id)
        agent.release()
        agent.sign_out()


def _drain(changes: DeskChanges) -> list[DeskChange]:
    seen = []
    while True:
        try:
            seen.append(changes.get(0))
        except (TimeoutError, StopIteration):
            return seen


def test_polling_that_works_again_after_an_outage_rebuilds_the_model() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
        AgentDesk(agent) as desk,
        desk.changes() as changes,
    ):
        sim.inject(AGENT, Fault.connect_error(), times=3, operation="getAgentEvent")
        seen: list[DeskChange] = []
        while not any(isinstance(c, Resynced) and c.reason == "reconnected" for c in seen):
            seen.append(changes.get(5.0))
        assert desk.agent_state is GatewayAgentState.IDLE


def test_a_callback_that_raises_does_not_stop_the_desk(caplog: pytest.LogCaptureFixture) -> None:
    sim = simulator()

    def broken(change: CallChange) -> None:
        raise RuntimeError("the application's bug")

    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
        caplog.at_level(logging.ERROR, logger="cec_agentgateway"),
        AgentDesk(agent, on_call=broken) as desk,
        desk.changes() as changes,
    ):
        call_id = sim.offer_call(AGENT)
        until(changes, lambda: (c := desk.call(call_id)) is not None and c.answered)
        sim.end_call(AGENT)
        until(changes, lambda: desk.call(call_id).ended)  # type: ignore[union-attr]
        guid = agent.guid
    failures = [r for r in caplog.records if "on_call" in r.getMessage()]
    assert failures and all("RuntimeError" in r.getMessage() for r in failures)
    assert guid is not None and guid not in caplog.text


def test_apply_refuses_what_is_no_event() -> None:
    from cec_agentgateway import RequestValidationError

    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
        AgentDesk(agent, poll=False) as desk,
    ):
        with pytest.raises(RequestValidationError, match="must be an Event"):
            desk.apply({"eventType": "AgentEvent_Talking"})  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="history"):
            AgentDesk(agent, history=0)


def test_iteration_ends_when_the_desk_closes() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
    ):
        desk = AgentDesk(agent).start()
        changes = desk.changes()
        sim.offer_call(AGENT)
        seen: list[DeskChange] = []
        for change in changes:
            seen.append(change)
            if isinstance(change, CallChange) and change.kind is CallKind.CONNECTED:
                desk.close()
        assert any(isinstance(c, CallChange) and c.kind is CallKind.RINGING for c in seen)
        first = next(c for c in seen if isinstance(c, CallChange))
        with pytest.raises(dataclasses.FrozenInstanceError):  # records are immutable
            first.kind = CallKind.ENDED  # type: ignore[misc]
        sim.end_call(AGENT)


# ---------------------------------------------------------------------- async


def test_async_desk_follows_a_call_and_a_chat() -> None:
    async def scenario() -> None:
        sim = simulator()
        calls: list[CallChange] = []
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in(AGENT, password="pw", phone="40038", auto_answer=False) as agent,
            AsyncAgentDesk(agent, on_call=calls.append) as desk,
        ):
            changes = desk.changes()
            call_id = sim.offer_call(AGENT, caller="70004")
            await auntil(changes, lambda: desk.current_call is not None)
            assert desk.current_call.state is CallState.RINGING  # type: ignore[union-attr]
            sim.answer_call(AGENT)
            await auntil(changes, lambda: desk.call(call_id).state is CallState.TALKING)  # type: ignore[union-attr]
            await desk.busy(202)
            assert desk.pending is GatewayAgentState.BUSY
            await agent.hold()
            await auntil(changes, lambda: desk.call(call_id).state is CallState.HELD)  # type: ignore[union-attr]
            await agent.retrieve(call_id)
            await auntil(changes, lambda: desk.call(call_id).state is CallState.TALKING)  # type: ignore[union-attr]
            sim.customer_hang_up(AGENT)
            await auntil(changes, lambda: desk.agent_state is GatewayAgentState.BUSY)
            assert desk.state.busy_reason == 202 and desk.pending is None
            await agent.ready()
            await auntil(changes, lambda: desk.agent_state is GatewayAgentState.IDLE)
            chat_id = sim.chats.offer(AGENT, "bob")
            await auntil(changes, lambda: bool(desk.chats))
            await agent.answer_chat(chat_id)
            await auntil(changes, lambda: desk.chats[0].state is ChatState.CONNECTED)
            collected = []
            sim.chats.customer_leaves(chat_id)
            async for change in changes:
                collected.append(change)
                if isinstance(change, ChatChange) and change.kind is ChatKind.ENDED:
                    break
            changes.close()
        assert kinds_of(calls, call_id) == [
            CallKind.RINGING,
            CallKind.CONNECTED,
            CallKind.HELD,
            CallKind.CONNECTED,
            CallKind.ENDED,
        ]
        ended = calls[-1].call
        assert ended.released_by is ReleasedBy.CUSTOMER and not ended.missed

    asyncio.run(scenario())


def test_async_restart_mid_call_and_a_lost_event() -> None:
    async def scenario() -> None:
        sim = simulator()
        async with AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw:
            first = await gw.sign_in(AGENT, password="pw", phone="40038")
            call_id = sim.offer_call(AGENT, caller="70004")
            guid = first.guid
            first.detach()
        async with AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw:
            agent = gw.agent(AGENT, guid=guid)
            async with AsyncAgentDesk(agent, poll=False) as desk:
                current = desk.current_call
                assert current is not None and current.call_id == call_id
                assert current.state is CallState.TALKING and current.caller == "70004"
                assert desk.agent_state is GatewayAgentState.TALKING
                changes = desk.changes()
                # A release of a call the desk never saw (its earlier events were lost).
                sim.push_event(AGENT, "AgentEvent_Call_Release", "no-such-call")
                event = await agent.poll_event()
                assert event is not None and event.type is EventType.AGENT_EVENT_CALL_RELEASE
                desk.apply(event)  # a plain method on the async desk too
                seen: list[DeskChange] = []
                while not any(isinstance(c, Resynced) for c in seen):
                    seen.append(await changes.get(5.0))
                assert desk.current_call is not None and desk.current_call.call_id == call_id
            await agent.release()
            await agent.sign_out()

    asyncio.run(scenario())


def test_a_desk_that_cannot_start_says_why_and_leaves_nothing_running() -> None:
    from cec_agentgateway import AgentGatewayError

    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(AGENT, password="pw", phone="40038") as agent,
    ):
        sim.inject(AGENT, Fault.retcode("000-003"), times=5, operation="syncAgentInfo")
        desk = AgentDesk(agent)
        with pytest.raises(AgentGatewayError) as refused:
            desk.start()
        assert refused.value.retcode == "000-003"  # type: ignore[attr-defined]
        with pytest.raises(StopIteration):
            desk.changes().get(1.0)  # closed: its iterators end at once
        guid = agent.guid
        assert guid is not None and guid not in str(refused.value)
