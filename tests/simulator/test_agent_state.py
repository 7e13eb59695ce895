"""The simulated agent state machine: ready, busy, rest (with its timer), wrap-up, settings."""

from __future__ import annotations

from typing import Any

import pytest

from cec_agentgateway.generated.models import AgentState, GatewayAgentState
from cec_agentgateway.simulator import GatewaySimulator, ManualClock
from tests.simulator.helpers import AGENT, Desk

BASE = f"/onlineagent/{AGENT}"


def post(desk: Desk, path: str, **params: Any) -> dict[str, Any]:
    body: dict[str, Any] = desk.request("POST", BASE + path, params=params).json()
    return body


def types(events: list[dict[str, Any]]) -> list[str]:
    return [event["eventType"] for event in events]


@pytest.fixture
def agent(desk: Desk) -> Desk:
    return desk.signed_in()


def status(desk: Desk) -> dict[str, Any]:
    result: dict[str, Any] = desk.request("GET", f"{BASE}/agentstatus").json()["result"]
    return result


# ---------------------------------------------------------------------- busy


def test_busy_with_reason_then_ready(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/saybusy", reason=201) == {
        "message": "success",
        "retcode": "0",
        "result": {},
    }
    events = agent.drain()
    assert types(events) == ["AgentState_SetNotReady_Success"]
    assert events[0]["content"] == {"reason": "201"}
    assert sim.agent_state(AGENT) is GatewayAgentState.BUSY
    assert status(agent) == {"agentState": 3, "isWorking": False}

    assert post(agent, "/sayfree")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_CancelNotReady_Success"]
    assert sim.agent_state(AGENT) is GatewayAgentState.IDLE


def test_busy_without_reason_reports_reason_zero(agent: Desk) -> None:
    assert post(agent, "/saybusy")["retcode"] == "0"
    assert agent.drain()[0]["content"] == {"reason": "0"}


def test_busy_again_needs_prolong(agent: Desk) -> None:
    post(agent, "/saybusy", reason=200)
    agent.drain()
    assert post(agent, "/saybusy", reason=210)["retcode"] == "100-009"
    assert agent.drain() == []
    assert post(agent, "/saybusy", reason=210, prolong="true")["retcode"] == "0"
    assert agent.drain()[0]["content"] == {"reason": "210"}


@pytest.mark.parametrize("reason", ["1", "199", "251", "-1", "abc"])
def test_busy_refuses_reasons_a_client_may_not_set(agent: Desk, reason: str) -> None:
    assert post(agent, "/saybusy", reason=reason)["retcode"] == "000-002"
    assert agent.drain() == []


def test_cancel_busy_when_not_busy_is_refused(agent: Desk) -> None:
    assert post(agent, "/cancelbusy")["retcode"] == "100-009"
    post(agent, "/saybusy")
    agent.drain()
    assert post(agent, "/cancelbusy")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_CancelNotReady_Success"]


# ---------------------------------------------------------------------- rest


def test_rest_reminds_at_timeout_and_keeps_resting(
    agent: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    assert post(agent, "/rest/60/3")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_SetRest_Success"]
    assert status(agent)["agentState"] == 8
    clock.advance(59)
    assert agent.drain() == []
    clock.advance(1)
    events = agent.drain()
    assert types(events) == ["AgentState_Rest_Timeout"]
    assert events[0]["content"] is None
    clock.advance(100)
    assert agent.drain() == []  # reminded once
    assert sim.agent_state(AGENT) is GatewayAgentState.REST  # still resting

    assert post(agent, "/cancelrest")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_CancelRest_Success"]
    assert sim.agent_state(AGENT) is GatewayAgentState.IDLE


def test_rest_again_needs_prolong_and_restarts_the_timer(agent: Desk, clock: ManualClock) -> None:
    post(agent, "/rest/60/0")
    agent.drain()
    clock.advance(50)
    assert post(agent, "/rest/120/4")["retcode"] == "100-009"
    assert post(agent, "/rest/120/4", prolong="true")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_SetRest_Success"]
    clock.advance(100)
    assert agent.drain() == []
    clock.advance(20)
    assert types(agent.drain()) == ["AgentState_Rest_Timeout"]


@pytest.mark.parametrize("path", ["/rest/0/1", "/rest/86400/1", "/rest/10/256", "/rest/x/1"])
def test_rest_out_of_bounds(agent: Desk, path: str) -> None:
    assert post(agent, path)["retcode"] == "000-002"
    assert agent.drain() == []


def test_ready_ends_a_rest(agent: Desk) -> None:
    post(agent, "/rest/60/0")
    agent.drain()
    assert post(agent, "/sayfree")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_CancelRest_Success"]


def test_cancel_rest_when_not_resting_is_refused(agent: Desk) -> None:
    assert post(agent, "/cancelrest")["retcode"] == "100-009"


# ---------------------------------------------------------------------- wrap-up


def test_wrap_up_and_back(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/cancelwork")["retcode"] == "100-009"
    assert post(agent, "/work")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_SetWork_Success"]
    assert sim.agent_state(AGENT) is GatewayAgentState.WRAP_UP
    assert post(agent, "/work")["retcode"] == "100-009"
    assert post(agent, "/cancelwork")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_CancelWork_Success"]


def test_ready_ends_wrap_up(agent: Desk) -> None:
    post(agent, "/work")
    agent.drain()
    post(agent, "/sayfree")
    assert types(agent.drain()) == ["AgentState_CancelWork_Success"]


def test_ready_when_idle_changes_nothing(agent: Desk) -> None:
    assert post(agent, "/sayfree")["retcode"] == "0"
    assert agent.drain() == []


def test_state_operations_need_a_session(desk: Desk) -> None:
    for path in ("/sayfree", "/saybusy", "/cancelbusy", "/rest/10/0", "/work", "/cancelwork"):
        assert post(desk, path)["retcode"] == "100-006"


# ---------------------------------------------------------------------- around a call


def test_busy_and_rest_asked_during_a_call_start_when_it_ends(
    agent: Desk, sim: GatewaySimulator
) -> None:
    sim.offer_call(AGENT)
    agent.drain()
    assert post(agent, "/work")["retcode"] == "100-009"
    assert post(agent, "/saybusy", reason=205)["retcode"] == "0"
    info = agent.request("POST", f"{BASE}/syncagentinfo").json()["result"]["agentStateInfo"]
    assert info["preBusy"] is True and info["state"] == AgentState.TALKING.value
    assert post(agent, "/rest/30/2")["retcode"] == "0"  # the later request wins
    assert status(agent) == {"agentState": GatewayAgentState.PRE_REST.value, "isWorking": True}
    assert agent.drain() == []

    sim.end_call(AGENT)
    assert types(agent.drain()) == ["AgentEvent_Call_Release", "AgentState_SetRest_Success"]
    assert sim.agent_state(AGENT) is GatewayAgentState.REST


def test_busy_asked_during_a_call(agent: Desk, sim: GatewaySimulator) -> None:
    sim.offer_call(AGENT)
    post(agent, "/saybusy", reason=200)
    agent.drain()
    sim.end_call(AGENT)
    events = agent.drain()
    assert types(events) == ["AgentEvent_Call_Release", "AgentState_SetNotReady_Success"]
    assert events[-1]["content"] == {"reason": "200"}


def test_ready_during_a_call_cancels_what_was_asked(agent: Desk, sim: GatewaySimulator) -> None:
    sim.offer_call(AGENT)
    agent.drain()
    assert post(agent, "/sayfree")["retcode"] == "100-009"  # nothing to cancel
    post(agent, "/saybusy")
    assert post(agent, "/sayfree")["retcode"] == "0"
    assert types(agent.drain()) == ["AgentState_CancelNotReady_Success"]
    sim.end_call(AGENT)
    assert types(agent.drain()) == ["AgentEvent_Call_Release", "AgentState_Ready"]


# ---------------------------------------------------------------------- settings


def test_auto_enter_idle_off_means_wrap_up_after_a_call(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/autoenteridle/false")["retcode"] == "0"
    sim.offer_call(AGENT)
    sim.end_call(AGENT)
    assert types(agent.drain())[-1] == "AgentState_Work"
    assert post(agent, "/autoenteridle/True")["retcode"] == "0"  # any case
    post(agent, "/cancelwork")
    sim.offer_call(AGENT)
    sim.end_call(AGENT)
    assert types(agent.drain())[-1] == "AgentState_Ready"


def test_auto_answer_off_lets_calls_ring(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/autoanswer/false")["retcode"] == "0"
    sim.offer_call(AGENT)
    assert "AgentEvent_Ringing" in types(agent.drain())
    sim.answer_call(AGENT)
    sim.end_call(AGENT)
    agent.drain()
    assert post(agent, "/autoanswer/TRUE")["retcode"] == "0"
    sim.offer_call(AGENT)
    assert "AgentEvent_Talking" in types(agent.drain())


@pytest.mark.parametrize("path", ["/autoanswer/yes", "/autoenteridle/toolong"])
def test_setting_values_out_of_bounds(agent: Desk, path: str) -> None:
    assert post(agent, path)["retcode"] == "000-002"


def test_a_new_session_starts_without_the_old_rest(
    agent: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    post(agent, "/rest/60/0")
    agent.request("DELETE", f"{BASE}/logout")
    agent.drain_farewell()
    agent.signed_in()
    clock.advance(90)
    assert agent.drain() == []
    assert sim.agent_state(AGENT) is GatewayAgentState.IDLE


def test_signing_in_resting_starts_a_timed_rest(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    """status 8 (documentation issue 24) is an ordinary rest: it times out and can be cancelled."""
    assert desk.sign_in(status=8, time=30, restcause=7).json()["retcode"] == "0"
    desk.drain()
    assert sim.agent_state(AGENT) is GatewayAgentState.REST
    clock.advance(30)
    assert types(desk.drain()) == ["AgentState_Rest_Timeout"]
    assert post(desk, "/cancelrest")["retcode"] == "0"
    assert types(desk.drain()) == ["AgentState_CancelRest_Success"]
    assert sim.agent_state(AGENT) is GatewayAgentState.IDLE
