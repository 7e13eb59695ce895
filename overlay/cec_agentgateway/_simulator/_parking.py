"""Keep-alive connections waiting for their next request: one selector, no thread each.

Part of the HTTP server (``_server.py``); it knows the server and its request handlers only
through the two protocols below.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import selectors
import socket
import threading
import time
from typing import Any, Generic, Protocol, TypeVar

from ._limits import ServerLimits

__all__ = ["Parked", "Parking", "ParkingHost", "hung_up"]

_log = logging.getLogger("cec_agentgateway.simulator")


class Parked(Protocol):
    """A request handler whose connection may be parked."""

    connection: socket.socket
    parking: int | None
    idle_since: float
    client_address: Any


H = TypeVar("H", bound=Parked)
H_in = TypeVar("H_in", bound=Parked, contravariant=True)


class ParkingHost(Protocol[H_in]):
    """The server: its limits, and what to do with a connection leaving the parking."""

    limits: ServerLimits

    def resume(self, handler: H_in) -> None: ...

    def hang_up(self, handler: H_in) -> None: ...


class Parking(Generic[H]):
    """Connections waiting for their next request, all in one selector, without a thread.

    A connection is parked when it is new and when no request followed its last answer
    within ``_HOT_WAIT``. Once it is readable (a request, or the peer hanging up) it is
    served again on a new thread (``ParkingHost.resume``); after ``keep_alive_timeout`` idle it
    is closed. So an idle connection costs a descriptor, not a thread, and peers hanging up
    together are seen by this one thread: thousands of threads woken at once take seconds
    to end on CPython, where each waits its turn for the GIL.
    """

    def __init__(self, server: ParkingHost[H]) -> None:
        self._server = server
        self._selector = selectors.DefaultSelector()
        self._wake_up, self._waker = socket.socketpair()
        self._wake_up.setblocking(False)
        self._waker.setblocking(False)  # full: a wake-up is pending already
        self._selector.register(self._wake_up, selectors.EVENT_READ)
        self._lock = threading.Lock()
        self._arriving: list[H] = []
        # When each parking ends, a heap of (due, parking number); the handlers by parking
        # number, while parked (the heap keeps no handler alive once it is served again).
        self._expiry: list[tuple[float, int]] = []
        self._parked: dict[int, H] = {}
        self._parkings = itertools.count()
        self._closed = False
        self._thread = threading.Thread(
            target=self._run, name="cec-agentgateway-simulator-parking", daemon=True
        )
        self._thread.start()

    def park(self, handler: H) -> None:
        with self._lock:
            closed = self._closed
            if not closed:
                self._arriving.append(handler)
        if closed:  # the server is closing: no more waiting
            self._server.hang_up(handler)
            return
        with contextlib.suppress(OSError):
            self._waker.send(b"\0")

    def _run(self) -> None:
        while True:
            timeout = max(0.0, self._expiry[0][0] - time.monotonic()) if self._expiry else None
            ready = self._selector.select(timeout)
            with self._lock:
                if self._closed:
                    return
                arriving, self._arriving = self._arriving, []
            try:
                self._serve_ready(ready)
                self._register(arriving)
                self._expire()
            except Exception:  # a bug; parking must go on, or no connection is served again
                _log.error("parking connections failed", exc_info=True)
            # Not kept while the next select waits (which may be long): the keys of the
            # connections just served or hung up hold their handlers and buffers.
            del ready, arriving

    def _serve_ready(self, ready: list[tuple[selectors.SelectorKey, int]]) -> None:
        for key, _ in ready:
            handler = key.data
            if handler is None:  # woken up: connections arriving
                with contextlib.suppress(OSError):
                    self._wake_up.recv(4096)
                continue
            self._selector.unregister(key.fileobj)
            self._parked.pop(handler.parking, None)
            handler.parking = None
            if hung_up(handler.connection):  # closed here: no thread to learn it
                self._server.hang_up(handler)
            else:
                self._server.resume(handler)

    def _register(self, arriving: list[H]) -> None:
        keep_alive = self._server.limits.keep_alive_timeout
        for handler in arriving:
            try:
                self._selector.register(handler.connection, selectors.EVENT_READ, handler)
            except (OSError, ValueError):  # closed meanwhile (kill)
                self._server.hang_up(handler)
                continue
            handler.parking = next(self._parkings)
            self._parked[handler.parking] = handler
            heapq.heappush(self._expiry, (handler.idle_since + keep_alive, handler.parking))
        if len(self._expiry) > 2 * len(self._parked) + 64:  # mostly parkings that ended
            self._expiry = [entry for entry in self._expiry if entry[1] in self._parked]
            heapq.heapify(self._expiry)

    def _expire(self) -> None:
        now = time.monotonic()
        while self._expiry and self._expiry[0][0] <= now:
            _, parking = heapq.heappop(self._expiry)
            handler = self._parked.pop(parking, None)
            if handler is not None:  # parked all along since: idle too long
                _log.debug("%s: keep-alive connection closed", handler.client_address[0])
                self._selector.unregister(handler.connection)
                handler.parking = None
                self._server.hang_up(handler)

    def close(self) -> None:
        """Stop parking; close the connections parked or arriving."""
        with self._lock:
            self._closed = True
            arriving, self._arriving = self._arriving, []
        with contextlib.suppress(OSError):
            self._waker.send(b"\0")
        self._thread.join()
        for handler in [*self._parked.values(), *arriving]:
            self._server.hang_up(handler)
        self._parked.clear()
        self._selector.close()
        self._wake_up.close()
        self._waker.close()


def hung_up(connection: socket.socket) -> bool:
    """Whether a readable connection is readable because its peer closed (or reset) it."""
    try:
        connection.settimeout(0.0)  # readable: a peek answers at once
        return not connection.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return False
    except OSError:
        return True
