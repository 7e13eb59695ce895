from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_agent_list_response import GroupAgentListResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agentgroup/{agentid}/onlineagentonvdn".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupAgentListResponse | None:
    if response.status_code == 200:
        response_200 = GroupAgentListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupAgentListResponse]:
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
) -> Response[GroupAgentListResponse]:
    """The signed-in agents of the agent's VCC

     Every signed-in agent of the requesting agent's VCC (the requesting agent included),
    with its state, group and skills, for example to choose a transfer or an internal
    call target. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupAgentListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> GroupAgentListResponse | None:
    """The signed-in agents of the agent's VCC

     Every signed-in agent of the requesting agent's VCC (the requesting agent included),
    with its state, group and skills, for example to choose a transfer or an internal
    call target. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupAgentListResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> Response[GroupAgentListResponse]:
    """The signed-in agents of the agent's VCC

     Every signed-in agent of the requesting agent's VCC (the requesting agent included),
    with its state, group and skills, for example to choose a transfer or an internal
    call target. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupAgentListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> GroupAgentListResponse | None:
    """The signed-in agents of the agent's VCC

     Every signed-in agent of the requesting agent's VCC (the requesting agent included),
    with its state, group and skills, for example to choose a transfer or an internal
    call target. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupAgentListResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
        )
    ).parsed
