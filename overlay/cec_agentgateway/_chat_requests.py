"""The chat operations (``mediacall``, ``textchat``): arguments checked, requests built.

Shared by the sync and async chat mixins of ``_chat.py``. Every check runs before anything
is sent and raises :class:`RequestValidationError` naming the Python keyword (``.argument``)
and the wire field (``.field``): empty text, text over the gateway's 1945 UTF-8 bytes, an
unknown media type or channel, a capacity outside 1-60.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx

from ._errors import RequestValidationError
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body, check_parameter
from .generated import models
from .generated.types import File

if TYPE_CHECKING:
    from .generated.models import ChatFileResponse, ChatFileResult

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.mediacall import (
        send_media_message,
        set_chat_capacity,
        set_chat_capacity_by_channel,
        transfer_media_chat,
    )
    from .generated.api.textchat import (
        answer_text_chat,
        download_chat_file,
        drop_text_chat,
        reject_text_chat,
        send_message_without_call,
        send_message_without_call_by_put,
        send_text_chat_message,
        start_internal_text_chat,
        transfer_text_chat,
        upload_chat_file,
    )
else:
    send_media_message = generated_api("mediacall.send_media_message")
    set_chat_capacity = generated_api("mediacall.set_chat_capacity")
    set_chat_capacity_by_channel = generated_api("mediacall.set_chat_capacity_by_channel")
    transfer_media_chat = generated_api("mediacall.transfer_media_chat")
    answer_text_chat = generated_api("textchat.answer_text_chat")
    download_chat_file = generated_api("textchat.download_chat_file")
    drop_text_chat = generated_api("textchat.drop_text_chat")
    reject_text_chat = generated_api("textchat.reject_text_chat")
    send_text_chat_message = generated_api("textchat.send_text_chat_message")
    transfer_text_chat = generated_api("textchat.transfer_text_chat")
    upload_chat_file = generated_api("textchat.upload_chat_file")
    start_internal_text_chat = generated_api("textchat.start_internal_text_chat")
    send_message_without_call = generated_api("textchat.send_message_without_call")
    send_message_without_call_by_put = generated_api("textchat.send_message_without_call_by_put")

__all__ = [
    "DOWNLOAD_CHAT_FILE",
    "answer_chat_call",
    "download_request",
    "drop_chat_call",
    "internal_chat_call",
    "media_message_call",
    "reject_chat_call",
    "set_capacity_by_channel_call",
    "set_capacity_call",
    "text_message_call",
    "transfer_chat_call",
    "upload_file_call",
    "without_call_call",
]

SEND_MEDIA_MESSAGE = Operation.from_spec("sendMediaMessage", "DoneResponse")
SET_CHAT_CAPACITY = Operation.from_spec("setChatCapacity", "DoneResponse")
SET_CHAT_CAPACITY_BY_CHANNEL = Operation.from_spec("setChatCapacityByChannel", "DoneResponse")
TRANSFER_MEDIA_CHAT = Operation.from_spec("transferMediaChat", "DoneResponse")
ANSWER_TEXT_CHAT = Operation.from_spec("answerTextChat", "DoneResponse")
SEND_TEXT_CHAT_MESSAGE = Operation.from_spec("sendTextChatMessage", "DoneResponse")
DROP_TEXT_CHAT = Operation.from_spec("dropTextChat", "DoneResponse")
REJECT_TEXT_CHAT = Operation.from_spec("rejectTextChat", "DoneResponse")
TRANSFER_TEXT_CHAT = Operation.from_spec("transferTextChat", "DoneResponse")
UPLOAD_CHAT_FILE = Operation.from_spec("uploadChatFile", "ChatFileResponse")
DOWNLOAD_CHAT_FILE = Operation.from_spec("downloadChatFile", "DoneResponse")
START_INTERNAL_TEXT_CHAT = Operation.from_spec("startInternalTextChat", "DoneResponse")
SEND_WITHOUT_CALL = Operation.from_spec("sendMessageWithoutCall", "DoneResponse")
SEND_WITHOUT_CALL_BY_PUT = Operation.from_spec("sendMessageWithoutCallByPut", "DoneResponse")

_TRANSFER_KEYWORDS = {
    "devicetype": "device_type",
    "addesstype": "device_type",
    "destaddr": "address",
    "callid": "call_id",
    "calldata": "data",
    "attachdata": "data",
    "skillId": "skill_id",
}


def _call_id(operation: Operation, key: str, call_id: str, agent_id: str) -> None:
    check_parameter(
        f"{operation.operation_id}.{key}",
        call_id,
        operation=operation.log_method,
        agent_id=agent_id,
        keyword="call_id",
    )


def _member(
    enum: Any, value: object, argument: str, field: str, operation: Operation, agent_id: str
) -> int:
    """``value`` as a known member of the int enum ``enum`` (RequestValidationError else)."""
    known = [member.value for member in enum if not member.name.startswith("UNKNOWN")]
    if isinstance(value, bool) or not isinstance(value, int) or value not in known:
        raise RequestValidationError(
            field,
            f"must be a known {enum.__name__} ({', '.join(map(str, known))}), got {value!r}",
            operation=operation.log_method,
            agent_id=agent_id,
            argument=argument,
        )
    return int(value)


def _count(value: object, argument: str, field: str, operation: Operation, agent_id: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
        raise RequestValidationError(
            field,
            f"must be a whole number from 1 to 60, got {value!r}",
            operation=operation.log_method,
            agent_id=agent_id,
            argument=argument,
        )
    return value


# ---------------------------------------------------------------------- mediacall


def media_message_call(
    agent_id: str, call_id: str, text: str, *, user_id: str | None = None
) -> PreparedCall[None]:
    """sendmessage: the text (1 to 1945 UTF-8 bytes) into the session ``call_id``."""
    wire: dict[str, Any] = {"callid": call_id, "data": text}
    if user_id is not None:
        wire["userid"] = user_id
    keywords = {"callid": "call_id", "data": "text", "userid": "user_id"}
    check_body(
        "MediaMessageRequest",
        wire,
        operation=SEND_MEDIA_MESSAGE.log_method,
        agent_id=agent_id,
        keywords=keywords,
    )
    body = models.MediaMessageRequest.from_dict(wire)
    request = send_media_message._get_kwargs(agent_id, body=body)
    return PreparedCall(SEND_MEDIA_MESSAGE, agent_id, request, no_result)


def set_capacity_call(agent_id: str, count: int, media_type: int) -> PreparedCall[None]:
    """setcallnums: ``count`` (1-60) sessions of ``media_type`` (a ``MediaType``)."""
    operation = SET_CHAT_CAPACITY
    media = _member(models.MediaType, media_type, "media_type", "mediaType", operation, agent_id)
    number = _count(count, "count", "callnums", operation, agent_id)
    wire = {"mediaType": str(media), "callnums": str(number)}
    body = models.SetChatCapacityRequest.from_dict(wire)
    request = set_chat_capacity._get_kwargs(agent_id, body=body)
    return PreparedCall(operation, agent_id, request, no_result)


def set_capacity_by_channel_call(
    agent_id: str, total: int, per_channel: Mapping[int, int]
) -> PreparedCall[None]:
    """setcallnumsbymediatype: ``total`` sessions in all, ``per_channel`` {ChatChannel: n}."""
    operation = SET_CHAT_CAPACITY_BY_CHANNEL
    number = _count(total, "total", "totalCallNum", operation, agent_id)
    if not isinstance(per_channel, Mapping) or not per_channel:
        raise RequestValidationError(
            "agentMediaCallNums",
            "must map at least one ChatChannel to its number of sessions",
            operation=operation.log_method,
            agent_id=agent_id,
            argument="per_channel",
        )
    shares = [
        {
            "mediaType": _member(
                models.ChatChannel, channel, "per_channel", "mediaType", operation, agent_id
            ),
            "callNum": _count(n, "per_channel", "callNum", operation, agent_id),
        }
        for channel, n in per_channel.items()
    ]
    wire = {"totalCallNum": number, "agentMediaCallNums": shares}
    check_body(
        "SetChatCapacityByChannelRequest",
        wire,
        operation=operation.log_method,
        agent_id=agent_id,
        keywords={"totalCallNum": "total", "agentMediaCallNums": "per_channel"},
    )
    body = models.SetChatCapacityByChannelRequest.from_dict(wire)
    request = set_chat_capacity_by_channel._get_kwargs(agent_id, body=body)
    return PreparedCall(operation, agent_id, request, no_result)


def transfer_chat_call(
    agent_id: str,
    call_id: str,
    device_type: int,
    address: str,
    mode: int,
    *,
    via: str,
    data: str | None = None,
    caller: str | None = None,
    skill_id: int | None = None,
) -> PreparedCall[None]:
    """mediacall transfer (``via="mediacall"``) or textchat transfer (``"textchat"``)."""
    media = via == "mediacall"
    operation = TRANSFER_MEDIA_CHAT if media else TRANSFER_TEXT_CHAT
    kind = _member(
        models.ChatTransferDeviceType,
        device_type,
        "device_type",
        "devicetype" if media else "addesstype",
        operation,
        agent_id,
    )
    how = _member(models.ChatTransferMode, mode, "mode", "mode", operation, agent_id)
    if not media and (caller is not None or skill_id is not None):
        raise RequestValidationError(
            "caller" if caller is not None else "skillId",
            "only a mediacall transfer takes it",
            operation=operation.log_method,
            agent_id=agent_id,
            argument="caller" if caller is not None else "skill_id",
        )
    if media:
        wire: dict[str, Any] = {"callid": call_id, "devicetype": kind, "mode": how}
        wire |= {"address": address, "calldata": data, "caller": caller, "skillId": skill_id}
        schema = "MediaChatTransferRequest"
    else:
        wire = {"addesstype": kind, "destaddr": address, "callid": call_id, "mode": how}
        wire["attachdata"] = data
        schema = "TextChatTransferRequest"
    wire = {k: v for k, v in wire.items() if v is not None}
    check_body(
        schema,
        wire,
        operation=operation.log_method,
        agent_id=agent_id,
        keywords=_TRANSFER_KEYWORDS,
    )
    if media:
        body_media = models.MediaChatTransferRequest.from_dict(wire)
        request = transfer_media_chat._get_kwargs(agent_id, body=body_media)
    else:
        body_text = models.TextChatTransferRequest.from_dict(wire)
        request = transfer_text_chat._get_kwargs(agent_id, body=body_text)
    return PreparedCall(operation, agent_id, request, no_result)


# ---------------------------------------------------------------------- textchat


def answer_chat_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _call_id(ANSWER_TEXT_CHAT, "callid", call_id, agent_id)
    request = answer_text_chat._get_kwargs(agent_id, call_id)
    return PreparedCall(ANSWER_TEXT_CHAT, agent_id, request, no_result)


def drop_chat_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _call_id(DROP_TEXT_CHAT, "callid", call_id, agent_id)
    request = drop_text_chat._get_kwargs(agent_id, call_id)
    return PreparedCall(DROP_TEXT_CHAT, agent_id, request, no_result)


def reject_chat_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _call_id(REJECT_TEXT_CHAT, "callid", call_id, agent_id)
    request = reject_text_chat._get_kwargs(agent_id, call_id)
    return PreparedCall(REJECT_TEXT_CHAT, agent_id, request, no_result)


def text_message_call(agent_id: str, call_id: str, text: str) -> PreparedCall[None]:
    """chatmessage: the text (1 to 1945 UTF-8 bytes) into the text chat ``call_id``."""
    wire = {"callId": call_id, "content": text}
    check_body(
        "TextChatMessageRequest",
        wire,
        operation=SEND_TEXT_CHAT_MESSAGE.log_method,
        agent_id=agent_id,
        keywords={"callId": "call_id", "content": "text"},
    )
    body = models.TextChatMessageRequest.from_dict(wire)
    request = send_text_chat_message._get_kwargs(agent_id, body=body)
    return PreparedCall(SEND_TEXT_CHAT_MESSAGE, agent_id, request, no_result)


def _file_result(parsed: ChatFileResponse, response: httpx.Response) -> ChatFileResult:
    result = parsed.result
    if not isinstance(result, models.ChatFileResult):
        raise ValueError("the upload's answer names no stored file")  # a decode error
    return result


def upload_file_call(
    agent_id: str,
    call_id: str,
    stream: BinaryIO,
    name: str,
    *,
    msg_type: str | None = None,
    chat_id: str | None = None,
    remark: str | None = None,
    need_confirm: bool = False,
) -> PreparedCall[ChatFileResult]:
    """mediafile (POST): ``stream`` as the multipart part ``media``, read as it is sent."""
    operation = UPLOAD_CHAT_FILE
    _call_id(operation, "callId", call_id, agent_id)
    for key, value, keyword in (
        ("msgType", msg_type, "msg_type"),
        ("chatId", chat_id, "chat_id"),
        ("remark", remark, "remark"),
    ):
        if value is not None:
            check_parameter(
                f"uploadChatFile.{key}",
                value,
                operation=operation.log_method,
                agent_id=agent_id,
                keyword=keyword,
            )
    if not isinstance(name, str) or not name or "\r" in name or "\n" in name:
        raise RequestValidationError(
            "media",
            f"the file name must be a non-empty line of text, got {name!r}",
            operation=operation.log_method,
            agent_id=agent_id,
            argument="name",
        )
    body = models.ChatFileUploadRequest(
        media=File(payload=stream, file_name=name, mime_type="application/octet-stream")
    )
    request = upload_chat_file._get_kwargs(
        agent_id,
        body=body,
        call_id=call_id,
        is_need_confirm=need_confirm,
        chat_id=chat_id if chat_id is not None else "1",
        msg_type=msg_type if msg_type is not None else "1",
        remark=remark if remark is not None else "fileupload",
    )
    # The generated request fixes the boundary ("+++"); the Content-Type must stay explicit
    # (the client's default is JSON), so it names a random boundary httpx then uses.
    boundary = secrets.token_hex(16)
    request["headers"] = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    return PreparedCall(operation, agent_id, request, _file_result)


def download_request(agent_id: str, file_path: str) -> dict[str, Any]:
    """The request arguments of mediafile (GET) for ``file_path`` (checked)."""
    check_parameter(
        "downloadChatFile.filePath",
        file_path,
        operation=DOWNLOAD_CHAT_FILE.log_method,
        agent_id=agent_id,
        keyword="file_path",
    )
    request: dict[str, Any] = download_chat_file._get_kwargs(agent_id, file_path=file_path)
    return request


def internal_chat_call(agent_id: str, colleague: str) -> PreparedCall[None]:
    """internalcall: a text chat with the agent ``colleague`` (101-999999)."""
    check_parameter(
        "startInternalTextChat.destno",
        colleague,
        operation=START_INTERNAL_TEXT_CHAT.log_method,
        agent_id=agent_id,
        keyword="colleague",
    )
    request = start_internal_text_chat._get_kwargs(agent_id, colleague)
    return PreparedCall(START_INTERNAL_TEXT_CHAT, agent_id, request, no_result)


_WITHOUT_CALL_KEYWORDS = {
    "skillId": "skill_id",
    "chatId": "chat_id",
    "chatReceiver": "receiver",
    "content": "text",
    "jauIP": "jau_ip",
    "jauPort": "jau_port",
}


def without_call_call(
    agent_id: str,
    receiver: str,
    text: str,
    *,
    skill_id: int | str,
    chat_id: str | None = None,
    jau_ip: str | None = None,
    jau_port: int | str | None = None,
    method: str = "POST",
) -> PreparedCall[None]:
    """sendmessagewithoutcall, POST (the default) or PUT: ``text`` to ``receiver``.

    ``chat_id`` (the client's own number for the message) is made up when not given.
    """
    if method not in ("POST", "PUT"):
        raise RequestValidationError(
            "method",
            f"must be 'POST' or 'PUT', got {method!r}",
            operation=SEND_WITHOUT_CALL.log_method,
            agent_id=agent_id,
            argument="method",
        )
    operation = SEND_WITHOUT_CALL if method == "POST" else SEND_WITHOUT_CALL_BY_PUT
    for key, value in (("skillId", skill_id), ("jauPort", jau_port)):
        if isinstance(value, bool) or (value is not None and not isinstance(value, int | str)):
            raise RequestValidationError(
                key,
                f"must be a number, got {value!r}",
                operation=operation.log_method,
                agent_id=agent_id,
                argument=_WITHOUT_CALL_KEYWORDS[key],
            )
    wire: dict[str, Any] = {
        "skillId": str(skill_id),
        "chatId": chat_id if chat_id is not None else str(secrets.randbelow(10**9)),
        "chatReceiver": receiver,
        "content": text,
        "jauIP": jau_ip,
        "jauPort": None if jau_port is None else str(jau_port),
    }
    wire = {k: v for k, v in wire.items() if v is not None}
    check_body(
        "MessageWithoutCallRequest",
        wire,
        operation=operation.log_method,
        agent_id=agent_id,
        keywords=_WITHOUT_CALL_KEYWORDS,
    )
    body = models.MessageWithoutCallRequest.from_dict(wire)
    api = send_message_without_call if method == "POST" else send_message_without_call_by_put
    request = api._get_kwargs(agent_id, body=body)
    return PreparedCall(operation, agent_id, request, no_result)
