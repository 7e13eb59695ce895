"""Guid auth: sent on every request, rotated from Set-GUID, safe under concurrency."""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from typing import Any

import httpx

from cec_agentgateway import AgentGateway, AsyncAgentGateway, GuidAuth
from cec_agentgateway._auth import guid_from_set_guid
from tests.overlay.fakes import BASE, FakeGateway, ok


def test_set_guid_rotates_the_guid_for_the_next_request(connect: Any) -> None:
    seen: list[str] = []
    fake = FakeGateway(ok(None)).reply(ok(None, **{"Set-GUID": "JSESSIONID=guid-2.AgentGateway0"}))
    agent = connect(fake).agent("153", guid="guid-1.AgentGateway0", on_guid_change=seen.append)
    agent.call_info()
    agent.call_info()
    assert [r.headers["Guid"] for r in fake.requests] == [
        "guid-1.AgentGateway0",
        "guid-2.AgentGateway0",
    ]
    assert agent.guid == "guid-2.AgentGateway0"
    assert seen == ["guid-2.AgentGateway0"]


def test_rotation_is_followed_on_error_responses_too(connect: Any) -> None:
    rejected = httpx.Response(
        200, json={"message": "", "retcode": "100-007"}, headers={"Set-GUID": "JSESSIONID=g2"}
    )
    fake = FakeGateway(ok(None)).reply(rejected)
    agent = connect(fake).agent("153", guid="g1")
    with contextlib.suppress(Exception):
        agent.call_info()
    agent.call_info()
    assert fake.last.headers["Guid"] == "g2"


def test_no_guid_means_no_header(connect: Any) -> None:
    fake = FakeGateway()
    connect(fake).agent("153").call_info()
    assert "Guid" not in fake.last.headers


def test_set_guid_header_forms() -> None:
    assert guid_from_set_guid(["JSESSIONID=abc.AgentGateway1"]) == "abc.AgentGateway1"
    assert guid_from_set_guid(["JSESSIONID=abc; Path=/; Secure"]) == "abc"
    assert guid_from_set_guid(["bare-guid"]) == "bare-guid"
    assert guid_from_set_guid(["", "JSESSIONID=a", "JSESSIONID=b"]) == "b"
    assert guid_from_set_guid([]) is None
    assert guid_from_set_guid(["OTHER=x"]) is None


def _flow(auth: GuidAuth, url: str = "https://gw/x") -> tuple[Any, httpx.Request]:
    flow = auth.sync_auth_flow(httpx.Request("GET", url))
    return flow, next(flow)


def _answer(flow: Any, set_guid: str | None) -> None:
    headers = {"Set-GUID": f"JSESSIONID={set_guid}"} if set_guid else {}
    with contextlib.suppress(StopIteration):
        flow.send(httpx.Response(200, headers=headers))


def test_newness_follows_the_replies_not_the_order_requests_were_sent(connect: Any) -> None:
    """Issue 13's reproducer: the first request sent is answered last, with the newest Guid."""
    first_in = threading.Event()
    second_answered = threading.Event()
    order: list[str] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            mine = "first" if not order else "second"
            order.append(mine)
        if mine == "first":
            first_in.set()
            assert second_answered.wait(5), "the second request was answered"
            return ok(None, **{"Set-GUID": "JSESSIONID=G3"})
        second_answered.set()
        return ok(None, **{"Set-GUID": "JSESSIONID=G2"})

    with AgentGateway(BASE, transport=httpx.MockTransport(handler)) as gateway:
        agent = gateway.agent("153", guid="G1")
        one = threading.Thread(target=agent.handshake)
        one.start()
        assert first_in.wait(5)
        agent.handshake()  # sent second, answered first with G2
        one.join(5)
        assert order == ["first", "second"]
        assert agent.guid == "G3", "the reply the gateway produced last wins"


def test_newness_follows_the_replies_async() -> None:
    first_in = asyncio.Event()
    second_answered = asyncio.Event()
    order: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        order.append("first" if not order else "second")
        if order[-1] == "first":
            first_in.set()
            await second_answered.wait()
            return ok(None, **{"Set-GUID": "JSESSIONID=G3"})
        second_answered.set()
        return ok(None, **{"Set-GUID": "JSESSIONID=G2"})

    async def main() -> str | None:
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(handler)) as gateway:
            agent = gateway.agent("153", guid="G1")
            first = asyncio.create_task(agent.handshake())
            await first_in.wait()
            await agent.handshake()
            await first
            return agent.guid

    assert asyncio.run(main()) == "G3"


def test_a_late_reply_naming_a_replaced_guid_does_not_win() -> None:
    auth = GuidAuth("g1")
    early, _ = _flow(auth)
    _answer(_flow(auth)[0], "g2")
    _answer(_flow(auth)[0], "g3")
    _answer(early, "g2")  # produced before the rotation to g3, arriving after it
    assert auth.guid == "g3"


def test_a_guid_already_replaced_is_never_taken_back() -> None:
    auth = GuidAuth("g1")
    first, _ = _flow(auth)
    _answer(first, "g2")
    later, request = _flow(auth)
    assert request.headers["Guid"] == "g2"
    _answer(later, "g1")
    assert auth.guid == "g2"


def test_set_guid_starts_a_new_history() -> None:
    changes: list[str] = []
    auth = GuidAuth("g1", on_change=changes.append)
    in_flight, _ = _flow(auth)
    auth.set_guid("fresh")
    _answer(in_flight, "g2")
    assert auth.guid == "fresh"
    after, request = _flow(auth)
    assert request.headers["Guid"] == "fresh"
    _answer(after, "g1")
    assert auth.guid == "g1" and changes == ["g1"]


class RotatingGateway:
    """A gateway whose Guid advances every ``every`` requests, in the order it handles them.

    Requests wait a random moment before the gateway handles them (as for a pooled
    connection), so they reach it out of the order they were sent. Every response announces
    the Guid current when the gateway produced it.
    """

    def __init__(self, every: int = 10) -> None:
        self.every = every
        self.handled = 0
        self.carried: list[int] = []
        self.lock = threading.Lock()

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.handled += 1
            self.carried.append(int(request.headers["Guid"].split("-")[1]))
            guid = f"gen-{self.handled // self.every}"
        return ok(None, **{"Set-GUID": f"JSESSIONID={guid}"})

    def check(self, final: str | None, adopted: list[str], total: int) -> None:
        assert self.handled == total
        assert final == f"gen-{total // self.every}", "ends with the newest Guid"
        generations = [int(g.split("-")[1]) for g in adopted]
        assert generations == sorted(set(generations)), "adoptions only move forward"
        assert max(generations) - min(self.carried) >= total // self.every - 1


def test_concurrent_threads_across_rotations() -> None:
    server = RotatingGateway()

    def handler(request: httpx.Request) -> httpx.Response:
        threading.Event().wait(random.random() / 1000)  # reaches the gateway out of order
        return server.answer(request)

    adopted: list[str] = []
    with AgentGateway(BASE, transport=httpx.MockTransport(handler)) as gateway:
        agent = gateway.agent("153", guid="gen-0", on_guid_change=adopted.append)
        threads = [
            threading.Thread(target=lambda: [agent.call_info() for _ in range(10)])
            for _ in range(20)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        server.check(agent.guid, adopted, 200)


def test_concurrent_tasks_across_rotations() -> None:
    server = RotatingGateway()

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(random.random() / 1000)
        return server.answer(request)

    adopted: list[str] = []

    async def main() -> str | None:
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(handler)) as gateway:
            agent = gateway.agent("153", guid="gen-0", on_guid_change=adopted.append)
            await asyncio.gather(*(agent.call_info() for _ in range(200)))
            return agent.guid

    server.check(asyncio.run(main()), adopted, 200)


def test_no_rotation_is_lost_under_concurrency_over_loopback() -> None:
    """Issue 13: 20 threads over real sockets, the Guid rotating every 50 ms: every call
    keeps working and the client ends on the gateway's newest Guid. (The expiry leaves room
    for a connection whose SYN the loopback server's small backlog delayed by 1 s.)"""
    from cec_agentgateway.simulator import GatewaySimulator

    sim = GatewaySimulator(poll_wait=0.01, guid_rotation=0.05, guid_expiry=1.5)
    sim.add_agent("153", password="pw", phone="40038")
    failures: list[BaseException] = []
    adopted: list[str] = []
    with sim.serve() as server, AgentGateway(server.url, retry_backoff=(0.0, 0.0)) as gateway:
        agent = gateway.sign_in("153", password="pw", phone="40038", on_guid_change=adopted.append)
        stop = time.monotonic() + 1.5

        def work() -> None:
            while time.monotonic() < stop and not failures:
                try:
                    agent.handshake()
                except Exception as error:
                    failures.append(error)

        threads = [threading.Thread(target=work) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert failures == []
        assert len(adopted) >= 5, "the Guid rotated"
        agent.handshake()
        assert agent.guid == sim.guid("153")
        agent.sign_out()
