from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response


def _get_kwargs(
    agentid: str,
    *,
    file_path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filePath"] = file_path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/textchat/{agentid}/mediafile".format(
            agentid=quote(str(agentid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File]:
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
    file_path: str,
) -> Response[File]:
    """Download a file of a text chat

     The bytes of the file stored at `filePath` (as a text chat message or an upload named
    it), as `application/octet-stream`. A refusal comes as the usual JSON envelope
    instead. Read-only.

    Args:
        agentid (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        file_path=file_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    file_path: str,
) -> File | None:
    """Download a file of a text chat

     The bytes of the file stored at `filePath` (as a text chat message or an upload named
    it), as `application/octet-stream`. A refusal comes as the usual JSON envelope
    instead. Read-only.

    Args:
        agentid (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        file_path=file_path,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    file_path: str,
) -> Response[File]:
    """Download a file of a text chat

     The bytes of the file stored at `filePath` (as a text chat message or an upload named
    it), as `application/octet-stream`. A refusal comes as the usual JSON envelope
    instead. Read-only.

    Args:
        agentid (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        file_path=file_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    file_path: str,
) -> File | None:
    """Download a file of a text chat

     The bytes of the file stored at `filePath` (as a text chat message or an upload named
    it), as `application/octet-stream`. A refusal comes as the usual JSON envelope
    instead. Read-only.

    Args:
        agentid (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            file_path=file_path,
        )
    ).parsed
