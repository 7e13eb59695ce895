"""Client-side checks of the documented bounds, before anything is sent.

The bounds are not written here: they come from openapi.yaml through
``generated.spec_extensions.REQUEST_CONSTRAINTS``, so the spec stays the one source.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

import httpx

from ._errors import RequestValidationError
from .generated.spec_extensions import REQUEST_CONSTRAINTS

__all__ = [
    "check_agent_id",
    "check_body",
    "check_deadline",
    "check_flag",
    "check_max_retries",
    "check_number",
    "check_parameter",
    "check_path",
    "check_required_query",
    "check_seconds",
    "check_timeout",
]

# The gateway is a Java service: an integer field holds at most a 64-bit ``long``.
_INT64 = (-(2**63), 2**63 - 1)
INT64_MAX = _INT64[1]

_JSON_TYPES: Mapping[str, tuple[type, ...]] = {
    "integer": (int,),
    "string": (str,),
    "boolean": (bool,),
    "array": (list, tuple),
}


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """The spec's patterns, compiled once (not looked up in re's cache on every check)."""
    return re.compile(source)


def _type_ok(value: Any, json_type: str) -> bool:
    if json_type == "integer" and isinstance(value, bool):
        return False
    return isinstance(value, _JSON_TYPES.get(json_type, (object,)))


Check = Callable[[Any], "str | None"]

# Compiled checks by schema fragment. The fragments are the spec's (REQUEST_CONSTRAINTS,
# module constants that live as long as the process), so their identity is a stable key;
# the fragment itself is kept beside its check so that a recycled id can never match.
_COMPILED: dict[int, tuple[Mapping[str, Any], Check]] = {}


def _problem(value: Any, bounds: Mapping[str, Any]) -> str | None:
    """What is wrong with ``value`` under ``bounds`` (a schema fragment), or None."""
    return _check_of(bounds)(value)


def _check_of(bounds: Mapping[str, Any]) -> Check:
    """The compiled check of ``bounds`` (built on first use)."""
    entry = _COMPILED.get(id(bounds))
    if entry is None or entry[0] is not bounds:
        entry = (bounds, _compile(bounds))
        _COMPILED[id(bounds)] = entry
    return entry[1]


def _compile(bounds: Mapping[str, Any]) -> Check:
    """The checks ``bounds`` asks for, in a fixed order, as one function.

    Built once per fragment: a request runs only the checks its fields have, instead of
    reading the fragment's keys again on every call.
    """
    return _with_fast_path(bounds, _all_steps(bounds))


def _all_steps(bounds: Mapping[str, Any]) -> Check:
    """Every check of ``bounds``, one after the other (the first problem is said)."""
    steps: list[Check] = []
    json_type = bounds.get("type")
    if isinstance(json_type, str):
        wanted, named = _JSON_TYPES.get(json_type, (object,)), json_type

        def of_type(value: Any) -> str | None:
            if (named == "integer" and isinstance(value, bool)) or not isinstance(value, wanted):
                return f"must be of type {named}, got {type(value).__name__}"
            return None

        steps.append(of_type)
    elif isinstance(json_type, list):
        names = [str(t) for t in json_type]

        def of_types(value: Any) -> str | None:
            if not any(_type_ok(value, t) for t in names):
                return f"must be of type {' or '.join(names)}, got {type(value).__name__}"
            return None

        steps.append(of_types)
    if json_type == "integer" or (isinstance(json_type, list) and "integer" in json_type):

        def in_int64(value: Any) -> str | None:
            if type(value) is int and not _INT64[0] <= value <= _INT64[1]:
                return "must fit in a 64-bit integer"
            return None

        steps.append(in_int64)
    if "enum" in bounds:
        allowed = bounds["enum"]

        def listed(value: Any) -> str | None:
            return None if value in allowed else f"must be one of {allowed}, got {value!r}"

        steps.append(listed)
    # Bounds of numbers apply to numbers only: a field typed [string, integer] has both.
    if "minimum" in bounds:
        low = bounds["minimum"]
        steps.append(
            lambda v: f"must be at least {low}, got {v!r}" if _is_number(v) and v < low else None
        )
    if "maximum" in bounds:
        high = bounds["maximum"]
        steps.append(
            lambda v: f"must be at most {high}, got {v!r}" if _is_number(v) and v > high else None
        )
    steps.append(text_problem)
    if any(k in bounds for k in ("minLength", "maxLength", "x-max-bytes", "pattern")):
        steps.append(_text_check(bounds))
    if any(k in bounds for k in ("minItems", "maxItems", "items")):
        steps.append(_list_check(bounds))

    def check(value: Any) -> str | None:
        for step in steps:
            problem = step(value)
            if problem:
                return problem
        return None

    return check


def _with_fast_path(bounds: Mapping[str, Any], check: Check) -> Check:
    """``check``, preceded by one test that accepts the usual valid value of a plain
    integer, string or boolean field at once; any other value (and every invalid one) goes
    through all of ``check``'s steps, which say what is wrong. The test accepts only what
    every step accepts: the exact type, the bounds, the enum, ASCII text (one byte a
    character, never a surrogate), a list whose every item its own check accepts."""
    json_type = bounds.get("type")
    allowed = bounds.get("enum")
    if json_type == "integer":
        low = max(bounds.get("minimum", _INT64[0]), _INT64[0])
        high = min(bounds.get("maximum", _INT64[1]), _INT64[1])

        def integer(value: Any) -> str | None:
            if (
                type(value) is int
                and low <= value <= high
                and (allowed is None or value in allowed)
            ):
                return None
            return check(value)

        return integer
    if json_type == "string" and not any(k in bounds for k in ("minimum", "maximum")):
        shortest = bounds.get("minLength", 0)
        longest = min(bounds.get("maxLength", INT64_MAX), bounds.get("x-max-bytes", INT64_MAX))
        pattern = _pattern(bounds["pattern"]) if "pattern" in bounds else None

        def string(value: Any) -> str | None:
            if (
                type(value) is str
                and value.isascii()
                and shortest <= len(value) <= longest
                and (pattern is None or pattern.fullmatch(value))
                and (allowed is None or value in allowed)
            ):
                return None
            return check(value)

        return string
    items = bounds.get("items")
    if json_type == "array" and allowed is None and isinstance(items, Mapping):
        fewest = bounds.get("minItems", 0)
        most = bounds.get("maxItems", INT64_MAX)
        item_check = _check_of(items)

        def array(value: Any) -> str | None:
            if (type(value) is list or type(value) is tuple) and fewest <= len(value) <= most:
                for item in value:
                    if item_check(item) is not None:
                        return check(value)  # says which item and what is wrong
                return None
            return check(value)

        return array
    if json_type == "boolean":

        def boolean(value: Any) -> str | None:
            if type(value) is bool and (allowed is None or value in allowed):
                return None
            return check(value)

        return boolean
    return check


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def text_problem(value: Any) -> str | None:
    """Why ``value`` (if text) cannot go on the wire: a lone surrogate, which UTF-8 cannot
    encode (``"\\ud800"``); None for any other value."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"is not valid Unicode text (a lone surrogate at position {exc.start})"
    return None


def _text_check(bounds: Mapping[str, Any]) -> Check:
    min_length, max_length = bounds.get("minLength"), bounds.get("maxLength")
    max_bytes = bounds.get("x-max-bytes")
    pattern = _pattern(bounds["pattern"]) if "pattern" in bounds else None

    def text(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        if min_length is not None and len(value) < min_length:
            return f"must be at least {min_length} characters long"
        if max_length is not None and len(value) > max_length:
            return f"must be at most {max_length} characters long, got {len(value)}"
        if max_bytes is not None:
            size = len(value.encode("utf-8"))
            if size > max_bytes:
                return f"must be at most {max_bytes} bytes in UTF-8, got {size}"
        if pattern is not None and not pattern.fullmatch(value):
            return "has an invalid format"
        return None

    return text


def _list_check(bounds: Mapping[str, Any]) -> Check:
    min_items, max_items = bounds.get("minItems"), bounds.get("maxItems")
    items = bounds.get("items", {})

    def sequence(value: Any) -> str | None:
        if not isinstance(value, (list, tuple)):
            return None
        if min_items is not None and len(value) < min_items:
            return f"must have at least {min_items} item(s)"
        if max_items is not None and len(value) > max_items:
            return f"must have at most {max_items} items, got {len(value)}"
        for index, item in enumerate(value):
            inner = _problem(item, items)
            if inner:
                return f"item {index} {inner}"
        return None

    return sequence


def check_body(
    schema: str,
    body: Mapping[str, Any],
    *,
    operation: str,
    agent_id: str,
    keywords: Mapping[str, str] | None = None,
) -> None:
    """Raise RequestValidationError for the first field of ``body`` that breaks ``schema``.

    ``body`` maps wire names to values; fields set to None count as absent. ``keywords``
    maps wire names to the Python keywords they came from, so the error names the
    argument the caller wrote (``phone``) and keeps the wire name (``phonenum``) in
    ``.field``.
    """
    compiled = _BODY_CHECKS.get(schema)
    if compiled is None:
        compiled = _compile_body(schema)
    required, conditional, checks = compiled
    for field in required:
        if body.get(field) is None:
            raise _body_error(field, "is required", operation, agent_id, keywords)
    for condition in conditional:
        if all(body.get(k) == v for k, v in condition["if"].items()):
            for field in condition["required"]:
                if body.get(field) is None:
                    when = " and ".join(f"{k} is {v!r}" for k, v in condition["if"].items())
                    raise _body_error(
                        field, f"is required when {when}", operation, agent_id, keywords
                    )
    for field, value in body.items():
        if value is None:
            continue
        check = checks.get(field)
        if check is None:
            raise _body_error(
                field, "is not a field of this request", operation, agent_id, keywords
            )
        problem = check(value)
        if problem:
            raise _body_error(field, problem, operation, agent_id, keywords)


#: Per request schema of REQUEST_CONSTRAINTS (a fixed set, so bounded): its required fields,
#: its conditional requirements and each property's compiled check. Stored only once built.
_BODY_CHECKS: dict[str, tuple[tuple[str, ...], tuple[Any, ...], dict[str, Check]]] = {}


def _compile_body(schema: str) -> tuple[tuple[str, ...], tuple[Any, ...], dict[str, Check]]:
    rules = REQUEST_CONSTRAINTS[schema]  # KeyError for a schema the spec does not have
    properties = rules["properties"]
    checks = {field: _check_of(properties[field]) for field in properties}
    compiled = (tuple(rules["required"]), tuple(rules["conditional"]), checks)
    _BODY_CHECKS[schema] = compiled
    return compiled


def _body_error(
    field: str, message: str, operation: str, agent_id: str, keywords: Mapping[str, str] | None
) -> RequestValidationError:
    return RequestValidationError(
        field,
        message,
        operation=operation,
        agent_id=agent_id,
        argument=keywords.get(field) if keywords else None,
    )


def check_agent_id(agent_id: object) -> str:
    """The agent ID as the gateway wants it: a string of digits, 101 to 999999."""
    if isinstance(agent_id, int) and not isinstance(agent_id, bool):
        agent_id = str(agent_id)
    bounds = REQUEST_CONSTRAINTS["AgentId"]["properties"]["agentid"]
    problem = _problem(agent_id, bounds)
    if problem and isinstance(agent_id, str):
        # Length and pattern both encode one rule: say the rule, not the first check that
        # failed ("12" is too short, but "at least 3 characters" would mislead).
        low, high = bounds["x-minimum-value"], bounds["x-maximum-value"]
        problem = (
            f"must be a whole number from {low} to {high} without leading zeros, got {agent_id!r}"
        )
    if problem:
        raise RequestValidationError("agentid", problem, argument="agent_id")
    assert isinstance(agent_id, str)
    return agent_id


def check_flag(
    field: str,
    value: object,
    *,
    agent_id: str | None = None,
    operation: str | None = None,
    argument: str | None = None,
) -> bool:
    """A yes/no argument: exactly True or False (``"no"`` is truthy, so it is refused).

    ``argument`` is the Python keyword when it differs from the wire name ``field``."""
    if not isinstance(value, bool):
        raise RequestValidationError(
            field,
            f"must be True or False, got {type(value).__name__}",
            operation=operation,
            agent_id=agent_id,
            argument=argument,
        )
    return value


def check_seconds(field: str, value: object, *, agent_id: str | None = None) -> float:
    """A duration in seconds: a finite number that is not negative."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not 0 <= value < float("inf")
    ):
        raise RequestValidationError(
            field, f"must be a number of seconds (0 or more), got {value!r}", agent_id=agent_id
        )
    return float(value)


def check_parameter(
    key: str, value: Any, *, operation: str, agent_id: str, keyword: str | None = None
) -> None:
    """Check one parameter (``REQUEST_CONSTRAINTS`` key ``AgentId``-style or ``op.name``);
    ``keyword`` is the Python argument it came from, named in the error."""
    rules = REQUEST_CONSTRAINTS[key]
    (name,) = rules["properties"]
    keywords = {name: keyword} if keyword else None
    check_body(key, {name: value}, operation=operation, agent_id=agent_id, keywords=keywords)


# ---------------------------------------------------------------- where the URL is built
# After one percent-decoding, a path parameter never holds a separator, a percent sign (a
# gateway that decodes twice would see a separator), a backslash or a control character,
# and is never a whole dot segment (httpx removes those: ``..`` would send the request to
# the family's root). A query or fragment mark only where the parameter's own pattern in
# the spec allows it (the legacy DTMF path ``seconddial/{number}`` carries ``#``).
_UNSAFE_IN_SEGMENT = re.compile(r"[/%\\\x00-\x1f\x7f-\x9f]")
_MARKS = re.compile(r"[?#]")
#: The Python keyword of a path parameter, where it differs from the wire name.
_PATH_KEYWORDS = {
    "callid": "call_id",
    "callId": "call_id",
    "workNo": "work_no",
    "workno": "work_no",
}


@functools.cache
def _template(path: str) -> tuple[str, ...]:
    return tuple(path.split("/"))


def _marks_allowed(operation_id: str, name: str, value: str) -> bool:
    rules = REQUEST_CONSTRAINTS.get(f"{operation_id}.{name}")
    pattern = rules["properties"][name].get("pattern") if rules else None
    return pattern is not None and _pattern(pattern).fullmatch(value) is not None


@functools.cache
def _required_query(operation_id: str, template: str) -> tuple[str, ...]:
    """The spec's required query parameters of ``operation_id``."""
    prefix = operation_id + "."
    return tuple(
        name
        for key, rules in REQUEST_CONSTRAINTS.items()
        if key.startswith(prefix)
        for name in rules["required"]
        if "{" + name + "}" not in template
    )


def check_required_query(
    params: Mapping[str, Any] | None,
    template: str,
    *,
    operation_id: str,
    operation: str,
    agent_id: str,
) -> None:
    """Raise RequestValidationError when a query parameter the spec requires is missing."""
    for name in _required_query(operation_id, template):
        if not params or params.get(name) is None:
            raise RequestValidationError(
                name,
                "is required",
                operation=operation,
                agent_id=agent_id,
                argument=_PATH_KEYWORDS.get(name, name),
            )


def check_path(
    url: str, template: str, *, operation_id: str, operation: str, agent_id: str
) -> None:
    """Raise RequestValidationError when a path parameter of ``url`` (built from the spec's
    ``template`` with each parameter percent-encoded) is not one whole, plain segment.

    The one check of every path: run where each request is prepared, so that no operation
    can forget it, whatever its builder checked before.
    """
    got = url.split("/")
    want = _template(template)
    if len(got) != len(want):
        raise RequestValidationError(
            "path",
            "has a parameter that is not one path segment",
            operation=operation,
            agent_id=agent_id,
        )
    for segment, part in zip(got, want, strict=True):
        if segment == part or not part.startswith("{"):
            continue
        value = unquote(segment) if "%" in segment else segment
        name = part[1:-1]
        if (
            value in ("", ".", "..")
            or _UNSAFE_IN_SEGMENT.search(value)
            or (_MARKS.search(value) and not _marks_allowed(operation_id, name, value))
        ):
            raise RequestValidationError(
                name,
                "must be one path segment: not empty, '.' or '..', and without '/', '?',"
                " '#', '%', '\\' or control characters",
                operation=operation,
                agent_id=agent_id,
                argument=_PATH_KEYWORDS.get(name, name),
            )


# ---------------------------------------------------------------- client settings
def check_number(name: str, value: object, low: float, high: float | None = None) -> float:
    """A numeric setting, or RequestValidationError naming it (bool and str refused)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RequestValidationError(name, f"must be a number, got {type(value).__name__}")
    if not math.isfinite(value) or value < low or (high is not None and value > high):
        bound = f"from {low:g} to {high:g}" if high is not None else f"at least {low:g}"
        raise RequestValidationError(name, f"must be {bound}, got {value!r}")
    return float(value)


def check_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise RequestValidationError("max_retries", f"must be an int from 0 to 100, got {value!r}")
    return value


def check_timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(check_number("timeout", value, 0.001))


def check_deadline(value: object) -> float | None:
    return None if value is None else check_number("deadline", value, 0.001)
