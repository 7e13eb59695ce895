"""Pushed events feed the same live desk that polling feeds (issue 23): the simulator pushes a
push-mode agent's events to a PushReceiver, whose sink is the agent's AgentDesk made with
``poll=False``. Sync through the receiver's WSGI form in process, async under uvicorn on
loopback; both end with the same model as a polled desk would show."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from cec_agentgateway import (
    AgentDesk,
    AgentGateway,
    AsyncAgentDesk,
    AsyncAgentGateway,
    CallKind,
    CallState,
    PushReceiver,
)
from cec_agentgateway.generated.models import GatewayAgentState
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
TOKEN = "DeskPush9"
PATH = "/agentevent/pushresult"
CALLBACK = "https://desk.invalid" + PATH


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
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


def test_a_push_fed_desk_follows_a_call_and_the_sign_out(sim: GatewaySimulator) -> None:
    receiver = PushReceiver(TOKEN, path=PATH)
    sim.pushing.transport = httpx.WSGITransport(app=receiver.wsgi)
    seen: list[CallKind] = []
    with AgentGateway(BASE, transport=sim.transport()) as gw:
        agent = gw.sign_in(
            "153",
            password="pw",
            phone="40038",
            callback_uri=CALLBACK,
            service_token=TOKEN,
            auto_answer=False,
        )
        with AgentDesk(agent, poll=False, on_call=lambda c: seen.append(c.kind)) as desk:
            receiver.add_sink(desk, "153")
            wait_until(lambda: desk.agent_state is GatewayAgentState.IDLE)
            call_id = sim.offer_call("153", caller="70004")
            wait_until(
                lambda: (c := desk.current_call) is not None and c.state is CallState.RINGING
            )
            agent.answer()
            wait_until(
                lambda: (c := desk.current_call) is not None and c.state is CallState.TALKING
            )
            sim.customer_hang_up("153")
            wait_until(lambda: (c := desk.call(call_id)) is not None and c.ended)
            ended = desk.call(call_id)
            assert ended is not None and not ended.missed and ended.caller == "70004"
            agent.sign_out()
            wait_until(lambda: desk.agent_state is GatewayAgentState.SIGNED_OUT)
    assert seen[:3] == [CallKind.RINGING, CallKind.CONNECTED, CallKind.ENDED]
    assert receiver.stats.events >= 5
    assert all(a.acknowledged for a in sim.pushing.attempts)


@pytest.fixture
def uvicorn_server(sim: GatewaySimulator) -> Iterator[tuple[PushReceiver, str]]:
    uvicorn = pytest.importorskip("uvicorn")
    receiver = PushReceiver(TOKEN, path=PATH)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(receiver, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_until(lambda: server.started)
    try:
        yield receiver, f"http://127.0.0.1:{sock.getsockname()[1]}{PATH}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def test_an_async_desk_fed_by_uvicorn_shows_a_missed_call(
    sim: GatewaySimulator, uvicorn_server: tuple[PushReceiver, str]
) -> None:
    receiver, url = uvicorn_server

    async def until(condition: Callable[[], bool]) -> None:
        while not condition():
            await asyncio.sleep(0.01)

    async def main() -> None:
        async with AsyncAgentGateway(BASE, transport=sim.async_transport()) as gw:
            agent = await gw.sign_in(
                "153",
                password="pw",
                phone="40038",
                callback_uri=url,
                service_token=TOKEN,
                auto_answer=False,
            )
            async with agent, AsyncAgentDesk(agent, poll=False) as desk:
                receiver.add_sink(desk, "153")
                changes = desk.changes()
                await until(lambda: desk.agent_state is GatewayAgentState.IDLE)
                missed = sim.offer_call("153", caller="70005")
                await until(lambda: desk.current_call is not None)
                sim.customer_hang_up("153")
                await until(lambda: (c := desk.call(missed)) is not None and c.ended)
                call = desk.call(missed)
                assert call is not None and call.missed
                kinds = []
                async for change in changes:
                    kind = getattr(change, "kind", None)
                    if kind is not None:
                        kinds.append(kind)
                    if kind is CallKind.ENDED:
                        break
                assert kinds == [CallKind.RINGING, CallKind.ENDED]

    asyncio.run(asyncio.wait_for(main(), 20))
