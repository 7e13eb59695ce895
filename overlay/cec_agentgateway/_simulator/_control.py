"""The control endpoint: scripting a served simulator from outside, in any language.

It belongs to the server layer (above the simulator's core): each request under
``/__sim__/`` becomes one call of a family's scenario API, through the control actions the
families register with the core (``GET /__sim__/`` lists them), so every family is reached
the same way. It is served
only when the server was started with ``control=True`` (``--control``), and only to
loopback clients; everything else under the reserved path gets 404. Bodies are JSON
objects (nested at most ``MAX_JSON_DEPTH`` levels, within the server's ``max_body_bytes``),
answers ``{"ok": true, ...}`` or ``{"ok": false, "error": "..."}`` (HTTP 400; 413 for a
body over the size limit).

=========================  ===========================================================
``GET  /__sim__/state``    agents: ``agentId``, ``signedIn``, ``signIns`` (sessions
                           begun), ``state`` (agentstatus code), ``pendingEvents``,
                           ``callId`` (current call or null); ``requests`` answered so far
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
``POST /__sim__/watch``    ``{"agent", "agents"?}``: the agent receives copies of the
                           others' state and call events (of its VDN when no list)
``POST /__sim__/watched_events`` ``{"agent"}`` -> ``events`` it received since the last call
``POST /__sim__/command``  ``{"line": "hangup 153"}``: one scenario command line, as on
                           the simulator's standard input (when the server has them)
=========================  ===========================================================
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._core import ControlAction, GatewayCore
from ._family import ControlError, body_text
from ._faults import Fault
from ._limits import MAX_JSON_DEPTH, json_too_deep
from ._model import SimulatorError
from ._wire import JSON_CONTENT_TYPE, SimResponse

__all__ = ["CONTROL_PREFIX", "ControlEndpoint", "is_loopback"]

CONTROL_PREFIX = "/__sim__/"


def is_loopback(address: str) -> bool:
    """Whether a client address is the local machine (``127.0.0.0/8``, ``::1``)."""
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _answer(
    status: int, payload: Mapping[str, Any], headers: tuple[tuple[str, str], ...] = ()
) -> SimResponse:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return SimResponse(status, body, (("Content-Type", JSON_CONTENT_TYPE), *headers))


#: The scenario API's Python advice, said for a client of the HTTP endpoint (any language).
_FOR_HTTP = (
    (
        re.compile(r"no agent '([^']*)': add it with add_agent\(\)"),
        r"no agent '\1': start the simulator with --agent \1:PASSWORD[:PHONE] to add it",
    ),
    (
        re.compile(r"no skill queue (\S+): add it with add_skill\(\)"),
        r"no skill queue \1: the simulator has no such queue (GET /__sim__/state lists them)",
    ),
)


def for_http(message: str) -> str:
    """An error of the scenario API in the endpoint's terms (HTTP, the command line)."""
    for pattern, replacement in _FOR_HTTP:
        message = pattern.sub(replacement, message)
    return message


class ControlEndpoint:
    """Answers the ``/__sim__/`` requests for one simulator."""

    def __init__(self, core: GatewayCore, commands: Callable[[str], str] | None = None) -> None:
        self._core = core
        self._commands = commands
        self._posts: dict[str, ControlAction] = {
            **core.controls,
            "inject": self._inject,
            "clear_faults": self._clear_faults,
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
        known = ["GET state", *(f"POST {n}" for n in sorted(self._posts))]
        if method == "GET" and name == "state":
            return _answer(200, {"ok": True, **self._state()})
        if method == "GET" and name == "":
            return _answer(200, {"ok": True, "controls": known})
        action = self._posts.get(name)
        if (action is not None and method != "POST") or (name == "state" and method != "GET"):
            allowed = "GET" if name == "state" else "POST"
            error = f"{method} is not allowed for /__sim__/{name}: use {allowed}"
            return _answer(405, {"ok": False, "error": error}, (("Allow", allowed),))
        if action is None:
            error = f"unknown control {method} /__sim__/{name}"
            return _answer(404, {"ok": False, "error": error, "controls": known})
        try:
            return _answer(200, {"ok": True, **action(_decoded(body))})
        except (SimulatorError, ValueError) as error:  # ControlError is a ValueError
            return _answer(400, {"ok": False, "error": for_http(str(error))})

    @staticmethod
    def refused(status: int, reason: str) -> SimResponse:
        """The answer to a request whose body the server would not read (size, framing)."""
        return _answer(status, {"ok": False, "error": reason})

    # ------------------------------------------------------------------ controls

    def _state(self) -> dict[str, Any]:
        core = self._core
        with core.lock:
            core.housekeeping(core.clock())
            agents = []
            for agent in core.agents.values():
                session = agent.session or agent.farewell
                agents.append(
                    {
                        "agentId": agent.agent_id,
                        "signedIn": agent.session is not None,
                        "signIns": agent.sign_ins,
                        "state": int(agent.gateway_state()),
                        "pendingEvents": 0 if session is None else len(session.events),
                        "callId": None if agent.call is None else agent.call.call_id,
                    }
                )
        return {"agents": agents, "requests": len(core.requests)}

    def _inject(self, body: Mapping[str, Any]) -> dict[str, Any]:
        agent = body_text(body, "agent", required=False)
        operation = body_text(body, "operation", required=False)
        times = body.get("times", 1)
        if isinstance(times, bool) or not isinstance(times, int):
            raise ControlError("times must be an integer")
        kinds = [k for k in ("retcode", "httpStatus", "transportError") if k in body]
        if len(kinds) != 1:
            raise ControlError("give exactly one of retcode, httpStatus, transportError")
        self._core.inject(agent, _fault(kinds[0], body), times=times, operation=operation)
        return {}

    def _clear_faults(self, body: Mapping[str, Any]) -> dict[str, Any]:
        self._core.clear_faults()
        return {}

    def _command(self, body: Mapping[str, Any]) -> dict[str, Any]:
        if self._commands is None:
            raise ControlError("this server runs no scenario commands")
        line = body_text(body, "line")
        assert line is not None
        answer = self._commands(line)
        if answer.startswith("error"):
            raise ControlError(answer.removeprefix("error").strip())
        return {"answer": answer.removeprefix("ok").strip()}


def _decoded(body: bytes) -> dict[str, Any]:
    """The body as a JSON object (empty: ``{}``), nested at most ``MAX_JSON_DEPTH`` deep."""
    if not body.strip():
        return {}
    if json_too_deep(body):
        raise ControlError(f"the body nests more than {MAX_JSON_DEPTH} levels deep")
    try:
        decoded = json.loads(body)
    except RecursionError:  # json_too_deep should have caught it: never let it escape
        raise ControlError("the body nests too deep") from None
    if not isinstance(decoded, dict):
        raise ControlError("the body must be a JSON object")
    return decoded


def _fault(kind: str, body: Mapping[str, Any]) -> Fault:
    if kind == "retcode":
        retcode = body_text(body, "retcode")
        assert retcode is not None
        return Fault.retcode(retcode, body_text(body, "message", required=False))
    if kind == "httpStatus":
        status = body["httpStatus"]
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise ControlError("httpStatus must be an HTTP status code")
        return Fault.http_error(status, body_text(body, "body", required=False))
    errors = {
        "disconnect": Fault.disconnect,
        "connect_error": Fault.connect_error,
        "read_timeout": Fault.read_timeout,
    }
    made = errors.get(str(body["transportError"]))
    if made is None:
        raise ControlError(f"transportError must be one of {sorted(errors)}")
    return made()
