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
    callid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voicecall/{agentid}/dropcall/{callid}".format(
            agentid=quote(str(agentid), safe=""),
            callid=quote(str(callid), safe=""),
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
    callid: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Release a call by its ID

     Releases the agent's call `callid`, current or held (AgentEvent_Call_Release). `200-025`
    ("no call can be droped") when the agent has no such call; some clients ignore it.
    Not idempotent.

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
    callid: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Release a call by its ID

     Releases the agent's call `callid`, current or held (AgentEvent_Call_Release). `200-025`
    ("no call can be droped") when the agent has no such call; some clients ignore it.
    Not idempotent.

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
        callid=callid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    callid: str,
    *,
    client: AuthenticatedClient,
) -> Response[DoneResponse]:
    """Release a call by its ID

     Releases the agent's call `callid`, current or held (AgentEvent_Call_Release). `200-025`
    ("no call can be droped") when the agent has no such call; some clients ignore it.
    Not idempotent.

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
    callid: str,
    *,
    client: AuthenticatedClient,
) -> DoneResponse | None:
    """Release a call by its ID

     Releases the agent's call `callid`, current or held (AgentEvent_Call_Release). `200-025`
    ("no call can be droped") when the agent has no such call; some clients ignore it.
    Not idempotent.

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
            callid=callid,
            client=client,
        )
    ).parsed
