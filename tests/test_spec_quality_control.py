"""The quality-control operations and allagentevent of openapi.yaml, as the pages give them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

_QC = "/qualitycontrol/{agentid}"
_MONITOR_CODES = ["000-005", "100-006", "900-001", "900-002", "900-003", "900-004", "900-005"]
_STOP_CODES = ["100-006", "900-001", "900-002", "900-003", "900-004", "900-005"]
_INTERCEPT_EVENTS = [
    "AgentEvent_Talking",
    "AgentState_Ready",
    "AgentOther_PhoneRelease",
    "AgentEvent_Call_Release",
    "AgentEvent_Customer_Release",
]

# operationId: method, path, log method, retcodes, idempotent, reference pages, events
QC_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, list[str], list[str]]] = {
    "addSupervise": (
        "PUT", f"{_QC}/addsupervise/{{workNo}}", "addSupervise", _MONITOR_CODES, False,
        ["cec_07_2402"], [],
    ),
    "addInsert": (
        "PUT", f"{_QC}/addinsert/{{workNo}}", "addInsert", _MONITOR_CODES, False,
        ["cec_07_2401"], [],
    ),
    "stopSuperviseOrInsert": (
        "DELETE", f"{_QC}/{{workNo}}", "stopSuperviseOrInsert", _STOP_CODES, False, [], [],
    ),
    "switchSuperviseOrInsert": (
        "POST", f"{_QC}/switch/{{workNo}}", "switchSuperviseOrInsert",
        ["100-006", "900-001", "900-002", "900-003"], False, ["cec_07_2410"], [],
    ),
    "requestWhisperAgent": (
        "POST", f"{_QC}/requestwhisperagent", "requestWhisperAgent", _MONITOR_CODES, False,
        ["cec_07_2412"], [],
    ),
    "requestStopWhisperAgent": (
        "POST", f"{_QC}/requeststopwhisperagent", "requestStopWhisperAgent", _STOP_CODES,
        False, ["cec_07_2413"], [],
    ),
    "requestSwitchInsertWhisperAgent": (
        "POST", f"{_QC}/requestswitchinsertwhisperagent", "requestSwitchInsertWhisperAgent",
        _STOP_CODES, False, ["cec_07_2414"], [],
    ),
    "interceptCall": (
        "PUT", f"{_QC}/intercept/{{workNo}}", "intercept", _STOP_CODES, False,
        ["cec_07_2403", "cec_05_4048"], _INTERCEPT_EVENTS,
    ),
    "interceptSpecifiedCall": (
        "PUT", f"{_QC}/intercept/{{workNo}}/{{callId}}", "intercept", _STOP_CODES, False,
        ["cec_07_0437", "cec_05_4048"], _INTERCEPT_EVENTS,
    ),
    "forceBusy": (
        "POST", f"{_QC}/forcebusy/{{workNo}}", "forceBusy", _MONITOR_CODES, False,
        ["cec_07_1346"], ["AgentState_SetNotReady_Success"],
    ),
    "forceIdle": (
        "POST", f"{_QC}/forceidle/{{workNo}}", "forceIdle", _MONITOR_CODES, False, [],
        ["AgentState_Force_Ready"],
    ),
    "forceRest": (
        "POST", f"{_QC}/forcerest/{{workNo}}/{{time}}/{{reason}}", "forceRest",
        ["000-002", *_MONITOR_CODES], False, ["cec_07_2411"],
        ["AgentState_SetRest_Success", "AgentState_Rest_Timeout"],
    ),
    "forceLogOutAgent": (
        "POST", f"{_QC}/forcelogout/{{workNo}}", "forceLogOutAgent", _MONITOR_CODES[:-1],
        False, ["cec_07_0441", "cec_07_2407"], ["AgentOther_ShutdownService"],
    ),
    "forceDropCall": (
        "POST", f"{_QC}/forcedropcall/{{callid}}", "forceDropCall", _STOP_CODES[:-1], False, [],
        ["AgentEvent_Call_Release", "AgentOther_PhoneRelease", "AgentState_Ready",
         "AgentState_Work"],
    ),
    "queryAllMonitoredAgents": (
        "GET", f"{_QC}/allagent", "queryAllMonitoredAgents", ["100-006", "900-002"], True, [],
        [],
    ),
    "getAllAgentEvent": (
        "GET", "/agentevent/allagentevent", "getAllAgentEvent", ["100-006", "900-002"], False,
        [], [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("operation_id", sorted(QC_OPERATIONS))
def test_operation_as_the_pages_give_it(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, pages, events = QC_OPERATIONS[operation_id]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"] == pages
    assert op["x-triggered-events"] == events
    if not pages or "x-log-method-source" in op:  # no page (or no log name read): say so
        assert op.get("x-reference-sources") or op.get("x-doc-unread")
    assert op["security"] == [{"Guid": []}]
    assert op["responses"]["200"]["headers"]["Set-GUID"]
    assert op["summary"] and op["description"]


def test_the_paths_block_is_one_family(spec: dict[str, Any]) -> None:
    """Every qualitycontrol path is tagged so, and the tag is described."""
    tags = {tag["name"] for tag in spec["tags"]}
    assert "qualitycontrol" in tags
    for operation_id, (_, path, *_rest) in QC_OPERATIONS.items():
        _, _, op = operations(spec)[operation_id]
        expected = "agentevent" if path.startswith("/agentevent") else "qualitycontrol"
        assert op["tags"] == [expected]


def test_bounds_of_the_pages(spec: dict[str, Any]) -> None:
    _, _, rest = operations(spec)["forceRest"]
    bounds = {p["name"]: p["schema"] for p in rest["parameters"] if "name" in p}
    assert (bounds["time"]["minimum"], bounds["time"]["maximum"]) == (1, 86399)
    assert (bounds["reason"]["minimum"], bounds["reason"]["maximum"]) == (1, 255)
    switch = spec["components"]["schemas"]["QcSwitchType"]
    assert switch["enum"] == [0, 1, 2]
    work_no = spec["components"]["parameters"]["WorkNo"]["schema"]
    agent_id = spec["components"]["parameters"]["AgentId"]["schema"]
    assert work_no == agent_id  # the same 101-999999 rule


def test_all_agent_event_answers_an_array(spec: dict[str, Any]) -> None:
    answer = spec["components"]["schemas"]["AllAgentEventResponse"]["properties"]["event"]
    shapes = [part.get("type") for part in answer["oneOf"]]
    assert shapes == ["array", "null"]
