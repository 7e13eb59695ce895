"""The agent-group team views and qualitycontrol adjustskill of openapi.yaml (issue 19)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

_G = "/agentgroup/{agentid}"
_VIEW = ["100-006"]

# operationId: method, path, log method, retcodes, idempotent, reference pages
TEAM_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, list[str]]] = {
    "getAgentRestReason": ("GET", f"{_G}/restreason", "getAgentRestReason", _VIEW, True, []),
    "isPickUp": ("GET", f"{_G}/ispickup", "isPickUp", _VIEW, True, []),
    "isCensor": ("GET", f"{_G}/iscensor", "isCensor", _VIEW, True, []),
    "queryGroupInfoOnVdn": (
        "GET", f"{_G}/grouponvdn", "queryGroupInfoOnVdn", _VIEW, True, [],
    ),
    "queryGroupInfoByWorkNo": (
        "GET", f"{_G}/groupbyagent/{{workno}}", "queryGroupInfoByWorkNo", _VIEW, True, [],
    ),
    "queryAllAgentInfoOnMyGroupEx": (
        "GET", f"{_G}/agentongroupex", "queryAllAgentInfoOnMyGroupEx", _VIEW, True, [],
    ),
    "queryAllLoginedAgentInfoOnVdn": (
        "GET", f"{_G}/onlineagentonvdn", "queryAllLoginedAgentInfoOnVdn", _VIEW, True, [],
    ),
    "queryAgentInfoByWorkNo": (
        "GET", f"{_G}/agentbyworkno/{{workno}}", "queryAgentInfoByWorkNo", _VIEW, True,
        ["cec_07_1026", "cec_07_0415"],
    ),
    "queryAgentInfoBySkillId": (
        "GET", f"{_G}/agentbyskill/{{skillid}}", "queryAgentInfoBySkillId", _VIEW, True,
        ["cec_07_1025"],
    ),
    "adjustSkill": (
        "POST", "/qualitycontrol/{agentid}/adjustskill", "adjustSkill",
        ["100-001", "100-006", "900-001", "900-002", "900-003"], False,
        ["cec_07_2409", "cec_07_0443"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("operation_id", sorted(TEAM_OPERATIONS))
def test_operation_as_recorded(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, pages = TEAM_OPERATIONS[operation_id]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"] == pages
    assert op["x-triggered-events"] == []
    if not pages:  # no page: the clients it comes from, and what the pages would settle
        assert op["x-reference-sources"] and op["x-doc-unread"]
        assert "x-log-method-source" in op
    assert op["security"] == [{"Guid": []}]
    assert op["summary"] and op["description"]


def test_adjust_skill_body_as_the_page_gives_it(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["AdjustSkillRequest"]
    assert set(body["properties"]) == {"workNo", "skills"}
    assert body.get("required", []) == []  # both "False" on cec_07_2409
    assert body["properties"]["skills"]["maxItems"] == 1000


def test_group_agent_states_accept_numbers_and_text(spec: dict[str, Any]) -> None:
    entry = spec["components"]["schemas"]["GroupAgent"]["properties"]
    assert set(entry["status"]["type"]) >= {"string", "integer"}
    flag = spec["components"]["schemas"]["FlagResponse"]["properties"]["result"]
    assert set(flag["type"]) >= {"boolean", "string"}
