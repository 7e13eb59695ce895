"""The public surface, found by introspection: every public method of an agent handle (and of
the handles its methods return), with legal arguments, and the spec operations each sends.

Shared by the property suite (``test_safety_properties.py``) and the long profile
(``scripts/fuzz``). Nothing here names an operation: the mapping operationId -> methods is
what calling each method records, so a new operation is covered the day its method lands
(and the suite fails while an operation of the spec has no method).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import inspect
import io
import itertools
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

import cec_agentgateway
from cec_agentgateway import _operations

BASE = "https://gw.test:8043"
CALL_ID = "1455885056-1095"

#: Legal example values by parameter name (names, not operations: the spec's bounds decide
#: what is legal; these are values inside them).
SEEDS: dict[str, Any] = {
    "call_id": CALL_ID,
    "held_call_id": CALL_ID,
    "address": "70004",
    "agent_id": "154",
    "agent_ids": ["154"],
    "agents": ["154"],
    "called": "70004",
    "colleague": "154",
    "conf_id": 1,
    "conf_ids": [1],
    "conference_id": "1",
    "content": "hello",
    "control_id": 1,
    "count": 1,
    "data": "orderId=42",
    "device_type": 2,
    "digits": "123#",
    "enabled": True,
    "accept": True,
    "file_path": "/a/b.txt",
    "guid": "guid-1.AgentGateway0",
    "member_num": 3,
    "mode": 0,
    "new_password": "New-Pass-123",
    "old_password": "Old-Pass-123",
    "password": "Pass-123",
    "number": "70004",
    "path": "Y:/a/b.wav",
    "file": "Y:/a/b.wav",
    "per_channel": {51: 1},
    "reason": 1,
    "by": 2,
    "agent": "154",
    "phone": "70004",
    "phones": ["70004"],
    "cc_id": 1,
    "receiver": "154",
    "record_id": "1",
    "ringing_agent_id": "154",
    "seconds": 60,
    "skill_id": 1,
    "skill_ids": [1],
    "text": "hello",
    "to": "154",
    "total": 1,
    "vdn_id": 1,
    "work_no": "154",
}
#: Methods of the agent handle that send nothing or never return by themselves.
SKIP = frozenset({"events", "close", "detach", "with_options", "set_guid", "chat_from"})


def _event_handles(agent: Any) -> list[tuple[str, Any]]:
    """Handles the surface gives out only on an event (a conference the agent set up)."""
    chaired = getattr(
        cec_agentgateway, "AsyncChairedConference" if _is_async(agent) else "ChairedConference"
    )
    return [("conference", chaired(1, "153", True, agent))]


def _is_async(agent: Any) -> bool:
    return isinstance(agent, cec_agentgateway.AsyncAgent)


def seed_for(parameter: inspect.Parameter) -> Any:
    name, annotation = parameter.name, str(parameter.annotation)
    if annotation == "Event":
        from cec_agentgateway._events import decode_event

        return decode_event({"eventType": "AgentEvent_Talking", "workNo": "153"})
    if name in ("destination",) or "IO[bytes]" in annotation or "FileTarget" in annotation:
        return io.BytesIO()
    if "FileSource" in annotation:
        return io.BytesIO(b"data")
    if name == "to" and "Target" in annotation:
        return io.BytesIO()
    if name in SEEDS:
        return SEEDS[name]
    if "bool" in annotation:
        return False
    if annotation.startswith("int"):
        return 1
    if "float" in annotation:
        return 1.0
    if "timedelta" in annotation:
        return datetime.timedelta(seconds=60)
    return "1"


def _literal_choices(function: Callable[..., Any], name: str) -> list[Any]:
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        return []
    hint = hints.get(name)
    found: list[Any] = []
    for arg in (hint, *typing.get_args(hint)):
        if typing.get_origin(arg) is typing.Literal:
            found += list(typing.get_args(arg))
    if typing.get_origin(hint) is typing.Literal:
        found += list(typing.get_args(hint))
    return list(dict.fromkeys(found))


@dataclass
class Method:
    """One public method: how to reach it from an agent, and its legal arguments."""

    steps: tuple[tuple[str, dict[str, Any] | None], ...]  # (attribute, call kwargs or None)
    args: dict[str, Any]  # keyword -> legal value (positional-only ones too)
    positional: tuple[str, ...]
    variants: list[dict[str, Any]] = field(default_factory=list)  # option sets to also try

    @property
    def label(self) -> str:
        return ".".join(name for name, _ in self.steps)


def _is_handle(value: Any) -> bool:
    return hasattr(value, "_agent_id") and hasattr(value, "_agent")


def _public_methods(obj: Any, skip: frozenset[str]) -> Iterator[tuple[str, Any, bool]]:
    """(name, member, is_property) of ``obj``'s public methods and handle properties."""
    for name in dir(type(obj)):
        if name.startswith("_") or name in skip:
            continue
        if isinstance(inspect.getattr_static(type(obj), name), property):
            value = getattr(obj, name)
            if _is_handle(value):
                yield name, value, True  # a handle (agent.queue): its methods are the surface
            continue
        member = getattr(obj, name)
        if callable(member):
            yield name, member, False


def describe(
    function: Callable[..., Any],
) -> tuple[dict[str, Any], tuple[str, ...], list[dict[str, Any]]]:
    signature = inspect.signature(function)
    args: dict[str, Any] = {}
    positional: list[str] = []
    variants: list[dict[str, Any]] = []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.name == "wait":
            args["wait"] = False
            continue
        if parameter.default is inspect.Parameter.empty:
            args[parameter.name] = seed_for(parameter)
            if parameter.kind is parameter.POSITIONAL_ONLY:
                positional.append(parameter.name)
            continue
        if str(parameter.annotation) == "bool" or isinstance(parameter.default, bool):
            variants.append({parameter.name: not parameter.default})
        for choice in _literal_choices(function, parameter.name):
            if choice != parameter.default:
                variants.append({parameter.name: choice})
        if parameter.default in (None, ()) and parameter.name in SEEDS:
            variants.append({parameter.name: SEEDS[parameter.name]})
    return args, tuple(positional), variants


def discover(agent: Any) -> list[Method]:
    """Every public method of ``agent``, of its handle properties (``agent.queue``) and of
    the handles its methods return (``call_handle(id)``, ``team.monitor(no)``...)."""
    found: list[Method] = []
    todo: list[tuple[tuple[tuple[str, dict[str, Any] | None], ...], Any]] = [((), agent)]
    todo += [(((f"<{name}>", None),), handle) for name, handle in _event_handles(agent)]
    seen_types: set[type] = {type(agent)}
    while todo:
        prefix, obj = todo.pop(0)
        for name, member, is_property in _public_methods(
            obj, SKIP if obj is agent else frozenset()
        ):
            if is_property:
                if type(member) not in seen_types and len(prefix) < 3:
                    seen_types.add(type(member))
                    todo.append(((*prefix, (name, None)), member))
                continue
            args, positional, variants = describe(member)
            method = Method(((*prefix, (name, args)),), args, positional, variants)
            method.steps = (*prefix, (name, args))
            found.append(method)
            if len(prefix) < 3:
                with contextlib.suppress(Exception):
                    result = _invoke(agent, member, args)
                    if _is_handle(result) and type(result) not in seen_types:
                        seen_types.add(type(result))
                        todo.append(((*prefix, (name, args)), result))
    return found


def target(agent: Any, method: Method) -> Callable[..., Any]:
    obj = agent
    for name, kwargs in method.steps[:-1]:
        if name.startswith("<"):
            obj = dict(_event_handles(agent))[name[1:-1]]
            continue
        obj = getattr(obj, name)
        if kwargs is not None:
            obj = finish(obj(**kwargs))
    return getattr(obj, method.steps[-1][0])  # type: ignore[no-any-return]


def finish(result: Any) -> Any:
    """A sync result, an awaited async one, or a generator's items."""
    if inspect.isawaitable(result):

        async def wait() -> Any:
            return await result

        return asyncio.run(wait())
    if inspect.isasyncgen(result):

        async def drain() -> list[Any]:
            return [item async for item in result]

        return asyncio.run(drain())
    if inspect.isgenerator(result) or isinstance(result, Iterator):
        return list(itertools.islice(result, 5))
    return result


def _invoke(agent: Any, function: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    """``function(**kwargs)`` to its end; for an async agent inside a running loop."""
    if not _is_async(agent):
        return finish(function(**kwargs))

    async def run() -> Any:
        try:
            return await _resolve(function(**kwargs))
        finally:
            await _stop_polling(agent)

    return asyncio.run(run())


async def _resolve(result: Any) -> Any:
    if inspect.isawaitable(result):
        result = await result
    if inspect.isasyncgen(result):
        return [item async for item in result]
    return result


def call(agent: Any, method: Method, overrides: dict[str, Any] | None = None) -> Any:
    """Call ``method`` of ``agent`` with its legal arguments and ``overrides``, to its end."""
    kwargs = {**method.args, **(overrides or {})}
    positional = [kwargs.pop(name) for name in method.positional]
    if not _is_async(agent):
        return finish(target(agent, method)(*positional, **kwargs))

    async def run() -> Any:
        obj = agent
        for name, step_kwargs in method.steps[:-1]:
            if name.startswith("<"):
                obj = dict(_event_handles(agent))[name[1:-1]]
                continue
            obj = getattr(obj, name)
            if step_kwargs is not None:
                obj = await _resolve(obj(**step_kwargs))
        try:
            return await _resolve(getattr(obj, method.steps[-1][0])(*positional, **kwargs))
        finally:
            await _stop_polling(agent)

    return asyncio.run(run())


async def _stop_polling(agent: Any) -> None:
    """End the agent's event pump inside the loop that runs it (no cancelled-task noise)."""
    pump = agent._session.pump
    if pump is not None:
        with contextlib.suppress(Exception):
            await pump.close()
        agent._session.pump = None


@contextlib.contextmanager
def recording() -> Iterator[list[str]]:
    """The operationIds of the requests prepared inside the block."""
    seen: list[str] = []
    original = _operations.PreparedCall.__post_init__

    def post_init(self: Any) -> None:
        original(self)
        seen.append(self.operation.operation_id)

    _operations.PreparedCall.__post_init__ = post_init  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        _operations.PreparedCall.__post_init__ = original  # type: ignore[method-assign]


def gateway(handler: Callable[[httpx.Request], httpx.Response], *, is_async: bool) -> Any:
    transport = httpx.MockTransport(handler)
    if is_async:
        return cec_agentgateway.AsyncAgentGateway(
            BASE, transport=transport, retry_backoff=(0.0, 0.0), max_retries=0
        )
    return cec_agentgateway.AgentGateway(
        BASE, transport=transport, retry_backoff=(0.0, 0.0), max_retries=0
    )


def operation_map(
    handler: Callable[[httpx.Request], httpx.Response], *, is_async: bool
) -> dict[str, set[str]]:
    """operationId -> labels of the public methods (or method variants) that send it."""
    found: dict[str, set[str]] = {}
    gw = gateway(handler, is_async=is_async)
    methods = discover(gw.agent("153", guid="guid-1.AgentGateway0"))
    for method in methods:
        for variant in [{}, *method.variants]:
            agent = gw.agent("153", guid="guid-1.AgentGateway0")  # fresh: no state carried
            with recording() as seen, contextlib.suppress(cec_agentgateway.AgentGatewayError):
                call(agent, method, variant)
            label = method.label + (f"{variant}" if variant else "")
            for operation_id in seen:
                found.setdefault(operation_id, set()).add(label)
    for is_force, platform in ((False, False), (True, False), (False, True)):
        with recording() as seen, contextlib.suppress(cec_agentgateway.AgentGatewayError):
            finish(
                gw.sign_in(
                    "153",
                    password="Pass-123",
                    phone="70001",
                    force=is_force,
                    platform_only=platform,
                )
            )
        for operation_id in seen:
            found.setdefault(operation_id, set()).add("gateway.sign_in")
    return found
