"""Issue 25: commands that chain (hold/retrieve, enum names, --wait outcomes, stdin data),
the Guid file's errors, timeouts that say what happened, and simulate's bind errors."""

from __future__ import annotations

import io
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cec_agentgateway._cli import build_parser, main
from cec_agentgateway._cli._args import Context

from .conftest import AGENT, Gateway


def _in_a_call(gateway: Gateway) -> str:
    assert gateway.run("sign-in", "--detach", "--auto-answer", "false").status == 0
    call_id = gateway.sim.offer_call(AGENT, caller="70004")
    answered = gateway.run("answer")
    assert answered.status == 0, answered.err
    return call_id


def test_hold_prints_the_held_call_and_retrieve_takes_the_only_one(gateway: Gateway) -> None:
    call_id = _in_a_call(gateway)
    held = gateway.run("hold")
    assert held.status == 0, held.err
    assert held.json()["callid"] == call_id  # not null: the next command can use it
    retrieved = gateway.run("retrieve")
    assert retrieved.status == 0, retrieved.err
    assert gateway.sim.requests[-1].operation == "retrieveCall"
    again = gateway.run("retrieve")  # nothing on hold now
    assert again.status != 0
    assert "on hold" in again.error()["message"]


def test_enum_arguments_take_names_or_numbers_and_help_lists_them(
    gateway: Gateway, capsys: pytest.CaptureFixture[str]
) -> None:
    _in_a_call(gateway)
    gateway.sim.add_agent("154", password="other", phone="40039")
    gateway.sim.set_transfer_outcome("pending")
    by_name = gateway.run("transfer", "agent", "154", "AFTER_SUCCESS")
    assert by_name.status == 0, by_name.err
    assert gateway.sim.requests[-1].operation == "transferCall"
    assert _transfer_keywords("agent", "154", "AFTER_SUCCESS") == (2, 2)
    assert _transfer_keywords("5", "70009", "release") == (5, 1)  # ExternalTransferMode
    assert _transfer_keywords("SKILL-QUEUE", "3", "0") == (1, 0)
    bad = gateway.run("transfer", "2", "154", "SIDEWAYS")
    assert bad.status == 2 and "AFTER_SUCCESS 2" in capsys.readouterr().err  # argparse's
    (transfer,) = [
        p
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name, p in action.choices.items()
        if name == "transfer"
    ]
    text = transfer.format_help()
    for name in ("SKILL_QUEUE 1", "EXTERNAL_NUMBER 5", "AFTER_SUCCESS 2", "THREE_PARTY 4"):
        assert name in " ".join(text.split()), name


def _transfer_keywords(*argv: str) -> tuple[int, int]:
    args = build_parser().parse_args(["transfer", *argv])
    command = args.agent_command
    _, keywords = command.call_arguments(args, {})
    for step in command.prepare:
        step(keywords, Context(agent=None, stdin=io.StringIO()))
    return keywords["device_type"], keywords["mode"]


def test_every_wait_prints_its_outcome_event(gateway: Gateway) -> None:
    _in_a_call(gateway)
    gateway.sim.add_agent("154", password="other", phone="40039")
    done = gateway.run("transfer", "5", "70009", "AFTER_SUCCESS", "--wait", "--wait-timeout", "5")
    assert done.status == 0, done.err
    assert done.json()["eventType"] == "AgentEvent_TransOutResult"
    busy = gateway.run("busy", "--wait")
    assert busy.status == 0, busy.err
    assert busy.json()["eventType"] == "AgentState_SetNotReady_Success"
    assert gateway.run("cancel-busy").status == 0
    rest = gateway.run("rest", "60", "--wait")
    assert rest.status == 0, rest.err
    assert rest.json()["eventType"] == "AgentState_SetRest_Success"


def test_set_call_data_reads_stdin_and_files(gateway: Gateway, tmp_path: Path) -> None:
    call_id = _in_a_call(gateway)
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["set-call-data", "-"],
        environ=gateway.env,
        stdout=out,
        stderr=err,
        stdin=io.StringIO("orderId=42;from=stdin\n"),
    )
    assert status == 0, err.getvalue()
    assert gateway.run("call-app-data", call_id).json() == "orderId=42;from=stdin"
    data = tmp_path / "data.txt"
    data.write_text("orderId=43;from=file\n", encoding="utf-8")
    assert gateway.run("set-call-data", f"@{data}").status == 0
    assert gateway.run("call-app-data", call_id).json() == "orderId=43;from=file"
    missing = gateway.run("set-call-data", f"@{tmp_path / 'nope.txt'}")
    assert missing.status == 2 and "nope.txt" in missing.error()["message"]


def test_guid_file_errors_name_the_file_and_sign_out_clears_it(
    gateway: Gateway, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    result = gateway.run("--guid-file", str(missing), "status")
    assert result.status == 2
    message = result.error()["message"]
    assert str(missing) in message and "does not exist" in message
    gateway.signed_in()
    assert gateway.guid_file.read_text().strip()
    assert gateway.run("sign-out").status == 0
    assert gateway.guid_file.read_text() == ""
    after = gateway.run("status")
    assert after.status == 2, after.err  # not a 100-006 from the gateway: nothing was sent
    assert "is empty" in after.error()["message"] and str(gateway.guid_file) in after.err


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # nobody listens: connections are refused


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A gateway that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]


def _env(port: int, tmp_path: Path) -> dict[str, str]:
    guid = tmp_path / "guid"
    guid.write_text("0123456789abcdef\n")
    return {
        "CEC_AGENTGW_URL": f"http://127.0.0.1:{port}",
        "CEC_AGENTGW_AGENT_ID": AGENT,
        "CEC_AGENTGW_GUID_FILE": str(guid),
    }


def _run(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(argv, environ=env, stdout=out, stderr=err), err.getvalue()


def test_timeout_is_a_total_and_the_message_counts_the_attempts(
    silent_port: int, tmp_path: Path
) -> None:
    started = time.monotonic()
    status, err = _run(["--timeout", "1", "status"], _env(silent_port, tmp_path))
    took = time.monotonic() - started
    assert status == 4
    document: dict[str, Any] = json.loads(err.strip().splitlines()[-1])
    assert "1 attempt in " in document["message"], document
    assert took < 5  # one total of 1 s, not an attempt of 1 s retried twice


def test_verbose_prints_a_line_per_retry(closed_port: int, tmp_path: Path) -> None:
    status, err = _run(["-v", "--timeout", "20", "status"], _env(closed_port, tmp_path))
    assert status == 4
    retries = [line for line in err.splitlines() if "ConnectError; attempt" in line]
    document = json.loads(err.strip().splitlines()[-1])
    attempts = len(retries) + 1
    assert attempts >= 2
    assert f"{attempts} attempts in " in document["message"]
    assert "0123456789abcdef" not in err


def test_simulate_reports_bind_errors_in_one_json_line(
    silent_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, problem in (
        (["--port", str(silent_port)], "in use"),
        (["--port", "99999"], "out of range"),
        (["--host", "192.0.2.1", "--port", "0"], "not one of this machine's"),
    ):
        status = main(["simulate", *argv])
        captured = capsys.readouterr()
        assert status == 7, argv
        (line,) = captured.err.strip().splitlines()
        document = json.loads(line)
        assert problem in document["message"] and "--port 0" in document["remedy"]
        assert document["exit_status"] == 7 and "Traceback" not in captured.err


def test_simulate_help_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: cec-agentgw simulate")
