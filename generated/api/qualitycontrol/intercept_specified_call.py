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
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/qualitycontrol/{agentid}/intercept/{work_no}/{call_id}".format(
            agentid=quote(str(agentid), safe=""),
            work_no=quote(str(work_no), safe=""),
            call_id=quote(str(call_id), safe=""),
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
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Take over a given call of an agent

     As `interceptCall`, for the agent's call `callId` (the form of the 2025 pages).
    Not idempotent.

    Args:
        agentid (str):
        work_no (str):
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
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        work_no=work_no,
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    work_no: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Take over a given call of an agent

     As `interceptCall`, for the agent's call `callId` (the form of the 2025 pages).
    Not idempotent.

    Args:
        agentid (str):
        work_no (str):
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
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        work_no=work_no,
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    work_no: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Take over a given call of an agent

     As `interceptCall`, for the agent's call `callId` (the form of the 2025 pages).
    Not idempotent.

    Args:
        agentid (str):
        work_no (str):
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
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        work_no=work_no,
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    work_no: str,
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Take over a given call of an agent

     As `interceptCall`, for the agent's call `callId` (the form of the 2025 pages).
    Not idempotent.

    Args:
        agentid (str):
        work_no (str):
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
        DoneResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            work_no=work_no,
            call_id=call_id,
            client=client,
        )
    ).parsed
