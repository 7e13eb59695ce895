"""Open enums in standard OpenAPI, and the view scripts/generate feeds the Python generator."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "generator_view", REPO / "scripts" / "generator_view.py"
)
assert _spec is not None and _spec.loader is not None
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
generator_view = _module.generator_view
open_enums = _module.open_enums
unopened_uses = _module.unopened_uses
REF = "#/components/schemas/"


def _document(**properties: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "Line": {
                    "type": "string",
                    "enum": ["a", "b"],
                    "x-extensible-enum": True,
                    "x-enum-varnames": ["A", "B"],
                    "x-enum-descriptions": ["a.", "b."],
                },
                "Closed": {"type": "integer", "enum": [1], "x-enum-varnames": ["ONE"]},
                "NotAnEnum": {"type": "string", "x-extensible-enum": True},
                "Holder": {"type": "object", "properties": properties},
            }
        },
    }


def test_every_use_of_an_open_enum_in_the_spec_is_open(spec: dict[str, Any]) -> None:
    enums = open_enums(spec)
    assert {"EventType", "PhoneLine", "ChatChannel"} <= set(enums)
    assert unopened_uses(spec) == []


def test_the_generator_view_folds_each_opened_enum_back_to_its_ref() -> None:
    opened = {"anyOf": [{"$ref": f"{REF}Line"}, {"type": "string"}], "description": "Kept."}
    wider = {"anyOf": [{"$ref": f"{REF}Line"}, {"type": "string"}, {"type": "null"}]}
    other = {"anyOf": [{"$ref": f"{REF}Closed"}, {"type": "integer"}]}  # not open: untouched
    mistyped = {"anyOf": [{"$ref": f"{REF}Line"}, {"type": "integer"}]}  # opens nothing
    document = _document(opened=opened, wider=wider, other=other, mistyped=mistyped)
    view = generator_view(document)
    folded = view["components"]["schemas"]["Holder"]["properties"]
    assert folded["opened"] == {"$ref": f"{REF}Line", "description": "Kept."}
    assert folded["wider"] == {"anyOf": [{"$ref": f"{REF}Line"}, {"type": "null"}]}
    assert folded["other"] == other and folded["mistyped"] == mistyped
    assert view["components"]["schemas"]["Line"] == document["components"]["schemas"]["Line"]
    assert document["components"]["schemas"]["Holder"]["properties"]["opened"] == opened
    assert unopened_uses(document) == [
        "components/schemas/Holder/properties/mistyped/anyOf/0: $ref to the open enum Line "
        "outside anyOf: [{$ref: ...}, {type: string}]"
    ]


def test_a_bare_ref_to_an_open_enum_is_refused(tmp_path: Path) -> None:
    document = _document(bare={"$ref": f"{REF}Line"}, fine={"$ref": f"{REF}NotAnEnum"})
    source = tmp_path / "openapi.yaml"
    source.write_text(yaml.safe_dump(document), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "generator_view.py"), str(source), "out.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "openapi.yaml: components/schemas/Holder/properties/bare: $ref to the open enum Line "
        "outside anyOf: [{$ref: ...}, {type: string}]"
    )
    assert not (tmp_path / "out.yaml").exists()


def test_the_generator_sees_the_closed_form_the_templates_open_with_missing(
    spec: dict[str, Any],
) -> None:
    view = generator_view(spec)
    assert unopened_uses(view) != []  # every use is a plain $ref (or EventType's old anyOf)
    event_type = view["components"]["schemas"]["AgentEvent"]["properties"]["eventType"]
    assert event_type["anyOf"] == [
        {"$ref": f"{REF}EventType"},
        {"type": "integer"},
        {"type": "null"},
    ]


narrowed_envelopes = _module.narrowed_envelopes


def _envelope_document() -> dict[str, Any]:
    narrow = {"type": "object", "properties": {"kind": {"enum": ["a"]}}}
    return {
        "openapi": "3.1.0",
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "components": {
            "schemas": {
                "Envelope": {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {"kind": {"type": "string"}},
                    "oneOf": [{"$ref": f"{REF}ABranch"}, {"$ref": f"{REF}Shared"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"a": f"{REF}ABranch"}},
                    "x-kept": True,
                },
                "ABranch": narrow,
                "Shared": {"type": "object"},  # also used elsewhere: it stays
                "User": {"type": "object", "properties": {"s": {"$ref": f"{REF}Shared"}}},
                "PlainUnion": {"oneOf": [{"$ref": f"{REF}ABranch"}]},  # no discriminator
            }
        },
    }


def test_the_generator_view_folds_a_narrowed_envelope_back_to_its_properties() -> None:
    document = _envelope_document()
    before = copy.deepcopy(document)
    assert narrowed_envelopes(document) == {"Envelope": ["ABranch", "Shared"]}
    schemas = generator_view(document)["components"]["schemas"]
    assert schemas["Envelope"] == {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}},
        "x-kept": True,
    }
    # ABranch is still referred to by PlainUnion, Shared by User: both stay
    assert set(schemas) == {"Envelope", "ABranch", "Shared", "User", "PlainUnion"}
    del document["components"]["schemas"]["PlainUnion"]
    del document["components"]["schemas"]["User"]
    assert set(generator_view(document)["components"]["schemas"]) == {"Envelope"}
    assert before["components"]["schemas"]["Envelope"]["oneOf"]  # the input is not changed


def test_a_union_without_own_properties_or_discriminator_is_not_folded() -> None:
    document = _envelope_document()
    del document["components"]["schemas"]["Envelope"]["properties"]
    assert narrowed_envelopes(document) == {}
    assert generator_view(document)["components"]["schemas"]["Envelope"]["oneOf"]


def test_the_generator_sees_the_event_envelope_without_its_union(spec: dict[str, Any]) -> None:
    assert "oneOf" in spec["components"]["schemas"]["AgentEvent"]
    view = generator_view(spec)
    schemas = view["components"]["schemas"]
    event = schemas["AgentEvent"]
    assert "oneOf" not in event and "discriminator" not in event
    assert set(event["properties"]) == {"eventType", "workNo", "content", "eventGenTime"}
    assert "x-event-contents" in event  # spec_extensions still reads it
    dropped = {"DescribedAgentEvent", "CallEventEvent", "NoContentEvent", "UnknownAgentEvent"}
    assert not dropped & set(schemas)
    assert "CallEventContent" in schemas  # the contents stay: the overlay types them
