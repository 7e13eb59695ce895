"""Sending a prepared call: retries, timing, logging, and reading the envelope.

Only ``run`` and ``arun`` differ (blocking vs awaiting); the decisions are shared.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import httpx

from ._auth import GuidAuth, redact
from ._errors import (
    AgentGatewayError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    error_class_for,
)
from ._operations import PreparedCall

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


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call settings, inherited from the gateway and overridable with ``with_options``."""

    timeout: httpx.Timeout
    max_retries: int
    initial_backoff: float
    max_backoff: float

    def but(self, **changes: Any) -> CallOptions:
        return replace(self, **changes)


def _retry_delay(options: CallOptions, retry: int, response: httpx.Response | None) -> float:
    if response is not None:
        after = response.headers.get("Retry-After", "")
        if after.strip().isdigit() and float(after) <= _MAX_RETRY_AFTER:
            return float(after)
    delay: float = min(options.initial_backoff * 2 ** (retry - 1), options.max_backoff)
    return delay * (0.75 + random.random() / 4)


def _retry_after_error(call: PreparedCall[Any], exc: httpx.HTTPError) -> bool:
    return isinstance(exc, _NOT_SENT) or (
        call.operation.idempotent and isinstance(exc, _MAYBE_SENT)
    )


def _retry_after_response(call: PreparedCall[Any], response: httpx.Response) -> bool:
    return call.operation.idempotent and response.status_code in _RETRY_STATUSES


def _connection_error(call: PreparedCall[Any], exc: httpx.HTTPError) -> AgentGatewayError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    return kind(
        f"request {what}: {type(exc).__name__}: {exc}",
        operation=call.operation.log_method,
        agent_id=call.agent_id,
    )


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
        data = json.loads(response.content)
    except ValueError:
        return "-"
    return data.get("retcode", "-") if isinstance(data, dict) else "-"


def interpret(call: PreparedCall[T], response: httpx.Response, auth: GuidAuth) -> T:
    """The call's result from a response, or the typed error the response means."""
    operation, agent_id = call.operation.log_method, call.agent_id
    if not response.is_success:
        raise APIStatusError(
            f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
            response=response,
            operation=operation,
            agent_id=agent_id,
        )
    if not response.content.strip():
        raise call.decode_error("empty response body", response)
    try:
        data = json.loads(response.content)
    except ValueError as exc:
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
        message = message if isinstance(message, str) else ""
        guid = auth.guid
        if guid and guid in message:
            message = message.replace(guid, redact(guid))
        raise error_class_for(retcode)(
            retcode, message, response=response, operation=operation, agent_id=agent_id
        )
    try:
        parsed = call.operation.response_model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise call.decode_error(f"response does not match the spec ({exc!r})", response) from None
    return call.finish(parsed, response)


def run(
    call: PreparedCall[T],
    http: httpx.Client,
    auth: GuidAuth,
    options: CallOptions,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Send ``call`` (retrying where that is safe) and return its result."""
    retry = 0
    while True:
        started = time.perf_counter()
        try:
            response = http.request(**call.request, auth=auth, timeout=options.timeout)
        except httpx.HTTPError as exc:
            _log(call, started, exc)
            if retry < options.max_retries and _retry_after_error(call, exc):
                retry += 1
                sleep(_retry_delay(options, retry, None))
                continue
            raise _connection_error(call, exc) from exc
        _log(call, started, response)
        if retry < options.max_retries and _retry_after_response(call, response):
            retry += 1
            sleep(_retry_delay(options, retry, response))
            continue
        return interpret(call, response, auth)


async def arun(
    call: PreparedCall[T],
    http: httpx.AsyncClient,
    auth: GuidAuth,
    options: CallOptions,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """The asynchronous twin of :func:`run`."""
    retry = 0
    while True:
        started = time.perf_counter()
        try:
            response = await http.request(**call.request, auth=auth, timeout=options.timeout)
        except httpx.HTTPError as exc:
            _log(call, started, exc)
            if retry < options.max_retries and _retry_after_error(call, exc):
                retry += 1
                await sleep(_retry_delay(options, retry, None))
                continue
            raise _connection_error(call, exc) from exc
        _log(call, started, response)
        if retry < options.max_retries and _retry_after_response(call, response):
            retry += 1
            await sleep(_retry_delay(options, retry, response))
            continue
        return interpret(call, response, auth)
