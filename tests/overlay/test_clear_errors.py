"""Errors that say what to fix: the URL, the Python keyword, the agent ID rule, the path;
and the httpx-style ``proxy=`` / ``trust_env`` / ``http_client=`` options."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    APIConnectionError,
    APIStatusError,
    AsyncAgentGateway,
    RequestValidationError,
)
from cec_agentgateway._connection import IN_PROCESS_URL
from tests.overlay.fakes import BASE, FakeGateway, ok

GUID = "b1e2c3d4-guid-secret.AgentGateway7"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ------------------------------------------------------------------ base URL
@pytest.mark.parametrize("cls", [AgentGateway, AsyncAgentGateway])
def test_a_gateway_without_a_url_is_refused(cls: Any) -> None:
    with pytest.raises(RequestValidationError, match="base_url: is required") as caught:
        cls()
    assert caught.value.field == "base_url"


def test_an_in_process_transport_may_leave_the_url_out() -> None:
    fake = FakeGateway()
    with AgentGateway(transport=httpx.MockTransport(fake)) as gateway:
        assert gateway.base_url == IN_PROCESS_URL + "/agentgateway/resource"
        gateway.agent("153", guid=GUID).call_info()
    assert fake.last.url.host == "in-process.invalid"


# ------------------------------------------------------------------ connection errors
def test_a_connection_error_names_the_url_but_never_the_guid() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with AgentGateway(url, max_retries=0) as gateway, pytest.raises(APIConnectionError) as caught:
        gateway.agent("153", guid=GUID).call_info()
    message = str(caught.value)
    assert f"GET {url}/agentgateway/resource/" in message
    assert GUID not in message and "guid-secret" not in message


def test_an_async_connection_error_names_the_url() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"

    async def main() -> str:
        async with AsyncAgentGateway(url, max_retries=0) as gateway:
            with pytest.raises(APIConnectionError) as caught:
                await gateway.agent("153", guid=GUID).call_info()
        return str(caught.value)

    message = asyncio.run(main())
    assert f"{url}/agentgateway/resource/" in message and GUID not in message


def test_an_http_404_shows_the_request_path() -> None:
    fake = FakeGateway(httpx.Response(404, text="<html>Not Found</html>"))
    with (
        AgentGateway(BASE, transport=httpx.MockTransport(fake), max_retries=0) as gateway,
        pytest.raises(APIStatusError) as caught,
    ):
        gateway.agent("153", guid=GUID).call_info()
    message = str(caught.value)
    assert message.startswith("HTTP 404 Not Found for GET https://gw.test:8043/agentgateway/")
    assert "/153" in message and GUID not in message


# ------------------------------------------------------------------ argument names
@pytest.mark.parametrize("agent_id", ["12", "1", "0153", "1000000", "abc"])
def test_an_agent_id_error_states_the_rule(agent_id: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        AgentGateway(BASE, transport=httpx.MockTransport(FakeGateway())).agent(agent_id)
    assert "from 101 to 999999" in str(caught.value)
    assert "characters" not in str(caught.value)
    assert caught.value.argument == "agent_id" and caught.value.field == "agentid"


def test_a_missing_phone_names_the_keyword_and_keeps_the_wire_name() -> None:
    fake = FakeGateway()
    with (
        AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway,
        pytest.raises(RequestValidationError) as caught,
    ):
        gateway.sign_in("153", password="secret")
    assert str(caught.value).startswith("phone: is required (sent as phonenum)")
    assert caught.value.argument == "phone" and caught.value.field == "phonenum"
    assert fake.requests == []


def test_a_sign_in_field_out_of_range_names_the_keyword() -> None:
    fake = FakeGateway()
    with (
        AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway,
        pytest.raises(RequestValidationError) as caught,
    ):
        gateway.sign_in("153", password="secret", phone="40038", status=8, rest_time=0)
    assert caught.value.argument == "rest_time" and caught.value.field == "time"
    assert str(caught.value).startswith("rest_time: must be at least 1")


def test_where_keyword_and_wire_name_agree_the_message_is_unchanged() -> None:
    error = RequestValidationError("password", "is required")
    assert error.argument == "password" and str(error) == "password: is required"


# ------------------------------------------------------------------ proxies
class _Proxy(BaseHTTPRequestHandler):
    """A forward proxy that answers every request itself and records the request line."""

    seen: list[str]

    def do_GET(self) -> None:
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        body = json.dumps({"message": "success", "retcode": "0", "result": None}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[tuple[str, list[str]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    server.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.seen  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


GATEWAY = "http://gateway.invalid:8043"


@pytest.fixture
def no_env_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.usefixtures("no_env_proxies")
def test_proxy_option_sends_through_the_proxy(proxy: tuple[str, list[str]]) -> None:
    url, seen = proxy
    with AgentGateway(GATEWAY, proxy=url, max_retries=0) as gateway:
        gateway.agent("153", guid=GUID).call_info()
    assert seen and seen[0].startswith(f"{GATEWAY}/agentgateway/resource/")


@pytest.mark.usefixtures("no_env_proxies")
def test_async_proxy_option(proxy: tuple[str, list[str]]) -> None:
    url, seen = proxy

    async def main() -> None:
        async with AsyncAgentGateway(GATEWAY, proxy=url, max_retries=0) as gateway:
            await gateway.agent("153", guid=GUID).call_info()

    asyncio.run(main())
    assert seen and seen[0].startswith(f"{GATEWAY}/agentgateway/resource/")


@pytest.mark.usefixtures("no_env_proxies")
def test_http_proxy_from_the_environment_is_used(
    proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, seen = proxy
    monkeypatch.setenv("HTTP_PROXY", url)
    with AgentGateway(GATEWAY, max_retries=0) as gateway:
        gateway.agent("153", guid=GUID).call_info()
    assert len(seen) == 1


@pytest.mark.usefixtures("no_env_proxies")
@pytest.mark.parametrize(
    "no_proxy", ["gateway.invalid", ".invalid", "*", "x.test, gateway.invalid:8043"]
)
def test_no_proxy_or_trust_env_false_bypass_the_environment(
    proxy: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    url, seen = proxy
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    with (
        AgentGateway(GATEWAY, max_retries=0, timeout=2.0) as gateway,
        pytest.raises(APIConnectionError, match=r"gateway\.invalid"),
    ):
        gateway.agent("153", guid=GUID).call_info()
    monkeypatch.delenv("NO_PROXY")
    with (
        AgentGateway(GATEWAY, max_retries=0, trust_env=False, timeout=2.0) as gateway,
        pytest.raises(APIConnectionError, match=r"gateway\.invalid"),
    ):
        gateway.agent("153", guid=GUID).call_info()
    assert seen == []


def test_proxy_cannot_be_combined_with_a_transport() -> None:
    with pytest.raises(RequestValidationError, match="proxy"):
        AgentGateway(BASE, transport=httpx.MockTransport(FakeGateway()), proxy="http://p:1")


# ------------------------------------------------------------------ http_client
def test_http_client_is_used_with_its_event_hooks_and_left_open() -> None:
    fake = FakeGateway()
    hooked: list[str] = []
    client = httpx.Client(
        transport=httpx.MockTransport(fake),
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    )
    with AgentGateway(BASE, http_client=client) as gateway:
        gateway.agent("153", guid=GUID).call_info()
        assert gateway.http_client is client
    assert hooked and hooked[0].startswith("/agentgateway/resource/")
    assert fake.last.headers["Content-Type"] == "application/json; charset=UTF-8"
    assert fake.last.headers["Accept"] == "application/json"
    assert fake.last.headers["User-Agent"].startswith("cec-agentgateway/")
    assert fake.last.headers["Guid"] == GUID
    assert not client.is_closed
    client.close()


def test_http_client_keeps_its_own_user_agent() -> None:
    fake = FakeGateway()
    client = httpx.Client(transport=httpx.MockTransport(fake), headers={"User-Agent": "desk/2"})
    with client, AgentGateway(BASE, http_client=client) as gateway:
        gateway.agent("153", guid=GUID).call_info()
    assert fake.last.headers["User-Agent"] == "desk/2"


def test_async_http_client_takes_its_url_from_the_client() -> None:
    fake = FakeGateway(ok({"x": 1}))

    async def main() -> str:
        client = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(fake))
        async with AsyncAgentGateway(http_client=client) as gateway:
            await gateway.agent("153", guid=GUID).call_info()
            url = gateway.base_url
        assert not client.is_closed
        await client.aclose()
        return url

    assert asyncio.run(main()) == BASE + "/agentgateway/resource"


@pytest.mark.parametrize(
    "options",
    [
        {"transport": httpx.MockTransport(FakeGateway())},
        {"proxy": "http://proxy:3128"},
        {"verify": False},
        {"ca_bundle": "/etc/ssl/certs/ca.pem"},
    ],
)
def test_http_client_refuses_options_that_belong_on_it(options: dict[str, Any]) -> None:
    with pytest.raises(RequestValidationError, match="http_client"):
        AgentGateway(BASE, http_client=httpx.Client(), **options)


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(RequestValidationError, match="http_client"):
        AgentGateway(BASE, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "argument", "field"),
    [
        ("request_conference", (1000,), {"wait": False}, "member_num", "memberNum"),
        (
            "request_conference",
            (4,),
            {"prompt_time": -1, "wait": False},
            "prompt_time",
            "promptTime",
        ),
        ("query_conferences", ("12",), {}, "conf_ids", "confIds"),
        ("query_conferences", ([],), {}, "conf_ids", "confIds"),
        ("send_note", ([], "hello"), {}, "agent_ids", "agentIds"),
        ("notify_bulletin", ("",), {"group": "Hotline"}, "text", "bulletindata"),
        ("queue.waiting_for_skill", (-1,), {}, "skill_id", "skillid"),
        ("queue.acd_stats", ([],), {}, "skill_ids", "skills"),
        ("skills_of", ("12",), {}, "work_no", "workno"),
    ],
)
def test_errors_name_the_keyword_of_each_family(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], argument: str, field: str
) -> None:
    fake = FakeGateway()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
        agent = gateway.agent("153", guid=GUID)
        with pytest.raises(RequestValidationError) as caught:
            target: Any = agent
            for name in method.split("."):
                target = getattr(target, name)
            target(*args, **kwargs)
    assert (caught.value.argument, caught.value.field) == (argument, field)
    assert str(caught.value).startswith(f"{argument}: ")
    assert fake.requests == []


@pytest.mark.parametrize("cls", [AgentGateway, AsyncAgentGateway])
def test_a_proxy_url_httpx_cannot_use_is_refused(cls: Any) -> None:
    with pytest.raises(RequestValidationError, match="proxy: is not a usable proxy URL"):
        cls(BASE, proxy="ftp://proxy.example.com:21")
