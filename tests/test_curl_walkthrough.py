"""The curl session of docs/other-languages.md, run as written against the loopback simulator."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "other-languages.md"
MARKER = "<!-- curl-walkthrough:"


def walkthrough() -> str:
    text = DOC.read_text(encoding="utf-8")
    after = text[text.index(MARKER) :]
    match = re.search(r"```sh\n(.*?)```", after, re.DOTALL)
    assert match, "the marker is followed by a ```sh block"
    return match.group(1)


@pytest.mark.skipif(
    shutil.which("curl") is None and not os.environ.get("CI"), reason="curl is not installed"
)
def test_curl_walkthrough(tmp_path: Path) -> None:
    sim = GatewaySimulator(poll_wait=0.3, guid_rotation=0.3)
    sim.add_agent("153", password="secret", phone="40038")
    offered: list[str] = []

    def offer_once_signed_in() -> None:
        # As a queue would: a call for the agent a little after it signed in, so that the
        # walkthrough polls (and sees a rotation) before the call arrives.
        deadline = time.monotonic() + 30
        while not sim.is_signed_in("153") and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.8)
        offered.append(sim.offer_call("153", caller="70004"))

    with sim.serve() as server:
        offering = threading.Thread(target=offer_once_signed_in, daemon=True)
        offering.start()
        done = subprocess.run(
            ["bash", "-eu", "-o", "pipefail", "-c", walkthrough()],
            cwd=tmp_path,
            env={**os.environ, "BASE": f"{server.url}/agentgateway/resource"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        offering.join(timeout=30)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    answers = [json.loads(line) for line in lines if line.startswith("{")]
    assert {a["retcode"] for a in answers} == {"0"}
    assert answers[0]["result"]["workno"] == "153"
    events = [a["event"]["eventType"] for a in answers if a.get("event")]
    assert events[:2] == ["AgentOther_InService", "AgentState_Ready"]
    talking = events.index("AgentEvent_Talking")
    assert events[-1] == "AgentEvent_Call_Release" and talking < len(events) - 1
    assert "(the Guid rotated)" in lines
    (call_id,) = offered
    infos = [a for a in answers if isinstance(a.get("result"), dict) and "callid" in a["result"]]
    assert [info["result"]["callid"] for info in infos] == [call_id]
    assert infos[0]["result"]["caller"] == "70004"
    assert answers[-1] == {"message": "", "retcode": "0", "result": None}
    assert not sim.is_signed_in("153")  # signed out with the rotated Guid
    seen = [r.operation for r in sim.requests]
    assert seen[0] == "signIn" and seen[-1] == "signOut"
    assert [op for op in seen if op != "getAgentEvent"] == [
        "signIn",
        "queryCallInfo",
        "releaseCall",
        "signOut",
    ]
    between = seen[seen.index("queryCallInfo") - 1 : seen.index("releaseCall") + 2]
    assert between == ["getAgentEvent", "queryCallInfo", "releaseCall", "getAgentEvent"]
    assert list(tmp_path.iterdir()) == [], "the walkthrough cleans up its files"
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", done.stdout), "no Guid is printed"


def control_block() -> str:
    text = DOC.read_text(encoding="utf-8")
    after = text[text.index("<!-- sim-control:") :]
    match = re.search(r"```sh\n(.*?)```", after, re.DOTALL)
    assert match, "the sim-control marker is followed by a ```sh block"
    return match.group(1)


@pytest.mark.skipif(
    shutil.which("curl") is None and not os.environ.get("CI"), reason="curl is not installed"
)
def test_control_endpoint_curl_block() -> None:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="secret", phone="40038")
    with (
        sim.serve(control=True) as server,
        httpx.Client(base_url=f"{server.url}/agentgateway/resource", timeout=10) as http,
    ):
        body = {"password": "secret", "phonenum": "40038"}
        signed_in = http.put("/onlineagent/153", json=body)
        guid = signed_in.headers["Set-GUID"].removeprefix("JSESSIONID=")
        done = subprocess.run(
            ["bash", "-eu", "-o", "pipefail", "-c", control_block()],
            env={**os.environ, "SIM": server.url},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        answers = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        assert [a["ok"] for a in answers] == [True] * 4, answers
        assert answers[0]["callId"] and answers[3]["agents"][0]["signedIn"] is True
        types = [e["eventType"] for e in sim.pending_events("153")]
        assert "AgentEvent_Talking" in types and "AgentEvent_Call_Release" in types
        info = http.get("/calldata/153/callinfo", headers={"Guid": guid}).json()
        assert info["retcode"] == "100-007"
