"""The long poll (GET /agentevent/{agentid}): one event per answer, or none after a wait."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from typing import Any, Protocol

from ..generated.models import Retcode
from ._model import AgentRecord, Session
from ._wire import Refusal, SimRequest, SimResponse, error_response, json_response

__all__ = ["PendingPoll", "PollHost", "answer_poll"]


class PollHost(Protocol):
    """What a poll needs of the gateway core (``GatewayCore`` provides it).

    A protocol, so that this module, which the core imports, does not import the core.
    """

    poll_wait: float
    poll_jitter: float  # a share of poll_wait taken off at random: expiries spread

    @property
    def agents(self) -> Mapping[str, AgentRecord]: ...

    def clock(self) -> float: ...

    def is_live(self, session: Session) -> bool: ...

    def forget_session(self, session: Session) -> None: ...

    def announced_guid(self, session: Session, presented: str, now: float) -> str | None: ...

    def record(
        self, request: SimRequest, operation: str | None, agent_id: str | None, response: Any
    ) -> None: ...


_OPERATION = "getAgentEvent"


def answer_poll(
    simulator: PollHost, request: SimRequest, session: Session, now: float
) -> SimResponse:
    """Answer a poll now: the oldest pending event, or no ``event`` at all.

    A signed-out session delivers its remaining events (the last is
    AgentOther_ShutdownService) and is then forgotten, so later polls get 100-006. The
    answer may announce a new Guid (``Set-GUID``).
    """
    agent = simulator.agents[session.agent_id]
    if not simulator.is_live(session):
        return error_response(_OPERATION, Refusal(Retcode.NOT_SIGNED_IN))
    envelope: dict[str, Any] = {"message": "", "retcode": "0"}
    if session.events:
        envelope["event"] = session.events.popleft()
    if session.ended and not session.events:
        agent.farewell = None
        simulator.forget_session(session)
    presented = request.header("Guid") or ""
    return json_response(envelope, set_guid=simulator.announced_guid(session, presented, now))


class PendingPoll:
    """A poll that found no event and waits for one, ``poll_wait`` real seconds at most
    (less by up to ``poll_jitter`` of it, at random, so polls begun together end apart).

    While it waits the session counts as active (no idle sign-out). Every method is called
    with the simulator's lock held.
    """

    def __init__(self, simulator: PollHost, request: SimRequest, session: Session):
        self._simulator = simulator
        self._request = request
        self._session = session
        self._agent_id = session.agent_id
        wait = simulator.poll_wait * (1.0 - simulator.poll_jitter * random.random())
        self._deadline = time.monotonic() + wait
        self._released = False
        session.polls_waiting += 1

    @property
    def agent_id(self) -> str:
        """The polling agent: only its events wake this poll."""
        return self._agent_id

    @property
    def deadline(self) -> float:
        """When (``time.monotonic``) the poll answers without an event."""
        return self._deadline

    def remaining(self) -> float:
        """Real seconds left before the poll answers without an event."""
        return max(0.0, self._deadline - time.monotonic())

    def ready(self) -> bool:
        """Whether there is something to answer: an event, or the session ended."""
        session = self._session
        return bool(session.events) or session.ended or not self._simulator.is_live(session)

    def answer(self) -> SimResponse:
        self.release()
        simulator = self._simulator
        response = answer_poll(simulator, self._request, self._session, simulator.clock())
        simulator.record(self._request, _OPERATION, self._agent_id, response)
        return response

    def release(self) -> None:
        """Stop counting this poll as activity of the session (idempotent)."""
        if not self._released:
            self._released = True
            self._session.polls_waiting -= 1
            self._session.last_seen = max(self._session.last_seen, self._simulator.clock())
