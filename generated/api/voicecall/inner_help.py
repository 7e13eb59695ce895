from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_id_response import CallIdResponse
from ...models.inner_help_request import InnerHelpRequest
from ...types import Response


def _get_kwargs(
    agentid: str,
    *,
    body: InnerHelpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voicecall/{agentid}/innerhelp".format(
            agentid=quote(str(agentid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=UTF-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallIdResponse | None:
    if response.status_code == 200:
        response_200 = CallIdResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallIdResponse]:
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
    body: InnerHelpRequest,
) -> Response[CallIdResponse]:
    """Consult a colleague or a skill queue (internal help)

     Asks an agent (`devicetype` 2, the default) or a skill queue (1) for help during a
    call. In a two-party consultation (`mode` 1) the customer is held (AgentEvent_Hold
    with the customer's call ID, unless `holdflag` is false) and the agent talks to the
    helper alone (AgentEvent_Talking, `feature` "51"); in a three-party consultation
    (`mode` 2) the helper joins the call (`feature` "52"). When the helper cannot be
    reached the agent gets AgentEvent_Consult_Fail. `result` is the consultation call's
    ID. Follow up with `confjoin` (three-party), `transfer`, or `release` and `gethold`.
    Not idempotent.

    Args:
        agentid (str):
        body (InnerHelpRequest): Body of innerhelp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallIdResponse]
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
    body: InnerHelpRequest,
) -> CallIdResponse | None:
    """Consult a colleague or a skill queue (internal help)

     Asks an agent (`devicetype` 2, the default) or a skill queue (1) for help during a
    call. In a two-party consultation (`mode` 1) the customer is held (AgentEvent_Hold
    with the customer's call ID, unless `holdflag` is false) and the agent talks to the
    helper alone (AgentEvent_Talking, `feature` "51"); in a three-party consultation
    (`mode` 2) the helper joins the call (`feature` "52"). When the helper cannot be
    reached the agent gets AgentEvent_Consult_Fail. `result` is the consultation call's
    ID. Follow up with `confjoin` (three-party), `transfer`, or `release` and `gethold`.
    Not idempotent.

    Args:
        agentid (str):
        body (InnerHelpRequest): Body of innerhelp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallIdResponse
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
    body: InnerHelpRequest,
) -> Response[CallIdResponse]:
    """Consult a colleague or a skill queue (internal help)

     Asks an agent (`devicetype` 2, the default) or a skill queue (1) for help during a
    call. In a two-party consultation (`mode` 1) the customer is held (AgentEvent_Hold
    with the customer's call ID, unless `holdflag` is false) and the agent talks to the
    helper alone (AgentEvent_Talking, `feature` "51"); in a three-party consultation
    (`mode` 2) the helper joins the call (`feature` "52"). When the helper cannot be
    reached the agent gets AgentEvent_Consult_Fail. `result` is the consultation call's
    ID. Follow up with `confjoin` (three-party), `transfer`, or `release` and `gethold`.
    Not idempotent.

    Args:
        agentid (str):
        body (InnerHelpRequest): Body of innerhelp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallIdResponse]
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
    body: InnerHelpRequest,
) -> CallIdResponse | None:
    """Consult a colleague or a skill queue (internal help)

     Asks an agent (`devicetype` 2, the default) or a skill queue (1) for help during a
    call. In a two-party consultation (`mode` 1) the customer is held (AgentEvent_Hold
    with the customer's call ID, unless `holdflag` is false) and the agent talks to the
    helper alone (AgentEvent_Talking, `feature` "51"); in a three-party consultation
    (`mode` 2) the helper joins the call (`feature` "52"). When the helper cannot be
    reached the agent gets AgentEvent_Consult_Fail. `result` is the consultation call's
    ID. Follow up with `confjoin` (three-party), `transfer`, or `release` and `gethold`.
    Not idempotent.

    Args:
        agentid (str):
        body (InnerHelpRequest): Body of innerhelp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallIdResponse
    """

    return (
        await asyncio_detailed(
            agentid=agentid,
            client=client,
            body=body,
        )
    ).parsed
