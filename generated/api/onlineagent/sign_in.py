from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sign_in_request import SignInRequest
from ...models.sign_in_response import SignInResponse
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: SignInRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/onlineagent/{agentid}".format(
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
    body: SignInRequest,
) -> Response[SignInResponse]:
    """Sign the agent in

     Signs the agent in with its password and softphone number and opens a session. The
    session secret comes back in the `Set-GUID` response header; every other operation
    needs it in the `Guid` header. Start polling events right away (`getAgentEvent`):
    an agent that neither polls nor sends heartbeats for 2 minutes is signed out.

    If the agent is already signed in the gateway answers `100-002`; a forced sign-in
    (`forceSignIn`) takes the session over. Do not sign in again before the previous
    call has answered (`100-021`), and not while a sign-out is pending. Push mode is
    chosen by giving both `callBackUri` and `serviceToken`; otherwise events are polled.
    The events depend on `status`: 3 gives AgentOther_InService, AgentState_Ready and
    AgentState_SetNotReady_Success; 4 gives InService and Ready; 5 gives InService,
    Ready and AgentState_Work. Since documentation issue 24 the agent can also sign in
    resting (`status` 8, for `time` seconds with the reason `restcause`), and a sign-in
    mode (`signInMode`) can be given. Not idempotent.

    Args:
        agentid (str):
        body (SignInRequest): Body of `signIn` and `forceSignIn`: the common sign-in fields, the
            state after
            signing in (`status`, with rest as 8), and the fields documentation issue 24 added
            (`signInMode`; `time` and `restcause` for signing in resting).

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
    body: SignInRequest,
) -> SignInResponse | None:
    """Sign the agent in

     Signs the agent in with its password and softphone number and opens a session. The
    session secret comes back in the `Set-GUID` response header; every other operation
    needs it in the `Guid` header. Start polling events right away (`getAgentEvent`):
    an agent that neither polls nor sends heartbeats for 2 minutes is signed out.

    If the agent is already signed in the gateway answers `100-002`; a forced sign-in
    (`forceSignIn`) takes the session over. Do not sign in again before the previous
    call has answered (`100-021`), and not while a sign-out is pending. Push mode is
    chosen by giving both `callBackUri` and `serviceToken`; otherwise events are polled.
    The events depend on `status`: 3 gives AgentOther_InService, AgentState_Ready and
    AgentState_SetNotReady_Success; 4 gives InService and Ready; 5 gives InService,
    Ready and AgentState_Work. Since documentation issue 24 the agent can also sign in
    resting (`status` 8, for `time` seconds with the reason `restcause`), and a sign-in
    mode (`signInMode`) can be given. Not idempotent.

    Args:
        agentid (str):
        body (SignInRequest): Body of `signIn` and `forceSignIn`: the common sign-in fields, the
            state after
            signing in (`status`, with rest as 8), and the fields documentation issue 24 added
            (`signInMode`; `time` and `restcause` for signing in resting).

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
    body: SignInRequest,
) -> Response[SignInResponse]:
    """Sign the agent in

     Signs the agent in with its password and softphone number and opens a session. The
    session secret comes back in the `Set-GUID` response header; every other operation
    needs it in the `Guid` header. Start polling events right away (`getAgentEvent`):
    an agent that neither polls nor sends heartbeats for 2 minutes is signed out.

    If the agent is already signed in the gateway answers `100-002`; a forced sign-in
    (`forceSignIn`) takes the session over. Do not sign in again before the previous
    call has answered (`100-021`), and not while a sign-out is pending. Push mode is
    chosen by giving both `callBackUri` and `serviceToken`; otherwise events are polled.
    The events depend on `status`: 3 gives AgentOther_InService, AgentState_Ready and
    AgentState_SetNotReady_Success; 4 gives InService and Ready; 5 gives InService,
    Ready and AgentState_Work. Since documentation issue 24 the agent can also sign in
    resting (`status` 8, for `time` seconds with the reason `restcause`), and a sign-in
    mode (`signInMode`) can be given. Not idempotent.

    Args:
        agentid (str):
        body (SignInRequest): Body of `signIn` and `forceSignIn`: the common sign-in fields, the
            state after
            signing in (`status`, with rest as 8), and the fields documentation issue 24 added
            (`signInMode`; `time` and `restcause` for signing in resting).

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
    body: SignInRequest,
) -> SignInResponse | None:
    """Sign the agent in

     Signs the agent in with its password and softphone number and opens a session. The
    session secret comes back in the `Set-GUID` response header; every other operation
    needs it in the `Guid` header. Start polling events right away (`getAgentEvent`):
    an agent that neither polls nor sends heartbeats for 2 minutes is signed out.

    If the agent is already signed in the gateway answers `100-002`; a forced sign-in
    (`forceSignIn`) takes the session over. Do not sign in again before the previous
    call has answered (`100-021`), and not while a sign-out is pending. Push mode is
    chosen by giving both `callBackUri` and `serviceToken`; otherwise events are polled.
    The events depend on `status`: 3 gives AgentOther_InService, AgentState_Ready and
    AgentState_SetNotReady_Success; 4 gives InService and Ready; 5 gives InService,
    Ready and AgentState_Work. Since documentation issue 24 the agent can also sign in
    resting (`status` 8, for `time` seconds with the reason `restcause`), and a sign-in
    mode (`signInMode`) can be given. Not idempotent.

    Args:
        agentid (str):
        body (SignInRequest): Body of `signIn` and `forceSignIn`: the common sign-in fields, the
            state after
            signing in (`status`, with rest as 8), and the fields documentation issue 24 added
            (`signInMode`; `time` and `restcause` for signing in resting).

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
