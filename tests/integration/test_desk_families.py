"""Issue 22 end to end: the client against the simulator, each family once over loopback HTTP.

The forced password change, a push-mode session kept alive by its heartbeat, the transfer
targets and queue statistics, a skill consulted and a queued call picked, the wallboard's
queue view, sync and async.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    CallFailedError,
    InvalidCredentialsError,
    WeakPasswordError,
    WrongPasswordError,
)
from cec_agentgateway import _account as account
from cec_agentgateway.simulator import Fault, GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}
PUSH = {"callback_uri": "https://desk.invalid/events", "service_token": "tok123"}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    sim.add_agent("154", password="pw", phone="40039")
    sim.add_skill(1, "voice")
    sim.add_skill(2, "billing")
    sim.set_agent_skills("153", [1])
    sim.set_agent_skills("154", [2])
    return sim


def test_forced_password_change_over_loopback() -> None:
    sim = simulator()
    sim.require_password_change("153")
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        assert agent.sign_in_result.is_force_change == "true"
        assert agent.password_change_required
        with pytest.raises(InvalidCredentialsError) as refused:
            agent.ready()
        assert refused.value.retcode == "100-020"
        with pytest.raises(WrongPasswordError):
            agent.change_password("nope", "Better2024")
        with pytest.raises(WeakPasswordError) as weak:
            agent.change_password("pw", "short")
        assert weak.value.retcode == "110-020"
        with pytest.raises(WeakPasswordError) as letters_only:
            agent.change_password("pw", "abcdefgh")
        assert letters_only.value.retcode == "110-019"
        agent.change_password("pw", "Better2024")
        assert not agent.password_change_required
        agent.ready()
        assert agent.custom_state() is None
        login = agent.softphone_login()
        assert login is not None and login.phone == "40038" and login.token
        agent.set_talk_right(False)
        agent.heartbeat()
    assert sim.session.password("153") == "Better2024"


def test_forced_password_change_async() -> None:
    async def scenario() -> None:
        sim = simulator()
        sim.require_password_change("153")
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            assert agent.password_change_required
            with pytest.raises(WrongPasswordError):
                await agent.change_password("nope", "Better2024")
            await agent.change_password("pw", "Better2024")
            assert not agent.password_change_required
            sim.session.set_custom_state("153", 7)
            assert await agent.custom_state() == 7
            await agent.heartbeat()
            await agent.set_talk_right(True)

    asyncio.run(scenario())


def _beats(sim: GatewaySimulator, operation: str) -> int:
    return sum(record.operation == operation and record.status == 200 for record in sim.requests)


def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_push_session_keeps_its_heartbeat_and_falls_back_to_put(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(account, "HEARTBEAT_INTERVAL", 0.02)
    sim = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038", **PUSH) as agent,
    ):
        _wait_for(lambda: _beats(sim, "handShake") >= 2)
        assert _beats(sim, "handShake") >= 2
        sim.inject("153", Fault.http_error(404), operation="handShake")  # an older gateway
        _wait_for(lambda: _beats(sim, "heartbeat") >= 2)
        assert _beats(sim, "heartbeat") >= 2
        assert agent.sign_in_result is not None
    assert not sim.is_signed_in("153")
    count = _beats(sim, "heartbeat")
    time.sleep(0.1)
    assert _beats(sim, "heartbeat") == count, "the heartbeat stopped with the session"


def test_a_push_session_keeps_its_heartbeat_async(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(account, "HEARTBEAT_INTERVAL", 0.02)

    async def scenario() -> GatewaySimulator:
        sim = simulator()
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038", **PUSH),
        ):
            for _ in range(500):
                if _beats(sim, "handShake") >= 2:
                    break
                await asyncio.sleep(0.01)
        return sim

    sim = asyncio.run(scenario())
    assert _beats(sim, "handShake") >= 2 and not sim.is_signed_in("153")


def test_transfer_targets_and_queue_statistics_over_loopback() -> None:
    sim = simulator()
    sim.add_ivr_flow(3, "1321", "main menu")
    sim.add_access_code("10086", "hotline")
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as lead,
        gw.sign_in("154", password="pw", phone="40039") as agent,
    ):
        agent.join_skills()
        assert [s.id for s in lead.queue.joined_skills_of("154")] == [2]
        assert [(f.id, f.access) for f in lead.queue.ivr_flows()] == [(3, "1321")]
        assert [(c.inno, c.vdnid) for c in lead.queue.access_codes()] == [("10086", 1)]
        assert [s.id for s in lead.queue.skills_of_vdn(1)] == [1, 2]
        agent.set_talk_right(False)  # calls wait now
        sim.queue_call(2)
        sim.set_queue(2, waiting=1)  # one more the scenario says waits
        (stats,) = lead.queue.skill_stats([2])
        assert (stats.queue_size, stats.logged_on_agents, stats.avail_agents) == (2, 1, 1)
        assert [s.device_no for s in lead.queue.skill_stats()] == [1, 2]
        agent.set_talk_right(True)
        sim.queues.statistics(2)  # housekeeping offers the first waiting call to 154
        assert sim.current_call_id("154") is not None
        sim.end_call("154")


def test_wallboard_picks_and_moves_queued_calls_over_loopback() -> None:
    sim = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        agent.join_skills()
        agent.set_talk_right(False)
        first, second = sim.queue_call(1, caller="70007"), sim.queue_call(1, caller="70008")
        waiting = agent.waiting_calls(1)
        assert [(c.callid, c.caller) for c in waiting] == [(first, "70007"), (second, "70008")]
        agent.move_queued_call(second, 2)
        assert sim.queues.queued_calls(2) == [second]
        agent.pick_queued_call(first, 1)
        assert sim.current_call_id("153") == first
        assert agent.call_ids_of("153") == [first]
        agent.set_call_data("orderId=7", legacy_query=True)
        assert agent.call_app_data() == "orderId=7"
        agent.send_dtmf("12#", legacy_path=True)
        assert sim.dtmf("153") == "12#"
        agent.release(legacy_path=True)
        assert agent.waiting_calls(1) == []
        agent.pick_queued_call(second, 2)
        agent.release()


def test_calling_a_skill_over_loopback_and_async() -> None:
    sim = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        gw.sign_in("154", password="pw", phone="40039") as colleague,
    ):
        colleague.join_skills()
        call = agent.call_skill(2, wait=True, wait_timeout=5)
        assert call.talking is not None
        assert sim.current_call_id("154") == call.call_id
        call.release()

    async def nobody_free() -> None:
        sim2 = simulator()
        async with (
            AsyncAgentGateway(BASE, transport=sim2.async_transport(), **FAST) as gw2,
            gw2.sign_in("153", password="pw", phone="40038") as agent2,
        ):
            with pytest.raises(CallFailedError):
                await agent2.call_skill(2, wait=True, wait_timeout=5)

    asyncio.run(nobody_free())
