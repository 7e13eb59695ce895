"""Voice call control (``voicecall``): the agent's own calls, flat and through a call handle.

Flat methods on the agent handle (``agent.call_out("70004")``, ``agent.answer()``,
``agent.hold()``, ``agent.retrieve(call_id)``, ``agent.release()``) each send one request.
A call out returns a :class:`Call` handle: it listens to the agent's events from before the
request was sent, so ``call.connected()`` sees AgentEvent_Talking even when it arrived in the
same instant, and raises :class:`CallFailedError` on AgentEvent_Call_Out_Fail.

None of these operations is retried once sent (the spec marks them ``x-idempotent: false``):
a resent hold or release would act on the wrong call.
"""

from __future__ import annotations

import dataclasses
import time
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
from ._family import AsyncFamily, SyncFamily
from ._operations import Operation, PreparedCall
from ._validation import check_body, check_parameter
from .generated.api.voicecall import (
    answer_call,
    begin_mute,
    call_inner,
    call_out,
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
    release_call,
    retrieve_call,
    second_dial,
    snatch_pickup,
    transfer_call,
)
from .generated.models import (
    CallIdResponse,
    CallInnerRequest,
    CallOutMediaAbility,
    CallOutRequest,
    ConfJoinRequest,
    DoneResponse,
    ExternalTransferMode,
    InnerHelpRequest,
    InternalTransferMode,
    RawEventContent,
    TransferDeviceType,
    TransferRequest,
)
from .generated.types import UNSET

if TYPE_CHECKING:
    from ._events import AsyncEventStream, EventStream

__all__ = [
    "AsyncCall",
    "AsyncCallControl",
    "Call",
    "CallControl",
    "CallFailedError",
    "TransferFailedError",
]

CALL_OUT = Operation.from_spec("callOut", CallIdResponse)
ANSWER_CALL = Operation.from_spec("answerCall", DoneResponse)
RELEASE_CALL = Operation.from_spec("releaseCall", DoneResponse)
HOLD_CALL = Operation.from_spec("holdCall", DoneResponse)
RETRIEVE_CALL = Operation.from_spec("retrieveCall", DoneResponse)
CALL_INNER = Operation.from_spec("callInner", CallIdResponse)
INNER_HELP = Operation.from_spec("innerHelp", CallIdResponse)
CONF_JOIN = Operation.from_spec("confJoin", DoneResponse)
TRANSFER_CALL = Operation.from_spec("transferCall", DoneResponse)
CANCEL_TRANSFER = Operation.from_spec("cancelTransfer", DoneResponse)
BEGIN_MUTE = Operation.from_spec("beginMute", DoneResponse)
END_MUTE = Operation.from_spec("endMute", DoneResponse)
SECOND_DIAL = Operation.from_spec("secondDial", DoneResponse)
CONNECT_HOLD = Operation.from_spec("connectHold", DoneResponse)
DROP_CALL = Operation.from_spec("dropCall", DoneResponse)
DISCONNECT_NUMBER = Operation.from_spec("disconnectNumber", DoneResponse)
SNATCH_PICKUP = Operation.from_spec("snatchPickup", DoneResponse)
PHONE_PICKUP = Operation.from_spec("phonePickup", DoneResponse)
PHONE_PICKUP_PUT = Operation.from_spec("phonePickupPut", DoneResponse)
PHONE_HANGUP = Operation.from_spec("phoneHangup", DoneResponse)
PHONE_HANGUP_PUT = Operation.from_spec("phoneHangupPut", DoneResponse)

#: How long ``connected()`` waits by default: the far end may ring for a while.
DEFAULT_CONNECT_TIMEOUT = 60.0

_TALKING = "AgentEvent_Talking"
_FAILED = ("AgentEvent_Call_Out_Fail", "AgentEvent_Inside_Call_Fail", "AgentEvent_Consult_Fail")
_TRANSFER_RESULT = "AgentEvent_TransOutResult"
_RELEASED = "AgentEvent_Call_Release"


class CallFailedError(AgentGatewayError):
    """A call could not be connected: ``event_type`` (e.g. AgentEvent_Call_Out_Fail) said so.

    ``call_id`` is the call that failed. A call released before it was connected raises it
    too, with ``event_type`` AgentEvent_Call_Release.
    """

    def __init__(self, call_id: str, event_type: str, *, agent_id: str | None = None) -> None:
        what = "was released before it was connected" if event_type == _RELEASED else "failed"
        super().__init__(
            f"call {call_id} {what} ({event_type})", operation="callout", agent_id=agent_id
        )
        self.call_id = call_id
        self.event_type = event_type


class TransferFailedError(AgentGatewayError):
    """A transfer did not succeed: AgentEvent_TransOutResult reported ``result`` (not 0)."""

    def __init__(self, result: object, *, agent_id: str | None = None) -> None:
        super().__init__(
            f"the transfer failed (result {result!r})", operation="transfer", agent_id=agent_id
        )
        self.result = result


# ---------------------------------------------------------------------- builders


def _nothing(parsed: Any, response: httpx.Response) -> None:
    return None


def _unset(value: Any) -> Any:
    return UNSET if value is None else value


def call_out_call(
    agent_id: str,
    called: str,
    *,
    caller: str | None = None,
    skill_id: int | None = None,
    app_data: str | None = None,
    media_ability: int | None = None,
    call_control_id: int | None = None,
) -> PreparedCall[str]:
    """callout: checked against the spec's bounds; the result is the new call's ID."""
    wire = {
        "called": called,
        "caller": caller,
        "skillid": skill_id,
        "callappdata": app_data,
        "mediaability": media_ability,
        "callcontrolid": call_control_id,
    }
    check_body("CallOutRequest", wire, operation=CALL_OUT.log_method, agent_id=agent_id)
    body = CallOutRequest(
        called=called,
        caller=_unset(caller),
        skillid=_unset(skill_id),
        callappdata=_unset(app_data),
        mediaability=UNSET if media_ability is None else CallOutMediaAbility(media_ability),
        callcontrolid=_unset(call_control_id),
    )

    def finish(parsed: CallIdResponse, response: httpx.Response) -> str:
        if not isinstance(parsed.result, str) or not parsed.result:
            raise call.decode_error("result is not a call ID", response)
        return parsed.result

    call = PreparedCall(CALL_OUT, agent_id, call_out._get_kwargs(agent_id, body=body), finish)
    return call


def _check_call_id(key: str, call_id: str, operation: Operation, agent_id: str) -> None:
    check_parameter(key, call_id, operation=operation.log_method, agent_id=agent_id)


def answer_call_call(agent_id: str, call_id: str | None = None) -> PreparedCall[None]:
    if call_id is not None:
        _check_call_id("answerCall.callid", call_id, ANSWER_CALL, agent_id)
    request = answer_call._get_kwargs(agent_id, callid=_unset(call_id))
    return PreparedCall(ANSWER_CALL, agent_id, request, _nothing)


def release_call_call(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(RELEASE_CALL, agent_id, release_call._get_kwargs(agent_id), _nothing)


def hold_call_call(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(HOLD_CALL, agent_id, hold_call._get_kwargs(agent_id), _nothing)


def retrieve_call_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _check_call_id("retrieveCall.callid", call_id, RETRIEVE_CALL, agent_id)
    request = retrieve_call._get_kwargs(agent_id, callid=call_id)
    return PreparedCall(RETRIEVE_CALL, agent_id, request, _nothing)


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
    check_body("CallInnerRequest", wire, operation=CALL_INNER.log_method, agent_id=agent_id)
    request = call_inner._get_kwargs(agent_id, body=CallInnerRequest.from_dict(wire))
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
    check_body("InnerHelpRequest", wire, operation=INNER_HELP.log_method, agent_id=agent_id)
    request = inner_help._get_kwargs(agent_id, body=InnerHelpRequest.from_dict(wire))
    return PreparedCall(INNER_HELP, agent_id, request, _call_id_result(INNER_HELP, agent_id))


def conf_join_call(
    agent_id: str, held_call_id: str, *, app_data: str | None = None
) -> PreparedCall[None]:
    """confjoin: join the held call ``held_call_id`` and the current call."""
    wire = _body({"callid": held_call_id, "callappdata": app_data})
    check_body("ConfJoinRequest", wire, operation=CONF_JOIN.log_method, agent_id=agent_id)
    request = conf_join._get_kwargs(agent_id, body=ConfJoinRequest.from_dict(wire))
    return PreparedCall(CONF_JOIN, agent_id, request, _nothing)


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
    check_body("TransferRequest", wire, operation=operation, agent_id=agent_id)
    external = device_type == TransferDeviceType.EXTERNAL_NUMBER
    table = ExternalTransferMode if external else InternalTransferMode
    allowed = [member.value for member in table]
    if isinstance(mode, bool) or not isinstance(mode, int) or mode not in allowed:
        target = "an external number" if external else "a target inside the call centre"
        raise RequestValidationError(
            "mode",
            f"must be one of {allowed} for {target} ({table.__name__}), got {mode!r}",
            operation=operation,
            agent_id=agent_id,
        )
    request = transfer_call._get_kwargs(agent_id, body=TransferRequest.from_dict(wire))
    return PreparedCall(TRANSFER_CALL, agent_id, request, _nothing)


def cancel_transfer_call(agent_id: str) -> PreparedCall[None]:
    request = cancel_transfer._get_kwargs(agent_id)
    return PreparedCall(CANCEL_TRANSFER, agent_id, request, _nothing)


def mute_call(agent_id: str, on: bool) -> PreparedCall[None]:
    """beginmute / endmute."""
    if on:
        return PreparedCall(BEGIN_MUTE, agent_id, begin_mute._get_kwargs(agent_id), _nothing)
    return PreparedCall(END_MUTE, agent_id, end_mute._get_kwargs(agent_id), _nothing)


def second_dial_call(agent_id: str, digits: str) -> PreparedCall[None]:
    """seconddialex: DTMF digits (1-24 of 0-9, * and #), checked before sending."""
    check_parameter(
        "secondDial.number", digits, operation=SECOND_DIAL.log_method, agent_id=agent_id
    )
    request = second_dial._get_kwargs(agent_id, number=digits)
    return PreparedCall(SECOND_DIAL, agent_id, request, _nothing)


def connect_hold_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _check_call_id("connectHold.callid", call_id, CONNECT_HOLD, agent_id)
    request = connect_hold._get_kwargs(agent_id, call_id)
    return PreparedCall(CONNECT_HOLD, agent_id, request, _nothing)


def drop_call_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    _check_call_id("dropCall.callid", call_id, DROP_CALL, agent_id)
    request = drop_call._get_kwargs(agent_id, call_id)
    return PreparedCall(DROP_CALL, agent_id, request, _nothing)


def disconnect_call(agent_id: str, number: str) -> PreparedCall[None]:
    check_parameter(
        "disconnectNumber.number", number, operation=DISCONNECT_NUMBER.log_method, agent_id=agent_id
    )
    request = disconnect_number._get_kwargs(agent_id, number)
    return PreparedCall(DISCONNECT_NUMBER, agent_id, request, _nothing)


def snatch_pickup_call(agent_id: str, ringing_agent_id: str | int) -> PreparedCall[None]:
    """snatchpickup: take the call ringing at ``ringing_agent_id`` (sent as a number)."""
    value: Any = ringing_agent_id
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    check_parameter(
        "snatchPickup.destWorkNo", value, operation=SNATCH_PICKUP.log_method, agent_id=agent_id
    )
    request = snatch_pickup._get_kwargs(agent_id, dest_work_no=value)
    return PreparedCall(SNATCH_PICKUP, agent_id, request, _nothing)


def phone_linkage_call(agent_id: str, pickup: bool, legacy_put: bool) -> PreparedCall[None]:
    """phonepickup / phonehangup, by POST (the page) or PUT (as vendor clients send it)."""
    if pickup:
        module: Any = phone_pickup_put if legacy_put else phone_pickup
        operation = PHONE_PICKUP_PUT if legacy_put else PHONE_PICKUP
    else:
        module = phone_hangup_put if legacy_put else phone_hangup
        operation = PHONE_HANGUP_PUT if legacy_put else PHONE_HANGUP
    return PreparedCall(operation, agent_id, module._get_kwargs(agent_id), _nothing)


def transfer_outcome(event: Event, agent_id: str | None) -> bool | None:
    """True when AgentEvent_TransOutResult reports success; raises when it reports failure."""
    if str(event.type.value) != _TRANSFER_RESULT:
        return None
    content = event.content
    if isinstance(content, RawEventContent):
        content = content.to_dict()
    result = content.get("result") if isinstance(content, dict) else None
    if result in (0, "0"):
        return True
    raise TransferFailedError(result, agent_id=agent_id)


def _remembering(call: PreparedCall[str], into: list[str]) -> PreparedCall[str]:
    """The same call, also noting the call ID it returns (for ``_run_and_await``)."""

    def finish(parsed: Any, response: httpx.Response) -> str:
        call_id = call.finish(parsed, response)
        into.append(call_id)
        return call_id

    return dataclasses.replace(call, finish=finish)


# ---------------------------------------------------------------------- events


def event_call_id(event: Event) -> str | None:
    """The call an event is about: a plain-string content (AgentEvent_Hold, _Call_Release,
    _Call_Out_Fail) or the ``callid``/``callId`` field of an object content."""
    for content in (event.content, event.raw.content):
        if isinstance(content, str):
            return content
        if isinstance(content, RawEventContent):
            content = content.to_dict()
        if isinstance(content, dict):
            value = content.get("callid", content.get("callId"))
            return None if value is None else str(value)
        for name in ("callid", "call_id"):
            value = getattr(content, name, None)
            if isinstance(value, str):
                return value
    return None


def connection_outcome(event: Event, call_id: str, agent_id: str | None) -> Event | None:
    """AgentEvent_Talking of ``call_id`` (returned), its failure (raised), or None."""
    if event_call_id(event) != call_id:
        return None
    kind = str(event.type.value)
    if kind == _TALKING:
        return event
    if kind in _FAILED or kind == _RELEASED:
        raise CallFailedError(call_id, kind, agent_id=agent_id)
    return None


def _timed_out(call_id: str, timeout: float, agent_id: str) -> OutcomeTimeoutError:
    return OutcomeTimeoutError(
        f"call {call_id} was not connected within {timeout:g}s",
        operation=CALL_OUT.log_method,
        agent_id=agent_id,
    )


def _ended(call_id: str, agent_id: str) -> SessionEndedError:
    return SessionEndedError(
        f"the agent was signed out before call {call_id} was connected",
        operation=CALL_OUT.log_method,
        agent_id=agent_id,
    )


# ---------------------------------------------------------------------- sync


class Call:
    """One call of an agent: wait until it is connected, hold, retrieve or release it.

    Made by :meth:`CallControl.call_out` (listening to the agent's events since before the
    call was placed) or :meth:`CallControl.call_handle` (listening from then on). It keeps
    the events of its agent until ``connected()`` has seen the call connect: close it (or
    use it in a ``with`` block) when you no longer need ``connected()``.
    """

    def __init__(
        self,
        agent: CallControl,
        call_id: str,
        stream: EventStream | None = None,
        *,
        talking: Event | None = None,
    ) -> None:
        self._agent = agent
        self.call_id = call_id
        self._stream = stream
        self.talking = talking  #: the AgentEvent_Talking that connected it, once seen

    def connected(self, timeout: float = DEFAULT_CONNECT_TIMEOUT) -> Event:
        """Wait for the call's AgentEvent_Talking and return it.

        Raises :class:`CallFailedError` on AgentEvent_Call_Out_Fail (or a release first),
        ``OutcomeTimeoutError`` after ``timeout`` seconds and ``SessionEndedError`` when the
        agent is signed out meanwhile.
        """
        if self.talking is not None:
            return self.talking
        if self._stream is None:
            self._stream = self._agent._listen()
        agent_id = self._agent._agent_id
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    event = self._stream.get(max(0.0, deadline - time.monotonic()))
                except TimeoutError:
                    raise _timed_out(self.call_id, timeout, agent_id) from None
                except StopIteration:
                    raise _ended(self.call_id, agent_id) from None
                talking = connection_outcome(event, self.call_id, agent_id)
                if talking is not None:
                    self.talking = talking
                    return talking
        except CallFailedError:
            self.close()
            raise
        finally:
            if self.talking is not None:
                self.close()

    def hold(self) -> None:
        """Put the call on hold (it must be the agent's current call)."""
        self._agent.hold()

    def retrieve(self) -> None:
        """Take the call off hold."""
        self._agent.retrieve(self.call_id)

    def release(self) -> None:
        """Hang up (it must be the agent's current call)."""
        self._agent.release()
        self.close()

    def join(self) -> None:
        """confjoin: this held call joins the agent's current call (three-party call)."""
        self._agent.join_three_party(self.call_id)

    def drop(self) -> None:
        """dropcall: release this call, current or held."""
        self._agent.drop_call(self.call_id)
        self.close()

    def mute(self) -> None:
        self._agent.mute()

    def unmute(self) -> None:
        self._agent.unmute()

    def send_dtmf(self, digits: str) -> None:
        self._agent.send_dtmf(digits)

    def transfer(self, device_type: int, address: str, mode: int, **options: Any) -> None:
        """Transfer the call (it must be the agent's current call); see ``agent.transfer``."""
        self._agent.transfer(device_type, address, mode, **options)

    def close(self) -> None:
        """Stop listening to the agent's events for this call."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def __enter__(self) -> Call:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "connected" if self.talking is not None else "not connected"
        return f"Call({self.call_id!r}, agent_id={self._agent._agent_id!r}, {state})"


class CallControl(SyncFamily):
    """Voice call control of :class:`~cec_agentgateway.Agent` (the ``voicecall`` family)."""

    def _listen(self) -> EventStream:
        return self._pump().subscribe()

    def call_out(
        self,
        called: str,
        *,
        caller: str | None = None,
        skill_id: int | None = None,
        app_data: str | None = None,
        media_ability: int | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> Call:
        """callout: call ``called`` (1-24 digits, ``*`` or ``#``) and return the call handle.

        ``caller`` is the number shown to the far end, ``skill_id`` the skill the call counts
        for, ``app_data`` call-associated data (at most 16 KB in UTF-8), ``media_ability``
        0 audio, 1 video, 2 negotiated; None leaves a field to the gateway's default.
        With ``wait=True`` this returns once the call is connected (see
        :meth:`Call.connected`). Never retried.
        """
        call = call_out_call(
            self._agent_id,
            called,
            caller=caller,
            skill_id=skill_id,
            app_data=app_data,
            media_ability=media_ability,
        )
        return self._place(call, wait, wait_timeout)

    def call_inner(
        self,
        called: str,
        *,
        caller: str | None = None,
        skill_id: int | None = None,
        app_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> Call:
        """callinner: call another agent; ``connected()`` raises on AgentEvent_Inside_Call_Fail."""
        call = call_inner_call(
            self._agent_id, called, caller=caller, skill_id=skill_id, app_data=app_data
        )
        return self._place(call, wait, wait_timeout)

    def consult(
        self,
        address: str,
        *,
        device_type: int | None = None,
        three_party: bool | None = None,
        hold: bool | None = None,
        app_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> Call:
        """innerhelp: ask an agent (``device_type`` 2, the default) or a skill queue (1) for help.

        Two-party by default (the customer is held); ``three_party=True`` brings the helper
        into the call. Returns the consultation call; ``connected()`` raises
        :class:`CallFailedError` on AgentEvent_Consult_Fail. Then ``join_three_party``,
        ``transfer``, or ``release`` and ``retrieve``.
        """
        call = inner_help_call(
            self._agent_id,
            address,
            device_type=device_type,
            three_party=three_party,
            hold=hold,
            app_data=app_data,
        )
        return self._place(call, wait, wait_timeout)

    def _place(self, call: PreparedCall[str], wait: bool, wait_timeout: float) -> Call:
        """Send a call-creating request and hand back the call, listening since before."""
        if wait:
            noted: list[str] = []
            talking = self._run_and_await(
                _remembering(call, noted),
                lambda event: connection_outcome(event, noted[0], self._agent_id),
                timeout=wait_timeout,
                awaiting="connected call",
            )
            return Call(self, noted[0], talking=talking)
        stream = self._try_listen()  # before sending: nothing is missed
        try:
            call_id = self._run(call)
        except BaseException:
            if stream is not None:
                stream.close()
            raise
        return Call(self, call_id, stream)

    def join_three_party(self, held_call_id: str, *, app_data: str | None = None) -> None:
        """confjoin: the held call joins the current one (AgentEvent_Conference)."""
        self._run(conf_join_call(self._agent_id, held_call_id, app_data=app_data))

    def transfer(
        self,
        device_type: int,
        address: str,
        mode: int,
        *,
        app_data: str | None = None,
        caller: str | None = None,
        media_ability: int | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        """transfer: hand the current call to ``address`` (a ``TransferDeviceType``).

        ``mode`` comes from ``InternalTransferMode`` for device types 1-4 and from
        ``ExternalTransferMode`` for 5 (checked before sending). With ``wait=True`` this
        waits for AgentEvent_TransOutResult and raises :class:`TransferFailedError` when it
        reports a failure. Never retried.
        """
        call = transfer_call_call(
            self._agent_id,
            device_type,
            address,
            mode,
            app_data=app_data,
            caller=caller,
            media_ability=media_ability,
        )
        if not wait:
            self._run(call)
            return
        self._run_and_await(
            call,
            lambda event: transfer_outcome(event, self._agent_id),
            timeout=wait_timeout,
            awaiting="transfer result",
        )

    def cancel_transfer(self) -> None:
        """canceltransfer: stop a transfer whose target has not answered yet."""
        self._run(cancel_transfer_call(self._agent_id))

    def mute(self) -> None:
        """beginmute: the customer no longer hears the agent."""
        self._run(mute_call(self._agent_id, True))

    def unmute(self) -> None:
        """endmute."""
        self._run(mute_call(self._agent_id, False))

    def send_dtmf(self, digits: str) -> None:
        """seconddialex: send DTMF ``digits`` (1-24 of 0-9, ``*``, ``#``) in the current call."""
        self._run(second_dial_call(self._agent_id, digits))

    def connect_held(self, call_id: str) -> None:
        """connecthold: connect the held call ``call_id`` with the current one and leave."""
        self._run(connect_hold_call(self._agent_id, call_id))

    def drop_call(self, call_id: str) -> None:
        """dropcall: release the agent's call ``call_id``, current or held."""
        self._run(drop_call_call(self._agent_id, call_id))

    def disconnect(self, number: str) -> None:
        """disconnect: release one party (``number``) of the current call."""
        self._run(disconnect_call(self._agent_id, number))

    def snatch_pickup(self, ringing_agent_id: str | int) -> None:
        """snatchpickup: take the call ringing at another agent of the group."""
        self._run(snatch_pickup_call(self._agent_id, ringing_agent_id))

    def phone_pickup(self, *, legacy_put: bool = False) -> None:
        """phonepickup (phone linkage): answer with the linked hard phone.

        The page documents POST; ``legacy_put=True`` sends PUT as older clients do.
        """
        self._run(phone_linkage_call(self._agent_id, True, legacy_put))

    def phone_hangup(self, *, legacy_put: bool = False) -> None:
        """phonehangup (phone linkage): reject the call ringing at the linked hard phone."""
        self._run(phone_linkage_call(self._agent_id, False, legacy_put))

    def call_handle(self, call_id: str) -> Call:
        """A handle for a call the agent already has (e.g. an inbound call).

        It listens to the agent's events from now on: make it before answering when you
        want ``connected()`` to see the call's AgentEvent_Talking.
        """
        return Call(self, call_id, self._try_listen())

    def _try_listen(self) -> EventStream | None:
        try:
            return self._listen()
        except RequestValidationError:  # push mode: the events go to the callback URI
            return None

    def answer(self, call_id: str | None = None) -> None:
        """answer: take the ringing call (``call_id`` only for several offered calls)."""
        self._run(answer_call_call(self._agent_id, call_id))

    def hold(self) -> None:
        """hold: put the current call on hold (AgentEvent_Hold with its ID)."""
        self._run(hold_call_call(self._agent_id))

    def retrieve(self, call_id: str) -> None:
        """gethold: take the held call ``call_id`` off hold (AgentEvent_Talking)."""
        self._run(retrieve_call_call(self._agent_id, call_id))

    def release(self) -> None:
        """release: hang up the current call (AgentEvent_Call_Release with its ID)."""
        self._run(release_call_call(self._agent_id))


# ---------------------------------------------------------------------- async


class AsyncCall:
    """The async twin of :class:`Call`."""

    def __init__(
        self,
        agent: AsyncCallControl,
        call_id: str,
        stream: AsyncEventStream | None = None,
        *,
        talking: Event | None = None,
    ) -> None:
        self._agent = agent
        self.call_id = call_id
        self._stream = stream
        self.talking = talking

    async def connected(self, timeout: float = DEFAULT_CONNECT_TIMEOUT) -> Event:
        """See :meth:`Call.connected`."""
        if self.talking is not None:
            return self.talking
        if self._stream is None:
            self._stream = self._agent._listen()
        agent_id = self._agent._agent_id
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    event = await self._stream.get(max(0.0, deadline - time.monotonic()))
                except TimeoutError:
                    raise _timed_out(self.call_id, timeout, agent_id) from None
                except StopAsyncIteration:
                    raise _ended(self.call_id, agent_id) from None
                talking = connection_outcome(event, self.call_id, agent_id)
                if talking is not None:
                    self.talking = talking
                    return talking
        except CallFailedError:
            self.close()
            raise
        finally:
            if self.talking is not None:
                self.close()

    async def hold(self) -> None:
        await self._agent.hold()

    async def retrieve(self) -> None:
        await self._agent.retrieve(self.call_id)

    async def release(self) -> None:
        await self._agent.release()
        self.close()

    async def join(self) -> None:
        await self._agent.join_three_party(self.call_id)

    async def drop(self) -> None:
        await self._agent.drop_call(self.call_id)
        self.close()

    async def mute(self) -> None:
        await self._agent.mute()

    async def unmute(self) -> None:
        await self._agent.unmute()

    async def send_dtmf(self, digits: str) -> None:
        await self._agent.send_dtmf(digits)

    async def transfer(self, device_type: int, address: str, mode: int, **options: Any) -> None:
        await self._agent.transfer(device_type, address, mode, **options)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    async def __aenter__(self) -> AsyncCall:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "connected" if self.talking is not None else "not connected"
        return f"AsyncCall({self.call_id!r}, agent_id={self._agent._agent_id!r}, {state})"


class AsyncCallControl(AsyncFamily):
    """Voice call control of :class:`~cec_agentgateway.AsyncAgent`; see :class:`CallControl`."""

    def _listen(self) -> AsyncEventStream:
        return self._pump().subscribe()

    async def call_out(
        self,
        called: str,
        *,
        caller: str | None = None,
        skill_id: int | None = None,
        app_data: str | None = None,
        media_ability: int | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> AsyncCall:
        """See :meth:`CallControl.call_out`."""
        call = call_out_call(
            self._agent_id,
            called,
            caller=caller,
            skill_id=skill_id,
            app_data=app_data,
            media_ability=media_ability,
        )
        return await self._place(call, wait, wait_timeout)

    async def call_inner(
        self,
        called: str,
        *,
        caller: str | None = None,
        skill_id: int | None = None,
        app_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> AsyncCall:
        """See :meth:`CallControl.call_inner`."""
        call = call_inner_call(
            self._agent_id, called, caller=caller, skill_id=skill_id, app_data=app_data
        )
        return await self._place(call, wait, wait_timeout)

    async def consult(
        self,
        address: str,
        *,
        device_type: int | None = None,
        three_party: bool | None = None,
        hold: bool | None = None,
        app_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> AsyncCall:
        """See :meth:`CallControl.consult`."""
        call = inner_help_call(
            self._agent_id,
            address,
            device_type=device_type,
            three_party=three_party,
            hold=hold,
            app_data=app_data,
        )
        return await self._place(call, wait, wait_timeout)

    async def _place(self, call: PreparedCall[str], wait: bool, wait_timeout: float) -> AsyncCall:
        if wait:
            noted: list[str] = []
            talking = await self._run_and_await(
                _remembering(call, noted),
                lambda event: connection_outcome(event, noted[0], self._agent_id),
                timeout=wait_timeout,
                awaiting="connected call",
            )
            return AsyncCall(self, noted[0], talking=talking)
        stream = self._try_listen()
        try:
            call_id = await self._run(call)
        except BaseException:
            if stream is not None:
                stream.close()
            raise
        return AsyncCall(self, call_id, stream)

    async def join_three_party(self, held_call_id: str, *, app_data: str | None = None) -> None:
        await self._run(conf_join_call(self._agent_id, held_call_id, app_data=app_data))

    async def transfer(
        self,
        device_type: int,
        address: str,
        mode: int,
        *,
        app_data: str | None = None,
        caller: str | None = None,
        media_ability: int | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        """See :meth:`CallControl.transfer`."""
        call = transfer_call_call(
            self._agent_id,
            device_type,
            address,
            mode,
            app_data=app_data,
            caller=caller,
            media_ability=media_ability,
        )
        if not wait:
            await self._run(call)
            return
        await self._run_and_await(
            call,
            lambda event: transfer_outcome(event, self._agent_id),
            timeout=wait_timeout,
            awaiting="transfer result",
        )

    async def cancel_transfer(self) -> None:
        await self._run(cancel_transfer_call(self._agent_id))

    async def mute(self) -> None:
        await self._run(mute_call(self._agent_id, True))

    async def unmute(self) -> None:
        await self._run(mute_call(self._agent_id, False))

    async def send_dtmf(self, digits: str) -> None:
        await self._run(second_dial_call(self._agent_id, digits))

    async def connect_held(self, call_id: str) -> None:
        await self._run(connect_hold_call(self._agent_id, call_id))

    async def drop_call(self, call_id: str) -> None:
        await self._run(drop_call_call(self._agent_id, call_id))

    async def disconnect(self, number: str) -> None:
        await self._run(disconnect_call(self._agent_id, number))

    async def snatch_pickup(self, ringing_agent_id: str | int) -> None:
        await self._run(snatch_pickup_call(self._agent_id, ringing_agent_id))

    async def phone_pickup(self, *, legacy_put: bool = False) -> None:
        await self._run(phone_linkage_call(self._agent_id, True, legacy_put))

    async def phone_hangup(self, *, legacy_put: bool = False) -> None:
        await self._run(phone_linkage_call(self._agent_id, False, legacy_put))

    def call_handle(self, call_id: str) -> AsyncCall:
        """See :meth:`CallControl.call_handle`."""
        return AsyncCall(self, call_id, self._try_listen())

    def _try_listen(self) -> AsyncEventStream | None:
        try:
            return self._listen()
        except RequestValidationError:
            return None

    async def answer(self, call_id: str | None = None) -> None:
        await self._run(answer_call_call(self._agent_id, call_id))

    async def hold(self) -> None:
        await self._run(hold_call_call(self._agent_id))

    async def retrieve(self, call_id: str) -> None:
        await self._run(retrieve_call_call(self._agent_id, call_id))

    async def release(self) -> None:
        await self._run(release_call_call(self._agent_id))
