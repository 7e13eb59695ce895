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

import time
from typing import TYPE_CHECKING, Any

from ._call_requests import (
    DEFAULT_CONNECT_TIMEOUT,
    CallFailedError,
    TransferFailedError,
    answer_call_call,
    call_inner_call,
    call_out_call,
    cancel_preview_call_out_call,
    cancel_transfer_call,
    check_call_handle_id,
    conf_join_call,
    connect_hold_call,
    connection_outcome,
    disconnect_call,
    drop_call_call,
    ended_before_connected,
    hold_call_call,
    inner_help_call,
    mute_call,
    not_connected_in_time,
    phone_linkage_call,
    preview_call_out_call,
    release_call_call,
    remembering,
    retrieve_call_call,
    second_dial_call,
    snatch_pickup_call,
    transfer_call_call,
    transfer_outcome,
)
from ._errors import RequestValidationError
from ._events import Event
from ._family import AsyncFamily, SyncFamily
from ._operations import PreparedCall
from ._queue_calls import release_legacy_call, second_dial_legacy_call
from ._validation import check_flag

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


def _control_id(value: int | str) -> Any:
    """A preview's control block ID: events send it as text; the request wants a number.

    Digits are converted; anything else is passed on for the spec check to reject by name.
    """
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return value


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
                    raise not_connected_in_time(self.call_id, timeout, agent_id) from None
                except StopIteration:
                    raise ended_before_connected(self.call_id, agent_id) from None
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
        uui_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> Call:
        """callout: call ``called`` (1-24 digits, ``*`` or ``#``) and return the call handle.

        ``caller`` is the number shown to the far end, ``skill_id`` the skill the call counts
        for, ``app_data`` call-associated data (at most 16 KB in UTF-8), ``media_ability``
        0 audio, 1 video, 2 negotiated, ``uui_data`` user-to-user information for the called
        party (sent only when given); None leaves a field to the gateway's default.
        With ``wait=True`` this returns once the call is connected (see
        :meth:`Call.connected`). ``listen=False`` returns a handle that does not poll the
        agent's events until ``connected()`` is called (events before that are not seen by
        it). Never retried.
        """
        call = call_out_call(
            self._agent_id,
            called,
            caller=caller,
            skill_id=skill_id,
            app_data=app_data,
            media_ability=media_ability,
            uui_data=uui_data,
        )
        return self._place(call, wait, wait_timeout, listen)

    def preview_call_out(
        self,
        called: str,
        control_id: int | str,
        *,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> Call:
        """previewcallout: dial the previewed outbound call offered by AgentEvent_Preview.

        ``control_id`` is the event's ``controlid`` (text on the wire, accepted as given),
        ``called`` one of its ``dialeddigits``. Returns the call handle like :meth:`call_out`.
        Never retried.
        """
        call = preview_call_out_call(self._agent_id, called, _control_id(control_id))
        return self._place(call, wait, wait_timeout, listen)

    def cancel_preview_call_out(self, control_id: int | str) -> None:
        """cancelPreviewCallout: decline the preview ``control_id`` (nothing is dialled)."""
        self._run(cancel_preview_call_out_call(self._agent_id, _control_id(control_id)))

    def call_inner(
        self,
        called: str,
        *,
        caller: str | None = None,
        skill_id: int | None = None,
        app_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> Call:
        """callinner: call another agent; ``connected()`` raises on AgentEvent_Inside_Call_Fail."""
        call = call_inner_call(
            self._agent_id, called, caller=caller, skill_id=skill_id, app_data=app_data
        )
        return self._place(call, wait, wait_timeout, listen)

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
        listen: bool = True,
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
        return self._place(call, wait, wait_timeout, listen)

    def _place(
        self, call: PreparedCall[str], wait: bool, wait_timeout: float, listen: bool = True
    ) -> Call:
        """Send a call-creating request and hand back the call, listening since before.

        ``listen=False`` starts no event polling: the handle listens only once
        ``connected()`` is called (the command line uses it so as not to consume events).
        """
        if wait:
            noted: list[str] = []
            talking = self._run_and_await(
                remembering(call, noted),
                lambda event: connection_outcome(event, noted[0], self._agent_id),
                timeout=wait_timeout,
                awaiting="connected call",
            )
            return Call(self, noted[0], talking=talking)
        stream = self._try_listen() if listen else None  # before sending: nothing is missed
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

    def send_dtmf(self, digits: str, *, legacy_path: bool = False) -> None:
        """seconddialex: send DTMF ``digits`` (1-24 of 0-9, ``*``, ``#``) in the current call.

        ``legacy_path=True`` sends the deprecated ``seconddial/{number}`` of older gateways.
        """
        self._run(_dtmf_call(self._agent_id, digits, legacy_path))

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
        return Call(self, check_call_handle_id(self._agent_id, call_id), self._try_listen())

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

    def release(self, *, legacy_path: bool = False) -> None:
        """release: hang up the current call (AgentEvent_Call_Release with its ID).

        ``legacy_path=True`` sends the deprecated ``DELETE /voicecall/{agentid}`` (releaseEx).
        """
        self._run(_release_call(self._agent_id, legacy_path))


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
                    raise not_connected_in_time(self.call_id, timeout, agent_id) from None
                except StopAsyncIteration:
                    raise ended_before_connected(self.call_id, agent_id) from None
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
        uui_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> AsyncCall:
        """See :meth:`CallControl.call_out`."""
        call = call_out_call(
            self._agent_id,
            called,
            caller=caller,
            skill_id=skill_id,
            app_data=app_data,
            media_ability=media_ability,
            uui_data=uui_data,
        )
        return await self._place(call, wait, wait_timeout, listen)

    async def preview_call_out(
        self,
        called: str,
        control_id: int | str,
        *,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> AsyncCall:
        """See :meth:`CallControl.preview_call_out`."""
        call = preview_call_out_call(self._agent_id, called, _control_id(control_id))
        return await self._place(call, wait, wait_timeout, listen)

    async def cancel_preview_call_out(self, control_id: int | str) -> None:
        """See :meth:`CallControl.cancel_preview_call_out`."""
        await self._run(cancel_preview_call_out_call(self._agent_id, _control_id(control_id)))

    async def call_inner(
        self,
        called: str,
        *,
        caller: str | None = None,
        skill_id: int | None = None,
        app_data: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        listen: bool = True,
    ) -> AsyncCall:
        """See :meth:`CallControl.call_inner`."""
        call = call_inner_call(
            self._agent_id, called, caller=caller, skill_id=skill_id, app_data=app_data
        )
        return await self._place(call, wait, wait_timeout, listen)

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
        listen: bool = True,
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
        return await self._place(call, wait, wait_timeout, listen)

    async def _place(
        self, call: PreparedCall[str], wait: bool, wait_timeout: float, listen: bool = True
    ) -> AsyncCall:
        if wait:
            noted: list[str] = []
            talking = await self._run_and_await(
                remembering(call, noted),
                lambda event: connection_outcome(event, noted[0], self._agent_id),
                timeout=wait_timeout,
                awaiting="connected call",
            )
            return AsyncCall(self, noted[0], talking=talking)
        stream = self._try_listen() if listen else None
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

    async def send_dtmf(self, digits: str, *, legacy_path: bool = False) -> None:
        await self._run(_dtmf_call(self._agent_id, digits, legacy_path))

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
        return AsyncCall(self, check_call_handle_id(self._agent_id, call_id), self._try_listen())

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

    async def release(self, *, legacy_path: bool = False) -> None:
        await self._run(_release_call(self._agent_id, legacy_path))


def _release_call(agent_id: str, legacy_path: bool) -> PreparedCall[None]:
    check_flag("legacy_path", legacy_path, agent_id=agent_id)
    return release_legacy_call(agent_id) if legacy_path else release_call_call(agent_id)


def _dtmf_call(agent_id: str, digits: str, legacy_path: bool) -> PreparedCall[None]:
    check_flag("legacy_path", legacy_path, agent_id=agent_id)
    if legacy_path:
        return second_dial_legacy_call(agent_id, digits)
    return second_dial_call(agent_id, digits)
