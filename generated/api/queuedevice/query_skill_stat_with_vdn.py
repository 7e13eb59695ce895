from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_acd_stat_response import QueryAcdStatResponse
from ...models.query_skill_stat_request import QuerySkillStatRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agentid: str,
    *,
    body: QuerySkillStatRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/queuedevice/{agentid}/queryskillstat".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QueryAcdStatResponse | None:
    if response.status_code == 200:
        response_200 = QueryAcdStatResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QueryAcdStatResponse]:
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
    body: QuerySkillStatRequest | Unset = UNSET,
) -> Response[QueryAcdStatResponse]:
    """Query the statistics of the skill queues of the agent's VCC

     Statistics of the skill queues of the agent's VCC, in the shape of `queryAcdStat`:
    every queue of the VCC, or those listed in `skills`. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only
    (a POST only to carry the body).

    Args:
        agentid (str):
        body (QuerySkillStatRequest | Unset): Body of queryskillstat (assumed, see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryAcdStatResponse]
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
    body: QuerySkillStatRequest | Unset = UNSET,
) -> QueryAcdStatResponse | None:
    """Query the statistics of the skill queues of the agent's VCC

     Statistics of the skill queues of the agent's VCC, in the shape of `queryAcdStat`:
    every queue of the VCC, or those listed in `skills`. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only
    (a POST only to carry the body).

    Args:
        agentid (str):
        body (QuerySkillStatRequest | Unset): Body of queryskillstat (assumed, see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryAcdStatResponse
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
    body: QuerySkillStatRequest | Unset = UNSET,
) -> Response[QueryAcdStatResponse]:
    """Query the statistics of the skill queues of the agent's VCC

     Statistics of the skill queues of the agent's VCC, in the shape of `queryAcdStat`:
    every queue of the VCC, or those listed in `skills`. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only
    (a POST only to carry the body).

    Args:
        agentid (str):
        body (QuerySkillStatRequest | Unset): Body of queryskillstat (assumed, see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QueryAcdStatResponse]
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
    body: QuerySkillStatRequest | Unset = UNSET,
) -> QueryAcdStatResponse | None:
    """Query the statistics of the skill queues of the agent's VCC

     Statistics of the skill queues of the agent's VCC, in the shape of `queryAcdStat`:
    every queue of the VCC, or those listed in `skills`. Subject to the gateway's limit
    on queue queries. Prerequisite: the agent is signed in. Triggers no event. Read-only
    (a POST only to carry the body).

    Args:
        agentid (str):
        body (QuerySkillStatRequest | Unset): Body of queryskillstat (assumed, see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QueryAcdStatResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
