"""The chat operations of openapi.yaml (mediacall, textchat), as the pages and clients give them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

_G = ["100-006", "100-007"]
_T = ["000-002", "100-006", "100-007"]

# operationId: method, path, log method, retcodes, idempotent, reference pages
CHAT_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, list[str]]] = {
    "sendMediaMessage": (
        "POST",
        "/mediacall/{agentid}/sendmessage",
        "sendMessage",
        [*_G, "106-001", "106-002"],
        False,
        ["cec_07_1277", "cec_07_0457", "cec_07_1405", "cec_05_4901"],
    ),
    "setChatCapacity": (
        "POST",
        "/mediacall/{agentid}/setcallnums",
        "setCallNums",
        [*_G, "106-003"],
        True,
        ["cec_07_1278", "cec_07_0459"],
    ),
    "transferMediaChat": (
        "POST",
        "/mediacall/{agentid}/transfer",
        "transfer",
        [*_G, "106-004"],
        False,
        ["cec_07_1279", "cec_07_0460"],
    ),
    "setChatCapacityByChannel": (
        "POST",
        "/mediacall/{agentid}/setcallnumsbymediatype",
        "setCallNumsByMediaType",
        [*_G, "106-003"],
        True,
        ["cec_07_0463", "cec_07_0457"],
    ),
    "answerTextChat": ("PUT", "/textchat/{agentid}/answer/{callid}", "answer", _T, False, []),
    "sendTextChatMessage": (
        "PUT",
        "/textchat/{agentid}/chatmessage",
        "chat",
        [*_T, "700-016", "700-100"],
        False,
        [],
    ),
    "dropTextChat": ("DELETE", "/textchat/{agentid}/drop/{callid}", "drop", _T, False, []),
    "rejectTextChat": ("DELETE", "/textchat/{agentid}/reject/{callid}", "reject", _T, False, []),
    "transferTextChat": ("POST", "/textchat/{agentid}/transfer", "tranfser", _T, False, []),
    "uploadChatFile": (
        "POST",
        "/textchat/{agentid}/mediafile",
        "uploadMediaFile",
        [*_T, "700-023", "700-024", "700-100"],
        False,
        [],
    ),
    "downloadChatFile": (
        "GET",
        "/textchat/{agentid}/mediafile",
        "downloadMediaFile",
        [*_T, "700-100"],
        True,
        [],
    ),
}


@pytest.mark.parametrize("operation_id", sorted(CHAT_OPERATIONS))
def test_chat_operation_is_recorded(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, pages = CHAT_OPERATIONS[operation_id]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"] == pages
    assert pages or op["x-reference-sources"], "no page: the clients it came from are named"
    assert op["security"] == [{"Guid": []}]
    assert op["responses"]["200"]


def test_chat_text_bound_is_the_smaller_of_the_two_pages_give(spec: dict[str, Any]) -> None:
    text = spec["components"]["schemas"]["ChatText"]
    assert (text["minLength"], text["x-max-bytes"]) == (1, 1945)  # < 1.9 KB (SECMODE 1)


def test_capacity_bounds(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    by_channel = schemas["SetChatCapacityByChannelRequest"]["properties"]["totalCallNum"]
    assert (by_channel["minimum"], by_channel["maximum"]) == (1, 60)
    callnums = schemas["SetChatCapacityRequest"]["properties"]["callnums"]
    assert (callnums["x-minimum-value"], callnums["x-maximum-value"]) == ("1", "60")


def test_chat_events_are_typed(spec: dict[str, Any]) -> None:
    contents = spec["components"]["schemas"]["AgentEvent"]["x-event-contents"]
    for event in ("Ring", "Connected", "DataRecved", "Disconnected"):
        assert contents[f"AgentChat_{event}"] == "ChatContent"
    assert contents["AgentEvent_MessageData"] == "MessageDataContent"
