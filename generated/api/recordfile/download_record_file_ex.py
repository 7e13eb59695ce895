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
    call_id: str,
    hw_file_name: str | Unset = UNSET,
    work_no: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["callId"] = call_id

    params["hwFileName"] = hw_file_name

    params["workNo"] = work_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recordfile/{agentid}/recordfiledownloadEx".format(
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
    call_id: str,
    hw_file_name: str | Unset = UNSET,
    work_no: str | Unset = UNSET,
) -> Response[File]:
    """Download a call's recording (VoiceCyber recording mode)

     The recording of the call `callId` from a VoiceCyber recording server: its audio
    (dual-track) without `hwFileName`, or the video file `hwFileName` names. The bytes of
    the file, or the envelope (JSON, a non-zero `retcode`) with HTTP 200 when it cannot
    be served: check the `Content-Type` before storing the body. The file holds personal
    data. Prerequisites: downloads are enabled (`VIDEO_DOWNLOAD_FLAG`), the VoiceCyber
    recording mode is configured; the agent is signed in.

    Args:
        agentid (str):
        call_id (str):
        hw_file_name (str | Unset):
        work_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        call_id=call_id,
        hw_file_name=hw_file_name,
        work_no=work_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentid: str,
    *,
    client: AuthenticatedClient,
    call_id: str,
    hw_file_name: str | Unset = UNSET,
    work_no: str | Unset = UNSET,
) -> File | None:
    """Download a call's recording (VoiceCyber recording mode)

     The recording of the call `callId` from a VoiceCyber recording server: its audio
    (dual-track) without `hwFileName`, or the video file `hwFileName` names. The bytes of
    the file, or the envelope (JSON, a non-zero `retcode`) with HTTP 200 when it cannot
    be served: check the `Content-Type` before storing the body. The file holds personal
    data. Prerequisites: downloads are enabled (`VIDEO_DOWNLOAD_FLAG`), the VoiceCyber
    recording mode is configured; the agent is signed in.

    Args:
        agentid (str):
        call_id (str):
        hw_file_name (str | Unset):
        work_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        agentid=agentid,
        client=client,
        call_id=call_id,
        hw_file_name=hw_file_name,
        work_no=work_no,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    call_id: str,
    hw_file_name: str | Unset = UNSET,
    work_no: str | Unset = UNSET,
) -> Response[File]:
    """Download a call's recording (VoiceCyber recording mode)

     The recording of the call `callId` from a VoiceCyber recording server: its audio
    (dual-track) without `hwFileName`, or the video file `hwFileName` names. The bytes of
    the file, or the envelope (JSON, a non-zero `retcode`) with HTTP 200 when it cannot
    be served: check the `Content-Type` before storing the body. The file holds personal
    data. Prerequisites: downloads are enabled (`VIDEO_DOWNLOAD_FLAG`), the VoiceCyber
    recording mode is configured; the agent is signed in.

    Args:
        agentid (str):
        call_id (str):
        hw_file_name (str | Unset):
        work_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        call_id=call_id,
        hw_file_name=hw_file_name,
        work_no=work_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    call_id: str,
    hw_file_name: str | Unset = UNSET,
    work_no: str | Unset = UNSET,
) -> File | None:
    """Download a call's recording (VoiceCyber recording mode)

     The recording of the call `callId` from a VoiceCyber recording server: its audio
    (dual-track) without `hwFileName`, or the video file `hwFileName` names. The bytes of
    the file, or the envelope (JSON, a non-zero `retcode`) with HTTP 200 when it cannot
    be served: check the `Content-Type` before storing the body. The file holds personal
    data. Prerequisites: downloads are enabled (`VIDEO_DOWNLOAD_FLAG`), the VoiceCyber
    recording mode is configured; the agent is signed in.

    Args:
        agentid (str):
        call_id (str):
        hw_file_name (str | Unset):
        work_no (str | Unset):

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
            call_id=call_id,
            hw_file_name=hw_file_name,
            work_no=work_no,
        )
    ).parsed
