"""Two agents chat with each other, share a screen on a customer's chat and write to a user
outside any chat: sync over the in-process transport, async, and sync over loopback HTTP."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    ChatMessage,
    EventType,
    JoinConferenceContent,
)
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST: dict[str, Any] = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")
    sim.add_agent("155", password="pw", phone="40039")
    return sim


def _desk(sim: GatewaySimulator, base: str, transport: httpx.BaseTransport | None) -> None:
    options = FAST if transport is None else {**FAST, "transport": transport}
    with (
        AgentGateway(base, **options) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        gw.sign_in("155", password="pw", phone="40039") as colleague,
        agent.events() as mine,
        colleague.events() as theirs,
    ):
        agent.start_internal_chat("155")
        while (ring := theirs.get(5.0)).type != EventType.AGENT_CHAT_RING:
            pass  # the sign-in events first
        colleague.chat_from(ring).answer()
        while (connected := mine.get(5.0)).type != EventType.AGENT_CHAT_CONNECTED:
            pass
        inner = agent.chat_from(connected)
        assert inner.call_id == ring.call_id
        inner.send("Can you look at a customer's screen with me?")
        while (message := ChatMessage.from_event(theirs.get(5.0))) is None:
            pass
        assert (message.sender, message.call_id) == ("153", inner.call_id)

        customer = sim.chats.offer("153", "alice")
        while (offered := mine.get(5.0)).type != EventType.AGENT_CHAT_RING:
            pass
        chat = agent.chat_from(offered)
        assert chat.call_id == customer
        chat.answer()
        chat.invite_to_conference(["155"], vdn_id=sim.vdn_id)
        invitations = []
        for stream in (mine, theirs):
            while (event := stream.get(5.0)).type != EventType.AGENT_EVENT_JOIN_CONF:
                pass
            assert isinstance(event.content, JoinConferenceContent)
            invitations.append(event.content)
        conf_id = invitations[0].confid
        assert conf_id is not None and invitations[1].confid == conf_id
        assert invitations[1].address == "155"
        colleague.report_multimedia_conference_join(conf_id)
        assert sim.multimedia_conferences.members(int(conf_id)) == {
            "153": "chair",
            "155": "joined",
        }
        assert sim.multimedia_conferences.call_of(int(conf_id)) == customer
        agent.stop_multimedia_conference(conf_id)
        assert sim.multimedia_conferences.state(int(conf_id)) == "stopped"
        agent.send_message_without_call("bob@example.com", "Your card is on its way.", skill_id=3)
        colleague.send_message_without_call("bob@example.com", "Noted.", skill_id=3, method="PUT")
        inner.end()
        chat.end()
    assert [(m["agent"], m["method"]) for m in sim.chats.messages_without_call()] == [
        ("153", "POST"),
        ("155", "PUT"),
    ]
    assert sim.chats.state(ring.call_id or "") == "ended"


def test_internal_chat_and_conference_sync() -> None:
    sim = simulator()
    _desk(sim, BASE, sim.transport())


def test_internal_chat_and_conference_over_loopback_http() -> None:
    sim = simulator()
    with sim.serve() as server:
        _desk(sim, server.url, None)


def test_internal_chat_and_conference_async() -> None:
    asyncio.run(asyncio.wait_for(_async_desk(simulator()), 30))


async def _async_desk(sim: GatewaySimulator) -> None:
    async with (
        AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        gw.sign_in("155", password="pw", phone="40039") as colleague,
    ):
        async with agent.events() as mine, colleague.events() as theirs:
            await agent.start_internal_chat("155")
            while (ring := await theirs.get(5.0)).type != EventType.AGENT_CHAT_RING:
                pass
            await colleague.chat_from(ring).answer()
            while (connected := await mine.get(5.0)).type != EventType.AGENT_CHAT_CONNECTED:
                pass
            inner = agent.chat_from(connected)
            await colleague.chat(inner.call_id).send("Sure")
            while (message := ChatMessage.from_event(await mine.get(5.0))) is None:
                pass
            assert (message.sender, message.text) == ("155", "Sure")
            await inner.invite_to_conference(["155"], vdn_id=sim.vdn_id)
            while (event := await theirs.get(5.0)).type != EventType.AGENT_EVENT_JOIN_CONF:
                pass
            assert isinstance(event.content, JoinConferenceContent)
            conf_id = event.content.confid
            assert conf_id is not None
            await colleague.report_multimedia_conference_join(conf_id, 7, cause=7)
            assert sim.multimedia_conferences.members(int(conf_id))["155"] == "failed"
            await agent.invite_to_multimedia_conference(conf_id, ["155"], vdn_id=sim.vdn_id)
        await agent.stop_multimedia_conference(conf_id)
        await agent.send_message_without_call("bob", "hi", skill_id="3")
        await inner.end()
    assert sim.multimedia_conferences.state(int(conf_id)) == "stopped"
    assert sim.chats.transcript(inner.call_id) == [("155", "Sure")]
