"""The skill, queue, agent-group and message operations of openapi.yaml, as the pages give them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

# operationId: method, path, log method, retcodes, idempotent, reference pages
QUEUE_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, list[str]]] = {
    "resetSkill": (
        "POST",
        "/onlineagent/{agentid}/resetskill/{autoflag}",
        "resetSkill",
        ["000-002", "100-006", "100-007"],
        False,
        ["cec_07_1209"],
    ),
    "queryAgentSkills": (
        "GET",
        "/onlineagent/{agentid}/agentskills",
        "queryAgentSkills",
        ["100-006", "100-007"],
        True,
        ["cec_07_1206"],
    ),
    "queryAgentSkillsByWorkNo": (
        "GET",
        "/onlineagent/{agentid}/agentskillsbyworkno/{workno}",
        "queryAgentSkillsByWorkNo",
        ["100-006", "100-007"],
        True,
        ["cec_07_1207"],
    ),
    "notifyBulletin": (
        "POST",
        "/onlineagent/{agentid}/notifybulletin",
        "notifyBulletin",
        ["000-002", "100-006", "100-007"],
        False,
        [],
    ),
    "sendNote": (
        "POST",
        "/onlineagent/{agentid}/sendnoteletex",
        "sendNoteletEx",
        ["100-001", "100-006", "100-007"],
        False,
        ["cec_07_1205"],
    ),
    "queryQueueLengthOnAgent": (
        "GET",
        "/queuedevice/{agentid}/waitnum",
        "queryQueueLengthOnAgent",
        ["100-006"],
        True,
        ["cec_07_1019", "cec_07_0407", "cec_07_0406"],
    ),
    "queryQueueLengthOnAgentSkills": (
        "GET",
        "/queuedevice/{agentid}/waitnumbyagent",
        "queryQueueLengthOnAgentSkills",
        ["100-006"],
        True,
        ["cec_07_1020", "cec_07_0408"],
    ),
    "queryQueueLengthBySkillId": (
        "GET",
        "/queuedevice/{agentid}/skillwaitnum/{skillid}",
        "queryQueueLengthBySkillId",
        ["100-006"],
        True,
        ["cec_07_1022", "cec_07_0410"],
    ),
    "queryAcdStat": (
        "POST",
        "/queuedevice/{agentid}/queryacdstat",
        "queryStatInfoOfAcd",
        ["000-002", "100-006"],
        True,
        ["cec_07_1023", "cec_07_0411"],
    ),
    "querySkillQueueOnAgentVDN": (
        "GET",
        "/queuedevice/{agentid}/agentvdnskill",
        "querySkillQueueOnAgentVDN",
        ["100-006"],
        True,
        ["cec_07_0409"],
    ),
    "queryIdleAgents": (
        "GET",
        "/agentgroup/{agentid}/idleagent",
        "queryIdleAgents",
        ["100-006"],
        True,
        [],
    ),
    "queryAllAgentStatus": (
        "GET",
        "/agentgroup/{agentid}/allagentstatus",
        "queryAllAgentStatus",
        ["100-006"],
        True,
        [],
    ),
}

MESSAGE_EVENTS = {"sendNote": ["AgentOther_Note"], "notifyBulletin": ["AgentOther_Bulletin"]}


@pytest.mark.parametrize("operation_id", sorted(QUEUE_OPERATIONS))
def test_operation_as_the_reference_gives_it(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, pages = QUEUE_OPERATIONS[operation_id]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"] == pages
    if not pages:  # no vendor page: the sources and the assumed log name are said
        assert op["x-reference-sources"] and op["x-log-method-source"]
    assert op["x-triggered-events"] == MESSAGE_EVENTS.get(operation_id, [])
    assert op["security"] == [{"Guid": []}]
    assert op["responses"]["200"]["headers"]["Set-GUID"]
    assert op["summary"] and op["description"]


def test_request_bounds_of_the_pages(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    note = schemas["SendNoteRequest"]["properties"]
    assert (note["agentIds"]["minItems"], note["agentIds"]["maxItems"]) == (1, 100)
    assert note["content"]["x-max-bytes"] == 1023
    acd = schemas["QueryAcdStatRequest"]["properties"]["skills"]
    assert (acd["minItems"], acd["maxItems"]) == (1, 100)
    _, _, reset = operations(spec)["resetSkill"]
    skillid = next(p for p in reset["parameters"] if p.get("name") == "skillid")
    assert skillid["schema"]["maxLength"] == 4000
