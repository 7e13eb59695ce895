"""Per-agent handles: the operations, the session lifecycle and the events of one agent."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, overload

import httpx

from . import _operations as ops
from ._account import AccountMixin, AsyncAccountMixin, AsyncHeartbeat, Heartbeat
from ._auth import GuidAuth
from ._calldata import AsyncCallData, CallData
from ._calls import AsyncCallControl, CallControl
from ._chat import AsyncChatMixin, ChatMixin
from ._conferences import (
    AsyncChairedConference,
    AsyncConferencesMixin,
    ChairedConference,
    ConferencesMixin,
    ConferenceStarted,
    conference_outcome,
)
from ._downloads import AsyncDownloadsMixin, DownloadsMixin
from ._errors import (
    AgentGatewayError,
    AlreadySignedOutError,
    RequestValidationError,
)
from ._events import (
    AsyncEventPump,
    AsyncEventStream,
    Event,
    EventPump,
    EventStream,
    decode_event,
)
from ._family import AsyncFamily, SyncFamily
from ._messages import AsyncMessagesMixin, MessagesMixin
from ._multimedia_conf import AsyncMultimediaConferenceMixin, MultimediaConferenceMixin
from ._playback import AsyncPlaybackMixin, PlaybackMixin
from ._queue_calls import AsyncQueueCallsMixin, QueueCallsMixin
from ._queues import AsyncQueuesMixin, QueuesMixin
from ._recording import AsyncRecordingMixin, RecordingMixin
from ._runner import CallOptions, arun, run
from ._skills import AsyncSkillsMixin, SkillsMixin
from ._state import AsyncWorkingState, WorkingState
from ._supervisor import AsyncSupervisorMixin, SupervisorMixin
from ._validation import (
    check_deadline,
    check_max_retries,
    check_timeout,
)

if TYPE_CHECKING:
    from .generated.client import AuthenticatedClient
    from .generated.models import (
        AgentEvent,
        AgentStatus,
        CallInfo,
        Conference,
        SignInResult,
        SyncAgentInfoResult,
    )

if TYPE_CHECKING:
    from ._client import AgentGateway, AsyncAgentGateway

__all__ = ["Agent", "AsyncAgent", "AsyncSignedInAgent", "SignInContext", "SignedInAgent"]

T = TypeVar("T")
logger = logging.getLogger("cec_agentgateway")

_KEEP: Any = object()  # with_options: leave the option as it is

#: How long a sign-out waits for the poll in flight to bring AgentOther_ShutdownService.
_SIGN_OUT_GRACE = 2.0


class _Session:
    """State that every handle of one agent session shares: its Guid and its event pump."""

    def __init__(self, auth: GuidAuth) -> None:
        self.auth = auth
        self.pump: EventPump | AsyncEventPump | None = None
        self.sign_in_result: SignInResult | None = None
        self.push_mode = False
        self.on_signed_out: Callable[[], object] | None = None  # set by the gateway
        self.password_changed = False  # change_password succeeded (see _account)
        self.heartbeat: Heartbeat | AsyncHeartbeat | None = None  # push mode (see _account)

    def signed_out(self) -> None:
        """The agent was signed out: the gateway need not sign it out at close."""
        if self.on_signed_out is not None:
            self.on_signed_out()
            self.on_signed_out = None

    # Handing the session over (detach) forgets it the same way: close() leaves it alone.
    detached = signed_out


class _AgentBase:
    """What sync and async agent handles share: identity, session secret and options."""

    def __init__(self, agent_id: str, session: _Session, options: CallOptions) -> None:
        self._agent_id = agent_id
        self._session = session
        self._options = options

    @property
    def agent_id(self) -> str:
        return self._agent_id

    @property
    def guid(self) -> str | None:
        """The current session secret (rotated automatically). Never log it."""
        return self._session.auth.guid

    def set_guid(self, guid: str | None) -> None:
        """Use another Guid from now on (e.g. one handed over by the browser workbench).

        Event polling that ended with the old session (signed out, or a Guid that stopped
        working) starts afresh with the new one at the next ``events()``.
        """
        self._session.auth.set_guid(guid)
        if self._session.pump is not None and self._session.pump.ended:
            self._session.pump = None

    def detach(self) -> None:
        """Leave the agent signed in when the gateway closes.

        For a session handed over to another process (its Guid stored for it): the gateway
        no longer signs this agent out in ``close()``. Events it polled are not affected.
        """
        self._session.detached()

    @property
    def auth(self) -> GuidAuth:
        """The ``httpx.Auth`` that carries this agent's Guid, for use with raw httpx calls."""
        return self._session.auth

    @property
    def connection_status(self) -> str:
        """How this agent's event polling fares: ``"connected"``; ``"lost"`` while polls
        fail and are retried; ``"failed"`` once polling gave up (streams ended with the
        error); ``"idle"`` when nothing polls."""
        pump = self._session.pump
        return "idle" if pump is None else pump.connection

    @property
    def sign_in_result(self) -> SignInResult | None:
        """What the gateway said about the session at sign-in (None for a handed-over Guid)."""
        return self._session.sign_in_result

    def _check_polling(self) -> None:
        if self._session.push_mode:
            raise RequestValidationError(
                "callBackUri",
                "this agent's events are pushed to its callback URI and cannot be polled; "
                "use wait=False and call handshake() as the heartbeat",
                agent_id=self._agent_id,
            )

    def _changed(
        self, timeout: object = None, max_retries: object = None, deadline: object = _KEEP
    ) -> CallOptions:
        """Other call options, checked (``RequestValidationError`` naming the option)."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = check_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if deadline is not _KEEP:
            changes["deadline"] = check_deadline(deadline)
        return self._options.but(**changes)

    def _poll_options(self, poll_timeout: float) -> CallOptions:
        connect = self._options.timeout.connect
        deadline = self._options.deadline
        if deadline is not None:  # a long poll is held ~10 s: give it its full read timeout
            deadline = max(deadline, poll_timeout + (connect or 0.0) + 5.0)
        return self._options.but(
            timeout=httpx.Timeout(poll_timeout, connect=connect), max_retries=0, deadline=deadline
        )

    def _conference_outcome(self, event: Event) -> ConferenceStarted | None:
        return conference_outcome(event, self._agent_id)

    def _exit_sign_out_failed(
        self, body_error: BaseException | None, error: AgentGatewayError
    ) -> None:
        """A sign-out at the end of a ``with`` block failed: report it, never swallow it.

        Only 100-008 means the agent is signed out already. A 100-006 (Guid not accepted)
        says nothing about that: the agent may well still be signed in, so it is reported.
        """
        if isinstance(error, AlreadySignedOutError):
            logger.info("agent %s: already signed out (%s)", self._agent_id, error.retcode)
            self._session.signed_out()
            return
        if body_error is None:
            raise error
        logger.warning("agent %s: sign-out after an error failed too: %s", self._agent_id, error)
        body_error.add_note(
            f"cec_agentgateway: signing agent {self._agent_id} out also failed: {error}"
        )

    def __repr__(self) -> str:
        has_guid = "set" if self.guid else "none"
        return f"{type(self).__name__}(agent_id={self._agent_id!r}, guid=<{has_guid}>)"


# ---------------------------------------------------------------------------- sync
class Agent(
    _AgentBase,
    WorkingState,
    CallControl,
    CallData,
    SkillsMixin,
    QueuesMixin,
    MessagesMixin,
    SupervisorMixin,
    ConferencesMixin,
    RecordingMixin,
    PlaybackMixin,
    DownloadsMixin,
    AccountMixin,
    QueueCallsMixin,
    ChatMixin,
    MultimediaConferenceMixin,
    SyncFamily,
):
    """One agent's session on an :class:`AgentGateway`: ``gateway.agent(...)`` or ``sign_in``."""

    def __init__(
        self, gateway: AgentGateway, agent_id: str, session: _Session, options: CallOptions
    ) -> None:
        super().__init__(agent_id, session, options)
        self._gateway = gateway

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | object | None = _KEEP,
    ) -> Self:
        """The same session with other call options (the Guid and events stay shared).

        ``deadline``: the longest a call may take in all, in seconds (None: unbounded).
        """
        options = self._changed(timeout, max_retries, deadline)
        clone = type(self).__new__(type(self))
        Agent.__init__(clone, self._gateway, self._agent_id, self._session, options)
        return clone

    def _run(self, call: ops.PreparedCall[T], options: CallOptions | None = None) -> T:
        return run(call, self._gateway._http, self._session.auth, options or self._options)

    def _run_poll(self, call: ops.PreparedCall[T], options: CallOptions) -> T:
        """An event poll, on the gateway's pool of polls (see ``POLL_LIMITS``)."""
        return run(call, self._gateway._poll_http, self._session.auth, options)

    def _http_session(self) -> tuple[httpx.Client, GuidAuth, CallOptions]:
        """The client, auth and options for a streamed exchange (chat file downloads)."""
        return self._gateway._http, self._session.auth, self._options

    # -------------------------------------------------------------- the five operations
    def query_conferences(self, conf_ids: Iterable[int]) -> list[Conference]:
        """queryConfInfos: details of up to 20 conferences (``[]`` if the gateway has none)."""
        return self._run(ops.query_conferences(self._agent_id, conf_ids))

    @overload
    def request_conference(
        self,
        member_num: int,
        *,
        conf_caller_no: str | None = ...,
        time: int | None = ...,
        prompt_time: int | None = ...,
        beep_tone: bool | None = ...,
        play_mode: int | None = ...,
        voice_path: str | None = ...,
        wait: Literal[True] = ...,
        wait_timeout: float = ...,
    ) -> ChairedConference: ...
    @overload
    def request_conference(
        self,
        member_num: int,
        *,
        conf_caller_no: str | None = ...,
        time: int | None = ...,
        prompt_time: int | None = ...,
        beep_tone: bool | None = ...,
        play_mode: int | None = ...,
        voice_path: str | None = ...,
        wait: Literal[False],
        wait_timeout: float = ...,
    ) -> None: ...

    def request_conference(
        self,
        member_num: int,
        *,
        conf_caller_no: str | None = None,
        time: int | None = None,
        prompt_time: int | None = None,
        beep_tone: bool | None = None,
        play_mode: int | None = None,
        voice_path: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> ChairedConference | None:
        """requestAgentConf: set up a conference chaired by this agent.

        The gateway tells the outcome by events. By default this waits for them (polling
        events meanwhile; other consumers still get every event) and returns the
        conference, raises ``ConferenceRequestError`` with the cause when it failed, or
        ``OutcomeTimeoutError`` after ``wait_timeout`` seconds. With ``wait=False`` it
        returns once the request is accepted. Never retried. Arguments left as None are not
        sent (the gateway applies its defaults). The returned handle carries the chair's
        actions (``invite``, ``hold``, ``mute``, ``prolong``, ``release``, ...).
        """
        # ``wait`` and ``wait_timeout`` were checked by the family's wrapper (_family)
        call = ops.request_conference(
            self._agent_id,
            member_num=member_num,
            conf_caller_no=conf_caller_no,
            time=time,
            prompt_time=prompt_time,
            beep_tone=beep_tone,
            play_mode=play_mode,
            voice_path=voice_path,
        )
        if not wait:
            self._run(call)
            return None
        started = self._run_and_await(
            call, self._conference_outcome, timeout=wait_timeout, awaiting="conference outcome"
        )
        return ChairedConference(started.conf_id, started.agent_id, started.is_chair, self)

    def call_info(self, *, include_last_call: bool | None = None) -> CallInfo | None:
        """queryCallInfo: the current call, or the last one if ``include_last_call``; else None."""
        return self._run(ops.call_info(self._agent_id, include_last_call=include_last_call))

    @overload
    def call_app_data(
        self, call_id: str | None = None, *, base64: bool = False, as_bytes: Literal[False] = False
    ) -> str | None: ...
    @overload
    def call_app_data(
        self, call_id: str | None = None, *, base64: bool = False, as_bytes: Literal[True]
    ) -> bytes | None: ...

    def call_app_data(
        self, call_id: str | None = None, *, base64: bool = False, as_bytes: bool = False
    ) -> str | bytes | None:
        """queryCallAppData: the data attached to a call (``call_id`` is needed for multimedia).

        With ``base64=True`` the gateway encodes the data and it is decoded here, so any bytes
        survive the trip; the result is text unless ``as_bytes=True``.
        """
        call = ops.call_app_data(self._agent_id, call_id, base64_transfer=base64, as_bytes=as_bytes)
        return self._run(call)

    def sync_state(self) -> SyncAgentInfoResult | None:
        """syncagentinfo: agent state and call information, for redrawing a reloaded desktop.

        Caution: the gateway clears the agent's pending events when this is called.
        """
        return self._run(ops.sync_state(self._agent_id))

    # -------------------------------------------------------------- session
    def status(self) -> AgentStatus | None:
        """agentstatus: the agent's state on the gateway and whether it is in a call."""
        return self._run(ops.agent_status(self._agent_id))

    def handshake(self, *, service_token: str | None = None) -> None:
        """The push-mode heartbeat: call it about every 30 s when events go to a callBackUri."""
        self._run(ops.handshake(self._agent_id, service_token=service_token))

    def update_guid(self) -> None:
        """Ask the gateway for a fresh Guid (e.g. after a page reload) and use it from now on."""
        self.set_guid(self._run(ops.update_guid_call(self._agent_id)))

    def sign_out(self, *, force: bool = False, reason: int | None = None) -> None:
        """Sign the agent out (``force``: even in a call; ``reason``: 1-255, implies force).

        Event streams see the agent's AgentOther_ShutdownService event, then end.
        """
        self._run(ops.sign_out(self._agent_id, force=force, reason=reason))
        self._session.signed_out()
        pump = self._session.pump
        if isinstance(pump, EventPump):
            pump.close(grace=_SIGN_OUT_GRACE)

    # -------------------------------------------------------------- events
    def poll_event(self, *, calldata: str | None = None) -> Event | None:
        """One long poll (getAgentEvent): the next event, or None when none came in time.

        Prefer :meth:`events`, which keeps polling in the background; don't mix the two.
        """
        options = self._poll_options(self._gateway.poll_timeout)
        raw = self._run_poll(ops.poll_event(self._agent_id, calldata=calldata), options)
        return None if raw is None else decode_event(raw)

    def events(self) -> EventStream:
        """Iterate over the agent's events as they come (``for event in agent.events()``).

        Polling runs in the background while anyone iterates, so a slow loop body never
        stalls the session's heartbeat. Each stream gets every event; leaving the loop (or
        ``close()``) stops this stream. Iteration ends after AgentOther_ShutdownService.
        """
        return self._pump().subscribe()

    def _pump(self) -> EventPump:
        session = self._session
        self._check_polling()
        if session.pump is None:
            options = self._poll_options(self._gateway.poll_timeout)
            # checked and built once, sent every poll
            call = ops.poll_event(self._agent_id).at(self._gateway._poll_http.base_url)

            def poll() -> AgentEvent | None:
                return self._run_poll(call, options)

            session.pump = EventPump(self._agent_id, poll, self._gateway._pump_settings)
        assert isinstance(session.pump, EventPump)
        return session.pump

    # -------------------------------------------------------------- raw access
    @property
    def client(self) -> AuthenticatedClient:
        """A generated-layer ``AuthenticatedClient`` for this agent (Guid auth, shared pool), for
        raw calls such as ``query_call_info.sync_detailed(agent.agent_id, client=agent.client)``."""
        return self._gateway._raw_client(self._session.auth, self._options)


class SignedInAgent(Agent):
    """An agent signed in by :meth:`AgentGateway.sign_in`.

    Use it as a context manager: inside the block events are polled (which keeps the session
    alive, even when nobody reads them); on exit the agent is signed out, also when the block
    raised. A sign-out that fails is raised, or, when the block raised, attached as a note to
    that exception and logged.
    """

    @property
    def sign_in_result(self) -> SignInResult:
        """What the gateway said about the session at sign-in (a signed-in agent always has it)."""
        result = self._session.sign_in_result
        if result is None:  # pragma: no cover - sign_in records it before returning the handle
            raise RuntimeError("signed in without a sign-in result")
        return result

    def __enter__(self) -> Self:
        if not self._session.push_mode:
            self._pump().keep_alive()
        elif self._session.heartbeat is None:  # push mode: the heartbeat keeps it alive
            self._session.heartbeat = Heartbeat(self)
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(self._session.heartbeat, Heartbeat):
            self._session.heartbeat.stop()
            self._session.heartbeat = None
        try:
            self.sign_out()
        except AgentGatewayError as error:
            self._exit_sign_out_failed(exc, error)
        finally:
            if isinstance(self._session.pump, EventPump):
                self._session.pump.close()


# ---------------------------------------------------------------------------- async
class AsyncAgent(
    _AgentBase,
    AsyncWorkingState,
    AsyncCallControl,
    AsyncCallData,
    AsyncSkillsMixin,
    AsyncQueuesMixin,
    AsyncMessagesMixin,
    AsyncSupervisorMixin,
    AsyncConferencesMixin,
    AsyncRecordingMixin,
    AsyncPlaybackMixin,
    AsyncDownloadsMixin,
    AsyncAccountMixin,
    AsyncQueueCallsMixin,
    AsyncChatMixin,
    AsyncMultimediaConferenceMixin,
    AsyncFamily,
):
    """One agent's session on an :class:`AsyncAgentGateway`; methods as on :class:`Agent`."""

    def __init__(
        self, gateway: AsyncAgentGateway, agent_id: str, session: _Session, options: CallOptions
    ) -> None:
        super().__init__(agent_id, session, options)
        self._gateway = gateway

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | object | None = _KEEP,
    ) -> Self:
        options = self._changed(timeout, max_retries, deadline)
        clone = type(self).__new__(type(self))
        AsyncAgent.__init__(clone, self._gateway, self._agent_id, self._session, options)
        return clone

    async def _run(self, call: ops.PreparedCall[T], options: CallOptions | None = None) -> T:
        return await arun(call, self._gateway._http, self._session.auth, options or self._options)

    async def _run_poll(self, call: ops.PreparedCall[T], options: CallOptions) -> T:
        return await arun(call, self._gateway._poll_http, self._session.auth, options)

    def _http_session(self) -> tuple[httpx.AsyncClient, GuidAuth, CallOptions]:
        """See :meth:`Agent._http_session`."""
        return self._gateway._http, self._session.auth, self._options

    async def query_conferences(self, conf_ids: Iterable[int]) -> list[Conference]:
        return await self._run(ops.query_conferences(self._agent_id, conf_ids))

    @overload
    async def request_conference(
        self,
        member_num: int,
        *,
        conf_caller_no: str | None = ...,
        time: int | None = ...,
        prompt_time: int | None = ...,
        beep_tone: bool | None = ...,
        play_mode: int | None = ...,
        voice_path: str | None = ...,
        wait: Literal[True] = ...,
        wait_timeout: float = ...,
    ) -> AsyncChairedConference: ...
    @overload
    async def request_conference(
        self,
        member_num: int,
        *,
        conf_caller_no: str | None = ...,
        time: int | None = ...,
        prompt_time: int | None = ...,
        beep_tone: bool | None = ...,
        play_mode: int | None = ...,
        voice_path: str | None = ...,
        wait: Literal[False],
        wait_timeout: float = ...,
    ) -> None: ...

    async def request_conference(
        self,
        member_num: int,
        *,
        conf_caller_no: str | None = None,
        time: int | None = None,
        prompt_time: int | None = None,
        beep_tone: bool | None = None,
        play_mode: int | None = None,
        voice_path: str | None = None,
        wait: bool = True,
        wait_timeout: float = 30.0,
    ) -> AsyncChairedConference | None:
        """See :meth:`Agent.request_conference`."""
        # ``wait`` and ``wait_timeout`` were checked by the family's wrapper (_family)
        call = ops.request_conference(
            self._agent_id,
            member_num=member_num,
            conf_caller_no=conf_caller_no,
            time=time,
            prompt_time=prompt_time,
            beep_tone=beep_tone,
            play_mode=play_mode,
            voice_path=voice_path,
        )
        if not wait:
            await self._run(call)
            return None
        started = await self._run_and_await(
            call, self._conference_outcome, timeout=wait_timeout, awaiting="conference outcome"
        )
        return AsyncChairedConference(started.conf_id, started.agent_id, started.is_chair, self)

    async def call_info(self, *, include_last_call: bool | None = None) -> CallInfo | None:
        return await self._run(ops.call_info(self._agent_id, include_last_call=include_last_call))

    @overload
    async def call_app_data(
        self, call_id: str | None = None, *, base64: bool = False, as_bytes: Literal[False] = False
    ) -> str | None: ...
    @overload
    async def call_app_data(
        self, call_id: str | None = None, *, base64: bool = False, as_bytes: Literal[True]
    ) -> bytes | None: ...

    async def call_app_data(
        self, call_id: str | None = None, *, base64: bool = False, as_bytes: bool = False
    ) -> str | bytes | None:
        call = ops.call_app_data(self._agent_id, call_id, base64_transfer=base64, as_bytes=as_bytes)
        return await self._run(call)

    async def sync_state(self) -> SyncAgentInfoResult | None:
        return await self._run(ops.sync_state(self._agent_id))

    async def status(self) -> AgentStatus | None:
        return await self._run(ops.agent_status(self._agent_id))

    async def handshake(self, *, service_token: str | None = None) -> None:
        await self._run(ops.handshake(self._agent_id, service_token=service_token))

    async def update_guid(self) -> None:
        guid: str = await self._run(ops.update_guid_call(self._agent_id))
        self.set_guid(guid)

    async def sign_out(self, *, force: bool = False, reason: int | None = None) -> None:
        await self._run(ops.sign_out(self._agent_id, force=force, reason=reason))
        self._session.signed_out()
        pump = self._session.pump
        if isinstance(pump, AsyncEventPump):
            await pump.close(grace=_SIGN_OUT_GRACE)

    async def poll_event(self, *, calldata: str | None = None) -> Event | None:
        options = self._poll_options(self._gateway.poll_timeout)
        raw = await self._run_poll(ops.poll_event(self._agent_id, calldata=calldata), options)
        return None if raw is None else decode_event(raw)

    def events(self) -> AsyncEventStream:
        """``async for event in agent.events()``; see :meth:`Agent.events`."""
        return self._pump().subscribe()

    def _pump(self) -> AsyncEventPump:
        session = self._session
        self._check_polling()
        if session.pump is None:
            options = self._poll_options(self._gateway.poll_timeout)
            # checked and built once, sent every poll
            call = ops.poll_event(self._agent_id).at(self._gateway._poll_http.base_url)

            async def poll() -> AgentEvent | None:
                return await self._run_poll(call, options)

            session.pump = AsyncEventPump(self._agent_id, poll, self._gateway._pump_settings)
        assert isinstance(session.pump, AsyncEventPump)
        return session.pump

    @property
    def client(self) -> AuthenticatedClient:
        """A generated-layer ``AuthenticatedClient`` for this agent, for ``asyncio_detailed``."""
        return self._gateway._raw_client(self._session.auth, self._options)


class AsyncSignedInAgent(AsyncAgent):
    """An agent signed in by :meth:`AsyncAgentGateway.sign_in`; see :class:`SignedInAgent`."""

    @property
    def sign_in_result(self) -> SignInResult:
        """What the gateway said about the session at sign-in (a signed-in agent always has it)."""
        result = self._session.sign_in_result
        if result is None:  # pragma: no cover - sign_in records it before returning the handle
            raise RuntimeError("signed in without a sign-in result")
        return result

    async def __aenter__(self) -> Self:
        if not self._session.push_mode:
            self._pump().keep_alive()
        elif self._session.heartbeat is None:  # push mode: the heartbeat keeps it alive
            self._session.heartbeat = AsyncHeartbeat(self)
        return self

    async def __aexit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(self._session.heartbeat, AsyncHeartbeat):
            await self._session.heartbeat.stop()
            self._session.heartbeat = None
        try:
            await self.sign_out()
        except AgentGatewayError as error:
            self._exit_sign_out_failed(exc, error)
        finally:
            if isinstance(self._session.pump, AsyncEventPump):
                await self._session.pump.close()


class SignInContext:
    """What ``AsyncAgentGateway.sign_in`` returns: await it, or use it with ``async with``."""

    def __init__(self, sign_in: Any) -> None:
        self._sign_in = sign_in
        self._agent: AsyncSignedInAgent | None = None

    def __await__(self) -> Generator[Any, None, AsyncSignedInAgent]:
        agent: AsyncSignedInAgent = yield from self._sign_in().__await__()
        return agent

    async def __aenter__(self) -> AsyncSignedInAgent:
        self._agent = await self._sign_in()
        return await self._agent.__aenter__()

    async def __aexit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        assert self._agent is not None
        await self._agent.__aexit__(exc_type, exc, tb)
