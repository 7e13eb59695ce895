"""The agent's working day against the simulator: ready, busy, rest and back, around a call."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cec_agentgateway import (
    AgentGateway,
    AgentSessionError,
    AsyncAgentGateway,
    EventType,
    GatewayAgentState,
    OutcomeTimeoutError,
    RequestValidationError,
)
from cec_agentgateway.simulator import GatewaySimulator, ManualClock

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}
STATE_EVENTS = {t for t in EventType if t.value.startswith("AgentState_")} | {
    EventType.AGENT_EVENT_TALKING,
    EventType.AGENT_EVENT_CALL_RELEASE,
}

#: What a desktop sees over the day below, state events and the call's ends only.
EXPECTED_DAY = [
    "AgentState_Ready",  # signed in
    "AgentState_SetNotReady_Success",  # busy(201)
    "AgentState_CancelNotReady_Success",  # ready()
    "AgentState_Busy",  # the call is offered
    "AgentEvent_Talking",
    "AgentEvent_Call_Release",  # rest(60, 2) was asked during the call: it starts now
    "AgentState_SetRest_Success",
    "AgentState_Rest_Timeout",  # a minute later; still resting
    "AgentState_CancelRest_Success",  # cancel_rest(), idle again
]


def simulator(clock: ManualClock) -> GatewaySimulator:
    sim = GatewaySimulator(clock=clock, poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    return sim


def state_events(stream: Any, until: EventType) -> list[str]:
    seen = []
    for _ in range(50):
        event = stream.get(5.0)
        if event.type in STATE_EVENTS:
            seen.append(event.type.value)
        if event.type is until:
            return seen
    raise AssertionError(f"{until} not seen in {seen}")


def test_working_day_sync() -> None:
    clock = ManualClock()
    sim = simulator(clock)
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        agent.events() as stream,
    ):
        agent.busy(201, wait=True)
        status = agent.status()
        assert status is not None and status.agent_state is GatewayAgentState.BUSY
        with pytest.raises(AgentSessionError) as refused:
            agent.busy(202)  # already busy: needs prolong=True
        assert refused.value.retcode == "100-009"
        agent.ready()
        sim.offer_call("153")
        agent.rest(60, 2)
        status = agent.status()
        assert status is not None and status.agent_state is GatewayAgentState.PRE_REST
        sim.end_call("153")
        state_events_so_far = state_events(stream, EventType.AGENT_STATE_SET_REST_SUCCESS)
        clock.advance(60)
        seen = state_events(stream, EventType.AGENT_STATE_REST_TIMEOUT)
        assert sim.agent_state("153") is GatewayAgentState.REST
        agent.cancel_rest()
        seen = (
            state_events_so_far
            + seen
            + state_events(stream, EventType.AGENT_STATE_CANCEL_REST_SUCCESS)
        )
        assert seen == EXPECTED_DAY
        assert sim.agent_state("153") is GatewayAgentState.IDLE
        with pytest.raises(RequestValidationError):
            agent.rest(86400)
        assert sim.requests[-1].operation != "requestRest", "nothing was sent"


def test_working_day_async() -> None:
    clock = ManualClock()
    sim = simulator(clock)

    async def main() -> list[str]:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            seen: list[str] = []
            stream = agent.events()  # listening from now on

            async def watch() -> None:
                async for event in stream:
                    if event.type in STATE_EVENTS:
                        seen.append(event.type.value)
                    if event.type is EventType.AGENT_STATE_CANCEL_REST_SUCCESS:
                        return

            watcher = asyncio.create_task(watch())
            await agent.busy(201, wait=True)
            await agent.ready()
            sim.offer_call("153")
            # In a call the rest is only granted when the call ends: wait for it meanwhile.
            asyncio.get_running_loop().call_later(0.1, lambda: sim.end_call("153"))
            await agent.rest(60, 2, wait=True, wait_timeout=5)
            status = await agent.status()
            assert status is not None and status.agent_state is GatewayAgentState.REST
            clock.advance(60)
            while "AgentState_Rest_Timeout" not in seen:
                await asyncio.sleep(0.01)
            await agent.cancel_rest()
            await asyncio.wait_for(watcher, 5)
            with pytest.raises(AgentSessionError):
                await agent.cancel_rest()  # not resting any more
            return seen

    assert asyncio.run(main()) == EXPECTED_DAY
    assert not sim.is_signed_in("153")


def test_waiting_for_a_busy_state_that_never_comes() -> None:
    clock = ManualClock()
    sim = simulator(clock)
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        sim.offer_call("153")  # busy is deferred until the call ends
        with pytest.raises(OutcomeTimeoutError):
            agent.busy(wait=True, wait_timeout=0.3)
        sim.end_call("153")
        status = agent.status()
        assert status is not None and status.agent_state is GatewayAgentState.BUSY
