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
