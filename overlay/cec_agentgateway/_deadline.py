"""A call's deadline, enforced on every socket operation of the blocking transport.

httpx's timeouts apply to each network operation: a gateway (or proxy) that drips a byte a
second never trips a 10 s read timeout, so a call could last forever. The runner puts the
time a call must be done by in a context variable; the network backend below shortens every
connect, read and write to what is left of it, and fails at once when nothing is left.
(``AsyncAgentGateway`` bounds calls with ``asyncio.timeout`` instead, for any transport.)
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._lazy import LazyModule

if TYPE_CHECKING:
    import httpcore
else:
    httpcore = LazyModule("httpcore")  # imported on first use (see _lazy)

__all__ = ["deadline_scope", "enforce_deadlines"]

_ENDS: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "cec_agentgateway_deadline", default=None
)


class deadline_scope:
    """Network operations in this block must finish by ``ends`` (``time.monotonic``).

    A plain class rather than ``contextlib.contextmanager``: it runs around every request,
    and a generator-based manager costs several microseconds per use.
    """

    __slots__ = ("_ends", "_token")

    def __init__(self, ends: float | None) -> None:
        self._ends = ends

    def __enter__(self) -> None:
        self._token = _ENDS.set(self._ends)

    def __exit__(self, *exc_info: object) -> None:
        _ENDS.reset(self._token)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    ends = _ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> _Stream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def enforce_deadlines(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    """Make ``transport`` (one the gateway created) honour the calls' deadlines."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if hasattr(backend, "connect_tcp") and not isinstance(backend, _Backend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return transport
