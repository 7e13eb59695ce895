"""The chat sessions of the simulated gateway, shared by the chat families.

A chat (``ChatSession``) is between an agent and a scripted customer (or, for an internal
chat, two of the simulator's agents: ``customer`` is then the caller's agent ID, and the
caller may talk in it and end it once its colleague answered). Its states::

    offered (AgentChat_Ring) --(PUT textchat answer)--> connected (AgentChat_Connected)
    offered --(DELETE textchat reject)--> queued (back in its queue, AgentChat_Disconnected)
    connected --(DELETE textchat drop, the customer leaves)--> ended (AgentChat_Disconnected)
    connected --(POST textchat or mediacall transfer)--> offered to the target agent, or
                queued at a skill queue / access code; the agent gets AgentChat_Disconnected

A chat comes on one of two channels: ``"textchat"`` (the customer's messages arrive as
AgentChat_DataRecved) or ``"mediacall"`` (as AgentEvent_MessageData, page cec_07_1405).
The ring, connect and disconnect events are AgentChat_* on both (the mediacall pages name
no events of their own for these; an assumption of the simulator). Chats live beside the
voice calls (``AgentRecord.call``), so an agent can talk on the phone and chat at once.

An agent is offered chats up to its capacity: at most ``per_media[media type]`` open chats
of one media type (3 unless setcallnums changed it) and ``total`` in all (60 unless
setcallnumsbymediatype changed it). Files sent either way are kept by path
(``/media/<call ID>/<n>-<name>``) and can be downloaded by it.

The handlers live in ``families/text_chat.py`` and ``families/media_chat.py``; both use one
:class:`ChatDesk`. It is part of the core layer: it uses the core and no family.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from ..generated.models import AgentState, EventType, Retcode
from ._core import GatewayCore
from ._model import AgentRecord, SimulatorError
from ._wire import Refusal

__all__ = ["DEFAULT_CAPACITY", "MAX_CAPACITY", "Channel", "ChatDesk", "ChatLine", "ChatSession"]

Channel = Literal["textchat", "mediacall"]
ChatState = Literal["offered", "connected", "queued", "ended"]

DEFAULT_CAPACITY = 3  # chats of one media type an agent takes at once, unless set
MAX_CAPACITY = 60  # the pages' upper bound (106-003 beyond)
_NOT_OFFERED = {
    AgentState.BUSY: "busy",
    AgentState.REST: "resting",
    AgentState.WRAP_UP: "in wrap-up",
}
_TEXT, _FILE = "0", "1"  # chatContentType the simulator sends for text and for a file


@dataclass(frozen=True)
class ChatLine:
    """One message of a chat: who sent it (an agent ID or ``"customer"``), its text, and
    for a file its stored path."""

    sender: str
    text: str
    file_path: str | None = None


@dataclass(eq=False)
class ChatSession:
    """A chat. ``agent`` is the agent it is offered to or connected with (None when queued)."""

    call_id: str
    customer: str
    called: str
    media_type: int
    channel: Channel
    agent: str | None
    state: ChatState = "offered"
    attach_data: str = ""
    inner: bool = False  # between two of the simulator's agents (internal chat)
    transcript: list[ChatLine] = field(default_factory=list)
    queued_at: str | None = None  # the skill queue or access code it was transferred to
    leaving: str | None = None  # the agent that leaves once the target answers (mode 2)
    next_chat_id: int = 1


@dataclass
class Capacity:
    """How many chats an agent takes at once."""

    per_media: dict[int, int] = field(default_factory=dict)
    total: int = MAX_CAPACITY

    def of(self, media_type: int) -> int:
        return self.per_media.get(media_type, DEFAULT_CAPACITY)


class ChatDesk:
    """The chats, their files and the agents' capacities (see the module docstring)."""

    def __init__(self, core: GatewayCore) -> None:
        self.core = core
        self.chats: dict[str, ChatSession] = {}
        self.files: dict[str, tuple[str, bytes]] = {}  # path -> (file name, content)
        self.capacity: dict[str, Capacity] = {}
        self._ids = itertools.count(1)
        self._files = itertools.count(1)
        core.hooks.session_ending.append(self._agent_leaves)

    # ------------------------------------------------------------------ lookup

    def open_chats(self, agent_id: str) -> list[ChatSession]:
        """The agent's offered and connected chats, oldest first."""
        return [
            c
            for c in self.chats.values()
            if c.agent == agent_id and c.state in ("offered", "connected")
        ]

    def chat(self, call_id: str) -> ChatSession:
        """A chat by its call ID (SimulatorError when there is none)."""
        found = self.chats.get(call_id)
        if found is None:
            raise SimulatorError(f"no chat {call_id!r}")
        return found

    def own(self, agent: AgentRecord, call_id: str, *, connected: bool = True) -> ChatSession:
        """The agent's chat ``call_id`` (Refusal 000-002 when it has no such chat)."""
        found = self.chats.get(call_id)
        wanted = ("connected",) if connected else ("offered", "connected")
        mine = found is not None and (
            found.agent == agent.agent_id
            or (found.inner and connected and found.customer == agent.agent_id)
        )  # the caller of an internal chat talks in it and may end it once answered
        if found is None or not mine or found.state not in wanted:
            what = "connected chat" if connected else "chat"
            raise Refusal(Retcode.INVALID_PARAMETER, f"the agent has no {what} {call_id}")
        return found

    def why_not_offerable(self, agent: AgentRecord, media_type: int) -> str | None:
        """Why a chat of ``media_type`` would not be offered to the agent now, or None.

        A voice call does not stop chats; busy, rest, wrap-up and a full capacity do.
        """
        if agent.session is None:
            return "not signed in"
        reason = _NOT_OFFERED.get(agent.base_state)
        if reason is not None:
            return reason
        capacity = self.capacity.get(agent.agent_id, Capacity())
        chats = self.open_chats(agent.agent_id)
        same = sum(c.media_type == media_type for c in chats)
        if same >= capacity.of(media_type):
            return f"at its capacity for media type {media_type} ({capacity.of(media_type)})"
        if len(chats) >= capacity.total:
            return f"at its total chat capacity ({capacity.total})"
        return None

    # ------------------------------------------------------------------ the life of a chat

    def new_call_id(self) -> str:
        return f"{self.core.now_ms() // 1000}-{700000 + next(self._ids)}"

    def offer(self, chat: ChatSession, agent: AgentRecord) -> None:
        """Offer ``chat`` to ``agent``: AgentChat_Ring."""
        chat.agent, chat.state, chat.queued_at = agent.agent_id, "offered", None
        self.chats[chat.call_id] = chat
        self.core.queue(agent, EventType.AGENT_CHAT_RING, self.ring_content(chat))

    def connect(self, chat: ChatSession, agent: AgentRecord) -> None:
        """The agent answers: AgentChat_Connected (and a success transfer's source leaves)."""
        chat.state = "connected"
        self.core.queue(agent, EventType.AGENT_CHAT_CONNECTED, self.connected_content(chat))
        if chat.inner:
            caller = self.core.agents.get(chat.customer)
            if caller is not None:
                content = self.connected_content(chat)
                self.core.queue(caller, EventType.AGENT_CHAT_CONNECTED, content)
        leaving = None if chat.leaving is None else self.core.agents.get(chat.leaving)
        chat.leaving = None
        if leaving is not None:
            self.core.queue(leaving, EventType.AGENT_CHAT_DISCONNECTED, {"callId": chat.call_id})

    def disconnect(self, chat: ChatSession, state: ChatState = "ended") -> None:
        """The chat leaves its agent (AgentChat_Disconnected), ended or back in a queue."""
        agent = None if chat.agent is None else self.core.agents.get(chat.agent)
        chat.state = state
        if agent is not None:
            self.core.queue(agent, EventType.AGENT_CHAT_DISCONNECTED, {"callId": chat.call_id})
        if chat.inner and state == "ended":
            caller = self.core.agents.get(chat.customer)
            if caller is not None:
                self.core.queue(caller, EventType.AGENT_CHAT_DISCONNECTED, {"callId": chat.call_id})
        if state != "ended":
            chat.agent = None

    def transfer(
        self, agent: AgentRecord, chat: ChatSession, device_type: int, address: str, mode: int
    ) -> None:
        """Transfer ``chat`` to an agent (2), a skill queue (1) or an access code (4).

        To an agent: it must be signed in and have room (Refusal 000-002 otherwise); it is
        offered the chat. Mode 0 takes the chat from ``agent`` at once; mode 2 once the
        target answered. To a queue or access code the chat leaves the agent (queued).
        The caller of an internal chat cannot transfer it (Refusal 000-002).
        """
        if chat.agent != agent.agent_id:
            raise Refusal(Retcode.INVALID_PARAMETER, "only the answering agent transfers a chat")
        if device_type == 2:
            target = self.core.agents.get(address)
            why = "not one of the gateway's agents" if target is None else None
            if target is not None:
                why = (
                    "the agent itself"
                    if target is agent
                    else self.why_not_offerable(target, chat.media_type)
                )
            if target is None or why is not None:
                raise Refusal(Retcode.INVALID_PARAMETER, f"agent {address} cannot take it: {why}")
            if mode == 0:
                self.core.queue(agent, EventType.AGENT_CHAT_DISCONNECTED, {"callId": chat.call_id})
            else:
                chat.leaving = agent.agent_id
            self.offer(chat, target)
            return
        self.disconnect(chat, "queued")
        chat.queued_at = address

    # ------------------------------------------------------------------ messages and files

    def say(self, chat: ChatSession, sender: str, text: str, path: str | None = None) -> None:
        """Record a message; when it is for an agent, queue its event."""
        chat.transcript.append(ChatLine(sender, text, path))
        chat_id = chat.next_chat_id
        chat.next_chat_id += 1
        to_agent = chat.agent if sender != chat.agent else None
        if chat.inner and sender == chat.agent:
            to_agent = chat.customer
        recipient = None if to_agent is None else self.core.agents.get(to_agent)
        if recipient is None or chat.state != "connected":
            return
        if path is not None:
            text = json.dumps({"filePath": path, "fileName": self.files[path][0]})
        if chat.channel == "mediacall":
            content: dict[str, Any] = {
                "callid": chat.call_id,
                "caller": chat.customer,
                "called": chat.called,
                "feature": 0,
                "type": "main",
                "message": text,
                "mediaAbility": "5",
            }
            self.core.queue(recipient, EventType.AGENT_EVENT_MESSAGE_DATA, content)
            return
        content = {
            "sender": chat.customer if sender == "customer" else sender,
            "callId": chat.call_id,
            "chatContent": text,
            "isInnerCall": chat.inner,
            "chatContentType": _FILE if path is not None else _TEXT,
            "chatId": str(chat_id),
            "senderTime": str(self.core.now_ms()),
        }
        self.core.queue(recipient, EventType.AGENT_CHAT_DATA_RECEIVED, content)

    def store_file(self, chat: ChatSession, name: str, data: bytes) -> str:
        """Keep a file of the chat; its path."""
        safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name) or "file"
        path = f"/media/{chat.call_id}/{next(self._files)}-{safe}"
        self.files[path] = (name, data)
        return path

    # ------------------------------------------------------------------ event contents

    def ring_content(self, chat: ChatSession) -> dict[str, Any]:
        return {
            "callId": chat.call_id,
            "caller": chat.customer,
            "called": chat.called,
            "isInnerCall": chat.inner,
            "attachData": chat.attach_data,
            "realCaller": chat.customer,
            "displayName": chat.customer,
            "subMediaType": str(chat.media_type),
        }

    def connected_content(self, chat: ChatSession) -> dict[str, Any]:
        return {
            "callId": chat.call_id,
            "caller": chat.customer,
            "called": chat.called,
            "isInnerCall": chat.inner,
            "attachData": chat.attach_data,
            "uvid": chat.call_id.rsplit("-", 1)[-1],
        }

    # ------------------------------------------------------------------ hooks

    def _agent_leaves(self, agent: AgentRecord) -> None:
        """A session ends: its open chats end with it (its queue goes, so no events); the
        other agent of an internal chat it started gets AgentChat_Disconnected."""
        for chat in self.open_chats(agent.agent_id):
            chat.state = "ended"
        for chat in self.chats.values():
            if chat.inner and chat.customer == agent.agent_id and chat.state != "ended":
                chat.state = "ended"
                other = None if chat.agent is None else self.core.agents.get(chat.agent)
                if other is not None:
                    content = {"callId": chat.call_id}
                    self.core.queue(other, EventType.AGENT_CHAT_DISCONNECTED, content)
        self.capacity.pop(agent.agent_id, None)
