"""Issue 24: properties of the whole public surface, for every operation of the spec.

The methods are found by introspection (``surface.py``) and the operations they send are
recorded, so nothing here lists an operation: a new one is covered the day it lands, and
``test_every_operation_of_the_spec_has_a_public_method`` fails while one has no method.

* random legal and illegal arguments: no request the spec forbids reaches the transport
  (judged by ``wire.py`` against openapi.yaml), and only ``AgentGatewayError`` is raised;
* random wire bodies: only ``AgentGatewayError`` escapes, from calls and from the accessors
  of what they return;
* canaries (a Guid, a password, DTMF digits, customer numbers) never in the logs at DEBUG
  (customer numbers: at INFO and above), in reprs, exception text or on exception objects.

Quick profile here (``CEC_FUZZ_EXAMPLES``, default 30 per property and mode); the long one
is ``scripts/fuzz``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cec_agentgateway
from cec_agentgateway import AgentGatewayError
from cec_agentgateway.generated.spec_extensions import OPERATIONS
from tests.overlay import surface, wire
from tests.overlay.fakes import FakeGateway, json_reply, ok

EXAMPLES = int(os.environ.get("CEC_FUZZ_EXAMPLES", "30"))
PROFILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=os.environ.get("CEC_FUZZ_RANDOM") is None,  # the default suite: reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
MODES = ["sync", "async"]


def _methods(is_async: bool) -> list[surface.Method]:
    gw = surface.gateway(FakeGateway(ok(None)), is_async=is_async)
    return surface.discover(gw.agent("153", guid="guid-1.AgentGateway0"))


METHODS = {mode: _methods(mode == "async") for mode in MODES}


@pytest.fixture(scope="module", params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# ------------------------------------------------------------------ coverage of the spec
@pytest.mark.parametrize("is_async", [False, True], ids=MODES)
def test_every_operation_of_the_spec_has_a_public_method(is_async: bool) -> None:
    mapped = surface.operation_map(FakeGateway(ok(None)), is_async=is_async)
    assert sorted(set(OPERATIONS) - set(mapped)) == [], "operations without a public method"
    assert set(mapped) <= set(OPERATIONS)
    spec_ids = {
        op["operationId"]
        for item in wire.spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert spec_ids == set(OPERATIONS)


@pytest.mark.parametrize("mode_name", MODES)
def test_every_legal_call_sends_only_legal_requests(mode_name: str) -> None:
    """The seeds are legal: what each method and variant sends fits the spec (the judge's own
    check, and the baseline of the illegal-argument property)."""
    fake = FakeGateway(ok(None))
    gw = surface.gateway(fake, is_async=mode_name == "async")
    bad = {}
    for method in METHODS[mode_name]:
        for variant in [{}, *method.variants]:
            fake.requests.clear()
            with contextlib.suppress(AgentGatewayError):
                surface.call(gw.agent("153", guid="guid-1.AgentGateway0"), method, variant)
            for request in fake.requests:
                if found := wire.problems(request):
                    bad[f"{method.label}{variant}"] = found
    assert bad == {}


# ------------------------------------------------------------------ illegal arguments
HOSTILE = st.one_of(
    st.sampled_from(
        [
            None,
            "",
            ".",
            "..",
            "a/b",
            "a?b",
            "a#b",
            "%2F",
            "a\r\nb",
            "\x00",
            "\ud800",
            "١٥٣",
            "\U0001f600",
            "x" * 10_000,
            2**63,
            -(2**63) - 1,
            -1,
            0,
            math.nan,
            math.inf,
            True,
            "true",
            "no",
            [],
            {},
            [2**63],
            ["\ud800"],
            object(),
            b"bytes",
            1.5,
            " 153",
            "153\n",
        ]
    ),
    st.text(max_size=30),
    st.integers(),
    st.floats(),
    st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=3),
)


def _spec_root_requests(fake: FakeGateway) -> list[httpx.Request]:
    return [r for r in fake.requests if "/agentevent/153" not in r.url.path]


def _argument_case(mode_name: str) -> Any:
    @st.composite
    def case(draw: st.DrawFn) -> tuple[surface.Method, dict[str, Any]]:
        method = draw(st.sampled_from(METHODS[mode_name]))
        names = sorted({*method.args, *(k for v in method.variants for k in v)})
        overrides: dict[str, Any] = {}
        if names:
            for name in draw(st.lists(st.sampled_from(names), min_size=1, max_size=2)):
                overrides[name] = draw(HOSTILE)
        return method, overrides

    return case()


@pytest.mark.parametrize("mode_name", MODES)
def test_illegal_arguments_never_reach_the_transport(
    mode_name: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a random text may be taken as a download's file name
    fake = FakeGateway(ok(None))
    gw = surface.gateway(fake, is_async=mode_name == "async")

    @PROFILE
    @given(case=_argument_case(mode_name))
    def run(case: tuple[surface.Method, dict[str, Any]]) -> None:
        method, overrides = case
        fake.requests.clear()
        with contextlib.suppress(AgentGatewayError):
            surface.call(gw.agent("153", guid="guid-1.AgentGateway0"), method, overrides)
        for request in _spec_root_requests(fake):
            assert wire.problems(request) == [], (method.label, overrides, str(request.url))

    run()


# ------------------------------------------------------------------ hostile wire bodies
json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=False), st.text(max_size=12),
    st.sampled_from(["", "0", "-1", "1471585949806", "9" * 400, "\uff11\uff12"]),
)  # fmt: skip
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def replies(draw: st.DrawFn) -> httpx.Response:
    kind = draw(st.sampled_from(["envelope", "envelope", "status", "garbage"]))
    if kind == "status":
        return httpx.Response(draw(st.sampled_from([301, 400, 401, 404, 500, 502, 503])))
    if kind == "garbage":
        return httpx.Response(200, content=draw(st.binary(max_size=40)))
    body: dict[str, Any] = {
        "retcode": draw(st.sampled_from(["0", "0", "100-006", "x"])),
        "message": draw(st.text(max_size=10)),
    }
    for field in ("result", "event", "confs"):
        if draw(st.booleans()):
            body[field] = draw(json_value)
    return httpx.Response(
        200, content=json.dumps(body).encode(), headers={"Set-GUID": "JSESSIONID=g2.AG0"}
    )


def _touch(value: Any, depth: int = 0) -> None:
    """Read every public attribute and property of ``value`` (what a caller might read)."""
    if depth > 3 or value is None or isinstance(value, (str, bytes, int, float, bool)):
        return
    if isinstance(value, (list, tuple)):
        for item in value[:5]:
            _touch(item, depth + 1)
        return
    if isinstance(value, dict):
        for item in list(value.values())[:5]:
            _touch(item, depth + 1)
        return
    if not type(value).__module__.startswith("cec_agentgateway"):
        return
    repr(value)
    for name in dir(type(value)):
        if not name.startswith("_") and not callable(getattr(type(value), name, None)):
            _touch(getattr(value, name), depth + 1)


@pytest.mark.parametrize("mode_name", MODES)
def test_hostile_replies_raise_only_documented_errors(mode_name: str) -> None:
    @PROFILE
    @given(method=st.sampled_from(METHODS[mode_name]), reply=replies())
    def run(method: surface.Method, reply: httpx.Response) -> None:
        def answer(request: httpx.Request) -> httpx.Response:
            if "/agentevent/" in request.url.path:
                return httpx.Response(200, json={"retcode": "0", "message": ""})
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

        gw = surface.gateway(answer, is_async=mode_name == "async")
        try:
            result = surface.call(gw.agent("153", guid="guid-1.AgentGateway0"), method)
        except AgentGatewayError:
            return
        _touch(result)

    run()


# ------------------------------------------------------------------ canaries
GUID = "c4a9a7e2-0d1b-4c55-9e0f-5a5a5a5a5a5a.AgentGateway7"
PASSWORD = "Canary-Pw-7781"
DTMF = "4929000011112222"
NUMBER = "8613900001111"


@contextlib.contextmanager
def captured() -> Iterator[list[logging.LogRecord]]:
    found: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record)

    handler = Keep(logging.DEBUG)
    names = ["cec_agentgateway", "httpx", "httpcore", "httpcore.connection", "httpcore.http11"]
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        yield found
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)


def _texts_of(value: Any, depth: int = 0, seen: set[int] | None = None) -> Iterator[str]:
    """Everything readable on an exception: its text, repr, attributes, chained errors and
    the requests and responses it carries (headers, URL, body)."""
    seen = set() if seen is None else seen
    if depth > 4 or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, (str, bytes)):
        yield value if isinstance(value, str) else value.decode("utf-8", "replace")
        return
    if isinstance(value, httpx.Request):
        yield f"{value.url} {value.headers.raw!r} {value.content!r}"
        return
    if isinstance(value, httpx.Response):
        yield f"{value.headers.raw!r}"
        with contextlib.suppress(RuntimeError):
            yield from _texts_of(value.request, depth + 1, seen)
        return
    if isinstance(value, BaseException):
        yield str(value)
        yield repr(value)
        yield from (repr(a) for a in value.args)
        for attribute in vars(value).values():
            yield from _texts_of(attribute, depth + 1, seen)
        for chained in (value.__cause__, value.__context__):
            if chained is not None:
                yield from _texts_of(chained, depth + 1, seen)
        if isinstance(value, httpx.RequestError):
            with contextlib.suppress(RuntimeError):
                yield from _texts_of(value.request, depth + 1, seen)
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts_of(item, depth + 1, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts_of(item, depth + 1, seen)


CANARY_OVERRIDES = {
    "password": PASSWORD, "old_password": PASSWORD, "new_password": PASSWORD + "x",
    "digits": DTMF, "called": NUMBER, "number": NUMBER,
}  # fmt: skip


def _canary_reply(kind: str) -> Any:
    if kind == "error":
        return json_reply({"retcode": "100-007", "message": "failed"})
    if kind == "status":
        return httpx.Response(500, text="oops")
    if kind == "broken":
        return httpx.ConnectError("refused")
    return json_reply({"retcode": "0", "message": "", "result": {"x": 1}})


@pytest.mark.parametrize("mode_name", MODES)
def test_canaries_never_show(mode_name: str) -> None:
    @PROFILE
    @given(
        method=st.sampled_from(METHODS[mode_name]),
        kind=st.sampled_from(["error", "status", "broken", "odd"]),
    )
    def run(method: surface.Method, kind: str) -> None:
        fake = FakeGateway(_canary_reply(kind))
        gw = surface.gateway(fake, is_async=mode_name == "async")
        overrides = {k: v for k, v in CANARY_OVERRIDES.items() if k in method.args}
        texts: list[str] = []
        with captured() as records:
            try:
                result = surface.call(gw.agent("153", guid=GUID), method, overrides)
                texts.append(repr(result))
            except AgentGatewayError as exc:
                texts.extend(_texts_of(exc))
        texts.append(repr(gw))
        logged = [(r.levelno, r.getMessage() + (r.exc_text or "")) for r in records]
        for text in texts + [t for _, t in logged]:
            for canary in (GUID, GUID.split(".")[0], PASSWORD, DTMF):
                assert canary not in text, (method.label, kind, canary, text[:300])
        for level, text in [(logging.INFO, t) for t in texts] + logged:
            if level >= logging.INFO:
                assert NUMBER not in text, (method.label, kind, text[:300])

    run()


def test_sign_in_canaries_never_show(connect: Any) -> None:
    fake = FakeGateway(json_reply({"retcode": "100-004", "message": "wrong"}))
    with captured() as records, pytest.raises(AgentGatewayError) as caught:
        surface.finish(connect(fake).sign_in("153", password=PASSWORD, phone="70001"))
    texts = [*_texts_of(caught.value), *(r.getMessage() for r in records)]
    assert texts and all(PASSWORD not in t for t in texts)
    assert PASSWORD.encode() in fake.requests[0].content  # sent, not shown


def test_opting_in_shows_customer_numbers_at_info_only() -> None:
    fake = FakeGateway(ok(None))
    gw = surface.gateway(fake, is_async=False)
    cec_agentgateway.log_customer_numbers(True)
    try:
        with captured() as records:
            gw.agent("153", guid=GUID).disconnect(NUMBER)
    finally:
        cec_agentgateway.log_customer_numbers(False)
    assert any(NUMBER in r.getMessage() for r in records if r.levelno >= logging.INFO)
