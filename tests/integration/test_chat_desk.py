"""A chat desk through the client and the simulator: two chats at once, a file, a transfer.

Sync over the in-process transport, async, and sync over the loopback HTTP server.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    ChatMessage,
    EventType,
    InvalidParameterError,
    RequestValidationError,
)
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST: dict[str, Any] = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")
    sim.add_agent("155", password="pw", phone="40039")
    return sim


def _desk(
    sim: GatewaySimulator, base: str, transport: httpx.BaseTransport | None, tmp_path: Path
) -> None:
    options = FAST if transport is None else {**FAST, "transport": transport}
    with (
        AgentGateway(base, **options) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        gw.sign_in("155", password="pw", phone="40039") as colleague,
    ):
        agent.set_chat_capacity(2)
        call = sim.offer_call("153", caller="70004")  # a voice call rings, too
        with agent.events() as stream, colleague.events() as other:
            first = sim.chats.offer("153", "alice")
            second = sim.chats.offer("153", "bob")
            with pytest.raises(Exception, match="capacity"):
                sim.chats.offer("153", "carol")  # two at once, as set
            chats = []
            while len(chats) < 2:
                event = stream.get(5.0)
                if event.type == EventType.AGENT_CHAT_RING:
                    chats.append(agent.chat_from(event))
            assert [c.call_id for c in chats] == [first, second]
            for chat in chats:
                chat.answer()
            assert sim.current_call_id("153") == call  # auto-answered beside the chats
            sim.chats.customer_says(first, "Where is my parcel?")
            stored = sim.chats.customer_sends_file(second, "invoice.pdf", b"%PDF-1.7 bob")
            messages: list[ChatMessage] = []
            while len(messages) < 2:
                message = ChatMessage.from_event(stream.get(5.0))
                if message is not None:
                    messages.append(message)
            assert (messages[0].call_id, messages[0].sender) == (first, "alice")
            assert messages[0].text == "Where is my parcel?"
            assert messages[1].file_path == stored
            received = tmp_path / "invoice.pdf"
            assert chats[1].download(stored, received) == len(b"%PDF-1.7 bob")
            assert received.read_bytes() == b"%PDF-1.7 bob"

            terms = tmp_path / "terms.txt"
            terms.write_bytes(b"x" * 200_000)
            stored_file = chats[0].send_file(terms)
            assert stored_file.file_name == "terms.txt"
            assert sim.chats.file(stored_file.file_path) == b"x" * 200_000
            chats[0].send("Here are our terms.")
            chats[1].transfer("155")
            while (event := other.get(5.0)).type != EventType.AGENT_CHAT_RING:
                pass
            assert event.call_id == second and sim.chats.agent_of(second) == "155"
            with pytest.raises(RequestValidationError) as too_long:
                chats[0].send("é" * 1000)  # 2000 UTF-8 bytes
            assert (too_long.value.argument, too_long.value.field) == ("text", "content")
            with pytest.raises(InvalidParameterError):
                agent.download_chat_file("/media/none", io.BytesIO())
            chats[0].end()
            assert sim.current_call_id("153") == call  # the call went on throughout
            agent.release()
        assert sim.chats.transcript(first) == [
            ("customer", "Where is my parcel?"),
            ("153", f"file:{stored_file.file_path}"),
            ("153", "Here are our terms."),
        ]
        assert sim.chats.state(first) == "ended"


def test_chat_desk_sync(tmp_path: Path) -> None:
    sim = simulator()
    _desk(sim, BASE, sim.transport(), tmp_path)


def test_chat_desk_over_loopback_http(tmp_path: Path) -> None:
    sim = simulator()
    with sim.serve() as server:
        _desk(sim, server.url, None, tmp_path)


def test_chat_desk_async(tmp_path: Path) -> None:
    asyncio.run(asyncio.wait_for(_async_desk(simulator(), tmp_path), 30))


async def _async_desk(sim: GatewaySimulator, tmp_path: Path) -> None:
    async with (
        AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        gw.sign_in("155", password="pw", phone="40039") as colleague,
    ):
        await agent.set_chat_capacities(4, {51: 2, 53: 2})
        async with agent.events() as stream:
            web = sim.chats.offer("153", "alice")
            social = sim.chats.offer("153", "bob", media_type=53, channel="mediacall")
            await agent.chat(web).answer()
            await agent.chat(social, via="mediacall").answer()
            sim.chats.customer_says(social, "Hi from social")
            while (message := ChatMessage.from_event(await stream.get(5.0))) is None:
                pass
            assert (message.via, message.call_id, message.text) == (
                "mediacall",
                social,
                "Hi from social",
            )
            chat = agent.chat_from(message.event)
            await chat.send("Hello Bob")
            stored = await agent.chat(web).send_file(io.BytesIO(b"abc"), name="a.txt")
            assert stored.file_path is not None
            target = io.BytesIO()
            assert await agent.chat(web).download(stored.file_path, target) == 3
            assert target.getvalue() == b"abc"
            await chat.transfer("155")
            await agent.chat(web).end()
        assert sim.chats.transcript(social)[-1] == ("153", "Hello Bob")
        assert sim.chats.agent_of(social) == "155"
        assert sim.chats.state(web) == "ended"
        await colleague.answer_chat(social)
        assert sim.chats.state(social) == "connected"
