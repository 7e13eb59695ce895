"""The curl session of docs/other-languages.md, run as written against the loopback simulator."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

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
    with sim.serve() as server:
        done = subprocess.run(
            ["bash", "-eu", "-o", "pipefail", "-c", walkthrough()],
            cwd=tmp_path,
            env={**os.environ, "BASE": f"{server.url}/agentgateway/resource"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    answers = [json.loads(line) for line in lines if line.startswith("{")]
    assert [a["retcode"] for a in answers] == ["0"] * 8  # sign-in, six polls, sign-out
    assert answers[0]["result"]["workno"] == "153"
    polled = [a["event"]["eventType"] for a in answers[1:7] if a.get("event")]
    assert polled[:2] == ["AgentOther_InService", "AgentState_Ready"]
    assert "(the Guid rotated)" in lines
    assert answers[-1] == {"message": "", "retcode": "0", "result": None}
    assert not sim.is_signed_in("153")  # signed out with the rotated Guid
    seen = [r.operation for r in sim.requests]
    assert seen == ["signIn"] + ["getAgentEvent"] * 6 + ["signOut"]
    assert list(tmp_path.iterdir()) == [], "the walkthrough cleans up its files"
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", done.stdout), "no Guid is printed"
