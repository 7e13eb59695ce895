from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_conf_infos_request import QueryConfInfosRequest
from ...models.query_conf_infos_response import QueryConfInfosResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: QueryConfInfosRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agentconf/{agentid}/queryconfinfos".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryConfInfosResponse | None:
    if response.status_code == 200:
        response_200 = QueryConfInfosResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryConfInfosResponse]:
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
    body: QueryConfInfosRequest,
) -> Response[QueryConfInfosResponse]:
    """Query conferences in batches

     Returns the details of the conferences whose IDs are given, with their participants.

    Prerequisite: the agent is signed in. An inspector may query every conference of the
    VCC (VDN) it belongs to; an ordinary agent only sees conferences it takes part in.
    Triggers no event.

    Args:
        agentid (str):
        body (QueryConfInfosRequest): Body of queryConfInfos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryConfInfosResponse]
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
    body: QueryConfInfosRequest,
) -> QueryConfInfosResponse | None:
    """Query conferences in batches

     Returns the details of the conferences whose IDs are given, with their participants.

    Prerequisite: the agent is signed in. An inspector may query every conference of the
    VCC (VDN) it belongs to; an ordinary agent only sees conferences it takes part in.
    Triggers no event.

    Args:
        agentid (str):
        body (QueryConfInfosRequest): Body of queryConfInfos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryConfInfosResponse
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
    body: QueryConfInfosRequest,
) -> Response[QueryConfInfosResponse]:
    """Query conferences in batches

     Returns the details of the conferences whose IDs are given, with their participants.

    Prerequisite: the agent is signed in. An inspector may query every conference of the
    VCC (VDN) it belongs to; an ordinary agent only sees conferences it takes part in.
    Triggers no event.

    Args:
        agentid (str):
        body (QueryConfInfosRequest): Body of queryConfInfos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryConfInfosResponse]
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
    body: QueryConfInfosRequest,
) -> QueryConfInfosResponse | None:
    """Query conferences in batches

     Returns the details of the conferences whose IDs are given, with their participants.

    Prerequisite: the agent is signed in. An inspector may query every conference of the
    VCC (VDN) it belongs to; an ordinary agent only sees conferences it takes part in.
    Triggers no event.

    Args:
        agentid (str):
        body (QueryConfInfosRequest): Body of queryConfInfos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryConfInfosResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
