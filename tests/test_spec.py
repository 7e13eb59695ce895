"""openapi.yaml: valid, complete, and in agreement with the reference pages' examples."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.conftest import SPEC_PATH, SchemaChecker, operations
from tests.seed_pages import FIXTURES, SEED_OPERATIONS, SEEDS_DIR, examples_in_page, fixture

EXPECTED = {
    # operationId: (method, path, log method, retcodes)
    "queryConfInfos": (
        "POST",
        "/agentconf/{agentid}/queryconfinfos",
        "queryConfInfos",
        ["000-002", "100-006", "100-007"],
    ),
    "requestAgentConf": (
        "POST",
        "/agentconf/{agentid}/requestagentconf",
        "requestAgentConf",
        ["000-002", "100-006", "100-007"],
    ),
    "queryCallInfo": ("GET", "/calldata/{agentid}/callinfo", "queryCallInfo", ["100-006"]),
    "queryCallAppData": (
        "GET",
        "/calldata/{agentid}/appdata",
        "queryCallAppData",
        ["100-006", "100-007"],
    ),
    "syncAgentInfo": (
        "POST",
        "/onlineagent/{agentid}/syncagentinfo",
        "syncagentinfo",
        ["100-007", "100-011"],
    ),
}


def test_document_is_valid_openapi() -> None:
    document, _ = read_from_filename(str(SPEC_PATH))
    validate(document)


def test_servers_default_to_the_gateway_port(spec: dict[str, Any]) -> None:
    (server,) = spec["servers"]
    assert server["url"] == "https://{host}:{port}/agentgateway/resource"
    assert server["variables"]["port"]["default"] == "8043"


def test_every_operation_of_the_reference_is_recorded(spec: dict[str, Any]) -> None:
    found = operations(spec)
    assert set(found) == set(EXPECTED)
    for operation_id, (method, path, log_method, retcodes) in EXPECTED.items():
        got_method, got_path, op = found[operation_id]
        assert (got_method, got_path) == (method, path)
        assert op["x-log-method"] == log_method
        assert op["x-retcodes"] == retcodes
        assert op["summary"] and op["description"]
        assert op["security"] == [{"Guid": []}], "Guid applies per operation (top level is ignored)"
        assert isinstance(op["x-triggered-events"], list)
        assert op["responses"]["200"]["headers"]["Set-GUID"]


def test_request_agent_conf_lists_its_events(spec: dict[str, Any]) -> None:
    _, _, op = operations(spec)["requestAgentConf"]
    assert op["x-triggered-events"] == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentOther_PhoneOffhook",
        "AgentConf_SelfJoinResult",
        "AgentConf_RequestSuccess",
        "AgentConf_RequestFailed",
        "AgentConf_Timeout",
    ]


def test_guid_is_an_api_key_header(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["Guid"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Guid")


def test_bodies_are_json_utf8(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec).values():
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) == ["application/json; charset=UTF-8"]
    assert spec["info"]["x-request-headers"]["Content-Type"] == "application/json; charset=UTF-8"


def test_every_retcode_an_operation_lists_is_in_the_table(spec: dict[str, Any]) -> None:
    known = set(spec["components"]["schemas"]["Retcode"]["enum"])
    for operation_id, (_, _, op) in operations(spec).items():
        assert set(op["x-retcodes"]) <= known, operation_id


@pytest.mark.parametrize(
    ("agent_id", "ok"),
    [
        ("101", True),
        ("153", True),
        ("59999", True),
        ("999999", True),
        ("100", False),
        ("1000000", False),
        ("0153", False),
        ("15a", False),
        ("", False),
    ],
)
def test_agent_id_range(spec: dict[str, Any], agent_id: str, ok: bool) -> None:
    pattern = spec["components"]["parameters"]["AgentId"]["schema"]["pattern"]
    assert bool(re.fullmatch(pattern, agent_id)) is ok


def _request_schema(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    _, _, op = operations(spec)[operation_id]
    content = op["requestBody"]["content"]["application/json; charset=UTF-8"]
    schema: dict[str, Any] = content["schema"]
    return schema


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ({"confIds": [1]}, True),
        ({"confIds": list(range(20))}, True),
        ({"confIds": list(range(21))}, False),
        ({"confIds": []}, False),
        ({}, False),
        ({"confIds": ["x"]}, False),
    ],
)
def test_conference_query_bounds(
    spec: dict[str, Any], schemas: SchemaChecker, body: dict[str, Any], ok: bool
) -> None:
    assert (not schemas.errors(_request_schema(spec, "queryConfInfos"), body)) is ok


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ({"memberNum": 1}, True),
        ({"memberNum": 120}, True),
        ({"memberNum": 0}, False),
        ({"memberNum": 121}, False),
        ({}, False),
        ({"memberNum": 4, "time": 4}, True),
        ({"memberNum": 4, "time": 3}, False),
        ({"memberNum": 4, "time": 1440}, True),
        ({"memberNum": 4, "time": 1441}, False),
        ({"memberNum": 4, "promptTime": 3}, True),
        ({"memberNum": 4, "promptTime": 2}, False),
        ({"memberNum": 4, "promptTime": 1441}, False),
        ({"memberNum": 4, "confCallerNo": "1" * 24}, True),
        ({"memberNum": 4, "confCallerNo": "1" * 25}, False),
        ({"memberNum": 4, "voicePath": "v" * 127}, True),
        ({"memberNum": 4, "voicePath": "v" * 128}, False),
        ({"memberNum": 4, "playMode": 3}, False),
        ({"memberNum": 4, "beepTone": True}, False),
        ({"memberNum": 4, "beepTone": True, "voicePath": "y:/conf/1/a.V3"}, True),
        ({"memberNum": 4, "beepTone": False}, True),
        ({"memberNum": 4, "colour": "red"}, False),
    ],
)
def test_conference_request_bounds(
    spec: dict[str, Any], schemas: SchemaChecker, body: dict[str, Any], ok: bool
) -> None:
    assert (not schemas.errors(_request_schema(spec, "requestAgentConf"), body)) is ok


def test_request_fields_carry_no_default_that_a_client_would_send(spec: dict[str, Any]) -> None:
    """Generated clients send every `default`; the gateway's own defaults are x-server-default."""
    bad = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "default" in node:
                bad.append(where)
            for key, child in node.items():
                visit(child, f"{where}/{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                visit(child, f"{where}/{index}")

    visit(spec["paths"], "paths")
    visit(spec["components"]["schemas"], "schemas")
    visit(spec["components"]["parameters"], "parameters")
    assert bad == []
    props = spec["components"]["schemas"]["RequestAgentConfRequest"]["properties"]
    assert props["time"]["x-server-default"] == 60
    assert props["promptTime"]["x-server-default"] == 3
    assert props["beepTone"]["x-server-default"] is False
    assert spec["components"]["schemas"]["PlayMode"]["x-server-default"] == 2


def _examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    for operation_id, (_, _, op) in operations(spec).items():
        for content in op.get("requestBody", {}).get("content", {}).values():
            found.append((f"{operation_id} request", content["schema"], content["example"]))
        for status, response in op["responses"].items():
            for content in response.get("content", {}).values():
                found.append((f"{operation_id} {status}", content["schema"], content["example"]))
    return found


def test_every_response_has_an_example(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, op) in operations(spec).items():
        content = op["responses"]["200"]["content"]["application/json"]
        assert "example" in content, operation_id
        assert content["x-example-source"] in {"reference", "constructed"}


def test_examples_in_the_document_validate(spec: dict[str, Any], schemas: SchemaChecker) -> None:
    for where, schema, example in _examples(spec):
        assert schemas.errors(schema, example) == [], where


@pytest.mark.parametrize("operation_id", sorted(SEED_OPERATIONS.values()))
def test_seed_examples_validate(
    spec: dict[str, Any], schemas: SchemaChecker, operation_id: str
) -> None:
    examples = fixture(operation_id)
    _, _, op = operations(spec)[operation_id]
    if "request" in examples:
        assert schemas.errors(_request_schema(spec, operation_id), examples["request"]) == []
    if "response" in examples:
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert schemas.errors(schema, examples["response"]) == []
        spec_example = op["responses"]["200"]["content"]["application/json"]["example"]
        assert spec_example == examples["response"], "the document carries the page's example"


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="reference pages not beside the checkout")
@pytest.mark.parametrize(("seed", "operation_id"), sorted(SEED_OPERATIONS.items()))
def test_fixtures_equal_the_reference_pages(seed: str, operation_id: str) -> None:
    printed = examples_in_page((SEEDS_DIR / seed).read_text(encoding="utf-8"))
    assert printed == fixture(operation_id)
    assert (FIXTURES / f"{operation_id}.json").exists() is bool(printed)


# ------------------------------------------------------------------ wire contradictions
def test_conference_result_accepts_both_shapes(schemas: SchemaChecker) -> None:
    conf = {"confId": 1, "confState": 0, "addresses": []}
    for result in ([conf], {"confs": [conf]}, None):
        body = {"message": "", "retcode": "0", "result": result}
        assert schemas.component_errors("QueryConfInfosResponse", body) == []


@pytest.mark.parametrize("value", [1566636286408, "1566636307992", "", None])
def test_timestamps_accept_what_the_wire_sends(schemas: SchemaChecker, value: Any) -> None:
    for field in (
        "agentStateBeginTime",
        "currentTime",
        "cmdBeginTime",
        "beginHoldTime",
        "beginTalkingTime",
        "secondTalkingTime",
    ):
        assert schemas.component_errors("AgentStateInfo", {field: value}) == []
    assert schemas.component_errors("CallInfo", {"endtime": value, "begintime": value}) == []


def test_timestamps_reject_non_numeric_text(schemas: SchemaChecker) -> None:
    assert schemas.component_errors("CallInfo", {"endtime": "yesterday"})


@pytest.mark.parametrize("value", ["70004", 70004])
def test_phone_numbers_accept_string_and_int(schemas: SchemaChecker, value: Any) -> None:
    assert schemas.component_errors("CallInfo", {"caller": value, "called": value}) == []


@pytest.mark.parametrize("value", [None, "", {"callid": "1-2", "caller": "7"}])
def test_sync_callinfo_accepts_null_string_and_object(schemas: SchemaChecker, value: Any) -> None:
    assert schemas.component_errors("SyncAgentInfoResult", {"callinfo": value}) == []


def test_each_contradiction_is_noted_where_it_lives(spec: dict[str, Any]) -> None:
    c = spec["components"]
    notes = {
        "agentid range": c["parameters"]["AgentId"],
        "result array vs confs": c["schemas"]["QueryConfInfosResponse"]["properties"]["result"],
        "caller/called int vs string": c["schemas"]["PhoneNumber"],
        "string timestamps": c["schemas"]["AgentStateInfo"],
        "callinfo string vs null/object": c["schemas"]["SyncAgentInfoResult"]["properties"][
            "callinfo"
        ],
        "call type 44": c["schemas"]["CallType"],
        "retcode table incomplete": c["schemas"]["Retcode"],
    }
    _, _, appdata = operations(spec)["queryCallAppData"]
    (call_id,) = [p for p in appdata["parameters"] if p.get("name") == "callId"]
    notes["callId vs callid"] = call_id
    for what, node in notes.items():
        assert node.get("x-doc-discrepancy"), what
