"""Voice call control requests: the builders of the ``voicecall`` operations and the
readers of their outcome events, shared by the sync and async call handles (``_calls.py``).

Each builder checks its arguments against the spec's bounds and returns a
:class:`~cec_agentgateway._operations.PreparedCall`; nothing is sent here.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import (
    AgentGatewayError,
    OutcomeTimeoutError,
    RequestValidationError,
    ResponseDecodeError,
    SessionEndedError,
)
from ._events import Event
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result, unset_if_none
from ._validation import check_body, check_flag, check_parameter
from .generated import models
from .generated.types import UNSET

# Model names for type checkers; at run time they are read from `models` on first use.
if TYPE_CHECKING:
    from .generated.models import (
        CallIdResponse,
    )

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.voicecall import (
        answer_call,
        begin_mute,
        call_inner,
        call_out,
        cancel_preview_call_out,
        cancel_transfer,
        conf_join,
        connect_hold,
        disconnect_number,
        drop_call,
        end_mute,
        hold_call,
        inner_help,
        phone_hangup,
        phone_hangup_put,
        phone_pickup,
        phone_pickup_put,
        preview_call_out,
        release_call,
        retrieve_call,
        second_dial,
        snatch_pickup,
        transfer_call,
    )
else:
    answer_call = generated_api("voicecall.answer_call")
    begin_mute = generated_api("voicecall.begin_mute")
    call_inner = generated_api("voicecall.call_inner")
    call_out = generated_api("voicecall.call_out")
    cancel_preview_call_out = generated_api("voicecall.cancel_preview_call_out")
    cancel_transfer = generated_api("voicecall.cancel_transfer")
    conf_join = generated_api("voicecall.conf_join")
    connect_hold = generated_api("voicecall.connect_hold")
    disconnect_number = generated_api("voicecall.disconnect_number")
    drop_call = generated_api("voicecall.drop_call")
    end_mute = generated_api("voicecall.end_mute")
    hold_call = generated_api("voicecall.hold_call")
    inner_help = generated_api("voicecall.inner_help")
    phone_hangup = generated_api("voicecall.phone_hangup")
    phone_hangup_put = generated_api("voicecall.phone_hangup_put")
    phone_pickup = generated_api("voicecall.phone_pickup")
    phone_pickup_put = generated_api("voicecall.phone_pickup_put")
    preview_call_out = generated_api("voicecall.preview_call_out")
    release_call = generated_api("voicecall.release_call")
    retrieve_call = generated_api("voicecall.retrieve_call")
    second_dial = generated_api("voicecall.second_dial")
    snatch_pickup = generated_api("voicecall.snatch_pickup")
    transfer_call = generated_api("voicecall.transfer_call")

__all__ = ["CallFailedError", "TransferFailedError", "connection_outcome"]

CALL_OUT = Operation.from_spec("callOut", "CallIdResponse")
ANSWER_CALL = Operation.from_spec("answerCall", "DoneResponse")
RELEASE_CALL = Operation.from_spec("releaseCall", "DoneResponse")
HOLD_CALL = Operation.from_spec("holdCall", "DoneResponse")
RETRIEVE_CALL = Operation.from_spec("retrieveCall", "DoneResponse")
CALL_INNER = Operation.from_spec("callInner", "CallIdResponse")
INNER_HELP = Operation.from_spec("innerHelp", "CallIdResponse")
CONF_JOIN = Operation.from_spec("confJoin", "DoneResponse")
TRANSFER_CALL = Operation.from_spec("transferCall", "DoneResponse")
CANCEL_TRANSFER = Operation.from_spec("cancelTransfer", "DoneResponse")
BEGIN_MUTE = Operation.from_spec("beginMute", "DoneResponse")
END_MUTE = Operation.from_spec("endMute", "DoneResponse")
SECOND_DIAL = Operation.from_spec("secondDial", "DoneResponse")
CONNECT_HOLD = Operation.from_spec("connectHold", "DoneResponse")
DROP_CALL = Operation.from_spec("dropCall", "DoneResponse")
DISCONNECT_NUMBER = Operation.from_spec("disconnectNumber", "DoneResponse")
SNATCH_PICKUP = Operation.from_spec("snatchPickup", "DoneResponse")
PHONE_PICKUP = Operation.from_spec("phonePickup", "DoneResponse")
PHONE_PICKUP_PUT = Operation.from_spec("phonePickupPut", "DoneResponse")
PHONE_HANGUP = Operation.from_spec("phoneHangup", "DoneResponse")
PHONE_HANGUP_PUT = Operation.from_spec("phoneHangupPut", "DoneResponse")
PREVIEW_CALL_OUT = Operation.from_spec("previewCallOut", "CallIdResponse")
CANCEL_PREVIEW_CALL_OUT = Operation.from_spec("cancelPreviewCallOut", "DoneResponse")

#: How long ``connected()`` waits by default: the far end may ring for a while.
DEFAULT_CONNECT_TIMEOUT = 60.0

_FAILED = (
    models.EventType.AGENT_EVENT_CALL_OUT_FAIL,
    models.EventType.AGENT_EVENT_INSIDE_CALL_FAIL,
    models.EventType.AGENT_EVENT_CONSULT_FAIL,
)


class CallFailedError(AgentGatewayError):
    """A call could not be connected: ``event_type`` (e.g. AgentEvent_Call_Out_Fail) said so.

    ``call_id`` is the call that failed. A call released before it was connected raises it
    too, with ``event_type`` AgentEvent_Call_Release.
    """

    def __init__(self, call_id: str, event_type: str, *, agent_id: str | None = None) -> None:
        released = event_type == models.EventType.AGENT_EVENT_CALL_RELEASE
        what = "was released before it was connected" if released else "failed"
        super().__init__(
            f"call {call_id} {what} ({event_type})", operation="callout", agent_id=agent_id
        )
        self.call_id = call_id
        self.event_type = event_type


class TransferFailedError(AgentGatewayError):
    """A transfer did not succeed: AgentEvent_TransOutResult reported ``result`` (not 0)."""

    def __init__(self, result: object, *, agent_id: str | None = None) -> None:
        text = None if result is None else str(result)
        super().__init__(
            f"the transfer failed (result {text!r})", operation="transfer", agent_id=agent_id
        )
        #: The reported code as text (pages send a string, some gateways a number), or None.
        self.result = text


# ---------------------------------------------------------------------- builders


# Wire names -> the Python keywords of the public methods, so errors name what the caller
# wrote (``skill_id: ... (sent as skillid)``) and keep the wire name in ``.field``.
_CALL_OUT_KEYWORDS = {
    "skillid": "skill_id",
    "callappdata": "app_data",
    "mediaability": "media_ability",
    "callcontrolid": "call_control_id",
    "uuiData": "uui_data",
}
_CALL_INNER_KEYWORDS = {"skillid": "skill_id", "callappdata": "app_data"}
_INNER_HELP_KEYWORDS = {
    "dstaddress": "address",
    "devicetype": "device_type",
    "mode": "three_party",
    "callappdata": "app_data",
    "holdflag": "hold",
}
_CONF_JOIN_KEYWORDS = {"callid": "held_call_id", "callappdata": "app_data"}
_TRANSFER_KEYWORDS = {
    "devicetype": "device_type",
    "callappdata": "app_data",
    "mediaability": "media_ability",
}
_PREVIEW_KEYWORDS = {"callcontrolid": "control_id"}


def call_out_call(
    agent_id: str,
    called: str,
    *,
    caller: str | None = None,
    skill_id: int | None = None,
    app_data: str | None = None,
    media_ability: int | None = None,
    call_control_id: int | None = None,
    uui_data: str | None = None,
) -> PreparedCall[str]:
    """callout: checked against the spec's bounds; the result is the new call's ID.

    ``uui_data`` (user-to-user information, documentation issue 23) is sent only when given.
    """
    wire = {
        "called": called,
        "caller": caller,
        "skillid": skill_id,
        "callappdata": app_data,
        "mediaability": media_ability,
        "callcontrolid": call_control_id,
        "uuiData": uui_data,
    }
    check_body(
        "CallOutRequest",
        wire,
        operation=CALL_OUT.log_method,
        agent_id=agent_id,
        keywords=_CALL_OUT_KEYWORDS,
    )
    body = models.CallOutRequest(
        called=called,
        caller=unset_if_none(caller),
        skillid=unset_if_none(skill_id),
        callappdata=unset_if_none(app_data),
        mediaability=UNSET if media_ability is None else models.CallOutMediaAbility(media_ability),
        callcontrolid=unset_if_none(call_control_id),
        uui_data=unset_if_none(uui_data),
    )

    def finish(parsed: CallIdResponse, response: httpx.Response) -> str:
        if not isinstance(parsed.result, str) or not parsed.result:
            raise call.decode_error("result is not a call ID", response)
        return parsed.result

    call = PreparedCall(CALL_OUT, agent_id, call_out._get_kwargs(agent_id, body=body), finish)
    return call


def check_call_handle_id(agent_id: str, call_id: object) -> str:
    """The ID of a call handle, checked as every call ID is (the spec's ``CallId``): a handle
    of ``None`` would act on whichever call is current."""
    check_parameter(
        "dropCall.callid", call_id, operation="call_handle", agent_id=agent_id, keyword="call_id"
    )
    assert isinstance(call_id, str)
    return call_id


def _check_call_id(key: str, call_id: str, operation: Operation, agent_id: str) -> None:
    check_parameter(
        key, call_id, operation=operation.log_method, agent_id=agent_id, keyword="call_id"
    )


def answer_call_call(agent_id: str, call_id: str | None = None) -> PreparedCall[None]:
    if call_id is not None:
        _check_call_id("answerCall.callid", call_id, ANSWER_CALL, agent_id)
    request = answer_call._get_kwargs(agent_id, callid=unset_if_none(call_id))
    return PreparedCall(ANSWER_CALL, agent_id, request, no_result)


def release_call_call(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(RELEASE_CALL, agent_id, release_call._get_kwargs(agent_id), no_result)


def hold_call_call(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(HOLD_CALL, agent_id, hold_call._get_kwargs(agent_id), no_result)


def retrieve_call_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _check_call_id("retrieveCall.callid", call_id, RETRIEVE_CALL, agent_id)
    request = retrieve_call._get_kwargs(agent_id, callid=call_id)
    return PreparedCall(RETRIEVE_CALL, agent_id, request, no_result)


def _body(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


def _call_id_result(operation: Operation, agent_id: str) -> Any:
    """A ``finish`` reading ``result`` as the new call's ID."""

    def finish(parsed: CallIdResponse, response: httpx.Response) -> str:
        if not isinstance(parsed.result, str) or not parsed.result:
            raise ResponseDecodeError(
                "result is not a call ID",
                response=response,
                operation=operation.log_method,
                agent_id=agent_id,
            )
        return parsed.result

    return finish


def call_inner_call(
    agent_id: str,
    called: str,
    *,
    caller: str | None = None,
    skill_id: int | None = None,
    app_data: str | None = None,
) -> PreparedCall[str]:
    """callinner: a call to another agent; the result is the new call's ID."""
    wire = _body({"called": called, "caller": caller, "skillid": skill_id, "callappdata": app_data})
    check_body(
        "CallInnerRequest",
        wire,
        operation=CALL_INNER.log_method,
        agent_id=agent_id,
        keywords=_CALL_INNER_KEYWORDS,
    )
    request = call_inner._get_kwargs(agent_id, body=models.CallInnerRequest.from_dict(wire))
    return PreparedCall(CALL_INNER, agent_id, request, _call_id_result(CALL_INNER, agent_id))


def inner_help_call(
    agent_id: str,
    address: str,
    *,
    device_type: int | None = None,
    three_party: bool | None = None,
    hold: bool | None = None,
    app_data: str | None = None,
) -> PreparedCall[str]:
    """innerhelp: consult an agent (device type 2) or a skill queue (1)."""
    if three_party is not None:
        operation = INNER_HELP.log_method
        check_flag(
            "mode", three_party, operation=operation, agent_id=agent_id, argument="three_party"
        )
    mode = None if three_party is None else (2 if three_party else 1)
    wire = _body(
        {
            "dstaddress": address,
            "devicetype": device_type,
            "mode": mode,
            "callappdata": app_data,
            "holdflag": hold,
        }
    )
    check_body(
        "InnerHelpRequest",
        wire,
        operation=INNER_HELP.log_method,
        agent_id=agent_id,
        keywords=_INNER_HELP_KEYWORDS,
    )
    request = inner_help._get_kwargs(agent_id, body=models.InnerHelpRequest.from_dict(wire))
    return PreparedCall(INNER_HELP, agent_id, request, _call_id_result(INNER_HELP, agent_id))


def conf_join_call(
    agent_id: str, held_call_id: str, *, app_data: str | None = None
) -> PreparedCall[None]:
    """confjoin: join the held call ``held_call_id`` and the current call."""
    wire = _body({"callid": held_call_id, "callappdata": app_data})
    check_body(
        "ConfJoinRequest",
        wire,
        operation=CONF_JOIN.log_method,
        agent_id=agent_id,
        keywords=_CONF_JOIN_KEYWORDS,
    )
    request = conf_join._get_kwargs(agent_id, body=models.ConfJoinRequest.from_dict(wire))
    return PreparedCall(CONF_JOIN, agent_id, request, no_result)


def transfer_call_call(
    agent_id: str,
    device_type: int,
    address: str,
    mode: int,
    *,
    app_data: str | None = None,
    caller: str | None = None,
    media_ability: int | None = None,
) -> PreparedCall[None]:
    """transfer: the allowed modes depend on the target (the spec's two mode tables)."""
    wire = _body(
        {
            "devicetype": device_type,
            "address": address,
            "mode": mode,
            "callappdata": app_data,
            "caller": caller,
            "mediaability": media_ability,
        }
    )
    operation = TRANSFER_CALL.log_method
    check_body(
        "TransferRequest", wire, operation=operation, agent_id=agent_id, keywords=_TRANSFER_KEYWORDS
    )
    external = device_type == models.TransferDeviceType.EXTERNAL_NUMBER
    table = models.ExternalTransferMode if external else models.InternalTransferMode
    allowed = [member.value for member in table]
    if isinstance(mode, bool) or not isinstance(mode, int) or mode not in allowed:
        target = "an external number" if external else "a target inside the call centre"
        raise RequestValidationError(
            "mode",
            f"must be one of {allowed} for {target} ({table.__name__}), got {mode!r}",
            operation=operation,
            agent_id=agent_id,
        )
    request = transfer_call._get_kwargs(agent_id, body=models.TransferRequest.from_dict(wire))
    return PreparedCall(TRANSFER_CALL, agent_id, request, no_result)


def cancel_transfer_call(agent_id: str) -> PreparedCall[None]:
    request = cancel_transfer._get_kwargs(agent_id)
    return PreparedCall(CANCEL_TRANSFER, agent_id, request, no_result)


def mute_call(agent_id: str, on: bool) -> PreparedCall[None]:
    """beginmute / endmute."""
    if on:
        return PreparedCall(BEGIN_MUTE, agent_id, begin_mute._get_kwargs(agent_id), no_result)
    return PreparedCall(END_MUTE, agent_id, end_mute._get_kwargs(agent_id), no_result)


def second_dial_call(agent_id: str, digits: str) -> PreparedCall[None]:
    """seconddialex: DTMF digits (1-24 of 0-9, * and #), checked before sending."""
    check_parameter(
        "secondDial.number",
        digits,
        operation=SECOND_DIAL.log_method,
        agent_id=agent_id,
        keyword="digits",
    )
    request = second_dial._get_kwargs(agent_id, number=digits)
    return PreparedCall(SECOND_DIAL, agent_id, request, no_result)


def connect_hold_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _check_call_id("connectHold.callid", call_id, CONNECT_HOLD, agent_id)
    request = connect_hold._get_kwargs(agent_id, call_id)
    return PreparedCall(CONNECT_HOLD, agent_id, request, no_result)


def drop_call_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _check_call_id("dropCall.callid", call_id, DROP_CALL, agent_id)
    request = drop_call._get_kwargs(agent_id, call_id)
    return PreparedCall(DROP_CALL, agent_id, request, no_result)


def disconnect_call(agent_id: str, number: str) -> PreparedCall[None]:
    check_parameter(
        "disconnectNumber.number",
        number,
        operation=DISCONNECT_NUMBER.log_method,
        agent_id=agent_id,
        keyword="number",
    )
    request = disconnect_number._get_kwargs(agent_id, number)
    return PreparedCall(DISCONNECT_NUMBER, agent_id, request, no_result)


def snatch_pickup_call(agent_id: str, ringing_agent_id: str | int) -> PreparedCall[None]:
    """snatchpickup: take the call ringing at ``ringing_agent_id`` (sent as a number)."""
    value: Any = ringing_agent_id
    if isinstance(value, str) and value.isascii() and value.isdigit():  # not "١٥٣"
        value = int(value)
    check_parameter(
        "snatchPickup.destWorkNo",
        value,
        operation=SNATCH_PICKUP.log_method,
        agent_id=agent_id,
        keyword="ringing_agent_id",
    )
    request = snatch_pickup._get_kwargs(agent_id, dest_work_no=value)
    return PreparedCall(SNATCH_PICKUP, agent_id, request, no_result)


def phone_linkage_call(agent_id: str, pickup: bool, legacy_put: bool) -> PreparedCall[None]:
    """phonepickup / phonehangup, by POST (the page) or PUT (as vendor clients send it)."""
    check_flag("legacy_put", legacy_put, agent_id=agent_id)
    if pickup:
        module: Any = phone_pickup_put if legacy_put else phone_pickup
        operation = PHONE_PICKUP_PUT if legacy_put else PHONE_PICKUP
    else:
        module = phone_hangup_put if legacy_put else phone_hangup
        operation = PHONE_HANGUP_PUT if legacy_put else PHONE_HANGUP
    return PreparedCall(operation, agent_id, module._get_kwargs(agent_id), no_result)


def preview_call_out_call(agent_id: str, called: str, control_id: int) -> PreparedCall[str]:
    """previewcallout: dial ``called`` (one of the preview's ``dialeddigits``) of the preview
    ``control_id`` (its ``controlid``); the result is the new call's ID."""
    wire = {"called": called, "callcontrolid": control_id}
    operation = PREVIEW_CALL_OUT.log_method
    check_body(
        "PreviewCallOutRequest",
        wire,
        operation=operation,
        agent_id=agent_id,
        keywords=_PREVIEW_KEYWORDS,
    )
    request = preview_call_out._get_kwargs(
        agent_id, body=models.PreviewCallOutRequest.from_dict(wire)
    )
    finish = _call_id_result(PREVIEW_CALL_OUT, agent_id)
    return PreparedCall(PREVIEW_CALL_OUT, agent_id, request, finish)


def cancel_preview_call_out_call(agent_id: str, control_id: int) -> PreparedCall[None]:
    """cancelPreviewCallout: decline the preview ``control_id`` (documentation issue 27)."""
    wire = {"callcontrolid": control_id}
    operation = CANCEL_PREVIEW_CALL_OUT.log_method
    check_body(
        "CancelPreviewCallOutRequest",
        wire,
        operation=operation,
        agent_id=agent_id,
        keywords=_PREVIEW_KEYWORDS,
    )
    body = models.CancelPreviewCallOutRequest.from_dict(wire)
    request = cancel_preview_call_out._get_kwargs(agent_id, body=body)
    return PreparedCall(CANCEL_PREVIEW_CALL_OUT, agent_id, request, no_result)


def transfer_outcome(event: Event, agent_id: str | None) -> bool | None:
    """True when AgentEvent_TransOutResult reports success; raises when it reports failure."""
    if event.type != models.EventType.AGENT_EVENT_TRANS_OUT_RESULT:
        return None
    content = event.content
    result = (
        content.get("result") if isinstance(content, dict) else getattr(content, "result", None)
    )
    if result is not None and str(result) == "0":
        return True
    raise TransferFailedError(result, agent_id=agent_id)


def remembering(call: PreparedCall[str], into: list[str]) -> PreparedCall[str]:
    """The same call, also noting the call ID it returns (for ``_run_and_await``)."""

    def finish(parsed: Any, response: httpx.Response) -> str:
        call_id = call.finish(parsed, response)
        into.append(call_id)
        return call_id

    return dataclasses.replace(call, finish=finish)


# ---------------------------------------------------------------------- events


def connection_outcome(event: Event, call_id: str, agent_id: str | None) -> Event | None:
    """AgentEvent_Talking of ``call_id`` (returned), its failure (raised), or None."""
    if event.call_id != call_id:
        return None
    if event.type == models.EventType.AGENT_EVENT_TALKING:
        return event
    if event.type in _FAILED or event.type == models.EventType.AGENT_EVENT_CALL_RELEASE:
        raise CallFailedError(call_id, str(event.type.value), agent_id=agent_id)
    return None


def not_connected_in_time(call_id: str, timeout: float, agent_id: str) -> OutcomeTimeoutError:
    return OutcomeTimeoutError(
        f"call {call_id} was not connected within {timeout:g}s",
        operation=CALL_OUT.log_method,
        agent_id=agent_id,
    )


def ended_before_connected(call_id: str, agent_id: str) -> SessionEndedError:
    return SessionEndedError(
        f"the agent was signed out before call {call_id} was connected",
        operation=CALL_OUT.log_method,
        agent_id=agent_id,
    )
