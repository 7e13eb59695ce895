"""The pytest fixtures of :mod:`cec_agentgateway.testing` (imported there when pytest is)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from ._agent import SignedInAgent
from ._chat import Chat
from ._client import AgentGateway, AsyncAgentGateway
from .simulator import GatewaySimulator, SimulatorServer, run_command
from .testing import (
    SIM_AGENT_ID,
    SIM_CUSTOMER,
    SIM_INSPECTOR_ID,
    SIM_INSPECTOR_PHONE,
    SIM_PASSWORD,
    SIM_PHONE,
)

__all__ = [
    "async_simulated_gateway",
    "gateway_simulator",
    "simulated_agent",
    "simulated_chat",
    "simulated_gateway",
    "simulated_inspector",
    "simulator_server",
]


@pytest.fixture
def gateway_simulator() -> Iterator[GatewaySimulator]:
    """A fresh simulator with the agent ``SIM_AGENT_ID`` and the inspector ``SIM_INSPECTOR_ID``.

    When the test ends, the simulator stops pushing events to push-mode agents' callbacks.
    """
    simulator = GatewaySimulator(poll_wait=0.2)
    simulator.add_agent(SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE)
    simulator.add_agent(SIM_INSPECTOR_ID, password=SIM_PASSWORD, phone=SIM_INSPECTOR_PHONE)
    yield simulator
    simulator.pushing.stop()


@pytest.fixture
def simulated_gateway(gateway_simulator: GatewaySimulator) -> Iterator[AgentGateway]:
    """An AgentGateway on ``gateway_simulator``, in-process; closed (agents signed out) after."""
    with AgentGateway(
        transport=gateway_simulator.transport(),
        poll_interval=0.02,
        retry_backoff=(0.0, 0.0),
    ) as gateway:
        yield gateway


@pytest.fixture
async def async_simulated_gateway(
    gateway_simulator: GatewaySimulator,
) -> AsyncIterator[AsyncAgentGateway]:
    """An AsyncAgentGateway on ``gateway_simulator``, in-process; closed after the test."""
    async with AsyncAgentGateway(
        transport=gateway_simulator.async_transport(),
        poll_interval=0.02,
        retry_backoff=(0.0, 0.0),
    ) as gateway:
        yield gateway


@pytest.fixture
def simulated_agent(
    simulated_gateway: AgentGateway, gateway_simulator: GatewaySimulator
) -> Iterator[SignedInAgent]:
    """``SIM_AGENT_ID`` signed in (calls ring until answered); signed out after the test."""
    agent = simulated_gateway.sign_in(
        SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE, auto_answer=False
    )
    yield agent
    _end_calls(gateway_simulator, SIM_AGENT_ID)  # the gateway refuses a sign-out mid-call


@pytest.fixture
def simulated_inspector(
    simulated_gateway: AgentGateway,
    simulated_agent: SignedInAgent,
    gateway_simulator: GatewaySimulator,
) -> Iterator[SignedInAgent]:
    """``SIM_INSPECTOR_ID`` signed in beside ``simulated_agent``; use its ``team``."""
    inspector = simulated_gateway.sign_in(
        SIM_INSPECTOR_ID, password=SIM_PASSWORD, phone=SIM_INSPECTOR_PHONE, auto_answer=False
    )
    yield inspector
    _end_calls(gateway_simulator, SIM_INSPECTOR_ID)


@pytest.fixture
def simulated_chat(simulated_agent: SignedInAgent, gateway_simulator: GatewaySimulator) -> Chat:
    """A web chat from ``SIM_CUSTOMER``, offered to ``simulated_agent`` and answered."""
    simulated_agent.set_chat_capacity(1)
    call_id = gateway_simulator.chats.offer(SIM_AGENT_ID, SIM_CUSTOMER)
    chat = simulated_agent.chat(call_id)
    chat.answer()
    return chat


@pytest.fixture
def simulator_server(gateway_simulator: GatewaySimulator) -> Iterator[SimulatorServer]:
    """``gateway_simulator`` on a free loopback port, control endpoint on; ``.url``."""
    with gateway_simulator.serve(
        control=True, commands=lambda line: run_command(gateway_simulator, line)
    ) as server:
        yield server


def _end_calls(simulator: GatewaySimulator, agent_id: str) -> None:
    if simulator.is_signed_in(agent_id) and simulator.current_call_id(agent_id) is not None:
        simulator.end_call(agent_id)
