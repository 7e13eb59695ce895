"""A plain-HTTP server in front of the simulated gateway, for other languages and manual tests."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ._control import CONTROL_PREFIX, ControlEndpoint, is_loopback
from ._faults import Fault
from ._wire import SimRequest, SimResponse

if TYPE_CHECKING:
    from ._core import GatewayCore

__all__ = ["SimulatorServer"]

_log = logging.getLogger("cec_agentgateway.simulator")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The listen backlog (socketserver's default is 5): a burst of 1,000 clients connecting
    # at once must queue, not be refused or dropped to SYN retries. The kernel caps it at
    # net.core.somaxconn.
    request_queue_size = 4096

    def __init__(
        self,
        address: tuple[str, int],
        simulator: GatewayCore,
        control: ControlEndpoint | None,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.simulator = simulator
        self.control = control
        self._open: set[socket.socket] = set()  # connections being served (see drop_all)
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_all(self) -> None:
        """Cut every open connection, as a gateway that crashed would."""
        with self._open_lock:
            open_connections = list(self._open)
        for connection in open_connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    """Turns each HTTP request into a SimRequest and writes the simulator's answer."""

    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, so clients can reuse pooled connections
    disable_nagle_algorithm = True  # headers and body are written apart: don't delay the body

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
        if path.startswith(CONTROL_PREFIX):
            self._answer(self._control(path), path)
            return
        request = SimRequest(self.command, path, query, headers, self._body())
        outcome = self.server.simulator._handle_blocking(request)
        if isinstance(outcome, Fault):
            if outcome.error is not None:  # a transport failure: hang up without answering
                _log.info("%s %s -> connection closed (injected fault)", self.command, path)
                self.close_connection = True
                return
            outcome = outcome.response()
        self._answer(outcome, path)

    def _control(self, path: str) -> SimResponse:
        """The control endpoint's answer; 404 unless it is on and the client is local."""
        body = self._body()
        control = self.server.control
        if control is None or not is_loopback(self.client_address[0]):
            return ControlEndpoint.off()
        return control.handle(self.command, path, body)

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
        self.send_header("Content-Length", str(len(outcome.body)))
        self.end_headers()
        self.wfile.write(outcome.body)

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._chunked_body()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _chunked_body(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s " + format, self.address_string(), *args)


class SimulatorServer:
    """A running HTTP server that serves a simulator; ``url`` is ``http://host:port``.

    Give ``url`` to any client as the gateway's address (the API lives under
    ``/agentgateway/resource``). Requests are served on threads; ``close()`` (or leaving a
    ``with`` block) stops the server. With ``control=True``, loopback clients can script
    the simulator through ``/__sim__/`` (see ``_control``). Each request is logged at INFO
    on the ``cec_agentgateway.simulator`` logger (method, path, status, retcode).
    """

    def __init__(
        self,
        simulator: GatewayCore,
        host: str,
        port: int,
        *,
        control: bool = False,
        commands: Callable[[str], str] | None = None,
    ) -> None:
        endpoint = ControlEndpoint(simulator, commands) if control else None
        self._server = _Server((host, port), simulator, endpoint)
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
        """Stop serving and release the port. Polls still waiting are answered in time."""
        self._server.shutdown()
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
