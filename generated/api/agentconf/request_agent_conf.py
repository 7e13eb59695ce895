from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.request_agent_conf_request import RequestAgentConfRequest
from ...models.request_agent_conf_response import RequestAgentConfResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: RequestAgentConfRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agentconf/{agentid}/requestagentconf".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RequestAgentConfResponse | None:
    if response.status_code == 200:
        response_200 = RequestAgentConfResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RequestAgentConfResponse]:
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
    body: RequestAgentConfRequest,
) -> Response[RequestAgentConfResponse]:
    """Apply for an agent conference

     Asks the platform to set up a conference chaired by this agent. A `retcode` of `"0"`
    only means the request was accepted: the outcome arrives later as events. The agent
    first receives `AgentConf_SelfJoinResult` (it has joined) and then
    `AgentConf_RequestSuccess` (with the conference ID) or `AgentConf_RequestFailed`.
    Chair operations are refused by the platform until `AgentConf_RequestSuccess`.

    Prerequisites: the agent is signed in and idle or talking; a call in progress must be
    stable (no announcement playing, muting, holding, hanging up or transfer under way).
    The called agent of a three-party call between two agents cannot apply. Participants
    can only be agent IDs or phone numbers, and the number of parties may not exceed the
    VDN's limit of concurrent voice calls.

    Not idempotent: never resend automatically.

    Args:
        agentid (str):
        body (RequestAgentConfRequest): Leave out any optional field to get the gateway's own
            default (`x-server-default`).
            When `beepTone` is true, `voicePath` is required and `playMode` must be 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RequestAgentConfResponse]
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
    body: RequestAgentConfRequest,
) -> RequestAgentConfResponse | None:
    """Apply for an agent conference

     Asks the platform to set up a conference chaired by this agent. A `retcode` of `"0"`
    only means the request was accepted: the outcome arrives later as events. The agent
    first receives `AgentConf_SelfJoinResult` (it has joined) and then
    `AgentConf_RequestSuccess` (with the conference ID) or `AgentConf_RequestFailed`.
    Chair operations are refused by the platform until `AgentConf_RequestSuccess`.

    Prerequisites: the agent is signed in and idle or talking; a call in progress must be
    stable (no announcement playing, muting, holding, hanging up or transfer under way).
    The called agent of a three-party call between two agents cannot apply. Participants
    can only be agent IDs or phone numbers, and the number of parties may not exceed the
    VDN's limit of concurrent voice calls.

    Not idempotent: never resend automatically.

    Args:
        agentid (str):
        body (RequestAgentConfRequest): Leave out any optional field to get the gateway's own
            default (`x-server-default`).
            When `beepTone` is true, `voicePath` is required and `playMode` must be 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RequestAgentConfResponse
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
    body: RequestAgentConfRequest,
) -> Response[RequestAgentConfResponse]:
    """Apply for an agent conference

     Asks the platform to set up a conference chaired by this agent. A `retcode` of `"0"`
    only means the request was accepted: the outcome arrives later as events. The agent
    first receives `AgentConf_SelfJoinResult` (it has joined) and then
    `AgentConf_RequestSuccess` (with the conference ID) or `AgentConf_RequestFailed`.
    Chair operations are refused by the platform until `AgentConf_RequestSuccess`.

    Prerequisites: the agent is signed in and idle or talking; a call in progress must be
    stable (no announcement playing, muting, holding, hanging up or transfer under way).
    The called agent of a three-party call between two agents cannot apply. Participants
    can only be agent IDs or phone numbers, and the number of parties may not exceed the
    VDN's limit of concurrent voice calls.

    Not idempotent: never resend automatically.

    Args:
        agentid (str):
        body (RequestAgentConfRequest): Leave out any optional field to get the gateway's own
            default (`x-server-default`).
            When `beepTone` is true, `voicePath` is required and `playMode` must be 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RequestAgentConfResponse]
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
    body: RequestAgentConfRequest,
) -> RequestAgentConfResponse | None:
    """Apply for an agent conference

     Asks the platform to set up a conference chaired by this agent. A `retcode` of `"0"`
    only means the request was accepted: the outcome arrives later as events. The agent
    first receives `AgentConf_SelfJoinResult` (it has joined) and then
    `AgentConf_RequestSuccess` (with the conference ID) or `AgentConf_RequestFailed`.
    Chair operations are refused by the platform until `AgentConf_RequestSuccess`.

    Prerequisites: the agent is signed in and idle or talking; a call in progress must be
    stable (no announcement playing, muting, holding, hanging up or transfer under way).
    The called agent of a three-party call between two agents cannot apply. Participants
    can only be agent IDs or phone numbers, and the number of parties may not exceed the
    VDN's limit of concurrent voice calls.

    Not idempotent: never resend automatically.

    Args:
        agentid (str):
        body (RequestAgentConfRequest): Leave out any optional field to get the gateway's own
            default (`x-server-default`).
            When `beepTone` is true, `voicePath` is required and `playMode` must be 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RequestAgentConfResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
