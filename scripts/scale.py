"""Thousands of signed-in, long-polling agents in one process (issue 26).

    scripts/scale                       # 5,000 agents; bursts of 250, 1,000 and 5,000 calls
    scripts/scale --agents 1000 --bursts 250,1000 --idle 10
    scripts/scale --quick               # 300 agents, poll wait 1 s (what the test runs)

One ``AsyncAgentGateway`` signs in every agent and keeps an event stream open for each, so
that every agent long-polls; the simulator serves over loopback in a process of its own
(``python -m cec_agentgateway.simulator``), its empty polls held ``--poll-wait`` seconds,
shortened at random by up to ``--poll-jitter`` of that so that the polls of agents signed in
together do not all come due in one moment. Measured, in this order:

* errors: calls that raised, streams that ended or lost their connection, and records of
  WARNING or above on the ``cec_agentgateway`` logger (goal 0);
* client memory per session: the client's RSS once every agent polls, less its RSS before
  the first sign-in, over the agents (goal <= 30 KB);
* client CPU per idle session: the client's CPU time over ``--idle`` seconds in which the
  agents only poll, per agent and second;
* the simulator's threads, sampled over that idle window (held polls hold none);
* bursts: N concurrent calls (``sync_state``) for each N of ``--bursts``, interleaved over
  ``--rounds`` rounds (N1, N2, N3, N1, ...); statistic: the minimum over rounds of each
  burst's time; linearity = (time per call at the largest N) / (time per call at the
  smallest), 1.0 being linear (goal <= 1.5);
* that every agent is still signed in at the simulator after the idle window (with
  ``--idle-timeout`` shorter than it, only the polls keep the sessions).

No figure here is a test: ``tests/test_scale.py`` runs ``--quick`` and checks the errors,
the threads and the sessions, never a time.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Figures", "Settings", "main", "run"]

_FIRST_AGENT = 10000
_FIRST_PHONE = 50000


@dataclass(frozen=True)
class Settings:
    agents: int = 5000
    bursts: tuple[int, ...] = (250, 1000, 5000)
    rounds: int = 3
    idle: float = 20.0  # seconds of polling only, for CPU and threads
    poll_wait: float = 10.0
    poll_jitter: float = 0.5
    idle_timeout: float = 120.0
    poll_interval: float = 0.2
    # How long a call may wait for one of the 100 connections: a burst of 5,000 calls queues
    # 4,900 of them, longer than httpx's default 10 s on a 2-core machine (docs/scale.md)
    pool_timeout: float = 60.0
    # How long a call or a poll may wait for its answer. The simulator shares the 2-core
    # machine with the client and answers a 5,000-call burst at some 200 calls a second, so
    # the last calls of a burst (and the polls due meanwhile) wait 20-25 s at the server:
    # past httpx's 10 s read timeout and the client's 30 s poll timeout. The goal of 0 errors
    # is about the client carrying the sessions, not the rig's throughput (docs/scale.md).
    read_timeout: float = 60.0
    poll_timeout: float = 60.0

    @classmethod
    def quick(cls) -> Settings:
        return cls(
            agents=300, bursts=(50, 300), rounds=2, idle=7.0, poll_wait=1.0, idle_timeout=6.0
        )


@dataclass
class Figures:
    agents: int
    signed_in: int = 0
    errors: int = 0
    first_errors: list[str] = field(default_factory=list)
    sign_in_s: float = 0.0
    rss_per_session_kb: float = 0.0
    cpu_per_idle_session_us_per_s: float = 0.0
    cpu_per_poll_us: float = 0.0
    polls_per_s: float = 0.0
    idle_cpu_share: float = 0.0  # of one core, every session together
    # CPU of one bare httpx request (its own AsyncClient, keep-alive, a small JSON answer of
    # the same simulator), measured before the first sign-in: what a poll answer costs at
    # the least on this machine in this moment
    bare_request_us: float = 0.0
    poll_vs_bare: float = 0.0
    poll_connections_opened: int = 0  # by the polls' transport during the idle window
    load_average: str = ""
    server_threads_max: int = 0
    server_rss_mb: float = 0.0
    bursts_s: dict[int, float] = field(default_factory=dict)
    burst_linearity: float = 0.0
    still_signed_in: int = 0
    sign_out_s: float = 0.0


def _progress(began: float, what: str) -> None:
    print(f"  [{time.perf_counter() - began:7.1f} s] {what}", file=sys.stderr, flush=True)


class _Counter(logging.Handler):
    """Counts the client's warnings and errors (a poll that failed, a retry given up)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage()[:160])


def _rss(pid: int | str = "self") -> int:
    """Resident set size in bytes (Linux /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _threads(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return 0


def start_simulator(settings: Settings) -> tuple[subprocess.Popen[str], str]:
    """``python -m cec_agentgateway.simulator`` with every agent, on a free loopback port."""
    command = [
        sys.executable,
        "-m",
        "cec_agentgateway.simulator",
        "--port",
        "0",
        "--control",
        "--poll-wait",
        str(settings.poll_wait),
        "--poll-jitter",
        str(settings.poll_jitter),
        "--idle-timeout",
        str(settings.idle_timeout),
        # one connection per polling session, the client's 100 for calls, and room
        "--max-connections",
        str(settings.agents + 1024),
    ]
    for i in range(settings.agents):
        command += ["--agent", f"{_FIRST_AGENT + i}:pw:{_FIRST_PHONE + i}"]
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, close_fds=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if "http://" not in line:
        process.kill()
        raise RuntimeError(f"the simulator did not start: {line!r}")
    url = line.split(" at ", 1)[1].strip().removesuffix("/agentgateway/resource")
    return process, url


async def _bare_request_cpu(url: str, count: int = 200) -> float:
    """CPU microseconds of one request through a plain ``httpx.AsyncClient`` (the floor a
    poll answer is compared with), the minimum of 3 runs of ``count`` requests."""
    import httpx

    target = url + "/agentgateway/resource/onlineagent/10000/agentstatus"  # no Guid: small
    best = float("inf")
    async with httpx.AsyncClient() as client:
        await client.get(target)
        for _ in range(3):
            cpu = time.process_time()
            for _ in range(count):
                await client.get(target)
            best = min(best, (time.process_time() - cpu) / count * 1e6)
    return best


def _load_average() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as file:
            return " ".join(file.read().split()[:3])
    except OSError:
        return ""


def _signed_in_at(url: str) -> int:
    with urllib.request.urlopen(url + "/__sim__/state", timeout=30) as answer:
        state = json.loads(answer.read())
    return sum(1 for agent in state["agents"] if agent["signedIn"])


async def _measure(url: str, server_pid: int, settings: Settings) -> Figures:
    import httpx

    from cec_agentgateway import AsyncAgentGateway

    figures = Figures(settings.agents)
    counter = _Counter()
    logging.getLogger("cec_agentgateway").addHandler(counter)
    errors: list[BaseException] = []

    async def guarded(call: Any) -> Any:
        try:
            return await call
        except Exception as error:
            errors.append(error)
            return None

    try:
        timeout = httpx.Timeout(settings.read_timeout, connect=5.0, pool=settings.pool_timeout)
        async with AsyncAgentGateway(
            url,
            poll_interval=settings.poll_interval,
            timeout=timeout,
            poll_timeout=settings.poll_timeout,
        ) as gateway:
            await gateway.http_client.get(url + "/__sim__/state")  # warm up: imports, pool
            polls_sent = [0]

            async def count_poll(request: Any) -> None:
                polls_sent[0] += 1

            # the event polls' own client (private: a measurement, not an API)
            gateway._poll_http.event_hooks["request"].append(count_poll)
            figures.bare_request_us = await _bare_request_cpu(url)
            figures.load_average = _load_average()
            gc.collect()
            rss_before = _rss()
            began = started = time.perf_counter()
            _progress(began, f"signing in {settings.agents} agents")
            ids = [str(_FIRST_AGENT + i) for i in range(settings.agents)]
            signed = await asyncio.gather(
                *(
                    guarded(gateway.sign_in(a, password="pw", phone=str(int(a) + 40000)))
                    for a in ids
                )
            )
            figures.sign_in_s = time.perf_counter() - started
            agents = [a for a in signed if a is not None]
            figures.signed_in = len(agents)
            streams = [a.events() for a in agents]  # every agent polls from now on
            _progress(began, f"{len(agents)} signed in; every agent polls")
            await asyncio.sleep(settings.poll_wait + 1)  # everyone's first poll is held
            gc.collect()
            figures.rss_per_session_kb = (_rss() - rss_before) / max(len(agents), 1) / 1024

            # idle: the agents only poll
            threads: list[int] = []
            sampling = threading.Event()

            def sample() -> None:
                while not sampling.wait(0.1):
                    threads.append(_threads(server_pid))

            sampler = threading.Thread(target=sample, daemon=True)
            requests = polls_sent[0]
            poll_transport = gateway._poll_http._transport
            opened = getattr(poll_transport, "connections_made", 0)
            cpu, wall = time.process_time(), time.perf_counter()
            sampler.start()
            _progress(began, f"idle for {settings.idle:g} s")
            await asyncio.sleep(settings.idle)
            sampling.set()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            sampler.join()
            figures.server_threads_max = max(threads, default=0)
            figures.server_rss_mb = _rss(server_pid) / 1e6
            figures.idle_cpu_share = cpu / wall
            figures.cpu_per_idle_session_us_per_s = cpu / wall / max(len(agents), 1) * 1e6
            polls = polls_sent[0] - requests
            figures.still_signed_in = await asyncio.to_thread(_signed_in_at, url)
            figures.polls_per_s = polls / wall
            figures.cpu_per_poll_us = cpu / max(polls, 1) * 1e6
            figures.poll_vs_bare = figures.cpu_per_poll_us / max(figures.bare_request_us, 1e-9)
            opened = getattr(poll_transport, "connections_made", 0) - opened
            figures.poll_connections_opened = opened

            # bursts, interleaved: N1, N2, N3, N1, N2, N3, ...
            times: dict[int, list[float]] = {n: [] for n in settings.bursts}
            for round_ in range(settings.rounds):
                _progress(began, f"bursts, round {round_ + 1} of {settings.rounds}")
                for n in settings.bursts:
                    batch = agents[:n]
                    started = time.perf_counter()
                    await asyncio.gather(*(guarded(a.sync_state()) for a in batch))
                    times[n].append(time.perf_counter() - started)
            figures.bursts_s = {n: min(found) for n, found in times.items()}
            small, large = min(settings.bursts), max(settings.bursts)
            per_small = figures.bursts_s[small] / small
            figures.burst_linearity = figures.bursts_s[large] / large / max(per_small, 1e-9)

            lost = [a for a in agents if a.connection_status != "connected"]
            errors += [RuntimeError(f"polling {a.connection_status}") for a in lost]
            _progress(began, f"signing out ({len(errors)} errors, {len(counter.records)} warnings)")
            started = time.perf_counter()
            await asyncio.gather(*(guarded(a.sign_out()) for a in agents))
            figures.sign_out_s = time.perf_counter() - started
            for stream in streams:
                await stream.aclose()
            _progress(began, "closing the gateway")
    finally:
        logging.getLogger("cec_agentgateway").removeHandler(counter)
    figures.errors = len(errors) + len(counter.records)
    figures.first_errors = [repr(e)[:160] for e in errors[:3]] + counter.records[:3]
    return figures


def run(settings: Settings) -> Figures:
    """Start the simulator in its own process, measure, stop it."""
    process, url = start_simulator(settings)
    try:
        return asyncio.run(_measure(url, process.pid, settings))
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def report(settings: Settings, figures: Figures) -> str:
    ok, miss = "\N{CHECK MARK}", "MISSED"
    large = max(settings.bursts)
    lines = [
        f"{figures.agents} agents, one AsyncAgentGateway, simulator in its own process"
        f" (poll wait {settings.poll_wait:g} s, jitter {settings.poll_jitter:g},"
        f" poll interval {settings.poll_interval:g} s, pool timeout {settings.pool_timeout:g} s,"
        f" read timeout {settings.read_timeout:g} s, poll timeout {settings.poll_timeout:g} s)",
        f"  signed in {figures.signed_in} in {figures.sign_in_s:.1f} s;"
        f" signed out in {figures.sign_out_s:.1f} s",
        f"  still signed in after {settings.idle:g} s of polling only:"
        f" {figures.still_signed_in} (idle sign-out after {settings.idle_timeout:g} s)",
        f"  load average before the run: {figures.load_average or '?'};"
        f" poll connections opened while idle: {figures.poll_connections_opened}",
        f"  simulator: at most {figures.server_threads_max} threads while"
        f" {figures.signed_in} polls were held; RSS {figures.server_rss_mb:.0f} MB",
        "",
        "| figure | measured | goal | |",
        "|---|---|---|---|",
        f"| errors | {figures.errors} | 0 | {ok if figures.errors == 0 else miss} |",
        f"| client RSS per session | {figures.rss_per_session_kb:.1f} KB | <= 30 KB"
        f" | {ok if figures.rss_per_session_kb <= 30 else miss} |",
        f"| client CPU per idle session | {figures.cpu_per_idle_session_us_per_s:.1f} us/s"
        f" ({figures.idle_cpu_share:.1%} of a core for all) | (reported) | |",
        f"| client CPU per poll | {figures.cpu_per_poll_us:.0f} us"
        f" ({figures.polls_per_s:.0f} polls/s) | (reported) | |",
        f"| client CPU per poll vs a bare httpx request ({figures.bare_request_us:.0f} us)"
        f" | {figures.poll_vs_bare:.2f}x | (reported; 1.0 = the floor) | |",
    ]
    for n in settings.bursts:
        lines.append(
            f"| burst of {n} concurrent calls, min of {settings.rounds} interleaved rounds"
            f" | {figures.bursts_s[n]:.2f} s | linear | |"
        )
    lines.append(
        f"| burst time per call, {large} vs {min(settings.bursts)} | "
        f"{figures.burst_linearity:.2f}x | <= 1.5x"
        f" | {ok if figures.burst_linearity <= 1.5 else miss} |"
    )
    if figures.first_errors:
        lines.append(f"  first errors: {figures.first_errors}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="300 agents, poll wait 1 s")
    parser.add_argument("--agents", type=int)
    parser.add_argument("--bursts", help="comma-separated burst sizes, e.g. 250,1000,5000")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--idle", type=float, help="seconds of polling only")
    parser.add_argument("--poll-wait", type=float)
    parser.add_argument("--poll-jitter", type=float)
    parser.add_argument(
        "--pool-timeout", type=float, help="seconds a call may wait for a connection (60)"
    )
    parser.add_argument(
        "--read-timeout", type=float, help="seconds a call may wait for its answer (60)"
    )
    parser.add_argument(
        "--poll-timeout", type=float, help="seconds a poll may wait for its answer (60)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    settings = Settings.quick() if args.quick else Settings()
    changes: dict[str, Any] = {}
    names = ("agents", "rounds", "idle", "poll_wait", "poll_jitter", "pool_timeout")
    for name in (*names, "read_timeout", "poll_timeout"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.bursts:
        changes["bursts"] = tuple(int(n) for n in args.bursts.split(","))
    elif "agents" in changes:
        n = changes["agents"]
        changes["bursts"] = tuple(sorted({max(n // 20, 1), max(n // 5, 1), n}))
    settings = Settings(**{**asdict(settings), **changes})
    if max(settings.bursts) > settings.agents:
        parser.error("a burst cannot be larger than --agents")
    figures = run(settings)
    print(report(settings, figures))
    if args.json:
        print(json.dumps(asdict(figures)))


if __name__ == "__main__":
    main()
