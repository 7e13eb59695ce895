from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    record_id: str,
    location_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recordId"] = record_id

    params["locationId"] = location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recordfile/{agentid}/videofiledownloadEx".format(
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
    record_id: str,
    location_id: int | Unset = UNSET,
) -> Response[File]:
    """Download a video call's file

     The video file at the path `recordId` (on the file server mounted on the gateway).
    The file's bytes, or the envelope (JSON) on failure. The vendor advises against files
    over 200 MB. Prerequisites: video downloads and video events are enabled
    (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`), the file server is mounted and its
    directory configured; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        record_id=record_id,
        location_id=location_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    record_id: str,
    location_id: int | Unset = UNSET,
) -> File | None:
    """Download a video call's file

     The video file at the path `recordId` (on the file server mounted on the gateway).
    The file's bytes, or the envelope (JSON) on failure. The vendor advises against files
    over 200 MB. Prerequisites: video downloads and video events are enabled
    (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`), the file server is mounted and its
    directory configured; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        record_id=record_id,
        location_id=location_id,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    record_id: str,
    location_id: int | Unset = UNSET,
) -> Response[File]:
    """Download a video call's file

     The video file at the path `recordId` (on the file server mounted on the gateway).
    The file's bytes, or the envelope (JSON) on failure. The vendor advises against files
    over 200 MB. Prerequisites: video downloads and video events are enabled
    (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`), the file server is mounted and its
    directory configured; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        location_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        record_id=record_id,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    record_id: str,
    location_id: int | Unset = UNSET,
) -> File | None:
    """Download a video call's file

     The video file at the path `recordId` (on the file server mounted on the gateway).
    The file's bytes, or the envelope (JSON) on failure. The vendor advises against files
    over 200 MB. Prerequisites: video downloads and video events are enabled
    (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`), the file server is mounted and its
    directory configured; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        location_id (int | Unset):

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
            record_id=record_id,
            location_id=location_id,
        )
    ).parsed
