"""A call centre's middleware as N worker processes sharing the agents' sessions in Redis.

Each worker keeps the agents of its shard (by agent ID) signed in and polling, stores each
newest Guid and a session lease in Redis, and publishes every event on the Redis Stream
``cec-agentgateway:events``. Kill a worker (even with SIGKILL): once its leases run out,
the others adopt its agents' sessions with the stored Guids, without signing them in again.

Against the simulator (in another terminal)::

    python -m cec_agentgateway.simulator --port 8043 --control \\
        --agent 10000:pw:50000 --agent 10001:pw:50001 --agent 10002:pw:50002
    redis-server --port 6379 --save ''
    python examples/redis_workers.py --workers 2 --gateway http://127.0.0.1:8043 \\
        --agents 10000:pw:50000,10001:pw:50001,10002:pw:50002

``--workers N`` starts N worker processes (``--shard 0`` ... ``N-1``) and waits for them;
``--shard I --shards N`` runs one worker in this process. Each worker writes its counters
(agents kept, sign-ins, adoptions, lost sessions) to the hash
``cec-agentgateway:workers`` after every round. Needs ``pip install 'cec-agentgateway[redis]'``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys

from cec_agentgateway import AsyncAgentGateway
from cec_agentgateway.redis_store import Account, RedisSessionStore, SessionKeeper


def accounts_of(text: str) -> list[Account]:
    """``ID:PASSWORD[:PHONE],...`` (or ``@file`` with one such account a line)."""
    if text.startswith("@"):
        with open(text[1:], encoding="utf-8") as lines:
            items = [line.strip() for line in lines if line.strip()]
    else:
        items = [item for item in text.split(",") if item]
    found = []
    for item in items:
        agent_id, _, rest = item.partition(":")
        password, _, phone = rest.partition(":")
        found.append(Account(agent_id, password, phone or None))
    return found


async def worker(args: argparse.Namespace) -> None:
    store = RedisSessionStore.from_url(args.redis)
    name = args.name or f"worker-{args.shard}-{os.getpid()}"
    async with AsyncAgentGateway(args.gateway, poll_interval=args.poll_interval) as gateway:
        keeper = SessionKeeper(
            gateway,
            store,
            accounts_of(args.agents),
            worker=name,
            shard=args.shard,
            shards=args.shards,
            lease=args.lease,
            adopt_unknown_after=args.adopt_unknown_after,
            on_event=store.publish_event,
        )
        redis = store.client
        try:
            while True:
                await keeper.step()
                counters = {
                    "kept": sorted(keeper.agents),
                    "sign_ins": keeper.sign_ins,
                    "adoptions": keeper.adoptions,
                    "lost": keeper.lost,
                    "pid": os.getpid(),
                }
                await asyncio.to_thread(
                    redis.hset, "cec-agentgateway:workers", name, json.dumps(counters)
                )
                await asyncio.sleep(args.lease / 3)
        finally:
            await keeper.stop()  # leases handed back: the agents stay signed in


def start_workers(args: argparse.Namespace, argv: list[str]) -> int:
    """``--workers N``: this script once per shard, until they end (Ctrl-C stops them)."""
    rest = list(argv)
    for i, arg in enumerate(rest):
        if arg == "--workers":
            del rest[i : i + 2]
            break
        if arg.startswith("--workers="):
            del rest[i]
            break
    children = [
        subprocess.Popen(
            [sys.executable, __file__, *rest, "--shard", str(i), "--shards", str(args.workers)]
        )
        for i in range(args.workers)
    ]
    try:
        return max(child.wait() for child in children)
    except KeyboardInterrupt:
        for child in children:
            child.send_signal(signal.SIGINT)
        return max(child.wait() for child in children)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gateway", required=True, help="the gateway's URL")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--agents", required=True, help="ID:PASSWORD[:PHONE],... or @file")
    parser.add_argument("--workers", type=int, help="start this many worker processes")
    parser.add_argument("--shard", type=int, default=0)
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--name", help="this worker's name (default worker-SHARD-PID)")
    parser.add_argument("--lease", type=float, default=30.0, help="session lease, seconds")
    parser.add_argument(
        "--adopt-unknown-after",
        type=float,
        help="sign in another shard's agents that no worker ever signed in after this many"
        " seconds (default: two leases)",
    )
    parser.add_argument("--poll-interval", type=float, default=0.2)
    args = parser.parse_args(argv)
    if args.workers:
        return start_workers(args, argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(worker(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
