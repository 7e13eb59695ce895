"""The control endpoint (/__sim__/) and the simulator's session flags, driven over HTTP as
another language's tests would."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from cec_agentgateway._simulator._control import is_loopback
from cec_agentgateway.simulator import GatewaySimulator, SimulatorServer, run_command
from tests.simulator.helpers import AGENT, PASSWORD, PHONE, Desk, types


@pytest.fixture
def live() -> Iterator[tuple[GatewaySimulator, SimulatorServer]]:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    with sim.serve(control=True, commands=lambda line: run_command(sim, line)) as server:
        yield sim, server


def _clients(server: SimulatorServer) -> tuple[httpx.Client, Desk]:
    control = httpx.Client(base_url=server.url + "/__sim__", timeout=10)
    api = httpx.Client(base_url=server.url + "/agentgateway/resource", timeout=10)
    return control, Desk(api)


def test_a_call_scripted_through_the_control_endpoint(
    live: tuple[GatewaySimulator, SimulatorServer],
) -> None:
    sim, server = live
    control, desk = _clients(server)
    with control, desk.http:
        desk.signed_in()
        state = control.get("/state").json()
        assert state["ok"] and state["agents"][0]["agentId"] == AGENT
        assert state["agents"][0]["signedIn"] is True and state["requests"] > 0

        offered = control.post(
            "/offer_call", json={"agent": AGENT, "caller": "70009", "appData": "orderId=42"}
        ).json()
        assert offered["ok"] and offered["callId"]
        assert control.get("/state").json()["agents"][0]["callId"] == offered["callId"]
        events = desk.drain()
        assert "AgentEvent_Talking" in types(events)
        info = next(e for e in events if e["eventType"] == "AgentEvent_Incoming_CallInfo")
        assert info["content"]["caller"] == "70009"

        assert control.post("/set_app_data", json={"agent": AGENT, "data": "ivr=7"}).json()["ok"]
        assert desk.request("GET", f"/calldata/{AGENT}/appdata").json()["result"] == "ivr=7"

        ended = control.post("/end_call", json={"agent": AGENT, "releasedBy": "agent"}).json()
        assert ended == {"ok": True}
        assert "AgentEvent_Call_Release" in types(desk.drain())
        assert control.get("/state").json()["agents"][0]["callId"] is None
        assert sim.agent_state(AGENT).value in (4, 5)  # idle again (or wrap-up)


def test_pushed_events_arrive_as_given(live: tuple[GatewaySimulator, SimulatorServer]) -> None:
    _, server = live
    control, desk = _clients(server)
    with control, desk.http:
        desk.signed_in()
        pushed = {"agent": AGENT, "eventType": "AgentEvent_Hold", "content": "1455885056-1095"}
        assert control.post("/push_event", json=pushed).json()["ok"]
        event = desk.poll()["event"]
        assert event["eventType"] == "AgentEvent_Hold" and event["content"] == "1455885056-1095"


def test_injected_retcode_http_status_and_disconnect(
    live: tuple[GatewaySimulator, SimulatorServer],
) -> None:
    _, server = live
    control, desk = _clients(server)
    with control, desk.http:
        desk.signed_in()
        inject = {"agent": AGENT, "operation": "queryCallInfo", "retcode": "100-007"}
        assert control.post("/inject", json=inject).json()["ok"]
        assert desk.retcode("GET", f"/calldata/{AGENT}/callinfo") == "100-007"
        assert desk.retcode("GET", f"/calldata/{AGENT}/callinfo") != "100-007"  # used once

        inject = {"agent": AGENT, "operation": "queryCallInfo", "httpStatus": 502, "times": 2}
        assert control.post("/inject", json=inject).json()["ok"]
        for _ in range(2):
            assert desk.request("GET", f"/calldata/{AGENT}/callinfo").status_code == 502

        inject = {"operation": "queryCallInfo", "transportError": "disconnect"}
        assert control.post("/inject", json=inject).json()["ok"]
        with pytest.raises(httpx.RemoteProtocolError):
            desk.request("GET", f"/calldata/{AGENT}/callinfo")

        inject = {"operation": "queryCallInfo", "retcode": "100-007", "times": 3}
        control.post("/inject", json=inject)
        assert control.post("/clear_faults").json()["ok"]
        assert desk.retcode("GET", f"/calldata/{AGENT}/callinfo") != "100-007"


def test_scenario_commands_and_errors(live: tuple[GatewaySimulator, SimulatorServer]) -> None:
    _, server = live
    control, desk = _clients(server)
    with control, desk.http:
        desk.signed_in()
        offered = control.post("/command", json={"line": f"offer {AGENT} 70004"}).json()
        assert offered["ok"] and offered["answer"]
        hung_up = control.post("/command", json={"line": f"hangup {AGENT}"}).json()
        assert hung_up == {"ok": True, "answer": offered["answer"]}

        refused = control.post("/end_call", json={"agent": AGENT})  # no call any more
        assert refused.status_code == 400 and "no call" in refused.json()["error"]
        for body in ({}, {"agent": AGENT, "retcode": "1", "httpStatus": 500}, [1]):
            answer = control.post("/inject" if body != {} else "/offer_call", json=body)
            assert answer.status_code == 400 and answer.json()["ok"] is False
        assert control.post("/command", json={"line": "nonsense"}).status_code == 400
        unknown = control.post("/nonsense", json={})
        assert unknown.status_code == 404 and "POST offer_call" in unknown.json()["controls"]
        assert control.post("/force_sign_out", json={"agent": AGENT}).json()["ok"]
        assert control.get("/state").json()["agents"][0]["signedIn"] is False


def test_control_is_off_unless_asked() -> None:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent(AGENT, password=PASSWORD)
    with sim.serve() as server, httpx.Client(base_url=server.url) as http:
        answer = http.post("/__sim__/offer_call", json={"agent": AGENT})
        assert answer.status_code == 404 and "--control" in answer.json()["error"]
        assert http.get("/__sim__/state").status_code == 404
    assert sim.requests == []  # the reserved path never reaches the simulated gateway


def test_only_loopback_clients_may_control() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("127.9.9.9") and is_loopback("::1")
    assert not is_loopback("192.168.1.20") and not is_loopback("10.0.0.1")
    assert not is_loopback("2001:db8::1") and not is_loopback("not-an-address")


# ------------------------------------------------------------------ the command line
@pytest.fixture
def launched() -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [sys.executable, "-m", "cec_agentgateway.simulator", "--port", "0", "-v"]
    command += ["--poll-wait", "0.05", "--guid-rotation", "0.3", "--idle-timeout", "1.5"]
    command += ["--control", "--agent", f"{AGENT}:{PASSWORD}:{PHONE}"]
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("simulated CC-Gateway at http://127.0.0.1:"), banner
        yield process, banner.split(" at ", 1)[1].strip().removesuffix("/agentgateway/resource")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_rotation_idle_sign_out_control_and_request_log(
    launched: tuple[subprocess.Popen[str], str],
) -> None:
    process, url = launched
    with httpx.Client(base_url=url + "/agentgateway/resource", timeout=10) as api:
        desk = Desk(api)
        first = desk.signed_in().guid
        time.sleep(0.4)
        desk.poll()
        assert desk.guid != first  # rotated after --guid-rotation 0.3 s
        with httpx.Client(base_url=url, timeout=10) as control:
            offered = control.post("/__sim__/offer_call", json={"agent": AGENT})
            assert offered.json()["ok"]
            control.post("/__sim__/end_call", json={"agent": AGENT})
            deadline = time.monotonic() + 10
            while control.get("/__sim__/state").json()["agents"][0]["signedIn"]:
                assert time.monotonic() < deadline, "not signed out after --idle-timeout"
                time.sleep(0.2)
    process.terminate()
    _, log = process.communicate(timeout=10)
    assert f"PUT /agentgateway/resource/onlineagent/{AGENT} -> 200 retcode 0" in log
    assert "POST /__sim__/offer_call -> 200" in log
    assert first is not None and first not in log  # never a Guid


def test_negative_durations_are_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cec_agentgateway.simulator", "--idle-timeout", "-1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--idle-timeout must be 0 or more" in done.stderr
