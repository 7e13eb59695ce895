from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...models.message_without_call_request import MessageWithoutCallRequest
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: MessageWithoutCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/textchat/{agentid}/sendmessagewithoutcall".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DoneResponse | None:
    if response.status_code == 200:
        response_200 = DoneResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DoneResponse]:
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
    body: MessageWithoutCallRequest,
) -> Response[DoneResponse]:
    """Send a message to a user outside any chat (the PUT form)

     The PUT form of sendMessageWithoutCall, as Huawei's Java demo sends it; same body,
    same effect in the simulator. Not idempotent.

    Args:
        agentid (str):
        body (MessageWithoutCallRequest): Body of textchat sendmessagewithoutcall (POST and PUT);
            every value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: MessageWithoutCallRequest,
) -> DoneResponse | None:
    """Send a message to a user outside any chat (the PUT form)

     The PUT form of sendMessageWithoutCall, as Huawei's Java demo sends it; same body,
    same effect in the simulator. Not idempotent.

    Args:
        agentid (str):
        body (MessageWithoutCallRequest): Body of textchat sendmessagewithoutcall (POST and PUT);
            every value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: MessageWithoutCallRequest,
) -> Response[DoneResponse]:
    """Send a message to a user outside any chat (the PUT form)

     The PUT form of sendMessageWithoutCall, as Huawei's Java demo sends it; same body,
    same effect in the simulator. Not idempotent.

    Args:
        agentid (str):
        body (MessageWithoutCallRequest): Body of textchat sendmessagewithoutcall (POST and PUT);
            every value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: MessageWithoutCallRequest,
) -> DoneResponse | None:
    """Send a message to a user outside any chat (the PUT form)

     The PUT form of sendMessageWithoutCall, as Huawei's Java demo sends it; same body,
    same effect in the simulator. Not idempotent.

    Args:
        agentid (str):
        body (MessageWithoutCallRequest): Body of textchat sendmessagewithoutcall (POST and PUT);
            every value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
