"""Every enum of the document equals its reference table, and unknown values never break parsing."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

import pytest

from cec_agentgateway.generated import models
from cec_agentgateway.generated.spec_extensions import ENUM_DESCRIPTIONS
from tests.seed_pages import SEEDS_DIR
from tests.unknown_values import unknown_int, unknown_str

# The reference tables, value -> name we give it. Values are the reference's, exactly.
REFERENCE: dict[str, dict[int | str, str]] = {
    "ReasonCode": dict(
        zip(
            [*range(32), *range(34, 49), *range(50, 55), 88, 89],
            [
                "NORMAL",
                "OVERFLOW_TRANSFER",
                "TIMEOUT_TRANSFER",
                "NO_AGENT_ON_DUTY_TRANSFER",
                "QUEUE_CANCELLED_TRANSFER",
                "NO_ANSWER_TRANSFER",
                "SUSPENDED_CALL_RESUMED",
                "HELD_CALL_CONNECTED",
                "THREE_PARTY_HELP",
                "CALL_UNHELD",
                "THREE_PARTY_CALL",
                "RELEASED_BY_HELP_REQUESTER",
                "CALL_INTERCEPTED",
                "CALL_PICKED_UP",
                "CALLED_NUMBER_ANALYSIS_MISSING",
                "USER_RELEASED",
                "AGENT_RELEASED",
                "TRANSFERRED_OUT",
                "CALL_HELD",
                "INTERNAL_ERROR",
                "CALLED_PARTY_BUSY",
                "LINE_BUSY",
                "PHONE_POWERED_OFF",
                "PHONE_OUT_OF_SERVICE",
                "INVALID_NUMBER",
                "NO_ACD_RESOURCE",
                "USER_NO_ANSWER",
                "CALLED_PARTY_REJECTED",
                "CONNECTED_CALL_TO_QUEUE",
                "THREE_PARTY_CALL_TO_QUEUE",
                "CONNECTED_CALL_QUEUE_TIMEOUT",
                "THREE_PARTY_CALL_QUEUE_TIMEOUT",
                "NETWORK_CALL_QUEUE_FAILED",
                "NETWORK_CALL_QUEUED_AT_ORIGIN",
                "QUEUED_CALL_REROUTED",
                "CDN_FROM_INBOUND_ROUTE",
                "CDN_FROM_AGENT_CONSULTATION",
                "CDN_ROUTING_RESULT",
                "CDN_ROUTING_TIMEOUT",
                "AGENT_CANCELLED_CONSULTATION",
                "PGR_FROM_CDN_TIMEOUT",
                "PGR_FROM_CDN_ROUTE",
                "PGR_FROM_INBOUND_ROUTE",
                "PGR_FROM_AGENT_CONSULTATION",
                "CDN_REROUTE_AGENT_UNREACHABLE",
                "MULTIPLE_QUEUES",
                "ANSWERED_FROM_SLAVE_QUEUE",
                "AGENT_REJECTED",
                "USER_JOINED_CONFERENCE",
                "CONFERENCE_RELEASED",
                "REMOVED_FROM_CONFERENCE",
                "LOW_COMPLETION_RATE_TRANSFER",
                "USER_HUNG_UP_AFTER_ANSWER",
                "USER_HOOKED_ON_AFTER_ANSWER",
            ],
            strict=True,
        )
    ),
    "CallType": {
        -1: "OTHER",
        0: "INBOUND",
        6: "INTERNAL",
        7: "OUTBOUND",
        40: "SCHEDULED_OUTBOUND",
        41: "PREOCCUPIED_OUTBOUND",
        43: "PREDICTIVE_OUTBOUND",
        44: "PREVIEW_OUTBOUND",
        45: "SCHEDULED_CALLBACK",
        51: "INTERNAL_TWO_PARTY_CONSULTATION",
        52: "INTERNAL_THREE_PARTY_CONSULTATION",
        53: "MULTI_PARTY",
    },
    "OperationCommand": dict(
        zip(
            [*range(25), 30, 31],
            [
                "NONE",
                "HANG_UP",
                "DISCONNECTED",
                "CALLED_PARTY_HUNG_UP",
                "FIRST_OUTBOUND_CALL",
                "OUTBOUND_CALL",
                "HOLD",
                "UNHOLD",
                "MUTE",
                "UNMUTE",
                "BLIND_TRANSFER",
                "RELEASE_AFTER_TRANSFER",
                "TALK_TRANSFER",
                "RELEASE_AFTER_THREE_WAY_TRANSFER",
                "HANG_UP_TRANSFER",
                "SPECIAL_TRANSFER",
                "TWO_PARTY_HELP",
                "THREE_PARTY_HELP",
                "THREE_PARTY_CALL",
                "PLAYBACK",
                "INSERT",
                "LISTEN",
                "SWITCH",
                "INTERCEPT",
                "WHISPER",
                "SHOW_BUSY",
                "REST",
            ],
            strict=True,
        )
    ),
    "TraceDeviceType": {
        1: "CALL_QUEUE",
        2: "AGENT",
        3: "AUTOMATIC_FLOW",
        4: "CONFERENCE_RESOURCE",
        5: "PAIRED_CALL",
        6: "AGENT_QUEUE",
        7: "COMMON_CALL",
    },
    "ConfDeviceType": {
        0: "UNKNOWN",
        1: "ORDINARY_PHONE",
        2: "WIRELESS_DIGITAL",
        3: "WIRELESS_ANALOG",
        4: "SHORTWAVE",
        5: "MOBILE_PHONE",
        6: "AGENT",
        7: "ELTE",
    },
    "DeviceCallType": {0: "NORMAL", 1: "GROUP_CALL", 2: "POINT_TO_POINT"},
    "AddressType": {"6": "PHONE_NUMBER", "9": "AGENT_ID"},
    "SkillSelection": {"true": "ALL_CONFIGURED", "false": "LISTED"},  # cec_07_1209 autoflag
    "BulletinTargetType": {0: "AGENT_GROUP", 1: "SKILL_QUEUE"},  # the demos' targettype
    "MediaType": {
        1: "TEXT_CHAT",
        2: "CLICK_TO_DIAL",
        4: "CALLBACK_REQUEST",
        5: "VOICE_OR_VIDEO_CALL",
        15: "PREDICTIVE_OUTBOUND",
        16: "PREVIEW_OUTBOUND",
        17: "MESSAGE_CALL",
        19: "VIDEO_CALL",
        51: "WEB_CHAT",
        53: "SOCIAL_CHAT",
    },
    "MediaAbility": {1: "VOICE", 2: "VIDEO", 3: "VOICE_AND_VIDEO"},
    # cec_07_1232 (callout), parameter mediaability.
    "CallOutMediaAbility": {0: "AUDIO", 1: "VIDEO", 2: "NEGOTIATED"},
    # cec_07_1236 (innerhelp), parameters devicetype and mode.
    "HelpDeviceType": {1: "SKILL_QUEUE", 2: "AGENT"},
    "HelpMode": {1: "TWO_PARTY", 2: "THREE_PARTY"},
    # cec_07_1242 (transfer): devicetype, and the mode tables inside and outside the centre.
    "TransferDeviceType": {
        1: "SKILL_QUEUE",
        2: "AGENT",
        3: "IVR",
        4: "ACCESS_CODE",
        5: "EXTERNAL_NUMBER",
    },
    "InternalTransferMode": {
        0: "RELEASE",
        1: "SUSPEND",
        2: "AFTER_SUCCESS",
        3: "SPECIFIED",
        4: "MERGE",
    },
    "ExternalTransferMode": {1: "RELEASE", 2: "AFTER_SUCCESS", 3: "TALK", 4: "THREE_PARTY"},
    # cec_07_0463 (setcallnumsbymediatype) channels; cec_07_1279/0460 (mediacall transfer).
    "ChatChannel": {50: "EMAIL", 51: "WEB_CHAT", 52: "SMS", 53: "SOCIAL_CHAT", 56: "WECHAT"},
    "ChatTransferDeviceType": {1: "SKILL_QUEUE", 2: "AGENT", 4: "ACCESS_CODE"},
    "ChatTransferMode": {0: "RELEASE", 2: "AFTER_SUCCESS"},
    "CallDirectMode": {
        "NORMAL_DIRECT": "NORMAL_DIRECT",
        "KEEP_DIRECT": "KEEP_DIRECT",
        "WAIT_DIRECT": "WAIT_DIRECT",
        "RELEASE_DIRECT": "RELEASE_DIRECT",
    },
    "ConfState": {0: "NORMAL", 1: "ANNOUNCEMENT_PLAYING"},
    "ChannelAttrib": {1: "LISTEN_ONLY", 2: "SPEAK_ONLY", 3: "LISTEN_AND_SPEAK"},
    "ChannelState": {0: "IN_CONFERENCE", 1: "HELD", 2: "ANNOUNCEMENT_PLAYING"},
    "ConfRole": {0: "PARTICIPANT", 1: "CHAIR"},
    "PlayMode": {2: "VOICE_FILE"},
    "RecordMediaType": {5: "VOICE"},
    "RecordFileType": {"1": "CALL_RECORDING", "2": "VOICE_MESSAGE"},
    # Playback and video downloads (cec_07_4202, cec_07_4212, cec_07_1388, cec_07_4217).
    "PlayCodeFormat": {0: "DEFAULT"},
    "NetPlayRepeat": {0: "LOOP", 1: "ONCE"},
    "NetPlayFileFormat": {0: "RESOURCE_DEFAULT", 1: "VOX_24K", 2: "VOX_32K"},
    "PlayStopCause": {0: "FINISHED", 1: "STOPPED_BY_AGENT", 2: "FAILED"},
    "VideoFileType": {"0": "HIGH_DEFINITION", "1": "STANDARD_DEFINITION", "2": "AUXILIARY"},
    "AgentState": dict(
        zip(
            [*range(1, 18), 255],
            [
                "IDLE",
                "WRAP_UP",
                "REST",
                "BUSY",
                "ANNOUNCEMENT_PLAYING",
                "OUTBOUND_CALLING",
                "OCCUPIED",
                "RINGING",
                "TALKING",
                "THREE_PARTY_CALL",
                "HOLD",
                "MUTE",
                "CONSULTING",
                "TALK_TRANSFER",
                "INSERTING",
                "LISTENING",
                "WHISPERING",
                "ABNORMAL",
            ],
            strict=True,
        )
    ),
}

REFERENCE |= {
    "AgentType": {4: "PC_AND_PHONE", 11: "PC_AND_PHONE_VIDEO"},
    # 8 (rest): documentation issue 24, for signIn/forceSignIn only (cec_07_0333).
    "SignInStatus": {3: "BUSY", 4: "IDLE", 5: "WRAP_UP", 8: "REST"},
    "PlatformOnlySignInStatus": {3: "BUSY", 4: "IDLE", 5: "WRAP_UP"},
    "GatewayAgentState": dict(
        enumerate(
            [
                "UNKNOWN",
                "SIGNED_IN",
                "SIGNED_OUT",
                "BUSY",
                "IDLE",
                "WRAP_UP",
                "IDLE_RESERVED",
                "TALKING",
                "REST",
                "PRE_REST",
            ]
        )
    ),
    "ParticipantChangeType": dict(
        enumerate(["JOINED", "LEFT", "CHAIR_CHANGED", "MUTED", "UNMUTED", "HELD", "UNHELD"])
    ),
    "ParticipantLeaveReason": {
        0: "LEFT",
        1: "REMOVED_BY_CHAIR",
        2: "HUNG_UP",
        3: "CONFERENCE_ENDED",
        4: "SIGNED_OUT",
        6: "OTHER",
        255: "NOT_APPLICABLE",
    },
    "ParticipantType": {6: "PHONE_NUMBER", 9: "AGENT_ID"},
    "PhoneLine": {"unknown": "UNKNOWN", "main": "MAIN", "assistant": "ASSISTANT"},
    # cec_07_2414: switchtype of requestswitchinsertwhisperagent
    "QcSwitchType": {0: "LISTEN", 1: "INSERT", 2: "WHISPER"},
    "LinkagePhoneState": dict(
        enumerate(["OFF_HOOK", "ON_HOOK", "TALKING", "ONLINE", "OFFLINE", "RINGING"])
    ),
}

# Event type names: those whose content the reference documents, and those known by name.
DOCUMENTED_EVENTS = [
    "AgentConf_RequestSuccess", "AgentConf_RequestFailed", "AgentConf_SelfJoinResult",
    "AgentConf_Timeout", "AgentConf_PresidentChanged", "AgentConf_ParticipantChanged",
    "AgentConf_StopParticipantVoice", "AgentConf_Ringing", "AgentState_Busy",
    "AgentOther_PhoneAlerting", "AgentOther_PhoneOffhook", "AgentOther_PhoneBusy",
    "AgentOther_ShutdownService", "AgentOther_InService", "AgentEvent_Customer_Alerting",
    "AgentEvent_Incoming_CallInfo", "AgentEvent_Agent_Occupyed", "AgentEvent_linkagePhoneStatus",
    "QC_AgentState_Notify",
]  # fmt: skip
NAMED_EVENTS = [
    "AgentState_Ready", "AgentState_Force_Ready", "AgentState_SetNotReady_Success",
    "AgentState_CancelNotReady_Success", "AgentState_Force_SetNotReady",
    "AgentState_SetRest_Success", "AgentState_CancelRest_Success", "AgentState_Rest_Timeout",
    "AgentState_SetWork_Success", "AgentState_CancelWork_Success", "AgentState_Work",
    "AgentEvent_Ringing", "AgentEvent_Talking", "AgentEvent_Hold", "AgentEvent_Auto_Answer",
    "AgentEvent_Call_Release", "AgentEvent_Customer_Release", "AgentEvent_Call_Out_Fail",
    "AgentEvent_Consult_Fail", "AgentEvent_Conference", "AgentEvent_JoinConf",
    "AgentEvent_No_Answer", "AgentEvent_No_Answer_From_Cti", "AgentEvent_AbandonCall",
    "AgentEvent_Preview", "AgentEvent_ReleaseRequest", "AgentEvent_ReleaseResponse",
    "AgentOther_PhoneRelease", "AgentOther_Note", "AgentOther_Bulletin", "AgentChat_Ring",
    "AgentChat_Connected", "AgentChat_DataRecved", "AgentChat_Disconnected",
]  # fmt: skip
# Names real gateways send, from the vendor event pages and public clients (issue 8).
WIRE_EVENTS = [
    "AgentState_NotReady", "AgentOther_PhoneUnknow", "AgentOther_All_Agent_Busy",
    "AgentEvent_Inside_Call_Fail", "AgentEvent_Connect_Fail", "AgentEvent_TransOutResult",
    "AgentEvent_SuccTransResult", "AgentEvent_Preview_CallOut", "AgentEvent_UserMediaAbility",
    "AgentEvent_MessageData", "AgentEvent_ControlWindow_Notify", "AgentEvent_Orders_Notify",
    "AgentEvent_linkagePhoneHold", "AgentEvent_linkagePhoneMute",
    "AgentEvent_linkagePhoneTransferOut", "OUTBOUND_DETECT_EVENT", "AgentMediaEvent_Record",
    "AgentMediaEvent_Record_Fail", "AgentMediaEvent_StopRecordDone", "AgentMediaEvent_Play",
    "AgentMediaEvent_Play_Succ", "AgentMediaEvent_Play_Fail", "AgentMediaEvent_StopPlayDone",
    "AgentMediaEvent_PausePlayDone", "AgentMediaEvent_ResumePlayDone",
    "AgentMediaEvent_JumpPlayDone",
    "AgentMediaEvent_StartRecordScreen_Succ", "AgentMediaEvent_StartRecordScreen_Fail",
    "AgentMediaEvent_StopRecordScreen_Succ", "AgentMediaEvent_StopRecordScreen_Fail",
    "AgentConf_SelfLeaveResult", "AgentChat_CallOutCreated", "AgentChat_CalloutFailed",
    "AgentChat_TransferStart", "AgentChat_TransferFailed", "AgentChat_DELAY_EMAIL",
]  # fmt: skip

# The call-type table printed on the syncagentinfo page, and the Call Type appendix.
SEED_CALL_TYPES = [-1, 0, 6, 7, 41, 44, 45, 51, 52, 53]
APPENDIX_CALL_TYPES = [0, 6, 7, 40, 41, 43, 44, 45, 51, 52, 53]

# Current error-code table (facts digest 2a) and the legacy families (2b).
CURRENT_RETCODES = (
    ["0"]
    + [f"000-00{i}" for i in range(1, 8)]
    + [f"100-{i:03d}" for i in range(1, 22)]
    + ["110-016"]
    + [f"101-00{i}" for i in range(1, 8)]
    + [f"104-{i:03d}" for i in [*range(1, 11), 12]]
    + [f"105-00{i}" for i in range(1, 8)]
    + [f"106-00{i}" for i in range(1, 5)]
)
LEGACY_RETCODES = (
    ["999-001"]
    + [f"110-{i:03d}" for i in [*range(2, 13), *range(17, 23)]]
    + [f"200-{i:03d}" for i in [*range(1, 19), 25]]
    + [f"300-00{i}" for i in range(1, 5)]
    + [f"400-00{i}" for i in range(1, 4)]
    + [f"500-00{i}" for i in range(1, 10)]
    + [f"600-00{i}" for i in range(1, 6)]
    + ["700-014", "700-016", "700-017", "700-023", "700-024", "700-100"]
    + ["800-001"]
    + [f"900-00{i}" for i in range(1, 6)]
)


def _enum_class(name: str) -> type[Enum]:
    cls: type[Enum] = getattr(models, name)
    return cls


def test_every_enum_in_the_document_has_a_reference_table(spec: dict[str, Any]) -> None:
    enums = {n for n, s in spec["components"]["schemas"].items() if "enum" in s}
    assert enums == set(REFERENCE) | {"Retcode", "EventType"}


def test_event_types(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["EventType"]
    assert set(schema["enum"]) == set(DOCUMENTED_EVENTS) | set(NAMED_EVENTS) | set(WIRE_EVENTS)
    assert len(schema["enum"]) == len(DOCUMENTED_EVENTS) + len(NAMED_EVENTS) + len(WIRE_EVENTS)
    assert schema["x-extensible-enum"] is True
    assert (
        models.EventType("AgentConf_RequestSuccess") is models.EventType.AGENT_CONF_REQUEST_SUCCESS
    )
    assert models.EventType("AgentEvent_Agent_Occupyed").name == "AGENT_EVENT_AGENT_OCCUPIED"
    unknown = models.EventType("Brand_New_Event")
    assert unknown == "Brand_New_Event" and not unknown.is_known


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_enum_equals_reference_table(spec: dict[str, Any], name: str) -> None:
    schema = spec["components"]["schemas"][name]
    table = REFERENCE[name]
    assert schema["enum"] == list(table), "values, in reference order"
    assert schema["x-enum-varnames"] == list(table.values())
    assert len(schema["x-enum-descriptions"]) == len(table)
    assert all(d.strip() for d in schema["x-enum-descriptions"])


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_generated_enum_matches_document(name: str) -> None:
    cls = _enum_class(name)
    assert {m.name: m.value for m in cls} == {v: k for k, v in REFERENCE[name].items()}
    for member in cls:
        assert member.description == ENUM_DESCRIPTIONS[name][member.value]  # type: ignore[attr-defined]
        assert member.is_known  # type: ignore[attr-defined]


def test_call_type_is_the_union_of_both_reference_tables(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["CallType"]
    assert set(schema["enum"]) == set(SEED_CALL_TYPES) | set(APPENDIX_CALL_TYPES)
    assert schema["x-enum-sources"]["syncagentinfo"] == SEED_CALL_TYPES
    assert schema["x-enum-sources"]["call-type-appendix"] == APPENDIX_CALL_TYPES
    assert "44" in schema["x-doc-discrepancy"]


def test_retcode_table(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["Retcode"]
    assert schema["enum"] == CURRENT_RETCODES + LEGACY_RETCODES
    assert sorted(schema["x-retcode-legacy"]) == sorted(LEGACY_RETCODES)
    assert len(set(schema["x-enum-varnames"])) == len(schema["enum"])
    assert {code[:3] for code in schema["enum"] if code != "0"} == set(schema["x-retcode-families"])
    assert models.Retcode("100-006") is models.Retcode.NOT_SIGNED_IN
    assert models.Retcode.SUCCESS == "0"


def _seed_table(page: str, start: str, end: str) -> list[int]:
    text = (SEEDS_DIR / page).read_text(encoding="utf-8")
    block = text[text.index(start) : text.index(end, text.index(start))]
    return [int(line) for line in block.splitlines() if re.fullmatch(r"-?\d+", line.strip())]


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="reference pages not beside the checkout")
def test_numeric_tables_equal_what_the_pages_print() -> None:
    assert _seed_table("002_11c6c3e46d801ed2.txt", "Table 6 Reason codes", "Triggered Event") == (
        list(REFERENCE["ReasonCode"])
    )
    page = "004_2da766e1bf7c3aa8.txt"
    assert _seed_table(page, "Table 6 Call type", "Table 7") == SEED_CALL_TYPES
    assert _seed_table(page, "Table 7 Operation", "Triggered Event") == list(
        REFERENCE["OperationCommand"]
    )


# ------------------------------------------------------------------ unknown values
# The unknown values are derived from the enums (tests/unknown_values.py): adding a value
# to the spec never turns one of them into a known member.
UNKNOWN_REASON = unknown_int(models.ReasonCode)
UNKNOWN_CALL_TYPE = unknown_int(models.CallType, 99)
UNKNOWN_MEDIA_TYPE = unknown_int(models.MediaType, 77)
UNKNOWN_DIRECT_MODE = unknown_str(models.CallDirectMode, "NEW_DIRECT")
UNKNOWN_DEVICE_TYPE = unknown_int(models.TraceDeviceType, 8)


def test_unknown_int_value_on_the_plain_path_keeps_its_raw_value() -> None:
    raw = {"enterReason": UNKNOWN_REASON, "deviceType": UNKNOWN_DEVICE_TYPE, "leaveReason": 0}
    trace = models.CallTrace.from_dict(raw)
    assert trace.enter_reason == UNKNOWN_REASON
    assert trace.enter_reason.name == f"UNKNOWN_{UNKNOWN_REASON}"
    assert not trace.enter_reason.is_known
    assert "not listed" in trace.enter_reason.description
    assert isinstance(trace.enter_reason, models.ReasonCode)
    assert trace.device_type == UNKNOWN_DEVICE_TYPE
    assert isinstance(trace.device_type, models.TraceDeviceType)
    assert trace.leave_reason is models.ReasonCode.NORMAL
    assert trace.to_dict() == raw
    assert list(models.ReasonCode) == list(models.ReasonCode.__members__.values())
    assert UNKNOWN_REASON not in [m.value for m in models.ReasonCode]


def test_the_unknown_values_are_derived_not_fixed() -> None:
    """Were reason code 90 added to the spec, the tests would take another value."""
    assert UNKNOWN_REASON >= 90 and UNKNOWN_REASON not in {m.value for m in models.ReasonCode}
    assert unknown_int(models.ReasonCode, near=0) not in {m.value for m in models.ReasonCode}
    assert unknown_str(models.CallDirectMode, next(iter(models.CallDirectMode)).value) not in {
        m.value for m in models.CallDirectMode
    }


def test_unknown_str_value_keeps_its_raw_value() -> None:
    trace = models.CallTrace.from_dict({"callDirectMode": UNKNOWN_DIRECT_MODE})
    assert isinstance(trace.call_direct_mode, models.CallDirectMode)
    assert trace.call_direct_mode == UNKNOWN_DIRECT_MODE
    assert trace.call_direct_mode.name == f"UNKNOWN_{UNKNOWN_DIRECT_MODE}"
    assert trace.to_dict() == {"callDirectMode": UNKNOWN_DIRECT_MODE}


def test_unknown_values_inside_nullable_wrappers_do_not_degrade_to_dicts() -> None:
    """The generator's oneOf/nullable parsing swallows ValueError and returns the raw dict."""
    body = {
        "message": "",
        "retcode": "0",
        "result": {
            "callfeature": UNKNOWN_CALL_TYPE,
            "mediaType": UNKNOWN_MEDIA_TYPE,
            "trace": {
                "enterReason": UNKNOWN_REASON,
                "callDirectMode": UNKNOWN_DIRECT_MODE,
                "deviceType": 8,
            },
        },
    }
    parsed = models.QueryCallInfoResponse.from_dict(body)
    assert isinstance(parsed.result, models.CallInfo)
    assert parsed.result.callfeature == UNKNOWN_CALL_TYPE
    assert parsed.result.callfeature.name == f"UNKNOWN_{UNKNOWN_CALL_TYPE}"
    assert isinstance(parsed.result.trace, models.CallTrace)
    assert parsed.result.trace.enter_reason == UNKNOWN_REASON
    assert parsed.to_dict() == body


def test_unknown_values_inside_the_conference_union() -> None:
    device = unknown_int(models.ConfDeviceType, 8)
    body = {
        "retcode": "0",
        "result": {"confs": [{"confId": 1, "confState": 5, "addresses": [{"deviceType": device}]}]},
    }
    parsed = models.QueryConfInfosResponse.from_dict(body)
    assert isinstance(parsed.result, models.ConferenceList)
    (participant,) = parsed.result.confs[0].addresses
    assert participant.device_type == device and not participant.device_type.is_known
    assert parsed.to_dict() == body


def test_unknown_retcode_and_address_type() -> None:
    retcode = unknown_str(models.Retcode, "123-456")
    parsed = models.RequestAgentConfResponse.from_dict({"retcode": retcode, "result": {}})
    assert parsed.retcode == retcode and not parsed.retcode.is_known
    participant = models.ConferenceParticipant.from_dict({"addressType": "7"})
    assert participant.address_type == "7"


@pytest.mark.parametrize("bad", [1.5, None, "1"])
def test_values_of_the_wrong_type_still_raise(bad: Any) -> None:
    with pytest.raises(ValueError):
        models.ReasonCode(bad)
