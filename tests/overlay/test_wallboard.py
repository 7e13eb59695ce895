"""The paced wallboard (issue 23): pacing, one schedule for many screens, snapshots and deltas,
errors on the item, back-off; sync and async, against the simulator on a manual clock.

The proof of the pacing is short here (three minutes of the simulator's clock, in a second or
two); ``scripts/wallboard-soak`` runs the hour. Its control shows that unpaced polling of the
same load is refused, so the paced run's 0 refusals can fail.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    AsyncWallboard,
    InvalidParameterError,
    Pacer,
    PacingLimits,
    RepeatedRequestError,
    RequestValidationError,
    Wallboard,
    WallboardSnapshot,
)
from cec_agentgateway._pacing import PROBE_WINDOWS
from cec_agentgateway.simulator import Fault, GatewaySimulator, ManualClock, QueryLimit

AGENT, PASSWORD, PHONE = "153", "pw", "40038"
URL = "http://gateway.test"


class Recorder(httpx.BaseTransport):
    """The simulator's transport, noting when (on the clock) each request went and its retcode."""

    def __init__(self, sim: GatewaySimulator, clock: ManualClock) -> None:
        self.inner = sim.transport()
        self.clock = clock
        self.sent: list[tuple[float, str, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        retcode = response.json().get("retcode") if response.content else None
        self.sent.append((self.clock(), request.url.path.rsplit("/", 1)[-1], retcode))
        return response


def simulator(clock: ManualClock, skills: int = 6, **options: Any) -> GatewaySimulator:
    # idle_timeout: the session's event poll runs in real time, the manual clock far faster
    options.setdefault("idle_timeout", 1e9)
    sim = GatewaySimulator(clock=clock, poll_wait=0.01, guid_rotation=None, **options)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    for skill in range(1, skills + 1):
        sim.add_skill(skill, f"skill {skill}", waiting=skill % 3)
    sim.set_agent_skills(AGENT, range(1, skills + 1))
    sim.set_agent_group(AGENT, "Hotline")
    return sim


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1_000.0)


@pytest.fixture
def sim(clock: ManualClock) -> GatewaySimulator:
    return simulator(clock)


@pytest.fixture
def agent(sim: GatewaySimulator) -> Iterator[Any]:
    with (
        AgentGateway(URL, transport=sim.transport()) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as signed_in,
    ):
        yield signed_in


def board_of(agent: Any, clock: ManualClock, **options: Any) -> Wallboard:
    return Wallboard(agent, clock=clock, sleep=clock.advance, **options)


def acd_stat_requests(sim: GatewaySimulator) -> int:
    return sum(r.operation == "queryAcdStat" for r in sim.requests)


# ---------------------------------------------------------------------- the pacer


def test_the_pacer_lets_the_limit_through_then_says_how_long_to_wait(clock: ManualClock) -> None:
    pacer = Pacer(PacingLimits(per_agent=3, window=2.0, margin=0.1), clock=clock)
    assert [pacer.take("153", "queryAcdStat") for _ in range(3)] == [0.0] * 3
    assert pacer.take("153", "queryAcdStat") == pytest.approx(2.1)
    assert pacer.take("153", "queryAllAgentStatus") == 0.0  # another interface
    assert pacer.take("154", "queryAcdStat") == 0.0  # another agent
    clock.advance(2.0)
    assert pacer.take("153", "queryAcdStat") == pytest.approx(0.1)
    clock.advance(0.1)
    assert pacer.take("153", "queryAcdStat") == 0.0
    assert pacer.sent == 6


def test_a_slot_counts_from_the_answer_of_a_slow_query(clock: ManualClock) -> None:
    pacer = Pacer(PacingLimits(per_agent=1, margin=0), clock=clock)
    delay, taken = pacer.take_slot("153", "a")
    assert delay == 0.0
    clock.advance(0.5)  # the answer took half a second: the gateway may have seen it late
    pacer.finished("153", "a", taken)
    clock.advance(1.6)  # 2.1 s after the slot was taken, 1.6 s after the answer
    assert pacer.take("153", "a") == pytest.approx(0.4)


def test_the_family_scope_and_the_total_are_counted_together(clock: ManualClock) -> None:
    family = Pacer(PacingLimits(per_agent=2, scope="family", margin=0), clock=clock)
    assert [family.take("153", i) for i in ("a", "b", "c")] == [0.0, 0.0, 2.0]
    total = Pacer(PacingLimits(per_agent=5, in_all=3, margin=0), clock=clock)
    assert [total.take(agent, "a") for agent in ("1", "2", "3", "4")] == [0.0, 0.0, 0.0, 2.0]


def test_a_refusal_backs_off_doubling_and_recovers(clock: ManualClock) -> None:
    pacer = Pacer(PacingLimits(per_agent=4, margin=0, max_backoff=5.0), clock=clock)
    assert pacer.refused("153") == 2.0
    assert pacer.allowance("153") == 2
    assert pacer.take("153", "a") == 2.0  # paused
    assert pacer.refused("153") == 4.0  # twice in a row: twice as long
    assert pacer.refused("153") == 5.0  # at most max_backoff
    assert pacer.allowance("153") == 1
    clock.advance(5.0)
    assert pacer.take("153", "a") == 0.0
    assert pacer.take("153", "a") == 2.0  # one per window while backed off
    pacer.answered("153")
    assert pacer.allowance("153") == 1  # not yet a quiet window
    clock.advance(2.0)
    pacer.answered("153")
    assert pacer.allowance("153") == 1  # up to just below the level refused last (2)
    clock.advance(2.0 * PROBE_WINDOWS)
    pacer.answered("153")
    assert pacer.allowance("153") == 2  # then probing, rarely
    assert pacer.refusals == 3
    assert pacer.allowance("154") == 4  # the others were never slowed


def test_after_one_refusal_the_allowance_climbs_back_below_it(clock: ManualClock) -> None:
    pacer = Pacer(PacingLimits(per_agent=5, margin=0), clock=clock)
    pacer.refused("153")  # at 5: ceiling 4, allowance 2
    seen = []
    for _ in range(4):
        clock.advance(2.0)
        pacer.answered("153")
        seen.append(pacer.allowance("153"))
    assert seen == [2, 3, 4, 4]
    clock.advance(2.0 * PROBE_WINDOWS)
    pacer.answered("153")
    assert pacer.allowance("153") == 5


@pytest.mark.parametrize(
    "bad",
    [
        {"per_agent": 0},
        {"per_agent": True},
        {"in_all": 0},
        {"window": 0},
        {"window": float("nan")},
        {"margin": -1},
        {"max_backoff": float("inf")},
        {"scope": "agent"},
    ],
)
def test_limits_that_cannot_work_are_refused_at_once(bad: dict[str, Any]) -> None:
    with pytest.raises(RequestValidationError) as raised:
        PacingLimits(**bad)
    assert raised.value.field == next(iter(bad))


# ---------------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"interval": 0}, "interval"),
        ({"interval": "5"}, "interval"),
        ({"interval": float("inf")}, "interval"),
        ({"batch_size": 0}, "batch_size"),
        ({"batch_size": 101}, "batch_size"),
        ({"limits": PacingLimits(), "pacer": Pacer()}, "limits"),
        ({"limits": {"per_agent": 5}}, "limits"),
        ({"pacer": "shared"}, "pacer"),
    ],
)
def test_bad_board_settings_are_refused_with_nothing_sent(
    agent: Any, sim: GatewaySimulator, clock: ManualClock, options: dict[str, Any], field: str
) -> None:
    before = len(sim.requests)
    with pytest.raises(RequestValidationError) as raised:
        board_of(agent, clock, **options)
    assert raised.value.field == field
    assert len(sim.requests) == before


def test_a_clock_needs_a_sleep_and_an_agent_is_needed(agent: Any, clock: ManualClock) -> None:
    with pytest.raises(RequestValidationError, match="together"):
        Wallboard(agent, clock=clock)
    with pytest.raises(RequestValidationError) as raised:
        Wallboard("153")  # type: ignore[arg-type]
    assert raised.value.field == "agent"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"skills": "1,2"}, "skills"),
        ({"skills": [1, -2]}, "skills"),
        ({"skills": [1, True]}, "skills"),
        ({"groups": [1.5]}, "groups"),
        ({"agents": 1}, "agents"),
        ({"callback": "print"}, "callback"),
    ],
)
def test_bad_screens_are_refused(
    agent: Any, clock: ManualClock, kwargs: dict[str, Any], field: str
) -> None:
    board = board_of(agent, clock)
    with pytest.raises(RequestValidationError) as raised:
        board.subscribe(**kwargs)
    assert raised.value.field == field


# ---------------------------------------------------------------------- snapshots and deltas


def test_screens_share_one_query_per_item_per_round(
    agent: Any, sim: GatewaySimulator, clock: ManualClock
) -> None:
    board = board_of(agent, clock, interval=5, batch_size=2)
    north = board.subscribe([1, 2, 3], agents=True)
    south = board.subscribe([2, 3, 4, 5], groups=[1])
    before = acd_stat_requests(sim)
    team_before = sum(r.operation == "queryAllAgentStatus" for r in sim.requests)
    snapshot = next(north)
    # skills 1..5 once, two per queryacdstat: 3 queries, not 2 + 2 (one per screen)
    assert acd_stat_requests(sim) - before == 3
    assert sum(r.operation == "queryAllAgentStatus" for r in sim.requests) - team_before == 1
    assert set(snapshot.skills) == {1, 2, 3}
    assert snapshot.skills[2].value is not None
    assert snapshot.skills[2].value.waiting == 2
    assert snapshot.skills[2].value.description == "skill 2"
    assert snapshot.agents is not None and snapshot.agents.value is not None
    assert [m.work_no for m in snapshot.agents.value] == [AGENT]
    other = next(south)  # made by the same round
    assert other.round == snapshot.round == 1
    assert set(other.skills) == {2, 3, 4, 5} and other.agents is None
    assert other.groups[1].value is not None
    assert [m.work_no for m in other.groups[1].value] == [AGENT]
    assert other.skills[2] is snapshot.skills[2]  # one reading, shown on both


def test_rounds_are_an_interval_apart_and_deltas_show_only_changes(
    agent: Any, sim: GatewaySimulator, clock: ManualClock
) -> None:
    board = board_of(agent, clock, interval=5)
    screen = board.subscribe([1, 2, 3], agents=True)
    first = next(screen)
    started = clock()
    assert set(first.delta.skills) == {1, 2, 3}  # everything is news the first time
    assert set(first.delta.agents) == {AGENT}
    second = next(screen)
    assert clock() - started == pytest.approx(5.0)
    assert not second.delta
    sim.set_queue(2, waiting=9)
    agent.busy()
    third = next(screen)
    assert set(third.delta.skills) == {2}
    assert third.delta.skills[2].value is not None and third.delta.skills[2].value.waiting == 9
    assert list(third.delta.agents) == [AGENT]
    assert third.skills[1].value == second.skills[1].value
    assert third.skills[2].read_at is not None and second.skills[2].read_at is not None
    assert third.skills[2].read_at >= second.skills[2].read_at


def test_a_skill_the_gateway_does_not_list_reads_as_none(agent: Any, clock: ManualClock) -> None:
    screen = board_of(agent, clock).subscribe([1, 77])
    snapshot = next(screen)
    assert snapshot.skills[77].value is None and snapshot.skills[77].read_at is not None
    assert not snapshot.skills[77].stale and snapshot.skills[77].error is None


def test_a_failed_query_is_reported_on_its_items_with_the_last_value_kept(
    agent: Any, sim: GatewaySimulator, clock: ManualClock
) -> None:
    board = board_of(agent, clock, batch_size=2)
    screen = board.subscribe([1, 2, 3], agents=True)
    good = next(screen)
    sim.inject(AGENT, Fault.retcode("000-002"), operation="queryAcdStat")
    failed = next(screen)  # the first batch (1, 2) fails; 3 and the agents are fine
    for skill in (1, 2):
        reading = failed.skills[skill]
        assert isinstance(reading.error, InvalidParameterError)
        assert reading.stale and reading.value == good.skills[skill].value
        assert reading.read_at == good.skills[skill].read_at
    assert not failed.skills[3].stale and failed.agents is not None and not failed.agents.stale
    assert failed.stale and set(failed.errors()) == {"skill 1", "skill 2"}
    assert set(failed.delta.skills) == {1, 2}
    healed = next(screen)
    assert not healed.stale and healed.errors() == {}
    assert set(healed.delta.skills) == {1, 2}


def test_a_closed_screen_is_no_longer_asked_for(
    agent: Any, sim: GatewaySimulator, clock: ManualClock
) -> None:
    board = board_of(agent, clock)
    kept = board.subscribe([1])
    gone = board.subscribe(groups=[1])
    next(kept)
    gone.close()
    assert list(gone) == [gone.latest]  # what was made before closing, then the end
    before = sum(r.operation == "queryAllAgentInfoOnMyGroupEx" for r in sim.requests)
    next(kept)
    assert sum(r.operation == "queryAllAgentInfoOnMyGroupEx" for r in sim.requests) == before


def test_callbacks_get_each_snapshot(agent: Any, clock: ManualClock) -> None:
    seen: list[WallboardSnapshot] = []
    board = board_of(agent, clock, interval=2)
    board.subscribe([1], callback=seen.append)
    board.run(rounds=3)
    assert [s.round for s in seen] == [1, 2, 3]
    assert board.rounds == 3


def test_a_background_board_feeds_waiting_screens_and_stops() -> None:
    real = GatewaySimulator(poll_wait=0.01, guid_rotation=None, queue_query_limit=None)
    real.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    real.add_skill(1, "voice", waiting=4)
    with (
        AgentGateway(URL, transport=real.transport()) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
    ):
        board = Wallboard(agent, interval=0.01)
        screen = board.subscribe([1])
        with board:
            assert board.running
            rounds = [next(screen).round for _ in range(3)]
        assert not board.running
    assert rounds == sorted(rounds) and len(set(rounds)) == 3
    assert screen.latest is not None and screen.latest.skills[1].value is not None


def test_a_callback_that_fails_ends_the_background_board_and_stop_says_so(agent: Any) -> None:
    def broken(snapshot: WallboardSnapshot) -> None:
        raise LookupError("the screen is broken")

    board = Wallboard(agent, interval=0.01)
    board.subscribe([1], callback=broken)
    board.start()
    while board.running:
        threading.Event().wait(0.01)
    with pytest.raises(LookupError):
        board.stop()


# ---------------------------------------------------------------------- pacing, proved


def fifty_skills(clock: ManualClock) -> GatewaySimulator:
    return simulator(clock, skills=50)  # the simulator enforces 5 per agent per interface / 2 s


def test_fifty_skills_paced_get_no_refusal_and_unpaced_polling_does(clock: ManualClock) -> None:
    minutes = 3
    sim = fifty_skills(clock)
    with (
        AgentGateway(URL, transport=sim.transport()) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
    ):
        # control: the same load, each screen polling its own batch once a second, unpaced
        batches = [list(range(i, i + 10)) for i in range(1, 51, 10)]
        refused = 0
        end = clock() + 20
        while clock() < end:
            for _screen in range(2):  # two screens, each asking for everything
                for batch in batches:
                    try:
                        agent.queue.acd_stats(batch)
                    except RepeatedRequestError:
                        refused += 1
            clock.advance(1.0)
        assert refused > 0
        assert sim.queues.refused_queries == refused
        clock.advance(10)
        # paced: the same two screens through one board
        board = board_of(agent, clock, interval=1, batch_size=10)
        screens = [board.subscribe(range(1, 51), agents=True) for _ in range(2)]
        start = clock()
        while clock() - start < minutes * 60:
            snapshot = next(screens[0])
            assert not snapshot.stale
        assert next(screens[1]).round >= 1
    assert sim.queues.refused_queries == refused  # none more
    assert board.pacer.refusals == 0
    # 5 queryacdstat per round under 5 per 2 s: a round every 2 s or so, never a gap
    assert board.rounds >= minutes * 60 / 2.2


def test_a_board_refused_anyway_backs_off_and_recovers(clock: ManualClock) -> None:
    sim = fifty_skills(clock)
    sim.queues.set_query_limit(QueryLimit(per_agent=2))  # stricter than the board believes
    recorder = Recorder(sim, clock)
    with (
        AgentGateway(URL, transport=recorder) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
    ):
        board = board_of(agent, clock, interval=1, batch_size=10)
        screen = board.subscribe(range(1, 51))
        snapshots = [next(screen) for _ in range(60)]
    queries = [(t, code) for t, name, code in recorder.sent if name == "queryacdstat"]
    refusals = [t for t, code in queries if code == "000-007"]
    assert refusals and board.pacer.refusals == len(refusals)
    assert len(refusals) < len(queries) / 4  # not hammering
    for when in refusals:  # after each refusal, a pause of at least one window
        later = [t for t, _ in queries if t > when]
        assert not later or later[0] - when >= 2.0
    assert not snapshots[-1].stale  # recovered: every skill read in the last round
    assert any(s.stale for s in snapshots)  # the refused items were marked meanwhile


def test_boards_of_two_agents_sharing_a_pacer_keep_the_total_limit(clock: ManualClock) -> None:
    sim = simulator(clock, skills=20, queue_query_limit=QueryLimit(in_all=3))
    sim.add_agent("154", password=PASSWORD, phone="40039")
    sim.set_agent_skills("154", range(1, 21))
    shared = Pacer(PacingLimits(in_all=3), clock=clock)
    with (
        AgentGateway(URL, transport=sim.transport()) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as mine,
        gw.sign_in("154", password=PASSWORD, phone="40039") as theirs,
    ):
        boards = [
            board_of(agent, clock, interval=1, batch_size=5, pacer=shared)
            for agent in (mine, theirs)
        ]
        screens = [board.subscribe(range(1, 21)) for board in boards]
        for _ in range(10):
            for screen in screens:
                assert not next(screen).stale
    assert sim.queues.refused_queries == 0 and shared.refusals == 0
    assert shared.sent == 2 * 10 * 4


def test_an_async_callback_that_fails_is_raised_by_stop() -> None:
    real = GatewaySimulator(poll_wait=0.01, guid_rotation=None, queue_query_limit=None)
    real.add_agent(AGENT, password=PASSWORD, phone=PHONE)

    def broken(snapshot: WallboardSnapshot) -> None:
        raise LookupError("the screen is broken")

    async def main() -> None:
        async with (
            AsyncAgentGateway(URL, transport=real.async_transport()) as gw,
            gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
        ):
            board = AsyncWallboard(agent, interval=0.01)
            board.subscribe([1], callback=broken)
            waiting = board.subscribe([1])
            board.start()
            with pytest.raises(LookupError):
                await anext(waiting)  # woken when the task ends; driving it meets the error
            with pytest.raises(LookupError):
                await board.stop()

    asyncio.run(main())


# ---------------------------------------------------------------------- async


def run_async(clock: ManualClock, sim: GatewaySimulator, body: Callable[[Any], Any]) -> Any:
    async def main() -> Any:
        async with (
            AsyncAgentGateway(URL, transport=sim.async_transport()) as gw,
            gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
        ):
            return await body(agent)

    return asyncio.run(main())


def async_board(agent: Any, clock: ManualClock, **options: Any) -> AsyncWallboard:
    async def sleep(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)  # as a real wait would, let the session's event poll run

    return AsyncWallboard(agent, clock=clock, sleep=sleep, **options)


def test_async_screens_share_the_schedule_and_see_deltas(
    sim: GatewaySimulator, clock: ManualClock
) -> None:
    async def body(agent: Any) -> None:
        board = async_board(agent, clock, interval=5, batch_size=2)
        north = board.subscribe([1, 2, 3])
        south = board.subscribe([3, 4], agents=True)
        before = acd_stat_requests(sim)
        first = await anext(north)
        assert acd_stat_requests(sim) - before == 2  # skills 1..4, two per query
        assert set(first.delta.skills) == {1, 2, 3}
        other = await anext(south)
        assert other.round == 1 and other.agents is not None
        sim.set_queue(3, waiting=5)
        second = await anext(south)
        assert set(second.delta.skills) == {3}
        assert (await anext(north)).round == 2

    run_async(clock, sim, body)


def test_async_errors_stay_on_the_item_and_callbacks_may_be_coroutines(
    sim: GatewaySimulator, clock: ManualClock
) -> None:
    seen: list[int] = []

    async def note(snapshot: WallboardSnapshot) -> None:
        seen.append(snapshot.round)

    async def body(agent: Any) -> None:
        board = async_board(agent, clock)
        screen = board.subscribe([1], groups=[1], callback=note)
        await board.run(rounds=1)
        sim.inject(AGENT, Fault.retcode("000-002"), operation="queryAllAgentInfoOnMyGroupEx")
        await board.step()
        failed = screen.latest
        assert failed is not None and set(failed.errors()) == {"group 1"}
        assert failed.groups[1].value is not None and failed.groups[1].stale
        with pytest.raises(RequestValidationError):
            await board.run(rounds=-1)

    run_async(clock, sim, body)
    assert seen == [1, 2]


def test_async_fifty_skills_paced_get_no_refusal(clock: ManualClock) -> None:
    sim = fifty_skills(clock)

    async def body(agent: Any) -> int:
        board = async_board(agent, clock, interval=1, batch_size=10)
        screen = board.subscribe(range(1, 51), agents=True)
        start = clock()
        async for snapshot in screen:
            assert not snapshot.stale
            if clock() - start > 120:
                break
        return board.pacer.refusals

    assert run_async(clock, sim, body) == 0
    assert sim.queues.refused_queries == 0


def test_an_async_background_board_feeds_its_screens() -> None:
    real = GatewaySimulator(poll_wait=0.01, guid_rotation=None, queue_query_limit=None)
    real.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    real.add_skill(1, "voice", waiting=4)

    async def main() -> list[int]:
        async with (
            AsyncAgentGateway(URL, transport=real.async_transport()) as gw,
            gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
        ):
            board = AsyncWallboard(agent, interval=0.01)
            screen = board.subscribe([1])
            async with board:
                assert board.running
                rounds = [(await anext(screen)).round for _ in range(3)]
            assert not board.running
            return rounds

    rounds = asyncio.run(main())
    assert rounds == sorted(rounds) and len(set(rounds)) == 3
