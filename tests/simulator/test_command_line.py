"""The simulator's command line, driven as another language would: HTTP plus stdin lines."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, run_command
from tests.simulator.helpers import AGENT, Desk


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [sys.executable, "-m", "cec_agentgateway.simulator", "--port", "0"]
    command += ["--poll-wait", "0.1", "--unreachable", "99999", "--agent", f"{AGENT}:pw:40038"]
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("simulated CC-Gateway at http://127.0.0.1:"), banner
        yield process, banner.split(" at ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def command(process: subprocess.Popen[str], line: str) -> str:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


def test_a_call_driven_through_stdin_and_http(served: tuple[subprocess.Popen[str], str]) -> None:
    process, base_url = served
    with httpx.Client(base_url=base_url, timeout=10) as http:
        desk = Desk(http)
        desk.sign_in("pw")
        reply = command(process, "offer 153 70009")
        assert reply.startswith("ok ")
        events = desk.drain()
        talking = [e for e in events if e["eventType"] == "AgentEvent_Talking"]
        assert talking[0]["content"]["callid"] == reply.removeprefix("ok ")
        assert command(process, "hangup 153") == reply
        failed = desk.request("PUT", f"/voicecall/{AGENT}/callout", json={"called": "99999"})
        call_id = failed.json()["result"]
        fail_event = next(e for e in desk.drain() if e["eventType"] == "AgentEvent_Call_Out_Fail")
        assert fail_event["content"] == call_id
        assert command(process, "nonsense").startswith("error unknown command")


def test_transfer_commands(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.offer_call(AGENT)
    assert run_command(sim, "transfers pending") == "ok"
    body = {"devicetype": 2, "address": "70005", "mode": 2}
    assert desk.retcode("POST", f"/voicecall/{AGENT}/transfer", json=body) == "0"
    assert run_command(sim, "complete 153 failed").startswith("ok ")
    assert run_command(sim, "complete 153").startswith("error")
    assert run_command(sim, "transfers maybe").startswith("error unknown command")
    desk.request("POST", f"/voicecall/{AGENT}/seconddialex", params={"number": "42"})
    assert run_command(sim, "dtmf 153") == "ok 42"
