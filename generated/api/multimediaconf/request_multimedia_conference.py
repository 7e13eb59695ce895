from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...models.multimedia_conference_request import MultimediaConferenceRequest
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: MultimediaConferenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/multimediaconf/{agentid}/requestconf".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

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
    body: MultimediaConferenceRequest,
) -> Response[DoneResponse]:
    """Start a multimedia conference (screen and file sharing) on a call or chat

     Asks for a multimedia conference attached to the agent's call or chat `callid`, with
    the agents of `addressinfo`. Once the conference resources are granted the agent and
    each invited agent get AgentEvent_JoinConf naming the conference (`confid`) and what
    a conference client needs to join it (`confinfo`). Each then joins with its
    conference client and reports the outcome with joinconfresult. Not idempotent.

    Args:
        agentid (str):
        body (MultimediaConferenceRequest): Body of multimediaconf requestconf.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
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
    body: MultimediaConferenceRequest,
) -> DoneResponse | None:
    """Start a multimedia conference (screen and file sharing) on a call or chat

     Asks for a multimedia conference attached to the agent's call or chat `callid`, with
    the agents of `addressinfo`. Once the conference resources are granted the agent and
    each invited agent get AgentEvent_JoinConf naming the conference (`confid`) and what
    a conference client needs to join it (`confinfo`). Each then joins with its
    conference client and reports the outcome with joinconfresult. Not idempotent.

    Args:
        agentid (str):
        body (MultimediaConferenceRequest): Body of multimediaconf requestconf.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
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
    body: MultimediaConferenceRequest,
) -> Response[DoneResponse]:
    """Start a multimedia conference (screen and file sharing) on a call or chat

     Asks for a multimedia conference attached to the agent's call or chat `callid`, with
    the agents of `addressinfo`. Once the conference resources are granted the agent and
    each invited agent get AgentEvent_JoinConf naming the conference (`confid`) and what
    a conference client needs to join it (`confinfo`). Each then joins with its
    conference client and reports the outcome with joinconfresult. Not idempotent.

    Args:
        agentid (str):
        body (MultimediaConferenceRequest): Body of multimediaconf requestconf.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
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
    body: MultimediaConferenceRequest,
) -> DoneResponse | None:
    """Start a multimedia conference (screen and file sharing) on a call or chat

     Asks for a multimedia conference attached to the agent's call or chat `callid`, with
    the agents of `addressinfo`. Once the conference resources are granted the agent and
    each invited agent get AgentEvent_JoinConf naming the conference (`confid`) and what
    a conference client needs to join it (`confinfo`). Each then joins with its
    conference client and reports the outcome with joinconfresult. Not idempotent.

    Args:
        agentid (str):
        body (MultimediaConferenceRequest): Body of multimediaconf requestconf.

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
            body=body,
        )
    ).parsed
