"""Testing helpers for partner teams' own tests: a fresh simulated gateway per test.

The constants below need nothing but the package, so ``help(cec_agentgateway.testing)``
and ``from cec_agentgateway.testing import SIM_AGENT_ID`` work anywhere. The pytest
fixtures need pytest: ``pip install 'cec-agentgateway[testing]'``. Installing the wheel
registers this module as a pytest plugin (entry point ``pytest11``, name
``cec_agentgateway``), so the fixtures are available in every test without an import;
``pytest -p no:cec_agentgateway`` turns it off. Without the entry point (e.g. a vendored
copy), add ``pytest_plugins = ["cec_agentgateway.testing"]`` to your ``conftest.py``.

Fixtures (each fresh per test):

``gateway_simulator``
    a :class:`~cec_agentgateway.simulator.GatewaySimulator` with the agent
    ``SIM_AGENT_ID`` (password ``SIM_PASSWORD``, phone ``SIM_PHONE``), the inspector
    ``SIM_INSPECTOR_ID`` (same password, phone ``SIM_INSPECTOR_PHONE``) and short empty
    polls (0.2 s). Drive calls with ``offer_call``, ``end_call``, ``push_event``,
    ``inject(Fault...)``, chats with ``chats.offer`` and the rest of its scenario API.
``simulated_gateway``
    an :class:`~cec_agentgateway.AgentGateway` wired in-process to ``gateway_simulator``
    (no network, no retry pauses), closed after the test (agents signed out).
``async_simulated_gateway``
    the same as an :class:`~cec_agentgateway.AsyncAgentGateway`, for ``async def`` tests
    run by anyio (``@pytest.mark.anyio``; anyio comes with httpx) or pytest-asyncio
    (auto mode). It uses asyncio: with anyio, keep the ``anyio_backend`` ``"asyncio"``.
``simulated_agent``
    ``SIM_AGENT_ID`` signed in on ``simulated_gateway`` (calls ring until answered).
``simulated_inspector``
    ``SIM_INSPECTOR_ID`` signed in on ``simulated_gateway``: its ``team`` listens to,
    whispers to, barges in on and takes over ``simulated_agent``'s calls.
``simulated_chat``
    a web chat from ``SIM_CUSTOMER`` offered to ``simulated_agent`` and answered: a
    :class:`~cec_agentgateway.Chat` (``gateway_simulator.chats.customer_says(chat.call_id,
    "...")`` makes the customer write).
``simulator_server``
    ``gateway_simulator`` served over loopback HTTP with the ``/__sim__/`` control endpoint
    on: give ``simulator_server.url`` to a client in any language (a subprocess, a browser
    test) and script the scenario over HTTP or in Python.

Example::

    def test_my_desktop_shows_the_caller(simulated_agent, gateway_simulator):
        gateway_simulator.offer_call(SIM_AGENT_ID, caller="70004")
        ...

    @pytest.mark.anyio
    async def test_the_async_desk(async_simulated_gateway, gateway_simulator):
        agent = await async_simulated_gateway.sign_in(
            SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE)
        ...
"""

from __future__ import annotations

__all__ = [
    "SIM_AGENT_ID",
    "SIM_CUSTOMER",
    "SIM_INSPECTOR_ID",
    "SIM_INSPECTOR_PHONE",
    "SIM_PASSWORD",
    "SIM_PHONE",
]

#: The agent every simulated gateway of the fixtures has.
SIM_AGENT_ID = "153"
#: The password of ``SIM_AGENT_ID`` and ``SIM_INSPECTOR_ID``.
SIM_PASSWORD = "secret"
#: The phone ``SIM_AGENT_ID`` signs in with.
SIM_PHONE = "40038"
#: An agent with the inspection right (``simulated_inspector``).
SIM_INSPECTOR_ID = "160"
#: The phone ``SIM_INSPECTOR_ID`` signs in with.
SIM_INSPECTOR_PHONE = "40060"
#: The customer of ``simulated_chat``.
SIM_CUSTOMER = "web-user"

try:
    import pytest as _pytest  # noqa: F401  (only: is it there?)
except ModuleNotFoundError:  # the constants and help() work without pytest
    pass
else:
    from ._testing_fixtures import (
        async_simulated_gateway,
        gateway_simulator,
        simulated_agent,
        simulated_chat,
        simulated_gateway,
        simulated_inspector,
        simulator_server,
    )

    __all__ += [
        "async_simulated_gateway",
        "gateway_simulator",
        "simulated_agent",
        "simulated_chat",
        "simulated_gateway",
        "simulated_inspector",
        "simulator_server",
    ]
