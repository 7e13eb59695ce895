from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.video_file_type import VideoFileType
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    conference_id: str,
    record_id: str | Unset = UNSET,
    file_type: VideoFileType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["conferenceId"] = conference_id

    params["recordId"] = record_id

    json_file_type = file_type.value
    params["fileType"] = json_file_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recordfile/{agentid}/videofiledownload".format(
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
    conference_id: str,
    record_id: str | Unset = UNSET,
    file_type: VideoFileType,
) -> Response[File]:
    """Download a video call's file (MCU recording mode, deprecated)

     A video file of the video conference `conferenceId` recorded by an MCU (CloudVC):
    `recordId` chooses the recording (left out: the first), `fileType` the stream. The
    file's bytes (`application/octet-stream`), or the envelope (JSON) on failure. The
    vendor advises against files over 200 MB, and marks the interface discarded: current
    AICC releases no longer connect to CloudVC. Prerequisites: video downloads and video
    events are enabled (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`); the agent is signed in.

    Args:
        agentid (str):
        conference_id (str):
        record_id (str | Unset):
        file_type (VideoFileType): Which stream videofiledownload downloads. Sent as a digit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        conference_id=conference_id,
        record_id=record_id,
        file_type=file_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    conference_id: str,
    record_id: str | Unset = UNSET,
    file_type: VideoFileType,
) -> File | None:
    """Download a video call's file (MCU recording mode, deprecated)

     A video file of the video conference `conferenceId` recorded by an MCU (CloudVC):
    `recordId` chooses the recording (left out: the first), `fileType` the stream. The
    file's bytes (`application/octet-stream`), or the envelope (JSON) on failure. The
    vendor advises against files over 200 MB, and marks the interface discarded: current
    AICC releases no longer connect to CloudVC. Prerequisites: video downloads and video
    events are enabled (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`); the agent is signed in.

    Args:
        agentid (str):
        conference_id (str):
        record_id (str | Unset):
        file_type (VideoFileType): Which stream videofiledownload downloads. Sent as a digit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        conference_id=conference_id,
        record_id=record_id,
        file_type=file_type,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    conference_id: str,
    record_id: str | Unset = UNSET,
    file_type: VideoFileType,
) -> Response[File]:
    """Download a video call's file (MCU recording mode, deprecated)

     A video file of the video conference `conferenceId` recorded by an MCU (CloudVC):
    `recordId` chooses the recording (left out: the first), `fileType` the stream. The
    file's bytes (`application/octet-stream`), or the envelope (JSON) on failure. The
    vendor advises against files over 200 MB, and marks the interface discarded: current
    AICC releases no longer connect to CloudVC. Prerequisites: video downloads and video
    events are enabled (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`); the agent is signed in.

    Args:
        agentid (str):
        conference_id (str):
        record_id (str | Unset):
        file_type (VideoFileType): Which stream videofiledownload downloads. Sent as a digit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        conference_id=conference_id,
        record_id=record_id,
        file_type=file_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    conference_id: str,
    record_id: str | Unset = UNSET,
    file_type: VideoFileType,
) -> File | None:
    """Download a video call's file (MCU recording mode, deprecated)

     A video file of the video conference `conferenceId` recorded by an MCU (CloudVC):
    `recordId` chooses the recording (left out: the first), `fileType` the stream. The
    file's bytes (`application/octet-stream`), or the envelope (JSON) on failure. The
    vendor advises against files over 200 MB, and marks the interface discarded: current
    AICC releases no longer connect to CloudVC. Prerequisites: video downloads and video
    events are enabled (`VIDEO_DOWNLOAD_FLAG`, `IF_SUPPORT_VIDEO`); the agent is signed in.

    Args:
        agentid (str):
        conference_id (str):
        record_id (str | Unset):
        file_type (VideoFileType): Which stream videofiledownload downloads. Sent as a digit.

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
            conference_id=conference_id,
            record_id=record_id,
            file_type=file_type,
        )
    ).parsed
