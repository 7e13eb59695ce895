"""Playback, screen recording and the video and VoiceCyber downloads of openapi.yaml (issue 20)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

USUAL = ["100-006", "100-007"]
# operationId: method, path, log method, retcodes, idempotent, first reference page
PLAYBACK_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, str]] = {
    "beginPlay": ("PUT", "/recordplay/{agentid}/play", "beginPlay",
                  ["000-002", *USUAL, "500-007"], False, "cec_07_0394"),
    "pausePlay": ("POST", "/recordplay/{agentid}/pauseplay", "pausePlay",
                  [*USUAL, "500-003"], False, "cec_07_4203"),
    "resumePlay": ("POST", "/recordplay/{agentid}/resumeplay", "resumePlay",
                   [*USUAL, "500-005"], False, "cec_07_4204"),
    "foreFastPlay": ("POST", "/recordplay/{agentid}/forefast/{time}", "foreFastPlay",
                     [*USUAL, "500-002"], False, "cec_07_0397"),
    "backFastPlay": ("POST", "/recordplay/{agentid}/backfast/{time}", "backFastPlay",
                     [*USUAL, "500-001"], False, "cec_07_4206"),
    "stopPlay": ("DELETE", "/recordplay/{agentid}/stopplay", "stopPlay",
                 [*USUAL, "500-009"], False, "cec_07_4207"),
    "beginNetPlay": ("POST", "/recordplay/{agentid}/netplay", "beginNetPlay",
                     ["000-002", *USUAL, "500-007"], False, "cec_07_4212"),
    "startRecordScreen": ("PUT", "/recordplay/{agentid}/startrecordscreen",
                          "startRecordScreen", USUAL, False, "cec_07_4208"),
    "stopRecordScreen": ("DELETE", "/recordplay/{agentid}/stoprecordscreen",
                         "stopRecordScreen", USUAL, False, "cec_07_4209"),
    "downloadRecordFileEx": ("GET", "/recordfile/{agentid}/recordfiledownloadEx",
                             "recordfiledownloadEx", ["000-002", *USUAL], True, "cec_07_4215"),
    "downloadVideoFile": ("GET", "/recordfile/{agentid}/videofiledownload", "downloadVideoFile",
                          ["000-002", "000-003", *USUAL], True, "cec_07_4217"),
    "downloadVideoFileEx": ("GET", "/recordfile/{agentid}/videofiledownloadEx",
                            "downloadVideoFileEx", ["000-002", *USUAL, "104-010"], True,
                            "cec_07_4218"),
}  # fmt: skip


@pytest.mark.parametrize("operation_id", sorted(PLAYBACK_OPERATIONS))
def test_operation_is_recorded(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, page = PLAYBACK_OPERATIONS[operation_id]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"][0] == page
    assert op["security"] == [{"Guid": []}]
    known = set(spec["components"]["schemas"]["EventType"]["enum"])
    assert set(op["x-triggered-events"]) <= known
    assert bool(op["x-triggered-events"]) is not idempotent  # actions tell their outcome


def test_the_playback_events_are_typed(spec: dict[str, Any]) -> None:
    event = spec["components"]["schemas"]["AgentEvent"]
    assert event["x-event-contents"]["AgentMediaEvent_StopPlayDone"] == "PlayStoppedContent"
    silent = set(event["x-event-null-content"])
    assert {
        "AgentMediaEvent_Play", "AgentMediaEvent_Play_Succ", "AgentMediaEvent_Play_Fail",
        "AgentMediaEvent_PausePlayDone", "AgentMediaEvent_ResumePlayDone",
        "AgentMediaEvent_JumpPlayDone",
    } <= silent  # fmt: skip
    cause = spec["components"]["schemas"]["PlayStopCause"]
    assert cause["enum"] == [0, 1, 2]


def test_the_play_body_keeps_the_gateways_spelling(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["BeginPlayRequest"]
    assert body["required"] == ["voicepath"]
    assert body["properties"]["voicepath"]["maxLength"] == 100
    assert "startpostion" in body["properties"]  # sic, as the page and clients send it
    assert not any("default" in field for field in body["properties"].values())
    net = spec["components"]["schemas"]["BeginNetPlayRequest"]
    assert net["required"] == ["fileName", "ccId"]


def test_jumps_take_one_second_or_more(spec: dict[str, Any]) -> None:
    jump = spec["components"]["parameters"]["PlayJumpSeconds"]
    assert jump["schema"]["minimum"] == 1 and "x-doc-discrepancy" in jump


@pytest.mark.parametrize(
    "operation_id", ["downloadRecordFileEx", "downloadVideoFile", "downloadVideoFileEx"]
)
def test_the_downloads_answer_a_file_or_the_envelope(
    spec: dict[str, Any], operation_id: str
) -> None:
    content = operations(spec)[operation_id][2]["responses"]["200"]["content"]
    assert content["application/octet-stream"]["schema"]["format"] == "binary"
    assert content["application/json"]["schema"]["$ref"].endswith("/DoneResponse")
    assert operations(spec)["downloadVideoFile"][2]["deprecated"] is True
