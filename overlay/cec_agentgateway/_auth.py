"""The agent's session secret (Guid) as an httpx.Auth, following the gateway's rotation."""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Callable, Generator

import httpx

__all__ = ["GuidAuth", "redact"]

_SET_GUID = re.compile(r"JSESSIONID=([^;,\s]+)")


def redact(secret: str | None) -> str:
    """A short form of a secret that is safe to show: its first four characters."""
    if not secret:
        return "<none>"
    return secret[:4] + "…"


def guid_from_set_guid(values: list[str]) -> str | None:
    """The Guid announced by ``Set-GUID`` header values (``JSESSIONID=<guid>``), if any.

    Some gateways send the bare value; the last announced value wins.
    """
    found = None
    for value in values:
        match = _SET_GUID.search(value)
        if match:
            found = match.group(1)
        elif value.strip() and "=" not in value:
            found = value.strip()
    return found


class GuidAuth(httpx.Auth):
    """Sends the agent's ``Guid`` header and adopts the new value the gateway announces.

    With dynamic authentication the gateway rotates the Guid (about every 60 s) by sending
    ``Set-GUID: JSESSIONID=<guid>`` on a response. Requests may be in flight on several
    threads or tasks at once, and their responses may come back in any order. To never fall
    back to an older Guid, an announced value is ignored when it comes from the response to a
    request sent before the one that brought the current value, or when it is a value this
    session already replaced. Each request is numbered in the order it is sent
    (``request.extensions["cec_agentgateway.sequence"]``).

    ``on_change(guid)`` is called with each new value so the owner can persist it. It runs
    while the auth's lock is held, so calls arrive in adoption order; keep it short and do not
    call the gateway from it.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(self, guid: str | None = None, *, on_change: Callable[[str], None] | None = None):
        self._lock = threading.Lock()
        self._guid = guid
        self._sent = 0
        self._adopted_from = 0
        self._retired: deque[str] = deque(maxlen=16)
        self._on_change = on_change

    @property
    def guid(self) -> str | None:
        """The newest Guid (a secret: don't log it)."""
        with self._lock:
            return self._guid

    def set_guid(self, guid: str | None) -> None:
        """Replace the Guid, e.g. after signing in again; later rotations start from it."""
        with self._lock:
            self._guid = guid
            self._adopted_from = self._sent
            self._retired.clear()

    def __repr__(self) -> str:
        return f"GuidAuth(guid={redact(self.guid)!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            self._sent += 1
            sequence = self._sent
            guid = self._guid
        if guid is not None:
            request.headers["Guid"] = guid
        request.extensions["cec_agentgateway.sequence"] = sequence
        response = yield request
        announced = guid_from_set_guid(response.headers.get_list("Set-GUID"))
        if announced is not None:
            self._adopt(announced, sequence)

    def _adopt(self, guid: str, sequence: int) -> None:
        with self._lock:
            if sequence <= self._adopted_from or guid in self._retired:
                return  # announced before the current value was: it may be superseded
            self._adopted_from = sequence
            if guid == self._guid:
                return
            if self._guid is not None:
                self._retired.append(self._guid)
            self._guid = guid
            if self._on_change is not None:
                self._on_change(guid)
