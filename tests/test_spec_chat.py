"""The chat operations of openapi.yaml (mediacall, textchat), as the pages and clients give them."""

from __future__ import annotations

import re
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
    # the rest of issue 21: internal chats, messages without a call, multimedia conferences
    "startInternalTextChat": (
        "PUT",
        "/textchat/{agentid}/internalcall/{destno}",
        "internalCall",
        _T,
        False,
        [],
    ),
    "sendMessageWithoutCall": (
        "POST",
        "/textchat/{agentid}/sendmessagewithoutcall",
        "sendMessageWithoutCall",
        [*_T, "700-100"],
        False,
        [],
    ),
    "sendMessageWithoutCallByPut": (
        "PUT",
        "/textchat/{agentid}/sendmessagewithoutcall",
        "sendMessageWithoutCall",
        [*_T, "700-100"],
        False,
        [],
    ),
    "requestMultimediaConference": (
        "PUT",
        "/multimediaconf/{agentid}/requestconf",
        "requestConf",
        _T,
        False,
        [],
    ),
    "inviteToMultimediaConference": (
        "PUT",
        "/multimediaconf/{agentid}/inviteconf",
        "inviteConf",
        _T,
        False,
        [],
    ),
    "reportMultimediaConferenceJoin": (
        "POST",
        "/multimediaconf/{agentid}/joinconfresult",
        "joinConfResult",
        _T,
        False,
        [],
    ),
    "stopMultimediaConference": (
        "DELETE",
        "/multimediaconf/{agentid}/stopconf",
        "stopConf",
        _T,
        False,
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


def test_the_two_methods_of_sendmessagewithoutcall_are_one_interface(spec: dict[str, Any]) -> None:
    item = spec["paths"]["/textchat/{agentid}/sendmessagewithoutcall"]
    assert set(item) == {"post", "put"}
    assert item["post"]["x-doc-discrepancy"] == item["put"]["x-doc-discrepancy"]
    for op in item.values():
        schema = op["requestBody"]["content"]["application/json; charset=UTF-8"]["schema"]
        assert schema == {"$ref": "#/components/schemas/MessageWithoutCallRequest"}
    body = spec["components"]["schemas"]["MessageWithoutCallRequest"]["properties"]
    assert (body["content"]["minLength"], body["content"]["maxLength"]) == (1, 6144)
    assert body["chatReceiver"]["maxLength"] == 4000 and body["jauIP"]["maxLength"] == 100


def test_multimedia_conference_bodies_follow_the_demos(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    invite = spec["paths"]["/multimediaconf/{agentid}/inviteconf"]["put"]
    assert "{confid, addressinfo}" in invite["x-doc-discrepancy"]
    assert "{callid, addressinfo}" in invite["x-doc-discrepancy"]
    assert set(schemas["MultimediaInviteRequest"]["properties"]) == {
        "confid",
        "callid",
        "addressinfo",
    }
    stop = spec["paths"]["/multimediaconf/{agentid}/stopconf"]
    assert list(stop) == ["delete"] and stop["delete"]["requestBody"]["required"] is True
    pattern = schemas["MultimediaAddressInfo"]["pattern"]
    assert re.fullmatch(pattern, "9,1,155;9,1,156;") and not re.fullmatch(pattern, "155")
    contents = schemas["AgentEvent"]["x-event-contents"]
    assert contents["AgentEvent_JoinConf"] == "JoinConferenceContent"
