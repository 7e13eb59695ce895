"""The event envelope in standard OpenAPI: AgentEvent's oneOf, its discriminator and fallback."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import SchemaChecker

REPO = Path(__file__).resolve().parents[1]
REF = "#/components/schemas/"
_spec = importlib.util.spec_from_file_location("event_union", REPO / "scripts" / "event_union.py")
assert _spec is not None and _spec.loader is not None
event_union = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(event_union)
FIXTURES = REPO / "tests" / "fixtures" / "seed_examples"


def _events_table() -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = json.loads(
        (REPO / "tables" / "events.json").read_text(encoding="utf-8")
    )["events"]
    return events


def _branch_of(spec: dict[str, Any], event_type: Any) -> str:
    """The branch the discriminator names, UnknownAgentEvent for any other type."""
    mapping: dict[str, str] = spec["components"]["schemas"]["DescribedAgentEvent"]["discriminator"][
        "mapping"
    ]
    ref = mapping.get(event_type) if isinstance(event_type, str) else None
    return ref[len(REF) :] if ref else event_union.FALLBACK


def _branches(spec: dict[str, Any]) -> list[str]:
    """The described branches, then the fallback."""
    schemas = spec["components"]["schemas"]
    assert schemas["AgentEvent"]["oneOf"] == [
        {"$ref": f"{REF}DescribedAgentEvent"},
        {"$ref": f"{REF}{event_union.FALLBACK}"},
    ]
    described = [item["$ref"][len(REF) :] for item in schemas["DescribedAgentEvent"]["oneOf"]]
    return [*described, event_union.FALLBACK]


def _matching(spec: dict[str, Any], schemas: SchemaChecker, event: Any) -> list[str]:
    return [name for name in _branches(spec) if not schemas.component_errors(name, event)]


def _content_for(spec: dict[str, Any], event_type: str) -> Any:
    """A content that fits ``event_type`` as the spec describes it."""
    event = spec["components"]["schemas"]["AgentEvent"]
    schema_name = event["x-event-contents"].get(event_type)
    if schema_name is None:
        return None  # x-event-null-content
    schema = spec["components"]["schemas"][schema_name]
    return "1476838963-224" if schema.get("type") == "string" else {}


def _events_in(node: Any) -> list[dict[str, Any]]:
    """Every object with an ``eventType`` inside ``node`` (examples, fixtures)."""
    if isinstance(node, list):
        return [event for item in node for event in _events_in(item)]
    if not isinstance(node, dict):
        return []
    found = [node] if isinstance(node.get("eventType"), str | int) else []
    return found + [event for value in node.values() for event in _events_in(value)]


def test_the_event_union_is_derived_from_x_event_contents() -> None:
    text = (REPO / "openapi.yaml").read_text(encoding="utf-8")
    assert event_union.rewritten(text) == text, "run python scripts/event_union.py"


def test_a_change_of_x_event_contents_makes_the_union_stale() -> None:
    text = (REPO / "openapi.yaml").read_text(encoding="utf-8")
    changed = text.replace(
        "        AgentEvent_Hold: CallIdContent\n", "        AgentEvent_Hold: CallEventContent\n"
    )
    assert changed != text
    fresh = event_union.rewritten(changed)
    assert fresh != changed
    mapping = yaml.safe_load(fresh)["components"]["schemas"]["DescribedAgentEvent"]["discriminator"]
    assert mapping["mapping"]["AgentEvent_Hold"] == f"{REF}CallEventEvent"


def test_the_markers_are_required() -> None:
    with pytest.raises(ValueError, match="markers"):
        event_union.rewritten("openapi: 3.1.0\ncomponents: {schemas: {AgentEvent: {}}}\n")


def test_the_discriminator_maps_every_described_type_and_only_those(
    spec: dict[str, Any],
) -> None:
    event = spec["components"]["schemas"]["AgentEvent"]
    union = spec["components"]["schemas"]["DescribedAgentEvent"]
    described = set(event["x-event-contents"]) | set(event["x-event-null-content"])
    assert union["discriminator"]["propertyName"] == "eventType"
    mapping = union["discriminator"]["mapping"]
    assert set(mapping) == described
    fallback = spec["components"]["schemas"][event_union.FALLBACK]
    assert set(fallback["properties"]["eventType"]["not"]["enum"]) == described
    branches = _branches(spec)[:-1]
    assert len(set(branches)) == len(branches)
    assert set(mapping.values()) == {REF + name for name in branches}
    # each branch's eventType enum is exactly the types the mapping sends to it
    for name in branches:
        types = spec["components"]["schemas"][name]["properties"]["eventType"]["enum"]
        assert {t for t, ref in mapping.items() if ref == REF + name} == set(types)


def test_every_content_schema_is_used_by_a_branch(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    used = set()
    for name in _branches(spec):
        content = schemas[name]["properties"].get("content", {})
        for ref in [content, *content.get("oneOf", [])]:
            if "$ref" in ref:
                used.add(ref["$ref"][len(REF) :])
    assert used == set(schemas["AgentEvent"]["x-event-contents"].values())
    assert len(used) >= 29


def test_events_sharing_a_content_share_a_schema(spec: dict[str, Any]) -> None:
    mapping = spec["components"]["schemas"]["DescribedAgentEvent"]["discriminator"]["mapping"]
    assert mapping["AgentEvent_Ringing"] == mapping["AgentEvent_Talking"] == f"{REF}CallEventEvent"
    assert mapping["AgentEvent_Hold"] == f"{REF}CallIdEvent"
    assert mapping["AgentState_Busy"] == f"{REF}NoContentEvent"
    phone = spec["components"]["schemas"]["PhoneAlertingEvent"]["properties"]["content"]
    assert {"type": "null"} in phone["oneOf"]  # x-event-optional-content


def test_each_event_type_of_the_table_matches_exactly_its_branch(
    spec: dict[str, Any], schemas: SchemaChecker
) -> None:
    """Every type of tables/events.json (described or not): one branch, the expected one."""
    table = _events_table()
    assert len(table) >= 80
    for row in table:
        event_type = row["type"]
        content = _content_for(spec, event_type) if row["content"] != "undocumented" else {"x": 1}
        event = {"eventType": event_type, "workNo": "154", "content": content}
        assert _matching(spec, schemas, event) == [_branch_of(spec, event_type)], event
        assert schemas.component_errors("AgentEvent", event) == [], event


@pytest.mark.parametrize(
    "event_type", ["AgentEvent_New", "agentevent_talking", "", 7, None, "AgentState_Ready"]
)
def test_an_unknown_event_type_still_validates_through_the_fallback(
    spec: dict[str, Any], schemas: SchemaChecker, event_type: Any
) -> None:
    for content in ({"anything": [1, 2]}, "1476838963-224", None):
        event = {"eventType": event_type, "content": content, "eventGenTime": 99999999999999999}
        assert _matching(spec, schemas, event) == [event_union.FALLBACK]
        assert schemas.component_errors("AgentEvent", event) == []


def test_a_described_type_with_the_wrong_content_matches_no_branch(
    spec: dict[str, Any], schemas: SchemaChecker
) -> None:
    wrong = [
        {"eventType": "AgentConf_RequestFailed", "content": "1476838963-224"},  # object expected
        {"eventType": "AgentEvent_Hold", "content": {"callid": "1"}},  # a bare call ID expected
        {"eventType": "AgentState_Busy", "content": {"x": 1}},  # no content expected
    ]
    for event in wrong:
        assert _matching(spec, schemas, event) == []
        assert schemas.component_errors("AgentEvent", event) != []
    alerting = {"eventType": "AgentOther_PhoneAlerting", "content": None}  # optional content
    assert _matching(spec, schemas, alerting) == ["PhoneAlertingEvent"]


def test_the_events_of_the_examples_and_seed_fixtures_match_exactly_one_branch(
    spec: dict[str, Any], schemas: SchemaChecker
) -> None:
    examples = _events_in(spec)  # schemas have no string eventType: only examples count
    for path in sorted(FIXTURES.glob("*.json")):
        examples += _events_in(json.loads(path.read_text(encoding="utf-8")))
    assert len(examples) >= 4
    for event in examples:
        assert _matching(spec, schemas, event) == [_branch_of(spec, event["eventType"])], event


def test_the_derivation_splits_a_content_shared_by_optional_and_required_types() -> None:
    document = {
        "components": {
            "schemas": {
                "AgentEvent": {
                    "x-event-contents": {"A": "XContent", "B": "XContent"},
                    "x-event-null-content": ["C", "A"],  # A has a content: not a null type
                    "x-event-optional-content": ["B"],
                }
            }
        }
    }
    found = event_union.branches(copy.deepcopy(document))
    assert event_union.envelope(document)["oneOf"][1] == {"$ref": f"{REF}UnknownAgentEvent"}
    assert list(found) == ["XEvent", "XOrNoContentEvent", "NoContentEvent", "UnknownAgentEvent"]
    assert found["XEvent"]["properties"]["eventType"]["enum"] == ["A"]
    assert found["NoContentEvent"]["properties"]["eventType"]["enum"] == ["C"]
    assert found["UnknownAgentEvent"]["properties"]["eventType"]["not"]["enum"] == ["A", "B", "C"]
    mapping = event_union.described(document)["discriminator"]["mapping"]
    assert mapping == {
        "A": f"{REF}XEvent",
        "B": f"{REF}XOrNoContentEvent",
        "C": f"{REF}NoContentEvent",
    }
