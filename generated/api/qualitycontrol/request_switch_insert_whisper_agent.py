from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.done_response import DoneResponse
from ...models.qc_switch_type import QcSwitchType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    whisperagentid: str | Unset = UNSET,
    switchtype: QcSwitchType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["whisperagentid"] = whisperagentid

    json_switchtype = switchtype.value
    params["switchtype"] = json_switchtype

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/qualitycontrol/{agentid}/requestswitchinsertwhisperagent".format(
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
    switchtype: QcSwitchType,
) -> Response[DoneResponse]:
    """Switch among whispering, listening and inserting

     Moves the inspector's monitoring of the agent `whisperagentid` to listening (0),
    inserting (1) or whispering (2) without dropping it. Prerequisite: the inspector
    whispers to, listens to or inserts into that agent. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):
        switchtype (QcSwitchType): The mode requestSwitchInsertWhisperAgent moves the inspector
            to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        whisperagentid=whisperagentid,
        switchtype=switchtype,
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
    switchtype: QcSwitchType,
) -> DoneResponse | None:
    """Switch among whispering, listening and inserting

     Moves the inspector's monitoring of the agent `whisperagentid` to listening (0),
    inserting (1) or whispering (2) without dropping it. Prerequisite: the inspector
    whispers to, listens to or inserts into that agent. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):
        switchtype (QcSwitchType): The mode requestSwitchInsertWhisperAgent moves the inspector
            to.

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
        switchtype=switchtype,
    ).parsed


async def asyncio_detailed(
    agentid: str,
    *,
    client: AuthenticatedClient,
    whisperagentid: str | Unset = UNSET,
    switchtype: QcSwitchType,
) -> Response[DoneResponse]:
    """Switch among whispering, listening and inserting

     Moves the inspector's monitoring of the agent `whisperagentid` to listening (0),
    inserting (1) or whispering (2) without dropping it. Prerequisite: the inspector
    whispers to, listens to or inserts into that agent. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):
        switchtype (QcSwitchType): The mode requestSwitchInsertWhisperAgent moves the inspector
            to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoneResponse]
    """

    kwargs = _get_kwargs(
        agentid=agentid,
        whisperagentid=whisperagentid,
        switchtype=switchtype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentid: str,
    *,
    client: AuthenticatedClient,
    whisperagentid: str | Unset = UNSET,
    switchtype: QcSwitchType,
) -> DoneResponse | None:
    """Switch among whispering, listening and inserting

     Moves the inspector's monitoring of the agent `whisperagentid` to listening (0),
    inserting (1) or whispering (2) without dropping it. Prerequisite: the inspector
    whispers to, listens to or inserts into that agent. Not idempotent.

    Args:
        agentid (str):
        whisperagentid (str | Unset):
        switchtype (QcSwitchType): The mode requestSwitchInsertWhisperAgent moves the inspector
            to.

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
            switchtype=switchtype,
        )
    ).parsed
