from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_call_app_data_response import QueryCallAppDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    is_encode_result: bool | Unset = UNSET,
    call_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["isEncodeResult"] = is_encode_result

    params["callId"] = call_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calldata/{agentid}/appdata".format(
            agentid=quote(str(agentid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryCallAppDataResponse | None:
    if response.status_code == 200:
        response_200 = QueryCallAppDataResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryCallAppDataResponse]:
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
    is_encode_result: bool | Unset = UNSET,
    call_id: str | Unset = UNSET,
) -> Response[QueryCallAppDataResponse]:
    """Query call-associated data

     Returns the application data attached to a call (for example by an IVR flow or by
    `setcalldataex`). With `isEncodeResult=true` the gateway Base64-encodes the data;
    Base64 is an encoding, not protection. Prerequisites: the agent is signed in and in a
    call. For multimedia sessions `callId` is mandatory. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_encode_result (bool | Unset):
        call_id (str | Unset): A call's ID as the platform issues it, e.g. `1455885056-1095`
            (seconds since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryCallAppDataResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        is_encode_result=is_encode_result,
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    is_encode_result: bool | Unset = UNSET,
    call_id: str | Unset = UNSET,
) -> QueryCallAppDataResponse | None:
    """Query call-associated data

     Returns the application data attached to a call (for example by an IVR flow or by
    `setcalldataex`). With `isEncodeResult=true` the gateway Base64-encodes the data;
    Base64 is an encoding, not protection. Prerequisites: the agent is signed in and in a
    call. For multimedia sessions `callId` is mandatory. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_encode_result (bool | Unset):
        call_id (str | Unset): A call's ID as the platform issues it, e.g. `1455885056-1095`
            (seconds since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryCallAppDataResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        is_encode_result=is_encode_result,
        call_id=call_id,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    is_encode_result: bool | Unset = UNSET,
    call_id: str | Unset = UNSET,
) -> Response[QueryCallAppDataResponse]:
    """Query call-associated data

     Returns the application data attached to a call (for example by an IVR flow or by
    `setcalldataex`). With `isEncodeResult=true` the gateway Base64-encodes the data;
    Base64 is an encoding, not protection. Prerequisites: the agent is signed in and in a
    call. For multimedia sessions `callId` is mandatory. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_encode_result (bool | Unset):
        call_id (str | Unset): A call's ID as the platform issues it, e.g. `1455885056-1095`
            (seconds since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryCallAppDataResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        is_encode_result=is_encode_result,
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    is_encode_result: bool | Unset = UNSET,
    call_id: str | Unset = UNSET,
) -> QueryCallAppDataResponse | None:
    """Query call-associated data

     Returns the application data attached to a call (for example by an IVR flow or by
    `setcalldataex`). With `isEncodeResult=true` the gateway Base64-encodes the data;
    Base64 is an encoding, not protection. Prerequisites: the agent is signed in and in a
    call. For multimedia sessions `callId` is mandatory. Triggers no event. Read-only.

    Args:
        agentid (str):
        is_encode_result (bool | Unset):
        call_id (str | Unset): A call's ID as the platform issues it, e.g. `1455885056-1095`
            (seconds since the
            epoch, a dash, a sequence number). ASCII letters, digits and `.`, `_`, `:`, `@`, `-`,
            starting with a letter or digit: never a path separator, a query or fragment mark,
            `%`, a control character, a dot segment (`.`, `..`) or digits of another script
            (checked before sending, as it becomes part of a URL).
             Example: 1455885056-1095.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryCallAppDataResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            is_encode_result=is_encode_result,
            call_id=call_id,
        )
    ).parsed
