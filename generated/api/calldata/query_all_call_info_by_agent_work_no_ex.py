from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_id_list_response import CallIdListResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    workno: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calldata/{agentid}/allcallinfoEx/{workno}".format(
            agentid=quote(str(agentid), safe=""),
            workno=quote(str(workno), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallIdListResponse | None:
    if response.status_code == 200:
        response_200 = CallIdListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallIdListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    workno: str,
    *,
    client: AuthenticatedClient,
) -> Response[CallIdListResponse]:
    """List the call IDs of another agent

     The IDs of the calls of the agent `workno` (same VCC), current and held, for a
    wallboard or a supervisor. Needs the inspection right (`900-002` without it).
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallIdListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        workno=workno,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    workno: str,
    *,
    client: AuthenticatedClient,
) -> CallIdListResponse | None:
    """List the call IDs of another agent

     The IDs of the calls of the agent `workno` (same VCC), current and held, for a
    wallboard or a supervisor. Needs the inspection right (`900-002` without it).
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallIdListResponse
    """

    return sync_detailed(
        agentid=agentid,
        workno=workno,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    workno: str,
    *,
    client: AuthenticatedClient,
) -> Response[CallIdListResponse]:
    """List the call IDs of another agent

     The IDs of the calls of the agent `workno` (same VCC), current and held, for a
    wallboard or a supervisor. Needs the inspection right (`900-002` without it).
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallIdListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        workno=workno,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    workno: str,
    *,
    client: AuthenticatedClient,
) -> CallIdListResponse | None:
    """List the call IDs of another agent

     The IDs of the calls of the agent `workno` (same VCC), current and held, for a
    wallboard or a supervisor. Needs the inspection right (`900-002` without it).
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallIdListResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            workno=workno,
            client=client,
        )
    ).parsed
