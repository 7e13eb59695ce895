"""Transport defaults: timeouts, TLS with a private CA, one shared pool, raw access."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from cec_agentgateway import (
    DEFAULT_TIMEOUT,
    AgentGateway,
    APIConnectionError,
    AsyncAgentGateway,
    RequestValidationError,
)
from cec_agentgateway.generated.api.calldata import query_call_info
from tests.overlay.fakes import BASE, FakeGateway, ok


def test_timeouts_are_explicit_by_default() -> None:
    assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.connect is not None
    fake = FakeGateway()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
        gateway.agent("153").call_info()
    timeout = fake.last.extensions["timeout"]
    assert all(value is not None for value in timeout.values())
    assert timeout["read"] == DEFAULT_TIMEOUT.read


def test_timeout_can_be_set_per_gateway_and_per_agent() -> None:
    fake = FakeGateway()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake), timeout=3.0) as gateway:
        agent = gateway.agent("153")
        agent.call_info()
        assert fake.last.extensions["timeout"]["read"] == 3.0
        agent.with_options(timeout=httpx.Timeout(30.0, connect=2.0)).call_info()
        assert fake.last.extensions["timeout"] == {
            "connect": 2.0,
            "read": 30.0,
            "write": 30.0,
            "pool": 30.0,
        }


def test_every_request_carries_the_json_content_type() -> None:
    fake = FakeGateway()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
        gateway.agent("153").call_app_data()
    assert fake.last.method == "GET"
    assert fake.last.headers["Content-Type"] == "application/json; charset=UTF-8"
    assert fake.last.headers["User-Agent"].startswith("cec-agentgateway/")


def test_agents_share_one_pool_and_raw_clients_cannot_close_it() -> None:
    fake = FakeGateway(ok(None, **{"Set-GUID": "JSESSIONID=rotated-by-raw-call"}))
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
        agent = gateway.agent("153", guid="g1")
        with agent.client as raw:
            response = query_call_info.sync_detailed(agent.agent_id, client=raw)
        assert response.status_code == 200 and response.headers["Set-GUID"]
        assert fake.last.headers["Guid"] == "g1"
        assert agent.guid == "rotated-by-raw-call", "raw calls share the agent's Guid"
        gateway.agent("154").call_info()  # the pool is still open
        assert not gateway.http_client.is_closed
    assert gateway.http_client.is_closed


def test_async_raw_client() -> None:
    import asyncio

    fake = FakeGateway()

    async def main() -> int:
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
            agent = gateway.agent("153", guid="g1")
            response = await query_call_info.asyncio_detailed("153", client=agent.client)
            return response.status_code

    assert asyncio.run(main()) == 200
    assert fake.last.headers["Guid"] == "g1"


def test_ca_bundle_conflicts_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(RequestValidationError, match="ca_bundle"):
        AgentGateway(BASE, verify=False, ca_bundle=tmp_path / "ca.pem")


# ------------------------------------------------------------------ a real TLS gateway
def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def private_ca_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 whose certificate is signed by a throw-away private CA."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "1",
             "-subj", "/CN=cec-agentgateway test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)  # fmt: skip
    _openssl("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost",
             cwd=d)  # fmt: skip
    (d / "ext.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "ext.cnf",
             cwd=d)  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"message": "", "retcode": "0", "result": None}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(d / "server.pem", d / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{server.server_address[1]}", d / "ca.pem"
    finally:
        server.shutdown()
        server.server_close()


def test_private_ca_bundle_verifies_the_gateway(private_ca_gateway: tuple[str, Path]) -> None:
    url, ca = private_ca_gateway
    with AgentGateway(url, ca_bundle=ca, max_retries=0) as gateway:
        assert gateway.agent("153", guid="g").call_info() is None


def test_unknown_ca_is_refused_by_default(private_ca_gateway: tuple[str, Path]) -> None:
    url, _ = private_ca_gateway
    with AgentGateway(url, max_retries=0) as gateway, pytest.raises(APIConnectionError) as caught:
        gateway.agent("153", guid="g").call_info()
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)


def test_an_ssl_context_can_be_passed(private_ca_gateway: tuple[str, Path]) -> None:
    url, ca = private_ca_gateway
    context = ssl.create_default_context(cafile=str(ca))
    with AgentGateway(url, verify=context, max_retries=0) as gateway:
        assert gateway.agent("153", guid="g").call_info() is None
