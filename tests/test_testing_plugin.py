"""The pytest fixtures partner teams get with the wheel (cec_agentgateway.testing)."""

from __future__ import annotations

from importlib.metadata import entry_points

import httpx
import pytest

from cec_agentgateway import AgentGateway, EventType
from cec_agentgateway.simulator import GatewaySimulator, SimulatorServer
from cec_agentgateway.testing import SIM_AGENT_ID, SIM_PASSWORD, SIM_PHONE


def test_the_plugin_is_registered_for_pytest() -> None:
    (plugin,) = [e for e in entry_points(group="pytest11") if e.name == "cec_agentgateway"]
    assert plugin.value == "cec_agentgateway.testing"


def test_the_plugin_was_loaded_by_pytest(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.has_plugin("cec_agentgateway")


def test_simulated_gateway_signs_in_and_sees_a_call(
    simulated_gateway: AgentGateway, gateway_simulator: GatewaySimulator
) -> None:
    with simulated_gateway.sign_in(SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE) as agent:
        call_id = gateway_simulator.offer_call(SIM_AGENT_ID, caller="70004")
        with agent.events() as stream:
            for event in stream:
                if event.type is EventType.AGENT_EVENT_TALKING:
                    break
        assert agent.call_info() is not None
        gateway_simulator.end_call(SIM_AGENT_ID)  # the gateway refuses a sign-out mid-call
    assert call_id
    assert not gateway_simulator.is_signed_in(SIM_AGENT_ID)


def test_each_test_gets_a_fresh_simulator(gateway_simulator: GatewaySimulator) -> None:
    assert gateway_simulator.agent_ids() == [SIM_AGENT_ID]
    assert gateway_simulator.requests == []


def test_simulator_server_serves_the_api_and_the_control_endpoint(
    simulator_server: SimulatorServer, gateway_simulator: GatewaySimulator
) -> None:
    with httpx.Client(base_url=simulator_server.url, timeout=10) as http:
        body = {"password": SIM_PASSWORD, "phonenum": SIM_PHONE}
        signed_in = http.put(f"/agentgateway/resource/onlineagent/{SIM_AGENT_ID}", json=body)
        assert signed_in.json()["retcode"] == "0"
        state = http.get("/__sim__/state").json()
        assert state["agents"][0]["signedIn"] is True
        answer = http.post("/__sim__/command", json={"line": f"offer {SIM_AGENT_ID}"}).json()
        assert answer["ok"]
    assert gateway_simulator.agent_state(SIM_AGENT_ID).value != 0
