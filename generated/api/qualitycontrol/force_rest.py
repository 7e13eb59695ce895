from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    work_no: str,
    time: int,
    reason: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/qualitycontrol/{agentid}/forcerest/{work_no}/{time}/{reason}".format(
            agentid=quote(str(agentid), safe=""),
            work_no=quote(str(work_no), safe=""),
            time=quote(str(time), safe=""),
            reason=quote(str(reason), safe=""),
        ),
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
    work_no: str,
    time: int,
    reason: int,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Make an agent rest

     The inspector makes the agent `workNo` rest for `time` seconds with rest reason
    `reason` (AgentState_SetRest_Success; AgentState_Rest_Timeout when the time is up,
    as a reminder). During a call the rest begins when the call ends. Not idempotent.

    Args:
        agentid (str):
        work_no (str):
        time (int):
        reason (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        work_no=work_no,
        time=time,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    work_no: str,
    time: int,
    reason: int,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Make an agent rest

     The inspector makes the agent `workNo` rest for `time` seconds with rest reason
    `reason` (AgentState_SetRest_Success; AgentState_Rest_Timeout when the time is up,
    as a reminder). During a call the rest begins when the call ends. Not idempotent.

    Args:
        agentid (str):
        work_no (str):
        time (int):
        reason (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        work_no=work_no,
        time=time,
        reason=reason,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    work_no: str,
    time: int,
    reason: int,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Make an agent rest

     The inspector makes the agent `workNo` rest for `time` seconds with rest reason
    `reason` (AgentState_SetRest_Success; AgentState_Rest_Timeout when the time is up,
    as a reminder). During a call the rest begins when the call ends. Not idempotent.

    Args:
        agentid (str):
        work_no (str):
        time (int):
        reason (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        work_no=work_no,
        time=time,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    work_no: str,
    time: int,
    reason: int,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Make an agent rest

     The inspector makes the agent `workNo` rest for `time` seconds with rest reason
    `reason` (AgentState_SetRest_Success; AgentState_Rest_Timeout when the time is up,
    as a reminder). During a call the rest begins when the call ends. Not idempotent.

    Args:
        agentid (str):
        work_no (str):
        time (int):
        reason (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            work_no=work_no,
            time=time,
            reason=reason,
            client=client,
        )
    ).parsed
