"""An independent judge of what reaches the transport: does a request fit the spec?

It reads openapi.yaml itself (not the overlay's ``REQUEST_CONSTRAINTS``) and validates with
jsonschema: the path against one operation's template, each path and query parameter (its
text converted to the parameter's type) and the JSON body against their schemas. Used by the
property suite and ``scripts/fuzz``: whatever the overlay checked, an illegal request that
got out is caught here.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:cec-agentgateway:openapi"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _registry() -> Registry:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and v.startswith("#") else _absolute(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


@functools.cache
def _validator(schema_json: str) -> OAS31Validator:
    return OAS31Validator(_absolute(json.loads(schema_json)), registry=_registry())


def _errors(schema: dict[str, Any], value: Any) -> list[str]:
    validator = _validator(json.dumps(schema, sort_keys=True))
    return [e.message[:200] for e in validator.iter_errors(value)]


@functools.cache
def _operations() -> list[tuple[str, str, tuple[str, ...], dict[str, Any]]]:
    """(METHOD, operationId, path template segments, operation) of every operation."""
    found = []
    components = spec()["components"].get("parameters", {})
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch"}:
                continue
            params = []
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if "$ref" in param:
                    param = components[param["$ref"].rsplit("/", 1)[1]]
                params.append(param)
            found.append(
                (
                    method.upper(),
                    op["operationId"],
                    tuple(path.split("/")),
                    {**op, "parameters": params},
                )
            )
    return found


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _typed(text: str, schema: dict[str, Any]) -> Any:
    """A parameter's text as the JSON value its schema types (digits for an integer...)."""
    kinds = _resolve(schema).get("type", "string")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "integer" in kinds and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text


def matching_operations(request: httpx.Request, root: str) -> list[str]:
    segments = request.url.raw_path.decode("ascii").split("?", 1)[0]
    segments = segments[len(root) :] if segments.startswith(root) else segments
    parts = segments.split("/")
    found = []
    for method, operation_id, template, _ in _operations():
        if method != request.method or len(template) != len(parts):
            continue
        if all(t.startswith("{") or t == p for t, p in zip(template, parts, strict=True)):
            found.append(operation_id)
    return found


ROOT = "/agentgateway/resource"


def problems(request: httpx.Request, root: str = ROOT) -> list[str]:
    """What is wrong with ``request`` under the spec; [] for a legal request."""
    raw = request.url.raw_path.decode("ascii")
    path = raw.split("?", 1)[0]
    path = path[len(root) :] if path.startswith(root) else path
    parts = path.split("/")
    candidates = [
        (op_id, template, op)
        for method, op_id, template, op in _operations()
        if method == request.method
        and len(template) == len(parts)
        and all(t.startswith("{") or t == p for t, p in zip(template, parts, strict=True))
    ]
    if not candidates:
        return [f"{request.method} {path} is no operation of the spec"]
    # Literal segments beat parameters (``callinfobeforeanswer`` vs ``{callId}``).
    candidates.sort(key=lambda c: -sum(not t.startswith("{") for t in c[1]))
    best: list[str] | None = None
    for op_id, template, op in candidates:
        found = _problems_as(request, parts, template, op)
        if not found:
            return []
        best = best or [f"{op_id}: {p}" for p in found]
    return best or []


def _problems_as(
    request: httpx.Request, parts: list[str], template: tuple[str, ...], op: dict[str, Any]
) -> list[str]:
    found: list[str] = []
    params = {p["name"]: p for p in op["parameters"]}
    for part, segment in zip(template, parts, strict=True):
        if not part.startswith("{"):
            continue
        name = part[1:-1]
        value = unquote(segment)
        if value in ("", ".", "..") or "/" in value or _CONTROL.search(value):
            found.append(f"path parameter {name} is {value!r}")
        elif name in params:
            found += [
                f"{name}: {e}"
                for e in _errors(params[name]["schema"], _typed(value, params[name]["schema"]))
            ]
    for name, value in request.url.params.multi_items():
        if name not in params or params[name]["in"] != "query":
            found.append(f"query parameter {name} is not in the spec")
            continue
        schema = params[name]["schema"]
        found += [f"{name}: {e}" for e in _errors(schema, _typed(value, schema))]
    for name, param in params.items():
        if param.get("required") and param["in"] == "query" and name not in request.url.params:
            found.append(f"required query parameter {name} is missing")
    content = op.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is not None and request.content:
        try:
            body = json.loads(request.content)
        except ValueError:
            return [*found, "the body is not JSON"]
        found += [f"body: {e}" for e in _errors(schema, body)]
    return found
