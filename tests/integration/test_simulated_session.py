"""The client against the gateway simulator: whole agent sessions, sync and async."""

from __future__ import annotations

import asyncio
import threading

import pytest

from cec_agentgateway import (
    AgentGateway,
    AlreadySignedInError,
    AsyncAgentGateway,
    ConferenceRequestError,
    EventType,
    IncomingCallInfoContent,
    NotAuthorizedError,
)
from cec_agentgateway.simulator import Fault, GatewaySimulator, ManualClock

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator(**options: object) -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1, **options)  # type: ignore[arg-type]
    sim.add_agent("153", password="pw", phone="40038")
    sim.add_agent("154", password="pw", phone="40039")
    return sim


def wait_for(stream: object, event_type: EventType, limit: int = 50) -> list[str]:
    seen = []
    for _ in range(limit):
        event = stream.get(5.0)  # type: ignore[attr-defined]
        seen.append(event.type.value)
        if event.type == event_type:
            return seen
    raise AssertionError(f"{event_type} not seen in {seen}")


def test_full_session_sync() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        with gw.sign_in("153", password="pw", phone="40038") as agent:
            assert sim.is_signed_in("153") and agent.guid == sim.guid("153")
            with agent.events() as stream:
                threading.Timer(0.05, lambda: sim.offer_call("153", app_data="k=v")).start()
                seen = wait_for(stream, EventType.AGENT_EVENT_TALKING)
            assert seen[:2] == ["AgentOther_InService", "AgentState_Ready"]
            call = agent.call_info()
            assert call is not None and call.caller == "70004"
            assert agent.call_app_data(call.callid, base64=True) == "k=v"
            started = agent.request_conference(3)
            (conf,) = agent.query_conferences([started.conf_id])
            assert {p.address for p in conf.addresses} >= {"153", "70004"}
            sim.end_conference(started.conf_id)
            sim.end_call("153")
            state = agent.sync_state()
            assert state is not None and state.agent_state_info is not None
        assert not sim.is_signed_in("153")


def test_conference_failure_and_takeover() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        first = gw.sign_in("154", password="pw", phone="40039")
        sim.fail_next_conference("154", cause=21234)
        with pytest.raises(ConferenceRequestError) as caught:
            first.request_conference(3)
        assert caught.value.cause == 21234
        with pytest.raises(AlreadySignedInError):
            gw.sign_in("154", password="pw", phone="40039")
        second = gw.sign_in("154", password="pw", phone="40039", force=True)
        with pytest.raises(NotAuthorizedError):
            first.call_info()
        second.sign_out()


def test_rotation_during_a_session_with_a_manual_clock() -> None:
    clock = ManualClock()
    sim = simulator(clock=clock, guid_rotation=60.0, guid_expiry=120.0)
    rotations: list[str] = []
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        agent = gw.sign_in("153", password="pw", phone="40038", on_guid_change=rotations.append)
        first = agent.guid
        clock.advance(61)
        agent.poll_event()
        assert agent.guid == sim.guid("153") != first
        assert rotations == [first, agent.guid], "the first Guid is reported too"
        clock.advance(100)
        agent.poll_event()  # polling keeps the session alive (and rotates again)
        clock.advance(30)
        agent.handshake()
        assert agent.call_info() is None, "the newest Guid works"
        assert len(rotations) == 3
        with pytest.raises(NotAuthorizedError):
            gw.agent("153", guid=first).call_info()  # replaced 130 s ago: expired
        agent.sign_out()


def test_faults_are_reported_and_polling_recovers() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        agent = gw.sign_in("153", password="pw", phone="40038")
        sim.inject("153", Fault.http_error(502), times=2)
        sim.inject("153", Fault.connect_error())
        with agent.events() as stream:
            sim.push_event("153", "Brand_New_Event", {"x": 1})
            seen = wait_for(stream, EventType("Brand_New_Event"))
        assert seen[-1] == "Brand_New_Event"
        agent.sign_out()


def test_full_session_async() -> None:
    sim = simulator()

    async def main() -> list[str]:
        async with AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw:
            async with gw.sign_in("153", password="pw", phone="40038") as agent:
                seen: list[str] = []
                loop = asyncio.get_running_loop()
                loop.call_later(0.05, lambda: sim.offer_call("153"))
                async for event in agent.events():
                    seen.append(event.type.value)
                    if isinstance(event.content, IncomingCallInfoContent):
                        assert event.content.caller == "70004"
                    if event.type is EventType.AGENT_EVENT_TALKING:
                        break
                started = await agent.request_conference(3)
                assert started.conf_id in sim.conference_ids("153")
                sim.end_conference(started.conf_id)
                sim.end_call("153")
            return seen

    seen = asyncio.run(main())
    assert "AgentEvent_Incoming_CallInfo" in seen and not sim.is_signed_in("153")


def test_loopback_server_with_the_real_transport() -> None:
    sim = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        assert agent.status() is not None
        sim.offer_call("153")
        assert agent.call_info() is not None
        sim.end_call("153")
    assert not sim.is_signed_in("153")
