from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sign_in_platform_only_request import SignInPlatformOnlyRequest
from ...models.sign_in_response import SignInResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: SignInPlatformOnlyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/onlineagent/{agentid}/loginex".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SignInResponse | None:
    if response.status_code == 200:
        response_200 = SignInResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SignInResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPlatformOnlyRequest,
) -> Response[SignInResponse]:
    """Sign the agent in to the call platform only

     Signs the agent in to the voice platform (CCS) only, without the media servers and
    without using a license. The password may be empty and the phone number is
    optional. Same result and `Set-GUID` header as `signIn`. Not idempotent.

    Args:
        agentid (str):
        body (SignInPlatformOnlyRequest): Body of `signInPlatformOnly`; the password may be empty
            and the phone number is
            optional. The issue-24 additions of `signIn` (rest as `status` 8, `signInMode`,
            `time`, `restcause`) are not documented for this interface.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SignInResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPlatformOnlyRequest,
) -> SignInResponse | None:
    """Sign the agent in to the call platform only

     Signs the agent in to the voice platform (CCS) only, without the media servers and
    without using a license. The password may be empty and the phone number is
    optional. Same result and `Set-GUID` header as `signIn`. Not idempotent.

    Args:
        agentid (str):
        body (SignInPlatformOnlyRequest): Body of `signInPlatformOnly`; the password may be empty
            and the phone number is
            optional. The issue-24 additions of `signIn` (rest as `status` 8, `signInMode`,
            `time`, `restcause`) are not documented for this interface.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SignInResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPlatformOnlyRequest,
) -> Response[SignInResponse]:
    """Sign the agent in to the call platform only

     Signs the agent in to the voice platform (CCS) only, without the media servers and
    without using a license. The password may be empty and the phone number is
    optional. Same result and `Set-GUID` header as `signIn`. Not idempotent.

    Args:
        agentid (str):
        body (SignInPlatformOnlyRequest): Body of `signInPlatformOnly`; the password may be empty
            and the phone number is
            optional. The issue-24 additions of `signIn` (rest as `status` 8, `signInMode`,
            `time`, `restcause`) are not documented for this interface.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SignInResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPlatformOnlyRequest,
) -> SignInResponse | None:
    """Sign the agent in to the call platform only

     Signs the agent in to the voice platform (CCS) only, without the media servers and
    without using a license. The password may be empty and the phone number is
    optional. Same result and `Set-GUID` header as `signIn`. Not idempotent.

    Args:
        agentid (str):
        body (SignInPlatformOnlyRequest): Body of `signInPlatformOnly`; the password may be empty
            and the phone number is
            optional. The issue-24 additions of `signIn` (rest as `status` 8, `signInMode`,
            `time`, `restcause`) are not documented for this interface.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SignInResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
