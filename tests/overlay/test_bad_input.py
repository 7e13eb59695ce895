"""Bad input on existing operations (issue 13): a typed error naming the field, nothing sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cec_agentgateway import RequestValidationError
from tests.overlay.fakes import FakeGateway, ok

SECRET_GUID = "0a1b2c3d-4e5f-6789-abcd-ef0123456789.AgentGateway0"

CASES: list[tuple[str, Callable[[Any], Any], str]] = [
    ("sign_out(force='no')", lambda a: a.sign_out(force="no"), "force"),
    ("sign_out(force=1)", lambda a: a.sign_out(force=1), "force"),
    ("sign_out(reason=True)", lambda a: a.sign_out(reason=True), "reason"),
    ("call_app_data(base64='false')", lambda a: a.call_app_data(base64="false"), "isEncodeResult"),
    ("call_app_data(as_bytes='yes')", lambda a: a.call_app_data(as_bytes="yes"), "as_bytes"),
    ("with_options(max_retries='2')", lambda a: a.with_options(max_retries="2"), "max_retries"),
    ("with_options(max_retries=-1)", lambda a: a.with_options(max_retries=-1), "max_retries"),
    ("with_options(timeout='5')", lambda a: a.with_options(timeout="5"), "timeout"),
    ("with_options(deadline=0)", lambda a: a.with_options(deadline=0), "deadline"),
    ("query_conferences(None)", lambda a: a.query_conferences(None), "confIds"),
    ("query_conferences(7)", lambda a: a.query_conferences(7), "confIds"),
    ("query_conferences([2**63])", lambda a: a.query_conferences([2**63]), "confIds"),
    ("query_conferences([-1])", lambda a: a.query_conferences([-1]), "confIds"),
    ("request_conference(wait='no')", lambda a: a.request_conference(3, wait="no"), "wait"),
    (
        "request_conference(wait_timeout='5')",
        lambda a: a.request_conference(3, wait_timeout="5"),
        "wait_timeout",
    ),
    ("request_conference(2**64)", lambda a: a.request_conference(2**64, wait=False), "memberNum"),
    ("agent(guid with a newline)", lambda a: a.set_guid(SECRET_GUID + "\nX-Evil: 1"), "guid"),
    ("agent(guid with spaces)", lambda a: a.set_guid(" " + SECRET_GUID + " "), "guid"),
    ("agent(guid='')", lambda a: a.set_guid(""), "guid"),
]


@pytest.mark.parametrize(("label", "action", "field"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_before_sending(
    connect: Any, label: str, action: Callable[[Any], Any], field: str
) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid="g")
    with pytest.raises(RequestValidationError) as caught:
        action(agent)
    assert caught.value.field == field
    assert fake.requests == [], f"{label} sent a request"
    assert SECRET_GUID not in str(caught.value) and SECRET_GUID not in repr(caught.value.args)


def test_a_guid_with_a_newline_is_refused_by_the_gateway_handle(connect: Any) -> None:
    fake = FakeGateway()
    with pytest.raises(RequestValidationError, match="guid") as caught:
        connect(fake).agent("153", guid=SECRET_GUID + "\n")
    assert SECRET_GUID not in str(caught.value)
    assert fake.requests == []


@pytest.mark.parametrize(
    "announced", [f" JSESSIONID= {SECRET_GUID}", f"{SECRET_GUID} extra", "\tsp ace\t"]
)
def test_a_set_guid_value_with_whitespace_is_not_adopted_nor_shown(
    connect: Any, announced: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeGateway(ok(None)).reply(
        httpx.Response(200, json={"retcode": "0"}, headers=[(b"Set-GUID", announced.encode())])
    )
    agent = connect(fake).agent("153", guid="g1")
    agent.call_info()
    agent.call_info()
    assert fake.last.headers["Guid"] == "g1"
    assert agent.guid == "g1"
    assert all(SECRET_GUID not in r.getMessage() for r in caplog.records)


def test_gateway_settings_are_checked(connect: Any) -> None:
    for options, field in [
        ({"max_retries": "2"}, "max_retries"),
        ({"timeout": float("nan")}, "timeout"),
        ({"deadline": -1}, "deadline"),
        ({"connection_lost_after": "soon"}, "connection_lost_after"),
        ({"retry_backoff": (1,)}, "retry_backoff"),
        ({"poll_timeout": 0}, "poll_timeout"),
    ]:
        with pytest.raises(RequestValidationError) as caught:
            connect(FakeGateway(), **options)
        assert caught.value.field == field


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"base_url": 5}, "base_url"),
        ({"base_url": "ftp://gw"}, "base_url"),
        ({"ca_bundle": 5}, "ca_bundle"),
        ({"ca_bundle": "/nonexistent/ca.pem"}, "ca_bundle"),
    ],
)
def test_gateway_construction_arguments_are_checked(options: dict[str, Any], field: str) -> None:
    from cec_agentgateway import AgentGateway

    options.setdefault("base_url", "https://gw.test")
    with pytest.raises(RequestValidationError) as caught:
        AgentGateway(**options)
    assert caught.value.field == field
