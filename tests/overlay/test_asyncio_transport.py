"""The async gateway's transport (``_asyncio_transport.AsyncioTransport``, issue 26): HTTP/1.1
keep-alive on asyncio streams, against a small loopback server whose behaviour each test
picks, and the gateway's calls and polls through it against the simulator over loopback."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from cec_agentgateway import AsyncAgentGateway, AsyncEventStream
from cec_agentgateway._asyncio_transport import AsyncioTransport
from cec_agentgateway._pool import ShardedTransport
from cec_agentgateway.simulator import GatewaySimulator

Reply = Callable[[str, asyncio.StreamWriter], Awaitable[bool]]  # True: keep the connection


class _Server:
    """Reads request heads; ``reply(path, writer)`` answers each one."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.connections = 0
        self.requests: list[tuple[int, str]] = []  # (connection number, path)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode()
                self.requests.append((number, path))
                if not await self.reply(path, writer):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@contextlib.asynccontextmanager
async def serving(reply: Reply) -> AsyncIterator[tuple[_Server, str]]:
    server = _Server(reply)
    listener = await asyncio.start_server(server._serve, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        yield server, f"http://127.0.0.1:{port}"
    finally:
        listener.close()


def _answer(body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n%s" % (len(body), extra, body)


async def _echo(path: str, writer: asyncio.StreamWriter) -> bool:
    if path.startswith("/slow"):
        await asyncio.sleep(0.5)
    writer.write(_answer(path.encode()))
    await writer.drain()
    return True


def test_sequential_requests_reuse_one_connection_and_concurrent_ones_get_their_own() -> None:
    async def main() -> None:
        async with (
            serving(_echo) as (server, url),
            AsyncioTransport() as transport,
            httpx.AsyncClient(transport=transport, base_url=url) as client,
        ):
            for n in range(3):
                assert (await client.get(f"/one/{n}")).text == f"/one/{n}"
            assert server.connections == 1
            paths = [f"/many/{n}" for n in range(20)]
            answers = await asyncio.gather(*(client.get(p) for p in paths))
            assert [a.text for a in answers] == paths  # each request its own answer
            assert 2 <= server.connections <= 21

    asyncio.run(main())


def test_a_cancelled_request_leaves_no_connection_to_reuse() -> None:
    """A request cancelled mid-exchange (a deadline, a closed pump) must not leave its late
    answer on a connection that the next request would read it from."""

    async def main() -> None:
        async with (
            serving(_echo) as (server, url),
            AsyncioTransport() as transport,
            httpx.AsyncClient(transport=transport, base_url=url) as client,
        ):
            assert (await client.get("/first")).text == "/first"
            slow = asyncio.ensure_future(client.get("/slow"))
            await asyncio.sleep(0.1)
            slow.cancel()
            with pytest.raises(asyncio.CancelledError):
                await slow
            await asyncio.sleep(0.6)  # the slow answer is written by now
            assert (await client.get("/after")).text == "/after"
            assert server.connections == 2
            assert server.requests[-1] == (2, "/after")

    asyncio.run(main())


def test_a_connection_the_server_closed_while_idle_is_not_used_again() -> None:
    async def answer_then_close(path: str, writer: asyncio.StreamWriter) -> bool:
        writer.write(_answer(b"ok"))  # keep-alive by HTTP/1.1's default, then hung up
        await writer.drain()
        return False

    async def main() -> None:
        async with (
            serving(answer_then_close) as (server, url),
            AsyncioTransport() as transport,
            httpx.AsyncClient(transport=transport, base_url=url) as client,
        ):
            for _ in range(3):
                assert (await client.get("/x")).text == "ok"
                await asyncio.sleep(0.05)
            assert server.connections == 3

    asyncio.run(main())


def test_a_kept_alive_connection_closed_as_the_request_goes_out_is_tried_once_more() -> None:
    """The server hangs up on the second request of each connection without answering it
    (a keep-alive race): the request goes again on a new connection, once."""

    async def once_per_connection(path: str, writer: asyncio.StreamWriter) -> bool:
        if path == "/again":
            return False
        writer.write(_answer(path.encode()))
        await writer.drain()
        return True

    async def main() -> None:
        async with (
            serving(once_per_connection) as (server, url),
            AsyncioTransport() as transport,
            httpx.AsyncClient(transport=transport, base_url=url) as client,
        ):
            assert (await client.get("/first")).text == "/first"
            with pytest.raises(httpx.RemoteProtocolError):  # fresh: no second try
                await client.get("/again")
            assert [n for n, _ in server.requests] == [1, 1, 2]
            # a POST may have been acted on: never sent twice by the transport
            assert (await client.get("/third")).text == "/third"
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post("/again", content=b"{}")
            assert [n for n, _ in server.requests] == [1, 1, 2, 3, 3]

    asyncio.run(main())


def test_failures_are_httpx_errors_and_their_connections_are_dropped() -> None:
    async def misbehave(path: str, writer: asyncio.StreamWriter) -> bool:
        if path == "/hold":
            await asyncio.sleep(1.0)
        elif path == "/cut":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
            await writer.drain()
            return False
        elif path == "/chunked":
            writer.write(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n"
            )
        else:
            writer.write(_answer(b"fine"))
        await writer.drain()
        return True

    async def main() -> None:
        async with serving(misbehave) as (server, url), AsyncioTransport() as transport:
            timeout = httpx.Timeout(5.0, read=0.2)
            async with httpx.AsyncClient(transport=transport, base_url=url, timeout=timeout) as c:
                with pytest.raises(httpx.ReadTimeout):
                    await c.get("/hold")
                assert (await c.get("/chunked")).text == "abcdefg"
                with pytest.raises(httpx.RemoteProtocolError):
                    await c.get("/cut")
                assert (await c.get("/x")).text == "fine"
                # the timed-out and the cut connections were not used again
                assert [n for n, _ in server.requests] == [1, 2, 2, 3]
        async with AsyncioTransport() as transport, httpx.AsyncClient(transport=transport) as c:
            with pytest.raises(httpx.ConnectError):
                await c.get(url + "/nobody-listens")  # the server is closed now
            with pytest.raises(httpx.UnsupportedProtocol):
                await c.get("ftp://127.0.0.1/x")

    asyncio.run(main())


def test_idle_connections_stay_within_max_keepalive() -> None:
    async def main() -> None:
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=2)
        async with (
            serving(_echo) as (server, url),
            AsyncioTransport(limits=limits) as transport,
            httpx.AsyncClient(transport=transport, base_url=url) as client,
        ):
            await asyncio.gather(*(client.get(f"/{n}") for n in range(6)))
            assert sum(len(idle) for idle in transport._idle.values()) <= 2
            before = server.connections
            await asyncio.gather(*(client.get(f"/{n}") for n in range(2)))
            assert server.connections == before  # the two kept were used

    asyncio.run(main())


def test_the_gateway_uses_it_for_calls_and_polls_unless_a_proxy_is_set() -> None:
    async def main() -> None:
        async with AsyncAgentGateway("http://127.0.0.1:9") as gateway:
            assert isinstance(gateway._transport, AsyncioTransport)
            assert isinstance(gateway._poll_http._transport, AsyncioTransport)
        async with AsyncAgentGateway("http://127.0.0.1:9", proxy="http://127.0.0.1:8") as gw:
            assert isinstance(gw._transport, ShardedTransport)
            assert isinstance(gw._poll_http._transport, ShardedTransport)

    asyncio.run(main())


def test_many_agents_over_loopback_each_get_their_own_events_and_guid_rotations() -> None:
    """Calls and polls of 40 agents share the transport's connections: each agent's events
    reach that agent only, and each follows its own Guid rotations."""
    sim = GatewaySimulator(poll_wait=0.3, guid_rotation=0.2)
    agents = [str(1000 + n) for n in range(40)]
    for agent_id in agents:
        sim.add_agent(agent_id, password="pw", phone=str(50000 + int(agent_id)))

    async def main(url: str) -> None:
        async with AsyncAgentGateway(url, poll_interval=0.01) as gateway:
            signed = await asyncio.gather(
                *(gateway.sign_in(a, password="pw", phone=str(50000 + int(a))) for a in agents)
            )
            first = {a.agent_id: a.guid for a in signed}
            streams = [a.events() for a in signed]
            await asyncio.sleep(0.5)
            for agent_id in agents:
                sim.push_event(agent_id, "AgentOther_Note", {"n": agent_id})

            async def note(stream: AsyncEventStream) -> tuple[str | None, object]:
                while True:
                    event = await stream.get(10.0)
                    if event.type.value == "AgentOther_Note":
                        extra = getattr(event.content, "additional_properties", {})
                        return event.agent_id, extra.get("n")

            got = await asyncio.gather(*(note(s) for s in streams))
            assert got == [(a, a) for a in agents]
            await asyncio.gather(*(a.sync_state() for a in signed))
            for agent in signed:  # rotated by the polls' answers, and still accepted
                assert agent.guid != first[agent.agent_id]
                assert agent.guid == sim.guid(agent.agent_id)
            await asyncio.gather(*(a.sign_out() for a in signed))
            for stream in streams:
                await stream.aclose()

    with sim.serve() as server:
        asyncio.run(main(server.url))
    assert not any(sim.is_signed_in(a) for a in agents)


def test_by_path_each_path_keeps_its_connection_and_idle_ones_expire_everywhere() -> None:
    async def main() -> None:
        limits = httpx.Limits(max_connections=None, keepalive_expiry=0.3)
        async with (
            serving(_echo) as (server, url),
            AsyncioTransport(limits=limits, by_path=True) as transport,
            httpx.AsyncClient(transport=transport, base_url=url) as client,
        ):
            for _ in range(2):
                for path in ("/agentevent/1", "/agentevent/2"):
                    assert (await client.get(path)).text == path
            # one connection per path, each reused by its own path only
            assert server.requests == [
                (1, "/agentevent/1"),
                (2, "/agentevent/2"),
                (1, "/agentevent/1"),
                (2, "/agentevent/2"),
            ]
            assert len(transport._all_idle) == 2
            await asyncio.sleep(0.5)  # both idle past the expiry; another path asks
            assert (await client.get("/agentevent/3")).text == "/agentevent/3"
            assert [c.key[3] for c in transport._all_idle] == [b"/agentevent/3"]
            assert transport.connections_made == 3

    asyncio.run(main())
