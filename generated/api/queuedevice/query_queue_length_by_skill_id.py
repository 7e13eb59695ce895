from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.wait_count_response import WaitCountResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    skillid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/queuedevice/{agentid}/skillwaitnum/{skillid}".format(
            agentid=quote(str(agentid), safe=""),
            skillid=quote(str(skillid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WaitCountResponse | None:
    if response.status_code == 200:
        response_200 = WaitCountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WaitCountResponse]:
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
) -> Response[WaitCountResponse]:
    """Count the callers waiting in one skill queue

     The number of callers waiting in the skill queue `skillid`. Subject to the gateway's
    limit on queue queries. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WaitCountResponse]
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
) -> WaitCountResponse | None:
    """Count the callers waiting in one skill queue

     The number of callers waiting in the skill queue `skillid`. Subject to the gateway's
    limit on queue queries. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WaitCountResponse
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
) -> Response[WaitCountResponse]:
    """Count the callers waiting in one skill queue

     The number of callers waiting in the skill queue `skillid`. Subject to the gateway's
    limit on queue queries. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WaitCountResponse]
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
) -> WaitCountResponse | None:
    """Count the callers waiting in one skill queue

     The number of callers waiting in the skill queue `skillid`. Subject to the gateway's
    limit on queue queries. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        skillid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WaitCountResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            skillid=skillid,
            client=client,
        )
    ).parsed
