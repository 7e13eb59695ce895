"""Helpers for the simulator's tests: a simulator on a manual clock and a plain httpx desk."""

from __future__ import annotations

from typing import Any

import httpx

from cec_agentgateway.simulator import GatewaySimulator, ManualClock

BASE_URL = "http://gateway.test/agentgateway/resource"
AGENT = "153"
PASSWORD = "secret"
PHONE = "40038"
START_TIME = 1_700_000_000.0  # the simulated wall clock at construction (epoch seconds)
SIGN_IN_EVENT_COUNT = {3: 3, 4: 2, 5: 3, 8: 3}  # events queued by a sign-in, by status


def make_simulator(clock: ManualClock, **options: Any) -> GatewaySimulator:
    options.setdefault("poll_wait", 0.02)
    simulator = GatewaySimulator(clock=clock, start_time=START_TIME, **options)
    simulator.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    simulator.add_agent("154", password="other")
    return simulator


def set_guid(response: httpx.Response) -> str | None:
    value = response.headers.get("Set-GUID")
    return None if value is None else value.removeprefix("JSESSIONID=")


class Desk:
    """An agent desktop written with plain httpx: holds the Guid and follows Set-GUID."""

    def __init__(self, http: httpx.Client, agent_id: str = AGENT) -> None:
        self.http = http
        self.agent_id = agent_id
        self.guid: str | None = None

    def sign_in(self, password: str = PASSWORD, *, how: str = "", **fields: Any) -> httpx.Response:
        """PUT /onlineagent/{id}[/forcelogin|/loginex]; keeps the Guid on success."""
        body = {"password": password, "phonenum": PHONE, **fields}
        path = f"/onlineagent/{self.agent_id}" + (f"/{how}" if how else "")
        response = self.http.put(path, json=body)
        if response.json()["retcode"] == "0":
            self.guid = set_guid(response)
        return response

    def signed_in(self, password: str = PASSWORD, **fields: Any) -> Desk:
        """Sign in and poll the sign-in events away (without waiting for an empty poll)."""
        assert self.sign_in(password, **fields).json()["retcode"] == "0"
        for _ in range(SIGN_IN_EVENT_COUNT[int(fields.get("status", 4))]):
            assert self.poll()["event"]
        return self

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A request with the Guid header; ``path`` is relative to the API root."""
        headers = {"Guid": self.guid} if self.guid else {}
        headers.update(kwargs.pop("headers", {}))
        response = self.http.request(method, path, headers=headers, **kwargs)
        self.guid = set_guid(response) or self.guid
        return response

    def poll(self) -> dict[str, Any]:
        body: dict[str, Any] = self.request("GET", f"/agentevent/{self.agent_id}").json()
        return body

    def drain(self) -> list[dict[str, Any]]:
        """Poll until a poll answers without an event; the events, oldest first."""
        events = []
        while (answer := self.poll()).get("event"):
            events.append(answer["event"])
        assert answer["retcode"] == "0", answer
        return events

    def drain_farewell(self) -> list[dict[str, Any]]:
        """After a sign-out: poll the session's last events until the Guid is refused."""
        events = []
        while (answer := self.poll())["retcode"] == "0":
            events.append(answer["event"])
        assert answer["retcode"] == "100-006", answer
        assert events[-1]["eventType"] == "AgentOther_ShutdownService"
        return events

    def retcode(self, method: str, path: str, **kwargs: Any) -> str:
        retcode: str = self.request(method, path, **kwargs).json()["retcode"]
        return retcode


def types(events: list[dict[str, Any]]) -> list[str]:
    return [event["eventType"] for event in events]


def sent_since(sim: GatewaySimulator, count: int) -> list[str | None]:
    """The operations sent after the first ``count`` requests, the session's own (polls,
    heartbeats, Guid updates, which run in the background) aside."""
    background = {"handShake", "getAgentEvent", "heartbeat", "updateGuid"}
    return [r.operation for r in sim.requests[count:] if r.operation not in background]
