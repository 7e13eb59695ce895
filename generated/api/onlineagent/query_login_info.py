from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.login_info_response import LoginInfoResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onlineagent/{agentid}/logininfo".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoginInfoResponse | None:
    if response.status_code == 200:
        response_200 = LoginInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoginInfoResponse]:
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
) -> Response[LoginInfoResponse]:
    """Get the temporary token that registers the agent's softphone

     After sign-in, in the multi-account unified authentication scenario, the softphone
    registers with a temporary token instead of a password: `result.phonetoken`, for
    the softphone number `result.phonenum` the agent signed in with. The token is a
    credential: never log it. Prerequisite: the agent is signed in. Triggers no event.
    Asking again only fetches a token again (a POST without a body).

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginInfoResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> LoginInfoResponse | None:
    """Get the temporary token that registers the agent's softphone

     After sign-in, in the multi-account unified authentication scenario, the softphone
    registers with a temporary token instead of a password: `result.phonetoken`, for
    the softphone number `result.phonenum` the agent signed in with. The token is a
    credential: never log it. Prerequisite: the agent is signed in. Triggers no event.
    Asking again only fetches a token again (a POST without a body).

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginInfoResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> Response[LoginInfoResponse]:
    """Get the temporary token that registers the agent's softphone

     After sign-in, in the multi-account unified authentication scenario, the softphone
    registers with a temporary token instead of a password: `result.phonetoken`, for
    the softphone number `result.phonenum` the agent signed in with. The token is a
    credential: never log it. Prerequisite: the agent is signed in. Triggers no event.
    Asking again only fetches a token again (a POST without a body).

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginInfoResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
) -> LoginInfoResponse | None:
    """Get the temporary token that registers the agent's softphone

     After sign-in, in the multi-account unified authentication scenario, the softphone
    registers with a temporary token instead of a password: `result.phonetoken`, for
    the softphone number `result.phonenum` the agent signed in with. The token is a
    credential: never log it. Prerequisite: the agent is signed in. Triggers no event.
    Asking again only fetches a token again (a POST without a body).

    Args:
        agentid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginInfoResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
        )
    ).parsed
