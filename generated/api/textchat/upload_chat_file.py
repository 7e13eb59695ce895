from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_file_response import ChatFileResponse
from ...models.chat_file_upload_request import ChatFileUploadRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    body: ChatFileUploadRequest,
    call_id: str,
    is_need_confirm: bool | Unset = UNSET,
    chat_id: str | Unset = UNSET,
    msg_type: str | Unset = UNSET,
    remark: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["callId"] = call_id

    params["isNeedConfirm"] = is_need_confirm

    params["chatId"] = chat_id

    params["msgType"] = msg_type

    params["remark"] = remark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/textchat/{agentid}/mediafile".format(
            agentid=quote(str(agentid), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatFileResponse | None:
    if response.status_code == 200:
        response_200 = ChatFileResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: ChatFileUploadRequest,
    call_id: str,
    is_need_confirm: bool | Unset = UNSET,
    chat_id: str | Unset = UNSET,
    msg_type: str | Unset = UNSET,
    remark: str | Unset = UNSET,
) -> Response[ChatFileResponse]:
    """Send a file in a text chat (multipart upload)

     Uploads one file (multipart part `media`) into the text chat `callId`; the other
    party receives it as a message naming the stored file's path. The answer names the
    stored file. Not idempotent: uploading again sends the file again.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.
        is_need_confirm (bool | Unset):
        chat_id (str | Unset):
        msg_type (str | Unset):
        remark (str | Unset):
        body (ChatFileUploadRequest): The multipart body of a chat file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatFileResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        body=body,
        call_id=call_id,
        is_need_confirm=is_need_confirm,
        chat_id=chat_id,
        msg_type=msg_type,
        remark=remark,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: ChatFileUploadRequest,
    call_id: str,
    is_need_confirm: bool | Unset = UNSET,
    chat_id: str | Unset = UNSET,
    msg_type: str | Unset = UNSET,
    remark: str | Unset = UNSET,
) -> ChatFileResponse | None:
    """Send a file in a text chat (multipart upload)

     Uploads one file (multipart part `media`) into the text chat `callId`; the other
    party receives it as a message naming the stored file's path. The answer names the
    stored file. Not idempotent: uploading again sends the file again.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.
        is_need_confirm (bool | Unset):
        chat_id (str | Unset):
        msg_type (str | Unset):
        remark (str | Unset):
        body (ChatFileUploadRequest): The multipart body of a chat file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatFileResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        body=body,
        call_id=call_id,
        is_need_confirm=is_need_confirm,
        chat_id=chat_id,
        msg_type=msg_type,
        remark=remark,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: ChatFileUploadRequest,
    call_id: str,
    is_need_confirm: bool | Unset = UNSET,
    chat_id: str | Unset = UNSET,
    msg_type: str | Unset = UNSET,
    remark: str | Unset = UNSET,
) -> Response[ChatFileResponse]:
    """Send a file in a text chat (multipart upload)

     Uploads one file (multipart part `media`) into the text chat `callId`; the other
    party receives it as a message naming the stored file's path. The answer names the
    stored file. Not idempotent: uploading again sends the file again.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.
        is_need_confirm (bool | Unset):
        chat_id (str | Unset):
        msg_type (str | Unset):
        remark (str | Unset):
        body (ChatFileUploadRequest): The multipart body of a chat file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatFileResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        body=body,
        call_id=call_id,
        is_need_confirm=is_need_confirm,
        chat_id=chat_id,
        msg_type=msg_type,
        remark=remark,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: ChatFileUploadRequest,
    call_id: str,
    is_need_confirm: bool | Unset = UNSET,
    chat_id: str | Unset = UNSET,
    msg_type: str | Unset = UNSET,
    remark: str | Unset = UNSET,
) -> ChatFileResponse | None:
    """Send a file in a text chat (multipart upload)

     Uploads one file (multipart part `media`) into the text chat `callId`; the other
    party receives it as a message naming the stored file's path. The answer names the
    stored file. Not idempotent: uploading again sends the file again.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.
        is_need_confirm (bool | Unset):
        chat_id (str | Unset):
        msg_type (str | Unset):
        remark (str | Unset):
        body (ChatFileUploadRequest): The multipart body of a chat file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatFileResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
            call_id=call_id,
            is_need_confirm=is_need_confirm,
            chat_id=chat_id,
            msg_type=msg_type,
            remark=remark,
        )
    ).parsed
