"""PushReceiver: the endpoint a push-mode gateway POSTs an agent's events to (page cec_07_1275).

An agent signed in with ``callBackUri`` and ``serviceToken`` gets its events POSTed to that
URI as ``{"workNo": ..., "eventList": [...]}``, oldest first, with the token in the
``service_token`` header; the gateway expects ``{"message": "success", "retcode": "0"}``.
Without that answer it pushes again every ``EVENT_PUSH_FAIL_INTERVALTIME`` (10 s) and, after
``EVENT_PUSH_FAIL_TOTALTIME`` (120 s) of failures, signs the agent out (page cec_05_40130).

:class:`PushReceiver` is one pure ASGI application (no framework needed), with a WSGI form
(:meth:`PushReceiver.wsgi`). It checks the token in constant time, refuses everything else
without telling why (401 before anything else is looked at), limits the body size, decodes
``eventList`` into the same :class:`Event` objects polling yields, drops what a re-sent batch
repeats, and hands the events, in order, to sinks (objects with ``apply(event)``, such as the
live agent model) and to an ``on_events(agent_id, events)`` callback. The client core does
not import this module.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeAlias, runtime_checkable

from ._errors import RequestValidationError
from ._events import Event, decode_event
from ._json import loads as json_loads
from ._secrets import remember, secrets_changed

__all__ = [
    "ACKNOWLEDGEMENT",
    "EventSink",
    "OnEvents",
    "PushReceiver",
    "PushStats",
    "TokenSource",
]

logger = logging.getLogger("cec_agentgateway")

#: The body the gateway expects back for a batch it may forget (page cec_07_1275).
ACKNOWLEDGEMENT: bytes = b'{"message":"success","retcode":"0"}'

#: The header the gateway carries the sign-in's ``serviceToken`` in.
TOKEN_HEADER = "service_token"

_MAX_TOKEN = 50  # SignInOptions.serviceToken: maxLength 50, letters and digits only
_DEFAULT_MAX_BODY = 1024 * 1024
_DEFAULT_RETRY_WINDOW = 150.0  # the gateway gives up after 120 s of failed pushes
_DEFAULT_MAX_AGENTS = 10_000

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]
StartResponse: TypeAlias = Callable[..., Any]

#: The accepted token(s), or a function giving the ones accepted now (for rotation).
TokenSource: TypeAlias = "str | Sequence[str] | Callable[[], str | Sequence[str]]"
#: ``on_events(agent_id, events)``: a plain function, or (ASGI only) a coroutine function.
OnEvents: TypeAlias = Callable[[str, list[Event]], "Awaitable[None] | None"]


@runtime_checkable
class EventSink(Protocol):
    """Anything that takes events one at a time, such as the live agent model."""

    def apply(self, event: Event) -> None: ...


@dataclass(frozen=True, slots=True)
class PushStats:
    """What the receiver has seen: batches acknowledged, events handed on, events dropped
    as repeats of a re-sent batch, requests refused (any 4xx), batches that a sink failed."""

    batches: int = 0
    events: int = 0
    duplicates: int = 0
    refused: int = 0
    failed: int = 0


@dataclass
class _Latest:
    """The latest batch of one agent: its events' fingerprints and how far it got."""

    hashes: list[bytes]
    at: float
    applied: int = 0  # events every sink has taken
    partial: set[int] = field(default_factory=set)  # sinks that took event ``applied``
    announced: int = 0  # events handed to on_events


class _Refused(Exception):
    def __init__(self, status: int, message: str, headers: Sequence[tuple[bytes, bytes]] = ()):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = list(headers)


class _SinkFailed(Exception):
    pass


def _answer(message: str, retcode: str) -> bytes:
    return json.dumps({"message": message, "retcode": retcode}).encode()


_HEADERS = [(b"content-type", b"application/json;charset=UTF-8")]


def _check_token(value: object, *, argument: str = "token") -> bytes:
    if not isinstance(value, str):
        raise RequestValidationError("serviceToken", "must be a string", argument=argument)
    if not value or len(value) > _MAX_TOKEN or not (value.isascii() and value.isalnum()):
        raise RequestValidationError(
            "serviceToken", "must be 1 to 50 letters and digits", argument=argument
        )
    return value.encode()


def _tokens_of(value: str | Sequence[str]) -> list[bytes]:
    if isinstance(value, str):
        return [_check_token(value)]
    if not isinstance(value, Sequence):
        raise RequestValidationError("serviceToken", "must be a string", argument="token")
    return [_check_token(t) for t in value]


def _fingerprint(item: object) -> bytes:
    text = json.dumps(item, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _json_content_type(value: str) -> bool:
    kind, _, params = value.partition(";")
    if kind.strip().lower() != "application/json":
        return False
    for param in params.split(";"):
        name, _, charset = param.partition("=")
        if name.strip().lower() == "charset" and charset.strip().strip('"').lower() not in (
            "utf-8",
            "utf8",
        ):
            return False
    return True


def _parse(body: bytes) -> tuple[str, list[Any]]:
    """The batch's agent ID and its raw events, or _Refused(400)."""
    try:
        batch = json_loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Refused(400, "the body is not JSON") from None
    if not isinstance(batch, dict):
        raise _Refused(400, "the body is not a JSON object")
    work_no = batch.get("workNo")
    if isinstance(work_no, bool) or not isinstance(work_no, str | int) or work_no == "":
        raise _Refused(400, "workNo is missing or not an agent ID")
    items = batch.get("eventList")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise _Refused(400, "eventList is missing or not a list of event objects")
    return str(work_no), items


class PushReceiver:
    """The push-mode receiver: an ASGI application (call it), and :meth:`wsgi`.

    Args:
        token: the ``serviceToken`` the agents signed in with (1-50 letters and digits), a
            sequence of them (e.g. the new and the previous one while rotating), or a function
            returning the ones accepted now (called for every request).
        on_events: called with ``(agent_id, events)`` for each batch's new events, after the
            sinks; under ASGI it may be a coroutine function.
        sink: a default sink, for the agents that have no sink of their own (see
            :meth:`add_sink`).
        path: the only path accepted (after an ASGI ``root_path``); ``"/"`` suits a mount.
        max_body: the largest body accepted, in bytes (413 beyond).
        retry_window: seconds during which a batch that repeats the agent's latest one
            counts as the gateway's re-send (the gateway gives up after 120 s).
        max_agents: how many agents' latest batches are kept (the least recent go first).
        clock: seconds, monotonic (for tests).

    Re-sends: a batch whose events start with all the events of the agent's latest batch,
    within ``retry_window`` of it, is the gateway pushing that batch again (it got no
    acknowledgement), perhaps with newer events after it: only the events not handed on yet
    go to the sinks and the callback. Any other batch is new. Two batches in a row with the
    very same events (``eventGenTime`` included) therefore count as one; gateways that stamp
    ``eventGenTime`` make that impossible in practice.

    A sink or callback that raises fails the batch: the gateway gets a 500 without the
    success retcode and pushes the batch again (every 10 s, signing the agent out after
    120 s of failures). The events handed on before the failure are not handed on again.
    """

    def __init__(
        self,
        token: TokenSource,
        *,
        on_events: OnEvents | None = None,
        sink: EventSink | None = None,
        path: str = "/",
        max_body: int = _DEFAULT_MAX_BODY,
        retry_window: float = _DEFAULT_RETRY_WINDOW,
        max_agents: int = _DEFAULT_MAX_AGENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if callable(token):
            self._token_source: Callable[[], str | Sequence[str]] | None = token
            self._tokens: list[bytes] = []
        else:
            self._token_source = None
            self._tokens = _tokens_of(token)
            if not self._tokens:
                raise RequestValidationError("serviceToken", "no token given", argument="token")
        if on_events is not None and not callable(on_events):
            raise RequestValidationError("on_events", "must be callable")
        if sink is not None and not isinstance(sink, EventSink):
            raise RequestValidationError("sink", "must have an apply(event) method")
        if not isinstance(path, str) or not path.startswith("/"):
            raise RequestValidationError("path", "must be a string starting with /")
        for name, number in (("max_body", max_body), ("max_agents", max_agents)):
            if isinstance(number, bool) or not isinstance(number, int) or number < 1:
                raise RequestValidationError(name, "must be a whole number of at least 1")
        if isinstance(retry_window, bool) or not isinstance(retry_window, int | float):
            raise RequestValidationError("retry_window", "must be a number of seconds")
        if not retry_window >= 0:
            raise RequestValidationError("retry_window", "must be 0 or more seconds")
        self._on_events = on_events
        self._default: list[EventSink] = [] if sink is None else [sink]
        self._sinks: dict[str, list[EventSink]] = {}
        self._path = path.rstrip("/") or "/"
        self._max_body = max_body
        self._retry_window = float(retry_window)
        self._max_agents = max_agents
        self._clock = clock
        self._latest: OrderedDict[str, _Latest] = OrderedDict()
        self._lock = threading.Lock()  # the state; and one batch at a time (order)
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self._stats = PushStats()
        self._seen_tokens: set[bytes] = set()  # given by the token function, or replaced
        self._secret_texts: tuple[str, ...] = tuple(t.decode() for t in self._tokens)
        remember(self)  # the tokens never reach this package's logs

    # ------------------------------------------------------------------ configuration

    def __repr__(self) -> str:
        return f"PushReceiver(path={self._path!r}, agents={len(self._sinks)})"

    def secrets(self) -> list[str]:
        """The tokens accepted so far, for the log filter (never shown anywhere else)."""
        # No lock: the log filter calls this while the receiver may hold it (a sink failed).
        return list(self._secret_texts)

    def _keep_secret(self, tokens: list[bytes]) -> None:  # lock held
        dropped = len(self._seen_tokens) > 64
        if dropped:  # rotation: the oldest may leave the filter
            self._seen_tokens.clear()
        self._seen_tokens.update(tokens)
        texts = {t.decode() for t in (*self._tokens, *self._seen_tokens)}
        self._secret_texts = tuple(texts)
        secrets_changed(*texts, dropped=dropped)

    def set_token(self, token: str | Sequence[str]) -> None:
        """Accept ``token`` (or these tokens) from now on, instead of the ones before."""
        tokens = _tokens_of(token)
        if not tokens:
            raise RequestValidationError("serviceToken", "no token given", argument="token")
        with self._lock:
            self._keep_secret(self._tokens)  # the old ones stay out of the logs too
            self._tokens = tokens
            self._token_source = None
            self._keep_secret(tokens)

    def add_sink(self, sink: EventSink, agent_id: str | None = None) -> None:
        """Hand ``agent_id``'s events to ``sink`` (None: a default sink, for the agents
        with no sink of their own). An agent's sinks get each event in the order added."""
        if not isinstance(sink, EventSink):
            raise RequestValidationError("sink", "must have an apply(event) method")
        with self._lock:
            if agent_id is None:
                self._default.append(sink)
            else:
                self._sinks.setdefault(str(agent_id), []).append(sink)

    def remove_sink(self, sink: EventSink, agent_id: str | None = None) -> None:
        """Stop handing events to ``sink`` (a no-op when it was not added)."""
        with self._lock:
            found = self._default if agent_id is None else self._sinks.get(str(agent_id), [])
            if sink in found:
                found.remove(sink)
            if agent_id is not None and not found:
                self._sinks.pop(str(agent_id), None)

    @property
    def stats(self) -> PushStats:
        with self._lock:
            return self._stats

    def _count(self, **increments: int) -> None:
        with self._lock:
            self._add(**increments)

    def _add(self, **increments: int) -> None:  # lock held
        stats = self._stats
        self._stats = replace(stats, **{k: getattr(stats, k) + v for k, v in increments.items()})

    # ------------------------------------------------------------------ the checks

    def _authorized(self, presented: list[bytes]) -> bool:
        with self._lock:
            source, tokens = self._token_source, self._tokens
        if source is not None:
            try:
                tokens = _tokens_of(source())
            except Exception:
                logger.warning("push receiver: the token function failed or gave a bad token")
                return False
            if set(tokens) - self._seen_tokens:
                with self._lock:
                    self._keep_secret(tokens)  # for the log filter
        if len(presented) != 1:
            return False
        # Digests first: the comparison then takes the same time whatever the lengths.
        offered = hashlib.sha256(presented[0]).digest()
        match = False
        for token in tokens:  # every one compared, none skipped
            match |= hmac.compare_digest(offered, hashlib.sha256(token).digest())
        return match

    def _check_request(
        self, method: str, path: str, headers: dict[str, list[bytes]], length: str | None
    ) -> None:
        """Raise _Refused for anything but an authorized JSON POST to the path."""
        if not self._authorized(headers.get(TOKEN_HEADER, [])):
            raise _Refused(401, "unauthorized")  # never why: missing, wrong, doubled
        if (path.rstrip("/") or "/") != self._path:
            raise _Refused(404, "not found")
        if method != "POST":
            raise _Refused(405, "only POST", [(b"allow", b"POST")])
        types = headers.get("content-type", [])
        if len(types) != 1 or not _json_content_type(types[0].decode("latin-1")):
            raise _Refused(415, "the body must be application/json")
        if length is not None:
            if not (length.isascii() and length.isdigit()):
                raise _Refused(400, "bad Content-Length")
            if int(length) > self._max_body:
                raise _Refused(413, "the body is too large")

    # ------------------------------------------------------------------ delivery

    def _sinks_for(self, agent_id: str) -> list[EventSink]:
        return list(self._sinks.get(agent_id) or self._default)

    def _apply(self, agent_id: str, items: list[Any]) -> tuple[_Latest, list[Event]]:
        """Hand the new events to the sinks (lock held); the events on_events still owes."""
        try:
            events = [decode_event(item) for item in items]
            hashes = [_fingerprint(item) for item in items]
        except Exception:
            raise _Refused(400, "an event of eventList cannot be read") from None
        now = self._clock()
        latest = self._latest.get(agent_id)
        if latest is None or now - latest.at > self._retry_window:
            latest = _Latest(hashes, now)
        elif hashes[: len(latest.hashes)] == latest.hashes:  # the same batch, maybe longer
            latest.hashes, latest.at = hashes, now
        else:
            latest = _Latest(hashes, now)
        self._latest[agent_id] = latest
        self._latest.move_to_end(agent_id)
        while len(self._latest) > self._max_agents:
            self._latest.popitem(last=False)
        repeated = min(latest.announced, len(events))
        sinks = self._sinks_for(agent_id)
        while latest.applied < len(events):
            event = events[latest.applied]
            for sink in sinks:
                if id(sink) in latest.partial:
                    continue
                try:
                    sink.apply(event)
                except Exception as error:
                    logger.error(
                        "push receiver: a sink (%s) failed on %s for agent %s: %s",
                        type(sink).__name__,
                        event.type.value,
                        agent_id,
                        type(error).__name__,
                    )
                    raise _SinkFailed from None
                latest.partial.add(id(sink))
            latest.applied += 1
            latest.partial = set()
        self._add(duplicates=repeated)
        return latest, events[latest.announced :]

    def _announced(self, latest: _Latest, owed: list[Event], total: int) -> None:
        with self._lock:
            latest.announced = max(latest.announced, total)
            self._add(batches=1, events=len(owed))

    def _deliver_sync(self, body: bytes) -> None:
        agent_id, items = _parse(body)
        with self._lock:
            latest, owed = self._apply(agent_id, items)
        if owed and self._on_events is not None:
            self._call_sync(agent_id, owed)
        self._announced(latest, owed, len(items))

    def _call_sync(self, agent_id: str, owed: list[Event]) -> None:
        assert self._on_events is not None
        try:
            result = self._on_events(agent_id, owed)
            if inspect.isawaitable(result):
                if inspect.iscoroutine(result):
                    result.close()
                raise TypeError("on_events returned an awaitable; use the ASGI form for that")
        except Exception as error:
            logger.error(
                "push receiver: on_events failed for agent %s: %s", agent_id, type(error).__name__
            )
            raise _SinkFailed from None

    async def _deliver_async(self, body: bytes) -> None:
        agent_id, items = _parse(body)
        async with self._async_lock():
            with self._lock:
                latest, owed = self._apply(agent_id, items)
            if owed and self._on_events is not None:
                try:
                    result = self._on_events(agent_id, owed)
                    if inspect.isawaitable(result):
                        await result
                except Exception as error:
                    logger.error(
                        "push receiver: on_events failed for agent %s: %s",
                        agent_id,
                        type(error).__name__,
                    )
                    raise _SinkFailed from None
            self._announced(latest, owed, len(items))

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                self._async_locks = {
                    known: held
                    for known, held in self._async_locks.items()
                    if not known.is_closed()
                }
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def _outcome(self, error: BaseException | None) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        if error is None:
            return 200, list(_HEADERS), ACKNOWLEDGEMENT
        if isinstance(error, _Refused):
            self._count(refused=1)
            return error.status, [*_HEADERS, *error.headers], _answer(error.message, "1")
        self._count(failed=1)
        return 500, list(_HEADERS), _answer("the events could not be handed on", "1")

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope.get("type")
        if kind == "lifespan":
            await _lifespan(receive, send)
            return
        if kind != "http":
            if kind == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        headers: dict[str, list[bytes]] = {}
        for name, value in scope.get("headers", ()):
            headers.setdefault(bytes(name).decode("latin-1").lower(), []).append(bytes(value))
        path = str(scope.get("path", ""))
        root = str(scope.get("root_path", ""))
        if root and path.startswith(root):
            path = path[len(root) :]
        lengths = headers.get("content-length", [])
        length = lengths[0].decode("latin-1").strip() if lengths else None
        if len(lengths) > 1:
            length = "two"  # refused as a bad Content-Length
        error: BaseException | None = None
        try:
            self._check_request(str(scope.get("method", "")), path, headers, length)
            body = await self._read(receive)
            if body is None:
                return  # the gateway went away: no answer, so it pushes again
            await self._deliver_async(body)
        except (_Refused, _SinkFailed) as caught:
            error = caught
        status, response_headers, payload = self._outcome(error)
        response_headers.append((b"content-length", str(len(payload)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": payload})

    async def _read(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message.get("type") == "http.disconnect":
                return None
            chunk = bytes(message.get("body", b""))
            size += len(chunk)
            if size > self._max_body:
                raise _Refused(413, "the body is too large")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    # ------------------------------------------------------------------ WSGI

    def wsgi(self, environ: MutableMapping[str, Any], start_response: StartResponse) -> list[bytes]:
        """The same receiver as a WSGI application (``on_events`` must be a plain function)."""
        headers: dict[str, list[bytes]] = {}
        for key, value in environ.items():
            if key.startswith("HTTP_"):
                name = key[5:].lower().replace("_", "-")
                headers.setdefault(name, []).append(str(value).encode("latin-1"))
        # The token header's name has an underscore: WSGI servers pass it as HTTP_SERVICE_TOKEN
        # (or drop it); the dash form a server may also produce is the same header here.
        headers[TOKEN_HEADER] = headers.pop("service-token", [])
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = [str(environ["CONTENT_TYPE"]).encode("latin-1")]
        length = str(environ.get("CONTENT_LENGTH") or "").strip() or None
        error: BaseException | None = None
        try:
            path = str(environ.get("PATH_INFO", "")) or "/"
            self._check_request(str(environ.get("REQUEST_METHOD", "")), path, headers, length)
            stream = environ["wsgi.input"]
            limit = self._max_body + 1
            if length is not None:
                body = stream.read(min(int(length), limit))
            elif environ.get("wsgi.input_terminated"):  # the server ends the stream itself
                body = _read_capped(stream, limit)
            else:  # reading would wait for a close that may never come
                raise _Refused(411, "a Content-Length is required")
            if len(body) > self._max_body:
                raise _Refused(413, "the body is too large")
            self._deliver_sync(bytes(body))
        except (_Refused, _SinkFailed) as caught:
            error = caught
        status, response_headers, payload = self._outcome(error)
        response_headers.append((b"content-length", str(len(payload)).encode()))
        start_response(
            f"{status} {_REASONS[status]}",
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response_headers],
        )
        return [payload]


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    411: "Length Required",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    500: "Internal Server Error",
}


def _read_capped(stream: Any, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = stream.read(min(65536, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    """Answer an ASGI server's lifespan messages: there is nothing to start or stop."""
    while True:
        message = await receive()
        if message.get("type") == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message.get("type") == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
