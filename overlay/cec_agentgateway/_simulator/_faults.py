"""Failures that tests inject in place of the simulated gateway's answer."""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx

from ._wire import JSON_CONTENT_TYPE, SimResponse, retcode_message

__all__ = ["Fault", "FaultQueue"]

_BAD_GATEWAY_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


@dataclass(frozen=True)
class Fault:
    """What the next matching request gets instead of the simulated gateway's answer.

    The request never reaches the simulated gateway: no state changes, as when a load
    balancer or the network fails in front of it. Either an HTTP answer (``status``,
    ``body``, ``headers``) or, when ``error`` is set, a transport failure: the httpx
    transports raise ``error`` (an ``httpx.TransportError`` subclass); the HTTP server of
    ``serve()`` closes the connection without answering, whatever the class.

    Use the constructors: ``Fault.http_error(502)``, ``Fault.empty_body()``,
    ``Fault.raw(b'{"retc')``, ``Fault.retcode("100-007")``, ``Fault.connect_error()``,
    ``Fault.read_timeout()``, ``Fault.disconnect()``.
    """

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    error: type[httpx.TransportError] | None = None

    @classmethod
    def http_error(cls, status: int = 502, body: str | None = None) -> Fault:
        """An HTTP error page (by default a proxy's HTML 502 page)."""
        page = _BAD_GATEWAY_PAGE if body is None else body
        return cls(status, page.encode("utf-8"), (("Content-Type", "text/html"),))

    @classmethod
    def empty_body(cls, status: int = 200) -> Fault:
        """A JSON answer without a body."""
        return cls(status, b"", (("Content-Type", JSON_CONTENT_TYPE),))

    @classmethod
    def raw(
        cls, body: bytes | str, status: int = 200, content_type: str = JSON_CONTENT_TYPE
    ) -> Fault:
        """Any body, e.g. truncated or malformed JSON."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        return cls(status, data, (("Content-Type", content_type),))

    @classmethod
    def retcode(cls, retcode: str, message: str | None = None) -> Fault:
        """A business error envelope (HTTP 200), e.g. ``Fault.retcode("110-016")``."""
        text = retcode_message(retcode) if message is None else message
        envelope = {"message": text, "retcode": retcode, "result": None}
        return cls.raw(json.dumps(envelope))

    @classmethod
    def connect_error(cls) -> Fault:
        """The connection could not be made (``httpx.ConnectError``)."""
        return cls(error=httpx.ConnectError)

    @classmethod
    def read_timeout(cls) -> Fault:
        """No answer in time (``httpx.ReadTimeout``, raised at once)."""
        return cls(error=httpx.ReadTimeout)

    @classmethod
    def disconnect(cls) -> Fault:
        """The server closed the connection without answering (``httpx.RemoteProtocolError``)."""
        return cls(error=httpx.RemoteProtocolError)

    def response(self) -> SimResponse:
        """The HTTP answer of a fault that is not a transport error."""
        return SimResponse(self.status, self.body, self.headers, _retcode_of(self.body))

    def exception(self, request: httpx.Request) -> httpx.TransportError:
        """A fresh exception for a transport-error fault."""
        assert self.error is not None
        return self.error(f"simulated failure: {self.error.__name__}", request=request)


def _retcode_of(body: bytes) -> str | None:
    try:
        decoded = json.loads(body)
    except ValueError:
        return None
    retcode = decoded.get("retcode") if isinstance(decoded, dict) else None
    return retcode if isinstance(retcode, str) else None


@dataclass
class _Injected:
    agent_id: str | None
    fault: Fault
    remaining: int
    operation: str | None


class FaultQueue:
    """The faults injected and not used up yet, in the order they were injected."""

    def __init__(self) -> None:
        self._faults: list[_Injected] = []

    def add(self, agent_id: str | None, fault: Fault, times: int, operation: str | None) -> None:
        if times < 1:
            raise ValueError("times must be at least 1")
        self._faults.append(_Injected(agent_id, fault, times, operation))

    def clear(self) -> None:
        self._faults.clear()

    def take(self, agent_id: str | None, operation: str | None) -> Fault | None:
        """The first fault for this agent (or any) and operation (or any), used once."""
        for injected in self._faults:
            if injected.operation is not None and injected.operation != operation:
                continue
            if injected.agent_id is None or injected.agent_id == agent_id:
                injected.remaining -= 1
                if injected.remaining == 0:
                    self._faults.remove(injected)
                return injected.fault
        return None
