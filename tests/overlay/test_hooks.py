"""on_request / on_response / on_retry hooks and the OpenTelemetry span per operation."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    RequestInfo,
    RequestValidationError,
    ResponseInfo,
    RetcodeError,
    RetryInfo,
)
from cec_agentgateway.simulator import Fault, GatewaySimulator

AGENT, PASSWORD, PHONE, CALLER = "153", "secret", "40038", "70004123"


@pytest.fixture
def sim() -> GatewaySimulator:
    simulator = GatewaySimulator(poll_wait=0.1, guid_rotation=0)
    simulator.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    return simulator


class Recorder:
    def __init__(self) -> None:
        self.seen: list[RequestInfo | ResponseInfo | RetryInfo] = []

    def __call__(self, info: RequestInfo | ResponseInfo | RetryInfo) -> None:
        self.seen.append(info)

    def hooks(self) -> dict[str, Any]:
        return {"on_request": self, "on_response": self, "on_retry": self}

    def of(self, operation: str) -> list[RequestInfo | ResponseInfo | RetryInfo]:
        return [info for info in self.seen if info.operation == operation]


def _no_secrets(recorder: Recorder, guid: str) -> None:
    for info in recorder.seen:
        text = repr(info)
        assert guid not in text and PASSWORD not in text and CALLER not in text
        for field in dataclasses.fields(info):
            assert field.name not in {"url", "headers", "body", "guid"}


def test_each_attempt_and_retry_reaches_the_hooks(sim: GatewaySimulator) -> None:
    recorder = Recorder()
    with AgentGateway(
        transport=sim.transport(), retry_backoff=(0.0, 0.0), **recorder.hooks()
    ) as gw:
        agent = gw.sign_in(AGENT, password=PASSWORD, phone=PHONE)
        sim.offer_call(AGENT, caller=CALLER)
        sim.inject(AGENT, Fault.http_error(503), operation="queryCallInfo")
        sim.inject(AGENT, Fault.connect_error(), operation="queryCallInfo")
        agent.call_info()
        guid = agent.guid or ""
        sim.end_call(AGENT)
    seen = recorder.of("queryCallInfo")
    kinds = [type(info).__name__ for info in seen]
    assert kinds == [
        "RequestInfo", "ResponseInfo", "RetryInfo",
        "RequestInfo", "ResponseInfo", "RetryInfo",
        "RequestInfo", "ResponseInfo",
    ]  # fmt: skip
    assert [info.attempt for info in seen] == [1, 1, 2, 2, 2, 3, 3, 3]
    first, failed, last = seen[1], seen[4], seen[7]
    assert isinstance(first, ResponseInfo) and first.status_code == 503 and first.retcode is None
    assert isinstance(failed, ResponseInfo) and failed.error == "ConnectError"
    assert failed.status_code is None
    assert isinstance(last, ResponseInfo) and last.status_code == 200 and last.retcode == "0"
    assert last.elapsed >= 0 and last.agent_id == AGENT
    retry = seen[2]
    assert isinstance(retry, RetryInfo) and retry.reason == "HTTP 503" and retry.pause == 0.0
    assert recorder.of("signIn")  # every operation, the sign-in too
    _no_secrets(recorder, guid)


def test_a_retcode_is_reported_and_a_broken_hook_does_not_break_the_call(
    sim: GatewaySimulator, caplog: pytest.LogCaptureFixture
) -> None:
    responses: list[ResponseInfo] = []

    def broken(info: RequestInfo) -> None:
        raise RuntimeError("hook bug")

    with AgentGateway(
        transport=sim.transport(), on_request=broken, on_response=responses.append
    ) as gw:
        agent = gw.sign_in(AGENT, password=PASSWORD, phone=PHONE)
        sim.inject(AGENT, Fault.retcode("100-007"), operation="queryCallInfo")
        with (
            caplog.at_level(logging.WARNING, logger="cec_agentgateway"),
            pytest.raises(RetcodeError),
        ):
            agent.call_info()
    assert [r.retcode for r in responses if r.operation == "queryCallInfo"] == ["100-007"]
    assert "a hook raised RuntimeError" in caplog.text


def test_hooks_are_checked() -> None:
    with pytest.raises(RequestValidationError, match="on_retry"):
        AgentGateway("http://gw.invalid", on_retry="print")  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match="tracer"):
        AgentGateway("http://gw.invalid", tracer=object())  # type: ignore[arg-type]


def test_the_async_client_calls_the_same_hooks(sim: GatewaySimulator) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        async with AsyncAgentGateway(
            transport=sim.async_transport(), retry_backoff=(0.0, 0.0), **recorder.hooks()
        ) as gw:
            agent = await gw.sign_in(AGENT, password=PASSWORD, phone=PHONE)
            sim.inject(AGENT, Fault.read_timeout(), operation="queryCallInfo")
            await agent.call_info()

    asyncio.run(scenario())
    seen = recorder.of("queryCallInfo")
    assert [type(info).__name__ for info in seen] == [
        "RequestInfo", "ResponseInfo", "RetryInfo", "RequestInfo", "ResponseInfo",
    ]  # fmt: skip
    retry = seen[2]
    assert isinstance(retry, RetryInfo) and retry.reason == "ReadTimeout" and retry.attempt == 2


def _tracer() -> tuple[Any, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider.get_tracer("test"), exporter


def test_one_span_per_operation_with_its_attempts_and_retcode(sim: GatewaySimulator) -> None:
    tracer, exporter = _tracer()
    with AgentGateway(transport=sim.transport(), retry_backoff=(0.0, 0.0), tracer=tracer) as gw:
        agent = gw.sign_in(AGENT, password=PASSWORD, phone=PHONE)
        guid = agent.guid or ""
        sim.offer_call(AGENT, caller=CALLER)
        sim.inject(AGENT, Fault.http_error(502), operation="queryCallInfo")
        agent.call_info()
        sim.inject(AGENT, Fault.retcode("100-007"), operation="queryCallInfo")
        with pytest.raises(RetcodeError) as refusal:
            agent.call_info()
        sim.end_call(AGENT)
    spans = [s for s in exporter.get_finished_spans() if s.name == "queryCallInfo"]
    assert len(spans) == 2
    ok, refused = spans
    assert ok.attributes is not None and refused.attributes is not None
    assert ok.attributes["cec.operation"] == "queryCallInfo"
    assert ok.attributes["cec.agent_id"] == AGENT
    assert ok.attributes["cec.attempts"] == 2 and ok.attributes["cec.retcode"] == "0"
    assert [e.name for e in ok.events] == ["retry"]
    assert ok.status.status_code is not StatusCode.ERROR
    assert refused.attributes["cec.retcode"] == "100-007"
    assert refused.status.status_code is StatusCode.ERROR
    assert refused.status.description == type(refusal.value).__name__
    assert [s.name for s in exporter.get_finished_spans()].count("signIn") == 1
    for span in exporter.get_finished_spans():
        text = repr(dict(span.attributes or {})) + repr([e.attributes for e in span.events])
        assert guid not in text and PASSWORD not in text and CALLER not in text
        assert not span.events or all(e.name == "retry" for e in span.events)


def test_async_spans(sim: GatewaySimulator) -> None:
    tracer, exporter = _tracer()

    async def scenario() -> None:
        async with AsyncAgentGateway(transport=sim.async_transport(), tracer=tracer) as gw:
            agent = await gw.sign_in(AGENT, password=PASSWORD, phone=PHONE)
            await agent.status()

    asyncio.run(scenario())
    names = [s.name for s in exporter.get_finished_spans()]
    assert "signIn" in names and "signOut" in names
    assert len(names) >= 3
