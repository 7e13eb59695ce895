"""Guards for issue 26's per-call work (no timing: what runs, how often, what a cache holds).

The speed itself lives in scripts/bench; these fail when a change brings back work per call
that nobody asked for (a hook context manager with no hook, a DEBUG record with DEBUG off,
a path checked again on every call), lets a cache grow without bound or store a failing
input, or makes a fast path accept what the full check refuses.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    RequestValidationError,
    _events,
    _hooks,
    _operations,
    _runner,
    _validation,
)
from cec_agentgateway import _operations as ops
from cec_agentgateway.generated.spec_extensions import OPERATIONS, REQUEST_CONSTRAINTS

GUID = "per-call-guid"
SYNC_ANSWER = {"message": "", "retcode": "0", "result": None}


def _gateway(answer: dict[str, Any], **options: Any) -> AgentGateway:
    body = json.dumps(answer).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=json.loads(body))

    return AgentGateway(
        "http://gw.test", transport=httpx.MockTransport(handler), max_retries=0, **options
    )


class _Counter:
    """Wraps ``function``, counting its calls."""

    def __init__(self, function: Any) -> None:
        self.function = function
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.function(*args, **kwargs)


# ------------------------------------------------------------------ hooks and logging
def test_no_hook_no_observer_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    observe = _Counter(_hooks.observe)
    monkeypatch.setattr(_runner, "observe", observe)
    agent = _gateway(SYNC_ANSWER).agent("153", guid=GUID)
    for _ in range(3):
        agent.sync_state()
    assert observe.calls == 0


def test_a_hook_gets_its_observer_on_every_call(monkeypatch: pytest.MonkeyPatch) -> None:
    observe = _Counter(_hooks.observe)
    monkeypatch.setattr(_runner, "observe", observe)
    seen: list[Any] = []
    agent = _gateway(SYNC_ANSWER, on_response=seen.append).agent("153", guid=GUID)
    for _ in range(3):
        agent.sync_state()
    assert observe.calls == 3
    assert [info.retcode for info in seen] == ["0", "0", "0"]


def test_no_debug_record_work_when_debug_is_off(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    log, peek = _Counter(_runner._log), _Counter(_runner._peek_retcode)
    monkeypatch.setattr(_runner, "_log", log)
    monkeypatch.setattr(_runner, "_peek_retcode", peek)
    agent = _gateway(SYNC_ANSWER).agent("153", guid=GUID)
    caplog.set_level(logging.INFO, logger="cec_agentgateway")
    agent.sync_state()
    assert (log.calls, peek.calls) == (0, 0)
    caplog.set_level(logging.DEBUG, logger="cec_agentgateway")
    agent.sync_state()
    assert (log.calls, peek.calls) == (1, 1)
    records = [r.getMessage() for r in caplog.records if r.name == "cec_agentgateway"]
    assert any(m.startswith("syncagentinfo agent=153 status=200 retcode=0 ") for m in records)
    assert not any(GUID in m for m in records)


# ------------------------------------------------------------------ the path check cache
def test_a_path_is_checked_once_and_a_failing_one_every_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_path = _Counter(_validation.check_path)
    monkeypatch.setattr(_operations, "check_path", check_path)
    monkeypatch.setattr(_operations, "_CHECKED_PATHS", {})
    for _ in range(3):
        ops.sync_state("153")
    assert check_path.calls == 1
    bad = {"method": "get", "url": "/onlineagent/../syncagentinfo"}
    for attempt in range(1, 3):
        with pytest.raises(RequestValidationError, match="one path segment"):
            ops.PreparedCall(ops.SYNC_AGENT_INFO, "153", dict(bad), ops.no_result)
        assert check_path.calls == 1 + attempt
    assert ("syncAgentInfo", bad["url"]) not in _operations._CHECKED_PATHS


def test_the_path_check_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_operations, "_CHECKED_PATHS", {})
    monkeypatch.setattr(_operations, "_CHECKED_PATHS_MAX", 8)
    for agent_id in range(101, 140):
        ops.sync_state(str(agent_id))
        assert len(_operations._CHECKED_PATHS) <= 8


# ------------------------------------------------------------------ the absolute URL cache
@pytest.mark.parametrize(
    "base",
    [
        "http://gw.test/agentgateway/resource",
        "https://gw.test:8043/prefix/agentgateway/resource/",
        "http://in-process.invalid",
    ],
)
@pytest.mark.parametrize(
    "url",
    [
        "/onlineagent/153/syncagentinfo",
        "onlineagent/153/syncagentinfo",
        "/calldata/153/callinfobyid/1475745464-123",
        "/voicecall/153/disconnect/%2B86%20755",
        "/agentgroup/153/agentongroupex?groupid=1",
        "http://elsewhere.test/absolute/path",
    ],
)
def test_the_cached_url_is_the_one_httpx_would_send(base: str, url: str) -> None:
    http = httpx.Client(base_url=base)
    request = {"method": "get", "url": url}
    sent = _runner.sendable(http, request)
    assert request == {"method": "get", "url": url}  # the prepared call's own is left alone
    assert isinstance(sent["url"], httpx.URL)
    assert sent["url"] == http.build_request("GET", url).url
    assert http.build_request("GET", sent["url"]).url == http.build_request("GET", url).url
    assert _runner.sendable(http, {"method": "get", "url": url})["url"] is sent["url"]  # cached


def test_the_url_cache_follows_a_new_base_url_and_is_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_runner, "_ABSOLUTE_MAX", 8)
    http = httpx.Client(base_url="http://one.test/agentgateway/resource")
    first = _runner.sendable(http, {"url": "/onlineagent/153/syncagentinfo"})["url"]
    http.base_url = httpx.URL("http://two.test/agentgateway/resource")
    second = _runner.sendable(http, {"url": "/onlineagent/153/syncagentinfo"})["url"]
    assert (first.host, second.host) == ("one.test", "two.test")
    for agent_id in range(101, 140):
        _runner.sendable(http, {"url": f"/onlineagent/{agent_id}/syncagentinfo"})
        assert len(_runner._ABSOLUTE[http][1]) <= 8
    other = httpx.Client(base_url="http://three.test/")
    assert _runner.sendable(other, {"url": "/x"})["url"] == httpx.URL("http://three.test/x")
    assert _runner._ABSOLUTE[http] is not _runner._ABSOLUTE[other]  # one cache per client


def test_calls_reach_the_gateway_at_the_same_url() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json=SYNC_ANSWER)

    gateway = AgentGateway(
        "https://gw.test:8043", transport=httpx.MockTransport(handler), max_retries=0
    )
    agent = gateway.agent("153", guid=GUID)
    agent.sync_state()
    agent.sync_state()
    assert [str(u) for u in seen] == [
        "https://gw.test:8043/agentgateway/resource/onlineagent/153/syncagentinfo"
    ] * 2


def test_a_required_query_is_still_checked_on_every_call() -> None:
    """The cache keeps which query parameters an operation requires, not that a call had
    them: the same URL without them fails every time."""
    found = [
        (operation_id, names)
        for operation_id, spec in OPERATIONS.items()
        if (names := _validation._required_query(operation_id, spec["path"]))
        and "{" not in spec["path"].replace("{agentid}", "")
    ]
    assert found, "no operation with a required query parameter and only {agentid} in its path"
    operation_id, names = found[0]
    spec = OPERATIONS[operation_id]
    operation = ops.Operation(operation_id, spec["log_method"], spec["idempotent"], "Any")
    url = spec["path"].replace("{agentid}", "153")
    ops.PreparedCall(
        operation,
        "153",
        {"method": "get", "url": url, "params": dict.fromkeys(names, "1")},
        ops.no_result,
    )
    for _ in range(2):
        with pytest.raises(RequestValidationError, match="is required"):
            ops.PreparedCall(operation, "153", {"method": "get", "url": url}, ops.no_result)


# ------------------------------------------------------------------ compiled body checks
_PROBES: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    3,
    20,
    100,
    101,
    999999,
    2**63 - 1,
    2**63,
    -(2**63) - 1,
    0.5,
    float("nan"),
    "",
    "0",
    "1",
    "153",
    "abc",
    "a" * 65,
    "a" * 300,
    "é",
    "\ud800",
    "1\n",
    "x/y",
    [1],
    [],
    (1, 2),
    [1029888, 1029889],
    [1] * 21,
    list(range(101, 130)),
    ["1", "153"],
    ["a" * 300],
    [True],
    [None],
    [[1]],
    {"a": 1},
]


def _fragments() -> list[Any]:
    found = []
    for rules in REQUEST_CONSTRAINTS.values():
        for bounds in rules["properties"].values():
            found.append(bounds)
            if isinstance(bounds.get("items"), dict):
                found.append(bounds["items"])
    return found


def test_the_fast_path_says_what_the_full_check_says() -> None:
    """For every fragment of the spec and a spread of values (at and past each bound,
    other types, non-ASCII text, a lone surrogate), the compiled check with its fast path
    gives exactly the answer of all steps run one after the other."""
    fragments = _fragments()
    assert len(fragments) > 50
    for bounds in fragments:
        full = _validation._all_steps(bounds)
        fast = _validation._check_of(bounds)
        values = list(_PROBES)
        for key in ("minimum", "maximum"):
            if isinstance(bounds.get(key), int | float):
                n = bounds[key]
                values += [n - 1, n, n + 1, float(n)]
        for key in ("minLength", "maxLength", "x-max-bytes"):
            if isinstance(bounds.get(key), int) and bounds[key] <= 100_000:
                n = bounds[key]
                values += ["7" * max(n - 1, 0), "7" * n, "7" * (n + 1), "é" * n]
        for key in ("minItems", "maxItems"):
            if isinstance(bounds.get(key), int) and bounds[key] <= 100_000:
                n = bounds[key]
                values += [[1] * max(n - 1, 0), [1] * n, [1] * (n + 1), ["1"] * n]
        values += list(bounds.get("enum", []))
        for value in values:
            assert fast(value) == full(value), (bounds, value)


def test_body_checks_are_compiled_once_per_schema_and_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_validation, "_BODY_CHECKS", {})
    compile_body = _Counter(_validation._compile_body)
    monkeypatch.setattr(_validation, "_compile_body", compile_body)
    for member_num in (2, 3, 4):
        ops.request_conference("153", member_num=member_num)
    assert compile_body.calls == 1
    with pytest.raises(KeyError):
        _validation.check_body("NoSuchSchema", {}, operation="x", agent_id="153")
    assert set(_validation._BODY_CHECKS) <= set(REQUEST_CONSTRAINTS)
    with pytest.raises(RequestValidationError, match="at least"):
        ops.request_conference("153", member_num=0)  # still refused, cache or not


# ------------------------------------------------------------------ the event pump
def test_the_pump_decodes_events_outside_its_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = {
        "message": "",
        "retcode": "0",
        "event": {"eventType": "AgentState_Ready", "workNo": "153", "content": None},
    }
    agent = _gateway(answer, poll_interval=0).agent("153", guid=GUID)
    pump = agent._pump()
    held: list[bool] = []
    decode = _events.decode_event

    def watched(raw: Any) -> Any:
        held.append(pump._lock._is_owned())  # type: ignore[attr-defined]
        return decode(raw)

    monkeypatch.setattr(_events, "decode_event", watched)
    stream = agent.events()
    try:
        events = [stream.get(timeout=5) for _ in range(5)]
    finally:
        stream.close()
        pump.close()
    assert [e.type.value for e in events] == ["AgentState_Ready"] * 5
    assert held and not any(held)
    assert threading.current_thread() is threading.main_thread()


def test_a_waiting_event_is_taken_at_once_and_the_order_is_kept() -> None:
    pump = _events.EventPump("153", lambda: None, _events.PumpSettings(interval=60))
    stream = _events.EventStream(pump, 10)
    raw = {"eventType": "AgentState_Ready", "workNo": "153"}
    with pump._lock:  # as the pump delivers
        for n in range(3):
            stream._deliver(_events.decode_event({**raw, "content": str(n)}))
    assert [stream.get(timeout=0).content for _ in range(3)] == ["0", "1", "2"]
    with pytest.raises(TimeoutError):
        stream.get(timeout=0)


def test_the_async_stream_takes_waiting_events_and_still_times_out() -> None:
    async def main() -> None:
        async def nothing() -> None:
            return None

        pump = _events.AsyncEventPump("153", nothing, _events.PumpSettings(interval=60))
        stream = _events.AsyncEventStream(pump, 10)
        raw = {"eventType": "AgentState_Ready", "workNo": "153"}
        for n in range(2):
            stream._deliver(_events.decode_event({**raw, "content": str(n)}))
        assert [(await stream.get(timeout=0)).content for _ in range(2)] == ["0", "1"]
        with pytest.raises(TimeoutError, match="no event arrived in time"):
            await stream.get(timeout=0.01)
        later = asyncio.get_running_loop().call_later(
            0.01, stream._deliver, _events.decode_event({**raw, "content": "2"})
        )
        assert (await stream.get(timeout=5)).content == "2"
        later.cancel()

    asyncio.run(main())


@pytest.mark.parametrize(
    "bad", [{"wait": "no"}, {"wait_timeout": float("nan")}, {"wait_timeout": -1.0}]
)
def test_request_conference_options_are_refused_before_any_request(bad: dict[str, Any]) -> None:
    """Checked once, by the family's wrapper, and still before anything is sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=SYNC_ANSWER)

    transport = httpx.MockTransport(handler)
    agent = AgentGateway("http://gw.test", transport=transport).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError):
        agent.request_conference(4, **bad)

    async def main() -> None:
        async with AsyncAgentGateway("http://gw.test", transport=transport) as gateway:
            with pytest.raises(RequestValidationError):
                await gateway.agent("153", guid=GUID).request_conference(4, **bad)

    asyncio.run(main())
    assert sent == []
