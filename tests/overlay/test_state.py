"""Agent state and settings through Agent and AsyncAgent: requests, bounds, retcodes, no retries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentSessionError,
    APIStatusError,
    InvalidParameterError,
    RequestValidationError,
)
from tests.overlay.fakes import FakeGateway, json_reply

PREFIX = "/agentgateway/resource/onlineagent/153"
GUID = "5c3f8a2e-0000-4000-8000-000000000001.AgentGateway0"
DONE = {"result": {}, "message": "success", "retcode": "0"}


def agent_for(connect: Any, fake: FakeGateway, **options: Any) -> Any:
    return connect(fake, **options).agent("153", guid=GUID)


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "path", "query"),
    [
        ("ready", (), {}, "/sayfree", {}),
        ("busy", (), {}, "/saybusy", {}),
        ("busy", (205,), {}, "/saybusy", {"reason": "205"}),
        ("busy", (250,), {"prolong": True}, "/saybusy", {"reason": "250", "prolong": "true"}),
        ("cancel_busy", (), {}, "/cancelbusy", {}),
        ("rest", (900,), {}, "/rest/900/0", {}),
        ("rest", (dt.timedelta(minutes=5), 12), {}, "/rest/300/12", {}),
        ("rest", (86399, 255), {"prolong": False}, "/rest/86399/255", {"prolong": "false"}),
        ("cancel_rest", (), {}, "/cancelrest", {}),
        ("wrap_up", (), {}, "/work", {}),
        ("end_wrap_up", (), {}, "/cancelwork", {}),
        ("set_auto_answer", (True,), {}, "/autoanswer/true", {}),
        ("set_auto_answer", (False,), {}, "/autoanswer/false", {}),
        ("set_auto_enter_idle", (True,), {}, "/autoenteridle/true", {}),
        ("set_auto_enter_idle", (False,), {}, "/autoenteridle/false", {}),
    ],
)
def test_requests(
    connect: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], path: str, query: Any
) -> None:
    fake = FakeGateway(json_reply(DONE))
    assert getattr(agent_for(connect, fake), method)(*args, **kwargs) is None
    request = fake.last
    assert (request.method, request.url.path) == ("POST", PREFIX + path)
    assert dict(request.url.params) == query
    assert request.headers["Guid"] == GUID
    assert request.content == b""


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "field"),
    [
        ("busy", (199,), {}, "reason"),
        ("busy", (0,), {}, "reason"),
        ("busy", (251,), {}, "reason"),
        ("busy", ("200",), {}, "reason"),
        ("busy", (200,), {"prolong": "yes"}, "prolong"),
        ("rest", (0,), {}, "time"),
        ("rest", (86400,), {}, "time"),
        ("rest", (dt.timedelta(seconds=1.5),), {}, "time"),
        ("rest", (10, 256), {}, "restcause"),
        ("rest", (10, -1), {}, "restcause"),
        ("rest", (True,), {}, "time"),
        ("set_auto_answer", ("true",), {}, "isautoanswer"),
        ("set_auto_enter_idle", (1,), {}, "flag"),
    ],
)
def test_bad_input_is_refused_before_sending(
    connect: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    fake = FakeGateway(json_reply(DONE))
    with pytest.raises(RequestValidationError) as caught:
        getattr(agent_for(connect, fake), method)(*args, **kwargs)
    assert caught.value.field == field
    assert fake.requests == []


@pytest.mark.parametrize(
    ("retcode", "error"), [("100-009", AgentSessionError), ("000-002", InvalidParameterError)]
)
def test_refusals_raise_the_error_tree(connect: Any, retcode: str, error: type[Exception]) -> None:
    fake = FakeGateway(json_reply({"message": "state error", "retcode": retcode}))
    with pytest.raises(error) as caught:
        agent_for(connect, fake).cancel_rest()
    assert getattr(caught.value, "retcode", None) == retcode
    assert len(fake.requests) == 1


@pytest.mark.parametrize("method", ["ready", "busy", "rest", "set_auto_answer"])
def test_state_changes_are_never_retried(connect: Any, method: str) -> None:
    fake = FakeGateway(httpx.Response(503))
    args: tuple[Any, ...] = {"rest": (60,), "set_auto_answer": (True,)}.get(method, ())
    with pytest.raises(APIStatusError):
        getattr(agent_for(connect, fake, max_retries=3), method)(*args)
    assert len(fake.requests) == 1
