"""Event contents as real gateways send them, decoded through agent.poll_event() (MockTransport).

One test per event family, with the wire shapes of the vendor event pages (cec_07_NNNN) and of
the public clients (string contents, numbers where the pages send text, odd envelopes).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AbandonedCallContent,
    AgentGateway,
    AgentMessageContent,
    CallEventContent,
    ChatContent,
    CustomerReleaseContent,
    Event,
    EventType,
    IncomingCallInfoContent,
    JoinConferenceContent,
    LinkagePhoneHoldContent,
    LinkagePhoneTransferOutContent,
    NotReadyContent,
    OutboundDetectContent,
    PhoneAlertingContent,
    PhoneLine,
    PhoneReleaseContent,
    PreviewCallContent,
    RecordingContent,
    ThreePartyCallContent,
    TransferResultContent,
    UserMediaAbilityContent,
)
from cec_agentgateway._events import decode_event
from cec_agentgateway.generated.models import AgentEvent, CallInfo
from tests.overlay.fakes import BASE, SessionGateway

FAST: dict[str, Any] = {"retry_backoff": (0.0, 0.0), "poll_interval": 0.005}


def poll(event: dict[str, Any]) -> Event:
    """The event as agent.poll_event() decodes it from a poll reply carrying ``event``."""
    fake = SessionGateway().push(event)
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
        got = gw.agent("49999", guid="g").poll_event()
    assert got is not None
    return got


def wire(event_type: Any, content: Any, **extra: Any) -> dict[str, Any]:
    return {"eventType": event_type, "workNo": "49999", "content": content, **extra}


# ---------------------------------------------------------------- call ID strings
@pytest.mark.parametrize(
    ("event_type", "member", "call_id"),
    [
        ("AgentEvent_Hold", EventType.AGENT_EVENT_HOLD, "1455885056-1095"),  # cec_07_1357
        ("AgentEvent_Call_Release", EventType.AGENT_EVENT_CALL_RELEASE, "1456403549-15"),
        ("AgentEvent_Call_Out_Fail", EventType.AGENT_EVENT_CALL_OUT_FAIL, "1456403661-19"),
        ("AgentEvent_Inside_Call_Fail", EventType.AGENT_EVENT_INSIDE_CALL_FAIL, "1456403699-21"),
    ],
)
def test_call_id_events_yield_their_call_id(
    event_type: str, member: EventType, call_id: str
) -> None:
    event = poll(wire(event_type, call_id))
    assert event.type is member and event.type.is_known
    assert event.content == call_id and isinstance(event.content, str)
    assert event.call_id == call_id
    assert event.raw.to_dict()["content"] == call_id


def test_a_call_release_read_as_an_object_keeps_it_and_still_names_the_call() -> None:
    # One vendor demo reads Call_Release as content.callid: accept that shape too.
    event = poll(wire("AgentEvent_Call_Release", {"callid": "1456403549-15"}))
    assert event.content == {"callid": "1456403549-15"}
    assert event.call_id == "1456403549-15"


# ---------------------------------------------------------------- calls offered and talking
PAGE_RINGING = {  # cec_07_1366
    "caller": "49997", "transfer": "no", "callid": "1456404043-37", "transfrom": "",
    "called": "49999", "type": "main", "mediaAbility": "1", "feature": "0",
}  # fmt: skip


@pytest.mark.parametrize(
    "event_type", ["AgentEvent_Ringing", "AgentEvent_Auto_Answer", "AgentEvent_Talking"]
)
def test_ringing_auto_answer_and_talking_are_typed(event_type: str) -> None:
    event = poll(wire(event_type, PAGE_RINGING))
    content = event.content
    assert isinstance(content, CallEventContent)
    assert (content.caller, content.called, content.callid) == ("49997", "49999", "1456404043-37")
    assert content.type_ is PhoneLine.MAIN
    assert (content.feature, content.media_ability) == ("0", "1")
    assert (content.transfer, content.transfrom) == ("no", "")
    assert event.call_id == "1456404043-37"


def test_numbers_where_the_pages_send_text_come_out_as_text() -> None:
    # Clients disagree on feature "7" or 7; some gateways send caller 70004 as a number.
    content = {
        "caller": 70004, "called": 60015, "callid": "1-2", "feature": 7, "mediaAbility": 1,
        "mediaType": 5, "type": "main",
    }  # fmt: skip
    event = poll(wire("AgentEvent_Talking", content))
    assert isinstance(event.content, CallEventContent)
    assert event.content.caller == "70004" and event.content.caller.startswith("700")
    assert (event.content.called, event.content.feature) == ("60015", "7")
    assert (event.content.media_ability, event.content.media_type) == ("1", "5")


def test_every_phone_number_field_is_text() -> None:
    call = CallInfo.from_dict({"caller": 70004, "called": "060015", "callid": "1-2"})
    assert (call.caller, call.called) == ("70004", "060015")
    incoming = poll(wire("AgentEvent_Incoming_CallInfo", {"callId": "1", "caller": 88880165}))
    assert isinstance(incoming.content, IncomingCallInfoContent)
    assert incoming.content.caller == "88880165"


def test_customer_release_three_party_and_join_conference() -> None:
    released = poll(wire("AgentEvent_Customer_Release", {"callid": "1-43", "number": 70093}))
    assert isinstance(released.content, CustomerReleaseContent)  # cec_07_1364
    assert (released.content.callid, released.content.number) == ("1-43", "70093")
    three = poll(wire("AgentEvent_Conference", {"callid": "1-3", "partner": "49997,70093"}))
    assert isinstance(three.content, ThreePartyCallContent)  # cec_07_1358
    assert three.content.partner.split(",") == ["49997", "70093"]  # type: ignore[union-attr]
    joined = poll(wire("AgentEvent_JoinConf", {"confid": 1030400, "confinfo": {"a": 1}}))
    assert isinstance(joined.content, JoinConferenceContent)
    assert joined.content.confid == 1030400 and joined.content.confinfo == {"a": 1}


def test_preview_abandoned_and_transfer_results() -> None:
    preview = poll(wire("AgentEvent_Preview_CallOut", {"controlid": "0", "dialeddigits": 1456}))
    assert isinstance(preview.content, PreviewCallContent)  # cec_07_1378
    assert (preview.content.controlid, preview.content.dialeddigits) == ("0", "1456")
    assert isinstance(
        poll(wire("AgentEvent_Preview", {"controlid": 3})).content, PreviewCallContent
    )
    abandoned = poll(wire("AgentEvent_AbandonCall", {"caller": "70004", "callId": "9-9"}))
    assert isinstance(abandoned.content, AbandonedCallContent) and abandoned.call_id == "9-9"
    for event_type in ("AgentEvent_TransOutResult", "AgentEvent_SuccTransResult"):
        result = poll(wire(event_type, {"result": 0}))
        assert isinstance(result.content, TransferResultContent)
        assert result.content.result == "0" and result.type.is_known


def test_outbound_and_media_events() -> None:
    detect = {"callId": "1589167025-134428", "detect": 1552, "desc": "not allowed"}
    detected = poll(wire("OUTBOUND_DETECT_EVENT", detect))  # cec_07_1360
    assert isinstance(detected.content, OutboundDetectContent) and detected.content.detect == 1552
    ability = poll(wire("AgentEvent_UserMediaAbility", {"userAbility": "1", "callid": "1-23"}))
    assert isinstance(ability.content, UserMediaAbilityContent)
    record = poll(wire("AgentMediaEvent_Record", {"recordID": "88", "locationId": 0}))
    assert isinstance(record.content, RecordingContent) and record.content.record_id == "88"
    stopped = poll(wire("AgentMediaEvent_StopRecordDone", None))
    assert stopped.type is EventType.AGENT_MEDIA_EVENT_STOP_RECORD_DONE and stopped.content is None


# ---------------------------------------------------------------- agent state, phone, messages
def test_set_not_ready_reason_is_text() -> None:
    event = poll(wire("AgentState_SetNotReady_Success", {"reason": "200"}))  # cec_07_1346
    assert isinstance(event.content, NotReadyContent) and event.content.reason == "200"
    numeric = poll(wire("AgentState_SetNotReady_Success", {"reason": 7}))
    assert isinstance(numeric.content, NotReadyContent) and numeric.content.reason == "7"


def test_phone_alerting_has_two_forms() -> None:
    outbound = poll(wire("AgentOther_PhoneAlerting", None))
    assert outbound.type is EventType.AGENT_OTHER_PHONE_ALERTING and outbound.content is None
    inbound = poll(
        wire("AgentOther_PhoneAlerting", {"callid": "1-2", "caller": 70004, "type": "0"})
    )
    assert isinstance(inbound.content, PhoneAlertingContent)
    assert (inbound.content.callid, inbound.content.caller) == ("1-2", "70004")


def test_phone_release_and_linkage_phone_events() -> None:
    release = poll(wire("AgentOther_PhoneRelease", {"phoneState": 3}))  # cec_07_1396
    assert isinstance(release.content, PhoneReleaseContent) and release.content.phone_state == 3
    hold = poll(wire("AgentEvent_linkagePhoneHold", {"callId": "1474269843-24"}))  # cec_07_1427
    assert isinstance(hold.content, LinkagePhoneHoldContent) and hold.call_id == "1474269843-24"
    transfer = {
        "addrOut": {"address": "70002", "addressType": 6},
        "addrSelf": {"address": 70001, "addressType": 6},
    }
    moved = poll(wire("AgentEvent_linkagePhoneTransferOut", transfer))  # cec_07_1425
    assert isinstance(moved.content, LinkagePhoneTransferOutContent)
    assert moved.content.addr_self.address == "70001"  # type: ignore[union-attr]
    muted = poll(wire("AgentEvent_linkagePhoneMute", {"anything": 1}))
    assert muted.type.is_known and muted.content == {"anything": 1}


@pytest.mark.parametrize("event_type", ["AgentOther_Note", "AgentOther_Bulletin"])
def test_notes_and_bulletins(event_type: str) -> None:
    content = {
        "sender": 154, "receivetime": "1471585949806", "sendername": "Ann",
        "timestring": "2016-08-19 13:52:29", "context": "coffee?",
    }  # fmt: skip
    event = poll(wire(event_type, content))
    assert isinstance(event.content, AgentMessageContent)
    assert (event.content.context, event.content.sendername) == ("coffee?", "Ann")


@pytest.mark.parametrize(
    "event_type",
    ["AgentChat_Ring", "AgentChat_Connected", "AgentChat_DataRecved", "AgentChat_Disconnected"],
)
def test_chat_events(event_type: str) -> None:
    content = {"callId": "5-5", "sender": "user", "chatContent": "hi", "caller": 1, "x": [1]}
    event = poll(wire(event_type, content))
    assert isinstance(event.content, ChatContent)
    assert (event.content.chat_content, event.content.caller) == ("hi", "1")
    assert event.content["x"] == [1]  # undocumented fields are kept
    assert event.call_id == "5-5"


# ---------------------------------------------------------------- odd envelopes never vanish
@pytest.mark.parametrize(
    ("event_type", "value", "name"),
    [
        (None, "", "UNKNOWN_"),
        (7, "7", "UNKNOWN_7"),
        ("Brand_New", "Brand_New", "UNKNOWN_BRAND_NEW"),
    ],
)
def test_an_odd_event_type_is_kept_as_an_unknown_type(
    event_type: Any, value: str, name: str
) -> None:
    event = poll(wire(event_type, {"callid": "1-2"}))
    assert event.type.value == value and event.type.name == name and not event.type.is_known
    assert event.content == {"callid": "1-2"} and event.call_id == "1-2"
    assert event.raw.event_type == event_type


@pytest.mark.parametrize(
    "stamp", [99999999999999999, "99999999999999999", -(10**18), 10**400, "soon", 1.5]
)
def test_a_timestamp_that_is_no_datetime_gives_none_and_stays_raw(stamp: Any) -> None:
    event = poll(wire("AgentState_Ready", None, eventGenTime=stamp))
    assert event.generated_at is None and event.raw.event_gen_time == stamp


def test_a_good_timestamp_is_decoded() -> None:
    event = poll(wire("AgentState_Ready", None, eventGenTime=1784529722590))
    assert event.generated_at == dt.datetime.fromtimestamp(1784529722.590, tz=dt.UTC)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("free text", "free text"),
        (12345, "12345"),
        ([1, 2], {"value": [1, 2]}),
        (True, {"value": True}),
        ({}, {}),
    ],
)
def test_a_content_is_never_lost(content: Any, expected: Any) -> None:
    event = poll(wire("Brand_New_Event", content))
    assert event.content == expected


def test_a_content_that_does_not_fit_its_schema_stays_a_dict() -> None:
    odd = {"callid": "1-2", "type": 5}  # a line type that is no PhoneLine name
    event = poll(wire("AgentEvent_Talking", odd))
    assert event.content == odd and event.call_id == "1-2"
    event = decode_event(AgentEvent.from_dict(wire("AgentOther_PhoneOffhook", {"type": 3})))
    assert event.content == {"type": 3}


def test_typed_content_for_a_string_typed_event_keeps_the_string() -> None:
    event = poll(wire("AgentEvent_Talking", "1456401416-3"))
    assert event.content == "1456401416-3" and event.call_id == "1456401416-3"


def test_a_pushed_event_decodes_like_a_polled_one() -> None:
    from cec_agentgateway import decode_event as public_decode

    pushed = {"eventList": [wire("AgentEvent_Hold", "1-2"), {"workNo": "153", "content": 7}]}
    hold, nameless = (public_decode(item) for item in pushed["eventList"])
    assert hold.type is EventType.AGENT_EVENT_HOLD and hold.call_id == "1-2"
    assert nameless.type.value == "" and nameless.content == "7" and nameless.agent_id == "153"
