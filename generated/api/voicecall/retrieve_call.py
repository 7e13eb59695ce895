from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...types import UNSET, Response


def _get_kwargs(
    agentid: str,
    *,
    callid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["callid"] = callid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voicecall/{agentid}/gethold".format(
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
    callid: str,
) -> Response[DoneResponse]:
    """Take a held call off hold

     Retrieves the held call named by `callid` (the ID from AgentEvent_Hold or from
    `holdlist`); the agent talks to that party again and gets AgentEvent_Talking.
    `200-015` when no such call is held, `200-016` when the agent cannot retrieve it in
    its state (e.g. it is talking on another call). Not idempotent.

    Args:
        agentid (str):
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since
            the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        callid=callid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    callid: str,
) -> DoneResponse | None:
    """Take a held call off hold

     Retrieves the held call named by `callid` (the ID from AgentEvent_Hold or from
    `holdlist`); the agent talks to that party again and gets AgentEvent_Talking.
    `200-015` when no such call is held, `200-016` when the agent cannot retrieve it in
    its state (e.g. it is talking on another call). Not idempotent.

    Args:
        agentid (str):
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since
            the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        callid=callid,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    callid: str,
) -> Response[DoneResponse]:
    """Take a held call off hold

     Retrieves the held call named by `callid` (the ID from AgentEvent_Hold or from
    `holdlist`); the agent talks to that party again and gets AgentEvent_Talking.
    `200-015` when no such call is held, `200-016` when the agent cannot retrieve it in
    its state (e.g. it is talking on another call). Not idempotent.

    Args:
        agentid (str):
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since
            the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        callid=callid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    callid: str,
) -> DoneResponse | None:
    """Take a held call off hold

     Retrieves the held call named by `callid` (the ID from AgentEvent_Hold or from
    `holdlist`); the agent talks to that party again and gets AgentEvent_Talking.
    `200-015` when no such call is held, `200-016` when the agent cannot retrieve it in
    its state (e.g. it is talking on another call). Not idempotent.

    Args:
        agentid (str):
        callid (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds since
            the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

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
            callid=callid,
        )
    ).parsed
