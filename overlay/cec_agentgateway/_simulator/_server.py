"""A plain-HTTP server in front of the simulated gateway, for other languages and manual tests."""

from __future__ import annotations

import contextlib
import io
import logging
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ._control import CONTROL_PREFIX, ControlEndpoint, is_loopback
from ._faults import Fault
from ._limits import (
    BodyError,
    RequestReader,
    ServerLimits,
    body_length,
    default_max_connections,
    read_body,
)
from ._parking import Parking, hung_up
from ._wire import ConnectionCut, SimRequest, SimResponse, text_response

if TYPE_CHECKING:
    from ._core import GatewayCore

__all__ = ["SimulatorServer"]

_log = logging.getLogger("cec_agentgateway.simulator")


class _Server(HTTPServer):
    """Accepts connections and serves each request on a thread of its own; a connection
    waiting for its next request waits in ``Parking`` (_parking.py), without a thread."""

    # The listen backlog (socketserver's default is 5): a burst of 1,000 clients connecting
    # at once must queue, not be refused or dropped to SYN retries. The kernel caps it at
    # net.core.somaxconn.
    request_queue_size = 4096

    def __init__(
        self,
        address: tuple[str, int],
        simulator: GatewayCore,
        control: ControlEndpoint | None,
        limits: ServerLimits,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.simulator = simulator
        self.control = control
        self.limits = limits
        # Every open connection (parked or served) with its handler, None while it is made
        # (see drop_all and hang_up_idle); refused ones wait in _closing (see _refuse).
        self._open: dict[socket.socket, _Handler | None] = {}
        self._open_lock = threading.Lock()
        self._closing: deque[tuple[float, socket.socket]] = deque()
        self._busy_logged = False
        self._parking = Parking(self)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A new connection: parked until its first request arrives, or refused (503)."""
        with self._open_lock:
            busy = len(self._open) >= self.limits.max_connections
            if not busy:
                self._open[request] = None
                self._busy_logged = False
        if busy:
            self._refuse(request, f"{self.limits.max_connections} connections open")
            return
        try:
            handler = _Handler(request, client_address, self)
        except OSError as error:  # reset before it was set up
            _log.debug("%s: connection failed: %r", client_address[0], error)
            self.shutdown_request(request)
            return
        with self._open_lock:
            self._open[request] = handler
        self._parking.park(handler)

    def resume(self, handler: _Handler) -> None:
        """Serve a parked connection that became readable, on a new thread."""
        thread = threading.Thread(target=self._serve, args=(handler,), daemon=True)
        try:
            thread.start()
        except RuntimeError:  # can't start new thread: the machine's limit is lower
            _log.info("%s: closed, no thread to serve it", handler.client_address[0])
            self.hang_up(handler)

    def _serve(self, handler: _Handler) -> None:
        try:
            handler.handle()
        except Exception:
            handler.parked = False
            self.handle_error(handler.request, handler.client_address)
        if handler.parked:
            self._parking.park(handler)
        else:
            self.hang_up(handler)

    def hang_up(self, handler: _Handler) -> None:
        """Close a connection for good (its handler's files, then the socket)."""
        with contextlib.suppress(OSError):
            handler.finish()
        self.shutdown_request(handler.request)

    def _refuse(self, request: socket.socket, why: str) -> None:
        """Answer 503 from the accepting thread, without reading the request.

        The socket is closed a moment later (``service_actions``), not at once: closing a
        socket with the request unread sends a reset, which may reach the peer before it
        has read the answer.
        """
        log = _log.debug if self._busy_logged else _log.info
        log("connection refused with 503: %s (max_connections)", why)
        self._busy_logged = True
        with contextlib.suppress(OSError):
            request.setblocking(False)
            request.send(_BUSY)
            request.shutdown(socket.SHUT_WR)
        self._closing.append((time.monotonic() + _LINGER, request))
        while len(self._closing) > _MAX_LINGERING:
            self._closing.popleft()[1].close()

    def service_actions(self) -> None:
        """Close the refused sockets whose moment has passed (serve_forever's loop)."""
        now = time.monotonic()
        while self._closing and self._closing[0][0] <= now:
            self._closing.popleft()[1].close()

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A handler's failure: the peer's doing (quiet) or a bug (logged with traceback)."""
        error = sys.exc_info()[1]
        if isinstance(error, OSError):  # reset, broken pipe, timeout: the connection failed
            _log.debug("%s: connection failed: %r", client_address[0], error)
        else:
            _log.error("serving %s failed", client_address[0], exc_info=True)

    def server_close(self) -> None:
        super().server_close()
        if not hasattr(self, "_parking"):  # binding failed: socketserver closes at once
            return
        self._parking.close()
        while self._closing:
            self._closing.popleft()[1].close()

    def hang_up_idle(self) -> None:
        """End the connections waiting for a request (keep-alive), so that close() leaves
        no thread waiting for them; requests in progress are answered."""
        with self._open_lock:
            handlers = [h for h in self._open.values() if h is not None]
        for handler in handlers:
            if handler.idle() and handler.parking is None:  # parked: see Parking.close
                with contextlib.suppress(OSError):
                    handler.connection.shutdown(socket.SHUT_RD)

    def drop_all(self) -> None:
        """Cut every open connection, as a gateway that crashed would."""
        with self._open_lock:
            open_connections = list(self._open)
        for connection in open_connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


_BUSY_TEXT = b"the simulator is serving as many connections as it may; try again\n"
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: %d\r\nConnection: close\r\nRetry-After: 1\r\n\r\n%s"
    % (len(_BUSY_TEXT), _BUSY_TEXT)
)
_LINGER = 1.0  # seconds a refused socket stays open after its 503 (see _Server._refuse)
_MAX_LINGERING = 256  # refused sockets held at once; the oldest is closed beyond that
# How long a thread that answered waits for the connection's next request before parking
# it: a client polling every 0.2 s (the client's default) keeps its thread.
_HOT_WAIT = 0.5


class _Handler(BaseHTTPRequestHandler):
    """Turns each HTTP request into a SimRequest and writes the simulator's answer."""

    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, so clients can reuse pooled connections
    disable_nagle_algorithm = True  # headers and body are written apart: don't delay the body

    def __init__(self, request: socket.socket, client_address: Any, server: _Server) -> None:
        # Not BaseRequestHandler's constructor, which serves the connection to its end: a
        # connection is served while requests come (handle), parked in between.
        self.request = request
        self.client_address = client_address
        self.server = server
        self.parked = False
        self.parking: int | None = None  # its number while it waits in Parking
        self.idle_since = time.monotonic()
        self.setup()

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # replaced: every read goes through the reader's timeouts
        self._reader = RequestReader(self.connection, self.server.limits)
        self._buffered = io.BufferedReader(self._reader)
        self.rfile = self._buffered

    def idle(self) -> bool:
        """Waiting for a request (parked or not): nothing would be lost by hanging up."""
        return self._reader.idle

    def handle(self) -> None:
        """Serve requests while they come; ``parked`` when the connection fell idle."""
        self.parked = False
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection and self._next_request_soon():
            self.handle_one_request()

    def _next_request_soon(self) -> bool:
        """Whether the next request arrives within ``_HOT_WAIT`` (this thread serves it);
        if not, the connection is to be parked, or closed once the peer hung up or its
        keep-alive time is over."""
        self.idle_since = time.monotonic()
        self._reader.await_request()
        wait = min(_HOT_WAIT, self.server.limits.keep_alive_timeout)
        self._reader.probe = wait
        try:
            arrived = bool(self._buffered.peek(1))
        finally:
            self._reader.probe = None
        if arrived:
            return True
        if self._reader.peer_closed or wait >= self.server.limits.keep_alive_timeout:
            self.close_connection = True
        else:
            self.parked = True
        return False

    def handle_one_request(self) -> None:
        # Set before parsing, for an answer to a request cut before its request line.
        self.command, self.requestline, self.request_version = "", "", self.protocol_version
        self._reader.await_request()
        try:
            super().handle_one_request()  # turns a TimeoutError into a closed connection
        except ConnectionError as error:  # reset or broken pipe: the peer hung up
            _log.debug("%s: the peer hung up: %r", self.address_string(), error)
            self.close_connection = True
            return
        if self._reader.timed_out == "request":
            with contextlib.suppress(OSError):
                self.send_error(408, "Request Timeout", "the request was not sent in time")

    def handle_expect_100(self) -> bool:
        """Refuse an announced body that is too large before inviting the client to send it."""
        try:
            body_length(self.headers, self.server.limits.max_body_bytes)
        except BodyError as error:
            self._refuse_body(error, unquote(urlsplit(self.path).path))
            return False
        return super().handle_expect_100()

    def do_GET(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def _handle(self) -> None:
        url = urlsplit(self.path)
        query: dict[str, str] = {}
        for name, value in parse_qsl(url.query, keep_blank_values=True):
            query.setdefault(name, value)
        headers = {name.lower(): value for name, value in self.headers.items()}
        path = unquote(url.path)
        max_bytes = self.server.limits.max_body_bytes
        try:
            body = read_body(self.rfile, body_length(self.headers, max_bytes), max_bytes)
        except BodyError as error:
            self._refuse_body(error, path)
            return
        self._reader.request_read()  # a long poll may now wait: that is not reading
        if path.startswith(CONTROL_PREFIX):
            self._answer(self._control(path, body), path)
            return
        request = SimRequest(self.command, path, query, headers, body)
        outcome = self.server.simulator._handle_blocking(request, self._peer_still_there)
        if outcome is None:  # the peer hung up during a held poll: its event stays queued
            _log.debug("%s %s -> the peer hung up before the answer", self.command, path)
            self.close_connection = True
            return
        if isinstance(outcome, Fault):
            if outcome.error is not None:  # a transport failure: hang up without answering
                _log.info("%s %s -> connection closed (injected fault)", self.command, path)
                self.close_connection = True
                return
            outcome = outcome.response()
        self._answer(outcome, path)

    def _peer_still_there(self) -> bool:
        """Whether the peer of a held poll is still connected (asked under the core's lock,
        so it must not block: a peek with the socket made non-blocking for a moment)."""
        timeout = self.connection.gettimeout()
        try:
            return not hung_up(self.connection)
        finally:
            with contextlib.suppress(OSError):
                self.connection.settimeout(timeout)

    def _control(self, path: str, body: bytes) -> SimResponse:
        """The control endpoint's answer; 404 unless it is on and the client is local."""
        control = self.server.control
        if control is None or not is_loopback(self.client_address[0]):
            return ControlEndpoint.off()
        return control.handle(self.command, path, body)

    def _refuse_body(self, error: BodyError, path: str) -> None:
        """Answer a body refused unread (or half read) and hang up: the rest of it, if any,
        is still on the connection."""
        if path.startswith(CONTROL_PREFIX):
            answer = ControlEndpoint.refused(error.status, error.reason)
        else:
            answer = text_response(error.status, error.reason)
        self.close_connection = True
        self._answer(answer, path)

    def _answer(self, outcome: SimResponse, path: str) -> None:
        # The request log of ``-v``: method, path (no query, no headers: never a Guid),
        # status and retcode.
        _log.info(
            "%s %s -> %s%s",
            self.command,
            path,
            outcome.status,
            f" retcode {outcome.retcode}" if outcome.retcode else "",
        )
        self.send_response(outcome.status)
        for name, value in outcome.headers:
            self.send_header(name, value)
        if not any(name.lower() == "content-length" for name, _ in outcome.headers):
            self.send_header("Content-Length", str(len(outcome.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if outcome.chunks is None:
            self.wfile.write(outcome.body)
            return
        self._stream(outcome.chunks, path)

    def _stream(self, chunks: Iterable[bytes], path: str) -> None:
        """Write a streamed body chunk by chunk (the core's lock is not held: the chunks
        touch no shared state); a ConnectionCut hangs up part-way, as a broken link would."""
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()
        except ConnectionCut:
            _log.info("%s %s -> connection cut mid-body (scripted fault)", self.command, path)
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)


class SimulatorServer:
    """A running HTTP server that serves a simulator; ``url`` is ``http://host:port``.

    Give ``url`` to any client as the gateway's address (the API lives under
    ``/agentgateway/resource``). Requests are served on threads (a connection waiting for
    its next request holds none); ``close()`` (or leaving a ``with`` block) stops the
    server. With ``control=True``, loopback clients can script the simulator through
    ``/__sim__/`` (see ``_control``). Each request is logged at INFO on the
    ``cec_agentgateway.simulator`` logger (method, path, status, retcode).

    What a peer may take or send (see ``_limits``), keyword arguments with their defaults:

    * ``read_timeout`` (5 s): longest silence while a request is read or an answer written;
    * ``request_timeout`` (10 s): longest a request may take to arrive, from its first byte
      to the end of its body (a peer dripping bytes is cut too; it gets 408);
    * ``keep_alive_timeout`` (15 s): how long a connection may wait between requests (the
      client's pool keeps idle connections 5 s);
    * ``max_connections`` (2,048, or half the descriptor limit when lower): connections
      open at once, idle or not; beyond it a connection is answered 503 unread. A thread
      serves a connection only while it has a request (a long poll included): one idle
      for ``_HOT_WAIT`` waits without one;
    * ``max_body_bytes`` (1 MiB): a larger body is refused with 413, unread.

    None of them cuts a long poll that the simulator holds for ``poll_wait``: that is the
    server's wait, not the peer's. Bad framing (a negative or non-numeric Content-Length,
    a broken chunk) is answered 400; a peer that hangs up is logged at DEBUG only.
    """

    def __init__(
        self,
        simulator: GatewayCore,
        host: str,
        port: int,
        *,
        control: bool = False,
        commands: Callable[[str], str] | None = None,
        read_timeout: float = 5.0,
        request_timeout: float = 10.0,
        keep_alive_timeout: float = 15.0,
        max_connections: int | None = None,
        max_body_bytes: int = 1024 * 1024,
    ) -> None:
        limits = ServerLimits(
            read_timeout=read_timeout,
            request_timeout=request_timeout,
            keep_alive_timeout=keep_alive_timeout,
            max_connections=default_max_connections()
            if max_connections is None
            else max_connections,
            max_body_bytes=max_body_bytes,
        )
        endpoint = ControlEndpoint(simulator, commands) if control else None
        self._server = _Server((host, port), simulator, endpoint, limits)
        bound_host, bound_port = self._server.server_address[:2]
        if isinstance(bound_host, bytes):
            bound_host = bound_host.decode()
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="cec-agentgateway-simulator",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        """Stop serving and release the port. Polls still waiting are answered in time;
        idle keep-alive connections are closed."""
        self._server.shutdown()
        self._server.hang_up_idle()
        self._server.server_close()
        self._thread.join()

    def kill(self) -> None:
        """Stop like a crashed gateway: release the port and cut every open connection
        (keep-alive ones included), so clients see the gateway gone at once."""
        self._server.shutdown()
        self._server.server_close()
        self._server.drop_all()
        self._thread.join()

    def __enter__(self) -> SimulatorServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SimulatorServer({self.url!r})"
