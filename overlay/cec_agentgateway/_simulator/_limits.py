"""What the loopback server allows a peer: how long it may take, how much it may send.

The server (``_server``) reads every request through a :class:`RequestReader`, which gives
each ``recv`` a timeout: ``keep_alive_timeout`` while the connection waits for a request,
then at most ``read_timeout`` of silence and ``request_timeout`` in all, from the request's
first byte to the end of its body, so a peer that drips one byte a second is cut too. A
long poll held by the simulator is not reading: no timeout of this module runs meanwhile.
Bodies are framed by :func:`body_length` and read by :func:`read_body` within
``max_body_bytes``; :func:`json_too_deep` guards the control endpoint's JSON decoder.
"""

from __future__ import annotations

import io
import re
import socket
import time
from dataclasses import dataclass, field
from email.message import Message
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "MAX_JSON_DEPTH",
    "BodyError",
    "RequestReader",
    "ServerLimits",
    "body_length",
    "default_max_connections",
    "json_too_deep",
    "read_body",
]

#: Nesting allowed in a control body: the scenario API's bodies nest a few levels (an event's
#: content); far below the decoder's recursion limit (about 1,000) and the encoder's.
MAX_JSON_DEPTH = 64

_DIGITS = re.compile(r"[0-9]+")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_MAX_LINE = 4096  # a chunk-size line or a trailer line
_MAX_TRAILERS = 100  # as http.server's limit on header lines


def default_max_connections() -> int:
    """2,048 connections, or half the process's file-descriptor limit when that is lower.

    A connection is a descriptor, and a thread while one of its requests is read or
    answered (a long poll waiting for an event holds none: ``_holding``). 2,048 leaves room
    for the benchmark's 1,000 long-polling sessions plus the client's pool of 100 for calls,
    twice over; ``scripts/scale`` passes ``--max-connections`` for 5,000. Staying below the
    descriptor limit keeps ``accept`` from failing with EMFILE (the accept loop would then
    spin at full CPU): the other half is left to the process and to the connections being
    refused.
    """
    try:
        import resource
    except ImportError:  # not on Unix
        return 2048
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 2048
    return max(1, min(2048, soft // 2))


@dataclass(frozen=True)
class ServerLimits:
    """Timeouts (seconds) and bounds of the loopback server; see ``SimulatorServer``."""

    read_timeout: float = 5.0
    request_timeout: float = 10.0
    keep_alive_timeout: float = 15.0
    max_connections: int = field(default_factory=default_max_connections)
    max_body_bytes: int = 1024 * 1024

    def __post_init__(self) -> None:
        for name in ("read_timeout", "request_timeout", "keep_alive_timeout"):
            if not getattr(self, name) > 0:  # also refuses nan
                raise ValueError(f"{name} must be more than 0 seconds")
        if self.max_connections < 1:
            raise ValueError("max_connections must be 1 or more")
        if self.max_body_bytes < 0:
            raise ValueError("max_body_bytes must be 0 or more")


class RequestReader(io.RawIOBase):
    """A connection's incoming bytes, each ``recv`` under the limits' timeouts.

    :meth:`await_request` before each request; the first byte of the request starts its
    ``request_timeout``; :meth:`request_read` once its body is in. ``timed_out`` says
    which wait expired: ``"idle"`` (no request came) or ``"request"`` (one was cut).
    While ``probe`` is set (seconds), a read waits that long at most and returns None when
    nothing came (a buffered reader's ``peek`` then answers ``b""``); ``peer_closed`` tells
    that from the peer having hung up.
    """

    def __init__(self, connection: socket.socket, limits: ServerLimits) -> None:
        super().__init__()
        self._connection = connection
        self._limits = limits
        self._deadline: float | None = None
        self.idle = True  # waiting for a request: nothing would be lost by hanging up
        self.timed_out: Literal["idle", "request"] | None = None
        self.probe: float | None = None
        self.peer_closed = False

    def readable(self) -> bool:
        return True

    def await_request(self) -> None:
        self._deadline = None
        self.idle = True
        self.timed_out = None

    def request_read(self) -> None:
        """The request is in: what follows (the simulator's answer) is not reading."""
        self._deadline = None
        self.idle = False
        self._connection.settimeout(self._limits.read_timeout)  # for writing the answer

    def readinto(self, buffer: WriteableBuffer) -> int | None:
        if self.probe is not None:
            self._connection.settimeout(self.probe)
            try:
                received = self._connection.recv_into(buffer)
            except TimeoutError:
                return None
            self.peer_closed = not received
            return received
        limits = self._limits
        if self.idle:
            timeout = limits.keep_alive_timeout
        else:
            if self._deadline is None:  # read after request_read(): bounded all the same
                self._deadline = time.monotonic() + limits.request_timeout
            timeout = min(limits.read_timeout, self._deadline - time.monotonic())
            if timeout <= 0:
                self.timed_out = "request"
                raise TimeoutError(f"the request took more than {limits.request_timeout} s")
        self._connection.settimeout(timeout)
        try:
            received = self._connection.recv_into(buffer)
        except TimeoutError:
            self.timed_out = "idle" if self.idle else "request"
            raise
        if received and self.idle:
            self.idle = False
            self._deadline = time.monotonic() + limits.request_timeout
        return received


class BodyError(Exception):
    """A request body refused before (or while) reading it: answer ``status`` and hang up."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def body_length(headers: Message, max_bytes: int) -> int | None:
    """The body's announced length, None when chunked; checked without reading it.

    Refused: a Content-Length that is not a plain decimal (negative, signed, ``1e3``) or
    lists different values, one above ``max_bytes`` (413), a Transfer-Encoding other than
    ``chunked`` and a request with both (RFC 9112 allows rejecting it: request smuggling).
    """
    encodings = headers.get_all("Transfer-Encoding") or []
    lengths = headers.get_all("Content-Length") or []
    if encodings:
        codings = [c.strip().lower() for value in encodings for c in value.split(",")]
        if codings != ["chunked"]:
            raise BodyError(400, "unsupported Transfer-Encoding (only chunked is read)")
        if lengths:
            raise BodyError(400, "Content-Length and Transfer-Encoding together")
        return None
    values = {v.strip() for value in lengths for v in value.split(",")}
    if not values:
        return 0
    if len(values) > 1:
        raise BodyError(400, "conflicting Content-Length values")
    (value,) = values
    if not _DIGITS.fullmatch(value):
        raise BodyError(400, f"bad Content-Length {value[:40]!r}")
    digits = value.lstrip("0")
    if len(digits) > len(str(max_bytes)) or int(digits or "0") > max_bytes:
        raise BodyError(413, f"the body is larger than {max_bytes} bytes")
    return int(digits or "0")


def read_body(stream: io.BufferedIOBase, length: int | None, max_bytes: int) -> bytes:
    """The body framed by :func:`body_length` (``None``: chunked), at most ``max_bytes``."""
    if length is None:
        return _read_chunked(stream, max_bytes)
    body = stream.read(length) if length else b""
    if len(body) < length:
        raise BodyError(400, "the body ended before its Content-Length")
    return body


def _read_chunked(stream: io.BufferedIOBase, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        size_line = _line(stream, "chunk size")
        size_text = size_line.split(b";", 1)[0].strip()
        if not _CHUNK_SIZE.fullmatch(size_text):
            raise BodyError(400, "bad chunk size")
        size = int(size_text, 16)
        if size == 0:
            break
        total += size
        if total > max_bytes:
            raise BodyError(413, f"the body is larger than {max_bytes} bytes")
        chunk = stream.read(size)
        if len(chunk) < size:
            raise BodyError(400, "the body ended inside a chunk")
        chunks.append(chunk)
        if _line(stream, "chunk end").strip():
            raise BodyError(400, "a chunk longer than its size")
    for _ in range(_MAX_TRAILERS):
        if not _line(stream, "trailer").strip():
            return b"".join(chunks)
    raise BodyError(400, "too many trailer lines")


def _line(stream: io.BufferedIOBase, what: str) -> bytes:
    line = stream.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE:
        raise BodyError(400, f"{what} line too long")
    if not line.endswith(b"\n"):
        raise BodyError(400, "the body ended early")
    return line


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_JSON_BRACKET = re.compile(rb"[\[\]{}]")


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether ``body`` nests arrays and objects more than ``limit`` levels deep.

    Checked before ``json.loads``, whose recursion would otherwise meet a body nested
    100,000 levels deep with RecursionError (and a decoded body nested just below the
    limit would fail later, when an answer containing it is encoded). Brackets inside
    strings do not count; a body that is not JSON at all is left to the decoder.
    """
    depth = 0
    for bracket in _JSON_BRACKET.finditer(_JSON_STRING.sub(b"", body)):
        if bracket.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False
