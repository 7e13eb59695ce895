"""The loopback HTTP server, driven by a real httpx client over TCP."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import Fault, GatewaySimulator, ManualClock
from tests.simulator.helpers import AGENT, PASSWORD, PHONE, make_simulator


@pytest.fixture
def served(clock: ManualClock) -> Any:
    sim = make_simulator(clock, poll_wait=2.0)
    with sim.serve() as server:
        yield sim, server


def test_a_session_over_loopback(served: Any) -> None:
    sim, server = served
    assert server.url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=server.url + "/agentgateway/resource", timeout=5) as http:
        signed_in = http.put(
            f"/onlineagent/{AGENT}", json={"password": PASSWORD, "phonenum": PHONE}
        )
        assert signed_in.json()["retcode"] == "0"
        guid = signed_in.headers["Set-GUID"].removeprefix("JSESSIONID=")
        headers = {"Guid": guid}
        first = http.get(f"/agentevent/{AGENT}", headers=headers, params={"calldata": "x"})
        assert first.json()["event"]["eventType"] == "AgentOther_InService"
        http.get(f"/agentevent/{AGENT}", headers=headers)

        answers: list[httpx.Response] = []
        poller = threading.Thread(
            target=lambda: answers.append(http.get(f"/agentevent/{AGENT}", headers=headers))
        )
        started = time.monotonic()
        poller.start()
        time.sleep(0.05)
        call_id = sim.offer_call(AGENT, app_data="over the wire")
        poller.join(3.0)
        assert answers[0].json()["event"]["eventType"] == "AgentState_Busy"
        assert time.monotonic() - started < 1.5

        data = http.get(
            f"/calldata/{AGENT}/appdata",
            headers=headers,
            params={"callId": call_id, "isEncodeResult": "false"},
        )
        assert data.json()["result"] == "over the wire"
        conf = http.post(
            f"/agentconf/{AGENT}/requestagentconf", headers=headers, json={"memberNum": 3}
        )
        assert conf.json()["retcode"] == "0"
        assert http.delete(f"/onlineagent/{AGENT}/logout", headers=headers).json()["retcode"] == (
            "100-010"
        )
        assert http.get("/nowhere").status_code == 404
        assert http.post(f"/onlineagent/{AGENT}").status_code == 405


def _until(condition: Any, seconds: float = 5.0) -> bool:
    due = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > due:
            return False
        time.sleep(0.02)
    return True


def test_the_server_counts_its_open_connections_and_held_polls(served: Any) -> None:
    """What the soak benchmark waits on before it measures memory (scripts/bench)."""
    sim, server = served
    assert (server.open_connections, server.held_polls) == (0, 0)
    with httpx.Client(base_url=server.url + "/agentgateway/resource", timeout=5) as http:
        signed_in = http.put(
            f"/onlineagent/{AGENT}", json={"password": PASSWORD, "phonenum": PHONE}
        )
        headers = {"Guid": signed_in.headers["Set-GUID"].removeprefix("JSESSIONID=")}
        while http.get(f"/agentevent/{AGENT}", headers=headers).json().get("event"):
            pass  # the sign-in's events: the next poll is held
        assert server.open_connections == 1  # kept alive
        poller = threading.Thread(target=lambda: http.get(f"/agentevent/{AGENT}", headers=headers))
        poller.start()
        assert _until(lambda: server.held_polls == 1)
        sim.push_event(AGENT, "AgentOther_Bulletin", {"text": "wake"})
        poller.join(5)
        assert server.held_polls == 0
    assert _until(lambda: server.open_connections == 0)  # the client hung up: counted out


def test_a_parked_connection_that_hung_up_is_let_go(served: Any) -> None:
    """Its handler (and buffers) are freed once the peer hung up, although the parking's
    thread then waits in its next select, which may be long (the soak of scripts/bench)."""
    import gc

    from cec_agentgateway._simulator._http import _Handler

    def handlers() -> int:
        gc.collect()
        return sum(isinstance(o, _Handler) for o in gc.get_objects())

    _sim, server = served
    before = handlers()
    with httpx.Client(base_url=server.url + "/agentgateway/resource", timeout=5) as http:
        http.put(f"/onlineagent/{AGENT}", json={"password": PASSWORD, "phonenum": PHONE})
        time.sleep(0.8)  # longer than the answering thread waits for a next request: parked
    assert _until(lambda: server.open_connections == 0)
    assert _until(lambda: handlers() <= before, 2.0), "the hung-up connection's handler is kept"


def test_a_transport_fault_closes_the_connection(served: Any) -> None:
    sim, server = served
    sim.inject(None, Fault.connect_error())
    sim.inject(None, Fault.http_error(502))
    with httpx.Client(base_url=server.url, timeout=5) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/agentgateway/resource/onlineagent/153/agentstatus")
        assert http.get("/agentgateway/resource/onlineagent/153/agentstatus").status_code == 502
        answer = http.get("/agentgateway/resource/onlineagent/153/agentstatus")
        assert answer.json()["retcode"] == "100-006"


def test_chunked_request_bodies(served: Any) -> None:
    _, server = served

    def chunks() -> Any:
        yield b'{"password": "secret",'
        yield b' "phonenum": "40038"}'

    with httpx.Client(base_url=server.url, timeout=5) as http:
        answer = http.put("/agentgateway/resource/onlineagent/153", content=chunks())
    assert answer.json()["retcode"] == "0"


def test_close_releases_the_port() -> None:
    sim = GatewaySimulator()
    server = sim.serve()
    url = server.url
    server.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/agentgateway/resource/onlineagent/153/agentstatus", timeout=2)
    assert repr(server) == f"SimulatorServer({url!r})"


def test_the_command_line_serves_until_interrupted() -> None:
    command = [sys.executable, "-m", "cec_agentgateway.simulator", "--port", "0"]
    command += ["--agent", "200:pw:88001", "--poll-wait", "0.1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.split(" at ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/agentgateway/resource")
        body = {"password": "pw", "phonenum": "88001"}
        answer = httpx.put(f"{url}/onlineagent/200", json=body, timeout=5)
        assert answer.json()["retcode"] == "0"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0
