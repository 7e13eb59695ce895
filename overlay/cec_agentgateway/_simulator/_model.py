"""The state a simulated gateway keeps: agents, sessions, Guids, calls and conferences."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from ..generated.models import AgentState, CallType, ConfRole, GatewayAgentState, ReasonCode

__all__ = [
    "AgentRecord",
    "Call",
    "Conference",
    "GuidEntry",
    "ManualClock",
    "Participant",
    "RequestRecord",
    "Rest",
    "Session",
    "SessionOptions",
    "SimulatorError",
]


class SimulatorError(Exception):
    """A simulator method was used in a state that does not allow it.

    For example a call offered to an agent that is not signed in, or an unknown agent ID.
    Requests sent to the simulator never raise it: they get the gateway's retcodes.
    """


class ManualClock:
    """A clock for tests: it stands still until :meth:`advance` moves it.

    Pass it as ``GatewaySimulator(clock=...)`` to test Guid rotation, Guid expiry and idle
    sign-out without sleeping.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds``."""
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        self._now += seconds


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the simulator answered (see ``GatewaySimulator.requests``).

    ``operation`` is the spec's operationId (None for an unknown path or method),
    ``status`` the HTTP status (None when an injected transport error replaced the answer)
    and ``retcode`` the envelope's retcode, when the answer had one.
    """

    method: str
    path: str
    operation: str | None
    agent_id: str | None
    status: int | None
    retcode: str | None
    injected: bool = False


_WATCHED = 1000  # watched events kept per session; older ones are dropped


@dataclass(frozen=True)
class SessionOptions:
    """What the sign-in request chose for the session."""

    status: int = 4
    autoanswer: bool = True
    autoenteridle: bool = True
    push_mode: bool = False
    mediatype: str = "TTF"
    # Documentation issue 24: the sign-in mode as sent (None when not sent), and for a
    # sign-in resting (status 8) its duration in seconds and reason code.
    sign_in_mode: int | str | None = None
    rest_seconds: int | None = None
    rest_cause: int | None = None
    phone: str | None = None  # the phone bound to the session (phonenum), if any
    # Push mode (push_mode): where the events go and the token they carry.
    callback_uri: str | None = None
    service_token: str | None = field(default=None, repr=False)


@dataclass(eq=False)
class Session:
    """A signed-in agent's session. Ended sessions linger until their last events are polled."""

    agent_id: str
    guid: str
    guid_issued_at: float
    login_ms: int
    last_seen: float
    options: SessionOptions
    events: deque[dict[str, Any]] = field(default_factory=deque)
    ended: bool = False
    polls_waiting: int = 0
    calls_taken: int = 0
    # Previewed outbound calls offered (AgentEvent_Preview) and neither dialled nor
    # cancelled yet: control block ID -> the numbers that may be dialled.
    previews: dict[int, list[str]] = field(default_factory=dict)
    joined_skills: tuple[int, ...] = ()  # the skill queues joined with resetskill
    guids: list[str] = field(default_factory=list)  # every Guid issued to it, oldest first
    push_token: str | None = field(default=None, repr=False)  # the newest handshake's token
    # What the session watches of other agents (GatewayCore.add_watcher): None watches nobody, an
    # empty frozenset every agent of its VDN; the copies wait in ``watched``.
    watching: frozenset[str] | None = None
    watched: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=_WATCHED))
    talk_right: bool = True  # settalkright: whether inbound calls are offered (issue 22)


@dataclass(eq=False)
class GuidEntry:
    """A Guid the gateway issued; ``expires_at`` is None while it is the session's newest."""

    session: Session
    expires_at: float | None = None


@dataclass(eq=False)
class Call:
    """A call offered to an agent. Times are epoch milliseconds of the simulated wall clock."""

    call_id: str
    caller: str
    called: str
    app_data: str
    media_type: int
    skill: str
    skill_id: int
    wait_seconds: int
    offered_ms: int
    first_of_session: bool
    answered_ms: int | None = None
    ended_ms: int | None = None
    leave_reason: ReasonCode = ReasonCode.NORMAL
    # Voice call control (see _calls.py): an outbound call dials until the far end answers.
    outbound: bool = False
    held_ms: int | None = None
    feature: CallType = CallType.INBOUND
    partners: list[str] = field(default_factory=list)  # who else talks (three-party)
    transfer_target: str | None = None  # a transfer in progress, until it completes
    muted: bool = False
    dtmf: str = ""  # digits the agent sent (seconddialex)
    app_bytes: bytes | None = None  # the data as set by setcalldataex, when it was
    # The other side of a call between two of the simulator's agents (internal call or
    # consultation): the same call as the colleague's agent sees it.
    peer: Call | None = field(default=None, repr=False)
    peer_agent: str | None = None
    uui_data: str | None = None  # user-to-user information sent with callout (issue 23)

    def leg(
        self, caller: str, called: str, offered_ms: int, feature: CallType = CallType.INBOUND
    ) -> Call:
        """The same call (ID, data, skill) as another party gets it: a new leg, offered at
        ``offered_ms`` and not answered yet (a colleague's side, a transfer's target)."""
        return Call(
            call_id=self.call_id,
            caller=caller,
            called=called,
            app_data=self.app_data,
            media_type=self.media_type,
            skill=self.skill,
            skill_id=self.skill_id,
            wait_seconds=0,
            offered_ms=offered_ms,
            first_of_session=False,
            feature=feature,
        )

    @property
    def ringing(self) -> bool:
        """An inbound call offered to the agent and not answered yet."""
        return not self.outbound and self.answered_ms is None and self.ended_ms is None

    @property
    def dialing(self) -> bool:
        """An outbound call whose far end has not answered yet."""
        return self.outbound and self.answered_ms is None and self.ended_ms is None

    @property
    def held(self) -> bool:
        return self.held_ms is not None and self.ended_ms is None


@dataclass(eq=False)
class Participant:
    """A party of a conference: an agent (the chair, or an invited agent) or a phone number.
    ``attribute`` is its channel attribute (1 listen, 2 speak, 3 both); ``held`` its hold."""

    address: str
    is_agent: bool
    role: ConfRole
    enter_ms: int
    attribute: int = 3
    held: bool = False


@dataclass(eq=False)
class Conference:
    """A conference chaired by an agent. ``started_at`` is on the simulator's clock."""

    conf_id: int
    chair: str
    member_num: int
    minutes: int
    prompt_minutes: int
    started_at: float
    start_ms: int
    participants: list[Participant]
    warned: bool = False

    def has_party(self, address: str) -> bool:
        return any(p.address == address for p in self.participants)


@dataclass(eq=False)
class Rest:
    """A rest the agent asked for. ``ends_at`` (simulator clock) is None until it starts:
    a rest asked for during a call starts when the call ends."""

    seconds: int
    cause: int
    ends_at: float | None = None
    reminded: bool = False

    @property
    def started(self) -> bool:
        return self.ends_at is not None


@dataclass(eq=False)
class AgentRecord:
    """An agent account and, while it is signed in, its session and platform state."""

    agent_id: str
    password: str
    phone: str | None
    vdn_id: int
    session: Session | None = None
    sign_ins: int = 0  # sessions begun so far (a failover test counts duplicate sign-ins)
    # A session that was ended by sign-out or idleness whose last events (ending with
    # AgentOther_ShutdownService) are still to be polled; after that its Guids get 100-006.
    farewell: Session | None = None
    base_state: AgentState = AgentState.IDLE
    state: AgentState = AgentState.IDLE
    last_state: AgentState = AgentState.ABNORMAL
    state_since_ms: int = 0
    call: Call | None = None
    last_call: Call | None = None
    calls: dict[str, Call] = field(default_factory=dict)
    conference: Conference | None = None
    next_conference_failure: int | None = None
    # The agent's working state beyond base_state (see _agent_state.py): the busy cause, a
    # busy cause asked for during a call (busy once it ends), and the rest, running or asked for.
    busy_reason: int = 0
    pending_busy: int | None = None
    rest: Rest | None = None
    held_calls: list[Call] = field(default_factory=list)  # on hold, oldest first
    # The account's configuration: its agent group, the skill queues it may join, and the
    # rights it has (see GatewayCore.RIGHTS; every agent may inspect unless withheld).
    group: str | None = None
    skills: tuple[int, ...] = ()
    rights: set[str] = field(default_factory=lambda: {"inspect"})
    # What the agent does as an inspector (families/quality_control.py): LISTENING, INSERTING
    # or WHISPERING while it monitors another agent, else None.
    supervising: AgentState | None = None
    # Issue 22: a password change the next sign-in demands (isForceChange) and the
    # customised state (querycustomstate; 65535 when none is set).
    password_change_due: bool = False
    custom_state: int = 65535

    @property
    def busy_with_call(self) -> bool:
        """Whether the agent is answering, talking or holding (a call or a conference)."""
        return self.call is not None or self.conference is not None or bool(self.held_calls)

    @property
    def joined_skills(self) -> tuple[int, ...]:
        """The skill queues joined in the current session (none when signed out)."""
        return () if self.session is None else self.session.joined_skills

    def not_offerable(self) -> str | None:
        """Why a skill queue would not offer this agent a call ("busy (cause 201)"), or None.

        A gateway's queue offers calls only to idle agents.
        """
        if self.busy_with_call:
            return "in a call"
        if self.supervising is not None:
            return f"monitoring ({self.supervising.name.lower()})"
        if self.session is not None and not self.session.talk_right:
            return "not taking inbound calls (settalkright)"
        if self.base_state == AgentState.BUSY:
            return f"busy (cause {self.busy_reason})" if self.busy_reason else "busy"
        if self.base_state == AgentState.REST:
            return "resting"
        if self.base_state == AgentState.WRAP_UP:
            return "in wrap-up"
        return None

    def detailed_state(self) -> AgentState:
        """The agent state of the spec's AgentState table (syncagentinfo ``state``)."""
        if self.call is not None and self.call.ringing:
            return AgentState.RINGING
        if self.call is not None and self.call.dialing:
            return AgentState.OUTBOUND_CALLING
        if self.call is None and self.conference is None and self.held_calls:
            return AgentState.HOLD
        if self.call is not None and self.call.muted:
            return AgentState.MUTE
        if self.call is not None and self.call.partners:
            return AgentState.THREE_PARTY_CALL
        if self.call is not None and self.held_calls:
            return AgentState.CONSULTING
        if self.busy_with_call:
            return AgentState.TALKING
        if self.supervising is not None:
            return self.supervising
        return self.base_state

    def gateway_state(self) -> GatewayAgentState:
        """The state of the spec's GatewayAgentState table (agentstatus ``agentState``)."""
        if self.session is None:
            return GatewayAgentState.SIGNED_OUT
        if self.busy_with_call and self.rest is not None and not self.rest.started:
            return GatewayAgentState.PRE_REST
        return _GATEWAY_STATES.get(self.detailed_state(), GatewayAgentState.UNKNOWN)


_GATEWAY_STATES = {
    AgentState.IDLE: GatewayAgentState.IDLE,
    AgentState.BUSY: GatewayAgentState.BUSY,
    AgentState.WRAP_UP: GatewayAgentState.WRAP_UP,
    AgentState.REST: GatewayAgentState.REST,
    AgentState.RINGING: GatewayAgentState.TALKING,
    AgentState.TALKING: GatewayAgentState.TALKING,
    AgentState.OUTBOUND_CALLING: GatewayAgentState.TALKING,
    AgentState.HOLD: GatewayAgentState.TALKING,
    AgentState.THREE_PARTY_CALL: GatewayAgentState.TALKING,
    AgentState.CONSULTING: GatewayAgentState.TALKING,
    AgentState.MUTE: GatewayAgentState.TALKING,
    AgentState.LISTENING: GatewayAgentState.TALKING,
    AgentState.INSERTING: GatewayAgentState.TALKING,
    AgentState.WHISPERING: GatewayAgentState.TALKING,
}
