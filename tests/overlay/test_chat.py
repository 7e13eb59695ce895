"""The chat methods: bad input is a typed error before anything is sent; the wire forms."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    ChatChannel,
    ChatMessage,
    ChatTransferDeviceType,
    Event,
    MediaType,
    RequestValidationError,
)
from cec_agentgateway._events import decode_event
from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import sent_since
from tests.unknown_values import unknown_int

BASE = "https://cc-gateway.invalid:8043"
UNKNOWN_MEDIA = unknown_int(MediaType)
UNKNOWN_CHANNEL = unknown_int(ChatChannel)

# (method name, args, kwargs, the keyword named, the wire field)
BAD_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str]] = [
    ("send_chat_message", ("1-1", ""), {}, "text", "content"),
    ("send_chat_message", ("1-1", "x" * 1946), {}, "text", "content"),
    ("send_chat_message", ("1-1", "é" * 973), {"via": "mediacall"}, "text", "data"),
    ("send_chat_message", ("1-1", ""), {"via": "mediacall"}, "text", "data"),
    ("send_chat_message", ("1-1", "hi"), {"via": "sms"}, "via", "via"),
    ("send_chat_message", ("a/b", "hi"), {}, "call_id", "callId"),
    ("set_chat_capacity", (0,), {}, "count", "callnums"),
    ("set_chat_capacity", (61,), {}, "count", "callnums"),
    ("set_chat_capacity", (2,), {"media_type": UNKNOWN_MEDIA}, "media_type", "mediaType"),
    ("set_chat_capacities", (61, {51: 2}), {}, "total", "totalCallNum"),
    ("set_chat_capacities", (3, {}), {}, "per_channel", "agentMediaCallNums"),
    ("set_chat_capacities", (3, {UNKNOWN_CHANNEL: 2}), {}, "per_channel", "mediaType"),
    ("set_chat_capacities", (3, {51: 0}), {}, "per_channel", "callNum"),
    ("transfer_chat", ("1-1", "155"), {"device_type": 3}, "device_type", "addesstype"),
    ("transfer_chat", ("1-1", "155"), {"mode": 1, "via": "mediacall"}, "mode", "mode"),
    ("transfer_chat", ("1-1", "x" * 25), {}, "address", "destaddr"),
    ("transfer_chat", ("1-1", "155"), {"skill_id": 3}, "skill_id", "skillId"),
    ("transfer_chat", ("1-1", "155"), {"data": "x" * 2049}, "data", "attachdata"),
    ("answer_chat", ("",), {}, "call_id", "callid"),
    ("end_chat", ("a b",), {}, "call_id", "callid"),
    ("reject_chat", ("",), {}, "call_id", "callid"),
    ("download_chat_file", ("", io.BytesIO()), {}, "file_path", "filePath"),
]


def _signed_in_sim() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")
    return sim


@pytest.mark.parametrize(("method", "args", "kwargs", "argument", "field"), BAD_CALLS)
def test_bad_input_is_refused_before_sending_sync(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], argument: str, field: str
) -> None:
    sim = _signed_in_sim()
    with (
        AgentGateway(BASE, transport=sim.transport()) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        sent = len(sim.requests)
        with pytest.raises(RequestValidationError) as error:
            getattr(agent, method)(*args, **kwargs)
        assert (error.value.argument, error.value.field) == (argument, field)
        assert sent_since(sim, sent) == []


@pytest.mark.parametrize(("method", "args", "kwargs", "argument", "field"), BAD_CALLS)
def test_bad_input_is_refused_before_sending_async(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], argument: str, field: str
) -> None:
    async def run() -> None:
        sim = _signed_in_sim()
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport()) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            sent = len(sim.requests)
            with pytest.raises(RequestValidationError) as error:
                await getattr(agent, method)(*args, **kwargs)
            assert (error.value.argument, error.value.field) == (argument, field)
            assert sent_since(sim, sent) == []

    asyncio.run(asyncio.wait_for(run(), 10))


def _recording(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        request.read()
        if request.url.path.endswith("/mediafile"):
            result = {"filePath": "/media/1-1/1-a.txt", "fileName": "a.txt", "chatId": 1}
            return httpx.Response(200, json={"retcode": "0", "message": "", "result": result})
        return httpx.Response(200, json={"retcode": "0", "message": "", "result": {}})

    return httpx.MockTransport(answer)


def _agent_calls() -> list[tuple[Callable[[Any], Any], str, str, dict[str, Any] | None]]:
    return [
        (lambda a: a.set_chat_capacity(3), "POST", "/mediacall/153/setcallnums",
         {"mediaType": "51", "callnums": "3"}),
        (lambda a: a.set_chat_capacities(5, {ChatChannel.WEB_CHAT: 3, 53: 2}), "POST",
         "/mediacall/153/setcallnumsbymediatype",
         {"totalCallNum": 5, "agentMediaCallNums": [{"mediaType": 51, "callNum": 3},
                                                     {"mediaType": 53, "callNum": 2}]}),
        (lambda a: a.chat("1-1", via="mediacall").send("hi"), "POST",
         "/mediacall/153/sendmessage", {"callid": "1-1", "data": "hi"}),
        (lambda a: a.chat("1-1").send("hi"), "PUT", "/textchat/153/chatmessage",
         {"callId": "1-1", "content": "hi"}),
        (lambda a: a.chat("1-1").answer(), "PUT", "/textchat/153/answer/1-1", None),
        (lambda a: a.chat("1-1").reject(), "DELETE", "/textchat/153/reject/1-1", None),
        (lambda a: a.chat("1-1").end(), "DELETE", "/textchat/153/drop/1-1", None),
        (lambda a: a.chat("1-1").transfer("2", device_type=ChatTransferDeviceType.SKILL_QUEUE),
         "POST", "/textchat/153/transfer",
         {"addesstype": 1, "destaddr": "2", "callid": "1-1", "mode": 0}),
        (lambda a: a.transfer_chat("1-1", "155", mode=2, via="mediacall", skill_id=7), "POST",
         "/mediacall/153/transfer",
         {"callid": "1-1", "devicetype": 2, "mode": 2, "address": "155", "skillId": 7}),
    ]  # fmt: skip


def test_the_wire_forms() -> None:
    sent: list[httpx.Request] = []
    with AgentGateway(BASE, transport=_recording(sent), max_retries=0) as gw:
        agent = gw.agent("153", guid="g-1.AgentGateway0")
        for act, method, path, body in _agent_calls():
            act(agent)
            request = sent[-1]
            assert (request.method, request.url.path) == (method, "/agentgateway/resource" + path)
            assert (json.loads(request.content) if body is not None else None) == body
        result = agent.chat("1-1").send_file(io.BytesIO(b"hello"), name="a.txt")
        assert result.file_path == "/media/1-1/1-a.txt"
        upload = sent[-1]
        assert upload.url.params["callId"] == "1-1"
        kind = upload.headers["Content-Type"]
        assert kind.startswith("multipart/form-data; boundary=") and "+++" not in kind
        assert b'name="media"; filename="a.txt"' in upload.content
        assert b"hello" in upload.content


def test_chat_messages_from_events() -> None:
    text = decode_event(
        {
            "eventType": "AgentChat_DataRecved",
            "workNo": "153",
            "content": {"sender": "alice", "callId": "1-1", "chatContent": "hi"},
        }
    )
    file = decode_event(
        {
            "eventType": "AgentChat_DataRecved",
            "workNo": "153",
            "content": {"callId": "1-1", "chatContent": '{"filePath": "/media/1-1/a.png"}'},
        }
    )
    media = decode_event(
        {
            "eventType": "AgentEvent_MessageData",
            "workNo": "153",
            "content": {"callid": "2-2", "caller": "88880022", "message": "yo", "feature": 0},
        }
    )
    ring = decode_event({"eventType": "AgentChat_Ring", "content": {"callId": "3-3"}})
    first, second, third = (ChatMessage.from_event(e) for e in (text, file, media))
    assert first is not None and (first.sender, first.text, first.file_path) == (
        "alice",
        "hi",
        None,
    )
    assert second is not None and second.file_path == "/media/1-1/a.png"
    assert third is not None and (third.via, third.call_id, third.sender) == (
        "mediacall",
        "2-2",
        "88880022",
    )
    assert ChatMessage.from_event(ring) is None
    assert isinstance(ring, Event) and ring.call_id == "3-3"
