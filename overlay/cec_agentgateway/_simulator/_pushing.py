"""Push mode: a session signed in with ``callBackUri`` and ``serviceToken`` gets its events
POSTed to that URI (page cec_07_1275) instead of being polled.

Each push-mode session has a deliverer thread. It sends the session's pending events, oldest
first and at most ``batch_size`` at a time, as ``{"workNo": ..., "eventList": [...]}`` with
the ``Guid`` and ``service_token`` headers (the token the sign-in gave, or the newest one a
handshake carried). A batch leaves the queue only when the answer is HTTP 200 with retcode
``"0"``; otherwise the same batch is sent again after ``retry_interval`` seconds, and after
``fail_total`` seconds of failures in a row the agent is signed out, as the gateway's
``EVENT_PUSH_FAIL_INTERVALTIME`` (10 s) and ``EVENT_PUSH_FAIL_TOTALTIME`` (120 s) do (page
cec_05_40130). The times are real seconds. After a sign-out the last events, ending with
AgentOther_ShutdownService, are pushed and the session is forgotten. ``attempts`` records
each POST (agent, number of events, HTTP status or None, acknowledged or not).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import weakref
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._model import AgentRecord, Session

if TYPE_CHECKING:
    from ._core import GatewayCore

__all__ = ["PushAttempt", "PushDelivery", "stop_all"]

_log = logging.getLogger("cec_agentgateway.simulator")
_ATTEMPTS = 1000  # attempts kept in PushDelivery.attempts
#: Every delivery made in this process, for :func:`stop_all` (weakly: a simulator dropped
#: by its owner still goes away).
_DELIVERIES: weakref.WeakSet[PushDelivery] = weakref.WeakSet()


@dataclass(frozen=True, slots=True)
class PushAttempt:
    """One POST to a callback URI: for whom, how many events, the answer's HTTP status
    (None when none came) and whether it acknowledged the batch."""

    agent_id: str
    events: int
    status: int | None
    acknowledged: bool


def _acknowledged(response: httpx.Response) -> bool:
    if response.status_code != 200:
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and str(body.get("retcode")) == "0"


class PushDelivery:
    """Delivers the push-mode sessions' events (see the module); attach it to a core.

    ``transport``: an httpx transport to deliver through instead of the network (e.g.
    ``httpx.WSGITransport(app=receiver.wsgi)``); ``verify``: TLS verification for https
    callback URIs (True, False or a CA bundle path).
    """

    def __init__(
        self,
        core: GatewayCore,
        *,
        batch_size: int = 50,
        retry_interval: float = 10.0,
        fail_total: float = 120.0,
        timeout: float = 5.0,
    ) -> None:
        self._core = core
        self.batch_size = batch_size
        self.retry_interval = retry_interval
        self.fail_total = fail_total
        self.timeout = timeout
        self.transport: httpx.BaseTransport | None = None
        self.verify: bool | str = True
        self.attempts: deque[PushAttempt] = deque(maxlen=_ATTEMPTS)
        self._threads: set[threading.Thread] = set()
        self._wakers: set[threading.Condition] = set()
        self._stopped = False
        core.hooks.session_started.append(self._session_started)
        _DELIVERIES.add(self)

    def stop(self, timeout: float = 2.0) -> None:
        """End every deliverer thread now (sessions stay as they are; their events stay
        queued), and start none for later push-mode sign-ins: for a simulator that is done
        with, so that pushes to a callback that will never answer do not go on for
        ``fail_total`` seconds in the background."""
        with self._core.lock:
            self._stopped = True
            for changed in self._wakers:
                changed.notify_all()
            threads = list(self._threads)
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(timeout)

    def _session_started(self, agent: AgentRecord, now: float) -> None:
        session = agent.session
        if session is None or not session.options.push_mode or self._stopped:
            return
        changed = threading.Condition(self._core.lock)
        self._wakers.add(changed)
        # The core wakes an agent's waiting polls when an event is queued or the session
        # ends; the deliverer waits the same way (the core's lock is held when it is woken).
        waiters = self._core._poll_waiters.setdefault(agent.agent_id, set())
        waiters.add(changed.notify)
        thread = threading.Thread(
            target=self._run,
            args=(session, changed),
            name=f"sim-push-{agent.agent_id}",
            daemon=True,
        )
        self._threads.add(thread)
        thread.start()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no deliverer has events left to send (True) or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._core.lock:
                busy = [
                    a
                    for a in self._core.agents.values()
                    for s in (a.session, a.farewell)
                    if s is not None and s.options.push_mode and s.events
                ]
            if not busy:
                return True
            time.sleep(0.01)
        return False

    # ------------------------------------------------------------------ the deliverer

    def _run(self, session: Session, changed: threading.Condition) -> None:
        core = self._core
        agent_id = session.agent_id
        failing_since: float | None = None
        try:
            with httpx.Client(
                timeout=self.timeout, transport=self.transport, verify=self.verify
            ) as client:
                while True:
                    with core.lock:
                        changed.wait_for(
                            lambda: (
                                bool(session.events)
                                or session.ended
                                or not core.is_live(session)
                                or self._stopped
                            ),
                            timeout=1.0,
                        )
                        if self._stopped or not core.is_live(session):
                            return  # taken over or forgotten: its queue is gone
                        if not session.events:
                            if session.ended:
                                self._forget(session)
                                return
                            continue
                        batch = list(session.events)[: max(1, self.batch_size)]
                        request = self._request(session, batch)
                    acknowledged = self._post(client, agent_id, batch, request)
                    with core.lock:
                        if acknowledged:
                            failing_since = None
                            for sent in batch:  # a syncAgentInfo may have cleared the queue
                                if session.events and session.events[0] is sent:
                                    session.events.popleft()
                            continue
                        now = time.monotonic()
                        failing_since = now if failing_since is None else failing_since
                        if now - failing_since >= self.fail_total:
                            self._give_up(session)
                            return
                        changed.wait_for(
                            lambda: self._stopped or not core.is_live(session),
                            timeout=self.retry_interval,
                        )
        finally:
            with core.lock:
                self._forget_waiter(agent_id, changed)
                self._wakers.discard(changed)
                self._threads.discard(threading.current_thread())

    def _request(self, session: Session, batch: list[dict[str, Any]]) -> dict[str, Any]:
        options = session.options
        token = session.push_token or options.service_token or ""
        body = {"workNo": session.agent_id, "eventList": batch}
        return {
            "url": options.callback_uri or "",
            "content": json.dumps(body).encode(),
            "headers": {
                "Content-Type": "application/json;charset=UTF-8",
                "Guid": session.guid,
                "service_token": token,
            },
        }

    def _post(
        self,
        client: httpx.Client,
        agent_id: str,
        batch: list[dict[str, Any]],
        request: dict[str, Any],
    ) -> bool:
        status: int | None = None
        acknowledged = False
        try:
            response = client.post(**request)
            status = response.status_code
            acknowledged = _acknowledged(response)
        except (httpx.HTTPError, ValueError) as error:
            _log.debug("push to agent %s's callback failed: %s", agent_id, type(error).__name__)
        with self._core.lock:
            self.attempts.append(PushAttempt(agent_id, len(batch), status, acknowledged))
        return acknowledged

    def _give_up(self, session: Session) -> None:
        """Pushing failed for ``fail_total`` seconds: the agent is signed out (lock held)."""
        agent = self._core.agents[session.agent_id]
        if agent.session is session:
            _log.info("agent %s signed out: its events could not be pushed", session.agent_id)
            self._core.end_session(agent)  # no farewell: nobody could receive it
        elif agent.farewell is session:
            self._forget(session)

    def _forget(self, session: Session) -> None:
        agent = self._core.agents[session.agent_id]
        if agent.farewell is session:
            agent.farewell = None
        self._core.forget_session(session)

    def _forget_waiter(self, agent_id: str, changed: threading.Condition) -> None:
        waiters = self._core._poll_waiters.get(agent_id)
        if waiters is not None:
            waiters.discard(changed.notify)
            if not waiters:
                del self._core._poll_waiters[agent_id]


def stop_all() -> None:
    """Stop the deliverers of every simulator of this process (see :meth:`PushDelivery.stop`):
    for test suites, between tests."""
    for delivery in list(_DELIVERIES):
        delivery.stop()
