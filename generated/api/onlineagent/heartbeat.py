from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.heartbeat_response import HeartbeatResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/onlineagent/{agentid}/heartbeat".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HeartbeatResponse | None:
    if response.status_code == 200:
        response_200 = HeartbeatResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HeartbeatResponse]:
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
) -> Response[HeartbeatResponse]:
    """Legacy heartbeat of a push-mode session

     The heartbeat older gateways and the vendor's Java demos use for agents whose events
    are pushed: sent every 60 s, it keeps the session alive like `handShake` (no
    heartbeat for 2 minutes signs the agent out). `result.loginTime` is the sign-in time
    of the session. Like the handshake, its answer may carry a rotated Guid in
    `Set-GUID`. Prefer `handShake` on gateways that document it.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeartbeatResponse]
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
) -> HeartbeatResponse | None:
    """Legacy heartbeat of a push-mode session

     The heartbeat older gateways and the vendor's Java demos use for agents whose events
    are pushed: sent every 60 s, it keeps the session alive like `handShake` (no
    heartbeat for 2 minutes signs the agent out). `result.loginTime` is the sign-in time
    of the session. Like the handshake, its answer may carry a rotated Guid in
    `Set-GUID`. Prefer `handShake` on gateways that document it.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeartbeatResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> Response[HeartbeatResponse]:
    """Legacy heartbeat of a push-mode session

     The heartbeat older gateways and the vendor's Java demos use for agents whose events
    are pushed: sent every 60 s, it keeps the session alive like `handShake` (no
    heartbeat for 2 minutes signs the agent out). `result.loginTime` is the sign-in time
    of the session. Like the handshake, its answer may carry a rotated Guid in
    `Set-GUID`. Prefer `handShake` on gateways that document it.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeartbeatResponse]
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
) -> HeartbeatResponse | None:
    """Legacy heartbeat of a push-mode session

     The heartbeat older gateways and the vendor's Java demos use for agents whose events
    are pushed: sent every 60 s, it keeps the session alive like `handShake` (no
    heartbeat for 2 minutes signs the agent out). `result.loginTime` is the sign-in time
    of the session. Like the handshake, its answer may carry a rotated Guid in
    `Set-GUID`. Prefer `handShake` on gateways that document it.

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeartbeatResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
        )
    ).parsed
