"""The Guid is a secret: never in a log record, a repr or an exception message."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGatewayError
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
