from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    destno: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/textchat/{agentid}/internalcall/{destno}".format(
            agentid=quote(str(agentid), safe=""),
            destno=quote(str(destno), safe=""),
        ),
    }

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
    destno: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Start a text chat with a colleague

     Opens a text chat between the agent and the agent `destno` of the same VCC. The
    colleague gets AgentChat_Ring (`isInnerCall` true, `caller` the agent's ID) and
    answers it as any chat; then both get AgentChat_Connected, which names the chat's
    call ID. Messages, files and the end of the chat then work as in any text chat,
    from either side. Not idempotent: a second request opens a second chat.

    Args:
        agentid (str):
        destno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        destno=destno,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    destno: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Start a text chat with a colleague

     Opens a text chat between the agent and the agent `destno` of the same VCC. The
    colleague gets AgentChat_Ring (`isInnerCall` true, `caller` the agent's ID) and
    answers it as any chat; then both get AgentChat_Connected, which names the chat's
    call ID. Messages, files and the end of the chat then work as in any text chat,
    from either side. Not idempotent: a second request opens a second chat.

    Args:
        agentid (str):
        destno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        destno=destno,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    destno: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Start a text chat with a colleague

     Opens a text chat between the agent and the agent `destno` of the same VCC. The
    colleague gets AgentChat_Ring (`isInnerCall` true, `caller` the agent's ID) and
    answers it as any chat; then both get AgentChat_Connected, which names the chat's
    call ID. Messages, files and the end of the chat then work as in any text chat,
    from either side. Not idempotent: a second request opens a second chat.

    Args:
        agentid (str):
        destno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        destno=destno,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    destno: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Start a text chat with a colleague

     Opens a text chat between the agent and the agent `destno` of the same VCC. The
    colleague gets AgentChat_Ring (`isInnerCall` true, `caller` the agent's ID) and
    answers it as any chat; then both get AgentChat_Connected, which names the chat's
    call ID. Messages, files and the end of the chat then work as in any text chat,
    from either side. Not idempotent: a second request opens a second chat.

    Args:
        agentid (str):
        destno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            destno=destno,
            client=client,
        )
    ).parsed
