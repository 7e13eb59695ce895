"""The live desk's model: one agent's state, calls and chats, folded from its events.

:class:`DeskModel` is the pure part of :class:`~cec_agentgateway.AgentDesk`: it folds one
:class:`~cec_agentgateway.Event` at a time (``fold``) or a gateway snapshot (``rebuild``,
from syncagentinfo and the call queries) into immutable records, and returns the changes
it made. It does no I/O and calls no callback; the desk classes (``_live_desk.py``) do.

An event that contradicts the model (a hold, release or three-party join of a call it does
not know: an event was lost) is not folded: ``fold`` reports it, and the desk rebuilds the
model from the gateway instead. A call the model saw end (or that a rebuild did not find)
is never brought back by a late event, so a rebuild never loops.
"""

from __future__ import annotations

import datetime
import enum
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ._events import Event
from .generated.models import (
    AgentState,
    CallEventContent,
    CallType,
    ChatContent,
    EventType,
    GatewayAgentState,
    IncomingCallInfoContent,
    NotReadyContent,
    ThreePartyCallContent,
)

if TYPE_CHECKING:
    from .generated.models import AgentStateInfo, CallInfo

__all__ = [
    "CallChange",
    "CallKind",
    "CallState",
    "ChatChange",
    "ChatKind",
    "ChatState",
    "DeskCall",
    "DeskChange",
    "DeskChat",
    "DeskModel",
    "DeskState",
    "ReleasedBy",
    "Resynced",
    "Snapshot",
    "StateChange",
]


class CallState(enum.StrEnum):
    """Where a call of the desk stands."""

    RINGING = "ringing"  # offered to the agent, not answered yet
    DIALING = "dialing"  # placed by the agent, the far end not answered yet
    TALKING = "talking"
    HELD = "held"
    CONSULTING = "consulting"  # a consultation with a colleague (the customer is held)
    CONFERENCE = "conference"  # a three-party call
    ENDED = "ended"


class CallKind(enum.StrEnum):
    """What happened to a call (the ``kind`` of :class:`CallChange`, given to ``on_call``)."""

    RINGING = "ringing"  # it rings at the agent, or the agent dials
    CONNECTED = "connected"  # answered, retrieved from hold, joined into a conference
    HELD = "held"
    ENDED = "ended"


class ReleasedBy(enum.StrEnum):
    """Who ended a call, as far as the events tell."""

    CUSTOMER = "customer"  # AgentEvent_Customer_Release before the release
    AGENT = "agent"  # released on the agent's side (the agent, or its phone, hung up)
    FAR_END = "far end"  # the call could not be set up, or the colleague left
    UNKNOWN = "unknown"  # gone when the desk rebuilt its model from the gateway


class ChatState(enum.StrEnum):
    """Where a chat of the desk stands."""

    RINGING = "ringing"
    CONNECTED = "connected"
    ENDED = "ended"


class ChatKind(enum.StrEnum):
    """What happened to a chat (the ``kind`` of :class:`ChatChange`, given to ``on_chat``)."""

    RINGING = "ringing"
    CONNECTED = "connected"
    ENDED = "ended"


@dataclass(frozen=True, slots=True)
class DeskState:
    """The agent's state.

    ``state``: the gateway's agent state (``TALKING`` while it has a call, whatever its
    working state). ``since``: when it entered it (UTC). ``pending``: ``BUSY`` or ``REST``
    when the agent asked for it during a call (it begins when the call ends), else None.
    ``busy_reason``: the busy cause while busy (0 for none).
    """

    state: GatewayAgentState
    since: datetime.datetime
    pending: GatewayAgentState | None = None
    busy_reason: int | None = None


@dataclass(frozen=True, slots=True)
class DeskCall:
    """One call of the agent, as the desk knows it.

    ``missed``: it rang and ended without being answered. ``released_by`` and
    ``release_reason`` say who ended it and why (None while it lasts). ``partners``: the
    other parties of a three-party call. ``feature``: the call type (inbound, outbound,
    consultation...) when an event or a query said it.
    """

    call_id: str
    state: CallState
    caller: str | None = None
    called: str | None = None
    feature: CallType | None = None
    started_at: datetime.datetime | None = None
    answered_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None
    released_by: ReleasedBy | None = None
    release_reason: str | None = None
    partners: tuple[str, ...] = ()
    missed: bool = False

    @property
    def ended(self) -> bool:
        return self.state is CallState.ENDED

    @property
    def answered(self) -> bool:
        return self.answered_at is not None


@dataclass(frozen=True, slots=True)
class DeskChat:
    """One text chat of the agent (AgentChat_* events)."""

    call_id: str
    state: ChatState
    customer: str | None = None
    called: str | None = None
    started_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None


@dataclass(frozen=True, slots=True)
class StateChange:
    """The agent's state (or its pending state) changed; ``cause``: the event type, or
    ``"resync"``."""

    previous: DeskState
    state: DeskState
    cause: str


@dataclass(frozen=True, slots=True)
class CallChange:
    """A call rang, connected, was held or ended (``kind``); ``previous``: how it was."""

    kind: CallKind
    call: DeskCall
    previous: DeskCall | None


@dataclass(frozen=True, slots=True)
class ChatChange:
    """A chat rang, connected or ended (``kind``)."""

    kind: ChatKind
    chat: DeskChat


@dataclass(frozen=True, slots=True)
class Resynced:
    """The model was rebuilt from the gateway (``reason``: "start", "reconnected",
    "lost event ..." or "requested")."""

    reason: str
    at: datetime.datetime


DeskChange = StateChange | CallChange | ChatChange | Resynced


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the gateway said at a rebuild: syncagentinfo, and the call queries.

    ``calls``: every call the agent has (allcallid), current one first, each with its
    information when a query gave it; ``held``: the IDs of the held ones (holdlist).
    """

    state_info: AgentStateInfo | None
    gateway_state: GatewayAgentState | None
    current: CallInfo | None
    calls: tuple[tuple[str, CallInfo | None], ...]
    held: frozenset[str]
    at: datetime.datetime


# ---------------------------------------------------------------------- tables

_PLACED = frozenset(
    {
        CallType.OUTBOUND,
        CallType.INTERNAL,
        CallType.PREVIEW_OUTBOUND,
        CallType.INTERNAL_TWO_PARTY_CONSULTATION,
        CallType.INTERNAL_THREE_PARTY_CONSULTATION,
    }
)
_CONSULTATIONS = frozenset(
    {CallType.INTERNAL_TWO_PARTY_CONSULTATION, CallType.INTERNAL_THREE_PARTY_CONSULTATION}
)
_LIVE = frozenset(set(CallState) - {CallState.ENDED})

_IDLE_AGAIN = frozenset(
    {
        EventType.AGENT_STATE_READY,
        EventType.AGENT_STATE_FORCE_READY,
        EventType.AGENT_STATE_CANCEL_NOT_READY_SUCCESS,
        EventType.AGENT_STATE_CANCEL_REST_SUCCESS,
        EventType.AGENT_STATE_CANCEL_WORK_SUCCESS,
    }
)
_BUSY = frozenset(
    {
        EventType.AGENT_STATE_SET_NOT_READY_SUCCESS,
        EventType.AGENT_STATE_FORCE_SET_NOT_READY,
        EventType.AGENT_STATE_NOT_READY,
    }
)
_WRAP_UP = frozenset({EventType.AGENT_STATE_SET_WORK_SUCCESS, EventType.AGENT_STATE_WORK})
_FAILED = frozenset(
    {
        EventType.AGENT_EVENT_CALL_OUT_FAIL,
        EventType.AGENT_EVENT_INSIDE_CALL_FAIL,
        EventType.AGENT_EVENT_CONSULT_FAIL,
        EventType.AGENT_EVENT_CONNECT_FAIL,
    }
)
_RINGS = frozenset(
    {
        EventType.AGENT_EVENT_INCOMING_CALL_INFO,
        EventType.AGENT_EVENT_RINGING,
        EventType.AGENT_EVENT_CUSTOMER_ALERTING,
    }
)
# Events about a call that only make sense for a call the model knows.
_NEEDS_KNOWN_CALL = frozenset(
    {
        EventType.AGENT_EVENT_HOLD,
        EventType.AGENT_EVENT_CALL_RELEASE,
        EventType.AGENT_EVENT_CUSTOMER_RELEASE,
        EventType.AGENT_EVENT_CONFERENCE,
    }
)

# The detailed agent state (syncagentinfo) as the gateway's agent state, and the current
# call's state it implies.
_GATEWAY_STATES = {
    AgentState.IDLE: GatewayAgentState.IDLE,
    AgentState.BUSY: GatewayAgentState.BUSY,
    AgentState.WRAP_UP: GatewayAgentState.WRAP_UP,
    AgentState.REST: GatewayAgentState.REST,
}
_CURRENT_CALL_STATES = {
    AgentState.RINGING: CallState.RINGING,
    AgentState.OUTBOUND_CALLING: CallState.DIALING,
    AgentState.THREE_PARTY_CALL: CallState.CONFERENCE,
}


_KEEP: Any = object()  # _set_state: leave this part of the state as it is


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _feature(value: object) -> CallType | None:
    """A call type from an event's ``feature`` text ("7") or a query's number."""
    if isinstance(value, CallType):
        return value
    try:
        return CallType(int(str(value)))
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _reason(content: object) -> int | None:
    if isinstance(content, NotReadyContent) and content.reason is not None:
        try:
            return int(content.reason)
        except ValueError:
            return None
    return 0


# ---------------------------------------------------------------------- the model


@dataclass
class _Outcome:
    changes: list[DeskChange] = field(default_factory=list)
    contradiction: str | None = None  # why the model must be rebuilt


class DeskModel:
    """The fold. Not thread-safe: the desk serialises the calls (see ``_live_desk``)."""

    def __init__(self, agent_id: str, history: int = 50) -> None:
        self.agent_id = agent_id
        self.history = history
        self.state = DeskState(GatewayAgentState.UNKNOWN, _now())
        self.calls: OrderedDict[str, DeskCall] = OrderedDict()
        self.chats: OrderedDict[str, DeskChat] = OrderedDict()
        self.current_call_id: str | None = None
        self._customer_left: set[str] = set()  # calls whose customer hung up, release to come
        self._transferred = False  # a transfer succeeded: the next release hands the call on
        self._forgotten: OrderedDict[str, None] = OrderedDict()  # gone at a rebuild

    # ------------------------------------------------------------------ reading

    @property
    def live_calls(self) -> list[DeskCall]:
        return [c for c in self.calls.values() if c.state in _LIVE]

    @property
    def current_call(self) -> DeskCall | None:
        call = None if self.current_call_id is None else self.calls.get(self.current_call_id)
        return call if call is not None and call.state in _LIVE else None

    def _known(self, call_id: str) -> bool:
        return call_id in self.calls or call_id in self._forgotten

    # ------------------------------------------------------------------ changing

    def _set_state(
        self,
        out: _Outcome,
        cause: str,
        at: datetime.datetime,
        state: GatewayAgentState | None = None,
        *,
        pending: GatewayAgentState | object | None = _KEEP,
        busy_reason: int | object | None = _KEEP,
    ) -> None:
        """A new state (its time restarts) and/or pending state; _KEEP leaves a part as it is."""
        old = self.state
        new_state = old.state if state is None else state
        new = DeskState(
            new_state,
            old.since if new_state is old.state else at,
            old.pending if pending is _KEEP else pending,  # type: ignore[arg-type]
            old.busy_reason if busy_reason is _KEEP else busy_reason,  # type: ignore[arg-type]
        )
        if new != old:
            self.state = new
            out.changes.append(StateChange(old, new, cause))

    def _put(self, out: _Outcome, call: DeskCall, kind: CallKind | None) -> None:
        previous = self.calls.get(call.call_id)
        if previous == call:
            return
        self.calls[call.call_id] = call
        self.calls.move_to_end(call.call_id)
        if kind is not None:
            out.changes.append(CallChange(kind, call, previous))
        self._trim()

    def _trim(self) -> None:
        ended = [k for k, c in self.calls.items() if c.state is CallState.ENDED]
        for call_id in ended[: max(0, len(ended) - self.history)]:
            del self.calls[call_id]
            self._forget(call_id)
        while len(self.chats) > self.history:
            oldest = next(iter(self.chats))
            if self.chats[oldest].state is not ChatState.ENDED:
                break
            del self.chats[oldest]

    def _forget(self, call_id: str) -> None:
        self._forgotten[call_id] = None
        while len(self._forgotten) > 4 * self.history:
            self._forgotten.popitem(last=False)

    def _end(
        self,
        out: _Outcome,
        call: DeskCall,
        at: datetime.datetime,
        by: ReleasedBy,
        reason: str,
    ) -> None:
        self._customer_left.discard(call.call_id)
        ended = replace(
            call,
            state=CallState.ENDED,
            ended_at=at,
            released_by=by,
            release_reason=reason,
            missed=call.state is CallState.RINGING and call.answered_at is None,
        )
        self._put(out, ended, CallKind.ENDED)
        if self.current_call_id == call.call_id:
            self.current_call_id = None

    def _talking(self, out: _Outcome, call_id: str, content: object, at: datetime.datetime) -> None:
        """AgentEvent_Talking: answered, connected, retrieved from hold (a new call too)."""
        if call_id in self._forgotten:
            return  # a late event of a call that ended (or that a rebuild did not find)
        call = self.calls.get(call_id) or DeskCall(call_id, CallState.RINGING, started_at=at)
        if call.state is CallState.ENDED:
            return  # a late event of an ended call
        if isinstance(content, CallEventContent):
            feature = _feature(content.feature) or call.feature
            call = replace(
                call,
                caller=_text(content.caller) or call.caller,
                called=_text(content.called) or call.called,
                feature=feature,
            )
        state = CallState.CONSULTING if call.feature in _CONSULTATIONS else CallState.TALKING
        if call.state is CallState.CONFERENCE:
            state = CallState.CONFERENCE
        call = replace(call, state=state, answered_at=call.answered_at or at)
        self._put(out, call, CallKind.CONNECTED)
        self.current_call_id = call_id
        self._in_call(out, at, EventType.AGENT_EVENT_TALKING.value)

    def _ringing(
        self, out: _Outcome, call_id: str, content: object, at: datetime.datetime, cause: str
    ) -> None:
        """A call rings (Incoming_CallInfo, Ringing) or the agent dials (Customer_Alerting)."""
        if call_id in self._forgotten:
            return
        call = self.calls.get(call_id)
        if call is not None and call.state not in (CallState.RINGING, CallState.DIALING):
            return  # already further along (a late or repeated event)
        caller = called = None
        feature = None if call is None else call.feature
        if isinstance(content, IncomingCallInfoContent | CallEventContent):
            caller, called = _text(content.caller), _text(content.called)
        if isinstance(content, CallEventContent):
            feature = _feature(content.feature) or feature
        dialing = cause == EventType.AGENT_EVENT_CUSTOMER_ALERTING.value or feature in _PLACED
        state = CallState.DIALING if dialing else CallState.RINGING
        base = call or DeskCall(call_id, state, started_at=at)
        self._put(
            out,
            replace(
                base,
                state=state,
                caller=caller or base.caller,
                called=called or base.called,
                feature=feature,
            ),
            CallKind.RINGING,
        )
        self.current_call_id = call_id
        self._in_call(out, at, cause)

    def _in_call(self, out: _Outcome, at: datetime.datetime, cause: str) -> None:
        if self.state.state is not GatewayAgentState.TALKING:
            self._set_state(out, cause, at, GatewayAgentState.TALKING)

    def fold(self, event: Event) -> _Outcome:
        """Fold one event; the changes, or why the model must be rebuilt instead."""
        out = _Outcome()
        at = event.generated_at or _now()
        kind = event.type
        cause = kind.value
        call_id = event.call_id
        call: DeskCall | None
        if kind in _NEEDS_KNOWN_CALL or kind in _FAILED:
            if call_id is None:
                return out
            if not self._known(call_id):
                out.contradiction = f"{cause} for call {call_id}, which the desk does not know"
                return out
        # ---------------------------------------------------------- agent state
        if kind in _IDLE_AGAIN:
            if self.live_calls:  # during a call: the busy or rest asked for is cancelled
                self._set_state(out, cause, at, pending=None)
            else:
                self._set_state(
                    out, cause, at, GatewayAgentState.IDLE, pending=None, busy_reason=None
                )
        elif kind in _BUSY:
            reason = _reason(event.content)
            self._set_state(
                out, cause, at, GatewayAgentState.BUSY, pending=None, busy_reason=reason
            )
        elif kind is EventType.AGENT_STATE_SET_REST_SUCCESS:
            self._set_state(out, cause, at, GatewayAgentState.REST, pending=None, busy_reason=None)
        elif kind in _WRAP_UP:
            self._set_state(
                out, cause, at, GatewayAgentState.WRAP_UP, pending=None, busy_reason=None
            )
        elif kind is EventType.AGENT_STATE_BUSY:  # occupied by a call being offered
            self._set_state(out, cause, at, GatewayAgentState.TALKING, busy_reason=None)
        elif kind is EventType.AGENT_OTHER_SHUTDOWN_SERVICE:
            for call in self.live_calls:
                self._end(out, call, at, ReleasedBy.UNKNOWN, "the agent was signed out")
            for chat in list(self.chats.values()):
                if chat.state is not ChatState.ENDED:
                    self._chat(out, replace(chat, state=ChatState.ENDED, ended_at=at))
            self._set_state(out, cause, at, GatewayAgentState.SIGNED_OUT, pending=None)
        # ---------------------------------------------------------- calls
        elif kind in _RINGS and call_id is not None:
            self._ringing(out, call_id, event.content, at, cause)
        elif kind is EventType.AGENT_EVENT_TALKING and call_id is not None:
            self._talking(out, call_id, event.content, at)
        elif kind is EventType.AGENT_EVENT_HOLD and call_id is not None:
            call = self.calls.get(call_id)
            if call is not None and call.state in _LIVE:
                self._put(out, replace(call, state=CallState.HELD), CallKind.HELD)
                if self.current_call_id == call_id:
                    self.current_call_id = None
        elif kind is EventType.AGENT_EVENT_CUSTOMER_RELEASE and call_id is not None:
            self._customer_left.add(call_id)
        elif kind is EventType.AGENT_EVENT_CALL_RELEASE and call_id is not None:
            call = self.calls.get(call_id)
            if call is not None and call.state in _LIVE:
                if call_id in self._customer_left:
                    by, why = ReleasedBy.CUSTOMER, "the customer hung up"
                elif self._transferred:
                    by, why = ReleasedBy.AGENT, "transferred"
                elif call.answered_at is None:
                    by, why = ReleasedBy.AGENT, "released before it was answered"
                else:
                    by, why = ReleasedBy.AGENT, "released on the agent's side"
                self._transferred = False
                self._end(out, call, at, by, why)
        elif kind in _FAILED and call_id is not None:
            call = self.calls.get(call_id)
            if call is not None and call.state in _LIVE:
                self._end(out, call, at, ReleasedBy.FAR_END, "the call could not be set up")
        elif kind in (EventType.AGENT_EVENT_NO_ANSWER, EventType.AGENT_EVENT_NO_ANSWER_FROM_CTI):
            call = self.current_call
            if call is not None and call.state is CallState.RINGING:
                self._end(out, call, at, ReleasedBy.AGENT, "not answered")
        elif kind is EventType.AGENT_EVENT_ABANDON_CALL and call_id is not None:
            call = self.calls.get(call_id)
            if call is not None and call.state in _LIVE:
                self._end(out, call, at, ReleasedBy.CUSTOMER, "the customer gave up waiting")
        elif kind is EventType.AGENT_EVENT_TRANS_OUT_RESULT:
            result = getattr(event.content, "result", None)
            self._transferred = str(result) == "0"
        elif kind is EventType.AGENT_EVENT_CONFERENCE and call_id is not None:
            self._conference(out, call_id, event.content, at)
        # ---------------------------------------------------------- chats
        elif kind in (
            EventType.AGENT_CHAT_RING,
            EventType.AGENT_CHAT_CONNECTED,
            EventType.AGENT_CHAT_DISCONNECTED,
        ):
            self._chat_event(out, event, at)
        return out

    def _conference(
        self, out: _Outcome, call_id: str, content: object, at: datetime.datetime
    ) -> None:
        """AgentEvent_Conference: the held call and the current one became one call."""
        call = self.calls.get(call_id)
        if call is None or call.state is CallState.ENDED:
            return
        partners: tuple[str, ...] = ()
        if isinstance(content, ThreePartyCallContent) and content.partner:
            partners = tuple(p for p in content.partner.split(",") if p)
        joined = self.current_call
        if joined is not None and joined.call_id != call_id:
            self._end(out, joined, at, ReleasedBy.AGENT, "joined into a three-party call")
        merged = replace(call, state=CallState.CONFERENCE, partners=partners or call.partners)
        self._put(out, merged, CallKind.CONNECTED)
        self.current_call_id = call_id

    def _chat(self, out: _Outcome, chat: DeskChat) -> None:
        if self.chats.get(chat.call_id) == chat:
            return
        self.chats[chat.call_id] = chat
        out.changes.append(ChatChange(ChatKind(chat.state.value), chat))
        self._trim()

    def _chat_event(self, out: _Outcome, event: Event, at: datetime.datetime) -> None:
        content = event.content
        call_id = event.call_id
        if call_id is None:
            return
        chat = self.chats.get(call_id)
        customer = called = None
        if isinstance(content, ChatContent):
            customer, called = _text(content.caller), _text(content.called)
        if event.type is EventType.AGENT_CHAT_DISCONNECTED:
            if chat is not None and chat.state is not ChatState.ENDED:
                self._chat(out, replace(chat, state=ChatState.ENDED, ended_at=at))
            return
        if chat is not None and chat.state is ChatState.ENDED:
            return
        state = (
            ChatState.RINGING if event.type is EventType.AGENT_CHAT_RING else ChatState.CONNECTED
        )
        if chat is not None and chat.state is ChatState.CONNECTED:
            return
        base = chat or DeskChat(call_id, state, started_at=at)
        self._chat(
            out,
            replace(
                base, state=state, customer=customer or base.customer, called=called or base.called
            ),
        )

    # ------------------------------------------------------------------ rebuilding

    def note_pending(self, pending: GatewayAgentState, reason: int | None = None) -> _Outcome:
        """The agent asked for busy or rest: pending while it has a call, else nothing (the
        gateway's event will say the state)."""
        out = _Outcome()
        if self.live_calls:
            self._set_state(out, "requested", _now(), pending=pending)
        return out

    def rebuild(self, snapshot: Snapshot, reason: str) -> _Outcome:
        """Replace the model's view with what the gateway said; the differences as changes."""
        out = _Outcome()
        at = snapshot.at
        info = snapshot.state_info
        found: dict[str, DeskCall] = {}
        current_id = None
        if snapshot.current is not None:
            current_id = _text(snapshot.current.callid)
        if current_id is None and info is not None:
            current_id = _text(info.cur_call_id)
        detailed = None if info is None else info.state
        for call_id, call_info in snapshot.calls:
            known = self.calls.get(call_id)
            if known is not None and known.state is CallState.ENDED:
                known = None
            call = known or DeskCall(call_id, CallState.TALKING)
            if call_info is not None:
                call = replace(
                    call,
                    caller=_text(call_info.caller) or call.caller,
                    called=_text(call_info.called) or call.called,
                    feature=_feature(call_info.callfeature) or call.feature,
                    started_at=call.started_at or call_info.begintime_at,
                )
            if call_id in snapshot.held:
                state = CallState.HELD
            elif call_id == current_id:
                state = _CURRENT_CALL_STATES.get(detailed, CallState.TALKING)  # type: ignore[arg-type]
                if state is CallState.TALKING and call.feature in _CONSULTATIONS:
                    state = CallState.CONSULTING
            else:
                state = call.state if known is not None else CallState.TALKING
            if state not in (CallState.RINGING, CallState.DIALING):
                answered = call.answered_at
                if answered is None and info is not None and call_id == current_id:
                    answered = info.begin_talking_time_at
                call = replace(call, answered_at=answered or call.started_at or at)
            found[call_id] = replace(call, state=state)
        for call in self.live_calls:
            if call.call_id not in found:
                self._end(out, call, at, ReleasedBy.UNKNOWN, "gone when the desk resynchronised")
        for call in found.values():
            previous = self.calls.get(call.call_id)
            self._put(out, call, None if previous == call else _kind_of(call))
        self.current_call_id = current_id if current_id in found else None
        self._rebuild_state(out, snapshot, at)
        out.changes.append(Resynced(reason, at))
        return out

    def forget_unknown(self, call_ids: Iterable[str]) -> None:
        """Calls a lost event named that the rebuild did not find: late events about them
        are ignored from now on (no second rebuild for the same call)."""
        for call_id in call_ids:
            if call_id not in self.calls:
                self._forget(call_id)

    def _rebuild_state(self, out: _Outcome, snapshot: Snapshot, at: datetime.datetime) -> None:
        info = snapshot.state_info
        if info is not None and info.state is not None:
            state = _GATEWAY_STATES.get(info.state, GatewayAgentState.TALKING)
            if info.state is AgentState.ABNORMAL:
                state = GatewayAgentState.UNKNOWN
        elif snapshot.gateway_state is not None:
            state = snapshot.gateway_state
        else:
            state = self.state.state
        if self.live_calls:
            state = GatewayAgentState.TALKING
        if state is GatewayAgentState.PRE_REST:
            state = GatewayAgentState.TALKING
        pending: GatewayAgentState | None = None
        if info is not None and info.pre_rest:
            pending = GatewayAgentState.REST
        elif info is not None and info.pre_busy:
            pending = GatewayAgentState.BUSY
        elif snapshot.gateway_state is GatewayAgentState.PRE_REST:
            pending = GatewayAgentState.REST
        since = None if info is None else info.agent_state_begin_time_at
        old = self.state
        if state is not old.state:
            new = DeskState(state, since or at, pending, None)
        else:
            new = replace(old, pending=pending)
        if new != old:
            self.state = new
            out.changes.append(StateChange(old, new, "resync"))


def _kind_of(call: DeskCall) -> CallKind:
    return {
        CallState.RINGING: CallKind.RINGING,
        CallState.DIALING: CallKind.RINGING,
        CallState.HELD: CallKind.HELD,
        CallState.ENDED: CallKind.ENDED,
    }.get(call.state, CallKind.CONNECTED)
