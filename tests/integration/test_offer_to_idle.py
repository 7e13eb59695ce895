"""Through the client: the simulator offers calls only to an idle agent (as a gateway's
queue does) unless the scenario forces a direct call."""

from __future__ import annotations

import asyncio

import pytest

from cec_agentgateway import AgentGateway, AsyncAgentGateway, EventType, GatewayAgentState
from cec_agentgateway.simulator import GatewaySimulator, SimulatorError

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    return sim


def test_busy_resting_and_wrap_up_agents_are_not_offered_calls_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        agent.busy(201, wait=True)
        with pytest.raises(SimulatorError, match=r"agent 153 is busy \(cause 201\)"):
            sim.offer_call("153")
        agent.ready()
        agent.rest(60, 2, wait=True)
        with pytest.raises(SimulatorError, match="is resting"):
            sim.offer_call("153")
        agent.ready()
        agent.wrap_up()
        with pytest.raises(SimulatorError, match="is in wrap-up"):
            sim.offer_call("153")
        status = agent.status()
        assert status is not None and status.agent_state is GatewayAgentState.WRAP_UP

        call_id = sim.offer_call("153", force=True)  # a direct call
        status = agent.status()
        assert status is not None and status.agent_state is GatewayAgentState.TALKING
        sim.end_call("153")
        agent.ready()
        assert sim.offer_call("153") != call_id  # idle: the queue offers it
        sim.end_call("153")


def test_a_call_is_offered_once_the_agent_is_ready_async() -> None:
    sim = simulator()

    async def main() -> list[EventType]:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            stream = agent.events()
            await agent.busy(205, wait=True)
            with pytest.raises(SimulatorError, match=r"busy \(cause 205\)"):
                sim.offer_call("153")
            await agent.ready()
            sim.offer_call("153", caller="70004")
            seen: list[EventType] = []
            async for event in stream:
                seen.append(event.type)
                if event.type is EventType.AGENT_EVENT_TALKING:
                    break
            sim.end_call("153")
            return seen

    seen = asyncio.run(main())
    assert EventType.AGENT_STATE_SET_NOT_READY_SUCCESS in seen
    assert seen.index(EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS) < seen.index(
        EventType.AGENT_EVENT_TALKING
    )
