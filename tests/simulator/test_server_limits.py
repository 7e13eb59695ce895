"""The loopback server under hostile peers: timeouts, the connection bound, body limits.

Every peer here is a raw socket or an httpx client on 127.0.0.1, and every wait is bounded:
the server runs with timeouts of a fraction of a second.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from cec_agentgateway._simulator._limits import ServerLimits, json_too_deep
from cec_agentgateway.simulator import GatewaySimulator, ManualClock, SimulatorServer, main
from tests.simulator.helpers import AGENT, Desk, make_simulator

API = "/agentgateway/resource"
STATUS_PATH = f"{API}/onlineagent/{AGENT}/agentstatus"
LOGGER = "cec_agentgateway.simulator"
Served = tuple[GatewaySimulator, SimulatorServer]
# The request log of -v: "GET /path -> 200 retcode ..." at INFO, the only record allowed.
REQUEST_LOG = re.compile(r"^[A-Z]+ /\S* -> \d{3}( retcode \S+)?$")


@pytest.fixture
def serve(clock: ManualClock) -> Iterator[Callable[..., Served]]:
    """serve(poll_wait=..., **limits): a simulator served on loopback, closed after the test."""
    with ExitStack() as stack:

        def start(poll_wait: float = 0.2, **limits: Any) -> Served:
            sim = make_simulator(clock, poll_wait=poll_wait)
            server = SimulatorServer(sim, "127.0.0.1", 0, control=True, **limits)
            stack.enter_context(server)
            return sim, server

        yield start


def connect(server: SimulatorServer, timeout: float = 5.0) -> socket.socket:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    return socket.create_connection((host, int(port)), timeout=timeout)


def read_until_closed(peer: socket.socket) -> bytes:
    """Everything the server sends until it closes (the peer's timeout bounds the wait)."""
    received = b""
    with peer:
        try:
            while chunk := peer.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
    return received


def read_answer(peer: socket.socket) -> bytes:
    """One answer: its head, then as many bytes as its Content-Length says."""
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = peer.recv(65536)
        assert chunk, f"closed after {answer!r}"
        answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0]
    found = re.search(rb"Content-Length: (\d+)", head)
    assert found, head
    length = int(found.group(1))
    while len(answer) < len(head) + 4 + length:
        answer += peer.recv(65536)
    return answer


def status_of(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1.1 "), answer[:200]
    return int(answer.split(b" ", 2)[1])


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def api_client(server: SimulatorServer) -> httpx.Client:
    return httpx.Client(base_url=server.url + API, timeout=5)


# ---------------------------------------------------------------------------- timeouts
def test_a_half_sent_request_is_cut_after_the_read_timeout(serve: Any) -> None:
    _, server = serve(read_timeout=0.3, request_timeout=5.0, keep_alive_timeout=5.0)
    peer = connect(server)
    peer.sendall(f"GET {STATUS_PATH} HTTP/1.1\r\nHost: sim\r\n".encode())  # no blank line
    started = time.monotonic()
    answer = read_until_closed(peer)
    took = time.monotonic() - started
    assert status_of(answer) == 408
    assert b"Connection: close" in answer
    assert 0.25 <= took < 2.0, took


def test_a_peer_dripping_a_request_is_cut_at_the_request_timeout(serve: Any) -> None:
    _, server = serve(read_timeout=0.5, request_timeout=0.8, keep_alive_timeout=5.0)
    peer = connect(server)
    stop = threading.Event()

    def drip() -> None:  # a byte every 0.05 s: never silent for a read_timeout
        header = f"GET {STATUS_PATH} HTTP/1.1\r\nX-Slow: " + "a" * 1000
        for byte in header.encode():
            if stop.wait(0.05):
                return
            try:
                peer.send(bytes([byte]))
            except OSError:
                return

    dripper = threading.Thread(target=drip)
    started = time.monotonic()
    dripper.start()
    try:
        answer = read_answer(peer)
        took = time.monotonic() - started
    finally:
        stop.set()
        dripper.join(5)
        peer.close()
    assert status_of(answer) == 408
    assert 0.7 <= took < 2.5, took


def test_an_idle_keep_alive_connection_is_closed_quietly(serve: Any) -> None:
    _, server = serve(keep_alive_timeout=0.3)
    peer = connect(server)
    peer.sendall(f"GET {STATUS_PATH} HTTP/1.1\r\nHost: sim\r\n\r\n".encode())
    started = time.monotonic()
    answer = read_until_closed(peer)
    took = time.monotonic() - started
    assert answer.count(b"HTTP/1.1 ") == 1 and status_of(answer) == 200  # no 408 for idling
    assert 0.25 <= took < 2.0, took


def test_a_long_poll_longer_than_the_read_timeouts_answers_normally(serve: Any) -> None:
    _, server = serve(poll_wait=1.0, read_timeout=0.2, request_timeout=0.3)
    with api_client(server) as http:
        desk = Desk(http).signed_in()
        started = time.monotonic()
        empty = desk.poll()
        took = time.monotonic() - started
        assert empty["retcode"] == "0" and "event" not in empty
        assert 0.9 <= took < 3.0, took
        assert desk.retcode("GET", f"/onlineagent/{AGENT}/agentstatus") == "0"  # still usable


def test_slowloris_threads_are_released_while_the_peers_keep_their_sockets(serve: Any) -> None:
    _, server = serve(read_timeout=0.3, request_timeout=0.6, keep_alive_timeout=0.6)
    before = threading.active_count()
    with ExitStack() as peers:
        for _ in range(30):
            peer = peers.enter_context(connect(server))
            peer.sendall(f"GET {STATUS_PATH} HTTP/1.1\r\nHost: sim\r\n".encode())
        for _ in range(10):
            peers.enter_context(connect(server))  # connected, never a byte sent
        assert wait_until(lambda: threading.active_count() >= before + 30, 3.0)
        # every socket still open on the peer's side; the server has let go of them
        assert wait_until(lambda: threading.active_count() <= before, 3.0), (
            threading.active_count() - before
        )


def test_idle_keep_alive_connections_hold_no_thread_and_serve_again(serve: Any) -> None:
    _, server = serve(keep_alive_timeout=10.0)
    before = threading.active_count()
    request = f"GET {STATUS_PATH} HTTP/1.1\r\nHost: sim\r\n\r\n".encode()
    with ExitStack() as peers:
        idle = [peers.enter_context(connect(server)) for _ in range(30)]
        for peer in idle:
            peer.sendall(request)
            assert status_of(read_answer(peer)) == 200
        # idle after their answers: parked, each connection open, no thread waiting for it
        assert wait_until(lambda: threading.active_count() <= before, 3.0)
        for peer in idle:  # and each serves its next request
            peer.sendall(request)
            assert status_of(read_answer(peer)) == 200


# ---------------------------------------------------------------------------- connections
def test_beyond_max_connections_the_answer_is_a_clear_503(
    serve: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, LOGGER)
    _, server = serve(max_connections=2)
    with connect(server) as first, connect(server) as second:
        for peer in (first, second):  # served, then held open (keep-alive)
            peer.sendall(f"GET {STATUS_PATH} HTTP/1.1\r\nHost: sim\r\n\r\n".encode())
            assert status_of(read_answer(peer)) == 200
        refused = httpx.get(server.url + STATUS_PATH, timeout=5)
        assert refused.status_code == 503
        assert refused.headers["Connection"] == "close"
        assert "try again" in refused.text
    # the two are closed: the server serves again
    assert wait_until(lambda: httpx.get(server.url + STATUS_PATH).status_code == 200, 3.0)
    refusals = [r for r in caplog.records if "503" in r.getMessage()]
    assert refusals and all(r.levelno <= logging.INFO and not r.exc_info for r in refusals)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")
def test_threads_and_descriptors_return_to_their_start_after_clients_close(serve: Any) -> None:
    _, server = serve(poll_wait=0.3, max_connections=40)
    before = threading.active_count()
    httpx.get(server.url + STATUS_PATH, timeout=5)  # warm up (lazy imports, first thread)
    assert wait_until(lambda: threading.active_count() <= before, 2.0)
    baseline_threads, baseline_fds = threading.active_count(), open_fds()
    with ExitStack() as peers:
        desk = Desk(peers.enter_context(api_client(server))).signed_in()
        for i in range(50):  # beyond 40 connections, refused with 503
            peer = peers.enter_context(connect(server))
            if i % 3 == 0:  # half-sent
                peer.sendall(f"GET {STATUS_PATH} HTTP/1.1\r\n".encode())
            elif i % 3 == 1:  # a held poll
                poll = f"GET {API}/agentevent/{AGENT} HTTP/1.1\r\nGuid: {desk.guid}\r\n\r\n"
                peer.sendall(poll.encode())
        # a thread for each half-sent request; the held polls wait in the holder, threadless
        assert wait_until(lambda: threading.active_count() > baseline_threads + 10, 3.0)
    # every client closed: back to the start, threads and descriptors alike
    assert wait_until(
        lambda: threading.active_count() <= baseline_threads and open_fds() <= baseline_fds, 5.0
    ), (threading.active_count() - baseline_threads, open_fds() - baseline_fds)


def test_close_hangs_up_idle_keep_alive_connections(clock: ManualClock) -> None:
    before = threading.active_count()
    sim = make_simulator(clock)
    server = SimulatorServer(sim, "127.0.0.1", 0, keep_alive_timeout=30.0)
    with httpx.Client(base_url=server.url, timeout=5) as http:
        assert http.get(STATUS_PATH).status_code == 200  # its connection stays in the pool
        server.close()
        assert wait_until(lambda: threading.active_count() <= before, 2.0)


# ---------------------------------------------------------------------------- bodies
def test_a_deeply_nested_control_body_is_refused_without_a_traceback(
    serve: Any, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG, LOGGER)
    _, server = serve()
    control = httpx.Client(base_url=server.url + "/__sim__", timeout=5)
    with api_client(server) as http, control:
        desk = Desk(http).signed_in()
        for body in ("[" * 100_000 + "]" * 100_000, '{"agent": "153", "content": ' * 65):
            answer = control.post("/push_event", content=body)
            assert answer.status_code == 400
            assert answer.json()["ok"] is False and "nest" in answer.json()["error"]
        nested = {"agent": AGENT, "eventType": "X", "content": {"a": [[{"b": "[[[[" * 100}]]}}
        assert control.post("/push_event", json=nested).json() == {"ok": True}
        assert desk.poll()["event"]["content"] == nested["content"]
    assert "Traceback" not in capfd.readouterr().err
    assert [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info] == []


def test_json_depth_counts_brackets_outside_strings_only() -> None:
    assert not json_too_deep(b'{"a": "[[[[[[[[[[[[\\"[[[[[[["}', limit=1)
    assert json_too_deep(b'{"a": [1]}', limit=1)
    assert not json_too_deep(b"[" * 64 + b"]" * 64)
    assert json_too_deep(b"[" * 65)


def test_an_oversize_body_is_refused_without_reading_it(serve: Any) -> None:
    _, server = serve(max_body_bytes=1000, request_timeout=5.0)
    for path in (f"{API}/onlineagent/{AGENT}", "/__sim__/push_event"):
        peer = connect(server)
        peer.sendall(f"PUT {path} HTTP/1.1\r\nContent-Length: 50000000\r\n\r\n{{".encode())
        started = time.monotonic()
        answer = read_until_closed(peer)
        assert status_of(answer) == 413 and b"Connection: close" in answer
        assert time.monotonic() - started < 1.0  # not waiting for the rest
    with httpx.Client(base_url=server.url, timeout=5) as http:
        answer = http.put(f"{API}/onlineagent/{AGENT}", content=b" " * 200_000)
        assert answer.status_code == 413
        answer = http.post("/__sim__/push_event", content=iter([b" " * 600] * 2))  # chunked
        assert answer.status_code == 413 and answer.json()["ok"] is False
        answer = http.put(f"{API}/onlineagent/{AGENT}", content=iter([b"{}"]))
        assert answer.status_code == 200  # within the limit: the gateway's own answer


def test_an_oversize_body_announced_with_expect_100_continue_is_refused_first(
    serve: Any,
) -> None:
    _, server = serve(max_body_bytes=1000)
    peer = connect(server)
    head = f"PUT {API}/onlineagent/{AGENT} HTTP/1.1\r\nExpect: 100-continue\r\n"
    peer.sendall((head + "Content-Length: 5000\r\n\r\n").encode())
    answer = read_until_closed(peer)
    assert status_of(answer) == 413 and b"100 Continue" not in answer


@pytest.mark.parametrize(
    "header",
    [
        "Content-Length: -1",
        "Content-Length: abc",
        "Content-Length: +5",
        "Content-Length: 1e3",
        "Content-Length: 5, 6",
        "Content-Length: 2\r\nTransfer-Encoding: chunked",
        "Transfer-Encoding: gzip",
    ],
)
def test_bad_body_framing_is_400(serve: Any, header: str) -> None:
    _, server = serve()
    peer = connect(server)
    peer.sendall(f"PUT {API}/onlineagent/{AGENT} HTTP/1.1\r\n{header}\r\n\r\n{{}}".encode())
    answer = read_until_closed(peer)
    assert status_of(answer) == 400 and b"Connection: close" in answer


@pytest.mark.parametrize(
    "body",
    [b"zz\r\n{}\r\n0\r\n\r\n", b"2\r\n{}xx\r\n0\r\n\r\n", b"-2\r\n{}\r\n0\r\n\r\n"],
    ids=["not hex", "chunk too long", "negative"],
)
def test_broken_chunks_are_400(serve: Any, body: bytes) -> None:
    _, server = serve()
    peer = connect(server)
    head = f"PUT {API}/onlineagent/{AGENT} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    peer.sendall(head.encode() + body)
    assert status_of(read_until_closed(peer)) == 400


# ---------------------------------------------------------------------------- hang-ups
def test_a_peer_hanging_up_during_a_held_poll_logs_nothing_above_debug(
    serve: Any, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG, LOGGER)
    _, server = serve(poll_wait=0.3)
    before = threading.active_count()
    with api_client(server) as http:
        desk = Desk(http).signed_in()
    for _ in range(3):
        peer = connect(server)
        peer.sendall(f"GET {API}/agentevent/{AGENT} HTTP/1.1\r\nGuid: {desk.guid}\r\n\r\n".encode())
        time.sleep(0.05)  # the poll is held
        peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        peer.close()  # a reset: the server's answer meets a dead connection
    assert wait_until(lambda: threading.active_count() <= before, 3.0)
    assert "Traceback" not in capfd.readouterr().err
    loud = [
        r.getMessage()
        for r in caplog.records
        if r.levelno > logging.DEBUG and not REQUEST_LOG.match(r.getMessage())
    ]
    assert loud == []
    assert all(not r.exc_info for r in caplog.records)


def test_an_event_is_not_lost_to_a_poll_whose_peer_hung_up(serve: Any) -> None:
    # The held poll's peer is gone when the event arrives: the event waits for the next poll.
    sim, server = serve(poll_wait=2.0)
    with api_client(server) as http:
        desk = Desk(http).signed_in()
        peer = connect(server)
        peer.sendall(f"GET {API}/agentevent/{AGENT} HTTP/1.1\r\nGuid: {desk.guid}\r\n\r\n".encode())
        time.sleep(0.1)  # the poll is held
        peer.close()
        time.sleep(0.1)
        sim.push_event(AGENT, "AgentOther_PhoneBusy")
        assert wait_until(lambda: not sim._poll_waiters, 3.0)  # the held poll has ended
        assert [e["eventType"] for e in sim.pending_events(AGENT)] == ["AgentOther_PhoneBusy"]
        assert desk.poll()["event"]["eventType"] == "AgentOther_PhoneBusy"


# ---------------------------------------------------------------------------- settings
@pytest.mark.parametrize(
    "setting",
    [
        {"read_timeout": 0},
        {"request_timeout": -1},
        {"keep_alive_timeout": float("nan")},
        {"max_connections": 0},
        {"max_body_bytes": -1},
    ],
)
def test_limits_out_of_range_are_refused(setting: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(setting))):
        ServerLimits(**setting)


@pytest.mark.parametrize(
    "flag",
    ["--read-timeout=0", "--request-timeout=-1", "--max-connections=0", "--max-body-bytes=-1"],
)
def test_the_command_line_refuses_limits_out_of_range(
    flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--port", "0", flag])
    assert exited.value.code == 2
    assert flag.split("=")[0] in capsys.readouterr().err


def test_the_command_line_passes_its_limits_on(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    class Recorder(SimulatorServer):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            seen.update(kwargs)
            raise KeyboardInterrupt  # stop main() before it serves

    monkeypatch.setattr("cec_agentgateway.simulator.SimulatorServer", Recorder)
    flags = ["--read-timeout", "1.5", "--request-timeout", "3", "--keep-alive-timeout", "7"]
    flags += ["--max-connections", "12", "--max-body-bytes", "99"]
    with pytest.raises(KeyboardInterrupt):
        main(["--port", "0", *flags])
    assert {k: seen[k] for k in ServerLimits.__dataclass_fields__} == {
        "read_timeout": 1.5,
        "request_timeout": 3.0,
        "keep_alive_timeout": 7.0,
        "max_connections": 12,
        "max_body_bytes": 99,
    }
