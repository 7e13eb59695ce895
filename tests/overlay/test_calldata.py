"""Call data (setcalldataex, callinfobycallid, holdlist, allcallid) through both clients."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from cec_agentgateway import CallInfo, CallStateError, RequestValidationError
from tests.overlay.fakes import FakeGateway, json_reply, ok

PREFIX = "/agentgateway/resource"
GUID = "5c3f8a2e-0000-4000-8000-000000000001.AgentGateway0"
DATA = f"{PREFIX}/calldata/153"
CALL = {"callfeature": 0, "callid": "1-1", "caller": "70004", "called": "60015"}


@pytest.mark.parametrize(
    ("data", "options", "body"),
    [
        ("order=7", {}, {"calldata": "order=7"}),
        ("order=7", {"call_id": "1-1"}, {"callid": "1-1", "calldata": "order=7"}),
        (
            "Grüße",
            {"base64": True},
            {"calldata": base64.b64encode("Grüße".encode()).decode(), "isDataEncoded": True},
        ),
        (b"\x00\xff", {}, {"calldata": "AP8=", "isDataEncoded": True}),
    ],
)
def test_set_call_data_sends_it_as_the_gateway_expects(
    connect: Any, data: str | bytes, options: dict[str, Any], body: dict[str, Any]
) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    assert agent.set_call_data(data, **options) is None
    assert (fake.last.method, fake.last.url.path) == ("PUT", f"{DATA}/setcalldataex")
    assert fake.body() == body


@pytest.mark.parametrize(
    ("data", "options", "field"),
    [
        ("é" * 8193, {}, "calldata"),  # 16386 bytes
        (b"x" * 16385, {}, "calldata"),  # the limit applies before Base64
        (42, {}, "calldata"),
        ("x", {"call_id": "a/b"}, "callid"),
    ],
)
def test_set_call_data_bounds(connect: Any, data: Any, options: dict[str, Any], field: str) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError) as caught:
        agent.set_call_data(data, **options)
    assert caught.value.field == field
    assert fake.requests == []


def test_sixteen_kb_of_bytes_fit_after_base64(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    connect(fake).agent("153", guid=GUID).set_call_data(b"x" * 16384)
    assert len(base64.b64decode(fake.body()["calldata"])) == 16384


def test_set_call_data_is_never_retried(connect: Any) -> None:
    body = {"message": "", "retcode": "400-001", "result": None}
    fake = FakeGateway(json_reply(body))
    agent = connect(fake, max_retries=3).agent("153", guid=GUID)
    with pytest.raises(CallStateError):
        agent.set_call_data("x")
    assert len(fake.requests) == 1


@pytest.mark.parametrize(("result", "expected"), [([CALL, CALL], 2), (CALL, 1), (None, 0), ([], 0)])
def test_call_info_by_id_and_held_calls(connect: Any, result: Any, expected: int) -> None:
    fake = FakeGateway(ok(result))
    agent = connect(fake).agent("153", guid=GUID)
    calls = agent.call_info_by_id("1-1")
    assert fake.last.url.path == f"{DATA}/callinfobycallid/1-1"
    assert len(calls) == expected and all(isinstance(c, CallInfo) for c in calls)
    assert len(agent.held_calls()) == expected
    assert fake.last.url.path == f"{DATA}/holdlist"


def test_reads_are_retried_after_a_transport_error(connect: Any) -> None:
    import httpx

    fake = FakeGateway(ok(["1-1", "1-2"])).reply(httpx.ConnectError("down"))
    agent = connect(fake, max_retries=1).agent("153", guid=GUID)
    assert agent.call_ids() == ["1-1", "1-2"]
    assert len(fake.requests) == 2 and fake.last.url.path == f"{DATA}/allcallid"


def test_call_info_by_id_checks_the_call_id(connect: Any) -> None:
    fake = FakeGateway(ok([]))
    with pytest.raises(RequestValidationError):
        connect(fake).agent("153", guid=GUID).call_info_by_id("")
    assert fake.requests == []
