from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_event_response import AgentEventResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    calldata: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["calldata"] = calldata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agentevent/{agentid}".format(
            agentid=quote(str(agentid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentEventResponse | None:
    if response.status_code == 200:
        response_200 = AgentEventResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentEventResponse]:
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
    calldata: str | Unset = UNSET,
) -> Response[AgentEventResponse]:
    """Poll for the agent's next event

     Long poll: answers at once with the oldest pending event, or after about 10 s with
    no event (`event` absent). Poll again 200-500 ms after each answer. Polling is also
    the session's heartbeat: with no poll for 2 minutes the agent is signed out. With
    dynamic authentication the answer may carry a new Guid in `Set-GUID`. Only for
    agents signed in for polling (no `callBackUri`/`serviceToken`). Each answer removes
    the event it returns, so resending is not harmless.

    Args:
        agentid (str):
        calldata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentEventResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        calldata=calldata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    calldata: str | Unset = UNSET,
) -> AgentEventResponse | None:
    """Poll for the agent's next event

     Long poll: answers at once with the oldest pending event, or after about 10 s with
    no event (`event` absent). Poll again 200-500 ms after each answer. Polling is also
    the session's heartbeat: with no poll for 2 minutes the agent is signed out. With
    dynamic authentication the answer may carry a new Guid in `Set-GUID`. Only for
    agents signed in for polling (no `callBackUri`/`serviceToken`). Each answer removes
    the event it returns, so resending is not harmless.

    Args:
        agentid (str):
        calldata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentEventResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        calldata=calldata,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    calldata: str | Unset = UNSET,
) -> Response[AgentEventResponse]:
    """Poll for the agent's next event

     Long poll: answers at once with the oldest pending event, or after about 10 s with
    no event (`event` absent). Poll again 200-500 ms after each answer. Polling is also
    the session's heartbeat: with no poll for 2 minutes the agent is signed out. With
    dynamic authentication the answer may carry a new Guid in `Set-GUID`. Only for
    agents signed in for polling (no `callBackUri`/`serviceToken`). Each answer removes
    the event it returns, so resending is not harmless.

    Args:
        agentid (str):
        calldata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentEventResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        calldata=calldata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    calldata: str | Unset = UNSET,
) -> AgentEventResponse | None:
    """Poll for the agent's next event

     Long poll: answers at once with the oldest pending event, or after about 10 s with
    no event (`event` absent). Poll again 200-500 ms after each answer. Polling is also
    the session's heartbeat: with no poll for 2 minutes the agent is signed out. With
    dynamic authentication the answer may carry a new Guid in `Set-GUID`. Only for
    agents signed in for polling (no `callBackUri`/`serviceToken`). Each answer removes
    the event it returns, so resending is not harmless.

    Args:
        agentid (str):
        calldata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentEventResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            calldata=calldata,
        )
    ).parsed
