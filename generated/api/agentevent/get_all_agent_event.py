from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.all_agent_event_response import AllAgentEventResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agentevent/allagentevent",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllAgentEventResponse | None:
    if response.status_code == 200:
        response_200 = AllAgentEventResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AllAgentEventResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AllAgentEventResponse]:
    """Every watched agent's events (for inspectors and wallboards)

     The events of the other agents of the caller's VCC (agent state and call events,
    `AgentState_*` and `AgentEvent_*`, each with its own `workNo`) queued since the
    caller's previous request, oldest first, as an **array** in `event` (empty when there
    are none). The caller is the session the `Guid` belongs to; it needs the inspection
    right. The first request starts the watch: events before it are not delivered. The
    answer comes at once (no long poll); the caller's own events stay on its own poll.
    Read-only for the caller's own state, but each event is handed out once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllAgentEventResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AllAgentEventResponse | None:
    """Every watched agent's events (for inspectors and wallboards)

     The events of the other agents of the caller's VCC (agent state and call events,
    `AgentState_*` and `AgentEvent_*`, each with its own `workNo`) queued since the
    caller's previous request, oldest first, as an **array** in `event` (empty when there
    are none). The caller is the session the `Guid` belongs to; it needs the inspection
    right. The first request starts the watch: events before it are not delivered. The
    answer comes at once (no long poll); the caller's own events stay on its own poll.
    Read-only for the caller's own state, but each event is handed out once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllAgentEventResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AllAgentEventResponse]:
    """Every watched agent's events (for inspectors and wallboards)

     The events of the other agents of the caller's VCC (agent state and call events,
    `AgentState_*` and `AgentEvent_*`, each with its own `workNo`) queued since the
    caller's previous request, oldest first, as an **array** in `event` (empty when there
    are none). The caller is the session the `Guid` belongs to; it needs the inspection
    right. The first request starts the watch: events before it are not delivered. The
    answer comes at once (no long poll); the caller's own events stay on its own poll.
    Read-only for the caller's own state, but each event is handed out once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllAgentEventResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AllAgentEventResponse | None:
    """Every watched agent's events (for inspectors and wallboards)

     The events of the other agents of the caller's VCC (agent state and call events,
    `AgentState_*` and `AgentEvent_*`, each with its own `workNo`) queued since the
    caller's previous request, oldest first, as an **array** in `event` (empty when there
    are none). The caller is the session the `Guid` belongs to; it needs the inspection
    right. The first request starts the watch: events before it are not delivered. The
    answer comes at once (no long poll); the caller's own events stay on its own poll.
    Read-only for the caller's own state, but each event is handed out once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllAgentEventResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
