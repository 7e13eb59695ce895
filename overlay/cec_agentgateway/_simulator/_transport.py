"""httpx transports that hand requests to the simulated gateway in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING

import httpx

from ._faults import Fault
from ._wire import ConnectionCut, SimRequest, SimResponse

if TYPE_CHECKING:
    from ._core import GatewayCore

__all__ = ["AsyncSimulatorTransport", "SimulatorTransport"]


def _request(request: httpx.Request, body: bytes) -> SimRequest:
    query: dict[str, str] = {}
    for name, value in request.url.params.multi_items():
        query.setdefault(name, value)
    headers = {name.lower(): value for name, value in request.headers.items()}
    return SimRequest(request.method, request.url.path, query, headers, body)


def _response(outcome: SimResponse | Fault, request: httpx.Request) -> httpx.Response:
    if isinstance(outcome, Fault):
        if outcome.error is not None:
            raise outcome.exception(request)
        outcome = outcome.response()
    if outcome.chunks is not None:
        stream = _Stream(outcome.chunks, request)
        return httpx.Response(outcome.status, headers=list(outcome.headers), stream=stream)
    return httpx.Response(outcome.status, headers=list(outcome.headers), content=outcome.body)


class _Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body (``SimResponse.chunks``); a ConnectionCut drops the connection."""

    def __init__(self, chunks: Iterable[bytes], request: httpx.Request) -> None:
        self._chunks = chunks
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._chunks
        except ConnectionCut as cut:
            raise httpx.RemoteProtocolError(
                f"peer closed connection ({cut})", request=self._request
            ) from None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class SimulatorTransport(httpx.BaseTransport):
    """Sync transport: a poll with no event blocks the calling thread for ``poll_wait``."""

    def __init__(self, simulator: GatewayCore) -> None:
        self._simulator = simulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self._simulator._handle_blocking(_request(request, request.read()))
        assert outcome is not None  # only a peer that hung up gets none
        return _response(outcome, request)


class AsyncSimulatorTransport(httpx.AsyncBaseTransport):
    """Async transport: a poll with no event waits on an asyncio.Event, not on a thread."""

    def __init__(self, simulator: GatewayCore) -> None:
        self._simulator = simulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        outcome = await self._simulator._handle_async(_request(request, body))
        return _response(outcome, request)
