"""Where requests go and how: the base URL, TLS, proxies, and adopting a caller's httpx client.

Used by ``_client.py`` when an AgentGateway or AsyncAgentGateway is made.
"""

from __future__ import annotations

import os
import ssl
import urllib.request

import httpx

from ._errors import RequestValidationError
from ._version import __version__

API_PREFIX = "/agentgateway/resource"
#: Where requests go when only an in-process ``transport=`` is given (no network is used).
IN_PROCESS_URL = "http://in-process.invalid"
_MISSING_URL = (
    "is required: the gateway's address, e.g. https://cc-gateway.example.com:8043"
    " (only an in-process transport= such as the simulator's may leave it out)"
)
ProxyType = str | httpx.URL | httpx.Proxy


def api_base_url(base_url: str) -> str:
    """``https://host:8043`` -> ``https://host:8043/agentgateway/resource`` (kept if present)."""
    if not isinstance(base_url, (str, httpx.URL)):
        raise RequestValidationError(
            "base_url", f"must be a URL string, got {type(base_url).__name__}"
        )
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        raise RequestValidationError("base_url", f"is not a valid URL: {base_url!r}") from None
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
        if not isinstance(ca_bundle, (str, os.PathLike)):
            raise RequestValidationError("ca_bundle", "must be a path to a PEM file")
        if verify is False or isinstance(verify, ssl.SSLContext):
            raise RequestValidationError(
                "ca_bundle", "cannot be combined with verify=False or an SSLContext"
            )
        try:
            return ssl.create_default_context(cafile=os.fspath(ca_bundle))
        except (OSError, ssl.SSLError) as exc:
            problem = f"cannot be used as a CA bundle ({type(exc).__name__}: {exc})"
            raise RequestValidationError("ca_bundle", problem) from exc
    return verify


def _shared_ssl_context(
    verify: bool | ssl.SSLContext, ca_bundle: str | os.PathLike[str] | None
) -> ssl.SSLContext | bool:
    """One TLS context for all the gateway's pools (each would otherwise load the CAs)."""
    context = _ssl_context(verify, ca_bundle)
    return httpx.create_ssl_context(verify=True) if context is True else context


def _choose_base_url(
    base_url: str | None, *, transport: object, http_client: httpx.Client | httpx.AsyncClient | None
) -> str:
    """The gateway's URL: given, or the client's own, or (in-process transport only) a
    placeholder that no network transport could reach by accident."""
    if base_url is not None:
        return base_url
    if http_client is not None and str(http_client.base_url).strip("/"):
        return str(http_client.base_url)
    if transport is not None:
        return IN_PROCESS_URL
    raise RequestValidationError("base_url", _MISSING_URL)


def _network_proxy(base_url: str, proxy: ProxyType | None, trust_env: bool) -> httpx.Proxy | None:
    """As :func:`_chosen_proxy`, as an ``httpx.Proxy`` (which every supported httpx takes)."""
    chosen = _chosen_proxy(base_url, proxy, trust_env)
    if chosen is None or isinstance(chosen, httpx.Proxy):
        return chosen
    try:
        return httpx.Proxy(chosen)
    except (ValueError, httpx.InvalidURL) as error:
        raise RequestValidationError("proxy", f"is not a usable proxy URL: {error}") from None


def _chosen_proxy(base_url: str, proxy: ProxyType | None, trust_env: bool) -> ProxyType | None:
    """The proxy for the gateway: ``proxy=``, else (``trust_env``) HTTPS_PROXY / HTTP_PROXY /
    ALL_PROXY unless NO_PROXY covers the gateway's host, as httpx and curl read them."""
    if proxy is not None:
        if not isinstance(proxy, (str, httpx.URL, httpx.Proxy)):
            raise RequestValidationError(
                "proxy", f"must be a URL or an httpx.Proxy, got {type(proxy).__name__}"
            )
        return proxy
    if not trust_env:
        return None
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies_environment()
    chosen = proxies.get(url.scheme) or proxies.get("all")
    if not chosen or _bypassed(url.host, proxies.get("no", "")):
        return None
    return chosen if "://" in chosen else f"http://{chosen}"


def _bypassed(host: str, no_proxy: str) -> bool:
    """Whether NO_PROXY (``*``, or host names / domain suffixes, optional ``:port``) exempts
    ``host``."""
    for entry in no_proxy.split(","):
        name = entry.strip().lower()
        if name.startswith("[") and "]" in name:
            name = name[1 : name.index("]")]
        elif name.count(":") == 1:
            name = name.partition(":")[0]
        name = name.lstrip(".").removeprefix("*.")
        if name == "*" or (name and (host == name or host.endswith("." + name))):
            return True
    return False


def _check_client_options(
    http_client: object,
    expected: type,
    *,
    transport: object,
    proxy: object,
    verify: object,
    ca_bundle: object,
) -> None:
    if http_client is None:
        return
    if not isinstance(http_client, expected):
        raise RequestValidationError(
            "http_client", f"must be an {expected.__module__}.{expected.__name__}"
        )
    for name, value, default in (
        ("transport", transport, None),
        ("proxy", proxy, None),
        ("ca_bundle", ca_bundle, None),
        ("verify", verify, True),
    ):
        if value is not default:
            raise RequestValidationError(
                name, "cannot be combined with http_client= (configure it on that client)"
            )


def _adopt(http_client: httpx.Client | httpx.AsyncClient, base_url: str) -> None:
    """Point a caller's client at the gateway's API and set the default headers it lacks
    or has only httpx's defaults for (``Accept: */*``, ``User-Agent: python-httpx/…``);
    ``Content-Type`` is always the one the gateway asks for."""
    http_client.base_url = httpx.URL(base_url)
    for name, value in _default_headers().items():
        current = http_client.headers.get(name)
        if (
            current is None
            or name == "Content-Type"
            or (name == "Accept" and current == "*/*")
            or (name == "User-Agent" and current.startswith("python-httpx/"))
        ):
            http_client.headers[name] = value


class _ViaClient(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The raw generated client's transport when the caller gave ``http_client=``: every
    request goes through that client (its proxy, TLS settings and event hooks)."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._client, httpx.Client)
        return self._client.send(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._client, httpx.AsyncClient)
        return await self._client.send(request)


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
