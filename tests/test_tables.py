"""tables/*.json: generated from the spec, current, and consistent with the Python client."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from cec_agentgateway import EventType, Retcode, error_class_for
from cec_agentgateway import spec as shipped
from cec_agentgateway.generated.spec_extensions import EVENT_CONTENTS, RETCODE_FAMILIES

REPO = Path(__file__).resolve().parents[1]


def _tables_module() -> Any:
    loaded = importlib.util.spec_from_file_location("tables", REPO / "scripts" / "tables.py")
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def test_committed_tables_match_the_spec(spec: dict[str, Any]) -> None:
    tables = _tables_module()
    for name, table in tables.build(spec).items():
        committed = (REPO / "tables" / name).read_text(encoding="utf-8")
        assert committed == tables.render(table), f"{name} is stale: run scripts/tables"


def test_retcode_table_agrees_with_the_client() -> None:
    table = shipped.table("retcodes")
    codes = {row["code"]: row for row in table["retcodes"]}
    assert set(codes) == {member.value for member in Retcode}
    assert table["families"] == RETCODE_FAMILIES
    for code, row in codes.items():
        member = Retcode(code)
        assert (row["name"], row["description"]) == (member.name, member.description)
        if code != "0":
            assert row["family"] == code[:3]
    assert codes["100-006"]["operations"], "100-006 is listed by the operations that need a Guid"
    assert error_class_for("100-006").__name__ == "NotAuthorizedError"


def test_event_table_agrees_with_the_client(spec: dict[str, Any]) -> None:
    text = shipped.table_path("events").read_text(encoding="utf-8")
    events = {row["type"]: row for row in json.loads(text)["events"]}
    assert set(events) == {member.value for member in EventType}
    for event_type, schema in EVENT_CONTENTS.items():
        row = events[event_type]
        assert (row["content"], row["content_schema"]) == ("schema", schema)
        properties = spec["components"]["schemas"][schema].get("properties", {})
        assert [f["name"] for f in row["content_fields"]] == list(properties)
    assert events["AgentConf_RequestSuccess"]["triggered_by"] == ["requestAgentConf"]
