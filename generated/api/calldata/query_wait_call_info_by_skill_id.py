from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_info_list_response import CallInfoListResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    skillid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calldata/{agentid}/waitcallinfo/{skillid}".format(
            agentid=quote(str(agentid), safe=""),
            skillid=quote(str(skillid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallInfoListResponse | None:
    if response.status_code == 200:
        response_200 = CallInfoListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallInfoListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    skillid: int,
    *,
    client: AuthenticatedClient,
) -> Response[CallInfoListResponse]:
    """List the calls waiting in a skill queue

     The information of every call waiting in the public skill queue `skillid`, oldest
    first (the call ID to pick with `requestAppointedCall` or move with
    `assignUserInQueue`, the caller, the call data, how long it has waited). Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallInfoListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        skillid=skillid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    skillid: int,
    *,
    client: AuthenticatedClient,
) -> CallInfoListResponse | None:
    """List the calls waiting in a skill queue

     The information of every call waiting in the public skill queue `skillid`, oldest
    first (the call ID to pick with `requestAppointedCall` or move with
    `assignUserInQueue`, the caller, the call data, how long it has waited). Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallInfoListResponse
    """

    return sync_detailed(
        agentid=agentid,
        skillid=skillid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    skillid: int,
    *,
    client: AuthenticatedClient,
) -> Response[CallInfoListResponse]:
    """List the calls waiting in a skill queue

     The information of every call waiting in the public skill queue `skillid`, oldest
    first (the call ID to pick with `requestAppointedCall` or move with
    `assignUserInQueue`, the caller, the call data, how long it has waited). Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallInfoListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        skillid=skillid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    skillid: int,
    *,
    client: AuthenticatedClient,
) -> CallInfoListResponse | None:
    """List the calls waiting in a skill queue

     The information of every call waiting in the public skill queue `skillid`, oldest
    first (the call ID to pick with `requestAppointedCall` or move with
    `assignUserInQueue`, the caller, the call data, how long it has waited). Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallInfoListResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            skillid=skillid,
            client=client,
        )
    ).parsed
