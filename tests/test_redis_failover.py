"""Past one process (issue 26): worker processes share the agents' sessions in a real Redis;
one killed with SIGKILL mid-session, the others adopt its agents without signing them in
again. Everything real: ``redis-server``, the simulator (``python -m
cec_agentgateway.simulator``) and the workers (``examples/redis_workers.py``) each in a
process of their own. Short leases keep it to seconds; no time is asserted."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from cec_agentgateway import AsyncAgentGateway, RequestValidationError
from cec_agentgateway.redis_store import (
    MemorySessionStore,
    SessionKeeper,
    SessionStore,
    shard_of,
)

try:
    import redis
except ImportError:  # the extra cec-agentgateway[redis] is not installed
    redis = None

REPO = Path(__file__).resolve().parent.parent
WORKERS = REPO / "examples" / "redis_workers.py"
AGENTS = [f"{10000 + i}:pw:{50000 + i}" for i in range(12)]
IDS = [a.split(":")[0] for a in AGENTS]
LEASE = 3.0  # seconds; the rounds are a third of it


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait(what: Callable[[], Any], timeout: float, message: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        found = what()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(0.1)


@pytest.fixture
def redis_url() -> Iterator[str]:
    if redis is None:
        pytest.skip("redis-py is not installed (pip install 'cec-agentgateway[redis]')")
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server on PATH (scripts/test installs Debian's redis-server)")
    port = _free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    try:

        def pong() -> bool:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

        _wait(pong, 10, "redis-server did not start")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        server.terminate()
        server.wait(10)


@pytest.fixture
def simulator_url() -> Iterator[str]:
    command = [sys.executable, "-m", "cec_agentgateway.simulator", "--port", "0", "--control"]
    command += ["--poll-wait", "1", "--guid-rotation", "2", "--idle-timeout", "30"]
    for account in AGENTS:
        command += ["--agent", account]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        yield line.split(" at ", 1)[1].strip().removesuffix("/agentgateway/resource")
    finally:
        server.terminate()
        server.wait(10)


def _owners(client: Any) -> dict[str, str | None]:
    return {a: client.get(f"cec-agentgateway:lease:{a}") for a in IDS}


def _state(url: str) -> dict[str, dict[str, Any]]:
    agents = httpx.get(url + "/__sim__/state", timeout=10).json()["agents"]
    return {a["agentId"]: a for a in agents}


def test_a_killed_worker_s_agents_are_adopted_without_a_sign_in(
    redis_url: str, simulator_url: str
) -> None:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKERS),
                "--gateway",
                simulator_url,
                "--redis",
                redis_url,
                "--agents",
                ",".join(AGENTS),
                "--shard",
                str(i),
                "--shards",
                "3",
                "--name",
                f"w{i}",
                "--lease",
                str(LEASE),
                "--adopt-unknown-after",  # each agent is signed in by its own shard's worker
                "600",
            ],
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        for i in range(3)
    ]
    try:
        # every agent signed in once, each by the worker of its shard
        def all_kept() -> dict[str, str | None] | None:
            found = _owners(client)
            return found if all(found.values()) else None

        owners = _wait(all_kept, 30, "not every agent got a worker")
        assert owners == {a: f"w{shard_of(a, 3)}" for a in IDS}
        _wait(lambda: all(s["signedIn"] for s in _state(simulator_url).values()), 10, "sign-in")
        time.sleep(2.5)  # a Guid rotation (every 2 s): the stored Guid follows it
        victims = [a for a, w in owners.items() if w == "w0"]
        assert victims
        guids_before = {a: client.get(f"cec-agentgateway:guid:{a}") for a in victims}

        workers[0].send_signal(signal.SIGKILL)  # mid-session: polls held, nothing handed back
        workers[0].wait(10)

        def taken_over() -> dict[str, str | None] | None:
            found = _owners(client)
            return found if all(found[a] in ("w1", "w2") for a in victims) else None

        adopted = _wait(taken_over, 20, "the dead worker's agents were not adopted")
        assert all(adopted[a] == owners[a] for a in IDS if a not in victims)

        # the adopted sessions are alive and polled: an event for each reaches the stream
        start = client.xadd("cec-agentgateway:events", {"marker": "1"})
        for agent in IDS:
            pushed = httpx.post(
                simulator_url + "/__sim__/push_event",
                json={"agent": agent, "eventType": "AgentOther_InService"},
                timeout=10,
            )
            assert pushed.json()["ok"], pushed.text

        def delivered() -> bool:
            entries = client.xrange("cec-agentgateway:events", min=f"({start}")
            seen = {e["agent"] for _, e in entries if e.get("type") == "AgentOther_InService"}
            return seen >= set(IDS)

        _wait(delivered, 20, "not every agent's event was published after the failover")

        state = _state(simulator_url)
        assert all(s["signedIn"] for s in state.values()), "a session was lost"
        assert {a: s["signIns"] for a, s in state.items()} == dict.fromkeys(IDS, 1)
        counters = {
            name: json.loads(value)
            for name, value in client.hgetall("cec-agentgateway:workers").items()
        }
        survivors = [counters["w1"], counters["w2"]]
        assert sum(c["adoptions"] for c in survivors) == len(victims)
        assert sum(c["lost"] for c in survivors) == 0
        assert sum(c["sign_ins"] for c in counters.values()) == len(IDS)
        guids_after = {a: client.get(f"cec-agentgateway:guid:{a}") for a in victims}
        assert all(guids_after.values()) and guids_before.keys() == guids_after.keys()
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.terminate()
        for worker in workers:
            worker.wait(15)
        client.close()


# ---------------------------------------------------------------------------- in process
def test_the_memory_store_holds_leases_for_their_owner_until_they_run_out() -> None:
    now = [0.0]
    store = MemorySessionStore(clock=lambda: now[0])
    assert isinstance(store, SessionStore)
    assert store.claim("153", "a", 10)
    assert not store.claim("153", "b", 10)
    assert store.claim("153", "a", 10)  # its own: renewed
    now[0] = 9.0
    assert store.renew(["153", "154"], "a", 10) == ["154"]
    now[0] = 18.0
    assert store.owner("153") == "a" and not store.claim("153", "b", 10)
    now[0] = 19.5
    assert store.owner("153") is None
    assert store.claim("153", "b", 10) and store.renew(["153"], "a", 10) == ["153"]
    store.save_guid("153", "secret-guid")
    assert store.load_guid("153") == "secret-guid"
    assert "secret-guid" not in repr(store)
    store.release("153", "a")  # not a's: kept
    assert store.owner("153") == "b"
    store.forget("153")
    assert store.load_guid("153") is None and store.owner("153") is None


def test_the_redis_store_claims_renews_and_fans_out(redis_url: str) -> None:
    from cec_agentgateway.redis_store import RedisSessionStore

    store = RedisSessionStore.from_url(redis_url, prefix="t:")
    assert store.claim("153", "a", 5) and not store.claim("153", "b", 5)
    assert store.renew(["153", "154"], "a", 5) == ["154"]
    assert store.owner("153") == "a"
    store.release("153", "b")
    assert store.owner("153") == "a"
    store.release("153", "a")
    assert store.owner("153") is None
    assert store.claim("154", "b", 0.2)
    time.sleep(0.4)  # the lease runs out on the server (PX)
    assert store.claim("154", "a", 5)
    store.save_guid("153", "secret-guid")
    assert store.load_guid("153") == "secret-guid" and "secret" not in repr(store)
    store.forget("153")
    assert store.load_guid("153") is None
    with pytest.raises(RequestValidationError, match="lease"):
        store.claim("153", "a", 0)
    store.client.close()


def test_shards_are_stable_and_spread_and_bad_settings_are_refused() -> None:
    ids = [str(10000 + i) for i in range(3000)]
    counts = [0, 0, 0]
    for agent_id in ids:
        counts[shard_of(agent_id, 3)] += 1
    assert shard_of("153", 3) == shard_of("153", 3)
    assert min(counts) > 900  # about a third each
    with pytest.raises(RequestValidationError, match="shards"):
        shard_of("153", 0)
    gateway = AsyncAgentGateway("http://127.0.0.1:9")
    store = MemorySessionStore()
    with pytest.raises(RequestValidationError, match="shard"):
        SessionKeeper(gateway, store, [], worker="w", shard=3, shards=3)
    with pytest.raises(RequestValidationError, match="worker"):
        SessionKeeper(gateway, store, [], worker="", shard=0, shards=3)
    with pytest.raises(RequestValidationError, match="store"):
        SessionKeeper(gateway, object(), [], worker="w", shard=0, shards=1)  # type: ignore[arg-type]
