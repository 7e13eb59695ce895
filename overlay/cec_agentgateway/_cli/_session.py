"""``sign-in`` and ``events``: follow an agent's events, printing one line per event."""

from __future__ import annotations

import argparse
import time
from collections.abc import Mapping
from typing import TextIO

from .._agent import Agent
from .._client import AgentGateway
from .._events import EventStream
from ._commands import SIGN_IN_PARAMS
from ._config import Settings, UsageError, read_secret
from ._output import render

__all__ = ["add_stream_options", "follow", "sign_in"]


def add_stream_options(parser: argparse.ArgumentParser) -> None:
    """When to stop printing events (Ctrl-C always stops)."""
    parser.add_argument("--count", type=int, metavar="N", help="stop after N events")
    parser.add_argument(
        "--duration", type=float, metavar="SECONDS", help="stop after SECONDS seconds"
    )
    parser.add_argument(
        "--until", metavar="EVENT_TYPE", help="stop after an event of this type (and print it)"
    )


def follow(stream: EventStream, args: argparse.Namespace, human: bool, out: TextIO) -> int:
    """Print the stream's events until a stop condition, the session's end, or Ctrl-C."""
    count = 0
    deadline = None if args.duration is None else time.monotonic() + args.duration
    try:
        while args.count is None or count < args.count:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            try:
                event = stream.get(remaining)
            except TimeoutError:
                break
            except StopIteration:
                break
            print(render(event, human=human), file=out, flush=True)
            count += 1
            if args.until is not None and event.type.value == args.until:
                break
    except KeyboardInterrupt:
        pass  # Ctrl-C is the ordinary way to stop following
    finally:
        stream.close()
    return 0


def sign_in(
    gw: AgentGateway,
    settings: Settings,
    args: argparse.Namespace,
    environ: Mapping[str, str],
    out: TextIO,
    err: TextIO,
) -> int:
    """Sign in, follow events, sign out at the end (or, with ``--detach``, keep the session)."""
    agent_id = settings.require_agent()
    if args.detach and settings.guid_file is None:
        raise UsageError("--detach needs --guid-file (the Guid is never printed)")
    password = environ.get("CEC_AGENTGW_PASSWORD")
    if password is None:
        password = read_secret("Password", "set CEC_AGENTGW_PASSWORD (or run in a terminal)")
    fields = {p.name: p.value(args, environ) for p in SIGN_IN_PARAMS}
    phone = args.phone or environ.get("CEC_AGENTGW_PHONE") or None
    agent = gw.sign_in(
        agent_id,
        password=password,
        phone=phone,
        on_guid_change=settings.store_guid,
        **{name: value for name, value in fields.items() if value is not None},
    )
    if agent.guid is not None:
        settings.store_guid(agent.guid)
    if args.detach:
        agent.detach()  # closing the gateway must not sign it out
        print(render(agent.sign_in_result, human=settings.human), file=out, flush=True)
        return 0
    print(f"cec-agentgw: agent {agent_id} signed in; Ctrl-C signs out", file=err)
    with agent:
        status = follow(agent.events(), args, settings.human, out)
    print(f"cec-agentgw: agent {agent_id} signed out", file=err)
    return status


def events(agent: Agent, settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Follow the events of a session signed in elsewhere (this consumes them)."""
    return follow(agent.events(), args, settings.human, out)
