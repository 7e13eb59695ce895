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
    reason: int | Unset = UNSET,
    prolong: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reason"] = reason

    params["prolong"] = prolong

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onlineagent/{agentid}/saybusy".format(
            agentid=quote(str(agentid), safe=""),
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
    *,
    client: AuthenticatedClient,
    reason: int | Unset = UNSET,
    prolong: bool | Unset = UNSET,
) -> Response[DoneResponse]:
    """Make the agent busy (not ready)

     Sets the agent busy: no calls are offered until it is made ready again. `reason` is a
    busy cause from 200 to 250 defined by the call centre (0 or absent: none); it comes
    back in the content of AgentState_SetNotReady_Success. An agent that is already busy
    may change its reason only with `prolong=true`. During a call the request is
    remembered (`preBusy`) and the agent becomes busy when the call ends. The state
    change is confirmed by the event, not by the answer. Not idempotent.

    Args:
        agentid (str):
        reason (int | Unset):
        prolong (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        reason=reason,
        prolong=prolong,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    reason: int | Unset = UNSET,
    prolong: bool | Unset = UNSET,
) -> DoneResponse | None:
    """Make the agent busy (not ready)

     Sets the agent busy: no calls are offered until it is made ready again. `reason` is a
    busy cause from 200 to 250 defined by the call centre (0 or absent: none); it comes
    back in the content of AgentState_SetNotReady_Success. An agent that is already busy
    may change its reason only with `prolong=true`. During a call the request is
    remembered (`preBusy`) and the agent becomes busy when the call ends. The state
    change is confirmed by the event, not by the answer. Not idempotent.

    Args:
        agentid (str):
        reason (int | Unset):
        prolong (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        reason=reason,
        prolong=prolong,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    reason: int | Unset = UNSET,
    prolong: bool | Unset = UNSET,
) -> Response[DoneResponse]:
    """Make the agent busy (not ready)

     Sets the agent busy: no calls are offered until it is made ready again. `reason` is a
    busy cause from 200 to 250 defined by the call centre (0 or absent: none); it comes
    back in the content of AgentState_SetNotReady_Success. An agent that is already busy
    may change its reason only with `prolong=true`. During a call the request is
    remembered (`preBusy`) and the agent becomes busy when the call ends. The state
    change is confirmed by the event, not by the answer. Not idempotent.

    Args:
        agentid (str):
        reason (int | Unset):
        prolong (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        reason=reason,
        prolong=prolong,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    reason: int | Unset = UNSET,
    prolong: bool | Unset = UNSET,
) -> DoneResponse | None:
    """Make the agent busy (not ready)

     Sets the agent busy: no calls are offered until it is made ready again. `reason` is a
    busy cause from 200 to 250 defined by the call centre (0 or absent: none); it comes
    back in the content of AgentState_SetNotReady_Success. An agent that is already busy
    may change its reason only with `prolong=true`. During a call the request is
    remembered (`preBusy`) and the agent becomes busy when the call ends. The state
    change is confirmed by the event, not by the answer. Not idempotent.

    Args:
        agentid (str):
        reason (int | Unset):
        prolong (bool | Unset):

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
            reason=reason,
            prolong=prolong,
        )
    ).parsed
