"""The project's own lint rules (.spectral.yaml, redocly.yaml) can fail.

`scripts/docs lint` proves openapi.yaml passes them; these tests break a copy of the spec in
one place per rule and check that exactly that rule reports exactly that place, so a rule
that silently matches nothing (a wrong JSONPath, a typo in a field name) is caught.
They need the pinned Node tools that `scripts/docs lint` installs (scripts/test runs it
first); elsewhere they are skipped, except in CI, where a missing tool is a failure.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

BIN = REPO / "scripts" / "docs-tools" / "node_modules" / ".bin"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        message = f"{path} missing: run scripts/docs lint (it installs the pinned Node tools)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    target = tmp_path / "openapi.yaml"
    target.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return target


def _gateway_operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (path, method)
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    ]


def _spectral(tmp_path: Path, document: dict[str, Any]) -> list[dict[str, Any]]:
    spec = _write(tmp_path, document)
    ruleset = str(REPO / ".spectral.yaml")
    command = [str(_tool("spectral")), "lint", str(spec), "--ruleset", ruleset]
    result = subprocess.run(
        [*command, "--format", "json", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.stdout.strip(), result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def _redocly(tmp_path: Path, document: dict[str, Any]) -> list[dict[str, Any]]:
    spec = _write(tmp_path, document)
    config = str(REPO / "redocly.yaml")
    result = subprocess.run(
        [str(_tool("redocly")), "lint", str(spec), "--config", config, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "REDOCLY_TELEMETRY": "off"},
    )
    assert result.stdout.strip(), result.stderr
    problems: list[dict[str, Any]] = json.loads(result.stdout)["problems"]
    return problems


def test_spectral_rules_report_each_broken_place(spec: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(spec)
    schemas = doc["components"]["schemas"]
    integer_enums = [n for n, s in schemas.items() if "enum" in s and s.get("type") == "integer"]
    string_enums = [n for n, s in schemas.items() if "enum" in s and s.get("type") == "string"]
    ops = [  # operations whose answer is described in place (not a shared $ref response)
        (path, method)
        for path, method in _gateway_operations(doc)
        if "content" in doc["paths"][path][method]["responses"].get("200", {})
    ]
    assert len(integer_enums) >= 2 and len(string_enums) >= 2 and len(ops) >= 5

    def op(i: int) -> dict[str, Any]:
        path, method = ops[i]
        operation: dict[str, Any] = doc["paths"][path][method]
        return operation

    def where(i: int, *rest: str) -> tuple[str, ...]:
        return ("paths", *ops[i], *rest)

    expected: set[tuple[str, tuple[str, ...]]] = set()

    short, undescribed = integer_enums[:2]
    schemas[short]["x-enum-varnames"] = schemas[short]["x-enum-varnames"][:-1]
    expected.add(("cec-integer-enum-names", ("components", "schemas", short, "x-enum-varnames")))
    del schemas[undescribed]["x-enum-descriptions"]
    expected.add(("cec-integer-enum-names", ("components", "schemas", undescribed)))

    badly_named, unnamed = string_enums[:2]
    schemas[badly_named]["x-enum-varnames"][0] = "lowerCase"
    expected.add(("cec-enum-names", ("components", "schemas", badly_named, "x-enum-varnames", "0")))
    del schemas[unnamed]["x-enum-varnames"]
    expected.add(("cec-enum-names", ("components", "schemas", unnamed)))

    del op(0)["security"]
    expected.add(("cec-operation-security", where(0)))
    del op(1)["x-log-method"]
    expected.add(("cec-operation-identity", where(1)))
    del op(1)["summary"]  # same place, same rule: one entry in the set
    media = op(2)["responses"]["200"]["content"]
    del next(iter(media.values()))["example"]
    expected.add(("cec-200-response-example", where(2, "responses", "200", "content", *media)))
    del op(3)["responses"]["200"]["headers"]["Set-GUID"]
    expected.add(("cec-gateway-set-guid", where(3, "responses", "200", "headers")))
    del op(4)["x-retcodes"]
    expected.add(("cec-gateway-operation-extensions", where(4)))
    with_body = next(i for i in range(len(ops)) if "requestBody" in op(i))
    content = op(with_body)["requestBody"]["content"]
    content["application/json"] = content.pop("application/json; charset=UTF-8")
    expected.add(("cec-gateway-request-json-utf8", where(with_body, "requestBody", "content")))

    schemas["Message"]["x-extensible-enum"] = True  # not an enum: nothing to open
    expected.add(("cec-extensible-enum", ("components", "schemas", "Message")))
    # An open enum used by a bare $ref: closed to generators that ignore x-extensible-enum.
    offhook = schemas["PhoneOffhookContent"]["properties"]
    offhook["type"] = {"$ref": "#/components/schemas/PhoneLine"}
    expected.add(
        (
            "cec-open-enum-uses",
            ("components", "schemas", "PhoneOffhookContent", "properties", "type"),
        )
    )

    schemas["NobodyUsesMe"] = {"type": "object", "description": "Unreferenced."}
    expected.add(("cec-components-used", ("components", "schemas", "NobodyUsesMe")))
    holder = next((n for n, s in schemas.items() if "x-event-contents" in s), None)
    if holder is not None:
        event = next(iter(schemas[holder]["x-event-contents"]))
        schemas[holder]["x-event-contents"][event] = "NoSuchSchema"
        expected.add(
            ("cec-components-used", ("components", "schemas", holder, "x-event-contents", event))
        )
    for name, item in doc.get("webhooks", {}).items():
        method = next(m for m in METHODS if m in item)
        del item[method]["x-log-method"]
        expected.add(("cec-operation-identity", ("webhooks", name, method)))
        break

    # Allowed, and must stay quiet: an explicit `security: []`.
    op(5 if len(ops) > 5 else 4)["security"] = []

    results = _spectral(tmp_path, doc)
    ours = {
        (r["code"], tuple(str(p) for p in r["path"]))
        for r in results
        if str(r["code"]).startswith("cec-")
    }
    assert ours == expected
    # Spectral's own unused-component rule is on again (every event content is $ref'd now)
    assert [
        (r["code"], tuple(str(p) for p in r["path"]))
        for r in results
        if not str(r["code"]).startswith("cec-")
    ] == [("oas3-unused-component", ("components", "schemas", "NobodyUsesMe"))]


def test_redocly_conventions_report_each_broken_place(spec: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(spec)
    schemas = doc["components"]["schemas"]
    with_properties = next(n for n, s in schemas.items() if s.get("properties"))
    first_property = next(iter(schemas[with_properties]["properties"]))
    schemas[with_properties]["properties"][first_property]["default"] = "x"
    sourced = next(
        (path, method, media_type)
        for path, method in _gateway_operations(doc)
        for media_type, media in doc["paths"][path][method]["responses"]["200"]["content"].items()
        if "x-example-source" in media
    )
    path, method, media_type = sourced
    doc["paths"][path][method]["responses"]["200"]["content"][media_type]["x-example-source"] = (
        "guessed"
    )

    # The copy lives outside the repo, so .redocly.lint-ignore.yaml does not apply to it.
    ignored = yaml.safe_load((REPO / ".redocly.lint-ignore.yaml").read_text(encoding="utf-8"))
    skip = {
        (rule, pointer)
        for rule, pointers in ignored["openapi.yaml"].items()
        for pointer in pointers
    }
    problems = [
        p for p in _redocly(tmp_path, doc) if (p["ruleId"], p["location"][0]["pointer"]) not in skip
    ]
    found = {(p["ruleId"], p["location"][0]["pointer"]) for p in problems}

    def pointer(*parts: str) -> str:
        return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)

    media = pointer("paths", path, method, "responses", "200", "content", media_type)
    prop = pointer("components", "schemas", with_properties, "properties", first_property)
    assert found == {
        ("rule/no-schema-default", f"{prop}/default"),
        ("rule/example-source-known", f"{media}/x-example-source"),
    }
