"""The async gateway's transport: HTTP/1.1 on asyncio's own streams, parsed by h11.

Thousands of agents each hold a long poll open. Through httpcore every poll answer costs the
pool's bookkeeping (a scan of the pool, its locks and events), anyio's cancel scopes around
every read and write, and some 15 KB of objects per connection; on a 2-core machine 5,000
polling sessions took a whole core for their polls alone, and a call cost twice what it
costs here (issue 26). This transport keeps what a call or a poll needs and nothing else:

* one ``asyncio.Protocol`` per connection, which feeds h11 as bytes arrive;
* idle connections per origin (for the polls, per path: each agent's polls keep their
  connection) in insertion-ordered dicts: a request takes the newest one (O(1), no scan),
  the oldest of all are closed once idle past ``keepalive_expiry``; a connection the
  server closed leaves them when it closes;
* httpx's timeouts (connect, read, write) as one timer per wait, and httpx's exceptions
  (``ConnectError``, ``ReadTimeout``, ``RemoteProtocolError``...), so retries, deadlines
  and error messages are those of the httpcore path;
* TLS through asyncio's own ``ssl`` support, with the gateway's shared ``SSLContext``.

It is an ``httpx.AsyncBaseTransport`` behind the gateway's own clients (calls, and polls on
a second one); with a proxy the gateway keeps httpcore's transport. It bounds no count of
connections: the calls' client lets at most ``max_connections`` requests in
(``_pool.BoundedAsyncClient``), and polls take one connection each. A connection that a
cancelled or failed exchange leaves half-used is closed, never reused.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any

import h11
import httpx

__all__ = ["AsyncioTransport"]

_READ_SIZE = 65536
_DEFAULT_EXPIRY = 5.0


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: h11 fed from ``data_received``, one exchange at a time."""

    __slots__ = (
        "closed_by_peer",
        "h11",
        "idle_since",
        "key",
        "lost",
        "owner",
        "paused",
        "transport",
        "waiter",
    )

    def __init__(self, key: tuple[bytes, bytes, int, bytes]) -> None:
        self.key = key
        self.h11 = h11.Connection(h11.CLIENT)
        self.transport: asyncio.Transport | None = None
        self.waiter: asyncio.Future[None] | None = None  # a read (or drain) waiting
        self.lost = False
        self.closed_by_peer = False
        self.paused = False
        self.idle_since = 0.0
        self.owner: AsyncioTransport | None = None  # while it waits idle in its pool

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        with contextlib.suppress(h11.RemoteProtocolError):  # reported by next_event
            self.h11.receive_data(data)
        self._wake()

    def eof_received(self) -> bool | None:
        self._peer_closed()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.owner is not None:  # closed by the server while idle: forget it
            self.owner._forget(self)
        self._peer_closed()

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._wake()

    def _peer_closed(self) -> None:
        self.closed_by_peer = True
        if self.h11.their_state is not h11.CLOSED:
            with contextlib.suppress(h11.RemoteProtocolError):
                self.h11.receive_data(b"")
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # the exchange
    def usable(self) -> bool:
        return (
            not self.lost
            and not self.closed_by_peer
            and self.h11.our_state is h11.IDLE
            and self.h11.their_state is h11.IDLE
            and self.transport is not None
            and not self.transport.is_closing()
        )

    async def _wait(self, timeout: float | None) -> None:
        """Until data, a close or room to write comes (TimeoutError after ``timeout``)."""
        loop = asyncio.get_running_loop()
        waiter = self.waiter = loop.create_future()
        timer = None if timeout is None else loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        finally:
            self.waiter = None
            if timer is not None:
                timer.cancel()

    async def send(self, events: list[Any], timeout: float | None) -> None:
        assert self.transport is not None
        for event in events:
            data = self.h11.send(event)
            if data:
                self.transport.write(data)
        while self.paused and not self.lost:
            await self._wait(timeout)
        if self.lost:
            raise ConnectionResetError("the connection was closed while writing")

    async def next_event(self, timeout: float | None) -> Any:
        while True:
            event = self.h11.next_event()
            if event is not h11.NEED_DATA:
                return event
            await self._wait(timeout)

    def close(self) -> None:
        self.lost = True
        if self.transport is not None:
            self.transport.close()


class _Body(httpx.AsyncByteStream):
    """A response body read from its connection; the connection is reused once it is read."""

    def __init__(
        self,
        owner: AsyncioTransport,
        connection: _Connection,
        request: httpx.Request,
        timeout: float | None,
    ) -> None:
        self._owner = owner
        self._connection = connection
        self._request = request
        self._timeout = timeout
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        try:
            while not self._done:
                try:
                    event = await connection.next_event(self._timeout)
                except TimeoutError:
                    message = "timed out reading the response"
                    raise httpx.ReadTimeout(message, request=self._request) from None
                except h11.RemoteProtocolError as error:
                    raise httpx.RemoteProtocolError(str(error), request=self._request) from None
                if isinstance(event, h11.Data):
                    yield bytes(event.data)
                elif isinstance(event, h11.EndOfMessage):
                    self._done = True
                elif event is h11.PAUSED or isinstance(event, h11.ConnectionClosed):
                    raise httpx.RemoteProtocolError(
                        "peer closed connection without sending complete message body",
                        request=self._request,
                    )
        except BaseException:
            connection.close()
            raise

    async def aclose(self) -> None:
        self._owner._release(self._connection, complete=self._done)


class AsyncioTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 keep-alive connections, reused per origin; see the module's docstring."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | bool = True,
        limits: httpx.Limits | None = None,
        by_path: bool = False,
    ) -> None:
        self._ssl_context = ssl_context
        # by_path: idle connections kept per request path too, so that each agent's polls
        # go on the connection of its previous poll: none sits idle long enough to expire
        # (taking any idle one, a few would, to be opened again later)
        self._by_path = by_path
        self.connections_made = 0
        # max_connections is not enforced here: the gateway's client lets at most that many
        # requests in (_pool.BoundedAsyncClient); the idle ones are kept within these limits
        self._expiry = _DEFAULT_EXPIRY if limits is None else limits.keepalive_expiry
        self._max_idle = None if limits is None else limits.max_keepalive_connections
        self._idle: dict[tuple[bytes, bytes, int, bytes], dict[_Connection, None]] = {}
        self._all_idle: dict[_Connection, None] = {}  # every idle one, the oldest first
        self._busy: set[_Connection] = set()
        self._closed = False

    def _context(self) -> ssl.SSLContext:
        context = self._ssl_context
        if isinstance(context, ssl.SSLContext):
            return context
        made = ssl.create_default_context()
        if context is False:
            made.check_hostname = False
            made.verify_mode = ssl.CERT_NONE
        self._ssl_context = made
        return made

    def _forget(self, connection: _Connection) -> None:
        """Take ``connection`` out of the idle ones."""
        connection.owner = None
        idle = self._idle.get(connection.key)
        if idle is not None:
            idle.pop(connection, None)
        self._all_idle.pop(connection, None)

    def _sweep(self) -> None:
        """Close the idle connections kept past ``keepalive_expiry`` (the oldest come first
        in ``_all_idle``), whatever their origin or path: a few per request at most."""
        expiry = self._expiry
        if expiry is None:
            return
        now = time.monotonic()
        while self._all_idle:
            oldest = next(iter(self._all_idle))
            if now - oldest.idle_since < expiry and oldest.usable():
                return
            self._forget(oldest)
            oldest.close()

    def _take_idle(self, key: tuple[bytes, bytes, int, bytes]) -> _Connection | None:
        self._sweep()
        idle = self._idle.get(key)
        while idle:
            connection = next(reversed(idle))  # the newest
            self._forget(connection)
            if connection.usable():
                return connection
            connection.close()
        return None

    async def _connect(
        self, request: httpx.Request, key: tuple[bytes, bytes, int, bytes], timeout: float | None
    ) -> _Connection:
        scheme, host, port, _ = key
        loop = asyncio.get_running_loop()
        tls = self._context() if scheme == b"https" else None
        name = host.decode("ascii")
        try:
            async with asyncio.timeout(timeout):
                _, connection = await loop.create_connection(
                    lambda: _Connection(key),
                    name,
                    port,
                    ssl=tls,
                    server_hostname=name if tls is not None else None,
                )
        except TimeoutError:
            raise httpx.ConnectTimeout("timed out connecting", request=request) from None
        except (OSError, ssl.SSLError) as error:
            raise httpx.ConnectError(str(error) or type(error).__name__, request=request) from None
        self.connections_made += 1
        return connection

    def _release(self, connection: _Connection, *, complete: bool) -> None:
        self._busy.discard(connection)
        if not complete or self._closed:
            connection.close()
            return
        state = connection.h11
        if state.our_state is h11.DONE and state.their_state is h11.DONE:
            try:
                state.start_next_cycle()
            except h11.LocalProtocolError:
                connection.close()
                return
            idle = self._idle.setdefault(connection.key, {})
            if connection.usable() and (self._max_idle is None or len(idle) < self._max_idle):
                connection.idle_since = time.monotonic()
                connection.owner = self
                idle[connection] = None
                self._all_idle[connection] = None
                return
        connection.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        scheme = url.raw_scheme
        if scheme not in (b"http", b"https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}")
        port = url.port or (443 if scheme == b"https" else 80)
        target = url.raw_path
        key = (scheme, url.raw_host, port, target if self._by_path else b"")
        timeouts = request.extensions.get("timeout") or {}
        headers = [(k, v) for k, v in request.headers.raw]
        body = request.content if isinstance(request.stream, httpx.ByteStream) else None
        if body is None:
            body = b"".join([part async for part in request.stream])  # type: ignore[union-attr]
        for reused in (True, False):
            connection = self._take_idle(key) if reused else None
            if reused and connection is None:
                continue
            if connection is None:
                connection = await self._connect(request, key, timeouts.get("connect"))
            self._busy.add(connection)
            try:
                return await self._exchange(connection, request, target, headers, body, timeouts)
            except _StaleConnection:
                # the server closed a kept-alive connection as the request went out: nothing
                # was answered, so the request goes once more on a new connection
                self._busy.discard(connection)
                connection.close()
            except BaseException:
                self._busy.discard(connection)
                connection.close()
                raise
        raise httpx.RemoteProtocolError(  # pragma: no cover - a new connection is never stale
            "Server disconnected without sending a response.", request=request
        )

    async def _exchange(
        self,
        connection: _Connection,
        request: httpx.Request,
        target: bytes,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        timeouts: dict[str, float | None],
    ) -> httpx.Response:
        # A kept-alive connection that the server closes as the request goes out (its
        # keep-alive time ended) is a race, not an answer: a GET or HEAD goes once more on a
        # new connection. Any other request may have been acted on: its error goes up, and
        # the runner decides (it never resends a state change).
        retry = connection.idle_since != 0.0 and request.method in ("GET", "HEAD")
        events: list[Any] = [h11.Request(method=request.method, target=target, headers=headers)]
        if body:
            events.append(h11.Data(data=body))
        events.append(h11.EndOfMessage())
        try:
            await connection.send(events, timeouts.get("write"))
        except TimeoutError:
            raise httpx.WriteTimeout("timed out writing the request", request=request) from None
        except h11.LocalProtocolError as error:
            raise httpx.LocalProtocolError(str(error), request=request) from None
        except OSError as error:
            if retry:
                raise _StaleConnection from None
            raise httpx.WriteError(str(error), request=request) from None
        read = timeouts.get("read")
        while True:
            try:
                event = await connection.next_event(read)
            except TimeoutError:
                message = "timed out waiting for the response"
                raise httpx.ReadTimeout(message, request=request) from None
            except h11.RemoteProtocolError as error:
                if retry and connection.closed_by_peer:  # hung up before any answer
                    raise _StaleConnection from None
                raise httpx.RemoteProtocolError(str(error), request=request) from None
            if isinstance(event, h11.ConnectionClosed):
                if retry:
                    raise _StaleConnection
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                )
            if isinstance(event, h11.Response):
                break
            # h11.InformationalResponse (1xx): wait for the final one
        return httpx.Response(
            status_code=event.status_code,
            headers=event.headers.raw_items(),
            stream=_Body(self, connection, request, read),
            extensions={
                "http_version": b"HTTP/" + event.http_version,
                "reason_phrase": event.reason,
            },
        )

    async def aclose(self) -> None:
        self._closed = True
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()
        self._all_idle.clear()
        for connection in list(self._busy):
            connection.close()
        self._busy.clear()


class _StaleConnection(Exception):
    """A reused connection turned out closed before any answer (internal: tried again)."""
