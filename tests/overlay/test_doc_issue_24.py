"""Documentation issue 24 (AICC 25.200.0) in the client: the new sign-in fields and signInMode.

signIn and forceSignIn gained ``signInMode``, ``status`` 8 (rest) and ``time``/``restcause``;
syncagentinfo gained the response field ``signInMode`` (change history cec_07_0333).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    GatewayAgentState,
    RequestValidationError,
    SignInStatus,
)
from cec_agentgateway.simulator import GatewaySimulator
from tests.overlay.fakes import BASE, SessionGateway

PASSWORD = "CANARY-PASSWORD-Zq9!"
FAST = {"retry_backoff": (0.0, 0.0), "poll_interval": 0.01}


def gateway(fake: SessionGateway) -> AgentGateway:
    return AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)


def sent(request: httpx.Request) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(request.read())
    return body


@pytest.mark.parametrize("force", [False, True])
def test_new_fields_are_sent_only_when_given(force: bool) -> None:
    fake = SessionGateway()
    gw = gateway(fake)
    gw.sign_in("153", password=PASSWORD, phone="40038", force=force)
    assert sent(fake.requests[-1]) == {"password": PASSWORD, "phonenum": "40038"}
    gw.sign_in(
        "153",
        password=PASSWORD,
        phone="40038",
        force=force,
        status=SignInStatus.REST,
        rest_time=600,
        rest_cause=3,
        sign_in_mode=1,
    )
    request = fake.requests[-1]
    assert request.url.path.endswith("/forcelogin" if force else "/onlineagent/153")
    assert sent(request) == {
        "password": PASSWORD,
        "phonenum": "40038",
        "status": 8,
        "signInMode": 1,
        "time": 600,
        "restcause": 3,
    }


def test_sign_in_mode_is_passed_through_as_given() -> None:
    fake = SessionGateway()
    gateway(fake).sign_in("153", password=PASSWORD, phone="40038", sign_in_mode="abc")
    assert sent(fake.requests[-1])["signInMode"] == "abc"
    assert "time" not in sent(fake.requests[-1])


@pytest.mark.parametrize(
    ("kwargs", "field", "text"),
    [
        ({"status": 8}, "time", "required when status is 8"),
        ({"status": 8, "rest_time": 0}, "time", "at least 1"),
        ({"status": 8, "rest_time": 86400}, "time", "at most 86399"),
        ({"status": 8, "rest_time": 60, "rest_cause": -1}, "restcause", "at least 0"),
        ({"status": 8, "rest_time": 60, "rest_cause": 256}, "restcause", "at most 255"),
        ({"status": 8, "rest_time": "60"}, "time", "type integer"),
        ({"rest_time": 86400}, "time", "at most 86399"),
        ({"status": 9, "rest_time": 60}, "status", "one of"),
        ({"sign_in_mode": 1.5}, "signInMode", "integer or string"),
        ({"sign_in_mode": True}, "signInMode", "integer or string"),
    ],
)
def test_bounds_are_checked_before_sending(kwargs: dict[str, Any], field: str, text: str) -> None:
    fake = SessionGateway()
    with pytest.raises(RequestValidationError, match=text) as caught:
        gateway(fake).sign_in("153", password=PASSWORD, phone="40038", **kwargs)
    assert caught.value.field == field
    assert fake.requests == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"status": 8}, "status"),
        ({"sign_in_mode": 1}, "signInMode"),
        ({"rest_time": 60}, "time"),
        ({"rest_cause": 1}, "restcause"),
    ],
)
def test_platform_only_sign_in_does_not_take_the_issue_24_fields(
    kwargs: dict[str, Any], field: str
) -> None:
    fake = SessionGateway()
    with pytest.raises(RequestValidationError) as caught:
        gateway(fake).sign_in("153", password="", platform_only=True, **kwargs)
    assert caught.value.field == field
    assert fake.requests == []


def test_async_sign_in_checks_and_sends_the_same() -> None:
    fake = SessionGateway()

    async def main() -> None:
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
            with pytest.raises(RequestValidationError) as caught:
                gw.sign_in("153", password=PASSWORD, phone="1", status=8, rest_time=86400)
            assert caught.value.field == "time" and fake.requests == []
            await gw.sign_in("153", password=PASSWORD, phone="1", status=8, rest_time=5)

    asyncio.run(main())
    # closing the gateway signs the agent out again: the sign-in is the PUT
    sign_in = [request for request in fake.requests if request.method == "PUT"]
    assert len(sign_in) == 1
    assert sent(sign_in[0]) == {
        "password": PASSWORD,
        "phonenum": "1",
        "status": 8,
        "time": 5,
    }


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    return sim


def test_signing_in_resting_through_the_simulator_and_sign_in_mode_in_sync_state() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        with gw.sign_in(
            "153", password="pw", phone="40038", status=SignInStatus.REST, rest_time=300,
            rest_cause=7, sign_in_mode=2,
        ) as agent:  # fmt: skip
            assert sim.agent_state("153") is GatewayAgentState.REST
            state = agent.sync_state()
            assert state is not None and state.sign_in_mode == 2
        with gw.sign_in("153", password="pw", phone="40038") as agent:
            assert sim.agent_state("153") is GatewayAgentState.IDLE
            state = agent.sync_state()
            assert state is not None and state.sign_in_mode is None


def test_async_sync_state_decodes_sign_in_mode() -> None:
    sim = simulator()

    async def main() -> Any:
        fields: dict[str, Any] = {"password": "pw", "phone": "40038", "sign_in_mode": "web"}
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", force=True, **fields) as agent,
        ):
            return await agent.sync_state()

    state = asyncio.run(main())
    assert state is not None and state.sign_in_mode == "web"
