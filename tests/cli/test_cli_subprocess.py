"""cec-agentgw as a separate process: ``python -m``, the console script, ``simulate``."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from .conftest import AGENT, PASSWORD, Gateway

SCRIPT = shutil.which("cec-agentgw", path=str(Path(sys.executable).parent))


def _run(
    argv: list[str], env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CEC_AGENTGW_")}
    return subprocess.run(
        argv,
        env={**full_env, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_a_session_from_the_shell(gateway: Gateway) -> None:
    cli = [sys.executable, "-m", "cec_agentgateway"]
    runs = [_run([*cli, "sign-in", "--detach"], gateway.env)]
    guid = gateway.sim.guid(AGENT)
    assert guid is not None
    gateway.sim.offer_call(AGENT, caller="70004", app_data="orderId=42")
    runs.append(_run([*cli, "--human", "call-info"], gateway.env))
    runs.append(_run([*cli, "call-app-data", "--base64"], gateway.env))
    runs.append(
        _run([*cli, "events", "--until", "AgentEvent_Talking", "--duration", "20"], gateway.env)
    )
    gateway.sim.end_call(AGENT)
    runs.append(_run([*cli, "sign-out"], gateway.env))
    runs.append(_run([*cli, "status"], gateway.env))
    # sign-out emptied the Guid file: the next command says so, and sends nothing
    assert [r.returncode for r in runs] == [0, 0, 0, 0, 0, 2]
    assert "caller: 70004" in runs[1].stdout
    assert json.loads(runs[2].stdout) == "orderId=42"
    events = [json.loads(line)["eventType"] for line in runs[3].stdout.splitlines()]
    assert events[-1] == "AgentEvent_Talking"
    assert "is empty" in json.loads(runs[5].stderr)["message"]
    for run in runs:
        assert PASSWORD not in " ".join(run.args)
        assert guid not in run.stdout + run.stderr
        assert PASSWORD not in run.stdout + run.stderr


def test_console_script_is_installed() -> None:
    assert SCRIPT is not None, "scripts/_env.sh installs the package with its console script"
    done = _run([SCRIPT, "--version"], {})
    assert done.returncode == 0
    assert re.fullmatch(r"cec-agentgw \d+\.\d+\.\d+\S*\n", done.stdout)


def test_no_password_and_no_terminal_fails_without_hanging(gateway: Gateway) -> None:
    env = {k: v for k, v in gateway.env.items() if k != "CEC_AGENTGW_PASSWORD"}
    done = _run([sys.executable, "-m", "cec_agentgateway", "sign-in"], env, timeout=30)
    assert done.returncode == 2
    assert "CEC_AGENTGW_PASSWORD" in json.loads(done.stderr)["message"]


def test_simulate_serves_a_gateway_for_other_processes(tmp_path: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "cec_agentgateway", "simulate", "--port", "0", "--poll-wait", "0.2"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        match = None
        for _ in range(20):  # the URL line, after whatever the simulator says first
            line = server.stdout.readline()
            match = re.search(r"(http://[\d.]+:\d+)/agentgateway/resource", line)
            if match or not line:
                break
        assert match, "the simulator printed its URL"
        env = {
            "CEC_AGENTGW_URL": match.group(1),
            "CEC_AGENTGW_AGENT_ID": "153",
            "CEC_AGENTGW_PASSWORD": "secret",
            "CEC_AGENTGW_PHONE": "40038",
        }
        done = _run([sys.executable, "-m", "cec_agentgateway", "sign-in", "--count", "2"], env)
        assert done.returncode == 0, done.stderr
        assert len(done.stdout.splitlines()) == 2
    finally:
        server.terminate()
        server.wait(10)


def test_ctrl_c_ends_sign_in_with_a_sign_out(gateway: Gateway) -> None:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CEC_AGENTGW_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "cec_agentgateway", "sign-in"],
        env={**full_env, **gateway.env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())
        assert first["eventType"] == "AgentOther_InService"
        assert gateway.sim.is_signed_in(AGENT)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert not gateway.sim.is_signed_in(AGENT)
    assert "signed out" in err
