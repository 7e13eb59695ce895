"""A plain-HTTP server in front of the simulated gateway, for other languages and manual tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from ._control import ControlEndpoint
from ._http import Server
from ._limits import ServerLimits, default_max_connections

if TYPE_CHECKING:
    from ._core import GatewayCore

__all__ = ["SimulatorServer"]


class SimulatorServer:
    """A running HTTP server that serves a simulator; ``url`` is ``http://host:port``.

    Give ``url`` to any client as the gateway's address (the API lives under
    ``/agentgateway/resource``). Requests are served on threads (a connection waiting for
    its next request holds none, nor does a long poll waiting for an event: see
    ``_holding``); ``close()`` (or leaving a ``with`` block) stops the
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
      serves a connection only while a request is read or answered (a held long poll has
      none): one idle for ``_HOT_WAIT`` waits without one;
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
        self._server = Server((host, port), simulator, endpoint, limits)
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

    @property
    def open_connections(self) -> int:
        """Connections open now (served, parked or with a held poll), e.g. to wait until
        the clients of a test or a benchmark are all gone."""
        with self._server._open_lock:
            return len(self._server._open)

    @property
    def held_polls(self) -> int:
        """Long polls waiting now for an event or for their wait to end."""
        return self._server.holder.held

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
