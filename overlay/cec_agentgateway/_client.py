"""AgentGateway / AsyncAgentGateway (one connection pool) and their per-agent handles."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Iterable
from typing import Any, Literal, Self, TypeVar, overload

import httpx

from . import _operations as ops
from ._auth import GuidAuth, redact
from ._errors import RequestValidationError
from ._runner import CallOptions, arun, run
from ._validation import check_agent_id
from ._version import __version__
from .generated.client import Client
from .generated.models import CallInfo, Conference, SyncAgentInfoResult

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
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
_PLACEHOLDER_URL = "https://cc-gateway.invalid:8043"

GuidCallback = Callable[[str], None]
T = TypeVar("T")


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
    """Settings shared by the sync and async gateways."""

    def __init__(
        self,
        base_url: str | None,
        *,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_backoff: tuple[float, float],
    ) -> None:
        if base_url is None:
            base_url = _PLACEHOLDER_URL
        if max_retries < 0:
            raise RequestValidationError("max_retries", "must be 0 or more")
        self.base_url = api_base_url(base_url)
        self._options = CallOptions(
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            max_retries=max_retries,
            initial_backoff=retry_backoff[0],
            max_backoff=retry_backoff[1],
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base_url!r})"


class _AgentBase:
    """What sync and async agent handles share: identity, session secret and options."""

    def __init__(self, agent_id: str, auth: GuidAuth, options: CallOptions) -> None:
        self._agent_id = agent_id
        self._auth = auth
        self._options = options

    @property
    def agent_id(self) -> str:
        return self._agent_id

    @property
    def guid(self) -> str | None:
        """The current session secret (rotated automatically). Never log it."""
        return self._auth.guid

    def set_guid(self, guid: str | None) -> None:
        """Use another Guid from now on (e.g. one handed over by the browser workbench)."""
        self._auth.set_guid(guid)

    @property
    def auth(self) -> GuidAuth:
        """The ``httpx.Auth`` that carries this agent's Guid, for use with raw httpx calls."""
        return self._auth

    def _changed(self, **changes: Any) -> CallOptions:
        if "timeout" in changes and not isinstance(changes["timeout"], httpx.Timeout):
            changes["timeout"] = httpx.Timeout(changes["timeout"])
        return self._options.but(**{k: v for k, v in changes.items() if v is not None})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(agent_id={self._agent_id!r}, guid={redact(self.guid)!r})"


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
        transport: an ``httpx.BaseTransport`` to use instead of the network (tests, the
            simulator); ``verify``, ``ca_bundle`` and ``limits`` then don't apply.
        limits: connection pool limits.

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
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        super().__init__(
            base_url, timeout=timeout, max_retries=max_retries, retry_backoff=retry_backoff
        )
        if transport is None:
            transport = httpx.HTTPTransport(verify=_ssl_context(verify, ca_bundle), limits=limits)
        self._transport = transport
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
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
        return Agent(
            self, check_agent_id(agent_id), GuidAuth(guid, on_change=on_guid_change), self._options
        )

    @property
    def http_client(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (base URL set, no auth: pass ``agent.auth``)."""
        return self._http

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Agent(_AgentBase):
    """One agent's session on an :class:`AgentGateway`. Create it with ``gateway.agent(...)``."""

    def __init__(
        self, gateway: AgentGateway, agent_id: str, auth: GuidAuth, options: CallOptions
    ) -> None:
        super().__init__(agent_id, auth, options)
        self._gateway = gateway

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Agent:
        """The same session with other call options (the Guid stays shared)."""
        return Agent(
            self._gateway,
            self._agent_id,
            self._auth,
            self._changed(timeout=timeout, max_retries=max_retries),
        )

    def _run(self, call: ops.PreparedCall[T]) -> T:
        return run(call, self._gateway._http, self._auth, self._options)

    def query_conferences(self, conf_ids: Iterable[int]) -> list[Conference]:
        """queryConfInfos: details of up to 20 conferences (``[]`` if the gateway has none)."""
        return self._run(ops.query_conferences(self._agent_id, conf_ids))

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
    ) -> None:
        """requestAgentConf: ask for a conference chaired by this agent.

        Success only means the request was accepted; the outcome arrives as events
        (``AgentConf_RequestSuccess`` / ``AgentConf_RequestFailed``). Never retried.
        Arguments left as None are not sent (the gateway applies its defaults).
        """
        return self._run(
            ops.request_conference(
                self._agent_id,
                member_num=member_num,
                conf_caller_no=conf_caller_no,
                time=time,
                prompt_time=prompt_time,
                beep_tone=beep_tone,
                play_mode=play_mode,
                voice_path=voice_path,
            )
        )

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
        return self._run(
            ops.call_app_data(self._agent_id, call_id, base64_transfer=base64, as_bytes=as_bytes)
        )

    def sync_state(self) -> SyncAgentInfoResult | None:
        """syncagentinfo: agent state and call information, for redrawing a reloaded desktop.

        Caution: the gateway clears the agent's pending events when this is called.
        """
        return self._run(ops.sync_state(self._agent_id))

    @property
    def client(self) -> Client:
        """A generated-layer ``Client`` for this agent (Guid auth, shared pool), for raw calls
        such as ``query_call_info.sync_detailed(agent.agent_id, client=agent.client)``."""
        raw = Client(base_url=self._gateway.base_url)
        raw.set_httpx_client(
            httpx.Client(
                base_url=self._gateway.base_url,
                transport=_Unclosable(self._gateway._transport),
                headers=_default_headers(),
                timeout=self._options.timeout,
                auth=self._auth,
            )
        )
        return raw


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
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        super().__init__(
            base_url, timeout=timeout, max_retries=max_retries, retry_backoff=retry_backoff
        )
        if transport is None:
            transport = httpx.AsyncHTTPTransport(
                verify=_ssl_context(verify, ca_bundle), limits=limits
            )
        self._transport = transport
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            transport=transport,
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
        return AsyncAgent(
            self, check_agent_id(agent_id), GuidAuth(guid, on_change=on_guid_change), self._options
        )

    @property
    def http_client(self) -> httpx.AsyncClient:
        return self._http

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class AsyncAgent(_AgentBase):
    """One agent's session on an :class:`AsyncAgentGateway`; methods as on :class:`Agent`."""

    def __init__(
        self, gateway: AsyncAgentGateway, agent_id: str, auth: GuidAuth, options: CallOptions
    ) -> None:
        super().__init__(agent_id, auth, options)
        self._gateway = gateway

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncAgent:
        return AsyncAgent(
            self._gateway,
            self._agent_id,
            self._auth,
            self._changed(timeout=timeout, max_retries=max_retries),
        )

    async def _run(self, call: ops.PreparedCall[T]) -> T:
        return await arun(call, self._gateway._http, self._auth, self._options)

    async def query_conferences(self, conf_ids: Iterable[int]) -> list[Conference]:
        return await self._run(ops.query_conferences(self._agent_id, conf_ids))

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
    ) -> None:
        return await self._run(
            ops.request_conference(
                self._agent_id,
                member_num=member_num,
                conf_caller_no=conf_caller_no,
                time=time,
                prompt_time=prompt_time,
                beep_tone=beep_tone,
                play_mode=play_mode,
                voice_path=voice_path,
            )
        )

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
        return await self._run(
            ops.call_app_data(self._agent_id, call_id, base64_transfer=base64, as_bytes=as_bytes)
        )

    async def sync_state(self) -> SyncAgentInfoResult | None:
        return await self._run(ops.sync_state(self._agent_id))

    @property
    def client(self) -> Client:
        """A generated-layer ``Client`` for this agent, for ``asyncio_detailed`` raw calls."""
        raw = Client(base_url=self._gateway.base_url)
        raw.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=self._gateway.base_url,
                transport=_Unclosable(self._gateway._transport),
                headers=_default_headers(),
                timeout=self._options.timeout,
                auth=self._auth,
            )
        )
        return raw
