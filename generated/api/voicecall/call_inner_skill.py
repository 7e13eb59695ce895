from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_id_response import CallIdResponse
from ...models.call_inner_skill_request import CallInnerSkillRequest
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: CallInnerSkillRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/voicecall/{agentid}/callinnerskill".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallIdResponse | None:
    if response.status_code == 200:
        response_200 = CallIdResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallIdResponse]:
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
    body: CallInnerSkillRequest,
) -> Response[CallIdResponse]:
    """Call a skill queue (internal call to whichever of its agents is free)

     An internal call to the skill queue `skillId`: the platform offers it to an idle
    agent of the queue, typically to consult a colleague of that skill. `result` is the
    new call's ID; the outcome arrives as events: AgentEvent_Customer_Alerting, then
    AgentEvent_Talking when the colleague answers, or AgentEvent_Inside_Call_Fail with
    the call ID as a plain string. Prerequisites: the agent is signed in, has no call
    except held ones, and the queue has an idle agent. Not idempotent.

    Args:
        agentid (str):
        body (CallInnerSkillRequest): Body of callinnerskill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallIdResponse]
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
    body: CallInnerSkillRequest,
) -> CallIdResponse | None:
    """Call a skill queue (internal call to whichever of its agents is free)

     An internal call to the skill queue `skillId`: the platform offers it to an idle
    agent of the queue, typically to consult a colleague of that skill. `result` is the
    new call's ID; the outcome arrives as events: AgentEvent_Customer_Alerting, then
    AgentEvent_Talking when the colleague answers, or AgentEvent_Inside_Call_Fail with
    the call ID as a plain string. Prerequisites: the agent is signed in, has no call
    except held ones, and the queue has an idle agent. Not idempotent.

    Args:
        agentid (str):
        body (CallInnerSkillRequest): Body of callinnerskill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallIdResponse
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
    body: CallInnerSkillRequest,
) -> Response[CallIdResponse]:
    """Call a skill queue (internal call to whichever of its agents is free)

     An internal call to the skill queue `skillId`: the platform offers it to an idle
    agent of the queue, typically to consult a colleague of that skill. `result` is the
    new call's ID; the outcome arrives as events: AgentEvent_Customer_Alerting, then
    AgentEvent_Talking when the colleague answers, or AgentEvent_Inside_Call_Fail with
    the call ID as a plain string. Prerequisites: the agent is signed in, has no call
    except held ones, and the queue has an idle agent. Not idempotent.

    Args:
        agentid (str):
        body (CallInnerSkillRequest): Body of callinnerskill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallIdResponse]
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
    body: CallInnerSkillRequest,
) -> CallIdResponse | None:
    """Call a skill queue (internal call to whichever of its agents is free)

     An internal call to the skill queue `skillId`: the platform offers it to an idle
    agent of the queue, typically to consult a colleague of that skill. `result` is the
    new call's ID; the outcome arrives as events: AgentEvent_Customer_Alerting, then
    AgentEvent_Talking when the colleague answers, or AgentEvent_Inside_Call_Fail with
    the call ID as a plain string. Prerequisites: the agent is signed in, has no call
    except held ones, and the queue has an idle agent. Not idempotent.

    Args:
        agentid (str):
        body (CallInnerSkillRequest): Body of callinnerskill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallIdResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
