from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_group_response import AgentGroupResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    workno: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agentgroup/{agentid}/groupbyagent/{workno}".format(
            agentid=quote(str(agentid), safe=""),
            workno=quote(str(workno), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentGroupResponse | None:
    if response.status_code == 200:
        response_200 = AgentGroupResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentGroupResponse]:
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
) -> Response[AgentGroupResponse]:
    """The agent group of an agent

     The agent group the agent `workno` (of the requesting agent's VCC; the requesting
    agent itself is allowed) belongs to: its ID, name and leader. `result` is null when
    the agent is in no group. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentGroupResponse]
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
) -> AgentGroupResponse | None:
    """The agent group of an agent

     The agent group the agent `workno` (of the requesting agent's VCC; the requesting
    agent itself is allowed) belongs to: its ID, name and leader. `result` is null when
    the agent is in no group. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentGroupResponse
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
) -> Response[AgentGroupResponse]:
    """The agent group of an agent

     The agent group the agent `workno` (of the requesting agent's VCC; the requesting
    agent itself is allowed) belongs to: its ID, name and leader. `result` is null when
    the agent is in no group. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentGroupResponse]
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
) -> AgentGroupResponse | None:
    """The agent group of an agent

     The agent group the agent `workno` (of the requesting agent's VCC; the requesting
    agent itself is allowed) belongs to: its ID, name and leader. `result` is null when
    the agent is in no group. Prerequisite: the agent is signed in. Triggers no event.
    Read-only.

    Args:
        agentid (str):
        workno (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentGroupResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            workno=workno,
            client=client,
        )
    ).parsed
