"""Requests, responses and routing, independent of httpx and of http.server."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..generated.models import Retcode
from ..generated.spec_extensions import ENUM_DESCRIPTIONS, OPERATIONS

__all__ = [
    "API_PREFIX",
    "ConnectionCut",
    "Context",
    "ErrorResult",
    "Refusal",
    "Route",
    "RouteMatch",
    "SimRequest",
    "SimResponse",
    "build_routes",
    "error_response",
    "json_response",
    "match_route",
    "not_routed",
    "retcode_message",
    "text_response",
]

API_PREFIX = "/agentgateway/resource"
JSON_CONTENT_TYPE = "application/json;charset=UTF-8"

# Messages the gateway is known to send; other codes get the spec's description.
_KNOWN_MESSAGES = {Retcode.NOT_SIGNED_IN.value: "agent not login"}


@dataclass(frozen=True)
class SimRequest:
    """A request as the simulator sees it; header names are lower case."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class Context:
    """One routed request: the operationId, the path parameters and the clock's time."""

    request: SimRequest
    operation: str
    agent_id: str
    params: Mapping[str, str]
    now: float


@dataclass(frozen=True)
class SimResponse:
    """An answer of the simulator; ``retcode`` is recorded in the request log.

    ``chunks``, when set, is the body as it is to be streamed (a file download): the
    in-process transports and the HTTP server send it chunk by chunk and never hold it
    whole. It may raise :class:`ConnectionCut` part-way, which the transports turn into a
    dropped connection and the server into a connection hung up mid-body. ``body`` may then
    hold the same bytes for a small file (empty for a large one).
    """

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    retcode: str | None = None
    chunks: Iterable[bytes] | None = None


class ConnectionCut(Exception):
    """Raised by a streamed body (``SimResponse.chunks``) where the connection drops."""


class Refusal(Exception):
    """A business error: the operation answers HTTP 200 with this retcode."""

    def __init__(self, retcode: Retcode, message: str | None = None) -> None:
        super().__init__(retcode.value)
        self.retcode = retcode.value
        self.message = retcode_message(retcode.value) if message is None else message


def retcode_message(retcode: str) -> str:
    """The ``message`` sent with an error code."""
    known = _KNOWN_MESSAGES.get(retcode)
    if known is not None:
        return known
    return ENUM_DESCRIPTIONS["Retcode"].get(retcode, "")


ErrorResult = Literal["null", "absent", "empty"]
_NO_RESULT = ("getAgentEvent", "handShake")  # their answers never carry ``result``


def error_response(operation: str, refusal: Refusal, shape: ErrorResult = "null") -> SimResponse:
    """The envelope of a business error, with ``result`` as ``shape`` says.

    Gateways are seen answering errors three ways: ``"result": null``, no ``result`` at all
    (what the reference pages describe: "no result is returned if the query fails") and
    ``"result": ""`` (one public client's sample, on 000-003). Polls and heartbeats never
    carry ``result``.
    """
    envelope: dict[str, Any] = {"message": refusal.message, "retcode": refusal.retcode}
    if operation not in _NO_RESULT and shape != "absent":
        envelope["result"] = None if shape == "null" else ""
    return json_response(envelope)


def json_response(payload: dict[str, Any], *, set_guid: str | None = None) -> SimResponse:
    headers: list[tuple[str, str]] = [("Content-Type", JSON_CONTENT_TYPE)]
    if set_guid is not None:
        headers.append(("Set-GUID", f"JSESSIONID={set_guid}"))
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    retcode = payload.get("retcode")
    return SimResponse(200, body, tuple(headers), retcode if isinstance(retcode, str) else None)


def text_response(status: int, text: str, headers: Iterable[tuple[str, str]] = ()) -> SimResponse:
    """A non-JSON answer, as the web server in front of the gateway sends for a bad URL."""
    page = f"<html><body><h1>HTTP Status {status}</h1><p>{text}</p></body></html>"
    all_headers = (("Content-Type", "text/html;charset=UTF-8"), *headers)
    return SimResponse(status, page.encode("utf-8"), all_headers)


@dataclass(frozen=True)
class Route:
    """One operation of openapi.yaml: its method and path template as a regex."""

    operation: str
    method: str
    template: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class RouteMatch:
    """The outcome of routing a path that exists: the route, or the methods it allows."""

    route: Route | None
    params: Mapping[str, str]
    allowed: tuple[str, ...]


def build_routes(operations: Iterable[str]) -> tuple[Route, ...]:
    """Routes for the given operationIds, from the spec's methods and path templates."""
    routes = []
    for operation in operations:
        info = OPERATIONS[operation]
        template = info["path"]
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        routes.append(Route(operation, info["method"], template, re.compile(regex)))
    # Fixed segments win over parameters (agentevent/allagentevent over agentevent/{agentid}).
    return tuple(sorted(routes, key=lambda route: route.template.count("{")))


def match_route(routes: Iterable[Route], method: str, path: str) -> RouteMatch | None:
    """Route ``path`` (with the API prefix); None when no operation has that path."""
    if not path.startswith(API_PREFIX + "/"):
        return None
    relative = path[len(API_PREFIX) :]
    allowed: list[str] = []
    params: dict[str, str] = {}
    template = None  # the most fixed template that matches; others do not compete with it
    for route in routes:
        if template is not None and route.template != template:
            continue
        found = route.pattern.fullmatch(relative)
        if found is None:
            continue
        template = route.template
        if route.method == method.upper():
            return RouteMatch(route, found.groupdict(), (route.method,))
        allowed.append(route.method)
        params = found.groupdict()
    if not allowed:
        return None
    return RouteMatch(None, params, tuple(sorted(set(allowed))))


def not_routed(found: RouteMatch | None) -> SimResponse:
    """The web server's answer for a path no operation has (404) or a method it lacks (405)."""
    if found is None:
        return text_response(404, "The requested resource is not available.")
    allowed = ", ".join(found.allowed)
    return text_response(405, "The method is not allowed for this resource.", [("Allow", allowed)])
