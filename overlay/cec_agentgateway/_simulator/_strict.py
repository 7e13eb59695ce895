"""Strict mode: refuse what a real gateway refuses and the simulator would otherwise let by.

The interface reference says every request carries ``Content-Type: application/json;
charset=UTF-8`` (GET and DELETE included). Clients in the wild differ (some send it only
with a body), and the reference does not say how the gateway answers a request without it,
so the simulator accepts such requests unless it is strict (``GatewaySimulator(strict=True)``,
``cec-agentgw simulate --strict``). Strict, a request to an operation without a JSON
``Content-Type`` gets ``415 Unsupported Media Type``, as the servlet container in front of
the gateway answers a body it cannot read. A wrong method gets 405 (with ``Allow``) and an
unknown path 404 in either mode.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._wire import Route, SimRequest, SimResponse, match_route, text_response

__all__ = ["strict_refusal"]


def strict_refusal(
    request: SimRequest, routes: Iterable[Route]
) -> tuple[str, str | None, SimResponse] | None:
    """What a strict simulator answers instead of serving ``request`` (the operation, the
    agent and the answer), or None to serve it."""
    found = match_route(routes, request.method, request.path)
    if found is None or found.route is None:
        return None  # 404 or 405: answered as usual
    media_type = (request.header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if media_type == "application/json":
        return None
    said = "no Content-Type" if not media_type else f"Content-Type {media_type}"
    answer = text_response(
        415, f"{said}: every request carries Content-Type: application/json; charset=UTF-8"
    )
    return found.route.operation, found.params.get("agentid"), answer
