"""The control endpoint: scripting a served simulator from outside, in any language.

It belongs to the server layer (above the simulator's core): each request under
``/__sim__/`` becomes one call of :class:`GatewaySimulator`'s scenario API. It is served
only when the server was started with ``control=True`` (``--control``), and only to
loopback clients; everything else under the reserved path gets 404. Bodies are JSON
objects (nested at most ``MAX_JSON_DEPTH`` levels, within the server's ``max_body_bytes``),
answers ``{"ok": true, ...}`` or ``{"ok": false, "error": "..."}`` (HTTP 400; 413 for a
body over the size limit).

=========================  ===========================================================
``GET  /__sim__/state``    agents: ``agentId``, ``signedIn``, ``state`` (agentstatus
                           code), ``pendingEvents``, ``callId`` (current call or null);
                           ``requests`` answered so far
``POST /__sim__/offer_call``  ``{"agent", "caller"?, "called"?, "appData"?, "callId"?,
                           "force"?}`` -> ``callId``; refused (400) when the agent is
                           not idle, unless ``"force": true`` (a direct call)
``POST /__sim__/end_call``    ``{"agent", "releasedBy"?: "customer" | "agent"}``
``POST /__sim__/push_event``  ``{"agent", "eventType", "content"?}``: queued as given
``POST /__sim__/set_app_data`` ``{"agent", "data"}``: the current call's app data
``POST /__sim__/inject``   ``{"agent"?, "operation"?, "times"?,`` and one of
                           ``"retcode"`` (e.g. ``"100-007"``), ``"httpStatus"`` (e.g.
                           502, with ``"body"``?) or ``"transportError"``
                           (``"disconnect"``, ``"connect_error"``, ``"read_timeout"``:
                           over HTTP each closes the connection unanswered)}
``POST /__sim__/clear_faults``  forget injected faults not used yet
``POST /__sim__/force_sign_out`` ``{"agent"}``: signed out by the gateway
``POST /__sim__/command``  ``{"line": "hangup 153"}``: one scenario command line, as on
                           the simulator's standard input (when the server has them)
=========================  ===========================================================
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._faults import Fault
from ._limits import MAX_JSON_DEPTH, json_too_deep
from ._model import SimulatorError
from ._wire import JSON_CONTENT_TYPE, SimResponse

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["CONTROL_PREFIX", "ControlEndpoint", "is_loopback"]

CONTROL_PREFIX = "/__sim__/"


class _BadRequest(Exception):
    pass


def is_loopback(address: str) -> bool:
    """Whether a client address is the local machine (``127.0.0.0/8``, ``::1``)."""
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _answer(status: int, payload: Mapping[str, Any]) -> SimResponse:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return SimResponse(status, body, (("Content-Type", JSON_CONTENT_TYPE),))


def _text(body: Mapping[str, Any], name: str, *, required: bool = True) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _BadRequest(f"{name} must be a string")
    return value


def _agent(body: Mapping[str, Any]) -> str:
    agent = _text(body, "agent")
    assert agent is not None
    return agent


class ControlEndpoint:
    """Answers the ``/__sim__/`` requests for one simulator."""

    def __init__(
        self, simulator: GatewaySimulator, commands: Callable[[str], str] | None = None
    ) -> None:
        self._sim = simulator
        self._commands = commands
        self._posts: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
            "offer_call": self._offer_call,
            "end_call": self._end_call,
            "push_event": self._push_event,
            "set_app_data": self._set_app_data,
            "inject": self._inject,
            "clear_faults": self._clear_faults,
            "force_sign_out": self._force_sign_out,
            "command": self._command,
        }

    @staticmethod
    def off() -> SimResponse:
        """The answer under ``/__sim__/`` when control is off or the client is not local."""
        return _answer(
            404,
            {
                "ok": False,
                "error": "the control endpoint is off (start with --control)"
                " or open to loopback clients only",
            },
        )

    def handle(self, method: str, path: str, body: bytes) -> SimResponse:
        name = path.removeprefix(CONTROL_PREFIX).strip("/")
        if method == "GET" and name == "state":
            return _answer(200, {"ok": True, **self._state()})
        action = self._posts.get(name)
        if action is None or method != "POST":
            known = ["GET state", *(f"POST {n}" for n in self._posts)]
            return _answer(
                404, {"ok": False, "error": f"unknown control {method} {name!r}", "controls": known}
            )
        try:
            return _answer(200, {"ok": True, **action(_decoded(body))})
        except (_BadRequest, SimulatorError, ValueError) as error:
            return _answer(400, {"ok": False, "error": str(error)})

    @staticmethod
    def refused(status: int, reason: str) -> SimResponse:
        """The answer to a request whose body the server would not read (size, framing)."""
        return _answer(status, {"ok": False, "error": reason})

    # ------------------------------------------------------------------ controls
    def _state(self) -> dict[str, Any]:
        agents = [
            {
                "agentId": agent_id,
                "signedIn": self._sim.is_signed_in(agent_id),
                "state": int(self._sim.agent_state(agent_id)),
                "pendingEvents": len(self._sim.pending_events(agent_id)),
                "callId": self._sim.current_call_id(agent_id),
            }
            for agent_id in self._sim.agent_ids()
        ]
        return {"agents": agents, "requests": len(self._sim.requests)}

    def _offer_call(self, body: Mapping[str, Any]) -> dict[str, Any]:
        options: dict[str, Any] = {}
        for wire, keyword in (
            ("caller", "caller"),
            ("called", "called"),
            ("appData", "app_data"),
            ("callId", "call_id"),
        ):
            value = _text(body, wire, required=False)
            if value is not None:
                options[keyword] = value
        force = body.get("force", False)
        if not isinstance(force, bool):
            raise _BadRequest("force must be true or false")
        return {"callId": self._sim.offer_call(_agent(body), force=force, **options)}

    def _end_call(self, body: Mapping[str, Any]) -> dict[str, Any]:
        by = body.get("releasedBy", "customer")
        released_by: Literal["customer", "agent"]
        if by == "customer":
            released_by = "customer"
        elif by == "agent":
            released_by = "agent"
        else:
            raise _BadRequest('releasedBy must be "customer" or "agent"')
        self._sim.end_call(_agent(body), released_by=released_by)
        return {}

    def _push_event(self, body: Mapping[str, Any]) -> dict[str, Any]:
        if "eventType" not in body:
            raise _BadRequest("eventType is required")
        self._sim.push_event(_agent(body), body["eventType"], body.get("content"))
        return {}

    def _set_app_data(self, body: Mapping[str, Any]) -> dict[str, Any]:
        data = _text(body, "data")
        assert data is not None
        self._sim.set_app_data(_agent(body), data)
        return {}

    def _inject(self, body: Mapping[str, Any]) -> dict[str, Any]:
        agent = _text(body, "agent", required=False)
        operation = _text(body, "operation", required=False)
        times = body.get("times", 1)
        if isinstance(times, bool) or not isinstance(times, int):
            raise _BadRequest("times must be an integer")
        kinds = [k for k in ("retcode", "httpStatus", "transportError") if k in body]
        if len(kinds) != 1:
            raise _BadRequest("give exactly one of retcode, httpStatus, transportError")
        fault = _fault(kinds[0], body)
        self._sim.inject(agent, fault, times=times, operation=operation)
        return {}

    def _clear_faults(self, body: Mapping[str, Any]) -> dict[str, Any]:
        self._sim.clear_faults()
        return {}

    def _force_sign_out(self, body: Mapping[str, Any]) -> dict[str, Any]:
        self._sim.force_sign_out(_agent(body))
        return {}

    def _command(self, body: Mapping[str, Any]) -> dict[str, Any]:
        if self._commands is None:
            raise _BadRequest("this server runs no scenario commands")
        line = _text(body, "line")
        assert line is not None
        answer = self._commands(line)
        if answer.startswith("error"):
            raise _BadRequest(answer.removeprefix("error").strip())
        return {"answer": answer.removeprefix("ok").strip()}


def _decoded(body: bytes) -> dict[str, Any]:
    """The body as a JSON object (empty: ``{}``), nested at most ``MAX_JSON_DEPTH`` deep."""
    if not body.strip():
        return {}
    if json_too_deep(body):
        raise _BadRequest(f"the body nests more than {MAX_JSON_DEPTH} levels deep")
    try:
        decoded = json.loads(body)
    except RecursionError:  # json_too_deep should have caught it: never let it escape
        raise _BadRequest("the body nests too deep") from None
    if not isinstance(decoded, dict):
        raise _BadRequest("the body must be a JSON object")
    return decoded


def _fault(kind: str, body: Mapping[str, Any]) -> Fault:
    if kind == "retcode":
        retcode = _text(body, "retcode")
        assert retcode is not None
        return Fault.retcode(retcode, _text(body, "message", required=False))
    if kind == "httpStatus":
        status = body["httpStatus"]
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise _BadRequest("httpStatus must be an HTTP status code")
        return Fault.http_error(status, _text(body, "body", required=False))
    errors = {
        "disconnect": Fault.disconnect,
        "connect_error": Fault.connect_error,
        "read_timeout": Fault.read_timeout,
    }
    made = errors.get(str(body["transportError"]))
    if made is None:
        raise _BadRequest(f"transportError must be one of {sorted(errors)}")
    return made()
