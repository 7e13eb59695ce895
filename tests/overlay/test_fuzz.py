"""Property-based tests (issue 13): whatever the gateway sends, whatever the caller passes.

* Any status, headers and body through the public methods raise only the documented
  exception types (``AgentGatewayError`` and its subclasses), never ``ValueError``,
  ``RecursionError``, ``TypeError``...
* Any argument outside the documented types or bounds raises ``RequestValidationError``
  naming the field, and nothing is sent.

Runs are bounded (modest ``max_examples``, no per-example deadline) so the suite stays fast.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cec_agentgateway import (
    AgentGateway,
    AgentGatewayError,
    AsyncAgentGateway,
    RequestValidationError,
)
from tests.overlay.fakes import BASE, FakeGateway

BOUNDED = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written to the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
INT64_MAX = 2**63 - 1

# ---------------------------------------------------------------------------- replies
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False),
    st.text(max_size=20),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
retcodes = st.one_of(
    st.sampled_from(["0", "100-006", "100-007", "000-003", "100-008", "999-001", "", "0 "]),
    st.text(max_size=12),
    st.integers(),
    st.none(),
)
messages = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=1, max_value=6000).map(lambda n: "Unknown ERROR._" + "9" * n),
    json_value,
)
FIELDS = ("result", "event", "confs")


@st.composite
def envelopes(draw: st.DrawFn) -> bytes:
    body: dict[str, Any] = {"retcode": draw(retcodes), "message": draw(messages)}
    for field in FIELDS:
        if draw(st.booleans()):
            body[field] = draw(json_value)
    return json.dumps(body).encode()


def deep(depth: int, opener: str) -> bytes:
    closer = {"[": "]", "{": "}"}[opener]
    if opener == "{":
        inner = '{"a":' * depth + "1" + "}" * depth
    else:
        inner = opener * depth + closer * depth
    return ('{"retcode":"0","message":"","result":' + inner + "}").encode()


bodies = st.one_of(
    envelopes(),
    st.binary(max_size=60),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.builds(deep, st.integers(min_value=500, max_value=50_000), st.sampled_from("[{")),
    st.sampled_from([b"", b" ", b"null", b"[]", b'{"retcode":"0"}', b"\xff\xfe"]),
)
header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"),
    max_size=30,
)
header_values = st.one_of(
    header_text,
    st.sampled_from(["5", "\u0661", "999999999", "-1", "1e3", " 2 ", "\u0663\u0664"]),
)
headers = st.dictionaries(
    st.sampled_from(["Retry-After", "Set-GUID", "Content-Type", "X-Other", "Guid"]),
    header_values,
    max_size=4,
)
statuses = st.one_of(st.just(200), st.sampled_from([429, 502, 503]), st.integers(100, 599))


@st.composite
def replies(draw: st.DrawFn) -> Callable[[httpx.Request], httpx.Response]:
    status, head, body = draw(statuses), draw(headers), draw(bodies)

    def reply(request: httpx.Request) -> httpx.Response:
        wire = [(k.encode(), v.encode("utf-8")) for k, v in head.items()]  # bytes, as on the wire
        return httpx.Response(status, headers=wire, content=body)

    return reply


CALLS: dict[str, Callable[[Any], Any]] = {
    "call_info": lambda a: a.call_info(include_last_call=True),
    "sync_state": lambda a: a.sync_state(),
    "status": lambda a: a.status(),
    "query_conferences": lambda a: a.query_conferences([1, 2]),
    "call_app_data": lambda a: a.call_app_data("1-2", base64=True),
    "call_app_data_bytes": lambda a: a.call_app_data(as_bytes=True),
    "poll_event": lambda a: a.poll_event(),
    "update_guid": lambda a: a.update_guid(),
    "handshake": lambda a: a.handshake(),
    "request_conference": lambda a: a.request_conference(3, wait=False),
    "sign_out": lambda a: a.sign_out(),
}


def _agent(reply: Any, **options: Any) -> Any:
    gateway = AgentGateway(
        BASE,
        transport=httpx.MockTransport(FakeGateway(reply)),
        max_retries=1,
        retry_backoff=(0.0, 0.0),
        deadline=1.0,  # a Retry-After of seconds is then refused instead of slept
        **options,
    )
    return gateway.agent("153", guid="g-1.AgentGateway0")


@pytest.mark.parametrize("name", sorted(CALLS))
@BOUNDED
@given(reply=replies())
def test_any_reply_raises_only_documented_errors(name: str, reply: Any) -> None:
    agent = _agent(reply)
    try:
        CALLS[name](agent)
    except AgentGatewayError as error:
        str(error), repr(error)  # and it can be shown
    # Anything else propagates and fails the test.


@BOUNDED
@given(reply=replies())
def test_any_reply_async_raises_only_documented_errors(reply: Any) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return reply(request)

    async def main() -> None:
        async with AsyncAgentGateway(
            BASE,
            transport=httpx.MockTransport(handler),
            retry_backoff=(0.0, 0.0),
            max_retries=1,
            deadline=1.0,
        ) as gateway:
            agent = gateway.agent("153", guid="g")
            for call in (agent.call_info(), agent.query_conferences([1]), agent.poll_event()):
                with contextlib.suppress(AgentGatewayError):
                    await call

    asyncio.run(main())


def test_the_issue_13_fuzz_findings_are_documented_errors() -> None:
    findings = [
        httpx.Response(200, json={"retcode": "100-007", "message": "Unknown ERROR._" + "9" * 5000}),
        httpx.Response(503, headers=[(b"Retry-After", "\u0661".encode())], content=b"busy"),
        httpx.Response(200, content=deep(100_000, "[")),
        httpx.Response(200, content=deep(5_000, "[")),
    ]
    for finding in findings:
        with pytest.raises(AgentGatewayError):
            _agent(lambda r, f=finding: f).call_info()


# ---------------------------------------------------------------------------- arguments
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.text(max_size=12),
    st.binary(max_size=6),
    st.lists(st.integers(min_value=-(2**70), max_value=2**70), max_size=25),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from(["no", "false", "2", "0", "1\n", "a b", 1.5, math.inf]),
)


def _is_flag(value: Any) -> bool:
    return isinstance(value, bool)


def _is_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


ARGUMENTS: dict[str, tuple[Callable[[Any, Any], Any], Callable[[Any], bool]]] = {
    # name: (call with the value, whether the value is within the documented types/bounds)
    "sign_out.force": (lambda a, v: a.sign_out(force=v), _is_flag),
    "sign_out.reason": (
        lambda a, v: a.sign_out(reason=v),
        lambda v: v is None or _is_int(v, 1, 255),
    ),
    "call_app_data.base64": (lambda a, v: a.call_app_data(base64=v), _is_flag),
    "call_app_data.as_bytes": (lambda a, v: a.call_app_data(as_bytes=v), _is_flag),
    "call_app_data.call_id": (
        lambda a, v: a.call_app_data(v),
        lambda v: v is None or (isinstance(v, str) and v != ""),
    ),
    "call_info.include_last_call": (
        lambda a, v: a.call_info(include_last_call=v),
        lambda v: v is None or _is_flag(v),
    ),
    "query_conferences": (
        lambda a, v: a.query_conferences(v),
        lambda v: (
            isinstance(v, list) and 1 <= len(v) <= 20 and all(_is_int(i, 0, INT64_MAX) for i in v)
        ),
    ),
    "request_conference.member_num": (
        lambda a, v: a.request_conference(v, wait=False),
        lambda v: _is_int(v, 3, 10**6),  # bounds from the spec are checked below
    ),
    "request_conference.wait": (
        lambda a, v: a.request_conference(3, wait=v, wait_timeout=0.01),
        _is_flag,
    ),
    "request_conference.wait_timeout": (
        lambda a, v: a.request_conference(3, wait_timeout=v, wait=False),
        lambda v: not isinstance(v, bool) and isinstance(v, (int, float)) and 0 <= v < math.inf,
    ),
    "with_options.max_retries": (
        lambda a, v: a.with_options(max_retries=v).call_info(),
        lambda v: v is None or _is_int(v, 0, 100),
    ),
    "with_options.timeout": (
        lambda a, v: a.with_options(timeout=v).call_info(),
        lambda v: (
            v is None
            or (not isinstance(v, bool) and isinstance(v, (int, float)) and 0.001 <= v < math.inf)
        ),
    ),
    "with_options.deadline": (
        lambda a, v: a.with_options(deadline=v).call_info(),
        lambda v: (
            v is None
            or (not isinstance(v, bool) and isinstance(v, (int, float)) and 0.001 <= v < math.inf)
        ),
    ),
    "agent.guid": (
        lambda a, v: a._gateway.agent("153", guid=v).call_info(),
        lambda v: (
            v is None
            or (isinstance(v, str) and v.isascii() and v.isprintable() and " " not in v and v != "")
        ),
    ),
    "agent.agent_id": (
        lambda a, v: a._gateway.agent(v).call_info(),
        lambda v: (
            (
                isinstance(v, str)
                and v.isdigit()
                and v.isascii()
                and not v.startswith("0")
                and 101 <= int(v) <= 999999
            )
            or _is_int(v, 101, 999999)
        ),
    ),
    "poll_event.calldata": (
        lambda a, v: a.poll_event(calldata=v),
        lambda v: v is None or isinstance(v, str),
    ),
    "handshake.service_token": (
        lambda a, v: a.handshake(service_token=v),
        lambda v: v is None or isinstance(v, str),
    ),
    "sign_in.password": (
        lambda a, v: a._gateway.sign_in("153", password=v, phone="1"),
        lambda v: isinstance(v, str),
    ),
    "sign_in.force": (
        lambda a, v: a._gateway.sign_in("153", password="p", phone="1", force=v),
        _is_flag,
    ),
    "sign_in.status": (
        lambda a, v: a._gateway.sign_in("153", password="p", phone="1", status=v),
        lambda v: v is None or _is_int(v, 3, 5),
    ),
}


@pytest.mark.parametrize("name", sorted(ARGUMENTS))
@BOUNDED
@given(value=anything)
def test_bad_arguments_raise_request_validation_error_and_send_nothing(
    name: str, value: Any
) -> None:
    fake = FakeGateway()
    gateway = AgentGateway(BASE, transport=httpx.MockTransport(fake), retry_backoff=(0.0, 0.0))
    agent = gateway.agent("153", guid="g")
    call, acceptable = ARGUMENTS[name]
    try:
        call(agent, value)
    except RequestValidationError as error:
        assert fake.requests == [], "nothing is sent"
        assert error.field, "the error names the field"
        if name == "agent.guid" and isinstance(value, str) and len(value) > 2:
            assert value not in str(error) and value not in repr(error.args)
        return
    except AgentGatewayError:
        pass  # sent, and the fake's reply did not fit this operation: fine here
    assert acceptable(value), f"{value!r} was sent for {name}"
