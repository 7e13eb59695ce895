"""Reads are retried with backoff; state-changing calls only when the request was never sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGateway, APIConnectionError, APIStatusError, APITimeoutError
from cec_agentgateway import _operations as ops
from cec_agentgateway._runner import CallOptions, _retry_delay, run
from tests.overlay.fakes import BASE, FakeGateway, ok

GUID = "1e1e1e1e-0000-0000-0000-000000000000.AgentGateway0"


@pytest.mark.parametrize("status", [502, 503, 504, 429])
def test_reads_are_retried_on_gateway_errors(connect: Any, status: int) -> None:
    fake = FakeGateway(ok(None)).reply(httpx.Response(status), httpx.Response(status))
    agent = connect(fake, max_retries=2).agent("153", guid=GUID)
    assert agent.call_info() is None
    assert len(fake.requests) == 3


def test_reads_give_up_after_max_retries(connect: Any) -> None:
    fake = FakeGateway(httpx.Response(503))
    agent = connect(fake, max_retries=3).agent("153", guid=GUID)
    with pytest.raises(APIStatusError):
        agent.call_info()
    assert len(fake.requests) == 4


def test_reads_are_retried_after_read_timeouts(connect: Any) -> None:
    fake = FakeGateway(ok("data")).reply(httpx.ReadTimeout("slow"))
    agent = connect(fake).agent("153", guid=GUID)
    assert agent.call_app_data() == "data"
    assert len(fake.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [httpx.Response(503), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")],
    ids=["503", "read-timeout", "protocol"],
)
def test_state_changing_calls_are_never_resent_once_sent(connect: Any, failure: Any) -> None:
    fake = FakeGateway(ok({})).reply(failure)
    agent = connect(fake, max_retries=5).agent("153", guid=GUID)
    with pytest.raises((APIStatusError, APIConnectionError)):
        agent.request_conference(4, wait=False)
    assert len(fake.requests) == 1
    fake.reply(failure)
    with pytest.raises((APIStatusError, APIConnectionError)):
        agent.sync_state()
    assert len(fake.requests) == 2


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("syn"), httpx.PoolTimeout("x")]
)
def test_any_call_is_resent_when_it_never_left(connect: Any, failure: Exception) -> None:
    fake = FakeGateway(ok({})).reply(failure)
    agent = connect(fake).agent("153", guid=GUID)
    agent.request_conference(4, wait=False)
    assert len(fake.requests) == 2


def test_retries_can_be_switched_off(connect: Any) -> None:
    fake = FakeGateway(httpx.ConnectTimeout("syn"))
    agent = connect(fake, max_retries=0).agent("153", guid=GUID)
    with pytest.raises(APITimeoutError):
        agent.call_info()
    assert len(fake.requests) == 1
    with pytest.raises(APITimeoutError):
        agent.with_options(max_retries=2).call_info()
    assert len(fake.requests) == 4


def test_backoff_grows_is_capped_and_honours_retry_after() -> None:
    options = CallOptions(httpx.Timeout(1.0), 5, initial_backoff=0.5, max_backoff=8.0)
    delays = [_retry_delay(options, n, None) for n in range(1, 7)]
    for n, delay in enumerate(delays, start=1):
        nominal = min(0.5 * 2 ** (n - 1), 8.0)
        assert 0.75 * nominal <= delay <= nominal
    assert _retry_delay(options, 1, httpx.Response(503, headers={"Retry-After": "3"})) == 3.0
    long_wait = httpx.Response(503, headers={"Retry-After": "3600"})
    assert _retry_delay(options, 1, long_wait) <= 0.5


def test_retry_pauses_use_the_backoff() -> None:
    slept: list[float] = []
    fake = FakeGateway(ok(None)).reply(httpx.Response(503), httpx.Response(503))
    gateway = AgentGateway(BASE, transport=httpx.MockTransport(fake), retry_backoff=(0.5, 8.0))
    agent = gateway.agent("153", guid=GUID)
    call = ops.call_info("153")
    assert run(call, gateway.http_client, agent.auth, gateway._options, slept.append) is None
    assert len(slept) == 2 and 0.375 <= slept[0] <= 0.5 and 0.75 <= slept[1] <= 1.0
