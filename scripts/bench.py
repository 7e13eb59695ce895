"""Speed benchmark for issue 11: every figure is a ratio against a baseline measured in the
same run, interleaved (baseline, candidate, baseline, ...) over several rounds.

    scripts/bench                   # everything (the 5,000-session run takes ~2 minutes)
    scripts/bench --quick           # fewer rounds, 300 sessions, a 5 s soak of 50 agents
    scripts/bench --only decode,import --rounds 9
    scripts/bench --only sessions --sessions 2000
    scripts/bench --only soak --soak-seconds 300 --soak-agents 200

Decoding is measured on httpx.MockTransport (the same bytes for the typed call and for the raw
``httpx`` + ``json.loads`` baseline), imports in fresh interpreters (bytecode cached), and the
sessions on the simulator's loopback HTTP server. Statistic: the minimum over rounds of the
per-round time (the least disturbed run on a shared machine), ratio = candidate / baseline;
for event throughput, typed events per second / raw events per second. Speed goals live only
here, never in timed unit tests. The soak measures memory, not speed: the simulator's Python
heap (tracemalloc) and RSS at the start, at the peak and after every agent signed out.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "seed_examples"
BASE = "http://gw.test/agentgateway/resource"
GUID = "bench-guid-0000"
OK = "\N{CHECK MARK}"
MISS = "MISSED"


# ---------------------------------------------------------------------------- answers
def conferences(n_confs: int, n_parts: int) -> dict[str, Any]:
    """queryConfInfos with ``n_confs`` conferences of ``n_parts`` participants each."""
    confs = []
    for c in range(n_confs):
        addresses = [
            {
                "addressType": "6" if p % 3 else "9",
                "address": str(70000 + p),
                "deviceCallType": p % 2,
                "deviceType": 6 if p == 0 else 0,
                "channelAttrib": 3,
                "channelState": 0,
                "role": 1 if p == 0 else 0,
                "enterTime": 1475745464000 + p,
            }
            for p in range(n_parts)
        ]
        confs.append(
            {
                "confId": 1029888 + c,
                "confState": 0,
                "startTime": 1475745454000,
                "applyConfTime": 60,
                "confHaveBeenTime": 29,
                "addresses": addresses,
            }
        )
    return {"message": "", "retcode": "0", "result": {"confs": confs}}


def group_members(n_agents: int) -> dict[str, Any]:
    """queryAllAgentInfoOnMyGroupEx (a team view) listing ``n_agents`` agents of one group."""
    agents = [
        {
            "workno": str(1000 + a),
            "name": f"agent {1000 + a}",
            "status": str(a % 8),
            "ctiStatus": str(a % 5),
            "groupid": "1",
            "groupname": "Hotline team",
            "vdnid": 1,
            "phonenumber": str(88880000 + a),
            "currentstatetime": 1700000000000 + a,
            "logindate": 1699990000000,
        }
        for a in range(n_agents)
    ]
    return {"message": "", "retcode": "0", "result": agents}


def _seed(operation_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SEEDS / f"{operation_id}.json").read_text())["response"]
    return data


SMALL: dict[str, dict[str, Any]] = {
    "queryConfInfos": _seed("queryConfInfos"),
    "requestAgentConf": _seed("requestAgentConf"),
    "queryCallInfo": _seed("queryCallInfo"),
    # the spec's example (the seed page prints none)
    "queryCallAppData": {"message": "", "retcode": "0", "result": "orderId=20161019-0042;vip=true"},
    "syncAgentInfo": _seed("syncAgentInfo"),
}


def _mock(body: bytes) -> httpx.MockTransport:
    headers = [("Content-Type", "application/json;charset=UTF-8")]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=body)

    return httpx.MockTransport(handler)


# ---------------------------------------------------------------------------- timing
def _best(fn: Callable[[], object], number: int) -> float:
    """Seconds per call of ``fn`` over ``number`` calls (one round)."""
    gc.collect()
    started = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - started) / number


def interleaved(
    pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]],
    rounds: int,
    number: int,
) -> dict[str, tuple[float, float]]:
    """For each name: (min baseline, min candidate) seconds per call, rounds interleaved."""
    times: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in pairs}
    for base, cand in pairs.values():  # warm up
        base(), cand()
    for _ in range(rounds):
        for name, (base, cand) in pairs.items():
            times[name][0].append(_best(base, number))
            times[name][1].append(_best(cand, number))
    return {k: (min(b), min(c)) for k, (b, c) in times.items()}


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, bool]] = []

    def add(self, what: str, figure: str, target: str, met: bool) -> None:
        self.rows.append((what, figure, target, met))
        print(f"  {what:<58} {figure:>10}   target {target:<10} {OK if met else MISS}", flush=True)

    def markdown(self) -> str:
        lines = ["| what | measured | target | met |", "|---|---|---|---|"]
        lines += [f"| {w} | {f} | {t} | {'yes' if m else 'no'} |" for w, f, t, m in self.rows]
        return "\n".join(lines)


# ---------------------------------------------------------------------------- decoding
def bench_decode(table: Table, rounds: int) -> None:
    from cec_agentgateway import AgentGateway
    from cec_agentgateway.generated.api.agentconf import query_conf_infos, request_agent_conf
    from cec_agentgateway.generated.api.calldata import query_call_app_data, query_call_info
    from cec_agentgateway.generated.api.onlineagent import sync_agent_info
    from cec_agentgateway.generated.models import QueryConfInfosRequest, RequestAgentConfRequest

    absolutes: dict[int, Callable[[], object]] = {}  # raw baseline -> with an absolute URL

    def raw_and_typed(
        answer: dict[str, Any],
        method: str,
        path: str,
        call: Callable[[Any], object],
        sent: dict[str, Any] | None = None,
    ) -> tuple[Callable[[], object], Callable[[], object], Any]:
        """The raw baseline sends the same JSON body as the typed call and parses the answer."""
        body = json.dumps(answer).encode()
        transport = _mock(body)
        raw = httpx.Client(base_url=BASE, transport=transport, headers={"Guid": GUID})
        gateway = AgentGateway("http://gw.test", transport=transport, max_retries=0)
        agent = gateway.agent("153", guid=GUID)

        def baseline() -> object:
            return json.loads(raw.request(method, path, json=sent).content)

        absolute_url = httpx.URL(BASE + path)

        def absolute() -> object:  # what the overlay sends: an absolute URL (not merged)
            return json.loads(raw.request(method, absolute_url, json=sent).content)

        absolutes[id(baseline)] = absolute
        return baseline, lambda: call(agent), agent

    print(f"\ndecoding on httpx.MockTransport (min of {rounds} rounds, interleaved)")
    big = conferences(20, 120)
    size = len(json.dumps(big))
    base, typed, _ = raw_and_typed(
        big,
        "POST",
        "/agentconf/153/queryconfinfos",
        lambda a: a.query_conferences([1, 2]),
        {"confIds": [1, 2]},
    )
    found = interleaved({"big": (base, typed)}, rounds, 3)
    ratio = found["big"][1] / found["big"][0]
    table.add(
        f"queryconfinfos 20x120 ({size // 1000} KB): typed / httpx+json.loads",
        f"{ratio:.2f}x",
        "<= 1.5x",
        ratio <= 1.5,
    )
    loads_ms, typed_ms = found["big"][0] * 1e3, found["big"][1] * 1e3
    print(f"    (httpx + json.loads {loads_ms:.2f} ms, typed call {typed_ms:.2f} ms)")

    team = group_members(2000)
    size = len(json.dumps(team))
    base, typed, _ = raw_and_typed(
        team, "GET", "/agentgroup/153/agentongroupex?groupid=1", lambda a: a.team.group_members(1)
    )
    found = interleaved({"team": (base, typed)}, rounds, 3)
    ratio = found["team"][1] / found["team"][0]
    table.add(
        f"group view, 2,000 agents ({size // 1000} KB): typed / httpx+json.loads",
        f"{ratio:.2f}x",
        "<= 1.5x",
        ratio <= 1.5,
    )
    loads_ms, typed_ms = found["team"][0] * 1e3, found["team"][1] * 1e3
    print(f"    (httpx + json.loads {loads_ms:.2f} ms, typed call {typed_ms:.2f} ms)")
    # A TeamMember works out its fields from its record when one is first read: said plainly,
    # what a screen pays that reads every member's state after the call (not a target).
    read_all = lambda: [m.state for m in typed()]  # noqa: E731
    found = interleaved({"team": (base, read_all)}, rounds, 3)
    ratio = found["team"][1] / found["team"][0]
    print(f"    (the call and every member's state read: {ratio:.2f}x; not a target)")

    small_calls: dict[str, tuple[str, str, Callable[[Any], object], Callable[[Any], object]]] = {
        "queryConfInfos": (
            "POST",
            "/agentconf/153/queryconfinfos",
            lambda a: a.query_conferences([1029888, 1029889]),
            lambda a: query_conf_infos.sync(
                "153", client=a.client, body=QueryConfInfosRequest(conf_ids=[1029888, 1029889])
            ),
        ),
        "requestAgentConf": (
            "POST",
            "/agentconf/153/requestagentconf",
            lambda a: a.request_conference(member_num=4, wait=False),
            lambda a: request_agent_conf.sync(
                "153", client=a.client, body=RequestAgentConfRequest(member_num=4)
            ),
        ),
        "queryCallInfo": (
            "GET",
            "/calldata/153/callinfo",
            lambda a: a.call_info(),
            lambda a: query_call_info.sync("153", client=a.client),
        ),
        "queryCallAppData": (
            "GET",
            "/calldata/153/appdata",
            lambda a: a.call_app_data(),
            lambda a: query_call_app_data.sync("153", client=a.client),
        ),
        "syncAgentInfo": (
            "POST",  # as the spec and the typed call send it
            "/onlineagent/153/syncagentinfo",
            lambda a: a.sync_state(),
            lambda a: sync_agent_info.sync("153", client=a.client),
        ),
    }
    pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}
    generated: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}
    sent = {"queryConfInfos": {"confIds": [1029888, 1029889]}, "requestAgentConf": {"memberNum": 4}}
    for name, (method, path, overlay_call, generated_call) in small_calls.items():
        base, typed, agent = raw_and_typed(SMALL[name], method, path, overlay_call, sent.get(name))
        client = agent.client  # one generated client, reused like the overlay's pool

        class _Holder:
            pass

        holder: Any = _Holder()
        holder.client = client

        def bare(call: Callable[[Any], object] = generated_call, h: Any = holder) -> object:
            return call(h)

        pairs[name] = (base, typed)
        generated[name] = (bare, typed)
    # Small calls: short rounds (50 calls), four times as many, so that the minimum finds
    # quiet moments on a shared machine.
    number, small_rounds = 50, rounds * 4
    found = interleaved(pairs, small_rounds, number)
    for name, (b, c) in found.items():
        ratio = c / b
        table.add(f"{name} (seed example): typed / raw", f"{ratio:.2f}x", "<= 1.2x", ratio <= 1.2)
    found = interleaved(generated, small_rounds, number)
    for name, (b, c) in found.items():
        ratio = c / b
        table.add(
            f"{name}: overlay / bare generated sync()", f"{ratio:.2f}x", "<= 1.05x", ratio <= 1.05
        )
    # The raw baseline passes a path under the client's base URL, as a plain httpx program
    # does, and httpx merges the two on every request; the overlay sends an absolute URL made
    # once per path (_runner.sendable). Said plainly: the typed call against raw httpx given
    # that absolute URL too (not a target).
    found = interleaved(
        {name: (absolutes[id(base)], typed) for name, (base, typed) in pairs.items()},
        small_rounds,
        number,
    )
    ratios = sorted(c / b for b, c in found.values())
    print(
        f"    (typed / raw httpx with an absolute URL, the same five: {ratios[0]:.2f}x"
        f" to {ratios[-1]:.2f}x; not a target)"
    )


# ---------------------------------------------------------------------------- import
_IMPORT = "import time; t = time.perf_counter(); {0}; print(time.perf_counter() - t)"


def _import_time(module: str, name: str | None = None) -> float:
    statement = f"import {module}" if name is None else f"from {module} import {name}"
    out = subprocess.run(
        [sys.executable, "-X", "frozen_modules=on", "-c", _IMPORT.format(statement)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""},
    ).stdout
    return float(out.strip())


def bench_import(table: Table, rounds: int) -> None:
    print(f"\nimport in fresh interpreters, bytecode cached (min of {rounds} rounds, interleaved)")
    _import_time("cec_agentgateway"), _import_time("httpx")  # write the bytecode caches
    ours, theirs = [], []
    for _ in range(rounds):
        theirs.append(_import_time("httpx"))
        ours.append(_import_time("cec_agentgateway"))
    ratio = min(ours) / min(theirs)
    table.add("import cec_agentgateway / import httpx", f"{ratio:.2f}x", "<= 0.5x", ratio <= 0.5)
    print(f"    (httpx {min(theirs) * 1e3:.1f} ms, cec_agentgateway {min(ours) * 1e3:.1f} ms)")
    # Not a target, said plainly: what a client pays before its first call (httpx included).
    client = [_import_time("cec_agentgateway", "AgentGateway") for _ in range(rounds)]
    print(
        f"    (from cec_agentgateway import AgentGateway: {min(client) * 1e3:.1f} ms,"
        f" {min(client) / min(theirs):.2f}x import httpx; not a target)"
    )


# ---------------------------------------------------------------------------- events
def bench_events(table: Table, rounds: int) -> None:
    """Throughput of ``agent.events()`` (the pump thread polls, the caller's thread reads)
    against a plain loop of polls + ``json.loads`` on one thread. Statistic: the ratio of
    the least disturbed round of each (minimum time per round over interleaved rounds);
    the paired per-round ratios are printed too (median and range), so a jumpy run shows."""
    from cec_agentgateway import AgentGateway

    count = 2000
    # Threads make this figure move more than the others: more rounds than the default,
    # each of 2,000 events (about 0.4 s a side on the project's machine).
    rounds = rounds + 4
    print(
        f"\nevents: {count} a round, agent.events() vs raw polling + json.loads"
        f" (min of {rounds} rounds, interleaved)"
    )
    answer = {
        "message": "",
        "retcode": "0",
        "event": {
            "eventType": "AgentEvent_Customer_Alerting",
            "workNo": "153",
            "content": {"caller": "70004", "called": "153", "callid": "1476838963-224"},
        },
    }
    transport = _mock(json.dumps(answer).encode())
    raw = httpx.Client(base_url=BASE, transport=transport, headers={"Guid": GUID})

    def baseline() -> object:
        for _ in range(count):
            json.loads(raw.get("/agentevent/153").content)["event"]
        return None

    def typed() -> object:
        gateway = AgentGateway("http://gw.test", transport=transport, poll_interval=0)
        agent = gateway.agent("153", guid=GUID)
        stream = agent.events()
        for _ in range(count):
            stream.get(timeout=5)
        stream.close()
        agent._pump().close()
        return None

    baseline(), typed()  # warm up
    raws, typeds = [], []
    for _ in range(rounds):
        raws.append(_best(baseline, 1))
        typeds.append(_best(typed, 1))
    ratio = min(raws) / min(typeds)  # throughput: events per second, typed / raw
    paired = sorted(b / c for b, c in zip(raws, typeds, strict=True))
    print(
        f"    (raw {count / min(raws):,.0f} events/s, typed {count / min(typeds):,.0f} events/s;"
        f" per-round ratios median {paired[len(paired) // 2]:.2f}x,"
        f" {paired[0]:.2f}x to {paired[-1]:.2f}x)"
    )
    table.add(
        "events: agent.events() / raw polling (throughput)",
        f"{ratio:.2f}x",
        ">= 1.0x",
        ratio >= 1.0,
    )


# ---------------------------------------------------------------------------- sessions
def bench_sessions(table: Table, n: int, quick: bool) -> None:
    """Issue 26's session goals, measured by ``scripts/scale.py`` (one AsyncAgentGateway
    holding ``n`` signed-in, polling agents; the simulator in a process of its own): 0
    errors, <= 30 KB of client RSS per session, and bursts of concurrent calls linear (time
    per call at ``n`` over that at ``n / 20``, the minimum of interleaved rounds)."""
    import scale  # scripts/scale.py, next to this script

    small = max(n // 20, 1)
    settings = scale.Settings(
        agents=n,
        bursts=(small, n),
        rounds=3,
        idle=3.0 if quick else 10.0,
        poll_wait=2.0 if quick else 10.0,
        idle_timeout=120.0,
    )
    print(
        f"\n{n} signed-in polling sessions in one AsyncAgentGateway (scripts/scale.py: polls"
        f" held {settings.poll_wait * (1 - settings.poll_jitter):g}-{settings.poll_wait:g} s,"
        f" bursts of {small} and {n} calls, {settings.rounds} interleaved rounds)"
    )
    # In a fresh interpreter: a process that already held 5,000 sessions (an earlier run of
    # --runs) reuses their freed memory, and its RSS would hardly grow.
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        figures = pool.apply(scale.run, (settings,))
    print("\n".join("    " + line for line in scale.report(settings, figures).splitlines()))
    table.add(
        f"{n} polling sessions in one process, errors",
        f"{figures.errors} ({figures.signed_in} signed in, {figures.still_signed_in} still)",
        "0",
        figures.errors == 0 and figures.still_signed_in == figures.signed_in == n,
    )
    table.add(
        f"client RSS per polling session ({n} sessions)",
        f"{figures.rss_per_session_kb:.1f} KB",
        "<= 30 KB",
        0 < figures.rss_per_session_kb <= 30,
    )
    table.add(
        f"burst time per call, {n} vs {small} concurrent calls (min of {settings.rounds})",
        f"{figures.burst_linearity:.2f}x",
        "<= 1.5x",
        0 < figures.burst_linearity <= 1.5,
    )


# ---------------------------------------------------------------------------- soak
_SOAK_SERVER = """
import gc, json, os, sys, threading, time, tracemalloc
from cec_agentgateway.simulator import GatewaySimulator

def memory():
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    status = {}
    if os.path.exists("/proc/self/status"):
        for line in open("/proc/self/status"):
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                status[name] = int(value.split()[0]) * 1024
    return {"heap": current, "heap_peak": peak, "rss": status.get("VmRSS"),
            "rss_peak": status.get("VmHWM"), "threads": len(os.listdir("/proc/self/task"))
            if os.path.isdir("/proc/self/task") else None}

n = int(sys.argv[1])
# A short request log: it is a bounded debugging aid (10,000 records by default, ~2 MB when
# full), which would fill during the soak and read as memory kept per call.
simulator = GatewaySimulator(poll_wait=float(sys.argv[2]), idle_timeout=600, request_log=64)
for i in range(n):
    simulator.add_agent(str(10000 + i), password="pw", phone=str(50000 + i))

# Waits until no client connection is open, no poll is held and the threads that served
# them have ended (the clients closed): a connection still open, or a thread still ending,
# holds its handler and buffers, which would read as memory kept.
def settled(server, seconds=15.0):
    due = time.monotonic() + seconds
    while time.monotonic() < due and (
        server.open_connections or server.held_polls or threading.active_count() > threads
    ):
        time.sleep(0.05)
    return {"open": server.open_connections, "held": server.held_polls,
            "waited": round(seconds - (due - time.monotonic()), 2)}

with simulator.serve(control=True) as server:
    threads = threading.active_count()  # serving, parking, the poll holder: no client yet
    print(server.url, flush=True)
    for line in sys.stdin:  # one command a line, one JSON answer a line
        if line.strip() == "mark":  # the start: what later snapshots are compared to
            left = settled(server)
            gc.collect()
            start = tracemalloc.take_snapshot()
            tracemalloc.reset_peak()
            answer = {**memory(), **left}
        elif line.strip() == "settled":
            answer = {**settled(server), **memory()}
        elif line.strip() == "retained":  # allocation sites holding more than at the mark
            gc.collect()
            skip = [tracemalloc.Filter(False, tracemalloc.__file__)]
            stats = tracemalloc.take_snapshot().filter_traces(skip).compare_to(start, "lineno")
            answer = [[str(s.traceback[0]), s.size_diff, s.count_diff] for s in stats[:8]]
        else:
            answer = memory()
        print(json.dumps(answer), flush=True)
"""


class _SoakServer:
    """The simulator in a process of its own under ``-X tracemalloc``, asked for its memory
    over stdin: Python heap (traced, exact) and RSS (which freed memory need not lower)."""

    def __init__(self, agents: int, poll_wait: float) -> None:
        command = [sys.executable, "-X", "tracemalloc=1", "-c", _SOAK_SERVER]
        self.process = subprocess.Popen(
            [*command, str(agents), str(poll_wait)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()

    def ask(self, command: str) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(10)


async def _soak_agents(url: str, agents: int, seconds: float, calls: int) -> dict[str, int]:
    """Every agent signs in, takes ``calls`` calls (offered and ended through the control
    endpoint, answered by auto-answer), signs out, and again until ``seconds`` are up."""
    from cec_agentgateway import AsyncAgentGateway, EventType

    counts = {"sessions": 0, "calls": 0, "errors": 0}
    deadline = time.monotonic() + seconds
    async with (
        AsyncAgentGateway(url, poll_interval=0.05) as gateway,
        httpx.AsyncClient(base_url=url + "/__sim__", timeout=30) as control,
    ):

        async def until(stream: Any, wanted: Any) -> None:
            while (await stream.get(timeout=30)).type is not wanted:
                pass

        async def session(agent_id: str, phone: str) -> None:
            agent = await gateway.sign_in(agent_id, password="pw", phone=phone)
            stream = agent.events()
            for _ in range(calls):
                offered = await control.post("/offer_call", json={"agent": agent_id})
                assert offered.json()["ok"], offered.text
                await until(stream, EventType.AGENT_EVENT_TALKING)
                ended = await control.post("/end_call", json={"agent": agent_id})
                assert ended.json()["ok"], ended.text
                await until(stream, EventType.AGENT_STATE_READY)
                counts["calls"] += 1
            await agent.sign_out()
            await stream.aclose()
            counts["sessions"] += 1

        async def agent_loop(i: int) -> None:
            while True:
                try:
                    await session(str(10000 + i), str(50000 + i))
                except Exception as exc:
                    counts["errors"] += 1
                    if counts["errors"] <= 3:
                        print(f"    error: {exc!r:.160}")
                    return
                if time.monotonic() >= deadline:
                    return

        await asyncio.wait_for(asyncio.gather(*(agent_loop(i) for i in range(agents))), 600)
    return counts


def bench_soak(table: Table, agents: int, seconds: float) -> None:
    """Memory over a sign-in / calls / sign-out soak: at the start, at the peak and once
    every agent has signed out. The server should give back what the sessions took."""
    calls, poll_wait = 3, 1.0
    print(
        f"\nsoak: {agents} agents signing in, taking {calls} calls, signing out, for"
        f" {seconds:g} s (simulator in its own process, -X tracemalloc)"
    )
    server = _SoakServer(agents, poll_wait)
    try:
        asyncio.run(_soak_agents(server.url, agents, 0, 1))  # every agent once: warm-up
        start = server.ask("mark")  # once every client connection is closed
        began = time.perf_counter()
        counts = asyncio.run(_soak_agents(server.url, agents, seconds, calls))
        took = time.perf_counter() - began
        end = server.ask("settled")  # every client connection closed, no poll held
        retained = server.ask("retained")
    finally:
        server.close()
    mb = 1e6
    print(
        f"    {counts['sessions']} sessions, {counts['calls']} calls in {took:.1f} s,"
        f" {counts['errors']} errors"
    )
    print(
        f"    measured once the clients were gone: {start['waited']:.1f} s after the warm-up,"
        f" {end['waited']:.1f} s after the soak"
    )
    print(
        f"    Python heap: start {start['heap'] / mb:.1f} MB, peak {end['heap_peak'] / mb:.1f} MB,"
        f" after sign-out {end['heap'] / mb:.1f} MB"
    )
    if start["rss"] is not None:
        print(
            f"    RSS: start {start['rss'] / mb:.1f} MB, peak {end['rss_peak'] / mb:.1f} MB,"
            f" after sign-out {end['rss'] / mb:.1f} MB; threads {start['threads']}"
            f" -> {end['threads']}"
        )
    for name, figures in (("start", start), ("end", end)):
        if figures["open"] or figures["held"]:
            print(
                f"    at the {name}, still open: {figures['open']} connections,"
                f" {figures['held']} polls"
            )
    print("    held since the start, by allocation site:")
    for site, size, count in retained:
        print(f"      {size / 1e3:+9.0f} KB {count:+7d} blocks  {site}")
    growth = end["heap"] / start["heap"] - 1
    kept = (end["heap"] - start["heap"]) / max(counts["calls"], 1)
    clean = counts["errors"] == 0 and counts["calls"] > 0
    table.add(
        f"soak: Python heap after every agent signed out / start ({counts['calls']} calls)",
        f"{growth:+.1%}",
        "<= +5%",
        growth <= 0.05 and clean,
    )
    # Per call, so that a short soak cannot hide what a long one shows; the allowance is
    # for caches that fill once (regular expressions, free lists).
    table.add("soak: Python heap kept per call offered", f"{kept:.0f} B", "<= 256 B", kept <= 256)
    if start["threads"] is not None:
        table.add(
            "soak: server threads after every agent signed out / start",
            f"{end['threads']} / {start['threads']}",
            "equal",
            end["threads"] <= start["threads"],
        )


# ---------------------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(
        description="Speed ratios of issue 11, each against a baseline measured in the same run."
    )
    parser.add_argument("--quick", action="store_true", help="3 rounds and 300 sessions")
    parser.add_argument("--rounds", type=int, default=None, help="rounds (default 7)")
    parser.add_argument("--sessions", type=int, default=None, help="sessions (default 5000)")
    parser.add_argument(
        "--soak-seconds", type=float, default=None, help="soak duration (default 30; quick 5)"
    )
    parser.add_argument(
        "--soak-agents", type=int, default=None, help="agents in the soak (default 200; quick 50)"
    )
    parser.add_argument(
        "--only",
        default="decode,import,events,sessions,soak",
        help="comma-separated parts: decode, import, events, sessions, soak",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="whole runs in a row (issue 26 asks for 3): each figure's value in every run, "
        "its spread, and whether every run met it",
    )
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 7)
    sessions = args.sessions or (300 if args.quick else 5000)
    parts = set(args.only.split(","))
    runs: list[tuple[Table, str]] = []
    for run in range(1, max(args.runs, 1) + 1):
        table = Table()
        if run > 1:  # let the previous run's load (5,000 sessions) die down, up to 90 s
            settle = time.monotonic() + 90
            while os.getloadavg()[0] > 1.0 and time.monotonic() < settle:
                time.sleep(5)
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(
            f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, {os.cpu_count()} CPUs"
            f"; run {run} of {args.runs}, load average {load}; bodies parsed by {_parser()}"
        )
        if "decode" in parts:
            bench_decode(table, rounds)
        if "import" in parts:
            bench_import(table, max(rounds, 5))
        if "events" in parts:
            bench_events(table, rounds)
        if "sessions" in parts:
            bench_sessions(table, sessions, args.quick)
        if "soak" in parts:
            soak_seconds = args.soak_seconds or (5.0 if args.quick else 30.0)
            bench_soak(table, args.soak_agents or (50 if args.quick else 200), soak_seconds)
        missed = [row for row in table.rows if not row[3]]
        print(f"\nrun {run}: {len(table.rows) - len(missed)} of {len(table.rows)} targets met\n")
        runs.append((table, load))
    if len(runs) == 1:
        if args.markdown:
            print("\n" + runs[0][0].markdown())
        missed = [row for row in runs[0][0].rows if not row[3]]
    else:
        print(summary(runs, markdown=args.markdown))
        missed = [row for table, _ in runs for row in table.rows if not row[3]]
    sys.exit(1 if missed else 0)


def _parser() -> str:
    from cec_agentgateway import _json

    return _json.PARSER


def summary(runs: list[tuple[Table, str]], markdown: bool) -> str:
    """Each figure over the runs: its value in each, and whether every run met its target."""
    names = [row[0] for row in runs[0][0].rows]
    loads = ", ".join(load.split()[0] for _, load in runs)
    lines = [f"{len(runs)} runs in a row (1-minute load average at each start: {loads})"]
    if markdown:
        heads = " | ".join(f"run {i}" for i in range(1, len(runs) + 1))
        lines += [f"| what | {heads} | target | met in every run |"]
        lines += ["|---|" + "---|" * len(runs) + "---|---|"]
    met_all = 0
    for index, name in enumerate(names):
        rows = [table.rows[index] if index < len(table.rows) else None for table, _ in runs]
        every = all(row is not None and row[0] == name and row[3] for row in rows)
        met_all += every
        figures = [row[1] if row is not None else "-" for row in rows]
        target = runs[0][0].rows[index][2]
        if markdown:
            lines.append(
                f"| {name} | {' | '.join(figures)} | {target} | {'yes' if every else 'no'} |"
            )
        else:
            lines.append(
                f"  {name:<58} {' '.join(f'{f:>10}' for f in figures)}   target {target:<10}"
                f" {OK if every else MISS}"
            )
    lines.append(f"\n{met_all} of {len(names)} targets met in every one of {len(runs)} runs")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
