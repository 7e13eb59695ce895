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
    flag: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onlineagent/{agentid}/autoenteridle/{flag}".format(
            agentid=quote(str(agentid), safe=""),
            flag=quote(str(flag), safe=""),
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
    flag: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Choose idle or wrap-up after each call

     Chooses what the agent does when a call ends: `true` makes it idle again at once; any
    other value (1 to 5 characters, e.g. `false`) puts it in wrap-up, from which it leaves
    with `cancelWork` or `sayFree`. Agents whose phone is not always off-hook always enter
    wrap-up. Triggers no event. Not retried (only reads are).

    Args:
        agentid (str):
        flag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        flag=flag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    flag: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Choose idle or wrap-up after each call

     Chooses what the agent does when a call ends: `true` makes it idle again at once; any
    other value (1 to 5 characters, e.g. `false`) puts it in wrap-up, from which it leaves
    with `cancelWork` or `sayFree`. Agents whose phone is not always off-hook always enter
    wrap-up. Triggers no event. Not retried (only reads are).

    Args:
        agentid (str):
        flag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        flag=flag,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    flag: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Choose idle or wrap-up after each call

     Chooses what the agent does when a call ends: `true` makes it idle again at once; any
    other value (1 to 5 characters, e.g. `false`) puts it in wrap-up, from which it leaves
    with `cancelWork` or `sayFree`. Agents whose phone is not always off-hook always enter
    wrap-up. Triggers no event. Not retried (only reads are).

    Args:
        agentid (str):
        flag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        flag=flag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    flag: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Choose idle or wrap-up after each call

     Chooses what the agent does when a call ends: `true` makes it idle again at once; any
    other value (1 to 5 characters, e.g. `false`) puts it in wrap-up, from which it leaves
    with `cancelWork` or `sayFree`. Agents whose phone is not always off-hook always enter
    wrap-up. Triggers no event. Not retried (only reads are).

    Args:
        agentid (str):
        flag (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            flag=flag,
            client=client,
        )
    ).parsed
