"""Agent sessions shared by several worker processes, through Redis (issue 26).

A call centre of many agents runs its middleware as several processes, each keeping its
share of the agents signed in. What one process knows of a session, every process can read
from a :class:`SessionStore`: the agent's newest Guid (fed by the client's
``on_guid_change``) and a *lease* (which worker keeps the session, until when). A worker
renews its leases while it lives; when it dies, its leases run out and another worker adopts
the sessions with the stored Guids (``gateway.agent(agent_id, guid=...)``), without signing
the agents in again, well within the gateway's rule that a session not polled for 120 s is
signed out.

* :class:`RedisSessionStore` (extra ``cec-agentgateway[redis]``: redis-py) keeps them in
  Redis; :class:`MemorySessionStore` in this process (tests, a single process).
* :func:`shard_of` spreads agents over worker processes by agent ID (stable across
  processes and runs).
* :class:`SessionKeeper` runs one worker: it signs in its shard's agents that have no
  session yet, adopts the stored sessions of its shard and, once their lease ran out, of
  any worker's, renews its leases, and hands every event to ``on_event``;
  :meth:`RedisSessionStore.publish_event` fans events out on a Redis Stream.

Guids are secrets: no store or keeper shows one in its ``repr`` or in a log record.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, cast, runtime_checkable

from ._errors import AgentGatewayError, NotAuthorizedError, RequestValidationError

if TYPE_CHECKING:
    import redis

    from ._agent import AsyncAgent
    from ._client import AsyncAgentGateway
    from ._events import Event

__all__ = [
    "Account",
    "MemorySessionStore",
    "RedisSessionStore",
    "SessionKeeper",
    "SessionStore",
    "shard_of",
]

logger = logging.getLogger("cec_agentgateway")

EventHandler = Callable[["Event"], "Awaitable[None] | None"]


@runtime_checkable
class SessionStore(Protocol):
    """Newest Guid and session lease per agent, shared by the workers (see the module).

    A lease is held by one ``owner`` (a worker's name) for ``lease`` seconds from its last
    claim or renewal; ``claim`` succeeds when the lease is free, ran out, or is the owner's.
    """

    def save_guid(self, agent_id: str, guid: str) -> None: ...

    def load_guid(self, agent_id: str) -> str | None: ...

    def forget(self, agent_id: str) -> None:
        """The session is over (signed out, or its Guid refused): drop Guid and lease."""
        ...

    def claim(self, agent_id: str, owner: str, lease: float) -> bool: ...

    def renew(self, agent_ids: Sequence[str], owner: str, lease: float) -> list[str]:
        """Extend the owner's leases; returns the agent IDs whose lease it no longer holds."""
        ...

    def release(self, agent_id: str, owner: str) -> None: ...

    def owner(self, agent_id: str) -> str | None: ...


def shard_of(agent_id: str, shards: int) -> int:
    """The worker (0 to ``shards`` - 1) an agent belongs to: CRC-32 of its ID, so every
    process computes the same share, run after run."""
    if isinstance(shards, bool) or not isinstance(shards, int) or shards < 1:
        raise RequestValidationError("shards", "must be an integer of 1 or more")
    return zlib.crc32(str(agent_id).encode("utf-8")) % shards


def _check_lease(lease: float) -> None:
    if isinstance(lease, bool) or not isinstance(lease, int | float) or not lease > 0:
        raise RequestValidationError("lease", "must be more than 0 seconds")


class MemorySessionStore:
    """A :class:`SessionStore` in this process (thread-safe): for tests and one process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._guids: dict[str, str] = {}
        self._leases: dict[str, tuple[str, float]] = {}

    def save_guid(self, agent_id: str, guid: str) -> None:
        with self._lock:
            self._guids[agent_id] = guid

    def load_guid(self, agent_id: str) -> str | None:
        with self._lock:
            return self._guids.get(agent_id)

    def forget(self, agent_id: str) -> None:
        with self._lock:
            self._guids.pop(agent_id, None)
            self._leases.pop(agent_id, None)

    def claim(self, agent_id: str, owner: str, lease: float) -> bool:
        _check_lease(lease)
        now = self._clock()
        with self._lock:
            held = self._leases.get(agent_id)
            if held is not None and held[0] != owner and held[1] > now:
                return False
            self._leases[agent_id] = (owner, now + lease)
            return True

    def renew(self, agent_ids: Sequence[str], owner: str, lease: float) -> list[str]:
        _check_lease(lease)
        now, lost = self._clock(), []
        with self._lock:
            for agent_id in agent_ids:
                held = self._leases.get(agent_id)
                if held is None or held[0] != owner or held[1] <= now:
                    lost.append(agent_id)
                else:
                    self._leases[agent_id] = (owner, now + lease)
        return lost

    def release(self, agent_id: str, owner: str) -> None:
        with self._lock:
            held = self._leases.get(agent_id)
            if held is not None and held[0] == owner:
                del self._leases[agent_id]

    def owner(self, agent_id: str) -> str | None:
        with self._lock:
            held = self._leases.get(agent_id)
            return None if held is None or held[1] <= self._clock() else held[0]

    def __repr__(self) -> str:
        return f"MemorySessionStore({len(self._guids)} Guids, {len(self._leases)} leases)"


# Lua, so that each check-and-set is one atomic step on the server.
_CLAIM = """
local held = redis.call('GET', KEYS[1])
if held and held ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
"""
_RENEW = """
local lost = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
  else
    table.insert(lost, i)
  end
end
return lost
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisSessionStore:
    """A :class:`SessionStore` in Redis: ``{prefix}guid:{agent}`` holds the newest Guid,
    ``{prefix}lease:{agent}`` the owner, expiring with the lease (``PX``); claims, renewals
    and releases are Lua scripts (one atomic step each). ``publish_event`` appends events
    to the stream ``{prefix}events`` (capped near ``stream_length`` entries).

    ``client`` is a ``redis.Redis`` (sync: the store is called from ``on_guid_change``,
    which is a plain callback); :meth:`from_url` makes one. Needs the extra
    ``cec-agentgateway[redis]``.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = "cec-agentgateway:",
        stream_length: int = 100_000,
    ) -> None:
        if not isinstance(prefix, str):
            raise RequestValidationError("prefix", "must be a string")
        if isinstance(stream_length, bool) or not isinstance(stream_length, int):
            raise RequestValidationError("stream_length", "must be an integer")
        self._redis = client
        self._prefix = prefix
        self._stream_length = stream_length
        self.events_stream = f"{prefix}events"
        self._claim = client.register_script(_CLAIM)
        self._renew = client.register_script(_RENEW)
        self._release = client.register_script(_RELEASE)

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisSessionStore:
        """A store on ``redis://host:port/db`` (redis-py's URL forms)."""
        try:
            import redis
        except ImportError as error:  # pragma: no cover - depends on the installation
            raise ImportError(
                "RedisSessionStore needs redis-py: pip install 'cec-agentgateway[redis]'"
            ) from error
        return cls(redis.Redis.from_url(url, decode_responses=True), **options)

    @property
    def client(self) -> redis.Redis:
        """The redis-py client the store uses."""
        return self._redis

    def _guid_key(self, agent_id: str) -> str:
        return f"{self._prefix}guid:{agent_id}"

    def _lease_key(self, agent_id: str) -> str:
        return f"{self._prefix}lease:{agent_id}"

    def save_guid(self, agent_id: str, guid: str) -> None:
        self._redis.set(self._guid_key(agent_id), guid)

    def load_guid(self, agent_id: str) -> str | None:
        found = self._redis.get(self._guid_key(agent_id))
        if isinstance(found, bytes):
            return found.decode("utf-8")
        return found

    def forget(self, agent_id: str) -> None:
        self._redis.delete(self._guid_key(agent_id), self._lease_key(agent_id))

    def claim(self, agent_id: str, owner: str, lease: float) -> bool:
        _check_lease(lease)
        milliseconds = max(1, round(lease * 1000))
        return bool(self._claim(keys=[self._lease_key(agent_id)], args=[owner, milliseconds]))

    def renew(self, agent_ids: Sequence[str], owner: str, lease: float) -> list[str]:
        _check_lease(lease)
        if not agent_ids:
            return []
        keys = [self._lease_key(a) for a in agent_ids]
        lost = self._renew(keys=keys, args=[owner, max(1, round(lease * 1000))])
        return [agent_ids[int(i) - 1] for i in cast("list[Any]", lost)]

    def release(self, agent_id: str, owner: str) -> None:
        self._release(keys=[self._lease_key(agent_id)], args=[owner])

    def owner(self, agent_id: str) -> str | None:
        found = self._redis.get(self._lease_key(agent_id))
        if isinstance(found, bytes):
            return found.decode("utf-8")
        return found

    def publish_event(self, event: Event) -> None:
        """Append an event to ``events_stream`` (fields ``agent``, ``type``, ``event``: the
        event as the gateway sent it, JSON), for other services to read (XREAD)."""
        fields = {
            "agent": event.agent_id or "",
            "type": str(event.type.value),
            "event": json.dumps(event.raw.to_dict(), ensure_ascii=False),
        }
        self._redis.xadd(
            self.events_stream,
            cast("Any", fields),
            maxlen=self._stream_length,
            approximate=True,
        )

    def __repr__(self) -> str:
        return f"RedisSessionStore(prefix={self._prefix!r})"


@dataclass(frozen=True)
class Account:
    """An agent a worker may have to sign in: ID, password and phone (never shown)."""

    agent_id: str
    password: str = field(repr=False)
    phone: str | None = None


@dataclass
class _Kept:
    agent: AsyncAgent
    task: asyncio.Task[None]


class SessionKeeper:
    """One worker of several: keeps its share of the agents signed in (see the module).

    ``accounts`` are every agent of the call centre (each worker is given the same list);
    the worker's own are those with ``shard_of(agent_id, shards) == shard``. Each round
    (every ``lease / 3`` seconds) it renews its leases, then claims its own agents and,
    with ``adopt_others``, another shard's agent whose lease ran out (one with a stored
    Guid at once; one without once this worker has run ``adopt_unknown_after`` seconds,
    default two leases, its own worker being down); a claimed agent with a stored Guid is
    adopted (no sign-in), one without is signed in. A worker that dies leaves its leases
    to run out: ``lease`` (default 30 s) plus a round is how long its agents go unpolled,
    far below the gateway's 120 s. ``on_event(event)`` (sync or async) receives every
    event of the agents it keeps.

    Counters: ``sign_ins`` (agents it signed in), ``adoptions`` (sessions it took over with
    a stored Guid), ``lost`` (adopted Guids the gateway refused: signed in again).
    """

    def __init__(
        self,
        gateway: AsyncAgentGateway,
        store: SessionStore,
        accounts: Sequence[Account],
        *,
        worker: str,
        shard: int,
        shards: int,
        lease: float = 30.0,
        adopt_others: bool = True,
        adopt_unknown_after: float | None = None,
        on_event: EventHandler | None = None,
    ) -> None:
        if not isinstance(store, SessionStore):
            raise RequestValidationError("store", "must be a SessionStore")
        if not isinstance(worker, str) or not worker:
            raise RequestValidationError("worker", "must be a non-empty string")
        shard_of("0", shards)  # checks shards
        if isinstance(shard, bool) or not isinstance(shard, int) or not 0 <= shard < shards:
            raise RequestValidationError("shard", f"must be from 0 to {shards - 1}")
        _check_lease(lease)
        if on_event is not None and not callable(on_event):
            raise RequestValidationError("on_event", "must be callable")
        self._gateway = gateway
        self._store = store
        self._accounts = {a.agent_id: a for a in accounts}
        self._own = [a for a in self._accounts if shard_of(a, shards) == shard]
        self._own_set = set(self._own)
        self._started = self._last_round = time.monotonic()
        self._worker = worker
        self._lease = lease
        self._adopt_others = adopt_others
        if adopt_unknown_after is not None:
            _check_lease(adopt_unknown_after)
        self._adopt_unknown_after = (
            2 * lease if adopt_unknown_after is None else adopt_unknown_after
        )
        self._on_event = on_event
        self._kept: dict[str, _Kept] = {}
        self.sign_ins = 0
        self.adoptions = 0
        self.lost = 0

    @property
    def agents(self) -> dict[str, AsyncAgent]:
        """The agents this worker keeps now, by ID."""
        return {agent_id: kept.agent for agent_id, kept in self._kept.items()}

    async def run(self) -> None:
        """Keep the sessions until cancelled (then :meth:`stop` is called)."""
        try:
            while True:
                await self.step()
                await asyncio.sleep(self._lease / 3)
        finally:
            await self.stop()

    async def step(self) -> None:
        """One round: renew, then claim (own agents first) and adopt or sign in."""
        store, began = self._store, time.monotonic()
        lost = await asyncio.to_thread(store.renew, list(self._kept), self._worker, self._lease)
        if lost:
            late = began - self._last_round
            logger.warning("%d leases lost, %.1f s after the last round", len(lost), late)
        for agent_id in lost:  # another worker holds it now: stop polling, leave it signed in
            logger.warning("agent %s: lease lost to another worker", agent_id)
            await self._drop(agent_id)
        await asyncio.gather(*(self._try(a) for a in self._own if a not in self._kept))
        if self._adopt_others:
            # Another shard's agent: one whose session is stored (its worker died), or,
            # after ``adopt_unknown_after``, any (its worker never came up).
            patient = time.monotonic() - self._started > self._adopt_unknown_after
            orphans = []
            for agent_id in self._accounts:
                if agent_id in self._kept or agent_id in self._own_set:
                    continue
                if await asyncio.to_thread(store.owner, agent_id) is not None:
                    continue
                if patient or await asyncio.to_thread(store.load_guid, agent_id) is not None:
                    orphans.append(agent_id)
            await asyncio.gather(*(self._try(a) for a in orphans))
        # sign-ins may have taken a while: the leases taken first are renewed at once
        await asyncio.to_thread(store.renew, list(self._kept), self._worker, self._lease)
        self._last_round = time.monotonic()

    async def _try(self, agent_id: str) -> None:
        if await asyncio.to_thread(self._store.claim, agent_id, self._worker, self._lease):
            await self._take(self._accounts[agent_id])

    async def _take(self, account: Account) -> None:
        store, agent_id = self._store, account.agent_id

        def save(guid: str) -> None:
            store.save_guid(agent_id, guid)

        guid = await asyncio.to_thread(store.load_guid, agent_id)
        agent: AsyncAgent
        if guid is not None:
            agent = self._gateway.agent(agent_id, guid=guid, on_guid_change=save)
            self.adoptions += 1
        else:
            try:
                agent = await self._gateway.sign_in(
                    agent_id, password=account.password, phone=account.phone, on_guid_change=save
                )
            except AgentGatewayError as error:  # tried again next round
                logger.warning("agent %s: sign-in failed: %s", agent_id, error)
                await asyncio.to_thread(store.release, agent_id, self._worker)
                return
            agent.detach()  # another worker may adopt it: closing must not sign it out
            assert agent.guid is not None
            await asyncio.to_thread(store.save_guid, agent_id, agent.guid)
            self.sign_ins += 1
        task = asyncio.get_running_loop().create_task(self._pump(agent))
        self._kept[agent_id] = _Kept(agent, task)

    async def _pump(self, agent: AsyncAgent) -> None:
        stream = agent.events()  # polls while open; closed, the polling stops
        try:
            async for event in stream:
                if self._on_event is not None:
                    outcome = self._on_event(event)
                    if outcome is not None:
                        await outcome
        except NotAuthorizedError:  # the stored Guid no longer works: sign in afresh
            logger.warning("agent %s: its session is gone; signing in again", agent.agent_id)
            self.lost += 1
            await asyncio.to_thread(self._store.forget, agent.agent_id)
            self._kept.pop(agent.agent_id, None)
        except AgentGatewayError as error:
            logger.warning("agent %s: polling ended: %s", agent.agent_id, error)
            self._kept.pop(agent.agent_id, None)
            await asyncio.to_thread(self._store.release, agent.agent_id, self._worker)
        finally:
            await stream.aclose()

    async def _drop(self, agent_id: str) -> None:
        kept = self._kept.pop(agent_id, None)
        if kept is not None:
            kept.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, AgentGatewayError):
                await kept.task

    async def stop(self) -> None:
        """Stop polling and hand the leases back (the agents stay signed in: another worker
        adopts them at once)."""
        for agent_id in list(self._kept):
            await self._drop(agent_id)
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self._store.release, agent_id, self._worker)

    def __repr__(self) -> str:
        return (
            f"SessionKeeper(worker={self._worker!r}, keeps {len(self._kept)} of"
            f" {len(self._accounts)} agents)"
        )
