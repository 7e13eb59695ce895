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
    *,
    whisperagentid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["whisperagentid"] = whisperagentid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/qualitycontrol/{agentid}/requestwhisperagent".format(
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
    whisperagentid: str | Unset = UNSET,
) -> Response[DoneResponse]:
    """Whisper to an agent (coach without the customer hearing)

     The inspector hears the agent `whisperagentid` and its customer and speaks to the
    agent only: the customer does not hear the guidance. Prerequisites: the inspector is
    signed in and idle. End it with `requestStopWhisperAgent`; switch mode with
    `requestSwitchInsertWhisperAgent`. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        whisperagentid=whisperagentid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    whisperagentid: str | Unset = UNSET,
) -> DoneResponse | None:
    """Whisper to an agent (coach without the customer hearing)

     The inspector hears the agent `whisperagentid` and its customer and speaks to the
    agent only: the customer does not hear the guidance. Prerequisites: the inspector is
    signed in and idle. End it with `requestStopWhisperAgent`; switch mode with
    `requestSwitchInsertWhisperAgent`. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoneResponse
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        whisperagentid=whisperagentid,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    whisperagentid: str | Unset = UNSET,
) -> Response[DoneResponse]:
    """Whisper to an agent (coach without the customer hearing)

     The inspector hears the agent `whisperagentid` and its customer and speaks to the
    agent only: the customer does not hear the guidance. Prerequisites: the inspector is
    signed in and idle. End it with `requestStopWhisperAgent`; switch mode with
    `requestSwitchInsertWhisperAgent`. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        whisperagentid=whisperagentid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    whisperagentid: str | Unset = UNSET,
) -> DoneResponse | None:
    """Whisper to an agent (coach without the customer hearing)

     The inspector hears the agent `whisperagentid` and its customer and speaks to the
    agent only: the customer does not hear the guidance. Prerequisites: the inspector is
    signed in and idle. End it with `requestStopWhisperAgent`; switch mode with
    `requestSwitchInsertWhisperAgent`. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):

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
            whisperagentid=whisperagentid,
        )
    ).parsed
