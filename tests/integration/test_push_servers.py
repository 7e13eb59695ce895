"""PushReceiver under real servers on loopback: uvicorn (ASGI) and wsgiref (WSGI), with the
simulator pushing to them over TCP and the package's client signed in in push mode, sync
and async (issue 23)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest

from cec_agentgateway import AgentGateway, AsyncAgentGateway, Event, EventType, PushReceiver
from cec_agentgateway.simulator import GatewaySimulator

uvicorn = pytest.importorskip("uvicorn")

BASE = "https://cc-gateway.invalid:8043"
TOKEN = "Loopback7"
PATH = "/agentevent/pushresult"


class Sink:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.lock = threading.Lock()
        self.failures = 0  # raise this many times first

    def apply(self, event: Event) -> None:
        with self.lock:
            if self.failures:
                self.failures -= 1
                raise ConnectionError("downstream not ready")
            self.events.append(event)

    def types(self) -> list[str]:
        with self.lock:
            return [e.type.value for e in self.events]


def wait_until(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@pytest.fixture
def sim() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    sim.pushing.retry_interval = 0.05
    return sim


@pytest.fixture
def sink() -> Sink:
    return Sink()


@pytest.fixture
def receiver(sink: Sink) -> PushReceiver:
    return PushReceiver(TOKEN, path=PATH, sink=sink)


@pytest.fixture
def uvicorn_url(receiver: PushReceiver) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(receiver, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_until(lambda: server.started)
    try:
        yield f"http://127.0.0.1:{port}{PATH}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def wsgiref_url(receiver: PushReceiver) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, receiver.wsgi, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{PATH}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


CALL = [
    "AgentState_Busy",
    "AgentOther_PhoneAlerting",
    "AgentEvent_Incoming_CallInfo",
    "AgentOther_PhoneOffhook",
    "AgentEvent_Talking",
    "AgentEvent_Call_Release",
    "AgentState_Ready",
]


def _session_sync(sim: GatewaySimulator, sink: Sink, url: str) -> None:
    with AgentGateway(BASE, transport=sim.transport()) as gw:
        agent = gw.sign_in(
            "153", password="pw", phone="40038", callback_uri=url, service_token=TOKEN
        )
        with agent:
            wait_until(lambda: len(sink.events) >= 2)
            sim.offer_call("153")
            sim.end_call("153")
            wait_until(lambda: len(sink.events) >= 9)
    wait_until(lambda: sink.types()[-1:] == ["AgentOther_ShutdownService"])
    assert sink.types() == [
        "AgentOther_InService",
        "AgentState_Ready",
        *CALL,
        "AgentOther_ShutdownService",
    ]
    assert all(a.acknowledged for a in sim.pushing.attempts)


def test_uvicorn_receives_a_sync_session(
    sim: GatewaySimulator, sink: Sink, uvicorn_url: str
) -> None:
    _session_sync(sim, sink, uvicorn_url)
    talking = next(e for e in sink.events if e.type == EventType.AGENT_EVENT_TALKING)
    assert talking.call_id  # typed content, as polling gives it


def test_wsgiref_receives_a_sync_session(
    sim: GatewaySimulator, sink: Sink, wsgiref_url: str
) -> None:
    _session_sync(sim, sink, wsgiref_url)


def test_uvicorn_receives_an_async_session(
    sim: GatewaySimulator, sink: Sink, uvicorn_url: str
) -> None:
    async def main() -> None:
        async with AsyncAgentGateway(BASE, transport=sim.async_transport()) as gw:
            agent = await gw.sign_in(
                "153", password="pw", phone="40038", callback_uri=uvicorn_url, service_token=TOKEN
            )
            async with agent:
                while len(sink.events) < 2:
                    await asyncio.sleep(0.01)
                sim.offer_call("153")
                sim.end_call("153")
                while len(sink.events) < 9:
                    await asyncio.sleep(0.01)

    asyncio.run(asyncio.wait_for(main(), 20))
    assert sink.types()[2:9] == CALL


def test_uvicorn_refuses_a_forged_batch_and_the_simulator_retries_a_failed_one(
    sim: GatewaySimulator, receiver: PushReceiver, sink: Sink, uvicorn_url: str
) -> None:
    forged = {"workNo": "153", "eventList": [{"eventType": "AgentEvent_Talking"}]}
    answer = httpx.post(uvicorn_url, json=forged, headers={"service_token": "Guess1"})
    assert answer.status_code == 401 and sink.events == []
    sink.failures = 1  # the receiver's sink is down for a moment: the batch is pushed again
    with AgentGateway(BASE, transport=sim.transport()) as gw:
        agent = gw.sign_in(
            "153", password="pw", phone="40038", callback_uri=uvicorn_url, service_token=TOKEN
        )
        with agent:
            wait_until(lambda: sum(a.acknowledged for a in sim.pushing.attempts) >= 1)
    statuses = [a.status for a in sim.pushing.attempts]
    assert statuses[:2] == [500, 200]
    assert sink.types()[:2] == ["AgentOther_InService", "AgentState_Ready"]
    assert sink.types().count("AgentState_Ready") == 1  # delivered once
