"""The conference-action, recording and download operations of openapi.yaml (issue 20)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

CONF = ["000-002", "100-006", "100-007", "101-001"]
CHAIR = [*CONF, "101-002"]
# operationId: method, path, log method, retcodes, idempotent, first reference page
CONF_REC_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, str]] = {
    "answerAgentConf": ("POST", "/agentconf/{agentid}/answeragentconf", "answerAgentConf",
                        CONF, False, "cec_07_0469"),
    "rejectAgentConf": ("POST", "/agentconf/{agentid}/rejectagentconf", "rejectAgentConf",
                        CONF, False, "cec_07_0470"),
    "requestLeaveAgentConf": ("POST", "/agentconf/{agentid}/requestleaveagentconf",
                              "requestLeaveAgentConf", [*CONF, "101-007"], False,
                              "cec_07_0471"),
    "releaseAgentConf": ("POST", "/agentconf/{agentid}/releaseagentconf", "releaseAgentConf",
                         CHAIR, False, "cec_07_0472"),
    "batchAddParticipant": ("POST", "/agentconf/{agentid}/batchaddparticipant",
                            "batchAddParticipant", CHAIR, False, "cec_07_0477"),
    "queryVdnConfIds": ("GET", "/agentconf/{agentid}/queryvdnconfid", "queryAllConfIds",
                        ["000-002", "100-006", "100-007"], True, "cec_07_1301"),
    "prolongConfTime": ("POST", "/agentconf/{agentid}/prolongtime", "prolongTime", CHAIR,
                        False, "cec_07_0475"),
    "holdParticipant": ("POST", "/agentconf/{agentid}/holdparticipant", "holdParticipant",
                        CHAIR, False, "cec_07_0473"),
    "unholdParticipant": ("POST", "/agentconf/{agentid}/unholdparticipant",
                          "unholdParticipant", CHAIR, False, "cec_07_0474"),
    "changeParticipantMode": ("POST", "/agentconf/{agentid}/changeparticipantmode",
                              "changeParticipantMode", CHAIR, False, "cec_07_0479"),
    "modifyConfResource": ("POST", "/agentconf/{agentid}/modifyconfresource",
                           "modifyConfResource", CHAIR, False, "cec_07_0484"),
    "beginRecord": ("PUT", "/recordplay/{agentid}/record", "beginRecord",
                    ["000-002", "100-006", "100-007"], False, "cec_07_0402"),
    "stopRecord": ("DELETE", "/recordplay/{agentid}/stoprecord", "stopRecord",
                   ["100-006", "100-007"], False, "cec_07_0403"),
    "downloadRecordFile": ("GET", "/recordfile/{agentid}", "downloadRecordFile",
                           ["000-002", "100-006", "100-007"], True, "cec_07_0455"),
}  # fmt: skip


@pytest.mark.parametrize("operation_id", sorted(CONF_REC_OPERATIONS))
def test_operation_is_recorded(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, page = CONF_REC_OPERATIONS[operation_id]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"][0] == page
    assert op["security"] == [{"Guid": []}]
    known = set(spec["components"]["schemas"]["EventType"]["enum"])
    assert set(op["x-triggered-events"]) <= known


def test_a_verb_the_demo_uses_otherwise_is_noted(spec: dict[str, Any]) -> None:
    found = operations(spec)
    for operation_id in ("answerAgentConf", "rejectAgentConf", "requestLeaveAgentConf"):
        assert "C# demo" in found[operation_id][2]["x-doc-discrepancy"]
    assert "PUT prolongtime" in found["prolongConfTime"][2]["x-doc-discrepancy"]


def test_the_download_answers_audio_or_the_envelope(spec: dict[str, Any]) -> None:
    content = operations(spec)["downloadRecordFile"][2]["responses"]["200"]["content"]
    assert content["application/octet-stream"]["schema"]["format"] == "binary"
    assert content["application/json"]["schema"]["$ref"].endswith("/DoneResponse")


def test_the_recording_events_carry_their_content(spec: dict[str, Any]) -> None:
    contents = spec["components"]["schemas"]["AgentEvent"]["x-event-contents"]
    assert contents["AgentMediaEvent_Record"] == "RecordingContent"
    assert contents["AgentMediaEvent_Record_Fail"] == "RecordingContent"
    assert contents["AgentMediaEvent_StopRecordDone"] == "RecordStoppedContent"
    recording = spec["components"]["schemas"]["RecordingContent"]["properties"]
    assert {"recordID", "fileName", "locationId", "callId", "taskId"} <= set(recording)
