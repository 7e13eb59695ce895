"""cec-agentgw as a supervisor's desk: listen, whisper and force a state from the shell."""

from __future__ import annotations

import httpx

from tests.cli.conftest import Gateway


def _sign_in_colleague(gateway: Gateway) -> None:
    gateway.sim.add_agent("155", password="pw", phone="40039")
    answer = httpx.put(
        f"{gateway.url}/agentgateway/resource/onlineagent/155",
        json={"password": "pw", "phonenum": "40039"},
    )
    assert answer.json()["retcode"] == "0"


def test_listen_whisper_and_force_a_state(gateway: Gateway) -> None:
    gateway.signed_in()
    _sign_in_colleague(gateway)
    steps = [
        (["listen", "155"], "addSupervise"),
        (["switch-mode", "155", "2"], "requestSwitchInsertWhisperAgent"),
        (["stop-whisper", "155"], "requestStopWhisperAgent"),
        (["whisper", "155"], "requestWhisperAgent"),
        (["switch-mode", "155", "1"], "requestSwitchInsertWhisperAgent"),
        (["stop-monitoring", "155"], "stopSuperviseOrInsert"),
        (["force-busy", "155"], "forceBusy"),
        (["force-idle", "155"], "forceIdle"),
        (["force-rest", "155", "600", "3"], "forceRest"),
        (["team-events"], "getAllAgentEvent"),
        (["monitorable-agents"], "queryAllMonitoredAgents"),
    ]
    for argv, operation in steps:
        result = gateway.run(*argv)
        assert result.status == 0, (argv, result.err)
        assert gateway.sim.requests[-1].operation == operation
        assert gateway.sim.requests[-1].retcode == "0"
    members = gateway.run("team-agents").json()
    assert {m["work_no"]: m["state"] for m in members}["155"] == 8  # resting
    events = gateway.run("team-events").json()
    assert events == []  # handed out once, by the first team-events


def test_a_refusal_exits_with_the_retcode_status(gateway: Gateway) -> None:
    gateway.signed_in()
    result = gateway.run("force-busy", "155")  # 155 is not signed in
    assert result.status == 10
    assert "900-004" in result.err
    assert gateway.run("listen", "12").status == 3  # a bad argument: nothing sent


def test_the_supervisor_demo_shows_both_sides() -> None:
    import io

    from cec_agentgateway._cli import main

    out, err = io.StringIO(), io.StringIO()
    assert main(["demo", "supervisor"], environ={}, stdout=out, stderr=err) == 0, err.getvalue()
    text = out.getvalue()
    for line in (
        "the inspector listens",
        "the inspector whispers",
        "the inspector barges in",
        "inspector AgentEvent_Talking",  # the call taken over
        "agent     AgentEvent_Call_Release",
        "agent     AgentState_SetNotReady_Success",
        "agent     AgentState_Force_Ready",
        "both signed out",
    ):
        assert line in text, line


def test_team_views_and_adjust_skills(gateway: Gateway) -> None:
    gateway.signed_in()
    _sign_in_colleague(gateway)
    gateway.sim.add_skill(1, "voice")
    gateway.sim.set_agent_group("155", "Hotline")
    steps = [
        (["team-groups"], "queryGroupInfoOnVdn"),
        (["team-group-of", "155"], "queryGroupInfoByWorkNo"),
        (["team-group-of"], "queryGroupInfoByWorkNo"),
        (["team-group-members", "1"], "queryAllAgentInfoOnMyGroupEx"),
        (["team-online-agents"], "queryAllLoginedAgentInfoOnVdn"),
        (["team-agent", "155"], "queryAgentInfoByWorkNo"),
        (["rest-reasons"], "getAgentRestReason"),
        (["can-pick-up"], "isPickUp"),
        (["is-inspector"], "isCensor"),
        (["adjust-skills", "155", "1"], "adjustSkill"),
        (["team-skill-agents", "1"], "queryAgentInfoBySkillId"),
    ]
    for argv, operation in steps:
        result = gateway.run(*argv)
        assert result.status == 0, (argv, result.err)
        assert gateway.sim.requests[-1].operation == operation
        assert gateway.sim.requests[-1].retcode == "0"
    (member,) = gateway.run("team-skill-agents", "1").json()
    assert (member["work_no"], member["state"], member["group_id"]) == ("155", 4, 1)
    assert gateway.run("team-groups").json()[0]["name"] == "Hotline"
