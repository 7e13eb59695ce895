"""Memory returns to its starting level after a soak: sessions, calls, queues and Guids of
agents that signed out are given back."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import httpx

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import BASE_URL, Desk

AGENTS = [str(201 + i) for i in range(12)]
# Only what the simulator allocates counts (the test's own httpx client keeps cookies).
OURS = tracemalloc.Filter(True, "*_simulator*", all_frames=True)


def _one_round(sim: GatewaySimulator, http: httpx.Client) -> None:
    """Every agent signs in, joins its queue, takes a queued call and a direct one, asks for
    statistics, and signs out; every event is polled."""
    desks = []
    for agent_id in AGENTS:
        desk = Desk(http, agent_id)
        assert desk.sign_in("pw", phonenum=f"4{agent_id}").json()["retcode"] == "0"
        desk.request("POST", f"/onlineagent/{agent_id}/resetskill/true")
        desks.append(desk)
    for desk in desks:
        sim.queue_call(1, caller="70004", app_data="x" * 200)
        sim.end_call(desk.agent_id)
        sim.offer_call(desk.agent_id, app_data="y" * 200)
        desk.request("POST", f"/queuedevice/{desk.agent_id}/queryacdstat", json={"skills": [1]})
        sim.end_call(desk.agent_id)
        desk.drain()
        assert desk.retcode("DELETE", f"/onlineagent/{desk.agent_id}/logout") == "0"
        desk.drain_farewell()


def _traced() -> int:
    gc.collect()
    snapshot = tracemalloc.take_snapshot().filter_traces([OURS])
    return sum(stat.size for stat in snapshot.statistics("filename"))


def _soak() -> dict[str, int]:
    """The soak, measured: run in a fresh interpreter by the test below (tracemalloc counts
    every thread's allocations, so simulators and servers that other tests left running in
    this process would count too)."""
    sim = GatewaySimulator(poll_wait=0.0, guid_rotation=None, request_log=100)
    sim.add_skill(1, "voice", max_queue_size=1000)
    for agent_id in AGENTS:
        sim.add_agent(agent_id, password="pw", phone=f"4{agent_id}")
        sim.set_agent_skills(agent_id, [1])
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        _one_round(sim, http)  # warm-up: caches, the request log filled, Guid table sized
        _one_round(sim, http)
        tracemalloc.start()
        try:
            start = _traced()
            for _ in range(2):
                _one_round(sim, http)
            after_two = _traced()
            for _ in range(4):
                _one_round(sim, http)
            after_six = _traced()
            sim.add_agent("999", password="pw")
            held = Desk(http, "999")
            assert held.sign_in("pw", phonenum="4999").json()["retcode"] == "0"
            for _ in range(20):
                sim.offer_call("999", app_data="z" * 200)
                sim.end_call("999")
            holding = _traced() - after_six  # a session still signed in keeps its calls
        finally:
            tracemalloc.stop()
    return {"start": start, "after_two": after_two, "after_six": after_six, "holding": holding}


def test_memory_returns_to_its_starting_level_after_a_soak() -> None:
    root = Path(__file__).resolve().parents[2]
    script = (
        "import json; from tests.simulator.test_memory import _soak; print(json.dumps(_soak()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    start, after_two, after_six = figures["start"], figures["after_two"], figures["after_six"]
    holding = figures["holding"]
    # A round holds 24 calls and 12 sessions while it runs; after it nothing of them stays but
    # the last call of each agent and the latest requests of the (bounded) request log: four
    # more rounds hold no more than two did.
    assert holding > 20_000, holding  # the measure does see what the simulator holds
    assert after_six - after_two < 4_000, (after_two - start, after_six - after_two)
    assert after_six - start < 64_000, after_six - start
