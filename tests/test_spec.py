"""openapi.yaml: valid, complete, and in agreement with the reference pages' examples."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.conftest import SPEC_PATH, SchemaChecker, operations, webhooks
from tests.seed_pages import FIXTURES, SEED_OPERATIONS, SEEDS_DIR, examples_in_page, fixture
from tests.test_spec_chat import CHAT_OPERATIONS
from tests.test_spec_conf_rec import CONF_REC_OPERATIONS
from tests.test_spec_desk import DESK_OPERATIONS
from tests.test_spec_playback import PLAYBACK_OPERATIONS
from tests.test_spec_quality_control import QC_OPERATIONS
from tests.test_spec_queues import QUEUE_OPERATIONS
from tests.test_spec_team_views import TEAM_OPERATIONS

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
SIGN_IN_RETCODES = [
    "100-001", "100-002", "100-003", "100-004", "100-011", "100-012", "100-013", "100-014",
    "100-015", "100-016", "100-017", "100-018", "100-020", "100-021", "110-016",
]  # fmt: skip
SESSION_OPERATIONS = {
    # operationId: (method, path, log method, retcodes, security)
    "signIn": ("PUT", "/onlineagent/{agentid}", "login", SIGN_IN_RETCODES, []),
    "forceSignIn": (
        "PUT",
        "/onlineagent/{agentid}/forcelogin",
        "forceLogin",
        [c for c in SIGN_IN_RETCODES if c != "100-002"],
        [],
    ),
    "signInPlatformOnly": (
        "PUT",
        "/onlineagent/{agentid}/loginex",
        "loginEx",
        ["100-001", "100-002", "100-003", "100-004", "100-011", "100-012", "100-021"],
        [],
    ),
    "signOut": (
        "DELETE",
        "/onlineagent/{agentid}/logout",
        "logout",
        ["100-005", "100-006", "100-008", "100-010"],
        [{"Guid": []}],
    ),
    "forceSignOut": (
        "DELETE",
        "/onlineagent/{agentid}/forcelogout",
        "forceLogout",
        ["100-005", "100-006", "100-008"],
        [{"Guid": []}],
    ),
    "forceSignOutWithReason": (
        "DELETE",
        "/onlineagent/{agentid}/forcelogoutwithreason/{reason}",
        "forceLogoutWithReason",
        ["000-002", "100-005", "100-006", "100-008"],
        [{"Guid": []}],
    ),
    "getAgentEvent": (
        "GET",
        "/agentevent/{agentid}",
        "getAgentEvent",
        ["000-001", "000-003", "100-006"],
        [{"Guid": []}],
    ),
    "handShake": (
        "POST",
        "/onlineagent/{agentid}/handshake",
        "handShake",
        ["100-001", "100-006"],
        [{"Guid": []}],
    ),
    "updateGuid": (
        "PUT",
        "/onlineagent/{agentid}/updateGuid",
        "updateGuid",
        ["100-006"],
        [{"Guid": []}],
    ),
    "queryAgentStatus": (
        "GET",
        "/onlineagent/{agentid}/agentstatus",
        "agentstatus",
        ["000-002"],
        [{"Guid": []}],
    ),
}


# Voice call control (voicecall): method, path, log name, retcodes, vendor pages.
CALL_OPERATIONS: dict[str, tuple[str, str, str, list[str], str]] = {
    "callOut": (
        "PUT",
        "/voicecall/{agentid}/callout",
        "callout",
        ["000-002", "100-006", "100-007", "200-001"],
        "cec_07_1232",
    ),
    "answerCall": (
        "PUT",
        "/voicecall/{agentid}/answer",
        "answer",
        ["100-006", "100-007", "200-002"],
        "cec_07_1234",
    ),
    "releaseCall": (
        "DELETE",
        "/voicecall/{agentid}/release",
        "release",
        ["100-006", "100-007", "200-017"],
        "cec_07_1247",
    ),
    "holdCall": (
        "POST",
        "/voicecall/{agentid}/hold",
        "hold",
        ["100-006", "100-007", "200-013", "200-014"],
        "cec_07_1239",
    ),
    "retrieveCall": (
        "POST",
        "/voicecall/{agentid}/gethold",
        "getHold",
        ["100-006", "100-007", "200-015", "200-016"],
        "cec_07_1241",
    ),
    "callInner": (
        "PUT",
        "/voicecall/{agentid}/callinner",
        "callInner",
        ["000-002", "100-006", "100-007"],
        "cec_07_1235",
    ),
    "innerHelp": (
        "POST",
        "/voicecall/{agentid}/innerhelp",
        "innerHelp",
        ["000-002", "100-006", "100-007", "200-018"],
        "cec_07_1236",
    ),
    "confJoin": (
        "POST",
        "/voicecall/{agentid}/confjoin",
        "confJoin",
        ["000-002", "100-006", "100-007", "200-010", "200-011"],
        "cec_07_1245",
    ),
    "transferCall": (
        "POST",
        "/voicecall/{agentid}/transfer",
        "transfer",
        ["000-002", "100-006", "100-007", "200-012"],
        "cec_07_1242",
    ),
    "cancelTransfer": (
        "POST",
        "/voicecall/{agentid}/canceltransfer",
        "cancelTransfer",
        ["100-006", "100-007", "200-012"],
        "",  # no vendor page: known from vendor clients only
    ),
    "beginMute": ("POST", "/voicecall/{agentid}/beginmute", "beginMute",
                  ["100-006", "100-007", "200-003", "200-004"], "cec_07_1237"),
    "endMute": ("POST", "/voicecall/{agentid}/endmute", "endMute",
                ["100-006", "100-007", "200-007", "200-008"], "cec_07_1238"),
    "secondDial": ("POST", "/voicecall/{agentid}/seconddialex", "secondDialEx",
                   ["000-002", "100-006", "100-007"], ""),
    "connectHold": ("POST", "/voicecall/{agentid}/connecthold/{callid}", "connectHold",
                    ["100-006", "100-007", "200-005", "200-006", "200-013", "200-014"],
                    "cec_07_1240"),
    "dropCall": ("POST", "/voicecall/{agentid}/dropcall/{callid}", "dropCall",
                 ["100-006", "100-007", "200-025"], ""),
    "disconnectNumber": ("POST", "/voicecall/{agentid}/disconnect/{number}", "disconnect",
                         ["000-002", "100-006", "100-007"], "cec_07_1248"),
    "snatchPickup": ("PUT", "/voicecall/{agentid}/snatchpickup", "snatchPickup",
                     ["000-002", "100-006", "100-007"], "cec_07_1252"),
    "phonePickup": ("POST", "/voicecall/{agentid}/phonepickup", "phonepickup",
                    ["100-006", "100-007"], "cec_07_1254"),
    "phonePickupPut": ("PUT", "/voicecall/{agentid}/phonepickup", "phonepickup",
                       ["100-006", "100-007"], "cec_07_1254"),
    "phoneHangup": ("POST", "/voicecall/{agentid}/phonehangup", "phonehangup",
                    ["100-006", "100-007"], "cec_07_1255"),
    "phoneHangupPut": ("PUT", "/voicecall/{agentid}/phonehangup", "phonehangup",
                       ["100-006", "100-007"], "cec_07_1255"),
    "previewCallOut": ("PUT", "/voicecall/{agentid}/previewcallout", "previewCallout",
                       ["000-002", "100-006", "100-007", "200-001"], "cec_07_0367"),
    "cancelPreviewCallOut": ("PUT", "/voicecall/{agentid}/cancelPreviewCallout",
                             "cancelPreviewCallout", ["000-002", "100-006", "100-007"],
                             "cec_07_1122"),
}  # fmt: skip

# Call data beyond the first queries: method, path, log name, retcodes, idempotent, page.
CALL_DATA_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, str]] = {
    "setCallAppDataEx": ("PUT", "/calldata/{agentid}/setcalldataex", "setCallAppDataEx",
                         ["000-002", "100-006", "100-007", "400-001"], False, "cec_07_1263"),
    "queryCallInfoByCallId": ("GET", "/calldata/{agentid}/callinfobycallid/{callid}",
                              "queryCallInfoByCallId", ["100-006", "100-007"], True,
                              "cec_07_1265"),
    "queryHoldList": ("GET", "/calldata/{agentid}/holdlist", "queryHoldListInfo",
                      ["100-006", "100-007", "400-003"], True, "cec_07_1264"),
    "queryAllCallId": ("GET", "/calldata/{agentid}/allcallid", "queryAllCallId",
                       ["100-006", "100-007"], True, ""),
    "queryCallInfoBeforeAnswer": ("GET", "/calldata/{agentid}/callinfobeforeanswer/{callId}",
                                  "queryCallInfoBeforeAnswer", ["100-006", "100-007"], True,
                                  "cec_07_1265"),
    "queryCallInfoBeforeAnswerAnyCall": ("GET", "/calldata/{agentid}/callinfobeforeanswer",
                                         "queryCallInfoBeforeAnswer", ["100-006", "100-007"],
                                         True, "cec_07_1265"),
}  # fmt: skip


def test_call_data_operations_are_recorded(spec: dict[str, Any]) -> None:
    found = operations(spec)
    for operation_id, expected in CALL_DATA_OPERATIONS.items():
        method, path, log_method, retcodes, idempotent, page = expected
        got_method, got_path, op = found[operation_id]
        assert (got_method, got_path) == (method, path), operation_id
        assert op["x-log-method"] == log_method
        assert op["x-retcodes"] == retcodes
        assert op["x-idempotent"] is idempotent
        assert op["x-reference-pages"][:1] == ([page] if page else [])
        assert op["tags"] == ["calldata"]


def test_call_operations_are_recorded(spec: dict[str, Any]) -> None:
    found = operations(spec)
    for operation_id, (method, path, log_method, retcodes, page) in CALL_OPERATIONS.items():
        got_method, got_path, op = found[operation_id]
        assert (got_method, got_path) == (method, path), operation_id
        assert op["x-log-method"] == log_method
        assert op["x-retcodes"] == retcodes, operation_id
        assert op["x-idempotent"] is False, "a call operation is never resent"
        assert op["x-reference-pages"][:1] == ([page] if page else [])
        assert op["security"] == [{"Guid": []}]
        assert op["tags"] == ["voicecall"]
        assert "Set-GUID" in op["responses"]["200"]["headers"]


def test_document_is_valid_openapi() -> None:
    document, _ = read_from_filename(str(SPEC_PATH))
    validate(document)


STATE_RETCODES = ["100-006", "100-007", "100-009"]
STATE_OPERATIONS = {
    # operationId: (path below /onlineagent/{agentid}, log method, retcodes, reference pages)
    "sayFree": ("/sayfree", "sayFree", STATE_RETCODES, ["cec_07_1210"]),
    "sayBusy": ("/saybusy", "sayBusy", ["000-002", *STATE_RETCODES], ["cec_07_1211"]),
    "cancelBusy": ("/cancelbusy", "cancelBusy", STATE_RETCODES, ["cec_07_1212"]),
    "requestRest": (
        "/rest/{time}/{restcause}",
        "rest",
        ["000-002", *STATE_RETCODES],
        ["cec_07_1213", "cec_07_13482"],
    ),
    "cancelRest": ("/cancelrest", "cancelRest", STATE_RETCODES, ["cec_07_1214"]),
    "enterWork": ("/work", "work", STATE_RETCODES, ["cec_07_1216"]),
    "cancelWork": ("/cancelwork", "cancelWork", STATE_RETCODES, ["cec_07_1216"]),
    "setAutoAnswer": (
        "/autoanswer/{isautoanswer}",
        "setAgentAutoAnswer",
        ["000-002", "100-006"],
        ["cec_07_1208"],
    ),
    "setAutoEnterIdle": (
        "/autoenteridle/{flag}",
        "setAgentAutoEnterIdle",
        ["000-002", "100-006"],
        ["cec_07_0351", "cec_07_1218"],
    ),
}


def test_state_operations_are_recorded(spec: dict[str, Any]) -> None:
    found = operations(spec)
    event_types = set(spec["components"]["schemas"]["EventType"]["enum"])
    for operation_id, (path, log_method, retcodes, pages) in STATE_OPERATIONS.items():
        method, got_path, op = found[operation_id]
        assert (method, got_path) == ("POST", "/onlineagent/{agentid}" + path), operation_id
        assert op["x-log-method"] == log_method
        assert op["x-retcodes"] == retcodes, operation_id
        assert set(pages) <= set(op["x-reference-pages"]), operation_id
        assert op["x-idempotent"] is False, "state changes are never retried"
        assert set(op["x-triggered-events"]) <= event_types, operation_id
        assert op["security"] == [{"Guid": []}]
        assert "Set-GUID" in op["responses"]["200"]["headers"]


def test_servers_default_to_the_gateway_port(spec: dict[str, Any]) -> None:
    (server,) = spec["servers"]
    assert server["url"] == "https://{host}:{port}/agentgateway/resource"
    assert server["variables"]["port"]["default"] == "8043"


def test_every_operation_of_the_reference_is_recorded(spec: dict[str, Any]) -> None:
    found = operations(spec)
    voice_and_data = set(CALL_OPERATIONS) | set(CALL_DATA_OPERATIONS)
    assert set(found) == (
        set(EXPECTED)
        | set(SESSION_OPERATIONS)
        | set(STATE_OPERATIONS)
        | set(QUEUE_OPERATIONS)
        | set(QC_OPERATIONS)
        | set(TEAM_OPERATIONS)
        | set(CONF_REC_OPERATIONS)
        | set(CHAT_OPERATIONS)
        | set(PLAYBACK_OPERATIONS)
        | voice_and_data
        | set(DESK_OPERATIONS)
    )
    for operation_id, (method, path, log_method, retcodes) in EXPECTED.items():
        got_method, got_path, op = found[operation_id]
        assert (got_method, got_path) == (method, path)
        assert op["x-log-method"] == log_method
        assert op["x-retcodes"] == retcodes
        assert op["summary"] and op["description"]
        assert op["security"] == [{"Guid": []}], "Guid applies per operation (top level is ignored)"
        assert isinstance(op["x-triggered-events"], list)
        assert op["responses"]["200"]["headers"]["Set-GUID"]


def test_session_operations_are_recorded(spec: dict[str, Any]) -> None:
    found = operations(spec)
    for operation_id, (method, path, log_method, retcodes, security) in SESSION_OPERATIONS.items():
        got_method, got_path, op = found[operation_id]
        assert (got_method, got_path) == (method, path), operation_id
        assert op["x-log-method"] == log_method
        assert op["x-retcodes"] == retcodes, operation_id
        assert op["security"] == security, operation_id
        assert op["summary"] and op["description"]
        assert "Set-GUID" in op["responses"]["200"]["headers"]


def test_sign_in_body_has_all_sixteen_fields(spec: dict[str, Any], schemas: SchemaChecker) -> None:
    """The sixteen fields of the pre-2025 pages: fifteen shared, ``status`` per interface."""
    fields = dict(spec["components"]["schemas"]["SignInOptions"]["properties"])
    assert list(fields) == [
        "password", "phonenum", "autoanswer", "autoenteridle", "releasephone", "agenttype",
        "ip", "entryIp", "phonelinkage", "checkInWebm", "checkInMailm",
        "vcPhoneNumber", "listenStatus", "callBackUri", "serviceToken",
    ]  # fmt: skip
    for request in ("SignInRequest", "SignInPlatformOnlyRequest"):
        parts = spec["components"]["schemas"][request]["allOf"]
        assert any("status" in part.get("properties", {}) for part in parts), request
    ok = {"password": "", "phonenum": "40038"}
    assert schemas.component_errors("SignInRequest", ok) == []
    assert schemas.component_errors("SignInRequest", {"password": ""})
    assert schemas.component_errors("SignInPlatformOnlyRequest", {"password": ""}) == []
    for field, bad in [
        ("password", "p" * 33), ("phonenum", "1" * 25), ("agenttype", 5), ("status", 6),
        ("ip", "::1"), ("ip", "256.1.1.1"), ("vcPhoneNumber", "1" * 25),
        ("callBackUri", "h" * 201), ("serviceToken", "t" * 51), ("serviceToken", "a-b"),
        ("autoanswer", "true"),
    ]:  # fmt: skip
        assert schemas.component_errors("SignInRequest", {**ok, field: bad}), field
    defaults = {name: f.get("x-server-default") for name, f in fields.items()}
    assert defaults["autoanswer"] is True and defaults["releasephone"] is True
    assert defaults["ip"] == "127.0.0.1" and defaults["listenStatus"] is False
    assert spec["components"]["schemas"]["AgentType"]["x-server-default"] == 4


def test_sign_in_result_accepts_the_reference_example(schemas: SchemaChecker) -> None:
    example = {
        "vdnid": 1, "workno": "291", "mediatype": "TTF", "loginTime": "1471585949806",
        "isForceChange": "false", "serverName": "AgentGateway", "timeRemaining": "9",
    }  # fmt: skip
    assert schemas.component_errors("SignInResult", example) == []
    assert schemas.component_errors("SignInResult", {**example, "vdnid": "1"}) == []


def test_sign_out_reason_range(spec: dict[str, Any], schemas: SchemaChecker) -> None:
    reason = spec["components"]["parameters"]["SignOutReason"]["schema"]
    assert (reason["minimum"], reason["maximum"]) == (1, 255)


@pytest.mark.parametrize(
    "body",
    [
        {"message": "", "retcode": "0"},
        {"message": "", "retcode": "0", "event": {"eventType": "AgentState_Busy", "workNo": "153",
                                                  "content": None}},
        {"retcode": "0", "event": {"eventType": "AgentEvent_Talking", "workNo": 153,
                                   "content": {"x": 1}, "eventGenTime": 1784529722590}},
    ],
)  # fmt: skip
def test_event_poll_shapes(schemas: SchemaChecker, body: dict[str, Any]) -> None:
    assert schemas.component_errors("AgentEventResponse", body) == []


def test_event_contents_are_documented_schemas(spec: dict[str, Any]) -> None:
    event = spec["components"]["schemas"]["AgentEvent"]
    known = set(spec["components"]["schemas"]["EventType"]["enum"])
    for event_type, schema in event["x-event-contents"].items():
        assert event_type in known
        assert schema in spec["components"]["schemas"]
    assert set(event["x-event-null-content"]) <= known
    required = {
        "AgentConf_RequestSuccess", "AgentConf_RequestFailed", "AgentConf_SelfJoinResult",
        "AgentConf_Timeout", "AgentConf_PresidentChanged", "AgentConf_ParticipantChanged",
        "AgentOther_PhoneOffhook", "AgentOther_ShutdownService", "AgentEvent_Incoming_CallInfo",
        # the busiest call events (wider-api Task 1 rows 11-15)
        "AgentEvent_Ringing", "AgentEvent_Auto_Answer", "AgentEvent_Talking",
        "AgentEvent_Customer_Release", "AgentEvent_Conference", "AgentEvent_Preview",
        "AgentEvent_AbandonCall", "AgentState_SetNotReady_Success", "AgentOther_Note",
        "AgentOther_Bulletin", "AgentEvent_TransOutResult", "AgentEvent_SuccTransResult",
    }  # fmt: skip
    assert required <= set(event["x-event-contents"])
    assert {"AgentState_Busy", "AgentOther_InService"} <= set(event["x-event-null-content"])
    # PhoneAlerting: null for outbound calls, {callid, caller, type} for inbound ones.
    assert event["x-event-optional-content"] == ["AgentOther_PhoneAlerting"]
    assert event["x-event-contents"]["AgentOther_PhoneAlerting"] == "PhoneAlertingContent"
    optional, null = set(event["x-event-optional-content"]), set(event["x-event-null-content"])
    assert optional <= set(event["x-event-contents"]) and not optional & null
    call_id_events = {t for t, s in event["x-event-contents"].items() if s == "CallIdContent"}
    assert call_id_events == {
        "AgentEvent_Hold", "AgentEvent_Call_Release", "AgentEvent_Call_Out_Fail",
        "AgentEvent_Inside_Call_Fail",
    }  # fmt: skip
    assert spec["components"]["schemas"]["CallIdContent"]["type"] == "string"


def test_every_operation_cites_a_vendor_page_or_the_clients_it_came_from(
    spec: dict[str, Any],
) -> None:
    """An operation without a vendor page says which public client code it was taken from."""
    for operation_id, (_, _, op) in operations(spec).items():
        pages = op.get("x-reference-pages", [])
        for page in pages:
            assert re.fullmatch(r"cec_0[57]_\d{4,5}", page), (operation_id, page)
        assert "x-reference-pages" in op, operation_id
        assert pages or str(op.get("x-reference-sources", "")).strip(), operation_id


def test_every_content_schema_cites_its_source(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in set(schemas["AgentEvent"]["x-event-contents"].values()):
        cited = schemas[name].get("x-reference-pages") or schemas[name].get("x-reference-sources")
        assert cited or name in {
            "ConferenceIdContent", "ConferenceFailedContent", "ParticipantChangedContent",
            "PlaybackResultContent", "PhoneOffhookContent", "ShutdownServiceContent",
            "IncomingCallInfoContent", "CustomerAlertingContent", "LinkagePhoneStatusContent",
            "QualityControlNotifyContent",
        }, name  # fmt: skip
        for page in schemas[name].get("x-reference-pages", []):
            assert re.fullmatch(r"cec_07_\d{4}", page), (name, page)


@pytest.mark.parametrize(
    "event",
    [
        {"eventType": "AgentEvent_Hold", "workNo": "49999", "content": "1456403549-15"},
        {"eventType": None, "workNo": "153", "content": None},
        {"eventType": 7, "workNo": 153, "content": {"x": 1}},
        {"eventType": "AgentEvent_Talking", "workNo": "153", "eventGenTime": 99999999999999999,
         "content": {"caller": 70004, "called": "60015", "feature": 7, "mediaAbility": "1"}},
    ],
)  # fmt: skip
def test_events_as_real_gateways_send_them_are_valid(
    schemas: SchemaChecker, event: dict[str, Any]
) -> None:
    assert schemas.component_errors("AgentEvent", event) == []
    content_schema = schemas_for(event)
    if content_schema is not None:
        assert schemas.component_errors(content_schema, event["content"]) == []


def schemas_for(event: dict[str, Any]) -> str | None:
    return {"AgentEvent_Hold": "CallIdContent", "AgentEvent_Talking": "CallEventContent"}.get(
        str(event["eventType"])
    )


def test_agent_status_accepts_object_and_array(schemas: SchemaChecker) -> None:
    status = {"agentState": 4, "isWorking": False}
    for result in (status, [status], None):
        body = {"message": "", "retcode": "0", "result": result}
        assert schemas.component_errors("AgentStatusResponse", body) == []


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
    for operation_id, (_, _, op) in operations(spec).items():
        if operation_id == "uploadChatFile":  # a file upload: the one multipart body
            assert list(op["requestBody"]["content"]) == ["multipart/form-data"]
        elif "requestBody" in op:
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
    for operation_id, (_, _, op) in (operations(spec) | webhooks(spec)).items():
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


@pytest.mark.parametrize(
    ("component", "body"),
    [
        # callBackUri mode, as the reference shows it and with the envelope one mock adds
        ("PushedEvents", {"workNo": "153", "eventList": [
            {"eventType": "AgentOther_PhoneAlerting", "workNo": "153", "content": None}]}),
        ("PushedEvents", {"message": "", "retcode": "0", "workNo": 153, "eventList": [
            {"eventType": "AgentEvent_Call_Release", "workNo": "153", "content": "1-15"}]}),
        # the older pushUrl receiver: one poll envelope per event
        ("LegacyPushedEvent", {"message": "", "retcode": "0", "event": {
            "eventType": "AgentEvent_Talking", "workNo": "153",
            "content": {"caller": "70004", "callid": "1-2", "feature": "7"}}}),
        ("LegacyPushAcknowledgement", {"retcode": 0}),
        ("LegacyPushAcknowledgement", {}),
    ],
)  # fmt: skip
def test_pushed_event_shapes(schemas: SchemaChecker, component: str, body: Any) -> None:
    assert schemas.component_errors(component, body) == []


def test_both_push_receivers_are_webhooks(spec: dict[str, Any]) -> None:
    hooks = spec["webhooks"]
    schema = hooks["legacyAgentEvent"]["post"]["requestBody"]["content"]["application/json"]
    assert schema["schema"]["$ref"].endswith("/LegacyPushedEvent")
    assert hooks["agentEvents"]["post"]["operationId"] == "receiveAgentEvents"
