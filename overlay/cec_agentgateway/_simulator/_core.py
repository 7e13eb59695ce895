"""GatewayCore: what every family of the simulated gateway stands on.

The core keeps the agent accounts, sessions and their Guids (rotation and expiry), the event
queues (and the watchers that copy other agents' events), the clock, the request log and the
injected faults, and routes each request to the handler a family registered for its
operation. It knows no operation itself: the families (``families/``) register their
handlers, scenario controls and command lines with :meth:`register`, and talk to each other
only through :class:`Hooks`. Nothing here imports a family. Everything runs with ``lock``
held; the transports and the HTTP server call ``_handle_blocking`` or ``_handle_async``.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import math
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._errors import RequestValidationError
from .._validation import check_agent_id
from ..generated.models import AgentState, Retcode
from ._faults import Fault, FaultQueue
from ._model import AgentRecord, Call, GuidEntry, RequestRecord, Session, SessionOptions
from ._model import SimulatorError as SimulatorError
from ._payloads import event as event_payload
from ._polling import PendingPoll
from ._wire import (
    Context,
    ErrorResult,
    Refusal,
    SimRequest,
    SimResponse,
    build_routes,
    error_response,
    match_route,
    not_routed,
    text_response,
)

__all__ = ["Command", "ControlAction", "GatewayCore", "Handler", "Hooks", "Outcome"]

_log = logging.getLogger("cec_agentgateway.simulator")

Outcome = SimResponse | Fault
Handler = Callable[[Context], "SimResponse | PendingPoll"]
ControlAction = Callable[[Mapping[str, Any]], dict[str, Any]]  # a JSON body -> answer fields
Command = Callable[[list[str]], str]  # the words after the command's name -> "ok ..."

_GUID_SUFFIX = ".AgentGateway0"
_REQUEST_LOG = 10_000
# Event types a watcher receives copies of: the agents' states and their calls.
_WATCHED_PREFIXES = ("AgentState_", "AgentEvent_")


@dataclass
class Hooks:
    """How the families tell each other what happened (each list runs in order):
    ``session_started(agent, now)``: a sign-in began a session (working state is reset).
    ``session_ending(agent)``: a session is about to end (its calls and conferences go).
    ``engagement_ended(agent)``: the agent's last call or conference ended (the agent-state
    family makes it idle, enters wrap-up, or the busy or rest asked for during the call).
    ``call_released(agent, call)``: a call of the agent was released (conferences drop it).
    ``tick(now)``: before every request, for what happens with time (rest reminders,
    conference warnings); each hook keeps its own due time cheap to check.
    """

    session_started: list[Callable[[AgentRecord, float], None]] = field(default_factory=list)
    session_ending: list[Callable[[AgentRecord], None]] = field(default_factory=list)
    engagement_ended: list[Callable[[AgentRecord], None]] = field(default_factory=list)
    call_released: list[Callable[[AgentRecord, Call], None]] = field(default_factory=list)
    tick: list[Callable[[float], None]] = field(default_factory=list)


class GatewayCore:
    """Accounts, sessions, Guids, event queues, clock, faults and routing (see the module)."""

    #: Rights an operation may need, with the retcode a gateway refuses it with.
    RIGHTS: Mapping[str, Retcode] = {"inspect": Retcode.QC_NO_RIGHT}

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        poll_wait: float = 10.0,
        idle_timeout: float = 120.0,
        guid_rotation: float | None = 60.0,
        guid_expiry: float = 120.0,
        start_time: float | None = None,
        vdn_id: int = 1,
        error_result: ErrorResult = "null",
        request_log: int = _REQUEST_LOG,
    ) -> None:
        if error_result not in ("null", "absent", "empty"):
            raise ValueError("error_result must be 'null', 'absent' or 'empty'")
        self.error_result: ErrorResult = error_result
        self.poll_wait = poll_wait
        self.poll_jitter = 0.0  # see PendingPoll; GatewaySimulator(poll_jitter=...)
        self.idle_timeout = idle_timeout
        self.guid_rotation = guid_rotation
        self.guid_expiry = guid_expiry
        self.vdn_id = vdn_id
        self.hooks = Hooks()
        self._clock = clock
        self._clock_anchor = clock()
        self._epoch_anchor = time.time() if start_time is None else start_time
        self._lock = threading.Lock()
        # Waiting polls by agent ID: an event wakes only the polls of its agent.
        self._poll_waiters: dict[str, set[Callable[[], None]]] = {}
        self._agents: dict[str, AgentRecord] = {}
        self._guids: dict[str, GuidEntry] = {}
        self._guid_sweep_at = 64  # sweep dead Guids when the table reaches this size
        self._idle_due = -math.inf  # no session can be idle before this (simulator clock)
        self._idle_due_for = idle_timeout
        self._watchers: set[Session] = set()
        self._faults = FaultQueue()
        self._log: deque[RequestRecord] = deque(maxlen=request_log)
        self._handlers: dict[str, Handler] = {}
        self._routes = build_routes(())
        self.controls: dict[str, ControlAction] = {}
        self.commands: dict[str, tuple[str, Command]] = {}  # name -> (usage, command)

    # ------------------------------------------------------------------ the family API

    @property
    def lock(self) -> threading.Lock:
        return self._lock

    @property
    def agents(self) -> Mapping[str, AgentRecord]:
        return self._agents

    def register(
        self,
        handlers: Mapping[str, Handler],
        controls: Mapping[str, ControlAction] = {},
        commands: Mapping[str, tuple[str, Command]] = {},
    ) -> None:
        """Add a family's handlers (by operationId), control actions and command lines."""
        clash = (self._handlers.keys() & handlers.keys()) | (self.controls.keys() & controls.keys())
        clash |= self.commands.keys() & commands.keys()
        if clash:
            raise ValueError(f"registered twice: {sorted(clash)}")
        self._handlers.update(handlers)
        self.controls.update(controls)
        self.commands.update(commands)
        self._routes = build_routes(self._handlers)

    def clock(self) -> float:  # seconds, monotonic
        return self._clock()

    def now_ms(self) -> int:
        """Epoch milliseconds of the simulated wall clock."""
        return int((self._epoch_anchor + self._clock() - self._clock_anchor) * 1000)

    def agent(self, agent_id: str) -> AgentRecord:
        agent = self._agents.get(agent_id)
        if agent is None:
            raise SimulatorError(f"no agent {agent_id!r}: add it with add_agent()")
        return agent

    def signed_in(self, agent_id: str) -> tuple[AgentRecord, Session]:
        """The agent and its session, for scenario methods (SimulatorError otherwise)."""
        self.housekeeping(self._clock())
        agent = self.agent(agent_id)
        if agent.session is None:
            raise SimulatorError(f"agent {agent_id} is not signed in")
        return agent, agent.session

    def require_right(self, agent: AgentRecord, right: str) -> None:
        """Refuse with the gateway's retcode when the agent lacks ``right``."""
        if right not in agent.rights:
            raise Refusal(self.RIGHTS[right], f"agent {agent.agent_id} has no {right} right")

    def queue(self, agent: AgentRecord, event_type: Any, content: Any) -> None:
        """Queue an event for the agent's session (and copy it to the agents watching it)."""
        session = agent.session
        if session is None:
            return
        event = event_payload(event_type, agent.agent_id, content, self.now_ms())
        session.events.append(event)
        self._notify(agent.agent_id)
        if self._watchers and str(event_type).startswith(_WATCHED_PREFIXES):
            for watcher in self._watchers:
                watching = watcher.watching
                if watcher is session or watching is None or watcher.ended:
                    continue
                owner = self._agents[watcher.agent_id]
                if (agent.agent_id in watching) or (not watching and owner.vdn_id == agent.vdn_id):
                    watcher.watched.append(copy.deepcopy(event))

    def add_watcher(self, session: Session, agents: Iterable[str] | None) -> None:
        """Let ``session`` receive copies of other agents' state and call events (None:
        every agent of its VDN); they wait in ``session.watched`` (GatewayCore.watch)."""
        session.watching = frozenset() if agents is None else frozenset(agents)
        self._watchers.add(session)

    def refresh_state(self, agent: AgentRecord) -> None:
        """Record a change of the detailed state (lastState, agentStateBeginTime)."""
        state = agent.detailed_state()
        if state != agent.state:
            agent.last_state = agent.state
            agent.state = state
            agent.state_since_ms = self.now_ms()

    def engagement_ended(self, agent: AgentRecord) -> None:
        """The agent's last call or conference may have ended: tell the families."""
        if agent.session is not None and not agent.busy_with_call:
            for hook in self.hooks.engagement_ended:
                hook(agent)

    def call_released(self, agent: AgentRecord, call: Call) -> None:
        for hook in self.hooks.call_released:
            hook(agent, call)

    # ------------------------------------------------------------------ sessions and Guids

    def add_account(self, agent_id: str, password: str, phone: str | None, vdn: int) -> None:
        try:
            agent_id = check_agent_id(agent_id)
        except RequestValidationError as error:
            raise ValueError(error.message) from None
        with self._lock:
            if agent_id in self._agents:
                raise SimulatorError(f"agent {agent_id} already exists")
            self._agents[agent_id] = AgentRecord(agent_id, password, phone, vdn)

    def forget_session(self, session: Session) -> None:
        """A session that can never be used again (signed out and its last events polled, or
        taken over): its Guids are dropped now, so that nothing of it stays."""
        for guid in session.guids:
            self._guids.pop(guid, None)
        session.guids.clear()

    def start_session(
        self, agent: AgentRecord, options: SessionOptions, base_state: AgentState, now: float
    ) -> Session:
        if agent.farewell is not None:  # its last events were never polled
            self.forget_session(agent.farewell)
        agent.farewell = None
        login_ms = self.now_ms()
        session = Session(agent.agent_id, _new_guid(), now, login_ms, now, options)
        self._guids[session.guid] = GuidEntry(session)
        session.guids.append(session.guid)
        agent.session, agent.base_state, agent.sign_ins = session, base_state, agent.sign_ins + 1
        for hook in self.hooks.session_started:
            hook(agent, now)
        agent.state = agent.detailed_state()
        agent.last_state = AgentState.ABNORMAL
        agent.state_since_ms = login_ms
        return session

    def end_session(self, agent: AgentRecord, *, farewell: Any = None) -> None:
        """Sign the agent out. With a ``farewell`` event type its queue stays pollable and
        ends with that event (a takeover by forcelogin passes None and drops the queue)."""
        session = agent.session
        assert session is not None
        for hook in self.hooks.session_ending:
            hook(agent)
        if farewell is not None:
            self.queue(agent, farewell, {"loginTime": str(session.login_ms)})
        agent.session = None
        agent.farewell = session if farewell is not None else None
        session.ended = True
        if farewell is None:
            self.forget_session(session)
        self._watchers.discard(session)
        agent.base_state = AgentState.IDLE
        self._notify(agent.agent_id)

    def replace_guid(self, session: Session, now: float) -> str:
        """Issue a new Guid; the old one stays valid for ``guid_expiry`` seconds."""
        self._guids[session.guid].expires_at = now + self.guid_expiry
        session.guid = _new_guid()
        session.guid_issued_at = now
        self._guids[session.guid] = GuidEntry(session)
        session.guids = [g for g in session.guids if g in self._guids]  # the swept ones go
        session.guids.append(session.guid)
        return session.guid

    def announced_guid(self, session: Session, presented: str, now: float) -> str | None:
        """The Guid to announce in Set-GUID on a poll or heartbeat answer, if any: a new one
        when the rotation period has passed; the newest one again when the request came with
        an older Guid still in its grace period (the client may have lost the announcement)."""
        if self._agents[session.agent_id].session is not session:
            return None
        rotation = self.guid_rotation
        if rotation is not None and now - session.guid_issued_at >= rotation:
            return self.replace_guid(session, now)
        return session.guid if presented != session.guid else None

    def authenticate(
        self, request: SimRequest, agent_id: str, now: float, *, ended_ok: bool = False
    ) -> Session:
        """The session the request's Guid belongs to, or Refusal 100-006. ``ended_ok`` also
        accepts a signed-out session whose last events are not yet polled."""
        guid = request.header("Guid")
        entry = None if guid is None else self._guids.get(guid)
        if entry is None or (entry.expires_at is not None and now >= entry.expires_at):
            raise Refusal(Retcode.NOT_SIGNED_IN)
        session = entry.session
        agent = self._agents.get(session.agent_id)
        if session.agent_id != agent_id or agent is None:
            raise Refusal(Retcode.NOT_SIGNED_IN)
        if session is agent.session or (ended_ok and session is agent.farewell):
            return session
        raise Refusal(Retcode.NOT_SIGNED_IN)

    def is_live(self, session: Session) -> bool:
        agent = self._agents[session.agent_id]
        return session is agent.session or session is agent.farewell

    def housekeeping(self, now: float) -> None:
        """What happens with time, before every request: idle sign-out, the families' ticks,
        expired Guids. It must not cost O(sessions) each time: the idle scan runs once the
        earliest possible idle deadline has come, and the Guid table is swept when it has
        doubled (``authenticate`` checks expiry and liveness by itself)."""
        if now >= self._idle_due or self.idle_timeout != self._idle_due_for:
            self._sign_out_idle(now)
        for tick in self.hooks.tick:
            tick(now)
        if len(self._guids) >= self._guid_sweep_at:
            dead = [
                guid
                for guid, entry in self._guids.items()
                if (entry.expires_at is not None and now >= entry.expires_at)
                or not self.is_live(entry.session)
            ]
            for guid in dead:
                del self._guids[guid]
            self._guid_sweep_at = 2 * len(self._guids) + 64

    def _sign_out_idle(self, now: float) -> None:
        """Sign out the sessions idle for ``idle_timeout``; note when the next one may be.

        A lower bound is enough: ``last_seen`` only grows, a waiting poll counts as activity
        until it is answered, and new sessions start at ``now`` or later.
        """
        timeout = self.idle_timeout
        due = now + timeout
        for agent in self._agents.values():
            session = agent.session
            if session is None or session.polls_waiting:
                continue
            if now - session.last_seen >= timeout:
                self.end_session(agent, farewell="AgentOther_ShutdownService")
            else:
                due = min(due, session.last_seen + timeout)
        self._idle_due, self._idle_due_for = due, timeout

    # ------------------------------------------------------------------ faults and the log

    def inject(
        self, agent_id: str | None, fault: Fault, *, times: int = 1, operation: str | None = None
    ) -> None:
        """Answer the next ``times`` requests for ``agent_id`` (None: any request) with
        ``fault``, optionally only for one ``operation`` (an operationId). The request does
        not reach the simulated gateway (no state changes)."""
        if operation is not None and operation not in self._handlers:
            raise ValueError(f"unknown operation {operation!r}")
        with self._lock:
            self._faults.add(agent_id, fault, times, operation)

    def clear_faults(self) -> None:
        """Forget the injected faults that were not used yet."""
        with self._lock:
            self._faults.clear()

    @property
    def requests(self) -> list[RequestRecord]:
        """The requests answered so far (the latest ``request_log``), oldest first."""
        with self._lock:
            return list(self._log)

    def record(
        self,
        request: SimRequest,
        operation: str | None,
        agent_id: str | None,
        response: SimResponse | None,
        *,
        injected: bool = False,
    ) -> None:
        status = None if response is None else response.status
        retcode = None if response is None else response.retcode
        method, path = sys.intern(request.method), request.path  # one string per method
        self._log.append(
            RequestRecord(method, path, operation, agent_id, status, retcode, injected)
        )

    # ------------------------------------------------------------------ request handling

    def _handle_blocking(
        self, request: SimRequest, still_wanted: Callable[[], bool] | None = None
    ) -> Outcome | None:
        """Answer a request, waiting on a condition while a poll has no event. None when
        ``still_wanted`` (the server's "is the peer there?") says no as a poll would take an
        event: the event stays queued for the next poll instead of being lost."""
        with self._lock:
            outcome = self._dispatch(request)
            if not isinstance(outcome, PendingPoll):
                return outcome
            changed = threading.Condition(self._lock)
            self._poll_waiters.setdefault(outcome.agent_id, set()).add(changed.notify)
            try:
                changed.wait_for(outcome.ready, timeout=outcome.remaining())
                if still_wanted is not None and outcome.ready() and not still_wanted():
                    return None
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

    def _notify(self, agent_id: str | None = None) -> None:
        """Wake the waiting polls of ``agent_id`` (None: of every agent). Lock held."""
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

    def _forget_waiter(self, agent_id: str, waiter: Callable[[], None]) -> None:
        waiters = self._poll_waiters.get(agent_id)
        if waiters is not None:
            waiters.discard(waiter)
            if not waiters:
                del self._poll_waiters[agent_id]

    def _dispatch(self, request: SimRequest) -> Outcome | PendingPoll:
        """Route and run one request (lock held)."""
        now = self._clock()
        self.housekeeping(now)
        found = match_route(self._routes, request.method, request.path)
        agent_id = None if found is None else found.params.get("agentid")
        operation = None if found is None or found.route is None else found.route.operation
        fault = self._faults.take(agent_id, operation)
        if fault is not None:
            answer = None if fault.error is not None else fault.response()
            self.record(request, operation, agent_id, answer, injected=True)
            return fault
        if found is None or operation is None:
            response = not_routed(found)
            self.record(request, None, agent_id, response)
            return response
        context = Context(request, operation, agent_id or "", found.params, now)
        try:
            outcome = self._handlers[operation](context)
        except Refusal as refusal:
            outcome = error_response(operation, refusal, self.error_result)
        except Exception:  # a bug of the simulator: answer as a servlet container would
            _log.exception("%s failed", operation)
            outcome = text_response(500, "Internal Server Error")
        if isinstance(outcome, SimResponse):
            self.record(request, operation, agent_id, outcome)
        return outcome


def _new_guid() -> str:
    return f"{uuid.uuid4()}{_GUID_SUFFIX}"
