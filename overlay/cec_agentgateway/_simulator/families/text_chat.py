"""Text chats (``textchat``): answering, rejecting, ending and transferring chats, messages
and files, internal chats between two agents, messages to a user outside any chat; and the
scripted customers of every chat (``sim.chats``).

Scenario: :meth:`offer` (a customer's chat rings at an agent, up to its capacity),
:meth:`customer_says`, :meth:`customer_sends_file`, :meth:`customer_leaves`,
:meth:`transcript`, :meth:`state`, :meth:`agent_of`, :meth:`file`. The chats themselves are
kept by the core layer's :class:`~._chats.ChatDesk`, which the mediacall family shares.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping
from typing import Any

from ...generated.models import MediaType, Retcode
from .._chats import Channel, ChatDesk, ChatSession
from .._core import GatewayCore
from .._family import (
    ControlError,
    Family,
    body_text,
    checked_parameter,
    command,
    control,
    json_object,
    ok,
    operation,
    validated,
)
from .._model import SimulatorError
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["TextChatFamily"]

MAX_FILE_BYTES = 20 * 1024 * 1024  # larger uploads are refused (700-100)
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_DISPOSITION = re.compile(r'name="([^"]*)"(?:;\s*filename="([^"]*)")?', re.IGNORECASE)


class TextChatFamily(Family):
    """textchat answer, chatmessage, drop, reject, transfer, mediafile (up and down),
    internalcall and sendmessagewithoutcall (POST and PUT)."""

    name = "chats"

    def __init__(self, core: GatewayCore, desk: ChatDesk) -> None:
        super().__init__(core)
        self.desk = desk
        self._without_call: deque[dict[str, str]] = deque(maxlen=1000)

    # ------------------------------------------------------------------ scenario

    def offer(
        self,
        agent_id: str,
        customer: str = "web-user",
        *,
        media_type: int = MediaType.WEB_CHAT,
        channel: Channel = "textchat",
        called: str = "webchat",
        attach_data: str = "",
    ) -> str:
        """A customer's chat rings at the agent (AgentChat_Ring); its call ID.

        SimulatorError when the agent is not signed in, busy, resting, in wrap-up or at its
        capacity for ``media_type`` (setcallnums) or in all (setcallnumsbymediatype). A voice
        call does not stop chats. ``channel="mediacall"`` makes the customer's messages
        arrive as AgentEvent_MessageData instead of AgentChat_DataRecved.
        """
        if channel not in ("textchat", "mediacall"):
            raise ValueError("channel must be 'textchat' or 'mediacall'")
        with self.core.lock:
            self.core.housekeeping(self.core.clock())
            agent = self.core.agent(agent_id)
            why = self.desk.why_not_offerable(agent, int(media_type))
            if why is not None:
                raise SimulatorError(f"agent {agent_id} is not offered the chat: {why}")
            chat = ChatSession(
                self.desk.new_call_id(),
                customer,
                called,
                int(media_type),
                channel,
                agent.agent_id,
                attach_data=attach_data,
            )
            self.desk.offer(chat, agent)
            return chat.call_id

    def customer_says(self, call_id: str, text: str) -> None:
        """The customer sends a message (AgentChat_DataRecved or AgentEvent_MessageData)."""
        with self.core.lock:
            chat = self._open(call_id)
            self.desk.say(chat, "customer", text)

    def customer_sends_file(self, call_id: str, name: str, data: bytes) -> str:
        """The customer sends a file: the agent receives a message naming its path
        (``{"filePath", "fileName"}`` as JSON text); the stored path is returned."""
        with self.core.lock:
            chat = self._open(call_id)
            path = self.desk.store_file(chat, name, data)
            self.desk.say(chat, "customer", name, path)
            return path

    def customer_leaves(self, call_id: str) -> None:
        """The customer closes the chat: AgentChat_Disconnected to its agent."""
        with self.core.lock:
            self.desk.disconnect(self._open(call_id))

    def transcript(self, call_id: str) -> list[tuple[str, str]]:
        """The chat's messages so far as (sender, text); a file is ``"file:<path>"``."""
        with self.core.lock:
            lines = self.desk.chat(call_id).transcript
            return [
                (x.sender, x.text if x.file_path is None else f"file:{x.file_path}") for x in lines
            ]

    def state(self, call_id: str) -> str:
        """``offered``, ``connected``, ``queued`` (rejected, or sent to a queue) or ``ended``."""
        with self.core.lock:
            return self.desk.chat(call_id).state

    def agent_of(self, call_id: str) -> str | None:
        """The agent the chat is offered to or connected with (None when queued or ended)."""
        with self.core.lock:
            chat = self.desk.chat(call_id)
            return chat.agent if chat.state in ("offered", "connected") else None

    def chats_of(self, agent_id: str) -> list[str]:
        """The call IDs of the agent's offered and connected chats, oldest first."""
        with self.core.lock:
            return [c.call_id for c in self.desk.open_chats(agent_id)]

    def messages_without_call(self) -> list[dict[str, str]]:
        """What agents sent with sendmessagewithoutcall (the last 1000), oldest first: the
        request's fields and ``agent`` and ``method`` (POST or PUT)."""
        with self.core.lock:
            return [dict(message) for message in self._without_call]

    def file(self, path: str) -> bytes:
        """The content of a stored chat file (uploaded by an agent or sent by a customer)."""
        with self.core.lock:
            found = self.desk.files.get(path)
            if found is None:
                raise SimulatorError(f"no chat file {path!r}")
            return found[1]

    def _open(self, call_id: str) -> ChatSession:
        chat = self.desk.chat(call_id)
        if chat.state != "connected":
            raise SimulatorError(f"chat {call_id} is {chat.state}, not connected")
        return chat

    @control("chat")
    def control_offer(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """``{"agent", "customer"?, "mediaType"?}``: offer a chat; answers its call ID."""
        agent = body_text(body, "agent")
        customer = body_text(body, "customer", required=False) or "web-user"
        media = body.get("mediaType", MediaType.WEB_CHAT)
        if isinstance(media, bool) or not isinstance(media, int):
            raise ControlError("mediaType must be a number")
        assert agent is not None
        try:
            return {"callId": self.offer(agent, customer, media_type=media)}
        except SimulatorError as error:
            raise ControlError(str(error)) from None

    @command("chat", "chat AGENT [CUSTOMER]")
    def command_offer(self, words: list[str]) -> str:
        if not 1 <= len(words) <= 2:
            raise ControlError("usage: chat AGENT [CUSTOMER]")
        try:
            return f"ok {self.offer(*words)}"
        except SimulatorError as error:
            raise ControlError(str(error)) from None

    # ------------------------------------------------------------------ handlers

    @operation("answerTextChat")
    def answer(self, context: Context) -> SimResponse:
        """AgentChat_Connected; the chat must be offered to this agent."""
        agent, _ = self.session(context)
        call_id = checked_parameter(context, "callid", context.params["callid"])
        chat = self.desk.own(agent, call_id, connected=False)
        if chat.state != "offered":
            raise Refusal(Retcode.INVALID_PARAMETER, f"chat {call_id} is already answered")
        self.desk.connect(chat, agent)
        return json_response(ok({}))

    @operation("sendTextChatMessage")
    def send(self, context: Context) -> SimResponse:
        """The text goes to the customer (or to the other agent of an internal chat)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("TextChatMessageRequest", raw, context, Retcode.INVALID_PARAMETER)
        chat = self.desk.own(agent, body["callId"])
        self.desk.say(chat, agent.agent_id, body["content"])
        return json_response(ok({}))

    @operation("dropTextChat")
    def drop(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call_id = checked_parameter(context, "callid", context.params["callid"])
        self.desk.disconnect(self.desk.own(agent, call_id))
        return json_response(ok({}))

    @operation("rejectTextChat")
    def reject(self, context: Context) -> SimResponse:
        """Only an offered chat; it goes back to its queue."""
        agent, _ = self.session(context)
        call_id = checked_parameter(context, "callid", context.params["callid"])
        chat = self.desk.own(agent, call_id, connected=False)
        if chat.state != "offered":
            raise Refusal(Retcode.INVALID_PARAMETER, f"chat {call_id} is answered: drop it")
        self.desk.disconnect(chat, "queued")
        return json_response(ok({}))

    @operation("transferTextChat")
    def transfer(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "TextChatTransferRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True
        )
        chat = self.desk.own(agent, body["callid"])
        if body.get("attachdata") is not None:
            chat.attach_data = body["attachdata"]
        self.desk.transfer(agent, chat, body["addesstype"], body["destaddr"], body["mode"])
        return json_response(ok({}))

    @operation("startInternalTextChat")
    def internal_call(self, context: Context) -> SimResponse:
        """AgentChat_Ring at the colleague (``isInnerCall`` true); 000-002 when it cannot
        take the chat (not signed in, another VCC, the agent itself, busy, at capacity)."""
        agent, _ = self.session(context)
        dest = checked_parameter(context, "destno", context.params["destno"])
        target = self.core.agents.get(dest)
        why = "not one of the gateway's agents" if target is None else None
        if target is not None:
            why = (
                "the agent itself"
                if target is agent
                else "of another VCC"
                if target.vdn_id != agent.vdn_id
                else self.desk.why_not_offerable(target, int(MediaType.WEB_CHAT))
            )
        if target is None or why is not None:
            raise Refusal(Retcode.INVALID_PARAMETER, f"agent {dest} cannot take the chat: {why}")
        chat = ChatSession(
            self.desk.new_call_id(),
            agent.agent_id,
            dest,
            int(MediaType.WEB_CHAT),
            "textchat",
            dest,
            inner=True,
        )
        self.desk.offer(chat, target)
        return json_response(ok({}))

    @operation("sendMessageWithoutCall", "sendMessageWithoutCallByPut")
    def send_without_call(self, context: Context) -> SimResponse:
        """POST or PUT alike; the message is kept (:meth:`messages_without_call`). A PUT
        without a body (as the Java demo sends it) is refused: there is nothing to send."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "MessageWithoutCallRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True
        )
        message = {"agent": agent.agent_id, "method": context.request.method.upper(), **body}
        self._without_call.append(message)
        return json_response(ok({}))

    @operation("uploadChatFile")
    def upload(self, context: Context) -> SimResponse:
        """The multipart part ``media`` is stored and sent to the other party."""
        agent, _ = self.session(context)
        call_id = context.request.query.get("callId", "")
        if not call_id:
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter callId is empty")
        chat = self.desk.own(agent, checked_parameter(context, "callId", call_id))
        name, data = _media_part(context)
        if len(data) > MAX_FILE_BYTES:
            raise Refusal(Retcode.CHAT_OTHER_ERROR, "the file is too large")
        path = self.desk.store_file(chat, name, data)
        chat_id = context.request.query.get("chatId") or str(chat.next_chat_id)
        self.desk.say(chat, agent.agent_id, name, path)
        return json_response(ok({"filePath": path, "fileName": name, "chatId": chat_id}))

    @operation("downloadChatFile")
    def download(self, context: Context) -> SimResponse:
        """The file's bytes (application/octet-stream), or 000-002 for an unknown path."""
        self.session(context)
        path = context.request.query.get("filePath", "")
        found = self.desk.files.get(path)
        if found is None:
            raise Refusal(Retcode.INVALID_PARAMETER, "the file does not exist")
        name, data = found
        headers = (
            ("Content-Type", "application/octet-stream"),
            ("Content-Disposition", f'attachment; filename="{_ascii(name)}"'),
        )
        return SimResponse(200, data, headers)


def _ascii(name: str) -> str:
    return "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in name)


def _media_part(context: Context) -> tuple[str, bytes]:
    """The file name and content of the multipart part ``media`` (Refusal 000-002)."""
    kind = context.request.header("Content-Type") or ""
    found = _BOUNDARY.search(kind)
    if not kind.lower().startswith("multipart/form-data") or found is None:
        raise Refusal(Retcode.INVALID_PARAMETER, "the request is not multipart/form-data")
    delimiter = b"--" + found.group(1).encode("latin-1")
    for part in context.request.body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.partition(b"\r\n\r\n")
        disposition = next(
            (
                line.decode("utf-8", "replace")
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-disposition:")
            ),
            "",
        )
        names = _DISPOSITION.search(disposition)
        if names is not None and names.group(1) == "media":
            return names.group(2) or "file", content.removesuffix(b"\r\n")
    raise Refusal(Retcode.INVALID_PARAMETER, "the parameter media is empty")
