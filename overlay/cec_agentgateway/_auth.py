"""The agent's session secret (Guid) as an httpx.Auth, following the gateway's rotation."""

from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Callable, Generator

import httpx

from ._errors import RequestValidationError
from ._secrets import remember, secrets_changed

__all__ = ["GuidAuth", "check_guid", "is_valid_guid", "redact"]

_SET_GUID = re.compile(r"JSESSIONID=([^;,\s]+)")
logger = logging.getLogger("cec_agentgateway")
_GUID_OK = re.compile(r"[!-~]+")  # visible ASCII: what a header value can carry unaltered


def redact(secret: str | None) -> str:
    """What may be shown of a secret: only whether there is one, never any part of it."""
    return "<none>" if not secret else "<set>"


def is_valid_guid(guid: object) -> bool:
    """Whether ``guid`` can be sent as a header value unaltered (visible ASCII only)."""
    return isinstance(guid, str) and bool(_GUID_OK.fullmatch(guid))


def check_guid(guid: object) -> None:
    """Refuse a Guid that could not be sent as a header value, without quoting it."""
    if not is_valid_guid(guid):
        raise RequestValidationError(
            "guid", "must be a non-empty string of visible ASCII characters (value not shown)"
        )


def guid_from_set_guid(values: list[str]) -> str | None:
    """The Guid announced by ``Set-GUID`` header values (``JSESSIONID=<guid>``), if any.

    Some gateways send the bare value; the last announced value wins.
    """
    found = None
    for value in values:
        match = _SET_GUID.search(value)
        if match:
            found = match.group(1)
        elif value.strip() and "=" not in value.strip():
            found = value.strip()
    return found


class GuidAuth(httpx.Auth):
    """Sends the agent's ``Guid`` header and adopts the new value the gateway announces.

    With dynamic authentication the gateway rotates the Guid (about every 60 s) by sending
    ``Set-GUID: JSESSIONID=<guid>`` on a response. Requests may be in flight on several
    threads or tasks at once, and a request sent later may well be answered first (it may
    get a pooled connection sooner). So newness is decided by what the gateway says, in the
    order its replies arrive, never by the order requests were sent: each announcement is
    adopted as it arrives, unless it names a value this session has already replaced (a late
    reply produced before a rotation that was already followed). The old Guid stays valid
    for a while after a rotation (``GUIDTIMEOUT`` is twice ``GUIDINTERVAL``), so even a
    reply overtaken on its way in cannot lock the agent out: the next rotation fixes it.
    Replies to requests sent before :meth:`set_guid` belong to the old session and are
    ignored.

    ``on_change(guid)`` is called with each new value so the owner can persist it. It runs
    while the auth's lock is held, so calls arrive in adoption order; keep it short and do not
    call the gateway from it.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(self, guid: str | None = None, *, on_change: Callable[[str], None] | None = None):
        if guid is not None:
            check_guid(guid)
        # Reentrant: the log filter reads the secrets, also from on_change (run under it).
        self._lock = threading.RLock()
        self._guid = guid
        # the values replaced, newest last (made at the first rotation: an empty deque is
        # ~600 bytes, and thousands of sessions each hold one; issue 26)
        self._retired: deque[str] | None = None
        self._epoch = 0  # bumped by set_guid: replies to requests of an older epoch are stale
        self._on_change = on_change
        remember(self)

    def secrets(self) -> list[str]:
        """Every value this session used or uses (for the log filter; don't show them)."""
        with self._lock:
            return [g for g in (self._guid, *(self._retired or ())) if g]

    @property
    def guid(self) -> str | None:
        """The newest Guid (a secret: don't log it)."""
        with self._lock:
            return self._guid

    def set_guid(self, guid: str | None) -> None:
        """Replace the Guid, e.g. after signing in again; later rotations start from it."""
        if guid is not None:
            check_guid(guid)
        with self._lock:
            dropped = (self._guid is not None and self._guid != guid) or bool(self._retired)
            self._guid = guid
            self._retired = None
            self._epoch += 1
            secrets_changed(*([] if guid is None else [guid]), dropped=dropped)

    def __repr__(self) -> str:
        return f"GuidAuth(guid={redact(self.guid)!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            guid, epoch = self._guid, self._epoch
        if guid is not None:
            request.headers["Guid"] = guid
        response = yield request
        announced = guid_from_set_guid(response.headers.get_list("Set-GUID"))
        if announced is not None:
            self._adopt(announced, epoch)

    def _adopt(self, guid: str, epoch: int) -> None:
        if not is_valid_guid(guid):
            logger.warning("ignored a Set-GUID value that is not a valid header value")
            return
        with self._lock:
            if epoch != self._epoch:
                return  # answers a request sent before set_guid replaced the session's Guid
            if guid == self._guid or (self._retired is not None and guid in self._retired):
                return  # not news, or a value already replaced: never go back to it
            if self._guid is not None:
                if self._retired is None:
                    self._retired = deque(maxlen=16)
                self._retired.append(self._guid)
            self._guid = guid
            secrets_changed(guid)
            if self._on_change is not None:
                self._on_change(guid)
