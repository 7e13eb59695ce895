"""Voice call control through AgentGateway and AsyncAgentGateway (MockTransport)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    CallEventContent,
    CallFailedError,
    CallStateError,
    ExternalTransferMode,
    InternalTransferMode,
    OutcomeTimeoutError,
    RequestValidationError,
    TransferDeviceType,
    TransferFailedError,
)
from tests.overlay.fakes import BASE, FakeGateway, SessionGateway, event, json_reply, ok

PREFIX = "/agentgateway/resource"
GUID = "5c3f8a2e-0000-4000-8000-000000000001.AgentGateway0"
VOICE = f"{PREFIX}/voicecall/153"
CALL_ID = "1455885056-1095"
FAST = {"retry_backoff": (0.0, 0.0), "poll_interval": 0.01}


def voice(fake: FakeGateway) -> list[httpx.Request]:
    """The voicecall requests (a call handle also polls events meanwhile)."""
    return [r for r in fake.requests if "/voicecall/" in r.url.path]


def test_call_out_sends_what_was_given_and_returns_a_handle(connect: Any) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    call = agent.call_out("70004")
    (request,) = voice(fake)
    assert (request.method, request.url.path) == ("PUT", f"{VOICE}/callout")
    assert request.headers["Content-Type"] == "application/json; charset=UTF-8"
    assert json.loads(request.content) == {"called": "70004"}
    assert call.call_id == CALL_ID
    call.close()
    agent.call_out(
        "*8#70004", caller="60015", skill_id=20011, app_data="order=7", media_ability=1
    ).close()
    assert json.loads(voice(fake)[-1].content) == {
        "called": "*8#70004",
        "caller": "60015",
        "skillid": 20011,
        "callappdata": "order=7",
        "mediaability": 1,
    }


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"called": ""}, "called"),
        ({"called": "7000x"}, "called"),
        ({"called": "1" * 25}, "called"),
        ({"called": 70004}, "called"),
        ({"called": "70004", "caller": "+4930"}, "caller"),
        ({"called": "70004", "app_data": "é" * 8193}, "callappdata"),  # 16386 bytes in UTF-8
        ({"called": "70004", "media_ability": 3}, "mediaability"),
        ({"called": "70004", "skill_id": -1}, "skillid"),
    ],
)
def test_call_out_checks_bounds_before_sending(
    connect: Any, arguments: dict[str, Any], field: str
) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    arguments = dict(arguments)
    called = arguments.pop("called")
    with pytest.raises(RequestValidationError) as caught:
        agent.call_out(called, **arguments)
    assert caught.value.field == field
    assert voice(fake) == []


def test_call_data_of_exactly_16_kb_is_sent(connect: Any) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    agent.call_out("70004", app_data="é" * 8192).close()
    sent = json.loads(voice(fake)[-1].content)["callappdata"]
    assert len(sent.encode("utf-8")) == 16384


@pytest.mark.parametrize(
    ("method_name", "args", "http_method", "path", "query"),
    [
        ("answer", (), "PUT", "answer", ""),
        ("answer", (CALL_ID,), "PUT", "answer", f"callid={CALL_ID}"),
        ("hold", (), "POST", "hold", ""),
        ("retrieve", (CALL_ID,), "POST", "gethold", f"callid={CALL_ID}"),
        ("release", (), "DELETE", "release", ""),
    ],
)
def test_flat_call_operations(
    connect: Any, method_name: str, args: tuple[str, ...], http_method: str, path: str, query: str
) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    assert getattr(agent, method_name)(*args) is None
    request = fake.last
    assert (request.method, request.url.path) == (http_method, f"{VOICE}/{path}")
    assert request.url.query.decode() == query
    assert request.headers["Guid"] == GUID


@pytest.mark.parametrize("method_name", ["answer", "retrieve"])
def test_call_ids_are_checked(connect: Any, method_name: str) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError) as caught:
        getattr(agent, method_name)("1/2")
    assert caught.value.field == "callid"
    assert fake.requests == []


@pytest.mark.parametrize(
    ("method_name", "args", "retcode"),
    [
        ("hold", (), "200-013"),
        ("release", (), "200-017"),
        ("answer", (), "200-002"),
        ("retrieve", (CALL_ID,), "200-015"),
    ],
)
def test_call_state_errors_are_typed_and_never_retried(
    connect: Any, method_name: str, args: tuple[str, ...], retcode: str
) -> None:
    fake = FakeGateway(json_reply({"message": "no call", "retcode": retcode, "result": None}))
    agent = connect(fake, max_retries=3).agent("153", guid=GUID)
    with pytest.raises(CallStateError) as caught:
        getattr(agent, method_name)(*args)
    assert caught.value.retcode == retcode
    assert len(fake.requests) == 1


def test_a_failed_send_is_not_retried(connect: Any) -> None:
    fake = FakeGateway(httpx.ReadTimeout("lost"))
    agent = connect(fake, max_retries=3).agent("153", guid=GUID)
    with pytest.raises(Exception, match="lost"):
        agent.call_out("70004")
    assert len(voice(fake)) == 1


def test_a_call_out_without_a_call_id_is_a_decode_error(connect: Any) -> None:
    agent = connect(FakeGateway(ok(None))).agent("153", guid=GUID)
    with pytest.raises(Exception, match="not a call ID"):
        agent.call_out("70004")


# ---------------------------------------------------------------------- connected()


def talking(call_id: str = CALL_ID) -> dict[str, Any]:
    content = {"caller": "60015", "callid": call_id, "called": "70004", "feature": "7"}
    return event("AgentEvent_Talking", content | {"type": "main", "mediaAbility": "1"})


def session(*events: dict[str, Any]) -> SessionGateway:
    fake = SessionGateway()
    fake.on("PUT", "/callout", ok(CALL_ID))
    fake.push(*events)
    return fake


def test_connected_waits_for_talking_of_its_own_call() -> None:
    fake = session(
        event("AgentOther_PhoneOffhook", {"type": "main"}),
        talking("1-1"),  # another call
        event("AgentEvent_Hold", "1-1"),
        talking(),
    )
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
        agent = gw.agent("153", guid=GUID)
        call = agent.call_out("70004")
        connected = call.connected(timeout=5)
        assert connected.type.value == "AgentEvent_Talking"
        assert isinstance(connected.content, CallEventContent)
        assert connected.content.callid == CALL_ID
        assert call.connected() is connected  # remembered
        assert "connected" in repr(call) and GUID not in repr(call)


@pytest.mark.parametrize("failure", ["AgentEvent_Call_Out_Fail", "AgentEvent_Call_Release"])
def test_connected_raises_when_the_call_fails(failure: str) -> None:
    fake = session(event("AgentEvent_Call_Out_Fail", "1-1"), event(failure, CALL_ID))
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
        call = gw.agent("153", guid=GUID).call_out("70004")
        with pytest.raises(CallFailedError) as caught:
            call.connected(timeout=5)
    assert (caught.value.call_id, caught.value.event_type) == (CALL_ID, failure)


def test_call_out_with_wait_returns_a_connected_call() -> None:
    fake = session(talking())
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
        call = gw.agent("153", guid=GUID).call_out("70004", wait=True, wait_timeout=5)
    assert call.call_id == CALL_ID and call.talking is not None


def test_connected_times_out() -> None:
    fake = session()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
        call = gw.agent("153", guid=GUID).call_out("70004")
        with pytest.raises(OutcomeTimeoutError):
            call.connected(timeout=0.05)
        call.close()


def test_async_call_handle() -> None:
    fake = session(talking())
    fake.on("POST", "/hold", ok({})).on("POST", "/gethold", ok({}))

    async def main() -> None:
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
            agent = gw.agent("153", guid=GUID)
            async with await agent.call_out("70004") as call:
                await call.connected(timeout=5)
                await call.hold()
                await call.retrieve()
                await call.release()
            failing = session(event("AgentEvent_Call_Out_Fail", CALL_ID))
            transport = httpx.MockTransport(failing)
            async with AsyncAgentGateway(BASE, transport=transport, **FAST) as other:
                call = await other.agent("153", guid=GUID).call_out("70004")
                with pytest.raises(CallFailedError):
                    await call.connected(timeout=5)

    asyncio.run(main())
    paths = [
        (r.method, r.url.path.rsplit("/", 1)[-1])
        for r in fake.requests
        if "voicecall" in str(r.url)
    ]
    assert paths == [
        ("PUT", "callout"),
        ("POST", "hold"),
        ("POST", "gethold"),
        ("DELETE", "release"),
    ]


# ---------------------------------------------------------------------- consult, join, transfer


def test_consult_join_and_internal_calls_send_what_was_given(connect: Any) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    agent.consult("154").close()
    agent.consult("20011", device_type=1, three_party=True, hold=False, app_data="x").close()
    agent.call_inner("154", app_data="k=v").close()
    agent.join_three_party(CALL_ID)
    sent = [(r.method, r.url.path.rsplit("/", 1)[-1], json.loads(r.content)) for r in voice(fake)]
    assert sent == [
        ("POST", "innerhelp", {"dstaddress": "154"}),
        (
            "POST",
            "innerhelp",
            {
                "dstaddress": "20011",
                "devicetype": 1,
                "mode": 2,
                "callappdata": "x",
                "holdflag": False,
            },
        ),
        ("PUT", "callinner", {"called": "154", "callappdata": "k=v"}),
        ("POST", "confjoin", {"callid": CALL_ID}),
    ]


@pytest.mark.parametrize(
    ("device_type", "mode", "accepted"),
    [
        (TransferDeviceType.AGENT, InternalTransferMode.RELEASE, True),
        (2, 4, True),
        (5, ExternalTransferMode.THREE_PARTY, True),
        (5, 0, False),  # release is 1 for external numbers
        (1, 5, False),
        (6, 1, False),
        (2, True, False),
    ],
)
def test_transfer_modes_follow_the_target(
    connect: Any, device_type: int, mode: int, accepted: bool
) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    if accepted:
        agent.transfer(device_type, "70005", mode, app_data="a")
        assert fake.body() == {
            "devicetype": int(device_type),
            "address": "70005",
            "mode": int(mode),
            "callappdata": "a",
        }
        assert fake.last.url.path == f"{VOICE}/transfer"
    else:
        with pytest.raises(RequestValidationError) as caught:
            agent.transfer(device_type, "70005", mode)
        assert caught.value.field in ("mode", "devicetype")
        assert fake.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda a: a.consult("70 05"), "dstaddress"),
        (lambda a: a.consult("154", device_type=3), "devicetype"),
        (lambda a: a.call_inner("agent154"), "called"),
        (lambda a: a.join_three_party(""), "callid"),
        (lambda a: a.transfer(2, "1" * 25, 2), "address"),
        (lambda a: a.transfer(2, "154", 2, app_data="x" * 1025), "callappdata"),
    ],
)
def test_consult_and_transfer_bounds(connect: Any, call: Any, field: str) -> None:
    fake = FakeGateway(ok(CALL_ID))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError) as caught:
        call(agent)
    assert caught.value.field == field
    assert voice(fake) == []


def test_cancel_transfer(connect: Any) -> None:
    fake = FakeGateway(json_reply({"message": "", "retcode": "200-012", "result": None}))
    agent = connect(fake, max_retries=2).agent("153", guid=GUID)
    with pytest.raises(CallStateError):
        agent.cancel_transfer()
    assert [(r.method, r.url.path) for r in fake.requests] == [("POST", f"{VOICE}/canceltransfer")]


@pytest.mark.parametrize(("result", "succeeds"), [(0, True), ("0", True), (1, False)])
def test_transfer_waits_for_its_result(result: object, succeeds: bool) -> None:
    fake = SessionGateway()
    fake.push(event("AgentEvent_Talking", {"callid": "1-1"}))
    fake.push(event("AgentEvent_TransOutResult", {"result": result}))
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw:
        agent = gw.agent("153", guid=GUID)
        if succeeds:
            assert agent.transfer(2, "154", 2, wait=True, wait_timeout=5) is None
        else:
            with pytest.raises(TransferFailedError) as caught:
                agent.transfer(2, "154", 2, wait=True, wait_timeout=5)
            assert caught.value.result == "1"


def test_a_consultation_that_fails() -> None:
    fake = SessionGateway()
    fake.on("POST", "/innerhelp", ok(CALL_ID))
    fake.push(event("AgentEvent_Hold", "1-1"), event("AgentEvent_Consult_Fail", CALL_ID))
    with (
        AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw,
        pytest.raises(CallFailedError) as caught,
    ):
        gw.agent("153", guid=GUID).consult("154", wait=True, wait_timeout=5)
    assert caught.value.event_type == "AgentEvent_Consult_Fail"


# ---------------------------------------------------------------------- mute, DTMF, pickup


@pytest.mark.parametrize(
    ("method_name", "args", "kwargs", "http_method", "path", "query"),
    [
        ("mute", (), {}, "POST", "beginmute", ""),
        ("unmute", (), {}, "POST", "endmute", ""),
        ("send_dtmf", ("12*#",), {}, "POST", "seconddialex", "number=12%2A%23"),
        ("connect_held", (CALL_ID,), {}, "POST", f"connecthold/{CALL_ID}", ""),
        ("drop_call", (CALL_ID,), {}, "POST", f"dropcall/{CALL_ID}", ""),
        ("disconnect", ("70004",), {}, "POST", "disconnect/70004", ""),
        ("snatch_pickup", ("154",), {}, "PUT", "snatchpickup", "destWorkNo=154"),
        ("snatch_pickup", (154,), {}, "PUT", "snatchpickup", "destWorkNo=154"),
        ("phone_pickup", (), {}, "POST", "phonepickup", ""),
        ("phone_pickup", (), {"legacy_put": True}, "PUT", "phonepickup", ""),
        ("phone_hangup", (), {}, "POST", "phonehangup", ""),
        ("phone_hangup", (), {"legacy_put": True}, "PUT", "phonehangup", ""),
    ],
)
def test_call_details_operations(
    connect: Any,
    method_name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    http_method: str,
    path: str,
    query: str,
) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    assert getattr(agent, method_name)(*args, **kwargs) is None
    request = fake.last
    assert (request.method, request.url.path) == (http_method, f"{VOICE}/{path}")
    assert request.url.query.decode() == query


@pytest.mark.parametrize(
    ("method_name", "argument", "field"),
    [
        ("send_dtmf", "12a", "number"),
        ("send_dtmf", "", "number"),
        ("send_dtmf", "1" * 25, "number"),
        ("send_dtmf", 12, "number"),
        ("disconnect", "70-04", "number"),
        ("drop_call", "a b", "callid"),
        ("connect_held", "", "callid"),
        ("snatch_pickup", "100", "destWorkNo"),
        ("snatch_pickup", "agent", "destWorkNo"),
    ],
)
def test_call_details_are_checked(
    connect: Any, method_name: str, argument: Any, field: str
) -> None:
    fake = FakeGateway(ok({}))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError) as caught:
        getattr(agent, method_name)(argument)
    assert caught.value.field == field
    assert fake.requests == []


def test_no_call_to_drop_is_a_call_state_error(connect: Any) -> None:
    body = {"message": "no call can be droped", "retcode": "200-025", "result": None}
    agent = connect(FakeGateway(json_reply(body))).agent("153", guid=GUID)
    with pytest.raises(CallStateError) as caught:
        agent.drop_call(CALL_ID)
    assert caught.value.retcode == "200-025"


def test_push_mode_agents_place_calls_without_polling() -> None:
    """Events of a push-mode agent go to its callback URI: no stream, no polling."""
    fake = SessionGateway()
    fake.on("PUT", "/callout", ok(CALL_ID))
    with (
        AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST) as gw,
        gw.sign_in(
            "153",
            password="",
            phone="1",
            callback_uri="https://crm.example/events",
            service_token="t0k",
        ) as agent,
    ):
        call = agent.call_out("70004")
        assert call.call_id == CALL_ID
        with pytest.raises(RequestValidationError, match="pushed"):
            call.connected(timeout=1)
        with pytest.raises(RequestValidationError, match="pushed"):
            agent.call_out("70004", wait=True)
        agent.call_handle(CALL_ID).hold()
    assert fake.polls() == []
