"""A team lead's dashboard and two agents, through the client and the simulator (sync, async)."""

from __future__ import annotations

import asyncio

import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    Event,
    EventType,
    NotAuthorizedError,
    RequestValidationError,
)
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    sim.add_agent("154", password="pw", phone="40039")
    sim.add_skill(1, "voice", waiting=4, longest_wait=30)
    sim.add_skill(2, "webchat", media_type=51, waiting=1)
    sim.set_agent_skills("153", [1, 2])
    sim.set_agent_skills("154", [1])
    sim.set_agent_group("153", "Hotline")
    sim.set_agent_group("154", "Hotline")
    return sim


def test_skills_queues_group_and_messages_sync() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        with (
            gw.sign_in("153", password="pw", phone="40038") as lead,
            gw.sign_in("154", password="pw", phone="40039") as agent,
        ):
            assert [s.id for s in lead.skills()] == [1, 2]
            assert [s.id for s in lead.skills_of("154")] == [1]
            lead.join_skills([2])
            agent.join_skills()
            assert sim.joined_skills("153") == [2] and sim.joined_skills("154") == [1]
            assert lead.queue.waiting() == 5
            assert lead.queue.waiting_in_joined() == 1
            sim.set_queue(1, waiting=9)
            assert lead.queue.waiting_for_skill(1) == 9
            voice, chat = lead.queue.acd_stats([1, 2])
            assert (voice.queue_size, voice.logged_on_agents, voice.avail_agents) == (9, 1, 1)
            assert (chat.queue_size, chat.logged_on_agents) == (1, 1)
            assert [s.name for s in lead.queue.vdn_skills()] == ["voice", "webchat"]
            assert [a.workno for a in lead.group.idle_agents()] == ["153", "154"]
            states = {s.workno: (s.status, s.group_name) for s in lead.group.agent_states()}
            assert states == {"153": ("4", "Hotline"), "154": ("4", "Hotline")}

            with agent.events() as stream:
                lead.send_note([154], "Please take queue 1")
                lead.notify_bulletin("Queue 1 is long", skill_id=1)
                seen: list[Event] = []
                while len(_message_events(seen)) < 2:
                    seen.append(stream.get(5.0))
            note, bulletin = _messages(seen)
            assert _field(note, "context") == "Please take queue 1"
            assert _field(note, "sender") == "153"
            assert _field(bulletin, "context") == "Queue 1 is long"
            with pytest.raises(RequestValidationError):
                lead.send_note([154], "x" * 1024)
        with pytest.raises(NotAuthorizedError):
            lead.skills()


def test_skills_queues_group_and_messages_async() -> None:
    asyncio.run(_async_session(simulator()))


async def _async_session(sim: GatewaySimulator) -> None:
    async with (
        AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as lead,
        gw.sign_in("154", password="pw", phone="40039") as agent,
    ):
        assert [s.id for s in await lead.skills()] == [1, 2]
        assert [s.id for s in await lead.skills_of(154)] == [1]
        await lead.join_skills()
        await agent.join_skills([1], phone_linkage=False)
        assert await lead.queue.waiting_in_joined() == 5
        assert await lead.queue.waiting_for_skill(2) == 1
        (voice,) = await lead.queue.acd_stats([1])
        assert (voice.logged_on_agents, voice.avail_agents) == (2, 2)
        sim.offer_call("154")
        (voice,) = await lead.queue.acd_stats([1])
        assert voice.avail_agents == 1
        assert [a.workno for a in await lead.group.idle_agents()] == ["153"]
        assert len(await lead.queue.vdn_skills()) == 2
        states = {s.workno: s.status for s in await lead.group.agent_states()}
        assert states == {"153": "4", "154": "7"}

        async with agent.events() as stream:
            await lead.send_note(["154"], "Nice call")
            await lead.notify_bulletin("Team meeting at four", group="Hotline")
            seen: list[Event] = []
            while len(_message_events(seen)) < 2:
                seen.append(await asyncio.wait_for(stream.get(5.0), 10))
        note, bulletin = _messages(seen)
        assert _field(note, "context") == "Nice call"
        assert _field(bulletin, "context") == "Team meeting at four"
        sim.end_call("154")


def _message_events(events: list[Event]) -> list[Event]:
    wanted = (EventType.AGENT_OTHER_NOTE, EventType.AGENT_OTHER_BULLETIN)
    return [e for e in events if e.type in wanted]


def _messages(events: list[Event]) -> tuple[Event, Event]:
    found = _message_events(events)
    assert [e.type for e in found] == [EventType.AGENT_OTHER_NOTE, EventType.AGENT_OTHER_BULLETIN]
    return found[0], found[1]


def _field(event: Event, name: str) -> object:
    """A field of a note's or bulletin's content, whether decoded to a model or left a dict."""
    content = event.content
    return content[name] if isinstance(content, dict) else getattr(content, name)
