from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    service_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(service_token, Unset):
        headers["service_token"] = service_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onlineagent/{agentid}/handshake".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    service_token: str | Unset = UNSET,
) -> Response[DoneResponse]:
    """Heartbeat for agents that receive events by push

     Keeps a push-mode session alive: send it about every 30 s; with none for 2 minutes
    the agent is signed out. With dynamic authentication the answer may carry a new Guid
    in `Set-GUID`, to be used from the next call on.

    Args:
        agentid (str):
        service_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        service_token=service_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    service_token: str | Unset = UNSET,
) -> DoneResponse | None:
    """Heartbeat for agents that receive events by push

     Keeps a push-mode session alive: send it about every 30 s; with none for 2 minutes
    the agent is signed out. With dynamic authentication the answer may carry a new Guid
    in `Set-GUID`, to be used from the next call on.

    Args:
        agentid (str):
        service_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        service_token=service_token,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    service_token: str | Unset = UNSET,
) -> Response[DoneResponse]:
    """Heartbeat for agents that receive events by push

     Keeps a push-mode session alive: send it about every 30 s; with none for 2 minutes
    the agent is signed out. With dynamic authentication the answer may carry a new Guid
    in `Set-GUID`, to be used from the next call on.

    Args:
        agentid (str):
        service_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        service_token=service_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    service_token: str | Unset = UNSET,
) -> DoneResponse | None:
    """Heartbeat for agents that receive events by push

     Keeps a push-mode session alive: send it about every 30 s; with none for 2 minutes
    the agent is signed out. With dynamic authentication the answer may carry a new Guid
    in `Set-GUID`, to be used from the next call on.

    Args:
        agentid (str):
        service_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            service_token=service_token,
        )
    ).parsed
