from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_info_list_response import CallInfoListResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calldata/{agentid}/callinfobeforeanswer/{call_id}".format(
            agentid=quote(str(agentid), safe=""),
            call_id=quote(str(call_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallInfoListResponse | None:
    if response.status_code == 200:
        response_200 = CallInfoListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallInfoListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CallInfoListResponse]:
    """Query an offered call's information before answering it

     Returns the information of the call `callId` that is offered to the agent and not
    answered yet (the phone rings): the skill queue it comes from, the caller, the call
    data. Agents without auto-answer use it to decide how to answer. Read-only.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallInfoListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> CallInfoListResponse | None:
    """Query an offered call's information before answering it

     Returns the information of the call `callId` that is offered to the agent and not
    answered yet (the phone rings): the skill queue it comes from, the caller, the call
    data. Agents without auto-answer use it to decide how to answer. Read-only.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallInfoListResponse
    """

    return sync_detailed(
        agentid=agentid,
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CallInfoListResponse]:
    """Query an offered call's information before answering it

     Returns the information of the call `callId` that is offered to the agent and not
    answered yet (the phone rings): the skill queue it comes from, the caller, the call
    data. Agents without auto-answer use it to decide how to answer. Read-only.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallInfoListResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> CallInfoListResponse | None:
    """Query an offered call's information before answering it

     Returns the information of the call `callId` that is offered to the agent and not
    answered yet (the phone rings): the skill queue it comes from, the caller, the call
    data. Agents without auto-answer use it to decide how to answer. Read-only.

    Args:
        agentid (str):
        call_id (str): A call's ID as the platform issues it, e.g. `1455885056-1095` (seconds
            since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallInfoListResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            call_id=call_id,
            client=client,
        )
    ).parsed
