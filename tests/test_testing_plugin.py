"""The pytest fixtures partner teams get with the wheel (cec_agentgateway.testing)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AgentState,
    AsyncAgentGateway,
    Chat,
    ChatMessage,
    EventType,
    SignedInAgent,
)
from cec_agentgateway.simulator import GatewaySimulator, SimulatorServer
from cec_agentgateway.testing import (
    SIM_AGENT_ID,
    SIM_CUSTOMER,
    SIM_INSPECTOR_ID,
    SIM_PASSWORD,
    SIM_PHONE,
)


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
    assert gateway_simulator.agent_ids() == [SIM_AGENT_ID, SIM_INSPECTOR_ID]
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


def test_the_constants_and_help_work_without_pytest() -> None:
    """A script (not a test) imports the constants: pytest is not needed, only the package."""
    code = (
        "import sys; sys.modules['pytest'] = None\n"  # `import pytest` now fails
        "import cec_agentgateway.testing as t\n"
        "help(t)\n"
        "print(t.SIM_AGENT_ID, t.SIM_PASSWORD, t.SIM_PHONE, sorted(t.__all__))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "Testing helpers for partner teams" in done.stdout  # help() printed the docstring
    assert "153 secret 40038" in done.stdout
    assert "'simulated_gateway'" not in done.stdout  # no fixtures without pytest
    assert "'SIM_INSPECTOR_ID'" in done.stdout


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # the async client runs on asyncio


@pytest.mark.anyio
async def test_async_simulated_gateway(
    async_simulated_gateway: AsyncAgentGateway, gateway_simulator: GatewaySimulator
) -> None:
    agent = await async_simulated_gateway.sign_in(
        SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE, auto_answer=False
    )
    call_id = gateway_simulator.offer_call(SIM_AGENT_ID, caller="70004")
    await agent.answer()
    info = await agent.call_info()
    assert info is not None and info.callid == call_id
    gateway_simulator.end_call(SIM_AGENT_ID)
    assert gateway_simulator.is_signed_in(SIM_AGENT_ID)  # signed out when the fixture closes


def test_simulated_inspector_listens_to_simulated_agent(
    simulated_inspector: SignedInAgent,
    simulated_agent: SignedInAgent,
    gateway_simulator: GatewaySimulator,
) -> None:
    gateway_simulator.offer_call(SIM_AGENT_ID, caller="70004")
    simulated_agent.answer()
    simulated_inspector.team.listen(SIM_AGENT_ID)
    supervision = gateway_simulator.quality_control.supervision(SIM_INSPECTOR_ID)
    assert supervision == (SIM_AGENT_ID, AgentState.LISTENING)
    simulated_inspector.team.stop_monitoring(SIM_AGENT_ID)


def test_simulated_chat_is_answered_and_hears_the_customer(
    simulated_chat: Chat, simulated_agent: SignedInAgent, gateway_simulator: GatewaySimulator
) -> None:
    assert gateway_simulator.chats.state(simulated_chat.call_id) == "connected"
    assert gateway_simulator.chats.agent_of(simulated_chat.call_id) == SIM_AGENT_ID
    simulated_chat.send("Hello, how can I help?")
    transcript = gateway_simulator.chats.transcript(simulated_chat.call_id)
    assert transcript == [(SIM_AGENT_ID, "Hello, how can I help?")]
    with simulated_agent.events() as stream:
        gateway_simulator.chats.customer_says(simulated_chat.call_id, "Where is my parcel?")
        message = None
        while message is None:
            message = ChatMessage.from_event(stream.get(5.0))
    assert (message.call_id, message.sender) == (simulated_chat.call_id, SIM_CUSTOMER)
    assert message.text == "Where is my parcel?"
    assert gateway_simulator.chats.transcript(simulated_chat.call_id)[-1] == (
        "customer",  # the simulator's transcript names the side
        "Where is my parcel?",
    )
