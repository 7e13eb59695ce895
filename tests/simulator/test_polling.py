"""Event polling (sync and async), event order, idle sign-out and push mode."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock, SimulatorError
from tests.simulator.helpers import AGENT, BASE_URL, PASSWORD, PHONE, Desk, make_simulator, types

POLL = f"/agentevent/{AGENT}"


def test_one_event_per_answer_oldest_first(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    for number in range(3):
        sim.push_event(AGENT, "AgentOther_Note", {"n": number})
    answers = [desk.poll() for _ in range(3)]
    assert [a["event"]["content"] for a in answers] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert all(a["retcode"] == "0" and a["message"] == "" for a in answers)


def test_an_empty_poll_answers_after_poll_wait_without_event(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=0.2)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        started = time.monotonic()
        answer = desk.poll()
        elapsed = time.monotonic() - started
    assert answer == {"message": "", "retcode": "0"}
    assert 0.19 <= elapsed < 1.0


def test_a_waiting_poll_wakes_when_an_event_is_queued(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=5.0)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        answers: list[dict[str, Any]] = []
        poller = threading.Thread(target=lambda: answers.append(desk.poll()))
        started = time.monotonic()
        poller.start()
        time.sleep(0.05)
        assert not answers
        sim.push_event(AGENT, "AgentOther_Bulletin", {"text": "hello"})
        poller.join(2.0)
        elapsed = time.monotonic() - started
    assert answers[0]["event"]["eventType"] == "AgentOther_Bulletin"
    assert elapsed < 1.0


def test_polls_of_several_agents_on_several_threads(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=5.0)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desks = [Desk(http).signed_in(), Desk(http, "154").signed_in("other")]
        got: dict[str, str] = {}

        def poll(desk: Desk) -> None:
            got[desk.agent_id] = desk.poll()["event"]["eventType"]

        threads = [threading.Thread(target=poll, args=(d,)) for d in desks]
        for thread in threads:
            thread.start()
        time.sleep(0.05)
        sim.push_event("154", "AgentOther_Note", {})
        sim.push_event(AGENT, "AgentOther_Bulletin", {})
        for thread in threads:
            thread.join(2.0)
    assert got == {AGENT: "AgentOther_Bulletin", "154": "AgentOther_Note"}


def test_concurrent_polls_deliver_each_event_exactly_once(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=0.02)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        received: list[int] = []
        done = threading.Event()

        def poll_until_done() -> None:
            while not done.is_set() or sim.pending_events(AGENT):
                event = desk.poll().get("event")
                if event is not None:
                    received.append(event["content"]["n"])

        pollers = [threading.Thread(target=poll_until_done) for _ in range(4)]
        for poller in pollers:
            poller.start()
        for number in range(200):
            sim.push_event(AGENT, "AgentOther_Note", {"n": number})
        done.set()
        for poller in pollers:
            poller.join(5.0)
    assert sorted(received) == list(range(200))


def async_sign_in(http: httpx.AsyncClient) -> Any:
    async def run() -> str:
        body = {"password": PASSWORD, "phonenum": PHONE}
        response = await http.put(f"/onlineagent/{AGENT}", json=body)
        guid = response.headers["Set-GUID"].removeprefix("JSESSIONID=")
        for _ in range(2):
            await http.get(POLL, headers={"Guid": guid})
        return guid

    return run()


def test_async_empty_poll_waits_without_blocking_the_loop(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=0.3)

    async def main() -> tuple[dict[str, Any], float, int]:
        async with httpx.AsyncClient(base_url=BASE_URL, transport=sim.async_transport()) as http:
            guid = await async_sign_in(http)
            ticks = 0

            async def ticker() -> None:
                nonlocal ticks
                while True:
                    await asyncio.sleep(0.01)
                    ticks += 1

            ticking = asyncio.create_task(ticker())
            started = time.monotonic()
            answer = (await http.get(POLL, headers={"Guid": guid})).json()
            elapsed = time.monotonic() - started
            ticking.cancel()
            return answer, elapsed, ticks

    answer, elapsed, ticks = asyncio.run(main())
    assert answer == {"message": "", "retcode": "0"}
    assert 0.29 <= elapsed < 1.5
    assert ticks >= 10  # the loop kept running while the poll waited


@pytest.mark.parametrize("from_thread", [False, True])
def test_async_poll_wakes_when_an_event_is_queued(clock: ManualClock, from_thread: bool) -> None:
    sim = make_simulator(clock, poll_wait=5.0)

    async def main() -> tuple[dict[str, Any], float]:
        async with httpx.AsyncClient(base_url=BASE_URL, transport=sim.async_transport()) as http:
            guid = await async_sign_in(http)
            started = time.monotonic()
            polling = asyncio.create_task(http.get(POLL, headers={"Guid": guid}))
            await asyncio.sleep(0.05)
            assert not polling.done()
            if from_thread:
                await asyncio.to_thread(sim.push_event, AGENT, "AgentOther_Note", {"x": 1})
            else:
                sim.push_event(AGENT, "AgentOther_Note", {"x": 1})
            answer = (await polling).json()
            return answer, time.monotonic() - started

    answer, elapsed = asyncio.run(main())
    assert answer["event"]["content"] == {"x": 1}
    assert elapsed < 1.0


def test_a_cancelled_async_poll_leaves_the_session_clean(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=5.0, idle_timeout=10.0)

    async def main() -> None:
        async with httpx.AsyncClient(base_url=BASE_URL, transport=sim.async_transport()) as http:
            guid = await async_sign_in(http)
            polling = asyncio.create_task(http.get(POLL, headers={"Guid": guid}))
            await asyncio.sleep(0.05)
            polling.cancel()
            with pytest.raises(asyncio.CancelledError):
                await polling

    asyncio.run(main())
    clock.advance(10.0)
    assert not sim.is_signed_in(AGENT)  # no poll is counted as still waiting


def test_sign_out_wakes_a_waiting_poll_with_the_shutdown_event(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=5.0)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        answers: list[dict[str, Any]] = []
        poller = threading.Thread(target=lambda: answers.append(desk.poll()))
        poller.start()
        time.sleep(0.05)
        logout = http.delete(f"/onlineagent/{AGENT}/logout", headers={"Guid": desk.guid or ""})
        assert logout.json()["retcode"] == "0"
        poller.join(2.0)
        assert answers[0]["event"]["eventType"] == "AgentOther_ShutdownService"
        assert desk.poll()["retcode"] == "100-006"


def test_a_takeover_wakes_the_old_sessions_poll_with_100_006(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=5.0)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        old = Desk(http).signed_in()
        answers: list[dict[str, Any]] = []
        poller = threading.Thread(target=lambda: answers.append(old.poll()))
        poller.start()
        time.sleep(0.05)
        assert Desk(http).sign_in(how="forcelogin").json()["retcode"] == "0"
        poller.join(2.0)
    assert answers == [{"message": "agent not login", "retcode": "100-006"}]


def test_idle_sessions_are_signed_out(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    for _ in range(3):  # polls and heartbeats keep the session alive
        clock.advance(100)
        desk.poll()
        clock.advance(100)
        desk.request("POST", f"/onlineagent/{AGENT}/handshake")
    clock.advance(119.9)
    assert sim.is_signed_in(AGENT)
    assert desk.retcode("GET", f"/calldata/{AGENT}/callinfo") == "0"  # not a heartbeat
    clock.advance(0.1)
    assert not sim.is_signed_in(AGENT)
    assert desk.retcode("GET", f"/onlineagent/{AGENT}/agentstatus") == "100-006"
    assert desk.poll()["event"]["eventType"] == "AgentOther_ShutdownService"
    assert desk.poll()["retcode"] == "100-006"


def test_idle_sign_out_releases_the_call(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    sim.offer_call(AGENT)
    clock.advance(sim.idle_timeout)
    events = desk.drain_farewell()
    assert types(events)[-2:] == ["AgentEvent_Call_Release", "AgentOther_ShutdownService"]


def test_push_mode_agents_cannot_poll(desk: Desk, sim: GatewaySimulator) -> None:
    desk.sign_in(callBackUri="https://desk.example/events", serviceToken="token42")
    assert desk.poll() == {
        "message": "the agent receives its events by push",
        "retcode": "000-001",
    }
    response = desk.request(
        "POST", f"/onlineagent/{AGENT}/handshake", headers={"service_token": "token42"}
    )
    assert response.json()["retcode"] == "0"
    assert types(sim.pending_events(AGENT)) == ["AgentOther_InService", "AgentState_Ready"]


def test_heartbeat_checks_the_service_token(desk: Desk) -> None:
    desk.signed_in()
    bad = desk.http.post(
        f"/onlineagent/{AGENT}/handshake",
        headers={"Guid": desk.guid or "", "service_token": "not/a/token"},
    )
    assert bad.json()["retcode"] == "100-001"
    assert "result" not in bad.json()


def test_push_event_needs_a_signed_in_agent(sim: GatewaySimulator) -> None:
    with pytest.raises(SimulatorError, match="not signed in"):
        sim.push_event(AGENT, "AgentOther_Note")
    with pytest.raises(SimulatorError, match="no agent"):
        sim.push_event("999", "AgentOther_Note")


def test_unknown_event_types_and_any_content_are_delivered(
    desk: Desk, sim: GatewaySimulator
) -> None:
    desk.signed_in()
    sim.push_event(AGENT, "AgentEvent_Brand_New", {"nested": {"a": [1, 2]}})
    sim.push_event(AGENT, "AgentOther_PhoneBusy")
    events = desk.drain()
    assert events[0]["eventType"] == "AgentEvent_Brand_New"
    assert events[0]["content"] == {"nested": {"a": [1, 2]}}
    assert events[1]["content"] is None


def test_an_event_wakes_only_the_polls_of_its_agent(clock: ManualClock) -> None:
    # With 1,000 sessions, waking every poll on every event made sign-out quadratic.
    sim = make_simulator(clock, poll_wait=5.0)
    woken: list[str] = []
    sim._poll_waiters = {
        AGENT: {lambda: woken.append(AGENT)},
        "154": {lambda: woken.append("154")},
    }
    with sim._lock:
        sim._notify("154")
    assert woken == ["154"]
    with sim._lock:
        sim._notify()  # no agent named: every waiting poll looks again
    assert sorted(woken) == sorted(["154", "154", AGENT])


def test_a_waiting_poll_leaves_no_waiter_behind(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=0.05)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        desk.poll()  # the sign-in event
        assert "event" not in desk.poll()  # waited, answered empty
    assert sim._poll_waiters == {}
