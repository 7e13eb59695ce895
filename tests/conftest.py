from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO / "openapi.yaml"
SPEC_URI = "urn:cec-agentgateway:openapi"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


class SchemaChecker:
    """Validates instances against schemas of openapi.yaml, resolving its $refs."""

    def __init__(self, spec: dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry = Registry().with_resource(SPEC_URI, resource)

    def errors(self, schema: dict[str, Any], instance: Any) -> list[str]:
        validator = OAS31Validator(_absolute_refs(schema), registry=self._registry)
        return [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(instance)
        ]

    def component_errors(self, name: str, instance: Any) -> list[str]:
        return self.errors({"$ref": f"#/components/schemas/{name}"}, instance)


def _absolute_refs(node: Any) -> Any:
    """A copy of a schema taken out of the spec, its local $refs pointing back into the spec."""
    if isinstance(node, dict):
        return {
            key: SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolute_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node


@pytest.fixture(scope="session")
def schemas(spec: dict[str, Any]) -> SchemaChecker:
    return SchemaChecker(spec)


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation object), with response $refs resolved."""
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            found[op["operationId"]] = (method.upper(), path, resolved_responses(spec, op))
    return found


def resolved_responses(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    responses = {
        status: spec["components"]["responses"][r["$ref"].rsplit("/", 1)[1]] if "$ref" in r else r
        for status, r in op["responses"].items()
    }
    return {**op, "responses": responses}


def webhooks(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """The webhooks, in the same form as operations()."""
    return {
        op["operationId"]: (method.upper(), name, resolved_responses(spec, op))
        for name, item in spec.get("webhooks", {}).items()
        for method, op in item.items()
    }


@pytest.fixture(autouse=True)
def _no_push_deliverer_outlives_its_test() -> Any:
    """A test that signs an agent in for push mode with a callback nobody answers leaves a
    deliverer retrying for 120 s; stop them all when the test ends, so that they do not run
    (and allocate) during later tests. Only if the simulator was loaded at all."""
    yield
    import sys

    pushing = sys.modules.get("cec_agentgateway._simulator._pushing")
    if pushing is not None:
        pushing.stop_all()


@pytest.fixture(scope="session")
def python_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client and scripts/spec_extensions.py read it
    (scripts/generator_view.py: open enums and the event envelope's union folded back)."""
    import importlib.util

    path = REPO / "scripts" / "generator_view.py"
    module_spec = importlib.util.spec_from_file_location("generator_view", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    view: dict[str, Any] = module.generator_view(spec)
    return view
