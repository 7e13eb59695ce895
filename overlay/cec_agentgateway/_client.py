"""AgentGateway / AsyncAgentGateway (one connection pool) and their per-agent handles."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable
from typing import Any, Self

import httpx

from . import _operations as ops
from ._agent import (
    Agent,
    AsyncAgent,
    AsyncSignedInAgent,
    SignedInAgent,
    SignInContext,
    _Session,
)
from ._auth import GuidAuth
from ._errors import AlreadySignedInError, RequestValidationError
from ._events import PumpSettings
from ._pool import BoundedAsyncClient, ShardedTransport, split_limits
from ._runner import CallOptions, arun, run
from ._validation import check_agent_id
from ._version import __version__
from .generated.client import Client
from .generated.models import AgentType, SignInStatus

__all__ = [
    "DEFAULT_TIMEOUT",
    "Agent",
    "AgentGateway",
    "AsyncAgent",
    "AsyncAgentGateway",
]

API_PREFIX = "/agentgateway/resource"
#: 10 s to read a reply (the gateway answers reads at once), 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
#: Read timeout of an event poll: the gateway holds an empty poll for about 10 s.
DEFAULT_POLL_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
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
POLL_SHARDS = 64
_PLACEHOLDER_URL = "https://cc-gateway.invalid:8043"

GuidCallback = Callable[[str], None]


def api_base_url(base_url: str) -> str:
    """``https://host:8043`` -> ``https://host:8043/agentgateway/resource`` (kept if present)."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise RequestValidationError(
            "base_url", f"must be an http(s) URL with a host, got {base_url!r}"
        )
    path = url.path.rstrip("/")
    if not path.endswith(API_PREFIX):
        path += API_PREFIX
    return str(url.copy_with(path=path, query=None, fragment=None))


def _ssl_context(
    verify: bool | ssl.SSLContext, ca_bundle: str | os.PathLike[str] | None
) -> bool | ssl.SSLContext:
    if ca_bundle is not None:
        if verify is False or isinstance(verify, ssl.SSLContext):
            raise RequestValidationError(
                "ca_bundle", "cannot be combined with verify=False or an SSLContext"
            )
        return ssl.create_default_context(cafile=os.fspath(ca_bundle))
    return verify


def _shared_ssl_context(
    verify: bool | ssl.SSLContext, ca_bundle: str | os.PathLike[str] | None
) -> ssl.SSLContext | bool:
    """One TLS context for all the gateway's pools (each would otherwise load the CAs)."""
    context = _ssl_context(verify, ca_bundle)
    return httpx.create_ssl_context(verify=True) if context is True else context


def _default_headers() -> dict[str, str]:
    return {
        # The reference asks for this header on every request, GETs included.
        "Content-Type": "application/json; charset=UTF-8",
        "Accept": "application/json",
        "User-Agent": f"cec-agentgateway/{__version__}",
    }


class _Unclosable(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Lends the gateway's transport to a raw generated client without letting it close it."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


class _GatewayBase:
    """Settings and helpers shared by the sync and async gateways."""

    def __init__(
        self,
        base_url: str | None,
        *,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_backoff: tuple[float, float],
        poll_timeout: float,
        poll_interval: float,
    ) -> None:
        if base_url is None:
            base_url = _PLACEHOLDER_URL
        if max_retries < 0:
            raise RequestValidationError("max_retries", "must be 0 or more")
        if not 0 < poll_timeout <= 100:
            raise RequestValidationError("poll_timeout", "must be more than 0 and at most 100 s")
        if not 0 <= poll_interval <= 60:
            raise RequestValidationError("poll_interval", "must be from 0 to 60 s")
        self.base_url = api_base_url(base_url)
        self.poll_timeout = poll_timeout
        self._options = CallOptions(
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            max_retries=max_retries,
            initial_backoff=retry_backoff[0],
            max_backoff=retry_backoff[1],
        )
        # Backoff of a failing event poll stays far below the gateway's 2-minute idle limit.
        self._pump_settings = PumpSettings(
            interval=poll_interval,
            initial_backoff=retry_backoff[0],
            max_backoff=min(max(retry_backoff[1], retry_backoff[0]), 10.0),
        )

    def _session(self, guid: str | None, on_guid_change: GuidCallback | None) -> _Session:
        return _Session(GuidAuth(guid, on_change=on_guid_change))

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
    def _signed_in(session: _Session, result: Any, fields: dict[str, Any]) -> None:
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
            simulator); ``verify``, ``ca_bundle`` and ``limits`` then don't apply.
        limits: limits of the pool of calls (``DEFAULT_LIMITS``: 100 connections). Event
            polls use a pool of their own (``POLL_LIMITS``: one connection per polling
            session), so polls and calls never wait for each other.

    Use it as a context manager, or call :meth:`close`.
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
    ) -> None:
        super().__init__(
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
        )
        poll_transport: httpx.BaseTransport
        if transport is None:
            context = _shared_ssl_context(verify, ca_bundle)
            shards, shard_limits = split_limits(limits)
            transport = ShardedTransport(
                lambda: httpx.HTTPTransport(verify=context, limits=shard_limits),
                shards,
                by_path=False,
            )
            poll_transport = ShardedTransport(
                lambda: httpx.HTTPTransport(verify=context, limits=POLL_LIMITS),
                POLL_SHARDS,
                by_path=True,
            )
        else:
            poll_transport = _Unclosable(transport)
        self._transport = transport
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            headers=_default_headers(),
            timeout=self._options.timeout,
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
        self._signed_in(session, result, fields)
        return SignedInAgent(self, checked, session, self._options)

    def _raw_client(self, auth: GuidAuth, options: CallOptions) -> Client:
        raw = Client(base_url=self.base_url)
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
    ) -> None:
        super().__init__(
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
        )
        poll_transport: httpx.AsyncBaseTransport
        in_flight = None
        if transport is None:
            context = _shared_ssl_context(verify, ca_bundle)
            shards, shard_limits = split_limits(limits)
            transport = ShardedTransport(
                lambda: httpx.AsyncHTTPTransport(verify=context, limits=shard_limits),
                shards,
                by_path=False,
            )
            poll_transport = ShardedTransport(
                lambda: httpx.AsyncHTTPTransport(verify=context, limits=POLL_LIMITS),
                POLL_SHARDS,
                by_path=True,
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
            self._signed_in(session, result, fields)
            return AsyncSignedInAgent(self, checked, session, self._options)

        return SignInContext(sign_in)

    def _raw_client(self, auth: GuidAuth, options: CallOptions) -> Client:
        raw = Client(base_url=self.base_url)
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
        await self._http.aclose()
        await self._poll_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
