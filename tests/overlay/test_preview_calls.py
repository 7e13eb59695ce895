"""Documentation issues 23, 26 and 27 in the call family: callout's uuiData, the preview
calls (previewcallout, cancelPreviewCallout) and the call information before answering.

Wire shapes and bounds, sync and async (MockTransport)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cec_agentgateway import RequestValidationError
from tests.overlay.fakes import FakeGateway, ok

PREFIX = "/agentgateway/resource"
GUID = "5c3f8a2e-0000-4000-8000-000000000001.AgentGateway0"
CALL_ID = "1455885056-1095"
INFO = {"callfeature": 0, "callid": CALL_ID, "caller": "70004", "called": "60015"}


def sent(fake: FakeGateway, part: str) -> list[httpx.Request]:
    return [r for r in fake.requests if part in r.url.path]


def test_uui_data_is_sent_only_when_given(connect: Any) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    agent.call_out("70004").close()
    agent.call_out("70004", uui_data="case=42;prio=high").close()
    first, second = sent(fake, "/callout")
    assert json.loads(first.content) == {"called": "70004"}
    assert json.loads(second.content) == {"called": "70004", "uuiData": "case=42;prio=high"}


@pytest.mark.parametrize("value", ["", 42])
def test_uui_data_is_checked_before_sending(connect: Any, value: object) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError) as caught:
        agent.call_out("70004", uui_data=value)
    assert caught.value.field == "uuiData"
    assert fake.requests == []


def test_preview_call_out_and_cancel_send_the_control_id(connect: Any) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    call = agent.preview_call_out("1456404043", "1536")  # controlid comes as text
    assert call.call_id == CALL_ID
    call.close()
    (dialled,) = sent(fake, "/previewcallout")
    assert (dialled.method, dialled.url.path) == ("PUT", f"{PREFIX}/voicecall/153/previewcallout")
    assert json.loads(dialled.content) == {"called": "1456404043", "callcontrolid": 1536}
    fake.reply(ok({}))
    agent.cancel_preview_call_out(1537)
    (cancelled,) = sent(fake, "/cancelPreviewCallout")
    assert cancelled.method == "PUT"
    assert cancelled.url.path == f"{PREFIX}/voicecall/153/cancelPreviewCallout"
    assert json.loads(cancelled.content) == {"callcontrolid": 1537}


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda a: a.preview_call_out("7000x", 1), "called"),
        (lambda a: a.preview_call_out("70004", -1), "callcontrolid"),
        (lambda a: a.preview_call_out("70004", "twelve"), "callcontrolid"),
        (lambda a: a.cancel_preview_call_out(-5), "callcontrolid"),
        (lambda a: a.cancel_preview_call_out(None), "callcontrolid"),
        (lambda a: a.call_info_before_answer("a/b"), "callId"),
    ],
)
def test_preview_and_before_answer_bounds(connect: Any, call: Any, field: str) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError) as caught:
        call(agent)
    assert caught.value.field == field
    assert fake.requests == []


def test_call_info_before_answer_with_and_without_the_call_id(connect: Any) -> None:
    fake = FakeGateway().reply(ok([INFO]), ok(INFO), ok(None))
    agent = connect(fake).agent("153", guid=GUID)
    (named,) = agent.call_info_before_answer(CALL_ID)
    assert named.callid == CALL_ID
    (ringing,) = agent.call_info_before_answer()
    assert ringing.caller == "70004"
    assert agent.call_info_before_answer() == []
    paths = [r.url.path for r in fake.requests]
    assert paths == [
        f"{PREFIX}/calldata/153/callinfobeforeanswer/{CALL_ID}",
        f"{PREFIX}/calldata/153/callinfobeforeanswer",
        f"{PREFIX}/calldata/153/callinfobeforeanswer",
    ]
    assert {r.method for r in fake.requests} == {"GET"}


def test_a_call_placed_without_listening_polls_no_events(connect: Any) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    for place in (
        lambda: agent.call_out("70004", listen=False),
        lambda: agent.call_inner("154", listen=False),
        lambda: agent.consult("154", listen=False),
        lambda: agent.preview_call_out("70004", 1, listen=False),
    ):
        call = place()
        assert call.call_id == CALL_ID and call.talking is None
    assert not [r for r in fake.requests if "/agentevent/" in r.url.path]
    assert len(fake.requests) == 4
