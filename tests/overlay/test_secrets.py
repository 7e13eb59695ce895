"""The Guid is a secret: never in a log record, a repr or an exception message."""

from __future__ import annotations

import logging
import socket
import time
import warnings
from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGateway, AgentGatewayError, RequestValidationError
from cec_agentgateway.simulator import Fault, GatewaySimulator
from tests.overlay.fakes import FakeGateway, json_reply, ok

CANARY = "CANARY-7f3e9b1c-5d2a-4e8f-9a6b-secretsecret.AgentGateway0"
ROTATED = "CANARY-ROTATED-0000-1111-2222-secretsecret.AgentGateway1"


def _everything(connect: Any) -> tuple[list[str], Any]:
    """Drive successes, every error family and a rotation; return all text produced."""
    fake = FakeGateway(ok(None)).reply(
        ok(None, **{"Set-GUID": f"JSESSIONID={ROTATED}"}),
        json_reply({"message": f"guid {ROTATED} not valid", "retcode": "100-006"}),
        json_reply({"message": "Unknown ERROR._20001", "retcode": "100-007"}),
        httpx.Response(502, text="bad gateway"),
        httpx.Response(200, content=b"{broken"),
        httpx.ConnectError("refused"),
    )
    gateway = connect(fake, max_retries=0)
    agent = gateway.agent("153", guid=CANARY, on_guid_change=lambda g: None)
    texts = [repr(gateway), repr(agent), repr(agent.auth), str(agent.auth)]
    agent.call_info()
    texts.append(repr(agent))
    for _ in range(5):
        with pytest.raises(AgentGatewayError) as caught:
            agent.call_info()
        texts += [str(caught.value), repr(caught.value), repr(caught.value.args)]
    with pytest.raises(AgentGatewayError) as caught:
        agent.request_conference(0, wait=False)
    texts += [str(caught.value), repr(caught.value)]
    return texts, fake


def test_canary_guid_never_leaks(connect: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts, fake = _everything(connect)
    logged = [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records]
    assert any("queryCallInfo agent=153" in line for line in logged), "requests are logged"
    for text in texts + logged:
        assert CANARY not in text and ROTATED not in text, text
        assert "secretsecret" not in text
    assert fake.requests[0].headers["Guid"] == CANARY, "while it is still sent"
    assert fake.requests[2].headers["Guid"] == ROTATED


def test_debug_line_has_operation_agent_status_retcode_duration(
    connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cec_agentgateway")
    fake = FakeGateway(json_reply({"message": "", "retcode": "101-001"}))
    agent = connect(fake).agent("153", guid=CANARY)
    with pytest.raises(AgentGatewayError):
        agent.query_conferences([1])
    (record,) = [r for r in caplog.records if r.name == "cec_agentgateway"]
    assert record.levelno == logging.DEBUG
    message = record.getMessage()
    assert message.startswith("queryConfInfos agent=153 status=200 retcode=101-001 ")
    assert message.endswith("ms")


# ---------------------------------------------------------------------------- issue 13 canary
CANARY_PASSWORD = "CANARY-PW-4b1d-secretsecret"
CANARY_GUID = "CANARY-GUID-0a1b2c3d-secretsecret.AgentGateway0"


def _exception_texts(error: BaseException) -> list[str]:
    """str, repr, args and notes of an exception and of every exception in its chain."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args)]
        texts += list(getattr(current, "__notes__", []))
        for attribute in ("message", "server_message", "body_excerpt"):
            value = getattr(current, attribute, None)
            if isinstance(value, str):
                texts.append(value)
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
    return texts


def test_canary_secrets_appear_nowhere_in_a_full_session_and_its_error_paths(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A whole session over loopback at DEBUG (httpx and httpcore log every header there),
    plus every error path: no Guid and no password in logs, reprs, exceptions or warnings."""
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    guids: list[str] = []
    errors: list[BaseException] = []

    def expect_error(action: Any) -> None:
        try:
            action()
        except Exception as error:  # every path must fail with a documented, clean error
            assert isinstance(error, AgentGatewayError), repr(error)
            errors.append(error)
        else:
            raise AssertionError("no error")

    sim = GatewaySimulator(poll_wait=0.05, guid_rotation=0.2, guid_expiry=5.0)
    sim.add_agent("153", password=CANARY_PASSWORD, phone="40038")
    sim.add_agent("154", password="other", phone="40039")
    with warnings.catch_warnings(record=True) as caught_warnings, sim.serve() as server:
        warnings.simplefilter("always")
        gateway = AgentGateway(
            server.url, poll_interval=0.01, retry_backoff=(0.0, 0.0), deadline=5.0
        )
        with gateway.sign_in(
            "153", password=CANARY_PASSWORD, phone="40038", on_guid_change=guids.append
        ) as agent:
            assert agent.guid is not None
            guids.append(agent.guid)
            texts += [repr(agent), str(agent), repr(agent.auth), repr(gateway)]
            stream = agent.events()
            stream.get(5.0)
            for _ in range(8):  # long enough for several rotations
                agent.call_info()
                agent.sync_state()
                agent.status()
                time.sleep(0.05)
            agent.update_guid()
            guids.append(agent.guid or "")
            sim.inject("153", Fault.http_error(502), operation="queryCallInfo")
            expect_error(agent.with_options(max_retries=0).call_info)
            sim.inject("153", Fault.raw(b"{broken"), operation="queryCallInfo")
            expect_error(agent.call_info)
            sim.inject(
                "153",
                Fault.retcode("100-007", f"guid {agent.guid} is busy"),
                operation="queryCallInfo",
            )
            expect_error(agent.call_info)
            sim.inject("153", Fault.connect_error(), operation="queryCallInfo")
            expect_error(agent.with_options(max_retries=0).call_info)
            expect_error(lambda: agent.query_conferences([2**64]))
            texts += [repr(agent), repr(stream)]
        assert len(set(guids)) >= 3, "rotations happened"

        # Error paths with a Guid the client holds but the gateway does not know.
        stranger = gateway.agent("154", guid=CANARY_GUID)
        texts.append(repr(stranger))
        expect_error(stranger.call_info)
        expect_error(lambda: stranger.sign_out())
        expect_error(lambda: stranger.events().get(5.0))
        expect_error(lambda: gateway.sign_in("154", password=CANARY_PASSWORD, phone="40039"))
        expect_error(lambda: gateway.agent("154", guid=CANARY_GUID + "\n"))
        expect_error(lambda: gateway.agent("154", guid=" " + CANARY_GUID + " "))
        expect_error(lambda: stranger.with_options(max_retries="2"))
        gateway.close()

    # Nothing listens here any more: a connection error carrying the Guid header.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with AgentGateway(dead, max_retries=0) as offline:
        expect_error(offline.agent("154", guid=CANARY_GUID).call_info)

    assert any(isinstance(e, RequestValidationError) for e in errors)
    logged = [r.getMessage() for r in caplog.records]
    logged += [r.exc_text or "" for r in caplog.records]
    assert any(r.name.startswith("httpcore") for r in caplog.records), "httpcore logged"
    assert any("redacted" in line for line in logged), "the filter did its work"
    for error in errors:
        texts += _exception_texts(error)
    texts += [str(w.message) for w in caught_warnings]
    secrets = [CANARY_PASSWORD, CANARY_GUID, "secretsecret", *set(guids)]
    for text in texts + logged:
        for secret in secrets:
            assert secret not in text, (secret, text)


def test_the_filter_redacts_header_dumps_of_httpcore_and_httpx(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    headers = [(b"Guid", CANARY_GUID.encode()), (b"Set-GUID", f"JSESSIONID={ROTATED}".encode())]
    logging.getLogger("httpcore.http11").debug("receive_response_headers return_value=%s", headers)
    logging.getLogger("httpx").info("Guid: %s", CANARY)
    try:
        raise RuntimeError(f"boom {CANARY_GUID}")
    except RuntimeError:
        logging.getLogger("cec_agentgateway").exception("failed")
    text = caplog.text
    assert "<redacted>" in text and "boom" in text
    for secret in (CANARY, ROTATED, CANARY_GUID):
        assert secret not in text


def test_logging_from_on_guid_change_does_not_deadlock(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    package_logger = logging.getLogger("cec_agentgateway")
    fake = FakeGateway(ok(None)).reply(ok(None, **{"Set-GUID": f"JSESSIONID={ROTATED}"}))
    with AgentGateway("https://gw.test", transport=httpx.MockTransport(fake)) as gateway:
        agent = gateway.agent(
            "153", guid=CANARY, on_guid_change=lambda g: package_logger.info("rotated to %s", g)
        )
        agent.call_info()
    assert "rotated to <redacted>" in caplog.text
