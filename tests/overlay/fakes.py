"""A scripted stand-in for the gateway (httpx.MockTransport), and a sync view of async clients."""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

BASE = "https://gw.test:8043"
OK = {"message": "", "retcode": "0"}

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeGateway:
    """Answers requests from a queue of scripted replies (or a default), recording each one.

    A reply is an httpx.Response, an exception to raise (transport failures), or a function
    of the request. Thread-safe, so it can serve concurrent clients.
    """

    def __init__(self, default: Reply | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._replies: deque[Reply] = deque()
        self._default = default if default is not None else json_reply({**OK, "result": None})
        self._lock = threading.Lock()

    def reply(self, *replies: Reply) -> FakeGateway:
        self._replies.extend(replies)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            reply = self._replies.popleft() if self._replies else self._default
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # A fresh copy each time: a response object can be read by one client only.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.read())

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def json_reply(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def ok(result: Any = None, **headers: str) -> httpx.Response:
    return json_reply({**OK, "result": result}, **headers)


class SyncView:
    """Calls an async object's coroutine methods to completion, so tests can treat both alike."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.iscoroutinefunction(value):

            @functools.wraps(value)
            def call(*args: Any, **kwargs: Any) -> Any:
                return asyncio.run(value(*args, **kwargs))

            return call
        if callable(value) and name in ("agent", "with_options"):
            return lambda *a, **k: SyncView(value(*a, **k))
        return value

    def __repr__(self) -> str:
        return repr(self._target)


class SessionGateway:
    """A fake gateway for session tests: routes by path, serves polls from an event queue.

    ``on(method, path_end, *replies)`` scripts the replies of one route (then the default
    success envelope). Polls (``GET /agentevent/...``) take the next item of ``push(...)``
    at once, or answer "no event". Sign-in answers carry ``Set-GUID`` by default.
    """

    def __init__(self, guid: str = "guid-1.AgentGateway0") -> None:
        self.guid = guid
        self.requests: list[httpx.Request] = []
        self._routes: dict[tuple[str, str], deque[Reply]] = {}
        self._events: deque[Reply] = deque()
        self._lock = threading.Lock()

    def on(self, method: str, path_end: str, *replies: Reply) -> SessionGateway:
        self._routes.setdefault((method, path_end), deque()).extend(replies)
        return self

    def push(self, *items: dict[str, Any] | Reply) -> SessionGateway:
        """Queue events (dicts: the event object) or raw poll replies."""
        with self._lock:
            for item in items:
                self._events.append(_poll_reply(item) if isinstance(item, dict) else item)
        return self

    def polls(self) -> list[httpx.Request]:
        return [r for r in self.requests if "/agentevent/" in r.url.path]

    def calls(self, path_end: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith(path_end)]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            if "/agentevent/" in request.url.path:
                reply = self._events.popleft() if self._events else OK_NO_EVENT
            else:
                reply = self._route_reply(request)
                if request.method == "DELETE" and _succeeded(reply):
                    # As the gateway does: the agent's last event tells it was signed out.
                    shutdown = event("AgentOther_ShutdownService", {"loginTime": "1471585949806"})
                    self._events.append(_poll_reply(shutdown))
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.read())

    def _route_reply(self, request: httpx.Request) -> Reply:
        for (method, path_end), replies in self._routes.items():
            if request.method == method and request.url.path.endswith(path_end) and replies:
                return replies.popleft()
        if request.method == "PUT" and (
            request.url.path.rstrip("/").split("/")[-1].isdigit()
            or request.url.path.endswith(("/forcelogin", "/loginex"))
        ):
            return json_reply(SIGNED_IN, **{"Set-GUID": f"JSESSIONID={self.guid}"})
        return json_reply({**OK, "result": None})


OK_NO_EVENT = httpx.Response(200, json=OK)


def _poll_reply(event_object: dict[str, Any]) -> httpx.Response:
    return json_reply({"message": "", "retcode": "0", "event": event_object})


def _succeeded(reply: Reply) -> bool:
    if not isinstance(reply, httpx.Response):
        return False
    try:
        return bool(reply.json().get("retcode") == "0")
    except ValueError:
        return False


SIGNED_IN = {
    "message": "",
    "retcode": "0",
    "result": {
        "vdnid": 1,
        "workno": "153",
        "mediatype": "TTF",
        "loginTime": "1471585949806",
        "isForceChange": "false",
        "serverName": "AgentGateway",
        "timeRemaining": "9",
    },
}


def event(event_type: str, content: Any = None, work_no: str = "153") -> dict[str, Any]:
    return {
        "eventType": event_type,
        "workNo": work_no,
        "content": content,
        "eventGenTime": 1784529722590,
    }
