from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_call_info_response import QueryCallInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    is_no_contain_last_call: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["isNoContainLastCall"] = is_no_contain_last_call

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calldata/{agentid}/callinfo".format(
            agentid=quote(str(agentid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryCallInfoResponse | None:
    if response.status_code == 200:
        response_200 = QueryCallInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryCallInfoResponse]:
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
    is_no_contain_last_call: bool | Unset = UNSET,
) -> Response[QueryCallInfoResponse]:
    """Query the agent's call information

     Returns the agent's current call: parties, skill, media, timing and the call trace.
    When the agent has no call, `isNoContainLastCall` decides whether the last call is
    reported instead. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_no_contain_last_call (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryCallInfoResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        is_no_contain_last_call=is_no_contain_last_call,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    is_no_contain_last_call: bool | Unset = UNSET,
) -> QueryCallInfoResponse | None:
    """Query the agent's call information

     Returns the agent's current call: parties, skill, media, timing and the call trace.
    When the agent has no call, `isNoContainLastCall` decides whether the last call is
    reported instead. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_no_contain_last_call (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryCallInfoResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        is_no_contain_last_call=is_no_contain_last_call,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    is_no_contain_last_call: bool | Unset = UNSET,
) -> Response[QueryCallInfoResponse]:
    """Query the agent's call information

     Returns the agent's current call: parties, skill, media, timing and the call trace.
    When the agent has no call, `isNoContainLastCall` decides whether the last call is
    reported instead. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_no_contain_last_call (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryCallInfoResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        is_no_contain_last_call=is_no_contain_last_call,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    is_no_contain_last_call: bool | Unset = UNSET,
) -> QueryCallInfoResponse | None:
    """Query the agent's call information

     Returns the agent's current call: parties, skill, media, timing and the call trace.
    When the agent has no call, `isNoContainLastCall` decides whether the last call is
    reported instead. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_no_contain_last_call (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryCallInfoResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            is_no_contain_last_call=is_no_contain_last_call,
        )
    ).parsed
