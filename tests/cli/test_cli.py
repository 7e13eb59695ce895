"""cec-agentgw in-process against the loopback simulator: every subcommand, output, errors."""

from __future__ import annotations

import argparse
import inspect
import pathlib
import re
import stat
import threading
import time
from typing import Any

import pytest

from cec_agentgateway import Agent
from cec_agentgateway._cli import build_parser, main
from cec_agentgateway._cli._commands import AGENT_COMMANDS, Command, agent_method
from cec_agentgateway.simulator import Fault, GatewaySimulator

from .conftest import AGENT, PASSWORD, PHONE, Gateway

# Invocations run against the simulator (agent signed in, in a call with app data), with the
# operation the simulator must see. Entries added to AGENT_COMMANDS later are checked against
# their method's signature below; add a line here to run them end to end too.
INVOCATIONS: dict[str, tuple[list[str], str]] = {
    "call-info": (["call-info"], "queryCallInfo"),
    "call-app-data": (["call-app-data", "--base64"], "queryCallAppData"),
    "query-conferences": (["query-conferences", "1", "2"], "queryConfInfos"),
    "request-conference": (
        ["request-conference", "3", "--time", "30", "--no-wait"],
        "requestAgentConf",
    ),
    "sync-state": (["sync-state"], "syncAgentInfo"),
    "status": (["status"], "queryAgentStatus"),
    "handshake": (["handshake"], "handShake"),
    "update-guid": (["update-guid"], "updateGuid"),
    "poll-event": (["poll-event"], "getAgentEvent"),
    "sign-out": (["sign-out", "--force"], "forceSignOut"),
    "set-chat-capacity": (["set-chat-capacity", "2", "--media-type", "53"], "setChatCapacity"),
    "start-screen-recording": (["start-screen-recording"], "startRecordScreen"),
    "send-message-without-call": (
        ["send-message-without-call", "alice", "hi", "3", "--method", "PUT"],
        "sendMessageWithoutCallByPut",
    ),
}


def test_the_current_operations_are_all_exercised() -> None:
    assert set(INVOCATIONS) <= {c.name for c in AGENT_COMMANDS}
    assert len(INVOCATIONS) >= 10


@pytest.mark.parametrize("command", AGENT_COMMANDS, ids=lambda c: c.name)
def test_table_entries_match_their_agent_methods(command: Command) -> None:
    method = agent_method(Agent, command.method)
    parameters = inspect.signature(method).parameters
    for param in command.params:
        assert param.name in parameters, f"{command.name}: {command.method} has no {param.name}"
        kind = parameters[param.name].kind
        if param.positional:
            assert kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, param
    required = [
        name
        for name, p in parameters.items()
        if name != "self"
        and p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]
    given = {p.name for p in command.params if not p.optional}
    if command.prepare:  # a prepare step fills optional ones (retrieve: the held call)
        given |= {p.name for p in command.params}
    assert set(required) <= given, f"{command.name}: required arguments missing from the table"
    help_text = build_parser()._subparsers._group_actions[0].choices[command.name].format_help()
    assert help_text.startswith(f"usage: cec-agentgw {command.name}")


@pytest.mark.parametrize("name", sorted(INVOCATIONS))
def test_each_subcommand_calls_its_agent_method(gateway: Gateway, name: str) -> None:
    guid = gateway.signed_in()
    gateway.sim.offer_call(AGENT, caller="70004", app_data="orderId=42")
    argv, operation = INVOCATIONS[name]
    before = len(gateway.sim.requests)
    result = gateway.run(*argv)
    assert result.status == 0, result.err
    assert result.out.strip(), "every subcommand prints its result (null for none)"
    result.json()  # valid JSON
    assert guid not in result.out + result.err
    sent = [(r.operation, r.retcode) for r in gateway.sim.requests[before:]]
    assert (operation, "0") in sent


def test_operations_on_a_detached_session(gateway: Gateway) -> None:
    signed_in = gateway.run("sign-in", "--detach")
    assert signed_in.status == 0, signed_in.err
    assert signed_in.json()["workno"] == AGENT
    guid = gateway.sim.guid(AGENT)
    assert guid is not None
    assert gateway.guid_file.read_text().strip() == guid
    assert stat.S_IMODE(gateway.guid_file.stat().st_mode) == 0o600

    assert gateway.run("status").json() == {"agentState": 4, "isWorking": False}
    assert gateway.run("call-info").json() is None

    gateway.sim.offer_call(AGENT, caller="70004", called="60015", app_data="orderId=42;vip=true")
    info = gateway.run("call-info").json()
    assert info["caller"] == "70004"
    assert gateway.run("call-app-data", info["callid"], "--base64").json() == "orderId=42;vip=true"
    text = gateway.run("--human", "call-info").out
    assert "caller: 70004" in text
    assert "callfeature: 0 (Ordinary inbound call.)" in text

    conference = gateway.run("request-conference", "3", "--time", "30").json()
    assert conference["is_chair"] is True
    confs = gateway.run("query-conferences", str(conference["conf_id"])).json()
    assert [c["confId"] for c in confs] == [conference["conf_id"]]

    gateway.sim.end_conference(conference["conf_id"])
    gateway.sim.end_call(AGENT)
    assert gateway.run("sign-out").json() is None
    assert not gateway.sim.is_signed_in(AGENT)
    everything = signed_in.out + signed_in.err
    assert guid not in everything and PASSWORD not in everything


def test_update_guid_stores_the_new_guid_and_never_prints_it(gateway: Gateway) -> None:
    old = gateway.signed_in()
    result = gateway.run("update-guid")
    assert result.status == 0, result.err
    new = gateway.sim.guid(AGENT)
    assert new is not None and new != old
    assert gateway.guid_file.read_text().strip() == new
    assert new not in result.out + result.err
    assert gateway.run("status").status == 0  # the stored Guid works


def test_update_guid_refuses_without_a_guid_file(gateway: Gateway) -> None:
    guid = gateway.signed_in()
    env = {**gateway.env, "CEC_AGENTGW_GUID": guid}
    del env["CEC_AGENTGW_GUID_FILE"]
    result = gateway.run("update-guid", env=env)
    assert result.status == 2
    assert "--guid-file" in result.error()["message"]
    assert gateway.sim.guid(AGENT) == guid  # nothing was sent


def test_guid_from_the_environment(gateway: Gateway) -> None:
    guid = gateway.signed_in()
    env = {k: v for k, v in gateway.env.items() if k != "CEC_AGENTGW_GUID_FILE"}
    result = gateway.run("status", env={**env, "CEC_AGENTGW_GUID": guid})
    assert result.status == 0, result.err


def test_flags_override_the_environment(gateway: Gateway) -> None:
    gateway.signed_in()
    env = {**gateway.env, "CEC_AGENTGW_URL": "http://127.0.0.1:9", "CEC_AGENTGW_AGENT_ID": "999"}
    result = gateway.run("--url", gateway.url, "status", "--agent", AGENT, env=env)
    assert result.status == 0, result.err


def test_sign_in_prints_events_then_signs_out(gateway: Gateway) -> None:
    threading.Timer(0.3, lambda: gateway.sim.push_event(AGENT, "AgentState_Busy")).start()
    result = gateway.run("sign-in", "--until", "AgentState_Busy", "--duration", "10")
    assert result.status == 0, result.err
    types = [event["eventType"] for event in result.lines()]
    assert types == ["AgentOther_InService", "AgentState_Ready", "AgentState_Busy"]
    assert not gateway.sim.is_signed_in(AGENT)
    assert "signed out" in result.err


def test_sign_in_count_and_human_output(gateway: Gateway) -> None:
    result = gateway.run("--human", "sign-in", "--count", "1", "--status", "4")
    assert result.status == 0, result.err
    assert result.out.startswith("AgentOther_InService")
    assert not gateway.sim.is_signed_in(AGENT)


def test_sign_in_duration_ends_an_idle_session(gateway: Gateway) -> None:
    result = gateway.run("sign-in", "--duration", "2")
    assert result.status == 0, result.err
    assert len(result.lines()) == 2
    assert not gateway.sim.is_signed_in(AGENT)


def test_events_of_a_session_signed_in_elsewhere(gateway: Gateway) -> None:
    gateway.signed_in()
    gateway.sim.offer_call(AGENT, caller="70004")
    result = gateway.run("events", "--until", "AgentEvent_Incoming_CallInfo", "--duration", "10")
    assert result.status == 0, result.err
    last = result.lines()[-1]
    assert last["eventType"] == "AgentEvent_Incoming_CallInfo"
    assert last["content"]["caller"] == "70004"
    assert gateway.sim.is_signed_in(AGENT)  # events does not sign out


# ---------------------------------------------------------------------------- errors
def test_wrong_password_exit_status_and_retcode(gateway: Gateway) -> None:
    env = {**gateway.env, "CEC_AGENTGW_PASSWORD": "wrong"}
    result = gateway.run("sign-in", "--count", "1", env=env)
    assert result.status == 10
    error = result.error()
    assert error["error"] == "InvalidCredentialsError"
    assert error["retcode"] == "100-004"
    assert error["description"] == "Wrong user name or password at sign-in."
    assert error["family"] == "Sign-in, sign-out and session errors"
    assert error["exit_status"] == 10
    assert result.out == ""
    assert "wrong" not in result.err


def test_human_error_line(gateway: Gateway) -> None:
    env = {**gateway.env, "CEC_AGENTGW_PASSWORD": "wrong"}
    result = gateway.run("--human", "sign-in", env=env)
    assert result.status == 10
    line = result.err.strip()
    assert line.startswith("cec-agentgw: InvalidCredentialsError: ")
    assert "100-004" in line and "Wrong user name or password at sign-in." in line
    assert line.endswith("[family 100: Sign-in, sign-out and session errors]")


def test_dead_session_means_sign_in_again(gateway: Gateway) -> None:
    gateway.guid_file.write_text("not-a-live-guid\n")
    result = gateway.run("status")
    assert result.status == 11
    error = result.error()
    assert (error["retcode"], error["requires_sign_in"]) == ("100-006", True)
    assert error["operation"] == "agentstatus" and error["agent_id"] == AGENT


def test_validation_error_sends_nothing(gateway: Gateway) -> None:
    gateway.signed_in()
    before = len(gateway.sim.requests)
    result = gateway.run("request-conference", "500")
    assert result.status == 3
    assert result.error()["field"] == "memberNum"
    assert len(gateway.sim.requests) == before


def test_bad_agent_id_is_a_validation_error(gateway: Gateway) -> None:
    result = gateway.run("sign-in", "--agent", "12")
    assert result.status == 3
    assert result.error()["error"] == "RequestValidationError"


def test_http_error_and_undecodable_answer(gateway: Gateway) -> None:
    gateway.signed_in()
    gateway.sim.inject(AGENT, Fault.http_error(503), times=3)
    assert gateway.run("status", "--timeout", "5").status == 5
    gateway.sim.clear_faults()
    gateway.sim.inject(AGENT, Fault.raw(b"<html>", status=200))
    result = gateway.run("sync-state")
    assert result.status == 6
    assert result.error()["error"] == "ResponseDecodeError"


def test_unreachable_gateway() -> None:
    env = {"CEC_AGENTGW_GUID": "g", "CEC_AGENTGW_AGENT_ID": AGENT}
    result = _run(["--url", "http://127.0.0.1:9", "--timeout", "2", "status"], env)
    assert result[0] == 4
    assert "APIConnectionError" in result[2]


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        (["status"], {"CEC_AGENTGW_AGENT_ID": AGENT}, "no gateway URL"),
        (["status"], {"CEC_AGENTGW_URL": "http://127.0.0.1:9"}, "no agent ID"),
        (["--agent", AGENT, "--url", "http://127.0.0.1:9", "status"], {}, "no Guid"),
        (["--url", "http://127.0.0.1:9", "sign-in", "--agent", AGENT], {}, "no Password"),
        (["status"], {"CEC_AGENTGW_TIMEOUT": "soon"}, "CEC_AGENTGW_TIMEOUT"),
    ],
)
def test_missing_configuration_is_a_usage_error(
    argv: list[str], env: dict[str, str], message: str
) -> None:
    status, out, err = _run(argv, env)
    assert status == 2
    assert message in err and out == ""


def test_bad_arguments_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["request-conference", "many"], environ={}) == 2
    assert main(["no-such-command"], environ={}) == 2
    assert "invalid int value" in capsys.readouterr().err


# ---------------------------------------------------------------------------- secrets
def _options(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _options(sub)
    return found


def test_no_secret_is_ever_a_command_line_argument() -> None:
    options = _options(build_parser())
    assert "--guid-file" in options
    secretive = [o for o in options if any(w in o for w in ("password", "guid", "token"))]
    assert secretive == ["--guid-file"]


def test_password_and_guid_prompts_do_not_echo(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return PASSWORD if prompt.startswith("Password") else gateway.sim.guid(AGENT) or ""

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    env = {"CEC_AGENTGW_URL": gateway.url, "CEC_AGENTGW_AGENT_ID": AGENT}
    guid_file = str(gateway.guid_file)
    signed_in = gateway.run(
        "sign-in", "--phone", PHONE, "--detach", "--guid-file", guid_file, env=env
    )
    assert signed_in.status == 0, signed_in.err
    gateway.guid_file.unlink()
    result = gateway.run("status", env=env)
    assert result.status == 0, result.err
    assert prompts == ["Password: ", "Guid: "]


def test_demo_runs_a_whole_session() -> None:
    status, out, _ = _run(["demo", "--rotation", "0.5"], {})
    assert status == 0
    assert "in a call:" in out
    assert "signed out" in out


def test_spec_subcommand(tmp_path: Any) -> None:
    from cec_agentgateway import spec

    assert _run(["spec"], {})[1].strip() == str(spec.path())
    assert _run(["spec", "--text"], {})[1] == spec.text()
    assert '"retcodes"' in _run(["spec", "--table", "retcodes"], {})[1]


def _run(argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    status = main(argv, environ=env, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_rotated_guids_go_to_the_guid_file(tmp_path: Any) -> None:
    sim = GatewaySimulator(poll_wait=0.2, guid_rotation=0.2)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    with sim.serve() as server:
        gateway = Gateway(sim, server.url, tmp_path / "guid")
        first = gateway.signed_in()
        time.sleep(0.3)
        result = gateway.run("poll-event")
        assert result.status == 0, result.err
        rotated = sim.guid(AGENT)
        assert rotated is not None and rotated != first
        assert gateway.guid_file.read_text().strip() == rotated
        assert rotated not in result.out + result.err
        assert gateway.run("status").status == 0

        # Without a Guid file the new Guid cannot be kept: say so (without showing it).
        time.sleep(0.3)
        env = {k: v for k, v in gateway.env.items() if k != "CEC_AGENTGW_GUID_FILE"}
        result = gateway.run("poll-event", env={**env, "CEC_AGENTGW_GUID": rotated})
        assert result.status == 0, result.err
        assert "rotated the Guid; it was not stored" in result.err
        newest = sim.guid(AGENT)
        assert newest is not None and newest != rotated
        assert newest not in result.out + result.err


def test_the_guid_file_wins_over_the_environment(gateway: Gateway) -> None:
    gateway.signed_in()
    result = gateway.run("status", env={**gateway.env, "CEC_AGENTGW_GUID": "stale"})
    assert result.status == 0, result.err


def test_verbose_logs_requests_without_the_guid(gateway: Gateway) -> None:
    guid = gateway.signed_in()
    result = gateway.run("-v", "status")
    assert result.status == 0, result.err
    (line,) = [x for x in result.err.splitlines() if "agentstatus agent=" in x]
    assert line.startswith("cec-agentgw: DEBUG ") and "retcode=0" in line
    assert guid not in result.err
    assert "DEBUG" not in gateway.run("status").err


def test_human_output_shows_dates_and_meanings(gateway: Gateway) -> None:
    gateway.signed_in()
    gateway.sim.offer_call(AGENT, caller="70004")
    text = gateway.run("--human", "sync-state").out
    assert re.search(r"agent_state_begin_time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", text)
    assert "state: 9 (Talking.)" in text


def test_the_working_day_from_the_shell(gateway: Gateway) -> None:
    """Agent state, skills, queues, groups and messages: each subcommand reaches its operation."""
    sim = gateway.sim
    sim.add_skill(20011, "voice", waiting=3)
    sim.set_agent_skills(AGENT, [20011])
    sim.add_agent("154", password="other", phone="40039")
    gateway.signed_in()
    steps: list[tuple[list[str], str, Any]] = [
        (["busy", "201", "--wait"], "sayBusy", ...),  # the event (tests/cli/test_cli_chaining)
        (["ready"], "sayFree", None),
        (["rest", "60", "--cause", "3"], "requestRest", None),
        (["cancel-rest"], "cancelRest", None),
        (["wrap-up"], "enterWork", None),
        (["end-wrap-up"], "cancelWork", None),
        (["set-auto-answer", "false"], "setAutoAnswer", None),
        (["set-auto-enter-idle", "true"], "setAutoEnterIdle", None),
        (["join-skills", "--skill-ids", "20011"], "resetSkill", None),
        (["skills"], "queryAgentSkills", ...),
        (["skills-of", AGENT], "queryAgentSkillsByWorkNo", ...),
        (["queue-waiting"], "queryQueueLengthOnAgent", ...),
        (["queue-waiting-joined"], "queryQueueLengthOnAgentSkills", 3),
        (["queue-waiting-for-skill", "20011"], "queryQueueLengthBySkillId", 3),
        (["acd-stats", "20011"], "queryAcdStat", ...),
        (["vdn-skills"], "querySkillQueueOnAgentVDN", ...),
        (["idle-agents"], "queryIdleAgents", ...),
        (["agent-states"], "queryAllAgentStatus", ...),
        (["send-note", "--to", "154", "--", "see you at 5"], "sendNote", None),
        (["notify-bulletin", "queue is long", "--skill-id", "20011"], "notifyBulletin", None),
    ]
    for argv, operation, expected in steps:
        before = len(sim.requests)
        result = gateway.run(*argv)
        assert result.status == 0, (argv, result.err)
        if expected is not ...:
            assert result.json() == expected, argv
        sent = [(r.operation, r.retcode) for r in sim.requests[before:]]
        assert (operation, "0") in sent, (argv, sent)
    assert [s["name"] for s in gateway.run("skills").json()] == ["voice"]
    refused = gateway.run("busy", "5")  # causes below 200 belong to the platform
    assert refused.status == 3 and "reason" in refused.err


def _sign_in_colleague(gateway: Gateway, tmp: Any) -> None:
    """Agent 154 signs in (no auto-answer) through the same command line."""
    env = {
        **gateway.env,
        "CEC_AGENTGW_AGENT_ID": "154",
        "CEC_AGENTGW_PASSWORD": "other",
        "CEC_AGENTGW_PHONE": "40039",
        "CEC_AGENTGW_GUID_FILE": str(tmp / "guid-154"),
    }
    result = gateway.run("sign-in", "--detach", "--auto-answer", "false", env=env)
    assert result.status == 0, result.err


def test_calls_from_the_shell(gateway: Gateway, tmp_path: Any) -> None:
    """Voice calls and call data: each subcommand reaches its operation in the simulator.

    A command that places a call prints its call ID and polls no events (so it consumes none
    of another session's), unless --wait asks it to wait for the connection.
    """
    sim = gateway.sim
    sim.add_agent("154", password="other", phone="40039")
    result = gateway.run("sign-in", "--detach", "--auto-answer", "false")
    assert result.status == 0, result.err
    _sign_in_colleague(gateway, tmp_path)
    ids: dict[str, str] = {}

    def run(argv: list[str], operation: str) -> Any:
        before = len(sim.requests)
        result = gateway.run(*argv)
        assert result.status == 0, (argv, result.err)
        sent = [(r.operation, r.retcode) for r in sim.requests[before:]]
        assert (operation, "0") in sent, (argv, sent)
        return result.json()

    def offer(name: str, **options: Any) -> None:
        ids[name] = sim.offer_call(AGENT, **options)

    # Placing a call: the call ID, not connected, and no event poll.
    before = len(sim.requests)
    placed = run(["call-out", "70004", "--uui-data", "case=42"], "callOut")
    assert placed == {"call_id": placed["call_id"], "connected": False}
    assert "getAgentEvent" not in {r.operation for r in sim.requests[before:]}
    assert sim.uui_data(AGENT, placed["call_id"]) == "case=42"
    run(["hold"], "holdCall")
    assert run(["held-calls"], "queryHoldList")[0]["callid"] == placed["call_id"]
    assert run(["call-ids"], "queryAllCallId") == [placed["call_id"]]
    assert run(["call-info-by-id", placed["call_id"]], "queryCallInfoByCallId")[0]["called"] == (
        "70004"
    )
    run(["retrieve", placed["call_id"]], "retrieveCall")
    run(["set-call-data", "k=v"], "setCallAppDataEx")
    run(["mute"], "beginMute")
    run(["unmute"], "endMute")
    run(["send-dtmf", "12#"], "secondDial")
    run(["release"], "releaseCall")
    waited = run(["call-out", "70005", "--wait", "--wait-timeout", "5"], "callOut")
    assert waited["connected"] is True and waited["talking"]["eventType"] == "AgentEvent_Talking"
    run(["drop-call", waited["call_id"]], "dropCall")

    # An inbound call: read before answering, answer, consult, three-party, transfer.
    offer("customer", caller="70004")
    info = run(["call-info-before-answer", ids["customer"]], "queryCallInfoBeforeAnswer")
    assert info[0]["callid"] == ids["customer"]
    run(["call-info-before-answer"], "queryCallInfoBeforeAnswerAnyCall")
    run(["answer", ids["customer"]], "answerCall")
    run(["consult", "70005", "--three-party", "false"], "innerHelp")
    run(["join-three-party", ids["customer"]], "confJoin")
    run(["disconnect", "70005"], "disconnectNumber")
    sim.set_transfer_outcome("pending")
    run(["transfer", "2", "154", "2"], "transferCall")
    run(["cancel-transfer"], "cancelTransfer")
    run(["hold"], "holdCall")
    run(["call-out", "70006"], "callOut")
    run(["connect-held", ids["customer"]], "connectHold")

    # Phone linkage, an internal call, snatching a colleague's call.
    offer("rejected")
    run(["phone-hangup", "--legacy-put"], "phoneHangupPut")
    offer("rejected_again")
    run(["phone-hangup"], "phoneHangup")
    offer("picked")
    run(["phone-pickup"], "phonePickup")
    run(["release"], "releaseCall")
    offer("picked_by_put")
    run(["phone-pickup", "--legacy-put"], "phonePickupPut")
    run(["release"], "releaseCall")
    run(["call-inner", "154"], "callInner")
    run(["release"], "releaseCall")
    sim.offer_call("154")
    run(["snatch-pickup", "154"], "snatchPickup")
    run(["answer"], "answerCall")
    run(["release"], "releaseCall")

    # Preview calls (documentation issue 27).
    sim.offer_preview(AGENT, 5, "70004", "70005")
    previewed = run(["preview-call-out", "70005", "5"], "previewCallOut")
    assert previewed["connected"] is False
    run(["release"], "releaseCall")
    sim.offer_preview(AGENT, 6, "70004")
    run(["cancel-preview-call-out", "6"], "cancelPreviewCallOut")
    again = gateway.run("cancel-preview-call-out", "6")
    assert again.status == 10 and again.error()["retcode"] == "100-007"
    bad = gateway.run("call-out", "7000x")
    assert bad.status == 3 and bad.error()["field"] == "called"
    human = gateway.run("--human", "call-out", "70004")
    assert human.status == 0 and human.out.splitlines()[1] == "connected: False"
    assert human.out.startswith("call_id: ")


def test_playback_from_one_shot_commands(gateway: Gateway, tmp_path: pathlib.Path) -> None:
    gateway.signed_in()
    gateway.sim.recording.store("Y:/1/p.V3", seconds=5, call_id="1700000000-7")
    assert gateway.run("play", "Y:/1/p.V3", "--start", "1").status == 0
    paused = gateway.run("pause-playback")  # a new process: the gateway decides
    assert paused.status == 0, paused.err
    assert gateway.sim.playback.state_of(AGENT) == "paused"
    assert gateway.run("forward-playback", "2").status == 0
    assert gateway.run("stop-playback").status == 0
    refused = gateway.run("stop-playback")  # nothing plays: 500-009 from the gateway
    assert refused.status != 0 and "500-009" in refused.err
    target = tmp_path / "call.wav"
    done = gateway.run("download-call-recording", "1700000000-7", str(target))
    assert done.status == 0, done.err
    assert target.read_bytes() == gateway.sim.recording.wav("Y:/1/p.V3")
