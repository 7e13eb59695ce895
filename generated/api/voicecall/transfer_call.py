from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...models.transfer_request import TransferRequest
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: TransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voicecall/{agentid}/transfer".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
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
    body: TransferRequest,
) -> Response[DoneResponse]:
    """Transfer the current call

     Transfers the agent's current call to a skill queue, an agent, an IVR flow, a
    system access code or an external number (`devicetype`). The modes differ by
    target: see `InternalTransferMode` (devicetype 1-4) and `ExternalTransferMode`
    (devicetype 5). A release transfer hands the call over at once (AgentEvent_Call_Release);
    the others keep the agent in the call until the target answers. The outcome is
    reported by AgentEvent_TransOutResult `{result}` (0: success). A blind (release)
    transfer of an outbound call to an external number is not supported. `200-012`
    when the agent has no call. Not idempotent.

    Args:
        agentid (str):
        body (TransferRequest): Body of transfer. The allowed `mode` values depend on
            `devicetype`: the internal
            table for 1-4, the external table for 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
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
    client: AuthenticatedClient,
    body: TransferRequest,
) -> DoneResponse | None:
    """Transfer the current call

     Transfers the agent's current call to a skill queue, an agent, an IVR flow, a
    system access code or an external number (`devicetype`). The modes differ by
    target: see `InternalTransferMode` (devicetype 1-4) and `ExternalTransferMode`
    (devicetype 5). A release transfer hands the call over at once (AgentEvent_Call_Release);
    the others keep the agent in the call until the target answers. The outcome is
    reported by AgentEvent_TransOutResult `{result}` (0: success). A blind (release)
    transfer of an outbound call to an external number is not supported. `200-012`
    when the agent has no call. Not idempotent.

    Args:
        agentid (str):
        body (TransferRequest): Body of transfer. The allowed `mode` values depend on
            `devicetype`: the internal
            table for 1-4, the external table for 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    body: TransferRequest,
) -> Response[DoneResponse]:
    """Transfer the current call

     Transfers the agent's current call to a skill queue, an agent, an IVR flow, a
    system access code or an external number (`devicetype`). The modes differ by
    target: see `InternalTransferMode` (devicetype 1-4) and `ExternalTransferMode`
    (devicetype 5). A release transfer hands the call over at once (AgentEvent_Call_Release);
    the others keep the agent in the call until the target answers. The outcome is
    reported by AgentEvent_TransOutResult `{result}` (0: success). A blind (release)
    transfer of an outbound call to an external number is not supported. `200-012`
    when the agent has no call. Not idempotent.

    Args:
        agentid (str):
        body (TransferRequest): Body of transfer. The allowed `mode` values depend on
            `devicetype`: the internal
            table for 1-4, the external table for 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
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
    client: AuthenticatedClient,
    body: TransferRequest,
) -> DoneResponse | None:
    """Transfer the current call

     Transfers the agent's current call to a skill queue, an agent, an IVR flow, a
    system access code or an external number (`devicetype`). The modes differ by
    target: see `InternalTransferMode` (devicetype 1-4) and `ExternalTransferMode`
    (devicetype 5). A release transfer hands the call over at once (AgentEvent_Call_Release);
    the others keep the agent in the call until the target answers. The outcome is
    reported by AgentEvent_TransOutResult `{result}` (0: success). A blind (release)
    transfer of an outbound call to an external number is not supported. `200-012`
    when the agent has no call. Not idempotent.

    Args:
        agentid (str):
        body (TransferRequest): Body of transfer. The allowed `mode` values depend on
            `devicetype`: the internal
            table for 1-4, the external table for 5.

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
            body=body,
        )
    ).parsed
