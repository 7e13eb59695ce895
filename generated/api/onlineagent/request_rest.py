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
    time: int,
    restcause: int,
    *,
    prolong: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prolong"] = prolong

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onlineagent/{agentid}/rest/{time}/{restcause}".format(
            agentid=quote(str(agentid), safe=""),
            time=quote(str(time), safe=""),
            restcause=quote(str(restcause), safe=""),
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
    time: int,
    restcause: int,
    *,
    client: AuthenticatedClient,
    prolong: bool | Unset = UNSET,
) -> Response[DoneResponse]:
    """Let the agent rest for a while

     Puts the agent in the rest state for `time` seconds with a rest cause configured on
    the platform. The answer only says the request was taken: the rest is granted when
    AgentState_SetRest_Success arrives. When the time is up the agent gets
    AgentState_Rest_Timeout as a reminder and stays resting until it is made ready
    (`cancelRest` or `sayFree`). A resting agent may rest again (new time and cause) only
    with `prolong=true`. During a call the rest starts when the call ends (`preRest`).
    Not idempotent.

    Args:
        agentid (str):
        time (int):
        restcause (int):
        prolong (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        time=time,
        restcause=restcause,
        prolong=prolong,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    time: int,
    restcause: int,
    *,
    client: AuthenticatedClient,
    prolong: bool | Unset = UNSET,
) -> DoneResponse | None:
    """Let the agent rest for a while

     Puts the agent in the rest state for `time` seconds with a rest cause configured on
    the platform. The answer only says the request was taken: the rest is granted when
    AgentState_SetRest_Success arrives. When the time is up the agent gets
    AgentState_Rest_Timeout as a reminder and stays resting until it is made ready
    (`cancelRest` or `sayFree`). A resting agent may rest again (new time and cause) only
    with `prolong=true`. During a call the rest starts when the call ends (`preRest`).
    Not idempotent.

    Args:
        agentid (str):
        time (int):
        restcause (int):
        prolong (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        time=time,
        restcause=restcause,
        client=client,
        prolong=prolong,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    time: int,
    restcause: int,
    *,
    client: AuthenticatedClient,
    prolong: bool | Unset = UNSET,
) -> Response[DoneResponse]:
    """Let the agent rest for a while

     Puts the agent in the rest state for `time` seconds with a rest cause configured on
    the platform. The answer only says the request was taken: the rest is granted when
    AgentState_SetRest_Success arrives. When the time is up the agent gets
    AgentState_Rest_Timeout as a reminder and stays resting until it is made ready
    (`cancelRest` or `sayFree`). A resting agent may rest again (new time and cause) only
    with `prolong=true`. During a call the rest starts when the call ends (`preRest`).
    Not idempotent.

    Args:
        agentid (str):
        time (int):
        restcause (int):
        prolong (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        time=time,
        restcause=restcause,
        prolong=prolong,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    time: int,
    restcause: int,
    *,
    client: AuthenticatedClient,
    prolong: bool | Unset = UNSET,
) -> DoneResponse | None:
    """Let the agent rest for a while

     Puts the agent in the rest state for `time` seconds with a rest cause configured on
    the platform. The answer only says the request was taken: the rest is granted when
    AgentState_SetRest_Success arrives. When the time is up the agent gets
    AgentState_Rest_Timeout as a reminder and stays resting until it is made ready
    (`cancelRest` or `sayFree`). A resting agent may rest again (new time and cause) only
    with `prolong=true`. During a call the rest starts when the call ends (`preRest`).
    Not idempotent.

    Args:
        agentid (str):
        time (int):
        restcause (int):
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
            time=time,
            restcause=restcause,
            client=client,
            prolong=prolong,
        )
    ).parsed
