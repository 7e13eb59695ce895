from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...models.set_chat_capacity_by_channel_request import SetChatCapacityByChannelRequest
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: SetChatCapacityByChannelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mediacall/{agentid}/setcallnumsbymediatype".format(
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
    body: SetChatCapacityByChannelRequest,
) -> Response[DoneResponse]:
    """Set the agent's total multimedia sessions and those of each channel

     Sets how many multimedia sessions the agent takes at once in all (`totalCallNum`,
    1 to 60) and per channel (`agentMediaCallNums`). The agent must have a skill queue
    of each channel named. Idempotent.

    Args:
        agentid (str):
        body (SetChatCapacityByChannelRequest): Body of mediacall setcallnumsbymediatype.

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
    body: SetChatCapacityByChannelRequest,
) -> DoneResponse | None:
    """Set the agent's total multimedia sessions and those of each channel

     Sets how many multimedia sessions the agent takes at once in all (`totalCallNum`,
    1 to 60) and per channel (`agentMediaCallNums`). The agent must have a skill queue
    of each channel named. Idempotent.

    Args:
        agentid (str):
        body (SetChatCapacityByChannelRequest): Body of mediacall setcallnumsbymediatype.

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
    body: SetChatCapacityByChannelRequest,
) -> Response[DoneResponse]:
    """Set the agent's total multimedia sessions and those of each channel

     Sets how many multimedia sessions the agent takes at once in all (`totalCallNum`,
    1 to 60) and per channel (`agentMediaCallNums`). The agent must have a skill queue
    of each channel named. Idempotent.

    Args:
        agentid (str):
        body (SetChatCapacityByChannelRequest): Body of mediacall setcallnumsbymediatype.

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
    body: SetChatCapacityByChannelRequest,
) -> DoneResponse | None:
    """Set the agent's total multimedia sessions and those of each channel

     Sets how many multimedia sessions the agent takes at once in all (`totalCallNum`,
    1 to 60) and per channel (`agentMediaCallNums`). The agent must have a skill queue
    of each channel named. Idempotent.

    Args:
        agentid (str):
        body (SetChatCapacityByChannelRequest): Body of mediacall setcallnumsbymediatype.

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
