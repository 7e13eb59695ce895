"""The simulator's push mode: events POSTed to the sign-in's callBackUri in batches, with the
Guid and service_token headers, sent again until acknowledged, the agent signed out when
they cannot be delivered (issue 23). Delivered in process, into PushReceiver's WSGI form."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Any

import httpx
import pytest

from cec_agentgateway import Event, PushReceiver
from cec_agentgateway.simulator import GatewaySimulator, ManualClock, PushAttempt
from tests.simulator.helpers import AGENT, Desk

TOKEN = "token42"
CALLBACK = "http://desk.test/agentevent/pushresult"
PUSH = {"callBackUri": CALLBACK, "serviceToken": TOKEN}
SIGN_IN = ["AgentOther_InService", "AgentState_Ready"]


class Sink:
    def __init__(self, fail_times: int = 0) -> None:
        self.events: list[Event] = []
        self.fail_times = fail_times

    def apply(self, event: Event) -> None:
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("not now")
        self.events.append(event)

    def types(self) -> list[str]:
        return [e.type.value for e in self.events]


class Spy:
    """A WSGI app in front of the receiver that keeps each request's headers."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        with self.lock:
            self.headers.append({k: str(v) for k, v in environ.items() if k.startswith("HTTP_")})
        result: Iterable[bytes] = self.app(environ, start_response)
        return result


def wait_until(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


@pytest.fixture
def sink() -> Sink:
    return Sink()


@pytest.fixture
def receiver(sink: Sink) -> PushReceiver:
    return PushReceiver(TOKEN, path="/agentevent/pushresult", sink=sink)


@pytest.fixture
def spy(sim: GatewaySimulator, receiver: PushReceiver) -> Spy:
    spy = Spy(receiver.wsgi)
    sim.pushing.transport = httpx.WSGITransport(app=spy)
    sim.pushing.retry_interval = 0.02
    return spy


def test_the_sign_in_events_are_pushed_with_the_guid_and_the_token(
    desk: Desk, sim: GatewaySimulator, sink: Sink, spy: Spy
) -> None:
    assert desk.sign_in(**PUSH).json()["retcode"] == "0"
    wait_until(lambda: len(sink.events) == 2)
    assert sink.types() == SIGN_IN
    assert all(e.agent_id == AGENT for e in sink.events)
    assert spy.headers[0]["HTTP_SERVICE_TOKEN"] == TOKEN
    assert spy.headers[0]["HTTP_GUID"] == desk.guid == sim.guid(AGENT)
    assert sim.pending_events(AGENT) == []
    assert desk.poll()["retcode"] == "000-001"  # polling is refused as the gateway does


def test_a_call_is_pushed_in_order(desk: Desk, sim: GatewaySimulator, sink: Sink, spy: Spy) -> None:
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sink.events) == 2)
    sim.offer_call(AGENT)
    sim.end_call(AGENT)
    assert sim.pushing.wait_idle()
    assert sink.types()[2:] == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentEvent_Incoming_CallInfo",
        "AgentOther_PhoneOffhook",
        "AgentEvent_Talking",
        "AgentEvent_Call_Release",
        "AgentState_Ready",
    ]
    assert all(a.acknowledged for a in sim.pushing.attempts)


def test_batches_hold_at_most_batch_size_events(
    desk: Desk, sim: GatewaySimulator, sink: Sink, spy: Spy
) -> None:
    sim.pushing.batch_size = 2
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sink.events) == 2)
    for number in range(7):
        sim.push_event(AGENT, "AgentEvent_Custom", {"n": number})
    wait_until(lambda: len(sink.events) == 9)
    assert [e.content for e in sink.events[2:]] == [{"n": n} for n in range(7)]
    assert max(a.events for a in sim.pushing.attempts) <= 2


def test_an_unacknowledged_batch_is_sent_again_and_delivered_once(
    desk: Desk, sim: GatewaySimulator, spy: Spy
) -> None:
    sink = Sink(fail_times=1)  # the receiver answers 500 once
    receiver = PushReceiver(TOKEN, path="/agentevent/pushresult", sink=sink)
    spy.app = receiver.wsgi
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sink.events) == 2)
    attempts = list(sim.pushing.attempts)
    assert attempts[:2] == [
        PushAttempt(AGENT, 2, 500, False),
        PushAttempt(AGENT, 2, 200, True),
    ]
    assert sink.types() == SIGN_IN
    assert receiver.stats.failed == 1


def test_a_lost_acknowledgement_is_de_duplicated_by_the_receiver(
    desk: Desk, sim: GatewaySimulator, sink: Sink, receiver: PushReceiver, spy: Spy
) -> None:
    answers = 0

    def lose_first_answer(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        nonlocal answers
        body = receiver.wsgi(environ, lambda *a: None)  # taken and delivered ...
        answers += 1
        if answers == 1:  # ... but the answer never reaches the gateway
            start_response("502 Bad Gateway", [("Content-Type", "text/plain")])
            return [b"proxy error"]
        start_response("200 OK", [("Content-Type", "application/json")])
        return body

    spy.app = lose_first_answer
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sim.pushing.attempts) >= 2)
    assert sim.pushing.wait_idle()
    assert [a.acknowledged for a in sim.pushing.attempts] == [False, True]
    assert sink.types() == SIGN_IN  # once, though it came twice
    assert receiver.stats.duplicates == 2


def test_the_newest_handshake_token_is_sent(
    desk: Desk, sim: GatewaySimulator, sink: Sink, receiver: PushReceiver, spy: Spy
) -> None:
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sink.events) == 2)
    receiver.set_token(["token43", TOKEN])
    response = desk.request(
        "POST", f"/onlineagent/{AGENT}/handshake", headers={"service_token": "token43"}
    )
    assert response.json()["retcode"] == "0"
    sim.push_event(AGENT, "AgentState_Work")
    wait_until(lambda: len(sink.events) == 3)
    assert spy.headers[-1]["HTTP_SERVICE_TOKEN"] == "token43"


def test_an_agent_whose_events_cannot_be_pushed_is_signed_out(
    desk: Desk, sim: GatewaySimulator, sink: Sink, spy: Spy
) -> None:
    sim.pushing.fail_total = 0.1
    desk.sign_in(callBackUri=CALLBACK, serviceToken="another1")  # the receiver says 401
    wait_until(lambda: not sim.is_signed_in(AGENT))
    attempts = list(sim.pushing.attempts)
    assert attempts and all(a.status == 401 and not a.acknowledged for a in attempts)
    assert len(attempts) < 50  # paced by retry_interval
    assert sink.events == []
    assert desk.request("POST", f"/onlineagent/{AGENT}/handshake").json()["retcode"] == "100-006"


def test_after_a_sign_out_the_last_events_are_pushed_and_the_session_goes(
    desk: Desk, sim: GatewaySimulator, sink: Sink, spy: Spy
) -> None:
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sink.events) == 2)
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/logout") == "0"
    wait_until(lambda: len(sink.events) == 3)
    assert sink.types()[-1] == "AgentOther_ShutdownService"
    wait_until(lambda: sim.pending_events(AGENT) == [] and not sim.pushing._threads)
    assert desk.poll()["retcode"] == "100-006"


def test_a_callback_that_cannot_be_reached_keeps_the_events_queued(
    desk: Desk, sim: GatewaySimulator
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    sim.pushing.transport = httpx.MockTransport(refuse)
    sim.pushing.retry_interval = 0.02
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sim.pushing.attempts) >= 2)
    assert all(a.status is None for a in sim.pushing.attempts)
    assert [e["eventType"] for e in sim.pending_events(AGENT)] == SIGN_IN


def test_stop_ends_the_deliverers_at_once_and_starts_no_more(
    desk: Desk, sim: GatewaySimulator
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    sim.pushing.transport = httpx.MockTransport(refuse)
    sim.pushing.retry_interval = 60.0  # without stop(), the deliverer would sleep a minute
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sim.pushing.attempts) >= 1)
    (thread,) = sim.pushing._threads
    began = time.monotonic()
    sim.pushing.stop()
    assert not thread.is_alive() and time.monotonic() - began < 2.0
    attempts = len(sim.pushing.attempts)
    desk.sign_in(how="forcelogin", **PUSH)  # a later push-mode sign-in gets no deliverer
    time.sleep(0.1)
    assert len(sim.pushing.attempts) == attempts and not sim.pushing._threads
    assert [e["eventType"] for e in sim.pending_events(AGENT)] == SIGN_IN  # nothing lost


def test_a_takeover_stops_the_old_session_s_pushes(
    desk: Desk, sim: GatewaySimulator, sink: Sink, spy: Spy, clock: ManualClock
) -> None:
    desk.sign_in(**PUSH)
    wait_until(lambda: len(sink.events) == 2)
    old = desk.guid
    clock.advance(1)  # the new session's events are stamped later (eventGenTime)
    assert desk.sign_in(how="forcelogin", **PUSH).json()["retcode"] == "0"
    wait_until(lambda: len(sink.events) == 4)
    assert {h["HTTP_GUID"] for h in spy.headers[-1:]} == {desk.guid} != {old}
    wait_until(lambda: len(sim.pushing._threads) == 1)


def test_polling_agents_are_not_pushed(desk: Desk, sim: GatewaySimulator, spy: Spy) -> None:
    desk.signed_in()
    sim.offer_call(AGENT)
    assert desk.drain()
    assert list(sim.pushing.attempts) == [] and not sim.pushing._threads
