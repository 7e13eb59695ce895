"""Guid auth: sent on every request, rotated from Set-GUID, safe under concurrency."""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from typing import Any

import httpx

from cec_agentgateway import AgentGateway, AsyncAgentGateway, GuidAuth
from cec_agentgateway._auth import guid_from_set_guid
from tests.overlay.fakes import BASE, FakeGateway, ok

SEQUENCE = "cec_agentgateway.sequence"


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


def test_a_late_response_to_an_older_request_does_not_win() -> None:
    auth = GuidAuth("g1")
    older, _ = _flow(auth)
    newer, _ = _flow(auth)
    _answer(newer, "g3")
    _answer(older, "g2")
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
    """A gateway whose Guid advances every ``every`` requests, in the order they were sent.

    Every response announces the Guid current at that point, so the newest Guid is the one
    of the last request sent.
    """

    def __init__(self, every: int = 10) -> None:
        self.every = every
        self.sent: dict[int, int] = {}
        self.lock = threading.Lock()

    def generation(self, sequence: int) -> int:
        return sequence // self.every

    def answer(self, request: httpx.Request) -> httpx.Response:
        sequence = request.extensions[SEQUENCE]
        with self.lock:
            self.sent[sequence] = int(request.headers["Guid"].split("-")[1])
        guid = f"gen-{self.generation(sequence)}"
        return ok(None, **{"Set-GUID": f"JSESSIONID={guid}"})

    def check(self, final: str | None, adopted: list[str], total: int) -> None:
        assert len(self.sent) == total
        assert final == f"gen-{self.generation(total)}", "ends with the newest Guid"
        generations = [int(g.split("-")[1]) for g in adopted]
        assert generations == sorted(set(generations)), "adoptions only move forward"
        in_send_order = [self.sent[s] for s in sorted(self.sent)]
        assert in_send_order == sorted(in_send_order), "never sends a Guid older than one seen"


def test_concurrent_threads_across_rotations() -> None:
    server = RotatingGateway()

    def handler(request: httpx.Request) -> httpx.Response:
        threading.Event().wait(random.random() / 1000)
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
