"""A chat desk: one agent takes two chats at once, answers both, sends a file in one,
transfers the other to a colleague, and prints the messages as they come.

It runs against the package's gateway simulator (scripted customers), so it needs no real
gateway: ``python examples/chat_desk.py``. Against a real CC-Gateway, drop the simulator
lines and pass the gateway's URL and ``ca_bundle=`` to ``AgentGateway``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from cec_agentgateway import AgentGateway, Chat, ChatMessage, EventType
from cec_agentgateway.simulator import GatewaySimulator


def main() -> list[str]:
    """Run the desk; the lines it printed."""
    printed: list[str] = []

    def say(line: str) -> None:
        printed.append(line)
        print(line)

    sim = GatewaySimulator(poll_wait=0.2)
    sim.add_agent("153", password="secret", phone="40038")
    sim.add_agent("155", password="secret", phone="40039")
    with (
        AgentGateway("https://cc-gateway.invalid:8043", transport=sim.transport()) as gw,
        gw.sign_in("153", password="secret", phone="40038") as agent,
        gw.sign_in("155", password="secret", phone="40039"),
        agent.events() as events,
        tempfile.TemporaryDirectory() as folder,
    ):
        agent.set_chat_capacity(2)  # two web chats at once
        sim.chats.offer("153", "alice")  # two customers start a chat
        sim.chats.offer("153", "bob")
        chats: dict[str, Chat] = {}
        for event in events:
            if event.type == EventType.AGENT_CHAT_RING:
                chat = agent.chat_from(event)
                chats[chat.call_id] = chat
                chat.answer()
                say(f"answered {chat.call_id}")
            elif event.type == EventType.AGENT_CHAT_CONNECTED and len(chats) == 2:
                break
        alice, bob = chats.values()
        sim.chats.customer_says(alice.call_id, "Can I see your terms?")
        sim.chats.customer_says(bob.call_id, "I need to change my contract.")
        heard = 0
        for event in events:
            message = ChatMessage.from_event(event)
            if message is None:
                continue
            say(f"{message.call_id} {message.sender}: {message.text}")
            heard += 1
            if heard == 2:
                break
        terms = Path(folder) / "terms.txt"
        terms.write_text("Our terms: ...\n", encoding="utf-8")
        alice.send("Here they are.")
        stored = alice.send_file(terms)
        say(f"sent {stored.file_name} to {alice.call_id} ({stored.file_path})")
        bob.send("A colleague from contracts takes over.")
        bob.transfer("155")
        say(f"transferred {bob.call_id} to 155")
        alice.end()
        say(f"ended {alice.call_id}")
    return printed


if __name__ == "__main__":
    main()
