"""What an operation family of the simulated gateway is made of, and the helpers it shares.

A family is one class in ``families/``: its state, its handlers (methods marked with
:func:`operation`), its scenario methods (plain public methods, reached as
``sim.<family>.<method>``) and what it offers the control endpoint (:func:`control`) and the
simulator's command lines (:func:`command`). Creating it registers all of that with the
core. Families import the core layer; the core never imports a family, and a family reaches
another only through the core's hooks.

The request helpers below are lenient where real gateways are (numbers sent as strings and
the reverse, ``-1`` for a boolean) and answer in the gateway's words, not Python's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from .._errors import RequestValidationError
from .._validation import check_agent_id, check_body, check_parameter
from ..generated.models import Retcode
from ..generated.spec_extensions import REQUEST_CONSTRAINTS
from ._core import Command, ControlAction, GatewayCore, Handler
from ._model import AgentRecord, Session
from ._wire import Context, Refusal

__all__ = [
    "PASSWORD_CHANGE_ALLOWS",
    "ControlError",
    "Family",
    "UsageError",
    "body_text",
    "command",
    "control",
    "json_object",
    "lenient",
    "ok",
    "operation",
    "server_defaults",
    "validated",
]

F = TypeVar("F", bound=Callable[..., Any])

#: What an agent whose password must be changed may still do (the simulator's assumption:
#: the vendor pages say only that it cannot take calls before the change).
PASSWORD_CHANGE_ALLOWS = frozenset(
    {
        "modifyAccountPassword", "handShake", "heartbeat", "updateGuid", "queryAgentStatus",
        "syncAgentInfo", "queryLoginInfo", "queryCustomState",
    }
)  # fmt: skip
_MAX_DEPTH = 64  # JSON nesting a request body may have (a deeper one is refused, not parsed)


def operation(*operation_ids: str) -> Callable[[F], F]:
    """Mark a family method as the handler of these operationIds (from openapi.yaml)."""

    def mark(method: F) -> F:
        method.__dict__["_sim_operations"] = operation_ids
        return method

    return mark


def control(name: str) -> Callable[[F], F]:
    """Mark a method ``(body) -> dict`` as the control endpoint's ``POST /__sim__/<name>``."""

    def mark(method: F) -> F:
        method.__dict__["_sim_control"] = name
        return method

    return mark


def command(name: str, usage: str) -> Callable[[F], F]:
    """Mark a method ``(words) -> "ok ..."`` as a scenario command line (stdin, --control)."""

    def mark(method: F) -> F:
        method.__dict__["_sim_command"] = (name, usage)
        return method

    return mark


class ControlError(ValueError):
    """A control body or command line that cannot be carried out (answered 400 / ``error``)."""


class UsageError(ControlError):
    """A command line whose words do not fit the command (answered with its usage)."""


class Family:
    """Base of the operation families: creating one registers it with ``core``."""

    name: ClassVar[str]

    def __init__(self, core: GatewayCore) -> None:
        self.core = core
        handlers: dict[str, Handler] = {}
        controls: dict[str, ControlAction] = {}
        commands: dict[str, tuple[str, Command]] = {}
        for attribute in dir(type(self)):
            member = getattr(type(self), attribute)
            marks = getattr(member, "__dict__", {})
            bound = getattr(self, attribute)
            for operation_id in marks.get("_sim_operations", ()):
                handlers[operation_id] = bound
            if "_sim_control" in marks:
                controls[marks["_sim_control"]] = bound
            if "_sim_command" in marks:
                name, usage = marks["_sim_command"]
                commands[name] = (usage, bound)
        core.register(handlers, controls, commands)

    def session(self, context: Context) -> tuple[AgentRecord, Session]:
        """The signed-in agent of the request's path and its session (Refusal otherwise).

        While a password change is due (sign-in said ``isForceChange``), only the session's
        own operations (:data:`PASSWORD_CHANGE_ALLOWS`) are answered; others get 100-020.
        """
        agent_id = path_agent_id(context)
        session = self.core.authenticate(context.request, agent_id, context.now)
        agent = self.core.agents[agent_id]
        if agent.password_change_due and context.operation not in PASSWORD_CHANGE_ALLOWS:
            raise Refusal(Retcode.PASSWORD_EXPIRED, "the password must be changed first")
        return agent, session

    def __repr__(self) -> str:
        return f"<simulated {self.name} family>"


# ---------------------------------------------------------------------- answers


def ok(result: Any = None, message: str = "") -> dict[str, Any]:
    return {"message": message, "retcode": "0", "result": result}


def server_defaults(schema: str) -> dict[str, Any]:
    """The gateway's values for fields a request leaves out (the spec's x-server-default)."""
    fields = REQUEST_CONSTRAINTS[schema]["properties"]
    return {
        name: rule["x-server-default"]
        for name, rule in fields.items()
        if "x-server-default" in rule
    }


# ---------------------------------------------------------------------- reading requests


def path_agent_id(context: Context) -> str:
    try:
        return check_agent_id(context.agent_id)
    except RequestValidationError:
        raise Refusal(Retcode.INVALID_PARAMETER, "the agent ID in the URL is invalid") from None


def json_object(context: Context, retcode: Retcode) -> dict[str, Any]:
    """The request body as a JSON object (Refusal ``retcode`` when it is not one)."""
    body = context.request.body or b"null"
    if _too_deep(body):
        raise Refusal(retcode, "the message body is nested too deeply")
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        raise Refusal(retcode, "the message body is not valid JSON") from None
    if not isinstance(decoded, dict):
        raise Refusal(retcode, "the message body must be a JSON object")
    return decoded


def _too_deep(body: bytes) -> bool:
    """Whether a body nests more than ``_MAX_DEPTH`` brackets (a cheap scan, strings aside)."""
    if body.count(b"[") + body.count(b"{") <= _MAX_DEPTH:
        return False
    depth, in_string, escaped = 0, False, False
    for byte in body:
        if in_string:
            escaped = not escaped and byte == 0x5C  # backslash
            in_string = escaped or byte != 0x22  # quote
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > _MAX_DEPTH:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def lenient(body: Mapping[str, Any], schema: str) -> dict[str, Any]:
    """``body`` with the scalar forms a Java gateway accepts turned into the spec's types.

    Real clients send ``"status": "4"``, ``"autoanswer": "false"``, ``"phonenum": 59999`` and
    ``"autoenteridle": -1``; the gateway's JSON binding coerces them (a number is true unless
    0). Values of other shapes are left for the validation to refuse.
    """
    properties = REQUEST_CONSTRAINTS[schema]["properties"]
    loose = dict(body)
    for name, value in body.items():
        rule = properties.get(name)
        if rule is not None:
            loose[name] = _coerced(value, rule)
    return loose


def _coerced(value: Any, rule: Mapping[str, Any]) -> Any:
    kind = rule.get("type")
    if kind == "array" and isinstance(value, list):
        return [_coerced(item, rule.get("items", {})) for item in value]
    if isinstance(value, bool):
        return value
    digits = value.strip().lstrip("-") if isinstance(value, str) else ""
    if kind == "integer" and digits.isdecimal() and digits.isascii():
        return int(value)
    if kind == "boolean" and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if kind == "boolean" and isinstance(value, int):
        return value != 0
    if kind == "string" and isinstance(value, int | float):
        return str(value)
    return value


def validated(
    schema: str,
    body: dict[str, Any],
    context: Context,
    retcode: Retcode,
    field_codes: Mapping[str, Retcode] | None = None,
    *,
    loose: bool = False,
) -> dict[str, Any]:
    """``body`` checked against the spec's bounds for ``schema`` (made :func:`lenient` first
    with ``loose``, for the requests real clients are known to send in other forms).

    Nulls count as absent. Fields the schema does not name are dropped where it allows extra
    fields (e.g. the legacy ``pushUrl`` of sign-in) and refused where it does not. A missing
    field gets ``retcode``; a bad value may have its own code (``field_codes``).
    """
    rules = REQUEST_CONSTRAINTS[schema]
    if rules["additional_properties"]:
        body = {k: v for k, v in body.items() if k in rules["properties"]}
    body = {k: v for k, v in body.items() if v is not None}
    if loose:
        body = lenient(body, schema)
    try:
        check_body(schema, body, operation=context.operation, agent_id=context.agent_id)
    except RequestValidationError as error:
        present = body.get(error.field) is not None
        code = (field_codes or {}).get(error.field, retcode) if present else retcode
        raise Refusal(code, gateway_message(error, present)) from None
    return body


def checked_parameter(context: Context, name: str, value: Any) -> Any:
    """A URL or query parameter checked against the spec's bounds (Refusal 000-002)."""
    try:
        check_parameter(
            f"{context.operation}.{name}",
            value,
            operation=context.operation,
            agent_id=context.agent_id,
        )
    except RequestValidationError as error:
        raise Refusal(Retcode.INVALID_PARAMETER, gateway_message(error, True)) from None
    return value


def gateway_message(error: RequestValidationError, present: bool) -> str:
    """What the gateway says about a bad field: its wire name, never a Python type."""
    name = error.field or "the message body"
    return f"the parameter {name} is invalid" if present else f"the parameter {name} is empty"


def flag(context: Context, name: str) -> bool:
    """A boolean query parameter: anything but "true" (any case) counts as false."""
    return context.request.query.get(name, "").lower() == "true"


def body_text(body: Mapping[str, Any], name: str, *, required: bool = True) -> str | None:
    """A text field of a control body (a number is taken as its digits)."""
    value = body.get(name)
    if value is None and not required:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ControlError(f"{name} must be a string")
    return value


def body_agent(body: Mapping[str, Any]) -> str:
    agent = body_text(body, "agent")
    assert agent is not None
    return agent
