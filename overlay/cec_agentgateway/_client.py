"""AgentGateway / AsyncAgentGateway (one connection pool) and their per-agent handles."""

from __future__ import annotations

import logging
import os
import ssl
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import _operations as ops
from . import generated
from ._agent import (
    Agent,
    AsyncAgent,
    AsyncSignedInAgent,
    SignedInAgent,
    SignInContext,
    _Session,
)
from ._auth import GuidAuth
from ._connection import (
    ProxyType,
    _adopt,
    _check_client_options,
    _choose_base_url,
    _default_headers,
    _network_proxy,
    _shared_ssl_context,
    _Unclosable,
    _ViaClient,
    api_base_url,
)
from ._deadline import enforce_deadlines
from ._errors import AgentGatewayError, AlreadySignedInError, RequestValidationError
from ._events import AsyncEventPump, EventPump, PumpSettings
from ._hooks import Hooks, RequestHook, ResponseHook, RetryHook, TracerLike, make_hooks
from ._pool import BoundedAsyncClient, ShardedTransport, split_limits
from ._runner import CallOptions, arun, run
from ._validation import (
    check_agent_id,
    check_deadline,
    check_max_retries,
    check_number,
    check_timeout,
)

if TYPE_CHECKING:
    from .generated.client import AuthenticatedClient
    from .generated.models import AgentType, SignInStatus

__all__ = [
    "DEFAULT_TIMEOUT",
    "Agent",
    "AgentGateway",
    "AsyncAgent",
    "AsyncAgentGateway",
]

#: 10 s to read a reply (the gateway answers reads at once), 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
#: Read timeout of an event poll: the gateway holds an empty poll for about 10 s.
DEFAULT_POLL_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
#: Longest a call may take in all (every attempt, retry pause and byte): 60 s.
DEFAULT_DEADLINE = 60.0
#: How long event polling may fail before the streams end with the error: the gateway signs
#: out an agent that has not polled for 120 s, so by then the session is gone.
DEFAULT_CONNECTION_LOST_AFTER = 120.0
#: The pool of calls (every operation but the event poll): at most 100 connections, each
#: kept alive for 5 s when idle so that a burst of calls reuses them. With the async gateway
#: at most 100 calls are in flight; the others wait their turn, first come first served, up
#: to the pool timeout (then ``APITimeoutError``, retried: the call was not sent).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
#: Event long polls have a pool of their own, without a cap: each polling session holds one
#: connection while the gateway keeps its poll open (~10 s), so N sessions need N
#: connections, and polls sharing the calls' pool would leave calls waiting behind them (and
#: polls behind calls). The count is bounded by the sessions polling, one poll each. Polls
#: are spread by agent over ``POLL_SHARDS`` pools, and calls over pools of at most 16
#: connections (``_pool.ShardedTransport``): httpcore's bookkeeping grows with a pool's size.
POLL_LIMITS = httpx.Limits(max_connections=None, max_keepalive_connections=None)
#: Each poll checks every connection of its pool (httpcore's ``has_expired``), so 5,000
#: sessions on 64 pools would cost O(sessions) per poll; on 1,024 pools (each made on first
#: use, a few KB) a pool holds about 5 of them (issue 26).
POLL_SHARDS = 1024

GuidCallback = Callable[[str], None]
_CLOSE_DEADLINE = 10.0
ConnectionCallback = Callable[[str, str, BaseException | None], None]
logger = logging.getLogger("cec_agentgateway")


class _GatewayBase:
    """Settings and helpers shared by the sync and async gateways."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_backoff: tuple[float, float],
        poll_timeout: float,
        poll_interval: float,
        deadline: float | None,
        connection_lost_after: float,
        on_connection_change: ConnectionCallback | None,
        hooks: Hooks | None = None,
    ) -> None:
        max_retries = check_max_retries(max_retries)
        if check_number("poll_timeout", poll_timeout, 0.0) == 0 or poll_timeout > 100:
            raise RequestValidationError("poll_timeout", "must be more than 0 and at most 100 s")
        check_number("poll_interval", poll_interval, 0, 60)
        check_number("connection_lost_after", connection_lost_after, 0)
        if not isinstance(retry_backoff, tuple) or len(retry_backoff) != 2:
            raise RequestValidationError("retry_backoff", "must be a (first, largest) pair")
        first = check_number("retry_backoff", retry_backoff[0], 0)
        largest = check_number("retry_backoff", retry_backoff[1], 0)
        self.base_url = api_base_url(base_url)
        self.poll_timeout = poll_timeout
        self._options = CallOptions(
            timeout=check_timeout(timeout),
            max_retries=max_retries,
            initial_backoff=first,
            max_backoff=largest,
            deadline=check_deadline(deadline),
            hooks=hooks,
        )
        # Backoff of a failing event poll stays far below the gateway's 2-minute idle limit.
        self._pump_settings = PumpSettings(
            interval=poll_interval,
            initial_backoff=first,
            max_backoff=min(max(largest, first), 10.0),
            connection_lost_after=connection_lost_after,
            on_connection_change=on_connection_change,
        )
        # Sessions this gateway signed in and that are not signed out yet (signed out at
        # close), and every session it made (their event pumps are stopped at close).
        self._live_sessions: dict[int, tuple[str, _Session]] = {}
        self._sessions: weakref.WeakSet[_Session] = weakref.WeakSet()
        self._closed = False

    def _session(self, guid: str | None, on_guid_change: GuidCallback | None) -> _Session:
        if on_guid_change is not None and not callable(on_guid_change):
            raise RequestValidationError("on_guid_change", "must be callable")
        session = _Session(GuidAuth(guid, on_change=on_guid_change))
        self._sessions.add(session)
        return session

    def _track(self, agent_id: str, session: _Session) -> None:
        """Remember a signed-in session until it is signed out (see ``close``)."""
        session.on_signed_out = lambda: self._live_sessions.pop(id(session), None)
        self._live_sessions[id(session)] = (agent_id, session)

    def _closing_options(self) -> CallOptions:
        """Sign-outs at close: one retry at most, and at most 10 s each (a dead gateway
        must not hold ``close()`` for a minute per agent)."""
        deadline = min(self._options.deadline or _CLOSE_DEADLINE, _CLOSE_DEADLINE)
        return self._options.but(max_retries=min(self._options.max_retries, 1), deadline=deadline)

    def _live_pumps(self) -> list[EventPump | AsyncEventPump]:
        return [s.pump for s in list(self._sessions) if s.pump is not None]

    @staticmethod
    def _report_close_failure(agent_id: str, error: BaseException) -> None:
        logger.error(
            "agent %s is still signed in: signing it out at close failed: %s (%s)",
            agent_id,
            error,
            type(error).__name__,
        )

    def _sign_in_call(
        self,
        agent_id: str | int,
        force: bool,
        platform_only: bool,
        fields: dict[str, Any],
    ) -> tuple[str, ops.PreparedCall[Any]]:
        checked = check_agent_id(agent_id)
        return checked, ops.sign_in(
            checked, force=force, platform_only=platform_only, fields=fields
        )

    @staticmethod
    def _record_sign_in(session: _Session, result: Any, fields: dict[str, Any]) -> None:
        session.sign_in_result = result
        session.push_mode = bool(fields.get("callback_uri") and fields.get("service_token"))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base_url!r})"


def _sign_in_fields(arguments: dict[str, Any]) -> dict[str, Any]:
    """The sign-in fields among a ``sign_in`` call's arguments (its ``locals()``)."""
    return {name: arguments[name] for name in ops.SIGN_IN_FIELDS}


def _hint_force(error: AlreadySignedInError) -> None:
    if error.retcode == "100-002":
        error.add_note("The agent is signed in elsewhere; sign_in(..., force=True) takes over.")


# ---------------------------------------------------------------------------- sync
class AgentGateway(_GatewayBase):
    """A CC-Gateway, reached through one connection pool that all agent handles share.

    Parameters:
        base_url: the gateway, e.g. ``https://cc-gateway.example.com:8043`` (the
            ``/agentgateway/resource`` prefix is added).
        timeout: seconds, or an ``httpx.Timeout``; default 10 s (5 s to connect).
        verify: TLS verification: True (system CAs), False (don't: for tests only), or an
            ``ssl.SSLContext``.
        ca_bundle: path to a PEM file of the CA(s) that signed the gateway's certificate, for
            gateways with a private CA.
        max_retries: how often a call may be resent when that is safe (see the README).
        retry_backoff: first and largest pause between retries, in seconds.
        poll_timeout: read timeout of an event long poll (the gateway holds it ~10 s).
        poll_interval: pause between two event polls (the reference suggests 0.2-0.5 s).
        transport: an ``httpx.BaseTransport`` to use instead of the network (tests, the
            simulator); ``verify``, ``ca_bundle``, ``limits``, ``proxy`` and ``trust_env``
            then don't apply. With a transport, ``base_url`` may be left out: requests then
            go to ``http://in-process.invalid``, which only an in-process transport answers.
            Without one, ``base_url`` is required (``RequestValidationError``).
        limits: limits of the pool of calls (``DEFAULT_LIMITS``: 100 connections). Event
            polls use a pool of their own (``POLL_LIMITS``: one connection per polling
            session), so polls and calls never wait for each other.
        proxy: an HTTP(S) or SOCKS proxy for every request, e.g. ``"http://proxy:3128"``
            or an ``httpx.Proxy`` (SOCKS needs ``httpx[socks]``).
        trust_env: when no ``proxy`` is given, use ``HTTPS_PROXY`` / ``HTTP_PROXY`` /
            ``ALL_PROXY`` (``NO_PROXY`` exempts hosts) as httpx and curl do; default True.
            False ignores the environment (also ``SSL_CERT_FILE`` and ``.netrc``).
        http_client: your own ``httpx.Client`` (event hooks, mounts, custom auth flows, a
            proxy set up your way). The gateway points its ``base_url`` at the gateway's API
            and sets the package's default headers where the client has none of its own;
            ``transport``, ``proxy``, ``verify`` and ``ca_bundle`` must then be set on that
            client instead. You own it: ``close()`` does not close it. Deadlines are
            enforced only on a transport the gateway built itself.
        deadline: the longest a call may take in all, in seconds (every attempt, retry
            pause and byte, so a reply dripping in slowly cannot stall it): default 60 s;
            None for no bound. Event polls get at least their poll timeout plus 5 s.
        connection_lost_after: how long event polling may keep failing (gateway down,
            network gone) before every event stream ends with the last error (an
            ``APIConnectionError``): default 120 s, when the gateway signs out an agent that
            has not polled. 0 ends the streams at the first failure.
        on_connection_change: called as ``f(agent_id, status, error)`` when an agent's event
            polling loses (``"lost"``, with the error) or regains (``"connected"``) the gateway,
            and when it gives up (``"failed"``). Runs on the polling thread or task: keep it short.
        on_request, on_response, on_retry: called with a ``RequestInfo`` before each attempt,
            a ``ResponseInfo`` after it (status, retcode, seconds taken) and a ``RetryInfo``
            before a retry's pause: operation ID, agent ID and attempt, never a Guid, header,
            body or number.
        tracer: an OpenTelemetry ``Tracer`` (or True: the global one; needs the ``otel``
            extra): one span per operation, with its operation ID, agent, attempts, retcode.

    Use it as a context manager, or call :meth:`close`: it signs out the agents this gateway
    signed in that are still signed in (logging an error for each one it could not sign
    out), stops event polling, then closes the connections.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        verify: bool | ssl.SSLContext = True,
        ca_bundle: str | os.PathLike[str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: tuple[float, float] = (0.5, 8.0),
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float = 0.2,
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        deadline: float | None = DEFAULT_DEADLINE,
        connection_lost_after: float = DEFAULT_CONNECTION_LOST_AFTER,
        on_connection_change: ConnectionCallback | None = None,
        proxy: ProxyType | None = None,
        trust_env: bool = True,
        http_client: httpx.Client | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
        on_retry: RetryHook | None = None,
        tracer: TracerLike | bool | None = None,
    ) -> None:
        _check_client_options(
            http_client,
            httpx.Client,
            transport=transport,
            proxy=proxy,
            verify=verify,
            ca_bundle=ca_bundle,
        )
        super().__init__(
            _choose_base_url(base_url, transport=transport, http_client=http_client),
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
            deadline=deadline,
            connection_lost_after=connection_lost_after,
            on_connection_change=on_connection_change,
            hooks=make_hooks(on_request, on_response, on_retry, tracer),
        )
        self._owns_http = http_client is None
        if http_client is not None:  # calls and polls go through the caller's client
            _adopt(http_client, self.base_url)
            self._transport: httpx.BaseTransport = _ViaClient(http_client)
            self._http = self._poll_http = http_client
            return
        if transport is not None and proxy is not None:
            raise RequestValidationError("proxy", "cannot be combined with transport=")
        poll_transport: httpx.BaseTransport
        if transport is None:
            context = _shared_ssl_context(verify, ca_bundle)
            network_proxy = _network_proxy(self.base_url, proxy, trust_env)
            shards, shard_limits = split_limits(limits)

            def pool(pool_limits: httpx.Limits) -> httpx.HTTPTransport:
                return enforce_deadlines(
                    httpx.HTTPTransport(
                        verify=context,
                        limits=pool_limits,
                        proxy=network_proxy,
                        trust_env=trust_env,
                    )
                )

            transport = ShardedTransport(lambda: pool(shard_limits), shards, by_path=False)
            poll_transport = ShardedTransport(lambda: pool(POLL_LIMITS), POLL_SHARDS, by_path=True)
        else:
            poll_transport = _Unclosable(transport)
        self._transport = transport
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            headers=_default_headers(),
            timeout=self._options.timeout,
            trust_env=trust_env,
        )
        self._poll_http = httpx.Client(
            base_url=self.base_url,
            transport=poll_transport,
            headers=_default_headers(),
            timeout=self._options.timeout,
        )

    def agent(
        self,
        agent_id: str | int,
        *,
        guid: str | None = None,
        on_guid_change: GuidCallback | None = None,
    ) -> Agent:
        """A handle for one agent's session; ``guid`` is an existing session secret, if any.

        ``on_guid_change(new_guid)`` is called whenever the gateway rotates the Guid.
        """
        session = self._session(guid, on_guid_change)
        return Agent(self, check_agent_id(agent_id), session, self._options)

    def sign_in(
        self,
        agent_id: str | int,
        *,
        password: str,
        phone: str | None = None,
        force: bool = False,
        platform_only: bool = False,
        status: SignInStatus | int | None = None,
        auto_answer: bool | None = None,
        auto_enter_idle: bool | None = None,
        release_phone: bool | None = None,
        agent_type: AgentType | int | None = None,
        ip: str | None = None,
        entry_ip: str | None = None,
        phone_linkage: bool | None = None,
        check_in_webm: bool | None = None,
        check_in_mailm: bool | None = None,
        vc_phone_number: str | None = None,
        listen_status: bool | None = None,
        callback_uri: str | None = None,
        service_token: str | None = None,
        sign_in_mode: int | str | None = None,
        rest_time: int | None = None,
        rest_cause: int | None = None,
        on_guid_change: GuidCallback | None = None,
    ) -> SignedInAgent:
        """Sign an agent in and return its session handle (use it with ``with``).

        ``force=True`` takes over a session the agent has elsewhere (forcelogin); without
        it, an agent already signed in raises ``AlreadySignedInError``. ``platform_only``
        signs in to the call platform only (loginex). Every other argument is a sign-in
        field of the reference (``phone`` is ``phonenum``); those left as None are not sent.
        The password is never logged or shown.

        Since AICC 25.200.0 (documentation issue 24; not for ``platform_only``): ``status=
        SignInStatus.REST`` (8) signs in resting for ``rest_time`` seconds (1-86399, required
        with 8) with the reason code ``rest_cause`` (0-255, 0 = none); ``sign_in_mode`` is
        the reference's ``signInMode``, passed through unchecked (its values could not be
        read). Out-of-range values raise ``RequestValidationError`` before anything is sent.
        """
        fields = _sign_in_fields(locals())
        checked, call = self._sign_in_call(agent_id, force, platform_only, fields)
        session = self._session(None, on_guid_change)
        try:
            result = run(call, self._http, session.auth, self._options)
        except AlreadySignedInError as error:
            _hint_force(error)
            raise
        self._record_sign_in(session, result, fields)
        self._track(checked, session)
        return SignedInAgent(self, checked, session, self._options)

    def _raw_client(self, auth: GuidAuth, options: CallOptions) -> AuthenticatedClient:
        # The generated functions ask for an AuthenticatedClient (the spec declares the Guid
        # security scheme); the token is unused: the httpx client set here carries the auth.
        raw = generated.AuthenticatedClient(base_url=self.base_url, token="")
        raw.set_httpx_client(
            httpx.Client(
                base_url=self.base_url,
                transport=_Unclosable(self._transport),
                headers=_default_headers(),
                timeout=options.timeout,
                auth=auth,
            )
        )
        return raw

    @property
    def http_client(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (base URL set, no auth: pass ``agent.auth``)."""
        return self._http

    def close(self) -> None:
        """Sign out the agents still signed in through this gateway, stop polling, close."""
        if self._closed:
            return
        self._closed = True
        for agent_id, session in list(self._live_sessions.values()):
            try:
                SignedInAgent(self, agent_id, session, self._closing_options()).sign_out()
            except AgentGatewayError as error:
                self._report_close_failure(agent_id, error)
        for pump in self._live_pumps():  # stop them all first: no waiting on each poll
            assert isinstance(pump, EventPump)
            pump.close(timeout=0)
        if self._owns_http:  # a poll still in flight fails now, quietly (its pump has ended)
            self._http.close()
            self._poll_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# ---------------------------------------------------------------------------- async
class AsyncAgentGateway(_GatewayBase):
    """The asynchronous twin of :class:`AgentGateway` (same parameters, ``async with``)."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        verify: bool | ssl.SSLContext = True,
        ca_bundle: str | os.PathLike[str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: tuple[float, float] = (0.5, 8.0),
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float = 0.2,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        deadline: float | None = DEFAULT_DEADLINE,
        connection_lost_after: float = DEFAULT_CONNECTION_LOST_AFTER,
        on_connection_change: ConnectionCallback | None = None,
        proxy: ProxyType | None = None,
        trust_env: bool = True,
        http_client: httpx.AsyncClient | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
        on_retry: RetryHook | None = None,
        tracer: TracerLike | bool | None = None,
    ) -> None:
        _check_client_options(
            http_client,
            httpx.AsyncClient,
            transport=transport,
            proxy=proxy,
            verify=verify,
            ca_bundle=ca_bundle,
        )
        super().__init__(
            _choose_base_url(base_url, transport=transport, http_client=http_client),
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
            deadline=deadline,
            connection_lost_after=connection_lost_after,
            on_connection_change=on_connection_change,
            hooks=make_hooks(on_request, on_response, on_retry, tracer),
        )
        self._owns_http = http_client is None
        if http_client is not None:  # calls and polls go through the caller's client
            _adopt(http_client, self.base_url)
            self._transport: httpx.AsyncBaseTransport = _ViaClient(http_client)
            self._http = self._poll_http = http_client
            return
        if transport is not None and proxy is not None:
            raise RequestValidationError("proxy", "cannot be combined with transport=")
        poll_transport: httpx.AsyncBaseTransport
        in_flight = None
        if transport is None:
            context = _shared_ssl_context(verify, ca_bundle)
            network_proxy = _network_proxy(self.base_url, proxy, trust_env)
            shards, shard_limits = split_limits(limits)

            def pool(pool_limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
                return httpx.AsyncHTTPTransport(
                    verify=context, limits=pool_limits, proxy=network_proxy, trust_env=trust_env
                )

            if network_proxy is None:  # HTTP/1.1 on asyncio's own streams (_asyncio_transport)
                from ._asyncio_transport import AsyncioTransport  # loads asyncio and h11

                transport = AsyncioTransport(ssl_context=context, limits=limits)
                poll_transport = AsyncioTransport(
                    ssl_context=context, limits=POLL_LIMITS, by_path=True
                )
            else:  # through the proxy: httpcore's pools
                transport = ShardedTransport(lambda: pool(shard_limits), shards, by_path=False)
                poll_transport = ShardedTransport(
                    lambda: pool(POLL_LIMITS), POLL_SHARDS, by_path=True
                )
            in_flight = limits.max_connections  # the rest wait outside the pool (see _pool)
        else:
            poll_transport = _Unclosable(transport)
        self._transport = transport
        self._http = BoundedAsyncClient(
            in_flight=in_flight,
            base_url=self.base_url,
            transport=transport,
            headers=_default_headers(),
            timeout=self._options.timeout,
            trust_env=trust_env,
        )
        self._poll_http = httpx.AsyncClient(
            base_url=self.base_url,
            transport=poll_transport,
            headers=_default_headers(),
            timeout=self._options.timeout,
        )

    def agent(
        self,
        agent_id: str | int,
        *,
        guid: str | None = None,
        on_guid_change: GuidCallback | None = None,
    ) -> AsyncAgent:
        """A handle for one agent's session; see :meth:`AgentGateway.agent`."""
        session = self._session(guid, on_guid_change)
        return AsyncAgent(self, check_agent_id(agent_id), session, self._options)

    def sign_in(
        self,
        agent_id: str | int,
        *,
        password: str,
        phone: str | None = None,
        force: bool = False,
        platform_only: bool = False,
        status: SignInStatus | int | None = None,
        auto_answer: bool | None = None,
        auto_enter_idle: bool | None = None,
        release_phone: bool | None = None,
        agent_type: AgentType | int | None = None,
        ip: str | None = None,
        entry_ip: str | None = None,
        phone_linkage: bool | None = None,
        check_in_webm: bool | None = None,
        check_in_mailm: bool | None = None,
        vc_phone_number: str | None = None,
        listen_status: bool | None = None,
        callback_uri: str | None = None,
        service_token: str | None = None,
        sign_in_mode: int | str | None = None,
        rest_time: int | None = None,
        rest_cause: int | None = None,
        on_guid_change: GuidCallback | None = None,
    ) -> SignInContext:
        """See :meth:`AgentGateway.sign_in`: ``agent = await gw.sign_in(...)`` or
        ``async with gw.sign_in(...) as agent``. Arguments are checked at once."""
        fields = _sign_in_fields(locals())
        checked, call = self._sign_in_call(agent_id, force, platform_only, fields)

        async def sign_in() -> AsyncSignedInAgent:
            session = self._session(None, on_guid_change)
            try:
                result = await arun(call, self._http, session.auth, self._options)
            except AlreadySignedInError as error:
                _hint_force(error)
                raise
            self._record_sign_in(session, result, fields)
            self._track(checked, session)
            return AsyncSignedInAgent(self, checked, session, self._options)

        return SignInContext(sign_in)

    def _raw_client(self, auth: GuidAuth, options: CallOptions) -> AuthenticatedClient:
        # The generated functions ask for an AuthenticatedClient (the spec declares the Guid
        # security scheme); the token is unused: the httpx client set here carries the auth.
        raw = generated.AuthenticatedClient(base_url=self.base_url, token="")
        raw.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=self.base_url,
                transport=_Unclosable(self._transport),
                headers=_default_headers(),
                timeout=options.timeout,
                auth=auth,
            )
        )
        return raw

    @property
    def http_client(self) -> httpx.AsyncClient:
        return self._http

    async def aclose(self) -> None:
        """See :meth:`AgentGateway.close`."""
        if self._closed:
            return
        self._closed = True
        for agent_id, session in list(self._live_sessions.values()):
            try:
                closing = self._closing_options()
                await AsyncSignedInAgent(self, agent_id, session, closing).sign_out()
            except AgentGatewayError as error:
                self._report_close_failure(agent_id, error)
        for pump in self._live_pumps():  # a task still polling is cancelled, quietly
            assert isinstance(pump, AsyncEventPump)
            await pump.close(timeout=0)
        if self._owns_http:
            await self._http.aclose()
            await self._poll_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
