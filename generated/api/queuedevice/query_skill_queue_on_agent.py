from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.skill_list_response import SkillListResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    work_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/queuedevice/{agentid}/agentskill/{work_no}".format(
            agentid=quote(str(agentid), safe=""),
            work_no=quote(str(work_no), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillListResponse | None:
    if response.status_code == 200:
        response_200 = SkillListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    work_no: str,
    *,
    client: AuthenticatedClient,
) -> Response[SkillListResponse]:
    """List the skill queues an agent has signed in to

     The skill queues the agent `workNo` (of the same VCC) is signed in to now, as the
    C# demo shows them under "signed-in skills"; `agentskills` lists the configured ones.
    Subject to the gateway's limit on queue queries. Prerequisite: the requesting agent
    is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        work_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        work_no=work_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    work_no: str,
    *,
    client: AuthenticatedClient,
) -> SkillListResponse | None:
    """List the skill queues an agent has signed in to

     The skill queues the agent `workNo` (of the same VCC) is signed in to now, as the
    C# demo shows them under "signed-in skills"; `agentskills` lists the configured ones.
    Subject to the gateway's limit on queue queries. Prerequisite: the requesting agent
    is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        work_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillListResponse
    """

    return sync_detailed(
        agentid=agentid,
        work_no=work_no,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    work_no: str,
    *,
    client: AuthenticatedClient,
) -> Response[SkillListResponse]:
    """List the skill queues an agent has signed in to

     The skill queues the agent `workNo` (of the same VCC) is signed in to now, as the
    C# demo shows them under "signed-in skills"; `agentskills` lists the configured ones.
    Subject to the gateway's limit on queue queries. Prerequisite: the requesting agent
    is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        work_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        work_no=work_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    work_no: str,
    *,
    client: AuthenticatedClient,
) -> SkillListResponse | None:
    """List the skill queues an agent has signed in to

     The skill queues the agent `workNo` (of the same VCC) is signed in to now, as the
    C# demo shows them under "signed-in skills"; `agentskills` lists the configured ones.
    Subject to the gateway's limit on queue queries. Prerequisite: the requesting agent
    is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        work_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillListResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            work_no=work_no,
            client=client,
        )
    ).parsed
