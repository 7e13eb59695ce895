from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vdn_skill_list_response import VdnSkillListResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    vdnid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/queuedevice/{agentid}/vdnskill/{vdnid}".format(
            agentid=quote(str(agentid), safe=""),
            vdnid=quote(str(vdnid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VdnSkillListResponse | None:
    if response.status_code == 200:
        response_200 = VdnSkillListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VdnSkillListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    vdnid: int,
    *,
    client: AuthenticatedClient,
) -> Response[VdnSkillListResponse]:
    """List the skill queues of a VCC

     Every skill queue of the VCC `vdnid` (the agent's own; see `vdnid` of the sign-in
    result or `innoinfo`). `600-002` when the VCC has none. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        vdnid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VdnSkillListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        vdnid=vdnid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    vdnid: int,
    *,
    client: AuthenticatedClient,
) -> VdnSkillListResponse | None:
    """List the skill queues of a VCC

     Every skill queue of the VCC `vdnid` (the agent's own; see `vdnid` of the sign-in
    result or `innoinfo`). `600-002` when the VCC has none. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        vdnid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VdnSkillListResponse
    """

    return sync_detailed(
        agentid=agentid,
        vdnid=vdnid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    vdnid: int,
    *,
    client: AuthenticatedClient,
) -> Response[VdnSkillListResponse]:
    """List the skill queues of a VCC

     Every skill queue of the VCC `vdnid` (the agent's own; see `vdnid` of the sign-in
    result or `innoinfo`). `600-002` when the VCC has none. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        vdnid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VdnSkillListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        vdnid=vdnid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    vdnid: int,
    *,
    client: AuthenticatedClient,
) -> VdnSkillListResponse | None:
    """List the skill queues of a VCC

     Every skill queue of the VCC `vdnid` (the agent's own; see `vdnid` of the sign-in
    result or `innoinfo`). `600-002` when the VCC has none. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only.

    Args:
        agentid (str):
        vdnid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VdnSkillListResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            vdnid=vdnid,
            client=client,
        )
    ).parsed
