"""Connection pools for many sessions (issue 11): bounded calls, sharded pools, split limits."""

from __future__ import annotations

import asyncio
from typing import ClassVar

import httpx
import pytest

from cec_agentgateway import AsyncAgentGateway
from cec_agentgateway._client import DEFAULT_LIMITS, POLL_LIMITS
from cec_agentgateway._pool import (
    SHARD_CONNECTIONS,
    BoundedAsyncClient,
    ShardedTransport,
    split_limits,
)


class _Slow(httpx.AsyncBaseTransport):
    """Answers after ``delay`` seconds and records how many requests were in flight."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.in_flight = 0
        self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        return httpx.Response(200, json={"retcode": "0"})


async def _test_at_most_in_flight_requests_reach_the_pool() -> None:
    transport = _Slow(0.01)
    async with BoundedAsyncClient(
        in_flight=3, transport=transport, base_url="http://gw.test"
    ) as client:
        responses = await asyncio.gather(*(client.get("/x") for _ in range(20)))
    assert all(r.status_code == 200 for r in responses)
    assert transport.most == 3


async def _test_waiting_for_a_slot_ends_with_the_pool_timeout() -> None:
    transport = _Slow(0.5)
    timeout = httpx.Timeout(5.0, pool=0.05)
    async with BoundedAsyncClient(
        in_flight=1, transport=transport, base_url="http://gw.test", timeout=timeout
    ) as client:
        first = asyncio.ensure_future(client.get("/x"))
        await asyncio.sleep(0.01)
        with pytest.raises(httpx.PoolTimeout):
            await client.get("/y")
        assert (await first).status_code == 200


async def _test_unbounded_client_passes_everything_through() -> None:
    transport = _Slow(0.01)
    async with BoundedAsyncClient(
        in_flight=None, transport=transport, base_url="http://gw.test"
    ) as client:
        await asyncio.gather(*(client.get("/x") for _ in range(10)))
    assert transport.most == 10


class _Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    made: ClassVar[list[_Recorder]] = []

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.closed = False
        _Recorder.made.append(self)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return httpx.Response(200)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)

    def close(self) -> None:
        self.closed = True


def test_sharded_by_path_keeps_an_agent_on_one_pool_and_closes_every_pool() -> None:
    _Recorder.made = []
    sharded = ShardedTransport(_Recorder, 8, by_path=True)
    with httpx.Client(transport=sharded, base_url="http://gw.test") as client:
        for _ in range(3):
            for agent in ("101", "102", "103", "104", "105"):
                client.get(f"/agentevent/{agent}")
    for shard in _Recorder.made:  # made on first use only, an agent always on the same one
        assert shard.paths
        for path in set(shard.paths):
            assert shard.paths.count(path) == 3
    assert 1 <= len(_Recorder.made) <= 5
    assert all(shard.closed for shard in _Recorder.made)


def test_sharded_by_turn_spreads_requests() -> None:
    _Recorder.made = []
    sharded = ShardedTransport(_Recorder, 4, by_path=False)
    with httpx.Client(transport=sharded, base_url="http://gw.test") as client:
        for _ in range(8):
            client.get("/onlineagent/101/syncagentinfo")
    assert [len(shard.paths) for shard in _Recorder.made] == [2, 2, 2, 2]


def test_split_limits_keeps_every_pool_small_and_the_total() -> None:
    shards, each = split_limits(DEFAULT_LIMITS)
    assert each.max_connections is not None and each.max_connections <= SHARD_CONNECTIONS
    assert DEFAULT_LIMITS.max_connections is not None
    assert shards * each.max_connections >= DEFAULT_LIMITS.max_connections
    assert split_limits(httpx.Limits(max_connections=10)) == (1, httpx.Limits(max_connections=10))
    assert split_limits(POLL_LIMITS) == (1, POLL_LIMITS)


async def _test_async_gateway_over_the_network_bounds_calls_and_polls_apart() -> None:
    async with AsyncAgentGateway(
        "http://127.0.0.1:9", limits=httpx.Limits(max_connections=40)
    ) as gateway:
        assert isinstance(gateway._http, BoundedAsyncClient)
        assert gateway._http._in_flight == 40
        assert gateway._poll_http is not gateway._http


def test_at_most_in_flight_requests_reach_the_pool() -> None:
    asyncio.run(_test_at_most_in_flight_requests_reach_the_pool())


def test_waiting_for_a_slot_ends_with_the_pool_timeout() -> None:
    asyncio.run(_test_waiting_for_a_slot_ends_with_the_pool_timeout())


def test_unbounded_client_passes_everything_through() -> None:
    asyncio.run(_test_unbounded_client_passes_everything_through())


def test_async_gateway_over_the_network_bounds_calls_and_polls_apart() -> None:
    asyncio.run(_test_async_gateway_over_the_network_bounds_calls_and_polls_apart())
