"""Long polls held without a thread (PollHolder) and their jitter (issue 26)."""

from __future__ import annotations

import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from cec_agentgateway._simulator._holding import HELD, PollHolder
from cec_agentgateway._simulator._polling import PendingPoll
from cec_agentgateway._simulator._wire import SimRequest, SimResponse
from cec_agentgateway.simulator import GatewaySimulator, ManualClock, main
from tests.simulator.helpers import AGENT, BASE_URL, Desk, make_simulator

POLL_PATH = urlsplit(BASE_URL).path + f"/agentevent/{AGENT}"


def _signed_in(sim: GatewaySimulator) -> str:
    wait, sim.poll_wait = sim.poll_wait, 0.01  # the last poll of the sign-in's events waits
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        while desk.poll().get("event"):  # the sign-in's events: the next poll waits
            pass
        assert desk.guid is not None
    sim.poll_wait = wait
    return desk.guid


def _poll(guid: str) -> SimRequest:
    return SimRequest("GET", POLL_PATH, {}, {"guid": guid}, b"")


def test_jitter_spreads_the_waits_within_the_share_given(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=10.0, poll_jitter=0.5)
    guid = _signed_in(sim)
    polls = []
    with sim._lock:
        for _ in range(40):
            pending = sim._dispatch(_poll(guid))
            assert isinstance(pending, PendingPoll)
            polls.append(pending)
        waits = [p.remaining() for p in polls]
        for pending in polls:
            pending.release()
    assert all(4.9 <= w <= 10.0 for w in waits)
    assert max(waits) - min(waits) > 1.0  # spread, not one moment


def test_without_jitter_every_poll_waits_the_full_time(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=10.0)
    guid = _signed_in(sim)
    with sim._lock:
        pending = sim._dispatch(_poll(guid))
        assert isinstance(pending, PendingPoll)
        assert pending.remaining() > 9.9
        pending.release()


@pytest.mark.parametrize("share", [-0.1, 1.5, float("nan")])
def test_a_jitter_outside_0_to_1_is_refused(share: float) -> None:
    with pytest.raises(ValueError, match="poll_jitter"):
        GatewaySimulator(poll_jitter=share)
    with pytest.raises(SystemExit):
        main(["--poll-jitter", str(share)])


def test_held_polls_are_answered_by_an_event_or_when_due_without_a_thread_each(
    clock: ManualClock,
) -> None:
    before = threading.active_count()
    sim = make_simulator(clock, poll_wait=0.3)
    guid = _signed_in(sim)
    holder = PollHolder(sim, workers=2)
    answers: list[Any] = []
    done = threading.Event()

    def deliver(outcome: Any) -> None:
        answers.append(outcome)
        if len(answers) == 30:
            done.set()

    for _ in range(30):  # 30 polls of one session, held at once
        assert holder.submit(_poll(guid), None, deliver) is HELD
    assert holder.held == 30
    assert threading.active_count() <= before + 1  # the holder's thread, no more
    sim.push_event(AGENT, "AgentOther_Bulletin", {"text": "hello"})
    assert done.wait(10)
    assert all(isinstance(a, SimResponse) and a.status == 200 for a in answers)
    with_event = [a for a in answers if b"AgentOther_Bulletin" in a.body]
    assert len(with_event) == 1  # the event went to one poll; the others answered empty
    assert holder.held == 0
    holder.close()


def test_a_held_poll_whose_peer_left_keeps_its_event_queued(clock: ManualClock) -> None:
    sim = make_simulator(clock, poll_wait=5.0)
    guid = _signed_in(sim)
    holder = PollHolder(sim)
    answered = threading.Event()
    got: list[Any] = []

    def deliver(outcome: Any) -> None:
        got.append(outcome)
        answered.set()

    assert holder.submit(_poll(guid), lambda: False, deliver) is HELD
    sim.push_event(AGENT, "AgentOther_Bulletin", {"text": "kept"})
    assert answered.wait(5)
    assert got == [None]  # nobody to answer: the event stays for the next poll
    holder.close()
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        answer = http.get(f"/agentevent/{AGENT}", headers={"Guid": guid}).json()
    assert answer["event"]["eventType"] == "AgentOther_Bulletin"


def test_a_held_poll_is_answered_when_due_even_if_a_thread_switch_split_its_clock_readings(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 5,000-session runs lost a poll now and then (a ReadTimeout after 60 s): its due
    time was taken from two clock readings, and a thread switch between them made it due a
    moment before its deadline; when due it was not over yet, and nobody answered it after.
    Here the submitting thread's readings of the holder's clock lag by 0.2 s, as a switch
    would make them."""
    import time as real_time

    from cec_agentgateway._simulator import _holding

    sim = make_simulator(clock, poll_wait=0.5)
    guid = _signed_in(sim)
    holder = PollHolder(sim)
    submitter = threading.get_ident()

    class LaggingClock:
        def __getattr__(self, name: str) -> Any:
            return getattr(real_time, name)

        @staticmethod
        def monotonic() -> float:
            now = real_time.monotonic()
            return now - 0.2 if threading.get_ident() == submitter else now

    monkeypatch.setattr(_holding, "time", LaggingClock())
    answered = threading.Event()
    got: list[Any] = []

    def deliver(outcome: Any) -> None:
        got.append(outcome)
        answered.set()

    assert holder.submit(_poll(guid), None, deliver) is HELD
    assert answered.wait(5), "the held poll was never answered"
    assert isinstance(got[0], SimResponse) and got[0].status == 200
    assert holder.held == 0
    holder.close()


def test_a_poll_answered_by_an_event_lets_go_of_its_connection_at_once(
    clock: ManualClock,
) -> None:
    """It stays in the deadlines' heap until its wait would have ended (30 s here), but what
    it held (the connection's handler, the peer check, the session's poll) goes now."""
    import gc
    import weakref

    sim = make_simulator(clock, poll_wait=30.0)
    guid = _signed_in(sim)
    holder = PollHolder(sim)
    answered = threading.Event()

    class Connection:
        def deliver(self, outcome: Any) -> None:
            answered.set()

        def still_there(self) -> bool:
            return True

    connection = Connection()
    gone = weakref.ref(connection)
    assert holder.submit(_poll(guid), connection.still_there, connection.deliver) is HELD
    del connection
    sim.push_event(AGENT, "AgentOther_Bulletin", {"text": "wake"})
    assert answered.wait(5)
    for _ in range(500):  # until the answering thread waits for its next job
        with holder._pool._cond:
            if holder._pool._free:
                break
        time.sleep(0.01)
    assert len(holder._deadlines) == 1  # still in the heap, due in about 30 s
    gc.collect()
    assert gone() is None, "the answered poll still holds its connection"
    holder.close()
