"""Write ``generated/spec_extensions.py``: the vendor extensions of openapi.yaml as Python data.

openapi-python-client reads ``x-enum-varnames`` but drops ``x-enum-descriptions`` and every
other extension. This step carries them into the generated package so that the enum classes
(through the custom templates) and the overlay read them from the spec instead of repeating
them by hand:

* ``ENUM_DESCRIPTIONS``: enum component name -> {value: meaning};
* ``RETCODE_FAMILIES`` and ``LEGACY_RETCODES``: from the ``Retcode`` component;
* ``OPERATIONS``: operationId -> method, path, log method, retcodes, triggered events;
* ``EVENT_CONTENTS``, ``NULL_CONTENT_EVENTS``, ``OPTIONAL_CONTENT_EVENTS`` and
  ``STRING_CONTENTS``: which schema each event type's content has (``x-event-contents``),
  which types carry none (``x-event-null-content``) or their schema or null
  (``x-event-optional-content``), and which content schemas are strings (a bare call ID);
* ``REQUEST_CONSTRAINTS``: the bounds of every request body and of the agent ID, which the
  overlay checks before anything is sent;
* ``VENDOR_DOC_EDITION``: the issue of the vendor reference the spec matches
  (``info.x-vendor-doc-edition``), and ``VENDOR_DOC_CHANGES``: the change-history entries
  applied to its operations (``info.x-vendor-doc-changes``).

It also refuses specs whose enums could not be described: every enum must be a named
component with varnames and descriptions of the right length (inline enums would get
synthesized class names and no descriptions).

Usage: python scripts/spec_extensions.py openapi.yaml generated/spec_extensions.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from pprint import pformat
from typing import Any

import yaml

HEADER = '''"""Vendor extensions of openapi.yaml as data, and the decoders the models use.

Written by scripts/spec_extensions.py during scripts/generate. Do not edit.
"""

import datetime
from typing import Any, Final, TypedDict

from .types import Unset

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_UNITS = {"minutes": datetime.timedelta(minutes=1), "seconds": datetime.timedelta(seconds=1)}


def _whole_number(value: object, field: str, what: str) -> int | None:
    if value is None or isinstance(value, Unset) or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{field}: {value!r} is not {what}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and value.isascii():
        return int(value)
    raise ValueError(f"{field}: {value!r} is not {what}")


def epoch_millis_to_datetime(value: object, field: str = "value") -> datetime.datetime | None:
    """Epoch milliseconds (int, digit string, "", None or UNSET) as an aware UTC datetime.

    Raises ValueError naming ``field`` when the value is not a whole number or lies outside
    the range of ``datetime``.
    """
    millis = _whole_number(value, field, "a millisecond timestamp")
    if millis is None:
        return None
    try:
        return _EPOCH + datetime.timedelta(milliseconds=millis)
    except OverflowError:
        raise ValueError(f"{field}: {value!r} is outside the range of datetime") from None


def duration_or_none(value: object, unit: str) -> datetime.timedelta | None:
    """Like duration, but None for a value that cannot be a duration (never raises).

    The models' ``*_duration`` accessors use it: a hostile value from the gateway (``{}``,
    ``10**400``, a 5,000-digit string) must not raise where a result is read; the raw value
    stays on the model.
    """
    try:
        return duration(value, unit)
    except (ValueError, OverflowError, TypeError):
        return None


def epoch_millis_or_none(value: object) -> datetime.datetime | None:
    """Like epoch_millis_to_datetime, but None for a value that cannot be a datetime.

    The models' ``*_at`` accessors use it: a strange timestamp from the gateway must not
    raise where an event or result is being read (the raw value stays on the model).
    """
    try:
        return epoch_millis_to_datetime(value)
    except (ValueError, OverflowError, TypeError):
        return None


def as_text(value: Any) -> Any:
    """A phone number or numeric text as ``str``: gateways send ``70004`` or ``"70004"``.

    A JSON integer becomes its decimal text; every other value (strings, UNSET, None, and
    anything unexpected) is passed on unchanged.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def duration(value: object, unit: str, field: str = "value") -> datetime.timedelta | None:
    """A whole number of ``unit`` (minutes or seconds) as a timedelta; None when not set."""
    amount = _whole_number(value, field, f"a number of {unit}")
    return None if amount is None else amount * _UNITS[unit]


class VendorDocEdition(TypedDict):
    """The issue of the vendor's agent-interface reference that the spec matches."""

    issue: int
    aicc: str
    released: str
    change_history: str
    newest_english_issue: int


class VendorDocChange(TypedDict):
    """Change-history entries of one documentation issue that touch operations of the spec."""

    issue: int
    entries: tuple[int, ...]
    operations: tuple[str, ...]
    change: str


class OperationInfo(TypedDict):
    """What the spec records about one operation beyond what the generated code uses."""

    method: str
    path: str
    log_method: str
    retcodes: tuple[str, ...]
    triggered_events: tuple[str, ...]
    idempotent: bool


'''

DESCRIBE = '''

def describe(enum_name: str, value: int | str, *, known: bool = True) -> str:
    """The reference's meaning of ``value`` in enum ``enum_name``."""
    if not known:
        return f"{value!r} is not listed in the reference for {enum_name}"
    return ENUM_DESCRIPTIONS.get(enum_name, {}).get(value, "")
'''


class SpecError(Exception):
    """The spec breaks a rule the generated code relies on."""


def _enum_paths(node: Any, path: str) -> list[str]:
    """JSON-pointer-like paths of every schema in ``node`` that has an ``enum``."""
    found: list[str] = []
    if isinstance(node, dict):
        if "enum" in node:
            found.append(path)
        for key, child in node.items():
            found.extend(_enum_paths(child, f"{path}/{key}"))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found.extend(_enum_paths(child, f"{path}/{index}"))
    return found


_JSON_TYPES = {"integer": int, "string": str, "number": (int, float), "boolean": bool}


def _wrong_types(name: str, schema: dict[str, Any]) -> list[str]:
    """Enum values whose JSON type is not the schema's (e.g. ``"90"`` in an integer enum)."""
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds or []
    accepted = tuple(t for k in kinds if k in _JSON_TYPES for t in _flat(_JSON_TYPES[k]))
    if not accepted:
        return []
    return [
        f"{name}: enum value {value!r} is a {type(value).__name__}, but the schema's type is "
        f"{' or '.join(kinds)}"
        for value in schema["enum"]
        if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in accepted)
    ]


def _flat(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _unmatched(values: list[Any], names: list[Any], texts: list[Any]) -> str:
    """Which values lack a varname or a description (they are matched by position)."""
    missing = []
    for index, value in enumerate(values):
        lacks = [
            what
            for what, given in (("x-enum-varnames", names), ("x-enum-descriptions", texts))
            if index >= len(given)
        ]
        if lacks:
            missing.append(f"{value!r} (position {index}) has no {' and no '.join(lacks)} entry")
    extra = max(len(names), len(texts)) - len(values)
    if extra > 0:
        missing.append(f"{extra} more varname(s)/description(s) than values")
    return ": " + "; ".join(missing) if missing else ""


def enum_descriptions(spec: dict[str, Any]) -> dict[str, dict[int | str, str]]:
    schemas = spec["components"]["schemas"]
    component_paths = {f"/components/schemas/{name}" for name in schemas}
    problems: list[str] = []
    for path in _enum_paths(spec, ""):
        if path not in component_paths:
            problems.append(f"{path}: enums must be named component schemas, not inline")
    result: dict[str, dict[int | str, str]] = {}
    for name, schema in schemas.items():
        if "enum" not in schema:
            continue
        values = schema["enum"]
        names = schema.get("x-enum-varnames", [])
        texts = schema.get("x-enum-descriptions", [])
        problems.extend(_wrong_types(name, schema))
        if len(names) != len(values) or len(texts) != len(values):
            problems.append(
                f"{name}: {len(values)} values, {len(names)} x-enum-varnames, "
                f"{len(texts)} x-enum-descriptions{_unmatched(values, names, texts)}"
            )
            continue
        if len(set(values)) != len(values) or len(set(names)) != len(names):
            problems.append(f"{name}: duplicate values or varnames")
        result[name] = dict(zip(values, texts, strict=True))
    if problems:
        raise SpecError("\n".join(problems))
    return result


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch"}:
                continue
            found[op["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "log_method": op["x-log-method"],
                "retcodes": tuple(op.get("x-retcodes", ())),
                "triggered_events": tuple(op.get("x-triggered-events", ())),
                "idempotent": bool(op.get("x-idempotent", method == "get")),
            }
    return dict(sorted(found.items()))


_BOUND_KEYWORDS = (
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "x-max-bytes",
    "minItems",
    "maxItems",
    "pattern",
    "x-minimum-value",
    "x-maximum-value",
    "x-server-default",
    "x-data-class",  # not bounds: what the logs keep out (dtmf, customer-number) ...
    "x-secret",  # ... and the credentials, masked on the requests that errors carry
)


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _field_bounds(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(spec, schema)
    bounds: dict[str, Any] = {k: schema[k] for k in _BOUND_KEYWORDS if k in schema}
    if "type" in schema:
        bounds["type"] = schema["type"]
    if "enum" in schema:
        bounds["enum"] = list(schema["enum"])
    if "items" in schema:
        bounds["items"] = _field_bounds(spec, schema["items"])
    return bounds


def _flatten(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema with its allOf parts merged (properties, required, if/then)."""
    schema = _resolve(spec, schema)
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    merged["properties"] = dict(schema.get("properties", {}))
    merged["required"] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        flat = _flatten(spec, part)
        merged["properties"].update(flat["properties"])
        merged["required"] += [r for r in flat["required"] if r not in merged["required"]]
        for key in ("if", "then", "additionalProperties"):
            if key in flat:
                merged.setdefault(key, flat[key])
    return merged


def _body_rules(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    flat = _flatten(spec, schema)
    conditional = []
    if "if" in flat:
        (field,) = flat["if"]["required"]
        value = flat["if"]["properties"][field]["const"]
        conditional.append({"if": {field: value}, "required": list(flat["then"]["required"])})
    return {
        "properties": {p: _field_bounds(spec, sub) for p, sub in flat["properties"].items()},
        "required": flat["required"],
        "additional_properties": flat.get("additionalProperties", True),
        "conditional": conditional,
    }


def request_constraints(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Bounds of each request body schema (by component name) and of each parameter.

    Parameters defined as components are keyed by their component name (``AgentId``);
    inline ones by ``<operationId>.<name>``. Parameter entries have one property: the
    parameter's wire name.
    """
    found: dict[str, dict[str, Any]] = {}
    components = spec["components"]["parameters"]
    for item in spec["paths"].values():
        for op in item.values():
            for content in op.get("requestBody", {}).get("content", {}).values():
                name = content["schema"]["$ref"].rsplit("/", 1)[1]
                found[name] = _body_rules(spec, content["schema"])
            for param in op.get("parameters", []):
                if "$ref" in param:
                    key = param["$ref"].rsplit("/", 1)[1]
                    param = components[key]
                else:
                    key = f"{op['operationId']}.{param['name']}"
                found[key] = {
                    "properties": {param["name"]: _field_bounds(spec, param["schema"])},
                    "required": [param["name"]] if param.get("required") else [],
                    "additional_properties": False,
                    "conditional": [],
                }
    return dict(sorted(found.items()))


def vendor_doc_edition(spec: dict[str, Any]) -> dict[str, Any]:
    """``info.x-vendor-doc-edition`` with Python keys; refuses an incomplete record."""
    raw = spec["info"].get("x-vendor-doc-edition")
    keys = ("issue", "aicc", "released", "change-history", "newest-english-issue")
    if not isinstance(raw, dict) or any(k not in raw for k in keys):
        raise SpecError(f"info.x-vendor-doc-edition must give {', '.join(keys)}")
    if not isinstance(raw["issue"], int) or not isinstance(raw["newest-english-issue"], int):
        raise SpecError("info.x-vendor-doc-edition: issue numbers must be integers")
    return {
        "issue": raw["issue"],
        "aicc": str(raw["aicc"]),
        "released": str(raw["released"]),
        "change_history": str(raw["change-history"]),
        "newest_english_issue": raw["newest-english-issue"],
    }


def vendor_doc_changes(spec: dict[str, Any], edition: dict[str, Any]) -> tuple[Any, ...]:
    """``info.x-vendor-doc-changes``; each names existing operations and an issue not newer
    than the edition."""
    known = set(operations(spec)) | {"*"}
    found = []
    problems = []
    for item in spec["info"].get("x-vendor-doc-changes", []):
        unknown = [op for op in item["operations"] if op not in known]
        if unknown:
            problems.append(f"x-vendor-doc-changes: unknown operations {unknown}")
        if item["issue"] > edition["issue"]:
            problems.append(f"x-vendor-doc-changes: issue {item['issue']} is past the edition")
        found.append(
            {
                "issue": item["issue"],
                "entries": tuple(item["entries"]),
                "operations": tuple(item["operations"]),
                "change": " ".join(str(item["change"]).split()),
            }
        )
    if problems:
        raise SpecError("\n".join(problems))
    return tuple(found)


def string_contents(spec: dict[str, Any]) -> tuple[str, ...]:
    """The event-content schemas (x-event-contents) that are strings, not objects.

    Their events carry a bare value (a call ID) instead of an object; there is no model
    class for them, and the overlay hands the string on as it is.
    """
    schemas = spec["components"]["schemas"]
    names = sorted(set(spec["components"]["schemas"]["AgentEvent"]["x-event-contents"].values()))
    return tuple(name for name in names if schemas[name].get("type") == "string")


def render(spec: dict[str, Any]) -> str:
    retcode = spec["components"]["schemas"]["Retcode"]
    event = spec["components"]["schemas"]["AgentEvent"]
    edition = vendor_doc_edition(spec)
    blocks = [
        ("ENUM_DESCRIPTIONS", "dict[str, dict[int | str, str]]", enum_descriptions(spec)),
        ("RETCODE_FAMILIES", "dict[str, str]", dict(retcode["x-retcode-families"])),
        ("LEGACY_RETCODES", "frozenset[str]", None),
        ("OPERATIONS", "dict[str, OperationInfo]", operations(spec)),
        ("EVENT_CONTENTS", "dict[str, str]", dict(event["x-event-contents"])),
        ("NULL_CONTENT_EVENTS", "tuple[str, ...]", tuple(event["x-event-null-content"])),
        (
            "OPTIONAL_CONTENT_EVENTS",
            "tuple[str, ...]",
            tuple(event.get("x-event-optional-content", ())),
        ),
        ("STRING_CONTENTS", "tuple[str, ...]", string_contents(spec)),
        ("REQUEST_CONSTRAINTS", "dict[str, dict[str, Any]]", request_constraints(spec)),
        ("VENDOR_DOC_EDITION", "VendorDocEdition", edition),
        ("VENDOR_DOC_CHANGES", "tuple[VendorDocChange, ...]", vendor_doc_changes(spec, edition)),
    ]
    out = [HEADER]
    for name, annotation, value in blocks:
        if name == "LEGACY_RETCODES":
            text = "frozenset(" + pformat(sorted(retcode["x-retcode-legacy"]), width=96) + ")"
        else:
            text = pformat(value, width=96, sort_dicts=False)
        out.append(f"{name}: Final[{annotation}] = {text}\n\n")
    return "".join(out).rstrip("\n") + "\n" + DESCRIBE


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8"))
    try:
        text = render(spec)
    except SpecError as exc:
        print(f"openapi.yaml: {exc}", file=sys.stderr)
        return 1
    Path(argv[2]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
