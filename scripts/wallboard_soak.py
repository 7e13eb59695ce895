"""The wallboard soak (issue 23): ``scripts/wallboard-soak [--seconds 3600] [--virtual]``.

A signed-in agent, ``--skills`` skill queues (50) and ``--screens`` screens (4) that each
watch every queue and the VCC's agents, refreshed every ``--interval`` seconds (1) in
queryacdstat batches of ``--batch-size`` (10): far more than the gateway's 5 queries per
agent per 2 s, so the board must pace itself. The simulator enforces that limit
(page cec_07_0406) and counts what it refuses. The queue figures change while it runs.

First a control: the same screens polling on their own, unpaced, for a tenth of the run
(at most a minute); it must be refused. Then the paced board for ``--seconds``: it must get
0 refusals and no stale snapshot. ``--virtual`` runs on the simulator's manual clock (an
hour in seconds of CPU); by default the run takes real time. Exit status 1 on failure.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

from cec_agentgateway import AgentGateway, RepeatedRequestError, Wallboard, WallboardSnapshot
from cec_agentgateway.simulator import GatewaySimulator, ManualClock

AGENT, PASSWORD, PHONE = "153", "soak", "40038"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3600.0, help="paced run (3600)")
    parser.add_argument("--skills", type=int, default=50)
    parser.add_argument("--screens", type=int, default=4)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--virtual", action="store_true", help="the simulator's manual clock")
    args = parser.parse_args()

    manual = ManualClock(1_000.0) if args.virtual else None
    clock: Callable[[], float] = manual if manual is not None else time.monotonic
    sleep: Callable[[float], object] | None = manual.advance if manual is not None else None
    sim = GatewaySimulator(
        clock=clock,
        poll_wait=0.05 if manual else 1.0,
        guid_rotation=None,
        idle_timeout=1e9 if manual else 120.0,  # the event poll runs in real time
    )
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    skills = list(range(1, args.skills + 1))
    for skill in skills:
        sim.add_skill(skill, f"queue {skill}", waiting=skill % 4)
    sim.set_agent_skills(AGENT, skills)
    chance = random.Random(23)

    with (
        AgentGateway("http://soak.test", transport=sim.transport()) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
    ):
        # the control: every screen polls everything itself, unpaced
        batches = [skills[i : i + args.batch_size] for i in range(0, len(skills), args.batch_size)]
        control = min(60.0, args.seconds / 10)
        asked = refused = 0
        end = clock() + control
        while clock() < end:
            started = clock()
            for _screen in range(args.screens):
                for batch in batches:
                    asked += 1
                    try:
                        agent.queue.acd_stats(batch)
                    except RepeatedRequestError:
                        refused += 1
            pause = max(0.0, started + args.interval - clock())
            manual.advance(pause) if manual is not None else time.sleep(pause)
        print(f"control, unpaced: {asked} queries in {control:g} s, {refused} refused")
        before = sim.queues.refused_queries
        (manual.advance if manual is not None else time.sleep)(3.0)  # let the window pass

        stale = 0
        gaps: list[float] = []
        last = [clock()]

        def note(snapshot: WallboardSnapshot) -> None:
            nonlocal stale
            stale += snapshot.stale
            now = clock()
            gaps.append(now - last[0])
            last[0] = now
            if chance.random() < 0.3:  # the queues move
                sim.set_queue(chance.choice(skills), waiting=chance.randrange(20))

        board = Wallboard(
            agent,
            interval=args.interval,
            batch_size=args.batch_size,
            clock=manual,
            sleep=sleep,
        )
        board.subscribe(skills, agents=True, callback=note)  # the screen that takes notes
        for _ in range(args.screens - 1):
            board.subscribe(skills, agents=True)
        start = clock()
        try:
            while clock() - start < args.seconds:
                board.step()
        except KeyboardInterrupt:
            print("interrupted")
        ran = clock() - start
        paced_refused = sim.queues.refused_queries - before
        print(
            f"paced board: {ran:.0f} s, {board.rounds} rounds, {board.pacer.sent} queries"
            f" for {args.screens} screens, {paced_refused} refused"
            f" (pacer saw {board.pacer.refusals}), {stale} stale snapshots,"
            f" longest gap between rounds {max(gaps, default=0):.2f} s"
        )
    ok = refused > 0 and paced_refused == 0 and stale == 0
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
