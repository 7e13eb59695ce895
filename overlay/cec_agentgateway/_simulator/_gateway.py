"""GatewaySimulator: the core with every family attached, and the scenario API tests use.

The layout, from the bottom up::

    _model, _wire, _payloads, _faults   records, requests and answers, JSON shapes, faults
    _polling, _core                     the long poll; accounts, sessions, Guids, events, routing
    _family, _callflow                  what a family is made of; the call state machine
    families/*.py                       one module per operation family (handlers, state,
                                        scenario methods), importing only the layers above
    _gateway (this module)              assembles them: GatewaySimulator
    _transport, _server, _control       httpx transports, the HTTP server, /__sim__/

Each family is reachable as an attribute (``sim.calls.offer(...)``, ``sim.queues.set_queue``),
the methods below keep the flat scenario API of earlier releases working.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ..generated.models import GatewayAgentState
from ._callflow import CallFlow
from ._chats import ChatDesk
from ._conference_model import ConferenceBook
from ._core import GatewayCore, Outcome
from ._polling import PendingPoll
from ._pushing import PushDelivery
from ._queueing import QueueStore
from ._strict import strict_refusal
from ._wire import ErrorResult, SimRequest
from .families.agent_groups import AgentGroupFamily
from .families.agent_state import AgentStateFamily
from .families.call_data import CallDataFamily
from .families.conference_parties import ConferencePartyFamily
from .families.conferences import ConferenceFamily, ConferenceResultShape
from .families.media_chat import MediaChatFamily
from .families.messages import MessageFamily
from .families.multimedia_conf import MultimediaConferenceFamily
from .families.playback import PlaybackFamily
from .families.preview_calls import PreviewCallFamily
from .families.quality_control import QualityControlFamily
from .families.queues import QueryLimit, QueueFamily
from .families.recording import RecordingFamily
from .families.session import SessionFamily
from .families.text_chat import TextChatFamily
from .families.transfers import TransferFamily
from .families.voice_calls import VoiceCallFamily

if TYPE_CHECKING:
    import httpx

    from ._server import SimulatorServer

__all__ = ["GatewaySimulator", "QueryLimit"]

P = ParamSpec("P")
R = TypeVar("R")

_DEFAULT_LIMIT = QueryLimit()


def _delegate(
    method: Callable[Concatenate[Any, P], R], family: str
) -> Callable[Concatenate[GatewaySimulator, P], R]:
    """A method of GatewaySimulator that calls ``method`` on the family ``family``."""

    @functools.wraps(method)
    def call(self: GatewaySimulator, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(getattr(self, family), *args, **kwargs)

    return call


class GatewaySimulator(GatewayCore):
    """An in-process CC-Gateway for running and testing clients without a real one.

    It keeps agents, sessions and their Guids, per-agent event queues, calls, queues and
    conferences, and answers the operations of openapi.yaml through httpx transports
    (:meth:`transport`, :meth:`async_transport`) or a loopback HTTP server (:meth:`serve`).

    ``clock`` (seconds, monotonic) drives Guid rotation and expiry, idle sign-out, rest
    reminders, queue waiting times, the queue-query limit and conference warnings; pass a
    :class:`ManualClock` to test them without sleeping. The simulated wall clock (epoch
    timestamps in answers and events) starts at ``start_time`` (default: now) and follows
    ``clock``. ``poll_wait`` is how long, in real seconds, a poll with no event waits before
    answering without one (10 s on a real gateway); ``poll_jitter`` (0 to 1, default 0)
    shortens each such wait by up to that share of it, at random, so that the polls of
    agents that began together do not all come due in one moment.

    ``guid_rotation``: seconds after which the Guid is replaced by a new one, announced in
    ``Set-GUID`` on the next poll or heartbeat answer (None: static authentication). A
    replaced Guid stays valid for ``guid_expiry`` seconds. ``idle_timeout``: a session with
    neither poll nor heartbeat for that long is signed out.

    ``conference_result_shape``: queryConfInfos answers ``{"confs": [...]}`` ("object", as
    the reference example) or a plain array ("array", as the reference table).
    ``queue_query_limit``: how many queue queries the gateway answers (default: 5 per agent
    and 15,000 in all every 2 s for each queue interface, refused with 000-007 beyond; None:
    no limit). ``error_result``: how an error envelope carries ``result``: ``"null"``,
    ``"absent"`` (as the reference pages describe) or ``"empty"`` (``""``); gateways are seen
    sending each, so a client should read the retcode first. ``request_log``: how many of
    the latest requests :attr:`requests` keeps. ``strict=True`` refuses a request without
    a JSON ``Content-Type`` with 415, as the reference requires the header on every request
    (off by default: clients in the wild omit it on GET, and the reference does not say how
    the gateway answers that; see ``_strict``).

    The families: ``session``, ``state``, ``calls``, ``preview_calls``, ``transfers``,
    ``call_data``, ``queues``, ``groups``, ``messages``, ``conferences``,
    ``conference_parties``, ``recording``, ``playback``, ``quality_control``, ``chats``
    (textchat and the scripted chat customers), ``media_chats`` (mediacall),
    ``multimedia_conferences`` (multimediaconf). All state is behind one lock: the
    transports and the server may be used from several threads and loops.

    ``pushing`` delivers the events of agents signed in with ``callBackUri`` and
    ``serviceToken`` to that URI (its ``retry_interval``, ``fail_total``, ``batch_size``,
    ``transport`` and ``attempts``: see ``_pushing.PushDelivery``).
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        poll_wait: float = 10.0,
        poll_jitter: float = 0.0,
        idle_timeout: float = 120.0,
        guid_rotation: float | None = 60.0,
        guid_expiry: float = 120.0,
        conference_result_shape: ConferenceResultShape = "object",
        start_time: float | None = None,
        vdn_id: int = 1,
        queue_query_limit: QueryLimit | None = _DEFAULT_LIMIT,
        error_result: ErrorResult = "null",
        request_log: int = 10_000,
        strict: bool = False,
    ) -> None:
        self.strict = strict
        super().__init__(
            clock=clock,
            poll_wait=poll_wait,
            idle_timeout=idle_timeout,
            guid_rotation=guid_rotation,
            guid_expiry=guid_expiry,
            start_time=start_time,
            vdn_id=vdn_id,
            error_result=error_result,
            request_log=request_log,
        )
        if not 0.0 <= poll_jitter <= 1.0:  # also refuses nan
            raise ValueError("poll_jitter must be from 0 to 1")
        self.poll_jitter = poll_jitter
        flow = CallFlow(self)  # first: a session's calls go before its conference
        queueing = QueueStore(self, flow)  # the skill queues' waiting calls, shared (issue 22)
        self.session = SessionFamily(self)
        self.state = AgentStateFamily(self)
        self.calls = VoiceCallFamily(self, flow)
        self.preview_calls = PreviewCallFamily(self, flow)
        self.transfers = TransferFamily(self, flow, queueing)
        self.call_data = CallDataFamily(self, queueing)
        self.queues = QueueFamily(self, queueing, queue_query_limit)
        self.groups = AgentGroupFamily(self, queueing)
        self.messages = MessageFamily(self)
        book = ConferenceBook(self)  # the conferences both conference families work on
        self.conferences = ConferenceFamily(self, book, conference_result_shape)
        self.conference_parties = ConferencePartyFamily(self, book)
        self.recording = RecordingFamily(self)
        self.playback = PlaybackFamily(self, self.recording.seconds_of)
        self.quality_control = QualityControlFamily(self, flow)
        desk = ChatDesk(self)  # chats: textchat and mediacall share them
        self.chats = TextChatFamily(self, desk)
        self.media_chats = MediaChatFamily(self, desk)
        self.multimedia_conferences = MultimediaConferenceFamily(self, desk)
        # Push mode (callBackUri + serviceToken): the events are POSTed, not polled.
        self.pushing = PushDelivery(self)

    def _dispatch(self, request: SimRequest) -> Outcome | PendingPoll:
        if self.strict:
            refused = strict_refusal(request, self._routes)
            if refused is not None:
                operation, agent_id, answer = refused
                self.record(request, operation, agent_id, answer)
                return answer
        return super()._dispatch(request)

    def __repr__(self) -> str:
        with self._lock:
            signed_in = sum(agent.session is not None for agent in self._agents.values())
            return f"GatewaySimulator(agents={len(self._agents)}, signed_in={signed_in})"

    # ------------------------------------------------------------------ accounts and serving

    def add_agent(
        self,
        agent_id: str,
        *,
        password: str = "",
        phone: str | None = None,
        vdn_id: int | None = None,
    ) -> None:
        """Configure an agent account. With ``phone``, sign-in accepts only that phonenum."""
        self.add_account(agent_id, password, phone, self.vdn_id if vdn_id is None else vdn_id)

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
        read_timeout: float = 5.0,
        request_timeout: float = 10.0,
        keep_alive_timeout: float = 15.0,
        max_connections: int | None = None,
        max_body_bytes: int = 1024 * 1024,
    ) -> SimulatorServer:
        """Serve the simulator over plain HTTP (loopback by default) until ``close()``.

        ``port=0`` picks a free port; the handle's ``url`` is ``http://host:port``.
        ``control=True`` also serves the JSON control endpoint under ``/__sim__/`` to
        loopback clients (see ``cec_agentgateway.simulator``); ``commands`` runs the
        scenario command lines of ``POST /__sim__/command``. The server's bounds on what a
        peer may hold or send (timeouts, connections, body size) are those of
        :class:`SimulatorServer`.
        """
        from ._server import SimulatorServer

        return SimulatorServer(
            self,
            host,
            port,
            control=control,
            commands=commands,
            read_timeout=read_timeout,
            request_timeout=request_timeout,
            keep_alive_timeout=keep_alive_timeout,
            max_connections=max_connections,
            max_body_bytes=max_body_bytes,
        )

    # ------------------------------------------------------------------ inspection

    def agent_ids(self) -> list[str]:
        """The IDs of the configured agent accounts, in the order they were added."""
        with self._lock:
            return list(self._agents)

    def is_signed_in(self, agent_id: str) -> bool:
        with self._lock:
            self.housekeeping(self._clock())
            return self.agent(agent_id).session is not None

    def guid(self, agent_id: str) -> str | None:
        """The newest Guid of the agent's session (None when signed out)."""
        with self._lock:
            self.housekeeping(self._clock())
            session = self.agent(agent_id).session
            return None if session is None else session.guid

    def agent_state(self, agent_id: str) -> GatewayAgentState:
        """The agent's state as agentstatus reports it (SIGNED_OUT when not signed in)."""
        with self._lock:
            self.housekeeping(self._clock())
            return self.agent(agent_id).gateway_state()

    # ------------------------------------------------------------------ the flat scenario API
    # Each is its family's method (``sim.<family>.<method>``), with the same signature.

    pending_events = _delegate(SessionFamily.pending_events, "session")
    push_event = _delegate(SessionFamily.push_event, "session")
    force_sign_out = _delegate(SessionFamily.force_sign_out, "session")
    watch = _delegate(SessionFamily.watch, "session")
    watched_events = _delegate(SessionFamily.watched_events, "session")
    withhold_right = _delegate(SessionFamily.withhold_right, "session")
    grant_right = _delegate(SessionFamily.grant_right, "session")
    offer_call = _delegate(VoiceCallFamily.offer, "calls")
    answer_call = _delegate(VoiceCallFamily.answer, "calls")
    end_call = _delegate(VoiceCallFamily.end, "calls")
    customer_hang_up = _delegate(VoiceCallFamily.customer_hang_up, "calls")
    make_unreachable = _delegate(VoiceCallFamily.make_unreachable, "calls")
    set_auto_connect = _delegate(VoiceCallFamily.set_auto_connect, "calls")
    connect_call = _delegate(VoiceCallFamily.connect, "calls")
    fail_call = _delegate(VoiceCallFamily.fail, "calls")
    current_call_id = _delegate(VoiceCallFamily.current_call_id, "calls")
    set_app_data = _delegate(VoiceCallFamily.set_app_data, "calls")
    uui_data = _delegate(VoiceCallFamily.uui_data, "calls")
    dtmf = _delegate(VoiceCallFamily.dtmf, "calls")
    offer_preview = _delegate(PreviewCallFamily.offer_preview, "preview_calls")
    previews = _delegate(PreviewCallFamily.previews, "preview_calls")
    set_transfer_outcome = _delegate(TransferFamily.set_transfer_outcome, "transfers")
    complete_transfer = _delegate(TransferFamily.complete_transfer, "transfers")
    add_skill = _delegate(QueueFamily.add_skill, "queues")
    set_queue = _delegate(QueueFamily.set_queue, "queues")
    queue_call = _delegate(QueueFamily.queue_call, "queues")
    set_agent_skills = _delegate(QueueFamily.set_agent_skills, "queues")
    joined_skills = _delegate(QueueFamily.joined_skills, "queues")
    set_agent_group = _delegate(AgentGroupFamily.set_group, "groups")
    require_password_change = _delegate(SessionFamily.require_password_change, "session")
    add_ivr_flow = _delegate(QueueFamily.add_ivr_flow, "queues")
    add_access_code = _delegate(QueueFamily.add_access_code, "queues")
    fail_next_conference = _delegate(ConferenceFamily.fail_next, "conferences")
    add_conference_participant = _delegate(ConferenceFamily.add_participant, "conferences")
    end_conference = _delegate(ConferenceFamily.end, "conferences")
    conference_ids = _delegate(ConferenceFamily.ids, "conferences")
