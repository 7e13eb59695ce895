"""Sending a prepared call: retries, timing, logging, and reading the envelope.

Only ``run`` and ``arun`` differ (blocking vs awaiting); the decisions are shared.
"""

from __future__ import annotations

import logging
import random
import re
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._auth import GuidAuth
from ._deadline import deadline_scope
from ._errors import (
    AgentGatewayError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    error_class_for,
)
from ._hooks import _QUIET, Hooks, Seen, observe
from ._json import loads as json_loads
from ._lazy import LazyModule
from ._operations import PreparedCall, absolute_url
from ._secrets import mask_exchange, scrub

if TYPE_CHECKING:
    import asyncio
else:
    asyncio = LazyModule("asyncio")  # imported on first use (see _lazy)

__all__ = ["CallOptions", "arun", "interpret", "run"]

T = TypeVar("T")

logger = logging.getLogger("cec_agentgateway")

# Failures where the request never reached the gateway: safe to resend whatever it was.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have been processed: resend only reads.
_MAYBE_SENT = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_MAX_RETRY_AFTER = 60.0
_RETRY_AFTER = re.compile(r"[0-9]{1,4}")  # ASCII only (isdigit() takes any script)
# Failures of the body's JSON that json.loads reports as something else than ValueError.
_JSON_FAILURES = (ValueError, RecursionError)
# What a generated model's from_dict raises on a body that does not fit the spec.
_MODEL_FAILURES = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call settings, inherited from the gateway and overridable with ``with_options``.

    ``deadline`` bounds a call's total duration in seconds (every attempt, every byte and
    every pause between retries); None means no bound beyond ``timeout`` per operation.
    """

    timeout: httpx.Timeout
    max_retries: int
    initial_backoff: float
    max_backoff: float
    deadline: float | None = None
    #: The gateway's ``on_request``/``on_response``/``on_retry`` hooks and tracer (_hooks).
    hooks: Hooks | None = None

    def but(self, **changes: Any) -> CallOptions:
        return replace(self, **changes)


# httpx merges a relative URL with its client's base URL on every request: two URL parses,
# about a sixth of a small call's time (issue 26). So each client's absolute URL of a path is
# made once, here. Weakly keyed by the client (a closed gateway's entry goes with it) and
# kept with the client's base URL object, so a caller who sets a new base_url on a client
# they lent us gets it. Bounded: a path can hold a call ID, and those are many.
_ABSOLUTE: weakref.WeakKeyDictionary[
    httpx.Client | httpx.AsyncClient, tuple[httpx.URL, dict[str, httpx.URL]]
] = weakref.WeakKeyDictionary()
_ABSOLUTE_MAX = 2048


def sendable(http: httpx.Client | httpx.AsyncClient, request: dict[str, Any]) -> dict[str, Any]:
    """``request`` with its URL absolute under ``http``'s base URL (the same URL httpx would
    send), taken from the cache; a request whose URL is absolute already is sent as it is."""
    url = request["url"]
    if type(url) is not str:
        return request
    base = http.base_url
    entry = _ABSOLUTE.get(http)
    if entry is None or entry[0] is not base:
        entry = _ABSOLUTE[http] = (base, {})
    urls = entry[1]
    absolute = urls.get(url)
    if absolute is None:
        absolute = absolute_url(base, url)
        if len(urls) >= _ABSOLUTE_MAX:
            urls.clear()
        urls[url] = absolute
    return {**request, "url": absolute}


def _retry_delay(options: CallOptions, retry: int, response: httpx.Response | None) -> float:
    if response is not None:
        after = response.headers.get("Retry-After", "").strip()
        if _RETRY_AFTER.fullmatch(after) and int(after) <= _MAX_RETRY_AFTER:
            return float(after)
    delay: float = min(options.initial_backoff * 2 ** (retry - 1), options.max_backoff)
    return delay * (0.75 + random.random() / 4)


class _Clock(deadline_scope):
    """The time left of one call's deadline (none: unbounded); as a context manager, the
    block in which network operations must finish by it (one object per call, not one
    scope per attempt)."""

    __slots__ = ("ends", "limit")

    def __init__(self, deadline: float | None) -> None:
        self.limit = deadline
        self.ends = self._ends = None if deadline is None else time.monotonic() + deadline

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()

    def allows(self, pause: float) -> bool:
        """Whether a retry after ``pause`` seconds still has time for an exchange."""
        left = self.left()
        return left is None or left - pause > 0.05

    def expired(self) -> bool:
        left = self.left()
        return left is not None and left <= 0


def _deadline_error(call: PreparedCall[Any], clock: _Clock, cause: object) -> APITimeoutError:
    mask_exchange(cause)  # chained to the error: its request without the Guid
    return APITimeoutError(
        f"the call's deadline of {clock.limit:g} s passed ({_describe(cause)})",
        operation=call.operation.log_method,
        agent_id=call.agent_id,
    )


def _describe(cause: object) -> str:
    if isinstance(cause, httpx.Response):
        return f"last reply: HTTP {cause.status_code}"
    if isinstance(cause, BaseException):
        return f"last failure: {type(cause).__name__}"
    return str(cause)


def _retry_after_error(call: PreparedCall[Any], exc: httpx.HTTPError) -> bool:
    return isinstance(exc, _NOT_SENT) or (
        call.operation.idempotent and isinstance(exc, _MAYBE_SENT)
    )


def _retry_after_response(call: PreparedCall[Any], response: httpx.Response) -> bool:
    return call.operation.idempotent and response.status_code in _RETRY_STATUSES


def request_target(request: httpx.Request | None) -> str:
    """``GET https://host:8043/agentgateway/resource/...`` for messages: no query, no headers
    (so never a Guid), or "" when the request is not known."""
    if request is None:
        return ""
    url = request.url.copy_with(query=None, fragment=None, username=None, password=None)
    return scrub(f"{request.method} {url}")  # no customer number (disconnect/{number})


def _request_of(exc: httpx.HTTPError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # an exception raised without its request
        return None


def _connection_error(call: PreparedCall[Any], exc: httpx.HTTPError) -> AgentGatewayError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    target = request_target(_request_of(exc))
    mask_exchange(exc)  # chained to the error: its request without the Guid
    to = f" ({target})" if target else ""
    return kind(
        scrub(f"request {what}{to}: {type(exc).__name__}: {exc}"),
        operation=call.operation.log_method,
        agent_id=call.agent_id,
    )


def _response_request(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response made without a request (tests)
        return None


def _log(call: PreparedCall[Any], started: float, outcome: httpx.Response | Exception) -> None:
    """One DEBUG line per request: operation, agent, status, retcode, duration. No Guid."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    if isinstance(outcome, httpx.Response):
        status: object = outcome.status_code
        retcode = _peek_retcode(outcome)
    else:
        status, retcode = type(outcome).__name__, "-"
    logger.debug(
        "%s agent=%s status=%s retcode=%s %.1fms",
        call.operation.log_method,
        call.agent_id,
        status,
        retcode,
        (time.perf_counter() - started) * 1000,
    )


def _peek_retcode(response: httpx.Response) -> object:
    try:
        data = json_loads(response.content)
    except _JSON_FAILURES:
        return "-"
    return data.get("retcode", "-") if isinstance(data, dict) else "-"


def interpret(call: PreparedCall[T], response: httpx.Response, auth: GuidAuth) -> T:
    """The call's result from a response, or the typed error the response means."""
    operation, agent_id = call.operation.log_method, call.agent_id
    if not 200 <= response.status_code <= 299:  # httpx's is_success, without two calls
        target = request_target(_response_request(response))
        raise APIStatusError(
            scrub(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            + (f" for {target}" if target else ""),
            response=response,
            operation=operation,
            agent_id=agent_id,
        )
    content = response.content
    if not content or content.isspace():  # what ``not content.strip()`` says, without a copy
        raise call.decode_error("empty response body", response)
    try:
        data = json_loads(content)
    except _JSON_FAILURES as exc:
        raise call.decode_error(
            f"response body is not JSON ({exc.__class__.__name__})", response
        ) from None
    if not isinstance(data, dict):
        raise call.decode_error(
            f"response body is a JSON {type(data).__name__}, not an object", response
        )
    retcode = data.get("retcode")
    if isinstance(retcode, int) and not isinstance(retcode, bool):
        retcode = data["retcode"] = str(retcode)  # lenient: some proxies re-encode it as a number
    if not isinstance(retcode, str):
        raise call.decode_error("response has no retcode", response)
    if retcode != "0":
        message = data.get("message")
        message = scrub(message) if isinstance(message, str) else ""
        raise error_class_for(retcode)(
            retcode, message, response=response, operation=operation, agent_id=agent_id
        )
    try:
        parsed = call.operation.response_model.from_dict(data)
    except _MODEL_FAILURES as exc:
        problem = scrub(repr(exc))[:300]
        raise call.decode_error(f"response does not match the spec ({problem})", response) from None
    try:
        return call.finish(parsed, response)
    except AgentGatewayError:
        raise
    except _MODEL_FAILURES as exc:
        problem = type(exc).__name__
        raise call.decode_error(f"response does not match the spec ({problem})", response) from None


def run(
    call: PreparedCall[T],
    http: httpx.Client,
    auth: GuidAuth,
    options: CallOptions,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Send ``call`` (retrying where that is safe, within its deadline) and return its result."""
    if options.hooks is None:  # nobody listens: no observer, no context manager per call
        return _run(call, http, auth, options, sleep, _QUIET)
    with observe(call, options.hooks) as seen:
        return _run(call, http, auth, options, sleep, seen)


def _run(
    call: PreparedCall[T],
    http: httpx.Client,
    auth: GuidAuth,
    options: CallOptions,
    sleep: Callable[[float], None],
    seen: Seen,
) -> T:
    clock = _Clock(options.deadline)
    request = sendable(http, call.request)
    retry = 0
    while True:
        started = time.perf_counter()
        seen.request()
        try:
            with clock:
                response = http.request(**request, auth=auth, timeout=options.timeout)
        except httpx.HTTPError as exc:
            _log(call, started, exc)
            seen.response(exc)
            if clock.expired():
                raise _deadline_error(call, clock, exc) from exc
            pause = _retry_delay(options, retry + 1, None)
            if retry < options.max_retries and _retry_after_error(call, exc):
                if not clock.allows(pause):
                    raise _deadline_error(call, clock, exc) from exc
                retry += 1
                seen.retry(exc, pause)
                sleep(pause)
                continue
            raise _connection_error(call, exc) from exc
        if logger.isEnabledFor(logging.DEBUG):
            _log(call, started, response)
        seen.response(response)
        if retry < options.max_retries and _retry_after_response(call, response):
            pause = _retry_delay(options, retry + 1, response)
            if not clock.allows(pause):
                raise _deadline_error(call, clock, response)
            retry += 1
            seen.retry(response, pause)
            sleep(pause)
            continue
        return interpret(call, response, auth)


async def arun(
    call: PreparedCall[T],
    http: httpx.AsyncClient,
    auth: GuidAuth,
    options: CallOptions,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """The asynchronous twin of :func:`run`.

    The deadline is also enforced with ``asyncio.timeout``, so it holds for any transport.
    ``sleep`` waits between retries (``asyncio.sleep`` when None).
    """
    if sleep is None:
        sleep = asyncio.sleep
    if options.hooks is None:  # nobody listens: no observer, no context manager per call
        return await _arun(call, http, auth, options, sleep, _QUIET)
    with observe(call, options.hooks) as seen:
        return await _arun(call, http, auth, options, sleep, seen)


async def _arun(
    call: PreparedCall[T],
    http: httpx.AsyncClient,
    auth: GuidAuth,
    options: CallOptions,
    sleep: Callable[[float], Awaitable[None]],
    seen: Seen,
) -> T:
    clock = _Clock(options.deadline)
    request = sendable(http, call.request)
    retry = 0
    while True:
        started = time.perf_counter()
        seen.request()
        try:
            left = clock.left()
            with clock:
                async with asyncio.timeout(None if left is None else max(left, 0.0)):
                    response = await http.request(**request, auth=auth, timeout=options.timeout)
        except TimeoutError as exc:  # asyncio.timeout: the deadline passed mid-exchange
            _log(call, started, exc)
            seen.response(exc)
            if clock.limit is None:  # not ours: a transport that raised a bare TimeoutError
                raise APITimeoutError(
                    "request timed out: TimeoutError",
                    operation=call.operation.log_method,
                    agent_id=call.agent_id,
                ) from exc
            raise _deadline_error(call, clock, exc) from None
        except httpx.HTTPError as exc:
            _log(call, started, exc)
            seen.response(exc)
            if clock.expired():
                raise _deadline_error(call, clock, exc) from exc
            pause = _retry_delay(options, retry + 1, None)
            if retry < options.max_retries and _retry_after_error(call, exc):
                if not clock.allows(pause):
                    raise _deadline_error(call, clock, exc) from exc
                retry += 1
                seen.retry(exc, pause)
                await sleep(pause)
                continue
            raise _connection_error(call, exc) from exc
        if logger.isEnabledFor(logging.DEBUG):
            _log(call, started, response)
        seen.response(response)
        if retry < options.max_retries and _retry_after_response(call, response):
            pause = _retry_delay(options, retry + 1, response)
            if not clock.allows(pause):
                raise _deadline_error(call, clock, response)
            retry += 1
            seen.retry(response, pause)
            await sleep(pause)
            continue
        return interpret(call, response, auth)
