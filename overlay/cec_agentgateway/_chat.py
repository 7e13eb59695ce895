"""Chats (``textchat`` and ``mediacall``): a handle per chat, several at once, beside voice.

A chat rings at the agent as AgentChat_Ring, in the same event stream as the voice events;
``agent.chat_from(event)`` (or ``agent.chat(call_id)``) gives its :class:`Chat` handle::

    with agent.events() as stream:
        for event in stream:
            if event.type == EventType.AGENT_CHAT_RING:
                chat = agent.chat_from(event)
                chat.answer()
                chat.send("Hello, how can I help?")
            elif (message := ChatMessage.from_event(event)) is not None:
                print(message.sender, message.text)

``chat.send(text)``, ``chat.send_file(path)``, ``chat.transfer(to)``, ``chat.end()``,
``chat.invite_to_conference(agents, vdn_id=...)`` (a multimedia conference on it). A
handle made for a mediacall session (``via="mediacall"``, or from AgentEvent_MessageData)
sends with mediacall sendmessage and transfers with mediacall transfer; the others use the
textchat operations. ``agent.set_chat_capacity(n)`` sets how many chats the agent takes at
once (setcallnums), ``agent.set_chat_capacities(total, {channel: n})`` per channel.
``agent.start_internal_chat(colleague)`` opens a chat with another agent;
``agent.send_message_without_call(receiver, text, skill_id=...)`` writes to a user outside
any chat.

Files stream both ways: an upload reads the file as it is sent; a download writes the body
to the target as it arrives. None of the state-changing operations is retried once sent.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Literal

import httpx

from ._chat_requests import (
    DOWNLOAD_CHAT_FILE,
    answer_chat_call,
    download_request,
    drop_chat_call,
    internal_chat_call,
    media_message_call,
    reject_chat_call,
    set_capacity_by_channel_call,
    set_capacity_call,
    text_message_call,
    transfer_chat_call,
    upload_file_call,
    without_call_call,
)
from ._errors import APIConnectionError, APITimeoutError, RequestValidationError
from ._events import Event
from ._family import AsyncFamily, SyncFamily
from ._multimedia_conf import request_call
from ._operations import PreparedCall, no_result
from ._runner import interpret
from ._secrets import mask_exchange, scrub
from .generated import models
from .generated.models import EventType

if TYPE_CHECKING:
    from ._auth import GuidAuth
    from ._runner import CallOptions
    from .generated.models import ChatFileResult

__all__ = ["AsyncChat", "AsyncChatMixin", "Chat", "ChatMessage", "ChatMixin", "Via"]

Via = Literal["textchat", "mediacall"]
FileSource = str | os.PathLike[str] | BinaryIO
FileTarget = str | os.PathLike[str] | BinaryIO

_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """A message the other party of a chat sent, from AgentChat_DataRecved (textchat) or
    AgentEvent_MessageData (mediacall).

    ``file_path`` is set when the message names a stored file (the textchat clients send
    ``{"filePath": ...}`` as the message text); download it with ``chat.download``.
    """

    call_id: str
    sender: str | None
    text: str
    file_path: str | None
    via: Via
    event: Event

    @classmethod
    def from_event(cls, event: Event) -> ChatMessage | None:
        """The message an event carries, or None for any other event."""
        content = event.content
        if event.type == EventType.AGENT_CHAT_DATA_RECEIVED and isinstance(
            content, models.ChatContent
        ):
            text = content.chat_content or ""
            return cls(
                content.call_id or "", content.sender, text, _file_path(text), "textchat", event
            )
        if event.type == EventType.AGENT_EVENT_MESSAGE_DATA and isinstance(
            content, models.MessageDataContent
        ):
            text = content.message or ""
            caller = None if content.caller is None else str(content.caller)
            return cls(content.callid or "", caller, text, _file_path(text), "mediacall", event)
        return None


def _file_path(text: str) -> str | None:
    if not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    path = data.get("filePath") if isinstance(data, dict) else None
    return path if isinstance(path, str) and path else None


def _via(value: object, agent_id: str) -> Via:
    if value == "textchat":
        return "textchat"
    if value == "mediacall":
        return "mediacall"
    raise RequestValidationError(
        "via", f"must be 'textchat' or 'mediacall', got {value!r}", agent_id=agent_id
    )


def _via_of(event: Event) -> Via:
    return "mediacall" if event.type == EventType.AGENT_EVENT_MESSAGE_DATA else "textchat"


def _event_call_id(event: Event, agent_id: str) -> str:
    call_id = event.call_id
    if not call_id:
        raise RequestValidationError(
            "event", f"{event.type.value} names no chat", agent_id=agent_id
        )
    return call_id


@contextlib.contextmanager
def _opened(source: FileSource, name: str | None) -> Iterator[tuple[BinaryIO, str]]:
    """The file to upload (opened here when it is a path) and the name to send."""
    if isinstance(source, str | os.PathLike):
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed below, errors made typed
        except (OSError, ValueError) as exc:
            raise RequestValidationError("file", f"cannot be read ({exc})") from None
        with stream:
            yield stream, name or os.path.basename(os.fspath(source))
        return
    if not callable(getattr(source, "read", None)):
        raise RequestValidationError(
            "file", f"must be a path or a binary file object, got {type(source).__name__}"
        )
    given = name or os.path.basename(str(getattr(source, "name", "") or "")) or "file"
    yield source, given


@contextlib.contextmanager
def _target(target: FileTarget) -> Iterator[BinaryIO]:
    if isinstance(target, str | os.PathLike):
        try:
            stream = open(target, "wb")  # noqa: SIM115 - closed below, errors made typed
        except (OSError, ValueError) as exc:
            raise RequestValidationError("to", f"cannot be written ({exc})") from None
        with stream:
            yield stream
        return
    if not callable(getattr(target, "write", None)):
        raise RequestValidationError(
            "to", f"must be a path or a binary file object, got {type(target).__name__}"
        )
    yield target


def _download_error(agent_id: str, exc: httpx.HTTPError) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    mask_exchange(exc)  # chained to the error: its request without the Guid
    return kind(
        scrub(f"download failed: {type(exc).__name__}: {exc}"),
        operation=DOWNLOAD_CHAT_FILE.log_method,
        agent_id=agent_id,
    )


def _refused(response: httpx.Response) -> bool:
    kind = response.headers.get("Content-Type", "").lower()
    return not response.is_success or kind.startswith(("application/json", "text/"))


def _not_a_file(call: PreparedCall[None], response: httpx.Response, auth: GuidAuth) -> Exception:
    interpret(call, response, auth)  # raises the retcode's error (or a decode error)
    return call.decode_error("the gateway answered an envelope, not the file", response)


# ---------------------------------------------------------------------- sync


class Chat:
    """One chat of an agent: answer, reject, send text and files, transfer, end.

    ``via`` says which operations it uses: ``"textchat"`` (the default; chats that ring as
    AgentChat_Ring) or ``"mediacall"`` (send with sendmessage, transfer with mediacall
    transfer). Answering, rejecting and ending use textchat in both cases.
    """

    def __init__(self, agent: ChatMixin, call_id: str, via: Via = "textchat") -> None:
        self._agent = agent
        self.call_id = call_id
        self.via: Via = via

    def answer(self) -> None:
        """Take the offered chat (AgentChat_Connected follows)."""
        self._agent.answer_chat(self.call_id)

    def reject(self) -> None:
        """Decline the offered chat; it goes back to its queue."""
        self._agent.reject_chat(self.call_id)

    def send(self, text: str) -> None:
        """Send ``text`` (1 to 1945 UTF-8 bytes) to the other party."""
        self._agent.send_chat_message(self.call_id, text, via=self.via)

    def send_file(self, file: FileSource, *, name: str | None = None) -> ChatFileResult:
        """Send a file (a path or a binary file object, read as it is sent); the stored file."""
        return self._agent.send_chat_file(self.call_id, file, name=name)

    def download(self, file_path: str, to: FileTarget) -> int:
        """Write the stored file ``file_path`` to ``to`` (a path or binary file); the bytes."""
        return self._agent.download_chat_file(file_path, to)

    def transfer(
        self,
        to: str,
        *,
        device_type: int = 2,
        mode: int = 0,
        data: str | None = None,
    ) -> None:
        """Hand the chat on to agent ``to`` (or a skill queue / access code by ``device_type``).

        ``device_type`` is a ``ChatTransferDeviceType`` (2, an agent, by default) and ``mode``
        a ``ChatTransferMode`` (0, release: the agent leaves at once, by default).
        """
        self._agent.transfer_chat(
            self.call_id, to, device_type=device_type, mode=mode, data=data, via=self.via
        )

    def end(self) -> None:
        """End the chat (AgentChat_Disconnected)."""
        self._agent.end_chat(self.call_id)

    def invite_to_conference(self, agents: Sequence[str], *, vdn_id: int) -> None:
        """multimediaconf requestconf: a multimedia conference (screen and file sharing) on
        this chat with ``agents`` of VDN ``vdn_id``; AgentEvent_JoinConf names it."""
        self._agent._run(request_call(self._agent._agent_id, self.call_id, agents, vdn_id))

    def __repr__(self) -> str:
        return f"Chat({self.call_id!r}, via={self.via!r})"


class ChatMixin(SyncFamily):
    """Chats and multimedia sessions (sync)."""

    def _http_session(self) -> tuple[httpx.Client, GuidAuth, CallOptions]:
        raise NotImplementedError  # provided by Agent

    def chat(self, call_id: str, *, via: Via = "textchat") -> Chat:
        """A handle for the chat ``call_id`` (no request is sent)."""
        return Chat(self, call_id, _via(via, self._agent_id))

    def chat_from(self, event: Event) -> Chat:
        """The handle of the chat an event names (AgentChat_* or AgentEvent_MessageData)."""
        return Chat(self, _event_call_id(event, self._agent_id), _via_of(event))

    def answer_chat(self, call_id: str) -> None:
        """textchat answer: take the offered chat ``call_id`` (AgentChat_Connected)."""
        self._run(answer_chat_call(self._agent_id, call_id))

    def reject_chat(self, call_id: str) -> None:
        """textchat reject: decline the offered chat ``call_id`` (back to its queue)."""
        self._run(reject_chat_call(self._agent_id, call_id))

    def end_chat(self, call_id: str) -> None:
        """textchat drop: end the chat ``call_id`` (AgentChat_Disconnected)."""
        self._run(drop_chat_call(self._agent_id, call_id))

    def send_chat_message(
        self, call_id: str, text: str, *, via: Via = "textchat", user_id: str | None = None
    ) -> None:
        """chatmessage (textchat) or sendmessage (mediacall): ``text`` into the chat."""
        if _via(via, self._agent_id) == "mediacall":
            self._run(media_message_call(self._agent_id, call_id, text, user_id=user_id))
        else:
            self._run(text_message_call(self._agent_id, call_id, text))

    def transfer_chat(
        self,
        call_id: str,
        to: str,
        *,
        device_type: int = 2,
        mode: int = 0,
        data: str | None = None,
        caller: str | None = None,
        skill_id: int | None = None,
        via: Via = "textchat",
    ) -> None:
        """transfer (textchat or mediacall): hand the chat to ``to`` (see :meth:`Chat.transfer`).

        ``caller`` and ``skill_id`` only with ``via="mediacall"``.
        """
        self._run(
            transfer_chat_call(
                self._agent_id,
                call_id,
                device_type,
                to,
                mode,
                via=_via(via, self._agent_id),
                data=data,
                caller=caller,
                skill_id=skill_id,
            )
        )

    def start_internal_chat(self, colleague: str) -> None:
        """textchat internalcall: a text chat with the agent ``colleague`` (same VCC).

        The colleague is offered it (AgentChat_Ring); once it answers, this agent gets
        AgentChat_Connected, whose call ID ``chat_from`` turns into the chat's handle.
        """
        self._run(internal_chat_call(self._agent_id, colleague))

    def send_message_without_call(
        self,
        receiver: str,
        text: str,
        skill_id: int | str,
        *,
        chat_id: str | None = None,
        jau_ip: str | None = None,
        jau_port: int | str | None = None,
        method: Literal["POST", "PUT"] = "POST",
    ) -> None:
        """sendmessagewithoutcall: ``text`` (1-6144 characters) to ``receiver`` outside any chat.

        Sent through the skill queue ``skill_id``; ``chat_id`` is made up when not given.
        ``method="PUT"`` sends the PUT form some gateways take (the demos disagree). Not
        retried.
        """
        self._run(
            without_call_call(
                self._agent_id,
                receiver,
                text,
                skill_id=skill_id,
                chat_id=chat_id,
                jau_ip=jau_ip,
                jau_port=jau_port,
                method=method,
            )
        )

    def set_chat_capacity(self, count: int, *, media_type: int = 51) -> None:
        """setcallnums: take at most ``count`` (1-60) chats of ``media_type`` at once.

        ``media_type`` is a ``MediaType`` (51, ``WEB_CHAT``, by default).
        """
        self._run(set_capacity_call(self._agent_id, count, media_type))

    def set_chat_capacities(self, total: int, per_channel: Mapping[int, int]) -> None:
        """setcallnumsbymediatype: ``total`` chats in all, ``{ChatChannel: n}`` per channel."""
        self._run(set_capacity_by_channel_call(self._agent_id, total, per_channel))

    def send_chat_file(
        self, call_id: str, file: FileSource, *, name: str | None = None
    ) -> ChatFileResult:
        """mediafile upload: send ``file`` into the chat, streamed; the stored file."""
        with _opened(file, name) as (stream, file_name):
            return self._run(upload_file_call(self._agent_id, call_id, stream, file_name))

    def download_chat_file(self, file_path: str, to: FileTarget) -> int:
        """mediafile download: stream the stored file to ``to``; the number of bytes.

        A refusal raises the retcode's error, as any operation does. Not retried.
        """
        request = download_request(self._agent_id, file_path)
        http, auth, options = self._http_session()
        call = PreparedCall(DOWNLOAD_CHAT_FILE, self._agent_id, dict(request), no_result)
        try:
            with http.stream(**call.request, auth=auth, timeout=options.timeout) as response:
                if _refused(response):
                    response.read()
                    raise _not_a_file(call, response, auth)
                written = 0
                with _target(to) as target:
                    for chunk in response.iter_bytes(_CHUNK):
                        target.write(chunk)
                        written += len(chunk)
                return written
        except httpx.HTTPError as exc:
            raise _download_error(self._agent_id, exc) from exc


# ---------------------------------------------------------------------- async


class AsyncChat:
    """The async twin of :class:`Chat`."""

    def __init__(self, agent: AsyncChatMixin, call_id: str, via: Via = "textchat") -> None:
        self._agent = agent
        self.call_id = call_id
        self.via: Via = via

    async def answer(self) -> None:
        await self._agent.answer_chat(self.call_id)

    async def reject(self) -> None:
        await self._agent.reject_chat(self.call_id)

    async def send(self, text: str) -> None:
        await self._agent.send_chat_message(self.call_id, text, via=self.via)

    async def send_file(self, file: FileSource, *, name: str | None = None) -> ChatFileResult:
        return await self._agent.send_chat_file(self.call_id, file, name=name)

    async def download(self, file_path: str, to: FileTarget) -> int:
        return await self._agent.download_chat_file(file_path, to)

    async def transfer(
        self,
        to: str,
        *,
        device_type: int = 2,
        mode: int = 0,
        data: str | None = None,
    ) -> None:
        await self._agent.transfer_chat(
            self.call_id, to, device_type=device_type, mode=mode, data=data, via=self.via
        )

    async def end(self) -> None:
        await self._agent.end_chat(self.call_id)

    async def invite_to_conference(self, agents: Sequence[str], *, vdn_id: int) -> None:
        call = request_call(self._agent._agent_id, self.call_id, agents, vdn_id)
        await self._agent._run(call)

    def __repr__(self) -> str:
        return f"AsyncChat({self.call_id!r}, via={self.via!r})"


class AsyncChatMixin(AsyncFamily):
    """Chats and multimedia sessions (async); see :class:`ChatMixin`."""

    def _http_session(self) -> tuple[httpx.AsyncClient, GuidAuth, CallOptions]:
        raise NotImplementedError  # provided by AsyncAgent

    def chat(self, call_id: str, *, via: Via = "textchat") -> AsyncChat:
        return AsyncChat(self, call_id, _via(via, self._agent_id))

    def chat_from(self, event: Event) -> AsyncChat:
        return AsyncChat(self, _event_call_id(event, self._agent_id), _via_of(event))

    async def answer_chat(self, call_id: str) -> None:
        await self._run(answer_chat_call(self._agent_id, call_id))

    async def reject_chat(self, call_id: str) -> None:
        await self._run(reject_chat_call(self._agent_id, call_id))

    async def end_chat(self, call_id: str) -> None:
        await self._run(drop_chat_call(self._agent_id, call_id))

    async def send_chat_message(
        self, call_id: str, text: str, *, via: Via = "textchat", user_id: str | None = None
    ) -> None:
        if _via(via, self._agent_id) == "mediacall":
            await self._run(media_message_call(self._agent_id, call_id, text, user_id=user_id))
        else:
            await self._run(text_message_call(self._agent_id, call_id, text))

    async def transfer_chat(
        self,
        call_id: str,
        to: str,
        *,
        device_type: int = 2,
        mode: int = 0,
        data: str | None = None,
        caller: str | None = None,
        skill_id: int | None = None,
        via: Via = "textchat",
    ) -> None:
        await self._run(
            transfer_chat_call(
                self._agent_id,
                call_id,
                device_type,
                to,
                mode,
                via=_via(via, self._agent_id),
                data=data,
                caller=caller,
                skill_id=skill_id,
            )
        )

    async def start_internal_chat(self, colleague: str) -> None:
        await self._run(internal_chat_call(self._agent_id, colleague))

    async def send_message_without_call(
        self,
        receiver: str,
        text: str,
        skill_id: int | str,
        *,
        chat_id: str | None = None,
        jau_ip: str | None = None,
        jau_port: int | str | None = None,
        method: Literal["POST", "PUT"] = "POST",
    ) -> None:
        await self._run(
            without_call_call(
                self._agent_id,
                receiver,
                text,
                skill_id=skill_id,
                chat_id=chat_id,
                jau_ip=jau_ip,
                jau_port=jau_port,
                method=method,
            )
        )

    async def set_chat_capacity(self, count: int, *, media_type: int = 51) -> None:
        await self._run(set_capacity_call(self._agent_id, count, media_type))

    async def set_chat_capacities(self, total: int, per_channel: Mapping[int, int]) -> None:
        await self._run(set_capacity_by_channel_call(self._agent_id, total, per_channel))

    async def send_chat_file(
        self, call_id: str, file: FileSource, *, name: str | None = None
    ) -> ChatFileResult:
        with _opened(file, name) as (stream, file_name):
            return await self._run(upload_file_call(self._agent_id, call_id, stream, file_name))

    async def download_chat_file(self, file_path: str, to: FileTarget) -> int:
        """See :meth:`ChatMixin.download_chat_file` (the target is written synchronously)."""
        request = download_request(self._agent_id, file_path)
        http, auth, options = self._http_session()
        call = PreparedCall(DOWNLOAD_CHAT_FILE, self._agent_id, dict(request), no_result)
        try:
            async with http.stream(**call.request, auth=auth, timeout=options.timeout) as response:
                if _refused(response):
                    await response.aread()
                    raise _not_a_file(call, response, auth)
                written = 0
                with _target(to) as target:
                    async for chunk in response.aiter_bytes(_CHUNK):
                        target.write(chunk)
                        written += len(chunk)
                return written
        except httpx.HTTPError as exc:
            raise _download_error(self._agent_id, exc) from exc
