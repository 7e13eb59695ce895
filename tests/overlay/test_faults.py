"""Fail loudly, never hang (issue 13): a dead gateway, a dripping reply, a dying poller.

Real sockets on loopback only; every test is bounded to a few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AgentGatewayError,
    APIConnectionError,
    APITimeoutError,
    AsyncAgentGateway,
    EventOverflowError,
)
from cec_agentgateway import _events as events_module
from cec_agentgateway._events import EventPump, PumpSettings
from cec_agentgateway.simulator import GatewaySimulator
from tests.overlay.fakes import BASE, SessionGateway, event, json_reply

FAST = {"poll_interval": 0.01, "retry_backoff": (0.05, 0.1)}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# ---------------------------------------------------------------------------- dead gateway
def test_a_dead_gateway_ends_the_stream_after_the_window_and_tells_the_application() -> None:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")
    changes: list[tuple[str, str, type[BaseException] | None]] = []
    server = sim.serve()
    url = server.url
    with AgentGateway(
        url,
        connection_lost_after=1.0,
        on_connection_change=lambda a, s, e: changes.append((a, s, type(e) if e else None)),
        timeout=httpx.Timeout(2.0, connect=0.5),
        **FAST,
    ) as gateway:
        agent = gateway.sign_in("153", password="pw", phone="40038")
        stream = agent.events()
        stream.get(5.0)  # the sign-in events arrive: the connection works
        server.kill()  # the gateway dies: every connection is cut, the port is closed
        started = time.monotonic()
        with pytest.raises(APIConnectionError) as caught:
            while True:
                stream.get(10.0)
        took = time.monotonic() - started
        assert 0.9 <= took < 6.0, took
        assert "event polling failed" in str(caught.value)
        assert isinstance(caught.value.__cause__, APIConnectionError)
        assert agent.connection_status == "failed"
        assert [c[1] for c in changes] == ["lost", "failed"]
        assert changes[0][0] == "153" and changes[0][2] is not None
        with pytest.raises(APIConnectionError):
            stream.get(0.1)  # and it stays ended
        agent._session.signed_out()  # nothing left to sign out on a dead gateway


def test_a_gateway_back_within_the_window_restores_polling() -> None:
    changes: list[str] = []
    fake = SessionGateway()
    fake.push(
        httpx.ConnectError("refused"),
        httpx.ConnectError("refused"),
        event("AgentState_Ready"),
    )
    with AgentGateway(
        BASE,
        transport=httpx.MockTransport(fake),
        connection_lost_after=30.0,
        on_connection_change=lambda a, s, e: changes.append(s),
        **FAST,
    ) as gateway:
        agent = gateway.agent("153", guid="g")
        assert agent.connection_status == "idle"
        with agent.events() as stream:
            assert stream.get(5.0).type.value == "AgentState_Ready"
        assert changes == ["lost", "connected"]
        assert agent.connection_status == "connected"


def test_a_failing_callback_does_not_stop_polling(caplog: pytest.LogCaptureFixture) -> None:
    def broken(agent_id: str, status: str, error: BaseException | None) -> None:
        raise RuntimeError("application bug")

    fake = SessionGateway().push(httpx.ConnectError("refused"), event("AgentState_Ready"))
    with (
        AgentGateway(
            BASE, transport=httpx.MockTransport(fake), on_connection_change=broken, **FAST
        ) as gateway,
        gateway.agent("153", guid="g").events() as stream,
    ):
        assert stream.get(5.0).type.value == "AgentState_Ready"
    assert any("on_connection_change failed" in r.getMessage() for r in caplog.records)


def test_async_dead_gateway_ends_the_stream() -> None:
    fake = SessionGateway()

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    fake.push(*[refuse] * 1000)

    async def main() -> None:
        async with AsyncAgentGateway(
            BASE, transport=httpx.MockTransport(fake), connection_lost_after=0.5, **FAST
        ) as gateway:
            stream = gateway.agent("153", guid="g").events()
            with pytest.raises(APIConnectionError, match="event polling failed"):
                await stream.get(5.0)

    asyncio.run(asyncio.wait_for(main(), 10))


# ---------------------------------------------------------------------------- dying poller
def test_a_poller_killed_by_an_unexpected_error_ends_every_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(raw: Any) -> Any:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(events_module, "decode_event", explode)
    fake = SessionGateway().push(event("AgentState_Ready"))
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gateway:
        agent = gateway.agent("153", guid="g")
        first, second = agent.events(), agent.events()
        for stream in (first, second):
            with pytest.raises(AgentGatewayError, match="OverflowError") as caught:
                stream.get(5.0)
            assert isinstance(caught.value.__cause__, OverflowError)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_poller_thread_dying_for_any_reason_ends_its_streams() -> None:
    """Even a BaseException (re-raised, so the thread still dies visibly) ends the streams."""

    class Fatal(BaseException):
        pass

    def poll() -> Any:
        raise Fatal

    pump = EventPump("153", poll, PumpSettings(interval=0.01))
    stream = pump.subscribe()
    thread = pump._thread
    with pytest.raises(AgentGatewayError, match="unexpected Fatal"):
        stream.get(5.0)
    assert thread is not None
    thread.join(5)


def test_async_poller_cancelled_ends_its_streams() -> None:
    async def main() -> None:
        async def poll() -> Any:
            await asyncio.sleep(60)

        pump = events_module.AsyncEventPump("153", poll, PumpSettings(interval=0.01))
        stream = pump.subscribe()
        await asyncio.sleep(0.05)
        assert pump._task is not None
        pump._task.cancel()
        with pytest.raises(AgentGatewayError, match="CancelledError"):
            await stream.get(5.0)

    asyncio.run(main())


# ---------------------------------------------------------------------------- overflow
def test_an_overflowed_stream_gives_its_buffered_events_then_raises() -> None:
    events = [event("AgentState_Ready") for _ in range(8)]
    fake = SessionGateway().push(*events)
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gateway:
        pump = gateway.agent("153", guid="g")._pump()
        stream = pump.subscribe(limit=3)
        deadline = time.monotonic() + 5
        while len(fake.polls()) < 9 and time.monotonic() < deadline:
            time.sleep(0.01)
        got = [stream.get(1.0) for _ in range(3)]
        assert [e.type.value for e in got] == ["AgentState_Ready"] * 3
        with pytest.raises(EventOverflowError, match="3 events behind"):
            stream.get(1.0)
        with pytest.raises(EventOverflowError):
            stream.get(1.0)


# ---------------------------------------------------------------------------- drip
class DripServer:
    """A loopback HTTP server that sends its reply one byte per ``every`` seconds."""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every
        self.requests = 0
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._stop = threading.Event()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self._sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            self.requests += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        body = b'{"message":"","retcode":"0","result":null}'
        reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        with conn, contextlib.suppress(OSError):
            conn.recv(65536)
            for byte in reply:
                if self._stop.wait(self.every):
                    return
                conn.sendall(bytes([byte]))

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def drip() -> Iterator[DripServer]:
    server = DripServer()
    yield server
    server.close()


@pytest.mark.parametrize("method", ["call_info", "sync_state"])
def test_a_dripping_reply_cannot_outlast_the_deadline(drip: DripServer, method: str) -> None:
    with AgentGateway(drip.url, timeout=2.0, deadline=2.5, **FAST) as gateway:
        agent = gateway.agent("153", guid="g")
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"deadline of 2\.5 s"):
            getattr(agent, method)()
        took = time.monotonic() - started
    assert 2.3 <= took < 3.5, took


def test_with_options_deadline_bounds_one_call(drip: DripServer) -> None:
    with AgentGateway(drip.url, timeout=2.0, deadline=None, **FAST) as gateway:
        agent = gateway.agent("153", guid="g").with_options(deadline=1.5)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            agent.call_info()
        assert time.monotonic() - started < 2.5


def test_async_dripping_reply_cannot_outlast_the_deadline(drip: DripServer) -> None:
    async def main() -> float:
        async with AsyncAgentGateway(drip.url, timeout=2.0, deadline=1.5, **FAST) as gateway:
            agent = gateway.agent("153", guid="g")
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="deadline"):
                await agent.call_info()
            return time.monotonic() - started

    took = asyncio.run(main())
    assert 1.3 <= took < 2.5, took


def test_retries_stop_at_the_deadline() -> None:
    port = _free_port()  # nothing listens: every attempt is refused at once
    with AgentGateway(
        f"http://127.0.0.1:{port}", max_retries=50, retry_backoff=(0.2, 0.2), deadline=1.0
    ) as gateway:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline of 1 s"):
            gateway.agent("153", guid="g").call_info()
        assert time.monotonic() - started < 1.5


# ---------------------------------------------------------------------------- close
def test_close_signs_out_the_agents_still_signed_in() -> None:
    fake = SessionGateway()
    gateway = AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)
    agent = gateway.sign_in("153", password="pw", phone="1")
    agent.events()  # polling runs
    gateway.close()
    assert len(fake.calls("/logout")) == 1
    assert agent._session.pump is not None and agent._session.pump.ended


def test_close_does_not_sign_out_again_after_a_sign_out() -> None:
    fake = SessionGateway()
    with (
        AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gateway,
        gateway.sign_in("153", password="pw", phone="1"),
    ):
        pass
    assert len(fake.calls("/logout")) == 1


def test_close_says_loudly_when_it_cannot_sign_out(caplog: pytest.LogCaptureFixture) -> None:
    refused = json_reply({"message": "talking", "retcode": "100-010"})
    fake = SessionGateway().on("DELETE", "/logout", refused)
    gateway = AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)
    gateway.sign_in("153", password="pw", phone="1")
    gateway.close()
    (record,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "agent 153 is still signed in" in record.getMessage()
    assert "100-010" in record.getMessage()


def test_async_close_signs_out_the_agents_still_signed_in() -> None:
    fake = SessionGateway()

    async def main() -> None:
        gateway = AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)
        agent = await gateway.sign_in("153", password="pw", phone="1")
        agent.events()
        await gateway.aclose()

    asyncio.run(main())
    assert len(fake.calls("/logout")) == 1


def test_close_with_a_live_poller_over_loopback_is_quiet(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sim = GatewaySimulator(poll_wait=1.0)
    sim.add_agent("153", password="pw", phone="40038")
    with sim.serve() as server:
        gateway = AgentGateway(server.url, **FAST)
        agent = gateway.sign_in("153", password="pw", phone="40038")
        stream = agent.events()
        stream.get(5.0)
        time.sleep(0.2)  # a long poll is in flight
        gateway.close()
        assert not sim.is_signed_in("153"), "signed out"
    noisy = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING or "Bad file descriptor" in r.getMessage()
    ]
    assert noisy == []


def test_close_does_not_wait_for_each_long_poll(caplog: pytest.LogCaptureFixture) -> None:
    def held(request: httpx.Request) -> httpx.Response:
        time.sleep(1.0)  # a long poll the gateway holds
        raise httpx.ReadError("connection closed by close()")

    fake = SessionGateway()
    fake.push(*[held] * 10)
    gateway = AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)
    streams = [gateway.agent(str(agent_id), guid="g").events() for agent_id in (153, 154, 155)]
    time.sleep(0.1)
    started = time.monotonic()
    gateway.close()
    assert time.monotonic() - started < 0.5
    for stream in streams:
        with pytest.raises(StopIteration):
            stream.get(0.1)
    time.sleep(1.2)  # the polls in flight end with an error: nobody is told, nothing logged
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_async_close_cancels_long_polls_quietly(caplog: pytest.LogCaptureFixture) -> None:
    async def held(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5.0)
        raise AssertionError("cancelled before")

    async def main() -> float:
        gateway = AsyncAgentGateway(BASE, transport=httpx.MockTransport(held), **FAST)
        agent = gateway.agent("153", guid="g")
        stream = agent.events()
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await gateway.aclose()
        with pytest.raises(StopAsyncIteration):
            await stream.get(0.5)
        return time.monotonic() - started

    assert asyncio.run(main()) < 1.0
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_bare_timeout_error_from_an_async_transport_is_a_documented_error() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        raise TimeoutError

    async def main() -> None:
        async with AsyncAgentGateway(
            BASE, transport=httpx.MockTransport(handler), deadline=None
        ) as gateway:
            with pytest.raises(APITimeoutError, match="timed out"):
                await gateway.agent("153", guid="g").call_info()

    asyncio.run(main())
