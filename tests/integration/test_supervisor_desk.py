"""An inspector and an agent through the client and the simulator: sync, async, loopback."""

from __future__ import annotations

import asyncio
import time

import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    EventType,
    GatewayAgentState,
    QualityControlError,
)
from cec_agentgateway.generated.models import AgentState
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")  # the inspector
    sim.add_agent("155", password="pw", phone="40039")
    sim.set_agent_group("155", "Hotline")
    return sim


def _types(sim: GatewaySimulator, agent_id: str) -> list[str]:
    return [str(e["eventType"]) for e in sim.pending_events(agent_id)]


def test_a_supervisors_day_sync() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        sup = gw.sign_in("153", password="pw", phone="40038")
        agent = gw.sign_in("155", password="pw", phone="40039")
        assert sup.team.events() == []  # the watch starts now
        call_id = sim.offer_call("155", caller="70004")
        with sup.monitor("155") as m:
            m.listen()
            assert sim.quality_control.supervision("153") == ("155", AgentState.LISTENING)
            m.whisper()
            m.barge_in()
            info = sup.team.agents()[0]  # 153 first: the inspector is busy monitoring
            assert (info.work_no, info.state) == ("153", GatewayAgentState.TALKING)
            m.take_over(call_id)
        assert sim.current_call_id("153") == call_id  # the inspector has the customer
        assert sim.current_call_id("155") is None
        watched = [e.type for e in sup.team.events() if e.agent_id == "155"]
        assert EventType.AGENT_EVENT_CUSTOMER_RELEASE in watched
        assert watched[-1] is EventType.AGENT_STATE_READY  # the agent is idle again
        sim.end_call("153")
        sup.team.force_busy("155")
        (member,) = [m for m in sup.team.agents() if m.work_no == "155"]
        assert member.state is GatewayAgentState.BUSY and member.group == "Hotline"
        sup.team.force_idle("155")
        with pytest.raises(QualityControlError) as refused:
            sup.team.force_idle("155")  # idle already
        assert refused.value.retcode == "900-005"
        assert [m.work_no for m in sup.team.monitorable()] == ["155"]
        sup.team.force_sign_out("155")
        assert not sim.is_signed_in("155")
        agent.detach()
        sup.sign_out()


def test_the_right_and_the_target_are_checked_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as sup,
    ):
        with pytest.raises(QualityControlError) as absent:
            sup.team.listen("155")
        assert absent.value.retcode == "900-004"  # not signed in
        with gw.sign_in("155", password="pw", phone="40039"):
            sim.withhold_right("153", "inspect")
            with pytest.raises(QualityControlError) as no_right:
                sup.team.force_busy("155")
            assert no_right.value.retcode == "900-002"
            assert "AgentState_SetNotReady_Success" not in _types(sim, "155")


def test_a_supervisors_day_async() -> None:
    sim = simulator()

    async def main() -> None:
        async with AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw:
            sup = await gw.sign_in("153", password="pw", phone="40038")
            agent = await gw.sign_in("155", password="pw", phone="40039")
            assert await sup.team.events() == []
            sim.offer_call("155", caller="70004")
            async with sup.monitor("155") as m:
                await m.listen()
                await m.take_over()
            sim.end_call("153")
            await sup.team.force_rest("155", 600, 3)
            states = {m.work_no: m.state for m in await sup.team.agents()}
            assert states["155"] is GatewayAgentState.REST
            events = await sup.team.events()
            assert [e.type for e in events][-1] is EventType.AGENT_STATE_SET_REST_SUCCESS
            await sup.team.force_sign_out("155")
            agent.detach()
            await sup.sign_out()

    asyncio.run(main())


def test_over_loopback_http() -> None:
    sim = simulator()
    server = sim.serve()
    try:
        with AgentGateway(server.url, **FAST) as gw:
            sup = gw.sign_in("153", password="pw", phone="40038")
            agent = gw.sign_in("155", password="pw", phone="40039")
            sup.team.events()
            sup.team.force_busy("155")
            deadline = time.monotonic() + 5
            seen: list[str] = []
            while "AgentState_SetNotReady_Success" not in seen and time.monotonic() < deadline:
                seen += [str(e.type) for e in sup.team.events()]
            assert "AgentState_SetNotReady_Success" in seen
            with sup.monitor("155") as m:
                m.whisper()
                assert sim.quality_control.supervision("153") == ("155", AgentState.WHISPERING)
            assert sim.quality_control.supervision("153") is None
            agent.sign_out()
            sup.sign_out()
    finally:
        server.close()
