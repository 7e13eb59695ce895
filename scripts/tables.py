"""Machine-readable tables for other languages, generated from openapi.yaml.

    python scripts/tables.py            write tables/retcodes.json and tables/events.json
    python scripts/tables.py --check    fail when the committed tables differ from the spec

``retcodes.json``: every error code with its name, meaning, family, whether it is legacy, and
the operations whose ``x-retcodes`` list it. ``events.json``: every event type with its name,
meaning, content schema (and that schema's fields), and the operations whose
``x-triggered-events`` list it. Both are shipped in the wheel (``cec_agentgateway.spec``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
METHODS = ("get", "put", "post", "delete", "patch")


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                found.append({"path": path, "method": method.upper(), **item[method]})
    return sorted(found, key=lambda op: op["operationId"])


def _enum_rows(schema: dict[str, Any]) -> list[tuple[str, str, str]]:
    return list(
        zip(schema["enum"], schema["x-enum-varnames"], schema["x-enum-descriptions"], strict=True)
    )


def _type_of(prop: dict[str, Any]) -> Any:
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[-1]
    for key in ("oneOf", "anyOf"):
        if key in prop:
            return [_type_of(option) for option in prop[key]]
    if prop.get("type") == "array":
        return {"array": _type_of(prop.get("items", {}))}
    return prop.get("type", "any")


def _fields(schema: dict[str, Any]) -> list[dict[str, Any]]:
    required = set(schema.get("required", []))
    return [
        {
            "name": name,
            "type": _type_of(prop),
            "required": name in required,
            "description": " ".join(str(prop.get("description", "")).split()),
        }
        for name, prop in schema.get("properties", {}).items()
    ]


def build(spec: dict[str, Any]) -> dict[str, Any]:
    """The tables, as JSON data, keyed by file name."""
    schemas = spec["components"]["schemas"]
    operations = _operations(spec)
    source = {
        "spec": "openapi.yaml",
        "spec_version": spec["info"]["version"],
        "vendor_doc_edition": spec["info"].get("x-vendor-doc-edition"),
    }

    retcode = schemas["Retcode"]
    families: dict[str, str] = retcode.get("x-retcode-families", {})
    legacy = set(retcode.get("x-retcode-legacy", []))
    retcodes = [
        {
            "code": code,
            "name": name,
            "description": description,
            "family": code.partition("-")[0] if "-" in code else None,
            "legacy": code in legacy,
            "operations": [op["operationId"] for op in operations if code in op["x-retcodes"]],
        }
        for code, name, description in _enum_rows(retcode)
    ]

    agent_event = schemas["AgentEvent"]
    contents: dict[str, str] = agent_event.get("x-event-contents", {})
    null_content = set(agent_event.get("x-event-null-content", []))
    events = []
    for event_type, name, description in _enum_rows(schemas["EventType"]):
        schema_name = contents.get(event_type)
        events.append(
            {
                "type": event_type,
                "name": name,
                "description": description,
                "content": "none"
                if event_type in null_content
                else ("schema" if schema_name else "undocumented"),
                "content_schema": schema_name,
                "content_fields": _fields(schemas[schema_name]) if schema_name else [],
                "triggered_by": [
                    op["operationId"]
                    for op in operations
                    if event_type in op.get("x-triggered-events", [])
                ],
            }
        )
    return {
        "retcodes.json": {
            "source": {**source, "schema": "#/components/schemas/Retcode"},
            "note": "A code not listed here may still arrive: treat it by its family, "
            'else as a generic failure. retcode "0" is success.',
            "families": families,
            "retcodes": retcodes,
        },
        "events.json": {
            "source": {**source, "schema": "#/components/schemas/EventType"},
            "note": "New event types may arrive: pass unknown types through. content: "
            "'schema' (content_schema describes it), 'none' (null), 'undocumented'.",
            "events": events,
        },
    }


def render(table: dict[str, Any]) -> str:
    return json.dumps(table, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the tables are stale")
    parser.add_argument("--spec", type=Path, default=REPO / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=REPO / "tables")
    args = parser.parse_args()
    spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    stale = []
    for name, table in build(spec).items():
        target = args.out / name
        text = render(table)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(REPO)))
        else:
            args.out.mkdir(exist_ok=True)
            target.write_text(text, encoding="utf-8")
    if stale:
        print(
            f"stale: {', '.join(stale)} (run scripts/tables and commit the result)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
