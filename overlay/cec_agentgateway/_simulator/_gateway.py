"""GatewaySimulator: the state of a CC-Gateway and the scenario controls tests use."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import logging
import math
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .._errors import RequestValidationError
from .._validation import check_agent_id
from ..generated.models import (
    AgentState,
    ConfRole,
    EventType,
    GatewayAgentState,
    ParticipantChangeType,
    ParticipantLeaveReason,
    ReasonCode,
    Retcode,
)
from . import _agent_state as agent_state
from . import _calls as calls
from . import _payloads as payloads
from ._calldata import CALLDATA_HANDLERS
from ._faults import Fault
from ._model import (
    AgentRecord,
    Call,
    Conference,
    GuidEntry,
    Participant,
    RequestRecord,
    Session,
    SessionOptions,
    SimulatorError,
)
from ._operations import HANDLERS, Context
from ._polling import PendingPoll
from ._queues import QUEUE_HANDLERS, QueueScenario
from ._wire import (
    Refusal,
    RouteMatch,
    SimRequest,
    SimResponse,
    build_routes,
    error_response,
    match_route,
    text_response,
)

if TYPE_CHECKING:
    import httpx

    from ._server import SimulatorServer

__all__ = ["GatewaySimulator"]

_log = logging.getLogger("cec_agentgateway.simulator")

Outcome = SimResponse | Fault
ConferenceResultShape = Literal["object", "array"]

_GUID_SUFFIX = ".AgentGateway0"
_FIRST_CONF_ID = 1030400
_CONF_ID_STEP = 256
_CALL_HISTORY = 50
_REQUEST_LOG = 10_000
_CLOCK: Any = object()  # push_event: stamp the event with the simulated clock


@dataclass
class _InjectedFault:
    agent_id: str | None
    fault: Fault
    remaining: int
    operation: str | None = None


class GatewaySimulator(QueueScenario):
    """An in-process CC-Gateway for running and testing clients without a real one.

    It keeps agents, sessions and their Guids, per-agent event queues, calls and
    conferences, and answers the operations of openapi.yaml through httpx transports
    (:meth:`transport`, :meth:`async_transport`) or a loopback HTTP server (:meth:`serve`).

    ``clock`` (seconds, monotonic) drives Guid rotation and expiry, idle sign-out and
    conference warnings; pass a :class:`ManualClock` to test them without sleeping. The
    simulated wall clock (epoch timestamps in answers and events) starts at ``start_time``
    (default: now) and follows ``clock``. ``poll_wait`` is how long, in real seconds, a poll
    with no event waits before answering without one (10 s on a real gateway).

    ``guid_rotation``: seconds after which the Guid is replaced by a new one, announced in
    ``Set-GUID`` on the next poll or heartbeat answer (None: static authentication, never
    rotated). A replaced Guid stays valid for ``guid_expiry`` seconds. ``idle_timeout``: a
    session with neither poll nor heartbeat for that long is signed out.

    ``conference_result_shape``: queryConfInfos answers ``{"confs": [...]}`` ("object", as
    the reference example) or a plain array ("array", as the reference table).

    All state is behind one lock: the transports and the server may be used from several
    threads and event loops at once.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        poll_wait: float = 10.0,
        idle_timeout: float = 120.0,
        guid_rotation: float | None = 60.0,
        guid_expiry: float = 120.0,
        conference_result_shape: ConferenceResultShape = "object",
        start_time: float | None = None,
        vdn_id: int = 1,
    ) -> None:
        if conference_result_shape not in ("object", "array"):
            raise ValueError("conference_result_shape must be 'object' or 'array'")
        self.poll_wait = poll_wait
        self.idle_timeout = idle_timeout
        self.guid_rotation = guid_rotation
        self.guid_expiry = guid_expiry
        self.conference_result_shape: ConferenceResultShape = conference_result_shape
        self._clock = clock
        self._clock_anchor = clock()
        self._epoch_anchor = time.time() if start_time is None else start_time
        self._vdn_id = vdn_id
        self._lock = threading.Lock()
        # Waiting polls by agent ID: an event wakes only the polls of its agent (waking every
        # poll on every event made 1,000 sessions quadratic).
        self._poll_waiters: dict[str, set[Callable[[], None]]] = {}
        self._agents: dict[str, AgentRecord] = {}
        self._guids: dict[str, GuidEntry] = {}
        self._guid_sweep_at = 64  # sweep dead Guids when the table reaches this size
        self._idle_due = -math.inf  # no session can be idle before this (simulator clock)
        self._idle_due_for = idle_timeout
        self._rest_due = -math.inf  # no rest reminder is due before this
        self._conferences: dict[int, Conference] = {}
        self._faults: list[_InjectedFault] = []
        self._log: deque[RequestRecord] = deque(maxlen=_REQUEST_LOG)
        self._conf_ids = itertools.count(_FIRST_CONF_ID, _CONF_ID_STEP)
        self._call_seq = itertools.count(1)
        self._call_script = calls.CallScript()
        self._handlers = {
            **HANDLERS,
            **agent_state.STATE_HANDLERS,
            **QUEUE_HANDLERS,
            **calls.CALL_HANDLERS,
            **CALLDATA_HANDLERS,
        }
        self._routes = build_routes(self._handlers)

    def __repr__(self) -> str:
        with self._lock:
            signed_in = sum(agent.session is not None for agent in self._agents.values())
            return f"GatewaySimulator(agents={len(self._agents)}, signed_in={signed_in})"

    # ------------------------------------------------------------------ accounts

    def add_agent(
        self,
        agent_id: str,
        *,
        password: str = "",
        phone: str | None = None,
        vdn_id: int | None = None,
    ) -> None:
        """Configure an agent account. With ``phone``, sign-in accepts only that phonenum."""
        try:
            agent_id = check_agent_id(agent_id)
        except RequestValidationError as error:
            raise ValueError(error.message) from None
        with self._lock:
            if agent_id in self._agents:
                raise SimulatorError(f"agent {agent_id} already exists")
            vdn = self._vdn_id if vdn_id is None else vdn_id
            self._agents[agent_id] = AgentRecord(agent_id, password, phone, vdn)

    # ------------------------------------------------------------------ serving

    def transport(self) -> httpx.BaseTransport:
        """A transport for ``httpx.Client`` (and for ``AgentGateway(transport=...)``)."""
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """A transport for ``httpx.AsyncClient``; polls wait without blocking the loop."""
        from ._transport import AsyncSimulatorTransport

        return AsyncSimulatorTransport(self)

    def serve(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        control: bool = False,
        commands: Callable[[str], str] | None = None,
    ) -> SimulatorServer:
        """Serve the simulator over plain HTTP (loopback by default) until ``close()``.

        ``port=0`` picks a free port; the handle's ``url`` is ``http://host:port``.
        ``control=True`` also serves the JSON control endpoint under ``/__sim__/`` to
        loopback clients (see ``cec_agentgateway.simulator``); ``commands`` runs the
        scenario command lines of ``POST /__sim__/command``.
        """
        from ._server import SimulatorServer

        return SimulatorServer(self, host, port, control=control, commands=commands)

    # ------------------------------------------------------------------ calls

    def offer_call(
        self,
        agent_id: str,
        caller: str = "70004",
        called: str = "60015",
        app_data: str = "",
        media_type: int = 5,
        call_id: str | None = None,
        *,
        skill: str = "voice",
        skill_id: int = 20011,
        wait_time: int = 0,
        force: bool = False,
    ) -> str:
        """Offer an inbound call to a signed-in, idle agent; returns the call ID.

        Queues AgentState_Busy, AgentOther_PhoneAlerting and AgentEvent_Incoming_CallInfo.
        With auto-answer (the sign-in default) the call is answered at once
        (AgentOther_PhoneOffhook, AgentEvent_Talking); otherwise AgentEvent_Ringing is
        queued and the call rings until :meth:`answer_call`. ``wait_time`` is how many
        seconds the call queued before it was offered.

        A real gateway's queue offers calls only to an idle agent, so the call is refused
        (:class:`SimulatorError` saying why) when the agent is busy, resting, in wrap-up or
        in a call. ``force=True`` puts the call through whatever the agent's working state,
        as a direct call would (a call put through to a resting agent ends its rest); an
        agent already in a call or a conference is refused even then.
        """
        with self._lock:
            agent, session = self._signed_in(agent_id)
            if agent.busy_with_call:
                raise SimulatorError(f"agent {agent_id} already has a call or a conference")
            if not force:
                refusal = agent_state.not_offerable(agent)
                if refusal is not None:
                    raise SimulatorError(
                        f"agent {agent_id} is {refusal}: a gateway queues the call instead"
                        " (force=True puts it through as a direct call would)"
                    )
            if call_id is None:
                call_id = calls.new_call_id(self)
            call = Call(
                call_id=call_id,
                caller=caller,
                called=called,
                app_data=app_data,
                media_type=media_type,
                skill=skill,
                skill_id=skill_id,
                wait_seconds=wait_time,
                offered_ms=self._now_ms(),
                first_of_session=False,
            )
            calls.offer(self, agent, session, call)
            return call_id

    def answer_call(self, agent_id: str) -> None:
        """Answer the call ringing at an agent that signed in with ``autoanswer: false``."""
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            if agent.call is None or not agent.call.ringing:
                raise SimulatorError(f"no call is ringing at agent {agent_id}")
            calls.answer(self, agent, agent.call)
            self._refresh_state(agent)

    def end_call(
        self, agent_id: str, *, released_by: Literal["customer", "agent"] = "customer"
    ) -> None:
        """End the agent's call: AgentEvent_Call_Release, then the agent is idle again.

        It becomes idle (AgentState_Ready), or enters wrap-up (AgentState_Work) when it
        signed in with ``autoenteridle: false``. The call stays available as the last call.
        """
        reason = (
            ReasonCode.USER_RELEASED if released_by == "customer" else ReasonCode.AGENT_RELEASED
        )
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            if agent.call is None:
                raise SimulatorError(f"agent {agent_id} has no call")
            self._release_call(agent, reason)
            self._after_engagement(agent)
            self._refresh_state(agent)

    def make_unreachable(self, *numbers: str) -> None:
        """Outbound calls to these numbers fail (AgentEvent_Call_Out_Fail with the call ID)."""
        with self._lock:
            self._call_script.unreachable.update(numbers)

    def set_auto_connect(self, on: bool = True) -> None:
        """Whether a dialled number answers at once (the default) or only on
        :meth:`connect_call` / :meth:`fail_call`."""
        with self._lock:
            self._call_script.auto_connect = on

    def connect_call(self, agent_id: str) -> str:
        """The far end of the agent's dialling outbound call answers (AgentEvent_Talking)."""
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            if agent.call is None or not agent.call.dialing:
                raise SimulatorError(f"agent {agent_id} has no dialling call")
            calls.connect(self, agent, agent.call)
            self._refresh_state(agent)
            return agent.call.call_id

    def fail_call(self, agent_id: str) -> str:
        """The agent's dialling outbound call cannot be set up (AgentEvent_Call_Out_Fail)."""
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            call = agent.call
            if call is None or not call.dialing:
                raise SimulatorError(f"agent {agent_id} has no dialling call")
            calls.fail(self, agent, call)
            self._refresh_state(agent)
            return call.call_id

    def set_transfer_outcome(self, outcome: calls.TransferOutcome = "success") -> None:
        """How the next transfers end: "success" (handed over at once), "failure"
        (AgentEvent_TransOutResult with result 1, the call stays) or "pending" (until
        :meth:`complete_transfer`, or canceltransfer)."""
        if outcome not in ("success", "failure", "pending"):
            raise ValueError("outcome must be 'success', 'failure' or 'pending'")
        with self._lock:
            self._call_script.transfer_outcome = outcome

    def complete_transfer(self, agent_id: str, *, succeeded: bool = True) -> str:
        """End the agent's pending transfer: the target answered (or not)."""
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            call = agent.call
            if call is None or call.transfer_target is None:
                raise SimulatorError(f"agent {agent_id} has no transfer in progress")
            if succeeded:
                calls.hand_over(self, agent, call, blind=False)
            else:
                call.transfer_target = None
                calls.transfer_result(self, agent, 1)
            self._refresh_state(agent)
            return call.call_id

    def offer_preview(self, agent_id: str, control_id: int, *numbers: str) -> None:
        """Offer a previewed outbound call: queues AgentEvent_Preview {controlid, dialeddigits}.

        The agent may dial one of ``numbers`` with previewcallout or decline it with
        cancelPreviewCallout; either uses the preview up.
        """
        if not numbers:
            raise SimulatorError("a preview offers at least one number")
        with self._lock:
            agent, session = self._signed_in(agent_id)
            session.previews[control_id] = list(numbers)
            content = calls.preview_content(control_id, list(numbers))
            self._queue(agent, EventType.AGENT_EVENT_PREVIEW, content)

    def previews(self, agent_id: str) -> dict[int, list[str]]:
        """The previews offered to the agent and neither dialled nor cancelled yet."""
        with self._lock:
            _, session = self._signed_in(agent_id)
            return {control_id: list(numbers) for control_id, numbers in session.previews.items()}

    def uui_data(self, agent_id: str, call_id: str) -> str | None:
        """The user-to-user information the agent's call ``call_id`` was made with (callout)."""
        with self._lock:
            call = self._agent(agent_id).calls.get(call_id)
            if call is None:
                raise SimulatorError(f"agent {agent_id} has no call {call_id!r}")
            return call.uui_data

    def dtmf(self, agent_id: str) -> str:
        """The DTMF digits the agent sent in its current (or last) call (seconddialex)."""
        with self._lock:
            agent = self._agent(agent_id)
            call = agent.call or agent.last_call
            return "" if call is None else call.dtmf

    def customer_hang_up(self, agent_id: str, call_id: str | None = None) -> str:
        """The customer of the agent's call (current, or the held one ``call_id``) hangs up.

        The agent gets AgentEvent_Customer_Release {callid, number} and
        AgentEvent_Call_Release, then becomes idle (or enters wrap-up) when no call is left.
        """
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            call = (
                agent.call
                if call_id is None
                else (
                    agent.call
                    if agent.call is not None and agent.call.call_id == call_id
                    else calls.held_call(agent, call_id)
                )
            )
            if call is None:
                raise SimulatorError(f"agent {agent_id} has no call {call_id or ''}".rstrip())
            calls.customer_hangs_up(self, agent, call)
            self._after_engagement(agent)
            self._refresh_state(agent)
            return call.call_id

    # ------------------------------------------------------------------ conferences

    def fail_next_conference(self, agent_id: str, cause: int = 21234) -> None:
        """Make the agent's next conference request end in AgentConf_RequestFailed {cause}."""
        with self._lock:
            self._agent(agent_id).next_conference_failure = cause

    def add_conference_participant(self, conf_id: int, phone_number: str) -> None:
        """A phone number joins a conference (AgentConf_ParticipantChanged to the chair)."""
        with self._lock:
            conf = self._conference(conf_id)
            if len(conf.participants) >= conf.member_num:
                raise SimulatorError(f"conference {conf_id} is full ({conf.member_num} parties)")
            if conf.has_party(phone_number):
                raise SimulatorError(f"{phone_number} is already in conference {conf_id}")
            party = Participant(phone_number, False, ConfRole.PARTICIPANT, self._now_ms())
            conf.participants.append(party)
            chair = self._agents[conf.chair]
            content = payloads.participant_changed_content(
                conf, party, ParticipantChangeType.JOINED
            )
            self._queue(chair, EventType.AGENT_CONF_PARTICIPANT_CHANGED, content)

    def end_conference(self, conf_id: int) -> None:
        """End a conference: the chair is told it left (conference ended) and is idle again."""
        with self._lock:
            conf = self._conference(conf_id)
            chair = self._agents[conf.chair]
            self._close_conference(chair, notify=True)
            if chair.call is None:
                self._after_engagement(chair)
            self._refresh_state(chair)

    # ------------------------------------------------------------------ other scenario controls

    def push_event(
        self,
        agent_id: str,
        event_type: Any,
        content: Any = None,
        *,
        event_gen_time: Any = _CLOCK,
    ) -> None:
        """Queue any event (also types the spec does not know) for a signed-in agent.

        ``event_type`` and ``content`` are sent as they are, without validation: a call ID
        string as the content, a null or numeric type, caller numbers as JSON numbers, as
        real gateways do. ``event_gen_time`` replaces the simulated clock's time (any JSON
        value, e.g. one far outside the calendar).
        """
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            self._queue(agent, event_type, content)
            if event_gen_time is not _CLOCK and agent.session is not None:
                agent.session.events[-1]["eventGenTime"] = event_gen_time

    def current_call_id(self, agent_id: str) -> str | None:
        """The call ID of the agent's current call (ringing, dialling or talking), if any."""
        with self._lock:
            self._housekeeping(self._clock())
            call = self._agent(agent_id).call
            return None if call is None else call.call_id

    def agent_ids(self) -> list[str]:
        """The IDs of the configured agent accounts, in the order they were added."""
        with self._lock:
            return list(self._agents)

    def set_app_data(self, agent_id: str, data: str) -> None:
        """Replace the call-associated data of the agent's current call (what appdata and
        the call information report), as an IVR or another system would."""
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            if agent.call is None:
                raise SimulatorError(f"agent {agent_id} has no call")
            agent.call.app_data = data
            agent.call.app_bytes = None  # as offered: appdata reads app_data

    def force_sign_out(self, agent_id: str) -> None:
        """Sign the agent out from the gateway's side, as an administrator would.

        Its call is released; the session's pending events, then
        AgentOther_ShutdownService, can still be polled; after that its Guid gets 100-006.
        """
        with self._lock:
            agent, _ = self._signed_in(agent_id)
            self._end_session(agent, farewell=True)

    def inject(
        self, agent_id: str | None, fault: Fault, *, times: int = 1, operation: str | None = None
    ) -> None:
        """Answer the next ``times`` requests for ``agent_id`` (None: any request) with ``fault``.

        ``operation`` (an operationId such as ``"queryCallInfo"``) limits the fault to that
        operation, so that e.g. the background event poll does not take it. Faults are used
        in the order they were injected; the request does not reach the simulated gateway
        (no state changes).
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if operation is not None and operation not in self._handlers:
            raise ValueError(f"unknown operation {operation!r}")
        with self._lock:
            self._faults.append(_InjectedFault(agent_id, fault, times, operation))

    def clear_faults(self) -> None:
        """Forget the injected faults that were not used yet."""
        with self._lock:
            self._faults.clear()

    # ------------------------------------------------------------------ inspection

    def is_signed_in(self, agent_id: str) -> bool:
        with self._lock:
            self._housekeeping(self._clock())
            return self._agent(agent_id).session is not None

    def guid(self, agent_id: str) -> str | None:
        """The newest Guid of the agent's session (None when signed out)."""
        with self._lock:
            self._housekeeping(self._clock())
            session = self._agent(agent_id).session
            return None if session is None else session.guid

    def pending_events(self, agent_id: str) -> list[dict[str, Any]]:
        """Copies of the events queued for the agent and not yet polled, oldest first."""
        with self._lock:
            self._housekeeping(self._clock())
            agent = self._agent(agent_id)
            session = agent.session or agent.farewell
            return [] if session is None else copy.deepcopy(list(session.events))

    def agent_state(self, agent_id: str) -> GatewayAgentState:
        """The agent's state as agentstatus reports it (SIGNED_OUT when not signed in)."""
        with self._lock:
            self._housekeeping(self._clock())
            return self._agent(agent_id).gateway_state()

    def conference_ids(self, agent_id: str) -> list[int]:
        """IDs of the conferences the agent chairs."""
        with self._lock:
            return [c.conf_id for c in self._conferences.values() if c.chair == agent_id]

    @property
    def requests(self) -> list[RequestRecord]:
        """The requests answered so far (the latest 10,000), oldest first."""
        with self._lock:
            return list(self._log)

    # ------------------------------------------------------------------ request handling

    def _handle_blocking(self, request: SimRequest) -> Outcome:
        """Answer a request, waiting on a condition while a poll has no event."""
        with self._lock:
            outcome = self._dispatch(request)
            if not isinstance(outcome, PendingPoll):
                return outcome
            changed = threading.Condition(self._lock)
            waiters = self._poll_waiters.setdefault(outcome.agent_id, set())
            waiters.add(changed.notify)
            try:
                changed.wait_for(outcome.ready, timeout=outcome.remaining())
                return outcome.answer()
            finally:
                self._forget_waiter(outcome.agent_id, changed.notify)
                outcome.release()

    async def _handle_async(self, request: SimRequest) -> Outcome:
        """Answer a request; a poll with no event waits on an asyncio.Event, not the lock."""
        with self._lock:
            outcome = self._dispatch(request)
            if not isinstance(outcome, PendingPoll):
                return outcome
            wake = asyncio.Event()
            loop = asyncio.get_running_loop()

            def waiter() -> None:
                loop.call_soon_threadsafe(wake.set)

            self._poll_waiters.setdefault(outcome.agent_id, set()).add(waiter)
        try:
            while True:
                wake.clear()
                with self._lock:
                    if outcome.ready() or outcome.remaining() <= 0:
                        return outcome.answer()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), outcome.remaining())
        finally:
            with self._lock:
                self._forget_waiter(outcome.agent_id, waiter)
                outcome.release()

    def _forget_waiter(self, agent_id: str, waiter: Callable[[], None]) -> None:
        waiters = self._poll_waiters.get(agent_id)
        if waiters is not None:
            waiters.discard(waiter)
            if not waiters:
                del self._poll_waiters[agent_id]

    def _dispatch(self, request: SimRequest) -> Outcome | PendingPoll:
        """Route and run one request (lock held)."""
        now = self._clock()
        self._housekeeping(now)
        found = match_route(self._routes, request.method, request.path)
        agent_id = None if found is None else found.params.get("agentid")
        operation = None if found is None or found.route is None else found.route.operation
        fault = self._take_fault(agent_id, operation)
        if fault is not None:
            answer = None if fault.error is not None else fault.response()
            self._record(request, operation, agent_id, answer, injected=True)
            return fault
        if found is None or operation is None:
            response = _not_routed(found)
            self._record(request, None, agent_id, response)
            return response
        context = Context(request, operation, agent_id or "", found.params, now)
        try:
            outcome = self._handlers[operation](self, context)
        except Refusal as refusal:
            outcome = error_response(operation, refusal)
        except Exception:  # a bug of the simulator: answer as a servlet container would
            _log.exception("%s failed", operation)
            outcome = text_response(500, "Internal Server Error")
        if isinstance(outcome, SimResponse):
            self._record(request, operation, agent_id, outcome)
        return outcome

    def _take_fault(self, agent_id: str | None, operation: str | None) -> Fault | None:
        for injected in self._faults:
            if injected.operation is not None and injected.operation != operation:
                continue
            if injected.agent_id is None or injected.agent_id == agent_id:
                injected.remaining -= 1
                if injected.remaining == 0:
                    self._faults.remove(injected)
                return injected.fault
        return None

    def _record(
        self,
        request: SimRequest,
        operation: str | None,
        agent_id: str | None,
        response: SimResponse | None,
        *,
        injected: bool = False,
    ) -> None:
        self._log.append(
            RequestRecord(
                method=request.method,
                path=request.path,
                operation=operation,
                agent_id=agent_id,
                status=None if response is None else response.status,
                retcode=None if response is None else response.retcode,
                injected=injected,
            )
        )

    # ------------------------------------------------------------------ sessions and Guids

    def _now_ms(self) -> int:
        """Epoch milliseconds of the simulated wall clock."""
        return int((self._epoch_anchor + self._clock() - self._clock_anchor) * 1000)

    def _start_session(self, agent: AgentRecord, options: SessionOptions, now: float) -> Session:
        agent.farewell = None
        session = Session(
            agent_id=agent.agent_id,
            guid=_new_guid(),
            guid_issued_at=now,
            login_ms=self._now_ms(),
            last_seen=now,
            options=options,
        )
        self._guids[session.guid] = GuidEntry(session)
        agent.session = session
        agent.base_state = _STATUS_STATES[options.status]
        agent_state.reset(agent, now)
        if agent.rest is not None and agent.rest.ends_at is not None:
            self._rest_started(agent.rest.ends_at)
        agent.state = agent.detailed_state()
        agent.last_state = AgentState.ABNORMAL
        agent.state_since_ms = session.login_ms
        return session

    def _end_session(self, agent: AgentRecord, *, farewell: bool) -> None:
        """Sign the agent out; with ``farewell`` its queue stays pollable, ending with
        AgentOther_ShutdownService (a takeover by forcelogin drops it instead)."""
        session = agent.session
        assert session is not None
        if agent.call is not None:
            self._release_call(agent, ReasonCode.AGENT_RELEASED)
        for held in list(agent.held_calls):
            calls.end(self, agent, held, ReasonCode.AGENT_RELEASED)
        if agent.conference is not None:
            self._close_conference(agent, notify=False)
        if farewell:
            content = {"loginTime": str(session.login_ms)}
            self._queue(agent, EventType.AGENT_OTHER_SHUTDOWN_SERVICE, content)
        agent.session = None
        agent.farewell = session if farewell else None
        session.ended = True
        agent.base_state = AgentState.IDLE
        self._notify(agent.agent_id)

    def _replace_guid(self, session: Session, now: float) -> str:
        """Issue a new Guid; the old one stays valid for ``guid_expiry`` seconds."""
        self._guids[session.guid].expires_at = now + self.guid_expiry
        session.guid = _new_guid()
        session.guid_issued_at = now
        self._guids[session.guid] = GuidEntry(session)
        return session.guid

    def _announced_guid(self, session: Session, presented: str, now: float) -> str | None:
        """The Guid to announce in Set-GUID on a poll or heartbeat answer, if any.

        A new one when the rotation period has passed; the newest one again when the
        request came with an older Guid that is still in its grace period (the client may
        have lost the answer that announced it).
        """
        agent = self._agents[session.agent_id]
        if agent.session is not session:
            return None
        rotation = self.guid_rotation
        if rotation is not None and now - session.guid_issued_at >= rotation:
            return self._replace_guid(session, now)
        return session.guid if presented != session.guid else None

    def _authenticate(
        self, request: SimRequest, agent_id: str, now: float, *, ended_ok: bool = False
    ) -> Session:
        """The session the request's Guid belongs to, or Refusal 100-006.

        ``ended_ok`` also accepts a signed-out session whose last events are not yet polled.
        """
        guid = request.header("Guid")
        entry = None if guid is None else self._guids.get(guid)
        if entry is None or (entry.expires_at is not None and now >= entry.expires_at):
            raise Refusal(_NOT_SIGNED_IN)
        session = entry.session
        agent = self._agents.get(session.agent_id)
        if session.agent_id != agent_id or agent is None:
            raise Refusal(_NOT_SIGNED_IN)
        if session is agent.session or (ended_ok and session is agent.farewell):
            return session
        raise Refusal(_NOT_SIGNED_IN)

    def _housekeeping(self, now: float) -> None:
        """What happens with time: idle sign-out, conference warnings, expired Guids.

        Runs before every request, so it must not cost O(sessions) each time: the idle scan
        runs only once the earliest possible idle deadline has come, and the Guid table is
        swept when it has doubled (``_authenticate`` checks expiry and liveness by itself).
        """
        if now >= self._idle_due or self.idle_timeout != self._idle_due_for:
            self._sign_out_idle(now)
        for conf in self._conferences.values():
            warn_at = conf.started_at + (conf.minutes - conf.prompt_minutes) * 60
            if not conf.warned and now >= warn_at:
                conf.warned = True
                chair = self._agents[conf.chair]
                self._queue(chair, EventType.AGENT_CONF_TIMEOUT, {"confId": conf.conf_id})
        if now >= self._rest_due:
            agent_state.remind_rests(self, now)
            self._rest_due = min(
                (
                    agent.rest.ends_at
                    for agent in self._agents.values()
                    if agent.session is not None
                    and agent.rest is not None
                    and agent.rest.ends_at is not None
                    and not agent.rest.reminded
                ),
                default=math.inf,
            )
        if len(self._guids) >= self._guid_sweep_at:
            self._forget_dead_guids(now)
            self._guid_sweep_at = 2 * len(self._guids) + 64

    def _rest_started(self, ends_at: float) -> None:
        """A timed rest began: its AgentState_Rest_Timeout is due at ``ends_at``."""
        self._rest_due = min(self._rest_due, ends_at)

    def _sign_out_idle(self, now: float) -> None:
        """Sign out the sessions idle for ``idle_timeout``; note when the next one may be.

        A lower bound is enough: ``last_seen`` only grows, a waiting poll counts as activity
        until it is answered (at ``now`` or later), and new sessions start at ``now`` or later,
        so no session can be idle before the earliest ``last_seen + idle_timeout`` seen here.
        """
        timeout = self.idle_timeout
        due = now + timeout
        for agent in self._agents.values():
            session = agent.session
            if session is None or session.polls_waiting:
                continue
            if now - session.last_seen >= timeout:
                self._end_session(agent, farewell=True)
            else:
                due = min(due, session.last_seen + timeout)
        self._idle_due, self._idle_due_for = due, timeout

    def _forget_dead_guids(self, now: float) -> None:
        dead = [
            guid
            for guid, entry in self._guids.items()
            if (entry.expires_at is not None and now >= entry.expires_at)
            or not self._is_live(entry.session)
        ]
        for guid in dead:
            del self._guids[guid]

    def _is_live(self, session: Session) -> bool:
        agent = self._agents[session.agent_id]
        return session is agent.session or session is agent.farewell

    # ------------------------------------------------------------------ events and state

    def _queue(self, agent: AgentRecord, event_type: str, content: Any) -> None:
        session = agent.session
        if session is None:
            return
        session.events.append(payloads.event(event_type, agent.agent_id, content, self._now_ms()))
        self._notify(agent.agent_id)

    def _notify(self, agent_id: str | None = None) -> None:
        """Wake the waiting polls (threads and event loops) of ``agent_id`` (None: of every
        agent) to look at their queue again. Called with the lock held."""
        if agent_id is None:
            groups = list(self._poll_waiters.items())
        else:
            waiters = self._poll_waiters.get(agent_id)
            groups = [] if waiters is None else [(agent_id, waiters)]
        for owner, waiters in groups:
            for waiter in list(waiters):
                try:
                    waiter()
                except RuntimeError:  # the poll's event loop is closed; the poll is gone
                    self._forget_waiter(owner, waiter)

    def _refresh_state(self, agent: AgentRecord) -> None:
        """Record a change of the detailed state (lastState, agentStateBeginTime)."""
        state = agent.detailed_state()
        if state != agent.state:
            agent.last_state = agent.state
            agent.state = state
            agent.state_since_ms = self._now_ms()

    def _answer(self, agent: AgentRecord, call: Call) -> None:
        calls.answer(self, agent, call)

    def _release_call(self, agent: AgentRecord, reason: ReasonCode) -> None:
        call = agent.call
        assert call is not None
        calls.end(self, agent, call, reason)
        conf = agent.conference
        if conf is not None and conf.has_party(call.caller):
            party = next(p for p in conf.participants if p.address == call.caller)
            conf.participants.remove(party)
            content = payloads.participant_changed_content(
                conf, party, ParticipantChangeType.LEFT, ParticipantLeaveReason.HUNG_UP
            )
            self._queue(agent, EventType.AGENT_CONF_PARTICIPANT_CHANGED, content)

    def _after_engagement(self, agent: AgentRecord) -> None:
        """After the last call or conference: idle again, or wrap-up without autoenteridle."""
        session = agent.session
        if session is None or agent.busy_with_call:
            return
        if agent_state.after_engagement(self, agent):  # busy or rest asked for during the call
            return
        if session.options.autoenteridle:
            agent.base_state = AgentState.IDLE
            self._queue(agent, EventType.AGENT_STATE_READY, None)
        else:
            agent.base_state = AgentState.WRAP_UP
            self._queue(agent, EventType.AGENT_STATE_WORK, None)

    def _remember_call(self, agent: AgentRecord, call: Call) -> None:
        agent.calls[call.call_id] = call
        while len(agent.calls) > _CALL_HISTORY:
            del agent.calls[next(iter(agent.calls))]

    def _open_conference(
        self, agent: AgentRecord, member_num: int, minutes: int, prompt_minutes: int, now: float
    ) -> Conference:
        now_ms = self._now_ms()
        chair = Participant(agent.agent_id, True, ConfRole.CHAIR, now_ms)
        conf = Conference(
            conf_id=next(self._conf_ids),
            chair=agent.agent_id,
            member_num=member_num,
            minutes=minutes,
            prompt_minutes=prompt_minutes,
            started_at=now,
            start_ms=now_ms,
            participants=[chair],
        )
        if agent.call is not None:
            caller = Participant(agent.call.caller, False, ConfRole.PARTICIPANT, now_ms)
            conf.participants.append(caller)
        self._conferences[conf.conf_id] = conf
        agent.conference = conf
        return conf

    def _close_conference(self, agent: AgentRecord, *, notify: bool) -> None:
        conf = agent.conference
        assert conf is not None
        del self._conferences[conf.conf_id]
        agent.conference = None
        if notify:
            content = payloads.participant_changed_content(
                conf,
                conf.participants[0],
                ParticipantChangeType.LEFT,
                ParticipantLeaveReason.CONFERENCE_ENDED,
            )
            self._queue(agent, EventType.AGENT_CONF_PARTICIPANT_CHANGED, content)

    # ------------------------------------------------------------------ lookups

    def _agent(self, agent_id: str) -> AgentRecord:
        agent = self._agents.get(agent_id)
        if agent is None:
            raise SimulatorError(f"no agent {agent_id!r}: add it with add_agent()")
        return agent

    def _signed_in(self, agent_id: str) -> tuple[AgentRecord, Session]:
        self._housekeeping(self._clock())
        agent = self._agent(agent_id)
        if agent.session is None:
            raise SimulatorError(f"agent {agent_id} is not signed in")
        return agent, agent.session

    def _conference(self, conf_id: int) -> Conference:
        conf = self._conferences.get(conf_id)
        if conf is None:
            raise SimulatorError(f"no conference {conf_id}")
        return conf


def _new_guid() -> str:
    return f"{uuid.uuid4()}{_GUID_SUFFIX}"


def _not_routed(found: RouteMatch | None) -> SimResponse:
    if found is None:
        return text_response(404, "The requested resource is not available.")
    return text_response(
        405, "The method is not allowed for this resource.", [("Allow", ", ".join(found.allowed))]
    )


_NOT_SIGNED_IN = Retcode.NOT_SIGNED_IN
_STATUS_STATES = {
    3: AgentState.BUSY,
    4: AgentState.IDLE,
    5: AgentState.WRAP_UP,
    8: AgentState.REST,  # documentation issue 24: signing in resting
}
