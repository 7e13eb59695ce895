"""The HTTP machinery of ``SimulatorServer`` (``_server``): the accepting server and the
request handler, with the parking of idle connections and the holding of long polls."""

from __future__ import annotations

import contextlib
import io
import logging
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ._control import CONTROL_PREFIX, ControlEndpoint, is_loopback
from ._faults import Fault
from ._holding import HeldPoll, PollHolder
from ._limits import (
    BodyError,
    RequestReader,
    ServerLimits,
    body_length,
    read_body,
)
from ._parking import Parking, hung_up
from ._wire import ConnectionCut, SimRequest, SimResponse, text_response

if TYPE_CHECKING:
    from ._core import GatewayCore, Outcome

__all__ = ["Server"]

_log = logging.getLogger("cec_agentgateway.simulator")


class Server(HTTPServer):
    """Accepts connections and serves each request on a thread of its own; a connection
    waiting for its next request waits in ``Parking`` (_parking.py), and one whose poll is
    held in ``PollHolder`` (_holding.py), both without a thread."""

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
        self.holder = PollHolder(simulator)
        self.hot_waiting = 0  # threads waiting _HOT_WAIT for a next request (see _MAX_HOT)

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
        handler.serving = True
        try:
            handler.handle()
        except Exception:
            handler.parked = handler.held = False
            self.handle_error(handler.request, handler.client_address)
        with handler.hold_lock:  # a held poll's answer may have come meanwhile (deliver)
            handler.serving = False
            answered, handler.answered = handler.answered, None
        if handler.held:
            if answered is not None:
                self._answer_held(handler, answered[0])
            return  # the holder delivers the answer
        self._after(handler)

    def deliver(self, handler: _Handler, outcome: Outcome | None) -> None:
        """A held poll's answer (on the holder's pool): written now, or by the thread still
        finishing the request (``_serve``)."""
        with handler.hold_lock:
            if handler.serving:
                handler.answered = (outcome,)
                return
        self._answer_held(handler, outcome)

    def _answer_held(self, handler: _Handler, outcome: Outcome | None) -> None:
        try:
            handler.answer_held(outcome)
        except Exception:
            handler.parked = False
            self.handle_error(handler.request, handler.client_address)
        self._after(handler)

    def _after(self, handler: _Handler) -> None:
        """Park a connection that may serve another request, close the others."""
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
        self.holder.close()
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
_LINGER = 1.0  # seconds a refused socket stays open after its 503 (see Server._refuse)
_MAX_LINGERING = 256  # refused sockets held at once; the oldest is closed beyond that
# How long a thread that answered waits for the connection's next request before parking
# it: a client polling every 0.2 s (the client's default) keeps its thread. At most
# _MAX_HOT threads wait so at once; beyond that a connection is parked at once.
_HOT_WAIT = 0.5
_MAX_HOT = 64


class _Handler(BaseHTTPRequestHandler):
    """Turns each HTTP request into a SimRequest and writes the simulator's answer."""

    server: Server
    protocol_version = "HTTP/1.1"  # keep-alive, so clients can reuse pooled connections
    disable_nagle_algorithm = True  # headers and body are written apart: don't delay the body

    def __init__(self, request: socket.socket, client_address: Any, server: Server) -> None:
        # Not BaseRequestHandler's constructor, which serves the connection to its end: a
        # connection is served while requests come (handle), parked in between.
        self.request = request
        self.client_address = client_address
        self.server = server
        self.parked = False
        self.parking: int | None = None  # its number while it waits in Parking
        self.held = False  # its poll is held by the PollHolder (see Server.deliver)
        self.serving = False
        self.answered: tuple[Outcome | None] | None = None
        self.hold_lock = threading.Lock()
        self._held_path = ""
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
        self.parked = self.held = False
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection and not self.held and self._next_request_soon():
            self.handle_one_request()

    def answer_held(self, outcome: Outcome | None) -> None:
        """Write a held poll's answer; ``parked`` when the connection may go on."""
        self.held = False
        self._respond(outcome, self._held_path)
        self.wfile.flush()
        self.parked = not self.close_connection
        if self.parked:
            self.idle_since = time.monotonic()
            self._reader.await_request()

    def _next_request_soon(self) -> bool:
        """Whether the next request arrives within ``_HOT_WAIT`` (this thread serves it);
        if not, the connection is to be parked, or closed once the peer hung up or its
        keep-alive time is over."""
        self.idle_since = time.monotonic()
        self._reader.await_request()
        server = self.server
        wait = min(_HOT_WAIT, server.limits.keep_alive_timeout)
        with server._open_lock:
            hot = server.hot_waiting < _MAX_HOT
            server.hot_waiting += hot
        if not hot:  # enough threads wait already: this connection waits parked
            self.parked = True
            return False
        self._reader.probe = wait
        try:
            arrived = bool(self._buffered.peek(1))
        finally:
            self._reader.probe = None
            with server._open_lock:
                server.hot_waiting -= 1
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
        outcome = self.server.holder.submit(request, self._peer_still_there, self._deliver)
        if isinstance(outcome, HeldPoll):  # no event yet: the connection waits in the holder
            self.held, self._held_path = True, path
            return
        self._respond(outcome, path)

    def _deliver(self, outcome: Outcome | None) -> None:
        self.server.deliver(self, outcome)

    def _respond(self, outcome: Outcome | None, path: str) -> None:
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
