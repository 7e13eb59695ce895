"""pytest fixtures for partner teams' own tests: a fresh simulated gateway per test.

Installing the wheel registers this module as a pytest plugin (entry point ``pytest11``,
name ``cec_agentgateway``), so the fixtures are available in every test without an import;
``pytest -p no:cec_agentgateway`` turns it off. Without the entry point (e.g. a vendored
copy), add ``pytest_plugins = ["cec_agentgateway.testing"]`` to your ``conftest.py``.

Fixtures (each fresh per test):

``gateway_simulator``
    a :class:`~cec_agentgateway.simulator.GatewaySimulator` with the agent
    ``SIM_AGENT_ID`` (password ``SIM_PASSWORD``, phone ``SIM_PHONE``) and short empty polls
    (0.2 s). Add agents with ``add_agent``; drive calls with ``offer_call``, ``end_call``,
    ``push_event``, ``inject(Fault...)`` and the rest of its scenario API.
``simulated_gateway``
    an :class:`~cec_agentgateway.AgentGateway` wired in-process to ``gateway_simulator``
    (no network, no retry pauses), closed after the test. For the async client use
    ``AsyncAgentGateway(transport=gateway_simulator.async_transport())``.
``simulator_server``
    ``gateway_simulator`` served over loopback HTTP with the ``/__sim__/`` control endpoint
    on: give ``simulator_server.url`` to a client in any language (a subprocess, a browser
    test) and script the scenario over HTTP or in Python.

Example::

    def test_my_desktop_shows_the_caller(simulated_gateway, gateway_simulator):
        with simulated_gateway.sign_in(SIM_AGENT_ID, password=SIM_PASSWORD,
                                       phone=SIM_PHONE) as agent:
            gateway_simulator.offer_call(SIM_AGENT_ID, caller="70004")
            ...
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._client import AgentGateway
from .simulator import GatewaySimulator, SimulatorServer, run_command

__all__ = [
    "SIM_AGENT_ID",
    "SIM_PASSWORD",
    "SIM_PHONE",
    "gateway_simulator",
    "simulated_gateway",
    "simulator_server",
]

SIM_AGENT_ID = "153"
SIM_PASSWORD = "secret"
SIM_PHONE = "40038"


@pytest.fixture
def gateway_simulator() -> GatewaySimulator:
    """A fresh simulator with one agent (``SIM_AGENT_ID`` / ``SIM_PASSWORD`` / ``SIM_PHONE``)."""
    simulator = GatewaySimulator(poll_wait=0.2)
    simulator.add_agent(SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE)
    return simulator


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
def simulator_server(gateway_simulator: GatewaySimulator) -> Iterator[SimulatorServer]:
    """``gateway_simulator`` on a free loopback port, control endpoint on; ``.url``."""
    with gateway_simulator.serve(
        control=True, commands=lambda line: run_command(gateway_simulator, line)
    ) as server:
        yield server
