"""Hooks on every request, response and retry, and an OpenTelemetry span per operation.

``AgentGateway(on_request=..., on_response=..., on_retry=..., tracer=...)`` (and the async
twin) calls the callbacks with the typed records below. They carry operation-level facts
only (the operation ID, the agent's ID, the attempt, the HTTP status, the retcode, the time
taken): never a header, a body, a URL, a Guid or a customer's number. A callback runs on the
thread or task that sends the request (the event poll's too): keep it short. An exception
it raises is logged and swallowed, so a broken hook never breaks a call.

With ``tracer=`` (an OpenTelemetry ``Tracer``, or ``True`` for the global tracer provider's;
``pip install cec-agentgateway[otel]``) each operation is one span named after its
operation ID, with the attributes ``cec.operation``, ``cec.agent_id``, ``cec.attempts`` and
``cec.retcode`` (and ``http.response.status_code``), its status ERROR with the error's type
when the call failed. Retries are span events (``retry``, with the attempt and the reason).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._errors import RequestValidationError, RetcodeError
from ._json import loads as json_loads

if TYPE_CHECKING:
    from ._operations import PreparedCall

__all__ = [
    "Hooks",
    "RequestInfo",
    "ResponseInfo",
    "RetryInfo",
    "Seen",
    "TracerLike",
    "make_hooks",
    "observe",
]

logger = logging.getLogger("cec_agentgateway")


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """A request about to be sent (``on_request``)."""

    #: The spec's operation ID, e.g. ``"queryCallInfo"``.
    operation: str
    #: The agent's ID (workNo) the call is made for.
    agent_id: str
    #: 1 for the first attempt, 2 for the first retry, ...
    attempt: int


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """How one attempt ended (``on_response``): a reply, or a failure to get one."""

    operation: str
    agent_id: str
    attempt: int
    #: The HTTP status, None when no reply arrived (see ``error``).
    status_code: int | None
    #: The envelope's retcode (``"0"``: success), None when there was none to read.
    retcode: str | None
    #: Seconds from sending the request to the reply (or the failure).
    elapsed: float
    #: The failure's type name (``"ConnectTimeout"``) when no reply arrived, else None.
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RetryInfo:
    """A retry about to happen after a pause (``on_retry``)."""

    operation: str
    agent_id: str
    #: The attempt that will be sent after the pause (2 for the first retry).
    attempt: int
    #: Why: ``"HTTP 503"`` or the failure's type name (``"ConnectTimeout"``).
    reason: str
    #: Seconds paused before the attempt.
    pause: float


class TracerLike(Protocol):
    """What is used of an OpenTelemetry ``Tracer``."""

    def start_as_current_span(self, name: str, *args: Any, **kwargs: Any) -> Any: ...


RequestHook = Callable[[RequestInfo], object]
ResponseHook = Callable[[ResponseInfo], object]
RetryHook = Callable[[RetryInfo], object]


@dataclass(frozen=True, slots=True)
class Hooks:
    """The callbacks and the tracer of one gateway (see the module docstring)."""

    on_request: RequestHook | None = None
    on_response: ResponseHook | None = None
    on_retry: RetryHook | None = None
    tracer: TracerLike | None = None


def make_hooks(
    on_request: RequestHook | None,
    on_response: ResponseHook | None,
    on_retry: RetryHook | None,
    tracer: TracerLike | bool | None,
) -> Hooks | None:
    """Checked hooks for a gateway's options; None when none is set (nothing to call)."""
    for name, hook in (("on_request", on_request), ("on_response", on_response)):
        if hook is not None and not callable(hook):
            raise RequestValidationError(name, "must be callable")
    if on_retry is not None and not callable(on_retry):
        raise RequestValidationError("on_retry", "must be callable")
    if tracer is True:
        tracer = _global_tracer()
    elif tracer is False:
        tracer = None
    if tracer is not None and not callable(getattr(tracer, "start_as_current_span", None)):
        raise RequestValidationError("tracer", "must be an OpenTelemetry Tracer, True or None")
    if on_request is None and on_response is None and on_retry is None and tracer is None:
        return None
    return Hooks(on_request, on_response, on_retry, tracer)


def _global_tracer() -> TracerLike:
    try:
        from opentelemetry import trace
    except ImportError:
        raise RequestValidationError(
            "tracer",
            "True needs opentelemetry-api: pip install 'cec-agentgateway[otel]'",
        ) from None
    from ._version import __version__

    tracer: TracerLike = trace.get_tracer("cec_agentgateway", __version__)
    return tracer


def _call_hook(hook: Callable[[Any], object], info: object) -> None:
    try:
        hook(info)
    except Exception as exc:  # a broken hook must not break the call
        logger.warning("a hook raised %s; the call goes on", type(exc).__name__)


class Observer:
    """The hook calls of one operation (all its attempts); made by :func:`observe`."""

    __slots__ = ("_agent", "_attempt", "_hooks", "_operation", "_span", "_started")

    def __init__(self, hooks: Hooks, call: PreparedCall[Any], span: Any) -> None:
        self._hooks = hooks
        self._operation = call.operation.operation_id
        self._agent = call.agent_id
        self._span = span
        self._attempt = 0
        self._started = 0.0

    def request(self) -> None:
        """An attempt is about to be sent."""
        self._attempt += 1
        self._started = time.perf_counter()
        if self._hooks.on_request is not None:
            _call_hook(
                self._hooks.on_request, RequestInfo(self._operation, self._agent, self._attempt)
            )

    def response(self, outcome: httpx.Response | BaseException) -> None:
        """The attempt got a reply, or failed without one."""
        elapsed = time.perf_counter() - self._started
        if isinstance(outcome, httpx.Response):
            status: int | None = outcome.status_code
            retcode = _retcode(outcome)
            error = None
        else:
            status, retcode, error = None, None, type(outcome).__name__
        if self._span is not None:
            if status is not None:
                self._span.set_attribute("http.response.status_code", status)
            if retcode is not None:
                self._span.set_attribute("cec.retcode", retcode)
        if self._hooks.on_response is not None:
            info = ResponseInfo(
                self._operation, self._agent, self._attempt, status, retcode, elapsed, error
            )
            _call_hook(self._hooks.on_response, info)

    def retry(self, reason: httpx.Response | BaseException, pause: float) -> None:
        """A retry follows after ``pause`` seconds."""
        why = (
            f"HTTP {reason.status_code}"
            if isinstance(reason, httpx.Response)
            else type(reason).__name__
        )
        if self._span is not None:
            self._span.add_event("retry", {"cec.attempt": self._attempt + 1, "cec.reason": why})
        if self._hooks.on_retry is not None:
            info = RetryInfo(self._operation, self._agent, self._attempt + 1, why, pause)
            _call_hook(self._hooks.on_retry, info)

    def finish(self, error: BaseException | None) -> None:
        if self._span is None:
            return
        self._span.set_attribute("cec.attempts", self._attempt)
        if isinstance(error, RetcodeError):
            self._span.set_attribute("cec.retcode", error.retcode)
        if error is not None:
            from opentelemetry.trace import Status, StatusCode

            self._span.set_status(Status(StatusCode.ERROR, type(error).__name__))


class _Quiet:
    """The observer when the gateway has no hooks: every call point costs one method call."""

    __slots__ = ()

    def request(self) -> None:
        pass

    def response(self, outcome: httpx.Response | BaseException) -> None:
        pass

    def retry(self, reason: httpx.Response | BaseException, pause: float) -> None:
        pass


_QUIET = _Quiet()

#: What the runner's call points talk to.
Seen = Observer | _Quiet


@contextlib.contextmanager
def observe(call: PreparedCall[Any], hooks: Hooks | None) -> Iterator[Seen]:
    """The observer of one operation; with a tracer, the operation's span is open inside."""
    if hooks is None:
        yield _QUIET
        return
    if hooks.tracer is None:
        yield Observer(hooks, call, None)
        return
    attributes = {"cec.operation": call.operation.operation_id, "cec.agent_id": call.agent_id}
    with hooks.tracer.start_as_current_span(
        call.operation.operation_id,
        attributes=attributes,
        record_exception=False,  # an exception's text is not the span's business
        set_status_on_exception=False,
    ) as span:
        observer = Observer(hooks, call, span)
        try:
            yield observer
        except BaseException as error:
            observer.finish(error)
            raise
        observer.finish(None)


def _retcode(response: httpx.Response) -> str | None:
    try:
        data = json_loads(response.content)
    except (ValueError, RecursionError):
        return None
    retcode = data.get("retcode") if isinstance(data, dict) else None
    if isinstance(retcode, int) and not isinstance(retcode, bool):
        return str(retcode)
    return retcode if isinstance(retcode, str) else None
