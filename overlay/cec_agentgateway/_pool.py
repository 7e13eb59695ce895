"""An AsyncClient that lets at most as many requests into its connection pool as it has
connections.

httpcore (1.0) keeps requests that wait for a connection in a queue that it scans again on
every change of the pool, so a burst of 1,000 calls on 100 connections costs 1,000 scans of
up to 900 waiting requests: the pool's bookkeeping, not the network, dominates. Here the
extra requests wait on an asyncio.Semaphore (first come, first served) before they reach
the pool, and the pool never has a queue. The wait keeps httpx's semantics: it is bounded by
the request's pool timeout and ends in ``httpx.PoolTimeout`` (a request that was not sent).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["SHARD_CONNECTIONS", "BoundedAsyncClient", "ShardedTransport", "split_limits"]


class BoundedAsyncClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` with at most ``in_flight`` requests in its pool (None: no bound)."""

    def __init__(self, *, in_flight: int | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._in_flight = in_flight
        self._slots: asyncio.Semaphore | None = None  # made in the event loop that uses it

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self._in_flight is None:
            return await super().send(request, **kwargs)
        import asyncio  # not at import time: sync users never load asyncio

        if self._slots is None:
            self._slots = asyncio.Semaphore(self._in_flight)
        slots = self._slots
        if slots.locked():  # every connection busy: wait here, not in the pool's queue
            wait = (request.extensions.get("timeout") or {}).get("pool")
            # asyncio.timeout, not wait_for: no task per waiting request (a burst of 5,000
            # calls would make 4,900 of them, issue 26)
            try:
                async with asyncio.timeout(wait):
                    await slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no connection free in time", request=request) from None
        else:
            await slots.acquire()
        try:
            return await super().send(request, **kwargs)
        finally:
            slots.release()


#: Connections per pool at most when a pool is split (see ShardedTransport).
SHARD_CONNECTIONS = 16


class ShardedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Requests spread over several connection pools, each made on first use.

    httpcore's pool does work proportional to its connections (and, for idle ones, to their
    square) every time a request starts or ends, so one pool of 1,000 polls or of 100 busy
    calls spends more time on bookkeeping than on the network. Pools of at most
    ``SHARD_CONNECTIONS`` keep that small. ``by_path`` picks the pool from the request path
    (an agent's polls then reuse their connection); otherwise pools take turns.
    """

    def __init__(
        self,
        make: Callable[[], httpx.BaseTransport | httpx.AsyncBaseTransport],
        shards: int,
        *,
        by_path: bool,
    ) -> None:
        self._make = make
        self._shards: list[httpx.BaseTransport | httpx.AsyncBaseTransport | None] = [None] * shards
        self._by_path = by_path
        self._turn = itertools.count()

    def _shard(self, request: httpx.Request) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
        key = hash(request.url.raw_path) if self._by_path else next(self._turn)
        index = key % len(self._shards)
        shard = self._shards[index]
        if shard is None:
            shard = self._shards[index] = self._make()
        return shard

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        shard = self._shard(request)
        assert isinstance(shard, httpx.BaseTransport)
        return shard.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        shard = self._shard(request)
        assert isinstance(shard, httpx.AsyncBaseTransport)
        return await shard.handle_async_request(request)

    def close(self) -> None:
        for shard in self._shards:
            if isinstance(shard, httpx.BaseTransport):
                shard.close()

    async def aclose(self) -> None:
        for shard in self._shards:
            if isinstance(shard, httpx.AsyncBaseTransport):
                await shard.aclose()


def split_limits(limits: httpx.Limits) -> tuple[int, httpx.Limits]:
    """How many pools of at most SHARD_CONNECTIONS share ``limits``, and each one's limits."""
    total = limits.max_connections
    if total is None or total <= SHARD_CONNECTIONS:
        return 1, limits
    shards = -(-total // SHARD_CONNECTIONS)
    keep = limits.max_keepalive_connections
    return shards, httpx.Limits(
        max_connections=-(-total // shards),
        max_keepalive_connections=None if keep is None else -(-keep // shards),
        keepalive_expiry=limits.keepalive_expiry,
    )
