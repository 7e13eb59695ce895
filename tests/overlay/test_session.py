"""Signing in and out: Guid capture, forced sign-in, the context manager (sync and async)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AgentSessionError,
    AlreadySignedInError,
    AsyncAgentGateway,
    AsyncSignedInAgent,
    InvalidCredentialsError,
    NotAuthorizedError,
    RequestValidationError,
    ResponseDecodeError,
    SignedInAgent,
)
from tests.overlay.fakes import BASE, SessionGateway, json_reply

PASSWORD = "CANARY-PASSWORD-Zq9!"
FAST = {"retry_backoff": (0.0, 0.0), "poll_interval": 0.01}


def gateway(fake: SessionGateway) -> AgentGateway:
    return AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)


def async_gateway(fake: SessionGateway) -> AsyncAgentGateway:
    return AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)


def refused(retcode: str, message: str = "") -> httpx.Response:
    return json_reply({"message": message, "retcode": retcode, "result": None})


def test_sign_in_captures_the_guid_and_sends_only_what_was_given() -> None:
    fake = SessionGateway(guid="guid-A.AgentGateway0")
    agent = gateway(fake).sign_in("153", password=PASSWORD, phone="40038", status=4)
    (request,) = fake.requests
    assert (request.method, request.url.path) == ("PUT", "/agentgateway/resource/onlineagent/153")
    assert "Guid" not in request.headers
    assert request.read() == b'{"password":"CANARY-PASSWORD-Zq9!","phonenum":"40038","status":4}'
    assert isinstance(agent, SignedInAgent)
    assert agent.guid == "guid-A.AgentGateway0"
    result = agent.sign_in_result
    assert result is not None and result.mediatype == "TTF"
    assert result.login_time_at is not None and result.login_time_at.year == 2016
    agent.call_info()
    assert fake.requests[-1].headers["Guid"] == "guid-A.AgentGateway0"


def test_already_signed_in_is_never_overridden_silently() -> None:
    fake = SessionGateway().on("PUT", "/onlineagent/153", refused("100-002"))
    gw = gateway(fake)
    with pytest.raises(AlreadySignedInError) as caught:
        gw.sign_in("153", password=PASSWORD, phone="40038")
    assert any("force=True" in note for note in caught.value.__notes__)
    assert [r.url.path.rsplit("/", 1)[-1] for r in fake.requests] == ["153"]
    agent = gw.sign_in("153", password=PASSWORD, phone="40038", force=True)
    assert fake.requests[-1].url.path.endswith("/onlineagent/153/forcelogin")
    assert agent.guid is not None


def test_platform_only_sign_in() -> None:
    fake = SessionGateway()
    gateway(fake).sign_in(153, password="", platform_only=True)
    assert fake.requests[-1].url.path.endswith("/onlineagent/153/loginex")
    assert fake.requests[-1].read() == b'{"password":""}'


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"phone": None}, "phonenum"),
        ({"phone": "1" * 25}, "phonenum"),
        ({"password": "p" * 33}, "password"),
        ({"status": 7}, "status"),
        ({"agent_type": 5}, "agenttype"),
        ({"ip": "::1"}, "ip"),
        ({"callback_uri": "h" * 201}, "callBackUri"),
        ({"service_token": "a-b"}, "serviceToken"),
        ({"auto_answer": "yes"}, "autoanswer"),
        ({"force": True, "platform_only": True}, "force"),
    ],
)
def test_sign_in_arguments_are_checked_before_sending(kwargs: dict[str, Any], field: str) -> None:
    fake = SessionGateway()
    arguments = {"password": PASSWORD, "phone": "40038"} | kwargs
    with pytest.raises(RequestValidationError) as caught:
        gateway(fake).sign_in("153", **arguments)
    assert caught.value.field == field
    assert fake.requests == []
    assert PASSWORD not in str(caught.value)


def test_sign_in_without_set_guid_is_an_error() -> None:
    fake = SessionGateway().on(
        "PUT", "/onlineagent/153", json_reply({"retcode": "0", "result": {}})
    )
    with pytest.raises(ResponseDecodeError, match="Set-GUID"):
        gateway(fake).sign_in("153", password=PASSWORD, phone="40038")


def test_password_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = SessionGateway().on("PUT", "/onlineagent/153", refused("100-004", "wrong password"))
    gw = gateway(fake)
    with pytest.raises(InvalidCredentialsError) as caught:
        gw.sign_in("153", password=PASSWORD, phone="40038")
    agent = gw.sign_in("153", password=PASSWORD, phone="40038")
    texts = [str(caught.value), repr(caught.value), repr(agent), repr(gw)]
    texts += [r.getMessage() for r in caplog.records]
    assert all(PASSWORD not in text for text in texts)


def test_context_manager_signs_out_on_exit() -> None:
    fake = SessionGateway()
    with gateway(fake).sign_in("153", password=PASSWORD, phone="40038") as agent:
        agent.call_info()
    (sign_out,) = fake.calls("/onlineagent/153/logout")
    assert sign_out.method == "DELETE" and sign_out.headers["Guid"] == fake.guid


def test_context_manager_signs_out_when_the_body_raises() -> None:
    fake = SessionGateway()
    with (
        pytest.raises(KeyError, match="boom"),
        gateway(fake).sign_in("153", password=PASSWORD, phone="1"),
    ):
        raise KeyError("boom")
    assert len(fake.calls("/logout")) == 1


def test_a_failed_sign_out_is_raised() -> None:
    fake = SessionGateway().on("DELETE", "/logout", refused("100-010"))
    with (
        pytest.raises(AgentSessionError) as caught,
        gateway(fake).sign_in("153", password="", phone="1"),
    ):
        pass
    assert caught.value.retcode == "100-010"


def test_a_failed_sign_out_after_an_error_is_attached_to_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = SessionGateway().on("DELETE", "/logout", refused("100-010"))
    with (
        pytest.raises(ValueError, match="body") as caught,
        gateway(fake).sign_in("153", password="", phone="1"),
    ):
        raise ValueError("body")
    assert any("100-010" in note for note in caught.value.__notes__)
    assert any("sign-out after an error failed" in r.getMessage() for r in caplog.records)


def test_already_signed_out_on_exit_is_fine() -> None:
    fake = SessionGateway().on("DELETE", "/logout", refused("100-008"))
    with gateway(fake).sign_in("153", password="", phone="1"):
        pass


def test_a_rejected_guid_at_sign_out_is_never_taken_for_signed_out() -> None:
    """100-006 says the Guid was not accepted, not that the agent is signed out (issue 13)."""
    fake = SessionGateway().on("DELETE", "/logout", refused("100-006"))
    with pytest.raises(NotAuthorizedError), gateway(fake).sign_in("153", password="", phone="1"):
        pass


@pytest.mark.parametrize(
    ("kwargs", "path_end"),
    [
        ({}, "/logout"),
        ({"force": True}, "/forcelogout"),
        ({"reason": 12}, "/forcelogoutwithreason/12"),
    ],
)
def test_sign_out_variants(kwargs: dict[str, Any], path_end: str) -> None:
    fake = SessionGateway()
    agent = gateway(fake).agent("153", guid="g")
    agent.sign_out(**kwargs)
    assert fake.requests[-1].method == "DELETE"
    assert fake.requests[-1].url.path.endswith(path_end)


@pytest.mark.parametrize("reason", [0, 256, True])
def test_sign_out_reason_bounds(reason: int) -> None:
    fake = SessionGateway()
    with pytest.raises(RequestValidationError, match="reason"):
        gateway(fake).agent("153", guid="g").sign_out(reason=reason)
    assert fake.requests == []


def test_heartbeat_update_guid_and_status() -> None:
    fake = SessionGateway()
    fake.on("POST", "/handshake", json_reply({"message": "success", "retcode": "0"},
                                             **{"Set-GUID": "JSESSIONID=rotated"}))  # fmt: skip
    fake.on("PUT", "/updateGuid", json_reply({"retcode": "0", "result": {"guid": "fresh.AG1"}}))
    idle = {"agentState": 4, "isWorking": False}
    talking = {"agentState": 7, "isWorking": True}
    fake.on(
        "GET",
        "/agentstatus",
        json_reply({"retcode": "0", "result": idle}),
        json_reply({"retcode": "0", "result": [talking]}),
    )
    agent = gateway(fake).agent("153", guid="g0")
    agent.handshake(service_token="tok123")
    assert fake.requests[-1].headers["service_token"] == "tok123"
    assert agent.guid == "rotated"
    agent.update_guid()
    assert agent.guid == "fresh.AG1"
    status = agent.status()
    assert status is not None and status.agent_state.name == "IDLE" and status.is_working is False
    status = agent.status()
    assert status is not None and status.agent_state.name == "TALKING"
    assert fake.requests[-1].headers["Guid"] == "fresh.AG1"


# ------------------------------------------------------------------ async
def test_async_sign_in_and_out() -> None:
    fake = SessionGateway()

    async def main() -> None:
        async with async_gateway(fake) as gw:
            agent = await gw.sign_in("153", password=PASSWORD, phone="40038")
            assert isinstance(agent, AsyncSignedInAgent) and agent.guid == fake.guid
            await agent.sign_out()
            async with gw.sign_in("153", password=PASSWORD, phone="40038") as again:
                await again.call_info()
            with pytest.raises(KeyError):
                async with gw.sign_in("153", password=PASSWORD, phone="40038"):
                    raise KeyError("boom")

    asyncio.run(main())
    assert len(fake.calls("/logout")) == 3


def test_async_already_signed_in() -> None:
    fake = SessionGateway().on("PUT", "/onlineagent/153", refused("100-002"))

    async def main() -> None:
        async with async_gateway(fake) as gw:
            with pytest.raises(AlreadySignedInError):
                await gw.sign_in("153", password="", phone="1")
            agent = await gw.sign_in("153", password="", phone="1", force=True)
            assert agent.guid == fake.guid

    asyncio.run(main())


def test_push_mode_sessions_are_not_polled() -> None:
    fake = SessionGateway()
    gw = gateway(fake)
    with gw.sign_in(
        "153",
        password="",
        phone="1",
        callback_uri="https://crm.example/events",
        service_token="t0k",
    ) as agent:
        with pytest.raises(RequestValidationError, match="pushed"):
            agent.events()
        with pytest.raises(RequestValidationError, match="wait=False"):
            agent.request_conference(3)
        agent.request_conference(3, wait=False)
        agent.handshake(service_token="t0k")
    assert fake.polls() == []
    assert len(fake.calls("/handshake")) == 1 and len(fake.calls("/logout")) == 1


@pytest.mark.parametrize("cls", [AgentGateway, AsyncAgentGateway])
def test_sign_in_takes_every_field_of_the_spec(cls: type) -> None:
    import inspect

    from cec_agentgateway import _operations as ops
    from cec_agentgateway.generated.spec_extensions import REQUEST_CONSTRAINTS

    parameters = set(inspect.signature(cls.sign_in).parameters)
    assert set(ops.SIGN_IN_FIELDS) <= parameters
    assert set(ops.SIGN_IN_FIELDS.values()) == set(
        REQUEST_CONSTRAINTS["SignInRequest"]["properties"]
    )


def test_a_detached_agent_stays_signed_in_when_the_gateway_closes() -> None:
    from cec_agentgateway.simulator import GatewaySimulator

    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")
    with AgentGateway("http://sim", transport=sim.transport()) as gw:
        kept = gw.sign_in("153", password="pw", phone="40038")
        kept.detach()
    assert sim.is_signed_in("153")
    with AgentGateway("http://sim", transport=sim.transport()) as gw:
        gw.sign_in("153", password="pw", phone="40038", force=True)
    assert not sim.is_signed_in("153")  # not detached: signed out at close
