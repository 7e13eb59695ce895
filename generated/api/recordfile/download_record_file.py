from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_file_type import RecordFileType
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    record_id: str,
    filetype: RecordFileType | Unset = UNSET,
    location_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recordId"] = record_id

    json_filetype: str | Unset = UNSET
    if not isinstance(filetype, Unset):
        json_filetype = filetype.value

    params["filetype"] = json_filetype

    params["locationId"] = location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recordfile/{agentid}".format(
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
    filetype: RecordFileType | Unset = UNSET,
    location_id: str | Unset = UNSET,
) -> Response[File]:
    """Download a recording

     The recording file named by `recordId` (the `fileName` of `AgentMediaEvent_Record`,
    e.g. `y:/1/0/20181217/120/1524488.V3`), as the raw bytes of the file. The gateway
    answers the envelope (JSON, a non-zero `retcode`) instead of the file when it cannot
    serve it, with HTTP 200 as for every business error: check the `Content-Type`
    before storing the body as audio.

    The vendor advises against downloading files over 30 MB this way. The audio is
    G.711 A-law in the SaaS and OP integration deployments. The file holds personal
    data. Prerequisites: the file server is mounted on the gateway and downloads are
    enabled; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        filetype (RecordFileType | Unset): What kind of recording file recordfile downloads. Sent
            as a digit.
        location_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        record_id=record_id,
        filetype=filetype,
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
    filetype: RecordFileType | Unset = UNSET,
    location_id: str | Unset = UNSET,
) -> File | None:
    """Download a recording

     The recording file named by `recordId` (the `fileName` of `AgentMediaEvent_Record`,
    e.g. `y:/1/0/20181217/120/1524488.V3`), as the raw bytes of the file. The gateway
    answers the envelope (JSON, a non-zero `retcode`) instead of the file when it cannot
    serve it, with HTTP 200 as for every business error: check the `Content-Type`
    before storing the body as audio.

    The vendor advises against downloading files over 30 MB this way. The audio is
    G.711 A-law in the SaaS and OP integration deployments. The file holds personal
    data. Prerequisites: the file server is mounted on the gateway and downloads are
    enabled; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        filetype (RecordFileType | Unset): What kind of recording file recordfile downloads. Sent
            as a digit.
        location_id (str | Unset):

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
        filetype=filetype,
        location_id=location_id,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    record_id: str,
    filetype: RecordFileType | Unset = UNSET,
    location_id: str | Unset = UNSET,
) -> Response[File]:
    """Download a recording

     The recording file named by `recordId` (the `fileName` of `AgentMediaEvent_Record`,
    e.g. `y:/1/0/20181217/120/1524488.V3`), as the raw bytes of the file. The gateway
    answers the envelope (JSON, a non-zero `retcode`) instead of the file when it cannot
    serve it, with HTTP 200 as for every business error: check the `Content-Type`
    before storing the body as audio.

    The vendor advises against downloading files over 30 MB this way. The audio is
    G.711 A-law in the SaaS and OP integration deployments. The file holds personal
    data. Prerequisites: the file server is mounted on the gateway and downloads are
    enabled; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        filetype (RecordFileType | Unset): What kind of recording file recordfile downloads. Sent
            as a digit.
        location_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        record_id=record_id,
        filetype=filetype,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    record_id: str,
    filetype: RecordFileType | Unset = UNSET,
    location_id: str | Unset = UNSET,
) -> File | None:
    """Download a recording

     The recording file named by `recordId` (the `fileName` of `AgentMediaEvent_Record`,
    e.g. `y:/1/0/20181217/120/1524488.V3`), as the raw bytes of the file. The gateway
    answers the envelope (JSON, a non-zero `retcode`) instead of the file when it cannot
    serve it, with HTTP 200 as for every business error: check the `Content-Type`
    before storing the body as audio.

    The vendor advises against downloading files over 30 MB this way. The audio is
    G.711 A-law in the SaaS and OP integration deployments. The file holds personal
    data. Prerequisites: the file server is mounted on the gateway and downloads are
    enabled; the agent is signed in.

    Args:
        agentid (str):
        record_id (str):
        filetype (RecordFileType | Unset): What kind of recording file recordfile downloads. Sent
            as a digit.
        location_id (str | Unset):

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
            filetype=filetype,
            location_id=location_id,
        )
    ).parsed
