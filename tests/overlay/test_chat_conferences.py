"""Internal chats, messages without a call and multimedia conferences: bad input is a typed
error before anything is sent, the wire forms, nothing is retried."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    APIStatusError,
    AsyncAgentGateway,
    RequestValidationError,
)
from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import sent_since

BASE = "https://cc-gateway.invalid:8043"

# (method name, args, kwargs, the keyword named, the wire field)
BAD_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str]] = [
    ("start_internal_chat", ("12",), {}, "colleague", "destno"),
    ("start_internal_chat", ("1000000",), {}, "colleague", "destno"),
    ("send_message_without_call", ("alice", ""), {"skill_id": 3}, "text", "content"),
    ("send_message_without_call", ("alice", "x" * 6145), {"skill_id": 3}, "text", "content"),
    ("send_message_without_call", ("x" * 4001, "hi"), {"skill_id": 3}, "receiver", "chatReceiver"),
    ("send_message_without_call", ("", "hi"), {"skill_id": 3}, "receiver", "chatReceiver"),
    ("send_message_without_call", ("alice", "hi"), {"skill_id": "q"}, "skill_id", "skillId"),
    ("send_message_without_call", ("alice", "hi"), {"skill_id": True}, "skill_id", "skillId"),
    (
        "send_message_without_call",
        ("alice", "hi"),
        {"skill_id": 3, "jau_ip": "h" * 101},
        "jau_ip",
        "jauIP",
    ),
    (
        "send_message_without_call",
        ("alice", "hi"),
        {"skill_id": 3, "jau_port": 123456},
        "jau_port",
        "jauPort",
    ),
    (
        "send_message_without_call",
        ("a", "hi"),
        {"skill_id": 3, "method": "GET"},
        "method",
        "method",
    ),
    ("request_multimedia_conference", ("1-1", []), {"vdn_id": 1}, "agents", "addressinfo"),
    ("request_multimedia_conference", ("1-1", "155"), {"vdn_id": 1}, "agents", "addressinfo"),
    ("request_multimedia_conference", ("1-1", ["15x"]), {"vdn_id": 1}, "agents", "addressinfo"),
    ("request_multimedia_conference", ("1-1", ["155"]), {"vdn_id": -1}, "vdn_id", "addressinfo"),
    ("request_multimedia_conference", ("a/b", ["155"]), {"vdn_id": 1}, "call_id", "callid"),
    ("invite_to_multimedia_conference", ("x", ["155"]), {"vdn_id": 1}, "conf_id", "confid"),
    ("invite_to_multimedia_conference", (2**31, ["155"]), {"vdn_id": 1}, "conf_id", "confid"),
    ("report_multimedia_conference_join", (1001, -1), {}, "result", "confresult"),
    ("report_multimedia_conference_join", (1001, 1), {"cause": "x"}, "cause", "cause"),
    ("stop_multimedia_conference", (-5,), {}, "conf_id", "confid"),
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


def _recording(sent: list[httpx.Request], status: int = 200) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        request.read()
        return httpx.Response(status, json={"retcode": "0", "message": "", "result": {}})

    return httpx.MockTransport(answer)


CallForm = tuple[Callable[[Any], Any], str, str, dict[str, Any] | None]


def _agent_calls() -> list[CallForm]:
    message = {"skillId": "3", "chatId": "7", "chatReceiver": "alice", "content": "hi"}
    return [
        (lambda a: a.start_internal_chat("155"), "PUT", "/textchat/153/internalcall/155", None),
        (lambda a: a.send_message_without_call("alice", "hi", skill_id=3, chat_id="7"),
         "POST", "/textchat/153/sendmessagewithoutcall", message),
        (lambda a: a.send_message_without_call(
            "alice", "hi", skill_id="3", chat_id="7", jau_ip="10.0.0.1", jau_port=8080,
            method="PUT"),
         "PUT", "/textchat/153/sendmessagewithoutcall",
         {**message, "jauIP": "10.0.0.1", "jauPort": "8080"}),
        (lambda a: a.chat("1-1").invite_to_conference(["155", "156"], vdn_id=1), "PUT",
         "/multimediaconf/153/requestconf",
         {"callid": "1-1", "addressinfo": "9,1,155;9,1,156;"}),
        (lambda a: a.request_multimedia_conference("1-1", ("155",), vdn_id=12), "PUT",
         "/multimediaconf/153/requestconf", {"callid": "1-1", "addressinfo": "9,12,155;"}),
        (lambda a: a.invite_to_multimedia_conference("1001", ["157"], vdn_id=1), "PUT",
         "/multimediaconf/153/inviteconf", {"confid": 1001, "addressinfo": "9,1,157;"}),
        (lambda a: a.report_multimedia_conference_join(1001), "POST",
         "/multimediaconf/153/joinconfresult", {"confid": 1001, "confresult": 0}),
        (lambda a: a.report_multimedia_conference_join(1001, 5, cause=5), "POST",
         "/multimediaconf/153/joinconfresult", {"confid": 1001, "confresult": 5, "cause": 5}),
        (lambda a: a.stop_multimedia_conference(1001), "DELETE",
         "/multimediaconf/153/stopconf", {"confid": 1001}),
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
            if body is not None:
                assert request.headers["Content-Type"] == "application/json; charset=UTF-8"


def test_a_made_up_chat_id_is_digits() -> None:
    sent: list[httpx.Request] = []
    with AgentGateway(BASE, transport=_recording(sent), max_retries=0) as gw:
        gw.agent("153", guid="g-1.AgentGateway0").send_message_without_call(
            "alice", "hi", skill_id=3
        )
    assert json.loads(sent[-1].content)["chatId"].isdigit()


def test_the_async_wire_forms() -> None:
    async def run() -> None:
        sent: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json={"retcode": "0", "message": "", "result": {}})

        transport = httpx.MockTransport(answer)
        async with AsyncAgentGateway(BASE, transport=transport, max_retries=0) as gw:
            agent = gw.agent("153", guid="g-1.AgentGateway0")
            await agent.start_internal_chat("155")
            await agent.send_message_without_call("bob", "yo", skill_id=2, method="PUT")
            await agent.chat("1-1").invite_to_conference(["155"], vdn_id=1)
            await agent.invite_to_multimedia_conference(1001, ["156"], vdn_id=1)
            await agent.report_multimedia_conference_join("1001", 3, cause=9)
            await agent.stop_multimedia_conference(1001)
        assert [(r.method, r.url.path.rsplit("/", 1)[-1]) for r in sent] == [
            ("PUT", "155"),
            ("PUT", "sendmessagewithoutcall"),
            ("PUT", "requestconf"),
            ("PUT", "inviteconf"),
            ("POST", "joinconfresult"),
            ("DELETE", "stopconf"),
        ]

    asyncio.run(asyncio.wait_for(run(), 10))


@pytest.mark.parametrize(
    "act",
    [
        lambda a: a.start_internal_chat("155"),
        lambda a: a.send_message_without_call("alice", "hi", skill_id=3),
        lambda a: a.request_multimedia_conference("1-1", ["155"], vdn_id=1),
        lambda a: a.stop_multimedia_conference(1001),
    ],
)
def test_state_changes_are_not_retried(act: Callable[[Any], Any]) -> None:
    sent: list[httpx.Request] = []
    with AgentGateway(BASE, transport=_recording(sent, status=503), max_retries=3) as gw:
        agent = gw.agent("153", guid="g-1.AgentGateway0")
        with pytest.raises(APIStatusError):
            act(agent)
    assert len(sent) == 1
