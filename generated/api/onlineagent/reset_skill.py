from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...models.skill_selection import SkillSelection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    autoflag: SkillSelection,
    *,
    skillid: str | Unset = UNSET,
    phonelinkage: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skillid"] = skillid

    params["phonelinkage"] = phonelinkage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onlineagent/{agentid}/resetskill/{autoflag}".format(
            agentid=quote(str(agentid), safe=""),
            autoflag=quote(str(autoflag), safe=""),
        ),
        "params": params,
    }

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
    autoflag: SkillSelection,
    *,
    client: AuthenticatedClient,
    skillid: str | Unset = UNSET,
    phonelinkage: int | Unset = UNSET,
) -> Response[DoneResponse]:
    """Sign the agent in to skill queues (reset its skills)

     Replaces the skill queues the agent is signed in to. With `autoflag=true` the agent
    joins every skill queue configured for it; with `autoflag=false` it joins the
    configured queues named in `skillid` (the intersection of the two), or none when
    `skillid` is absent. Calls are routed to the agent only through the queues it has
    joined, so desktops call this right after signing in. Prerequisites: the agent is
    signed in with a phone number bound to it. Triggers no event. Not idempotent.

    Args:
        agentid (str):
        autoflag (SkillSelection): Which skill queues `resetSkill` signs the agent in to.
        skillid (str | Unset):
        phonelinkage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        autoflag=autoflag,
        skillid=skillid,
        phonelinkage=phonelinkage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    autoflag: SkillSelection,
    *,
    client: AuthenticatedClient,
    skillid: str | Unset = UNSET,
    phonelinkage: int | Unset = UNSET,
) -> DoneResponse | None:
    """Sign the agent in to skill queues (reset its skills)

     Replaces the skill queues the agent is signed in to. With `autoflag=true` the agent
    joins every skill queue configured for it; with `autoflag=false` it joins the
    configured queues named in `skillid` (the intersection of the two), or none when
    `skillid` is absent. Calls are routed to the agent only through the queues it has
    joined, so desktops call this right after signing in. Prerequisites: the agent is
    signed in with a phone number bound to it. Triggers no event. Not idempotent.

    Args:
        agentid (str):
        autoflag (SkillSelection): Which skill queues `resetSkill` signs the agent in to.
        skillid (str | Unset):
        phonelinkage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        autoflag=autoflag,
        client=client,
        skillid=skillid,
        phonelinkage=phonelinkage,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    autoflag: SkillSelection,
    *,
    client: AuthenticatedClient,
    skillid: str | Unset = UNSET,
    phonelinkage: int | Unset = UNSET,
) -> Response[DoneResponse]:
    """Sign the agent in to skill queues (reset its skills)

     Replaces the skill queues the agent is signed in to. With `autoflag=true` the agent
    joins every skill queue configured for it; with `autoflag=false` it joins the
    configured queues named in `skillid` (the intersection of the two), or none when
    `skillid` is absent. Calls are routed to the agent only through the queues it has
    joined, so desktops call this right after signing in. Prerequisites: the agent is
    signed in with a phone number bound to it. Triggers no event. Not idempotent.

    Args:
        agentid (str):
        autoflag (SkillSelection): Which skill queues `resetSkill` signs the agent in to.
        skillid (str | Unset):
        phonelinkage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        autoflag=autoflag,
        skillid=skillid,
        phonelinkage=phonelinkage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    autoflag: SkillSelection,
    *,
    client: AuthenticatedClient,
    skillid: str | Unset = UNSET,
    phonelinkage: int | Unset = UNSET,
) -> DoneResponse | None:
    """Sign the agent in to skill queues (reset its skills)

     Replaces the skill queues the agent is signed in to. With `autoflag=true` the agent
    joins every skill queue configured for it; with `autoflag=false` it joins the
    configured queues named in `skillid` (the intersection of the two), or none when
    `skillid` is absent. Calls are routed to the agent only through the queues it has
    joined, so desktops call this right after signing in. Prerequisites: the agent is
    signed in with a phone number bound to it. Triggers no event. Not idempotent.

    Args:
        agentid (str):
        autoflag (SkillSelection): Which skill queues `resetSkill` signs the agent in to.
        skillid (str | Unset):
        phonelinkage (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            autoflag=autoflag,
            client=client,
            skillid=skillid,
            phonelinkage=phonelinkage,
        )
    ).parsed
