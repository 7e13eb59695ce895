"""The simulated inspector: modes and their transitions, refusals, what reaches the agent,
and the supervisor scenario scripted from another language (--control, command lines)."""

from __future__ import annotations

import httpx
import pytest

from cec_agentgateway.generated.models import AgentState
from cec_agentgateway.simulator import GatewaySimulator, ManualClock, run_command
from tests.simulator.helpers import AGENT, Desk, make_simulator, types

QC = f"/qualitycontrol/{AGENT}"


@pytest.fixture
def two(http: httpx.Client) -> tuple[Desk, Desk]:
    return Desk(http).signed_in(), Desk(http, "154").signed_in("other")


def test_each_mode_and_its_way_out(sim: GatewaySimulator, two: tuple[Desk, Desk]) -> None:
    inspector, agent = two
    steps = [
        ("PUT", f"{QC}/addsupervise/154", {}, AgentState.LISTENING),
        ("POST", f"{QC}/switch/154", {}, AgentState.INSERTING),
        ("POST", f"{QC}/switch/154", {}, AgentState.LISTENING),
        ("POST", f"{QC}/requestswitchinsertwhisperagent",
         {"whisperagentid": "154", "switchtype": "2"}, AgentState.WHISPERING),
        ("POST", f"{QC}/requeststopwhisperagent", {"whisperagentid": "154"}, None),
        ("POST", f"{QC}/requestwhisperagent", {"whisperagentid": "154"}, AgentState.WHISPERING),
        ("POST", f"{QC}/requestswitchinsertwhisperagent",
         {"whisperagentid": "154", "switchtype": "1"}, AgentState.INSERTING),
        ("DELETE", f"{QC}/154", {}, None),
    ]  # fmt: skip
    for method, path, params, mode in steps:
        assert inspector.retcode(method, path, params=params) == "0", path
        found = sim.quality_control.supervision(AGENT)
        assert found == (None if mode is None else ("154", mode))
        state = inspector.request("POST", f"/onlineagent/{AGENT}/syncagentinfo").json()
        assert state["result"]["agentStateInfo"]["state"] == (mode or AgentState.IDLE).value
    assert agent.drain() == []  # nothing of it reaches the agent
    assert inspector.drain() == []


@pytest.mark.parametrize(
    ("setup", "method", "path", "params", "retcode"),
    [
        ([], "PUT", f"{QC}/addsupervise/{AGENT}", {}, "000-005"),
        ([], "PUT", f"{QC}/addsupervise/156", {}, "900-004"),  # no such agent
        ([], "POST", f"{QC}/switch/154", {}, "900-005"),  # not monitoring
        ([], "DELETE", f"{QC}/154", {}, "900-005"),
        ([], "PUT", f"{QC}/intercept/154", {}, "900-005"),
        ([], "POST", f"{QC}/requestwhisperagent", {}, "000-002"),  # whom?
        ([], "POST", f"{QC}/requestswitchinsertwhisperagent",
         {"whisperagentid": "154", "switchtype": "3"}, "000-002"),
        (["addsupervise"], "PUT", f"{QC}/addinsert/154", {}, "900-005"),  # one at a time
        (["addsupervise"], "POST", f"{QC}/requeststopwhisperagent",
         {"whisperagentid": "154"}, "900-005"),
        (["addsupervise"], "PUT", f"{QC}/intercept/154", {}, "900-005"),  # 154 has no call
        ([], "POST", f"{QC}/forceidle/154", {}, "900-005"),  # idle already
        ([], "POST", f"{QC}/forcedropcall/1-1", {}, "900-004"),
        ([], "POST", f"{QC}/forcerest/154/86400/3", {}, "000-002"),
    ],
)  # fmt: skip
def test_refusals(
    two: tuple[Desk, Desk],
    setup: list[str],
    method: str,
    path: str,
    params: dict[str, str],
    retcode: str,
) -> None:
    inspector, _ = two
    for step in setup:
        assert inspector.retcode("PUT", f"{QC}/{step}/154") == "0"
    assert inspector.retcode(method, path, params=params) == retcode


def test_without_the_right_nothing_happens(sim: GatewaySimulator, two: tuple[Desk, Desk]) -> None:
    inspector, agent = two
    sim.withhold_right(AGENT, "inspect")
    for method, path in [
        ("PUT", f"{QC}/addsupervise/154"),
        ("POST", f"{QC}/forcebusy/154"),
        ("GET", f"{QC}/allagent"),
        ("GET", "/agentevent/allagentevent"),
    ]:
        assert inspector.retcode(method, path) == "900-002"
    assert agent.drain() == []


def test_an_inspector_in_a_monitoring_is_offered_no_call(
    sim: GatewaySimulator, two: tuple[Desk, Desk]
) -> None:
    inspector, _ = two
    assert inspector.retcode("PUT", f"{QC}/addsupervise/154") == "0"
    with pytest.raises(Exception, match="monitoring"):
        sim.offer_call(AGENT)


def test_take_over_moves_the_call_and_frees_the_agent(
    sim: GatewaySimulator, two: tuple[Desk, Desk]
) -> None:
    inspector, agent = two
    call_id = sim.offer_call("154", caller="70004")
    agent.drain()
    assert inspector.retcode("POST", f"{QC}/requestwhisperagent?whisperagentid=154") == "0"
    assert inspector.retcode("PUT", f"{QC}/intercept/154/{call_id}") == "0"
    assert types(agent.drain()) == [
        "AgentEvent_Customer_Release",
        "AgentEvent_Call_Release",
        "AgentOther_PhoneRelease",
        "AgentState_Ready",
    ]
    (talking,) = inspector.drain()
    assert talking["eventType"] == "AgentEvent_Talking"
    assert talking["content"]["callid"] == call_id and talking["content"]["caller"] == "70004"
    assert sim.current_call_id(AGENT) == call_id and sim.current_call_id("154") is None
    assert sim.quality_control.supervision(AGENT) is None
    sim.end_call(AGENT)


def test_forced_states_reach_the_agent(sim: GatewaySimulator, two: tuple[Desk, Desk]) -> None:
    inspector, agent = two
    for path in ("forcebusy/154", "forceidle/154", "forcerest/154/30/3"):
        assert inspector.retcode("POST", f"{QC}/{path}") == "0"
    events = agent.drain()
    assert types(events) == [
        "AgentState_SetNotReady_Success",
        "AgentState_Force_Ready",
        "AgentState_SetRest_Success",
    ]
    assert events[0]["content"] == {"reason": "3"}
    call_id = sim.offer_call("154", force=True)
    agent.drain()
    assert inspector.retcode("POST", f"{QC}/forcebusy/154") == "0"  # after the call
    assert agent.drain() == []
    assert inspector.retcode("POST", f"{QC}/forcedropcall/{call_id}") == "0"
    assert types(agent.drain()) == [
        "AgentEvent_Call_Release",
        "AgentOther_PhoneRelease",
        "AgentState_SetNotReady_Success",
    ]
    assert inspector.retcode("POST", f"{QC}/forcelogout/154") == "0"
    assert types(agent.drain_farewell())[-1] == "AgentOther_ShutdownService"
    assert not sim.is_signed_in("154")


def test_a_forced_rest_reminds_when_its_time_is_up(http: httpx.Client) -> None:
    clock = ManualClock(0.0)
    sim = make_simulator(clock, guid_rotation=None)
    with httpx.Client(base_url=str(http.base_url), transport=sim.transport()) as own:
        inspector, agent = Desk(own).signed_in(), Desk(own, "154").signed_in("other")
        assert inspector.retcode("POST", f"{QC}/forcerest/154/30/3") == "0"
        clock.advance(31)
        assert types(agent.drain()) == ["AgentState_SetRest_Success", "AgentState_Rest_Timeout"]


def test_all_agent_event_hands_out_each_event_once(
    sim: GatewaySimulator, two: tuple[Desk, Desk]
) -> None:
    inspector, _ = two
    assert inspector.request("GET", "/agentevent/allagentevent").json()["event"] == []
    sim.offer_call("154", caller="70004")
    first = inspector.request("GET", "/agentevent/allagentevent").json()["event"]
    assert {e["workNo"] for e in first} == {"154"}
    assert "AgentEvent_Talking" in types(first)
    assert "AgentOther_PhoneAlerting" not in types(first)  # state and call events only
    assert inspector.request("GET", "/agentevent/allagentevent").json()["event"] == []
    assert inspector.poll().get("event") is None  # the inspector's own queue is untouched


def test_the_scenario_from_command_lines(sim: GatewaySimulator, two: tuple[Desk, Desk]) -> None:
    inspector, _ = two
    assert run_command(sim, f"supervision {AGENT}") == "ok none"
    inspector.retcode("PUT", f"{QC}/addsupervise/154")
    assert run_command(sim, f"supervision {AGENT}") == "ok 154 listening"
    assert run_command(sim, f"inspect {AGENT} off") == "ok"
    assert inspector.retcode("DELETE", f"{QC}/154") == "900-002"
    assert run_command(sim, f"inspect {AGENT} on") == "ok"
    assert inspector.retcode("DELETE", f"{QC}/154") == "0"
    assert run_command(sim, "inspect").startswith("error")
    assert sim.controls["supervision"]({"agent": AGENT}) == {"target": None, "mode": None}
