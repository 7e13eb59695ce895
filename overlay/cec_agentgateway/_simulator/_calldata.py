"""Call data in the simulated gateway: setcalldataex and the call queries by ID.

The data set with setcalldataex is what ``appdata`` (queryCallAppData) returns afterwards.
With ``isDataEncoded`` the gateway receives Base64 and keeps the decoded content; the 16 KB
limit applies to that content.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..generated.models import Retcode
from ..generated.spec_extensions import REQUEST_CONSTRAINTS
from ._calls import held_call
from ._operations import Context, Handler, _json_object, _ok, _session, _validated
from ._payloads import call_info
from ._wire import Refusal, SimResponse, json_response

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["CALLDATA_HANDLERS"]

_MAX_BYTES: int = REQUEST_CONSTRAINTS["SetCallDataRequest"]["properties"]["calldata"]["x-max-bytes"]


def set_call_app_data_ex(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    data = raw.pop("calldata", None)
    body = _validated("SetCallDataRequest", raw, context, Retcode.INVALID_PARAMETER)
    if data is not None and not isinstance(data, str):
        raise Refusal(Retcode.INVALID_PARAMETER, "calldata must be a string")
    content = (data or "").encode("utf-8")
    if body.get("isDataEncoded") and data:
        try:
            content = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise Refusal(Retcode.INVALID_PARAMETER, "calldata is not valid Base64") from None
    if len(content) > _MAX_BYTES:
        raise Refusal(Retcode.INVALID_PARAMETER, f"calldata is over {_MAX_BYTES} bytes")
    call_id = body.get("callid")
    call = agent.call if call_id is None else None
    if call_id is not None:
        current = agent.call
        call = current if current is not None and current.call_id == call_id else None
        call = call or held_call(agent, call_id)
    if call is None:
        raise Refusal(Retcode.SET_CALL_DATA_NO_CALL, "the agent has no such call")
    call.app_data = content.decode("utf-8", "replace")
    call.app_bytes = content  # what a Base64 appdata query gives back, byte for byte
    return json_response(_ok({}, "success"))


def query_call_info_by_call_id(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    call_id = context.params.get("callid", "")
    call = agent.calls.get(call_id)
    if call is None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no call {call_id!r}")
    return json_response(_ok([call_info(call, agent, sim._now_ms())]))


def query_call_info_before_answer(sim: GatewaySimulator, context: Context) -> SimResponse:
    """callinfobeforeanswer[/{callId}]: the information of the call ringing at the agent."""
    agent, _ = _session(sim, context)
    call = agent.call
    call_id = context.params.get("callId")
    if call is None or not call.ringing or (call_id is not None and call_id != call.call_id):
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "no such call is ringing at the agent")
    return json_response(_ok([call_info(call, agent, sim._now_ms())]))


def query_hold_list(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    if not agent.held_calls:
        raise Refusal(Retcode.HOLD_LIST_NO_HELD_CALL, "the agent holds no call")
    now_ms = sim._now_ms()
    return json_response(_ok([call_info(call, agent, now_ms) for call in agent.held_calls]))


def query_all_call_id(sim: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(sim, context)
    calls = ([] if agent.call is None else [agent.call]) + agent.held_calls
    return json_response(_ok([call.call_id for call in calls]))


CALLDATA_HANDLERS: Mapping[str, Handler] = {
    "setCallAppDataEx": set_call_app_data_ex,
    "queryCallInfoByCallId": query_call_info_by_call_id,
    "queryHoldList": query_hold_list,
    "queryAllCallId": query_all_call_id,
    "queryCallInfoBeforeAnswer": query_call_info_before_answer,
    "queryCallInfoBeforeAnswerAnyCall": query_call_info_before_answer,
}
