"""offer_call offers calls only to idle agents, as a gateway's queue does; force=True is a
direct call. At the simulator level, through the stdin commands and the control endpoint."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.generated.models import GatewayAgentState
from cec_agentgateway.simulator import GatewaySimulator, SimulatorError, run_command
from tests.simulator.helpers import AGENT, PASSWORD, PHONE, Desk, types

BASE = f"/onlineagent/{AGENT}"


def post(desk: Desk, path: str, **params: Any) -> str:
    retcode: str = desk.request("POST", BASE + path, params=params).json()["retcode"]
    return retcode


@pytest.fixture
def agent(desk: Desk) -> Desk:
    agent = desk.signed_in()
    agent.drain()
    return agent


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/saybusy?reason=201", "busy (cause 201)"),
        ("/saybusy", "busy"),
        ("/rest/60/2", "resting"),
        ("/work", "in wrap-up"),
    ],
)
def test_an_agent_that_is_not_idle_is_not_offered_the_call(
    agent: Desk, sim: GatewaySimulator, path: str, why: str
) -> None:
    route, _, query = path.partition("?")
    params = dict(item.split("=") for item in query.split("&")) if query else {}
    assert post(agent, route, **params) == "0"
    state = sim.agent_state(AGENT)
    agent.drain()
    with pytest.raises(SimulatorError) as refused:
        sim.offer_call(AGENT)
    assert str(refused.value).startswith(f"agent {AGENT} is {why}: a gateway queues the call")
    assert agent.drain() == []  # nothing reached the agent
    assert sim.agent_state(AGENT) is state
    assert sim.current_call_id(AGENT) is None

    assert post(agent, "/sayfree") == "0"
    agent.drain()
    call_id = sim.offer_call(AGENT)  # idle again: offered
    assert "AgentEvent_Talking" in types(agent.drain())
    assert sim.current_call_id(AGENT) == call_id


def test_force_puts_the_call_through_to_a_busy_agent(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/saybusy", reason=201) == "0"
    agent.drain()
    call_id = sim.offer_call(AGENT, caller="70004", force=True)
    assert "AgentEvent_Talking" in types(agent.drain())
    assert sim.agent_state(AGENT) is GatewayAgentState.TALKING
    sim.end_call(AGENT)
    assert sim.current_call_id(AGENT) is None and call_id


def test_force_ends_a_rest(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/rest/60/2") == "0"
    sim.offer_call(AGENT, force=True)
    sim.end_call(AGENT)
    assert types(agent.drain())[-1] == "AgentState_Ready"
    assert sim.agent_state(AGENT) is GatewayAgentState.IDLE


def test_an_agent_in_a_call_is_refused_even_when_forced(agent: Desk, sim: GatewaySimulator) -> None:
    sim.offer_call(AGENT)
    for force in (False, True):
        with pytest.raises(SimulatorError, match="already has a call"):
            sim.offer_call(AGENT, force=force)


def test_wrap_up_after_a_call_refuses_the_next_call(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/autoenteridle/false") == "0"
    sim.offer_call(AGENT)
    sim.end_call(AGENT)
    with pytest.raises(SimulatorError, match="in wrap-up"):
        sim.offer_call(AGENT)
    assert post(agent, "/cancelwork") == "0"
    sim.offer_call(AGENT)


def test_the_offer_command_refuses_and_forces(agent: Desk, sim: GatewaySimulator) -> None:
    assert post(agent, "/saybusy", reason=203) == "0"
    refused = run_command(sim, "offer 153 70004")
    assert refused.startswith("error ") and "busy (cause 203)" in refused
    forced = run_command(sim, "offer 153 70004 force")
    assert forced == "ok " + str(sim.current_call_id(AGENT))
    sim.end_call(AGENT)
    assert run_command(sim, "offer 153 FORCE").startswith("ok ")


def test_the_control_endpoint_refuses_and_forces() -> None:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    with (
        sim.serve(control=True) as server,
        httpx.Client(base_url=server.url + "/__sim__", timeout=10) as control,
        httpx.Client(base_url=server.url + "/agentgateway/resource", timeout=10) as api,
    ):
        desk = Desk(api).signed_in()
        assert post(desk, "/work") == "0"
        refused = control.post("/offer_call", json={"agent": AGENT})
        assert refused.status_code == 400
        assert "in wrap-up" in refused.json()["error"]
        wrong = control.post("/offer_call", json={"agent": AGENT, "force": "yes"})
        assert wrong.status_code == 400 and "force" in wrong.json()["error"]
        forced = control.post("/offer_call", json={"agent": AGENT, "force": True}).json()
        assert forced["ok"] and forced["callId"] == sim.current_call_id(AGENT)
