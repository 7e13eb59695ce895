"""``cec-agentgw wallboard``: a live table of skill queues and agents, paced (issue 23).

The board (:class:`~.._wallboard.Wallboard`) reads a session signed in elsewhere (its Guid
from the environment or ``--guid-file``, as the other agent subcommands). On a terminal the
table is redrawn in place (ANSI); otherwise, or with ``--once``, each round is printed as
plain lines. Ctrl-C ends it cleanly (exit status 0).
"""

from __future__ import annotations

import argparse
from datetime import UTC
from typing import TYPE_CHECKING, TextIO

from .._wallboard import Wallboard
from .._wallboard_model import SkillFigures, WallboardReading, WallboardSnapshot

if TYPE_CHECKING:
    from .._agent import Agent

__all__ = ["add_wallboard_parser", "render_table", "wallboard"]

_HOME_AND_CLEAR = "\x1b[H\x1b[2J"
_HIDE_CURSOR, _SHOW_CURSOR = "\x1b[?25l", "\x1b[?25h"


def _id_list(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if any(i < 0 for i in ids):
        raise argparse.ArgumentTypeError("IDs are whole numbers >= 0")
    return ids


def _interval(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("the interval is a number of seconds > 0")
    return value


def _rounds(text: str) -> int:
    if not (text.isdecimal() and text.isascii()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of rounds >= 1: {text!r}")
    return int(text)


def add_wallboard_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """The ``wallboard`` subcommand's parser."""
    p = sub.add_parser(
        "wallboard",
        parents=[common],
        allow_abbrev=False,
        help="a live table of skill queues and agents, paced under the gateway's limits",
    )
    p.add_argument(
        "--skills",
        type=_id_list,
        metavar="ID,ID,...",
        help="the skill queues to show (default: every queue of the agent's VCC)",
    )
    p.add_argument("--groups", type=_id_list, default=[], metavar="ID,ID,...", help="agent groups")
    p.add_argument("--no-agents", action="store_true", help="leave out the VCC's agents")
    p.add_argument(
        "--interval", type=_interval, default=5.0, metavar="SECONDS", help="between rounds (5)"
    )
    p.add_argument("--once", action="store_true", help="one round, printed as plain lines")
    p.add_argument("--rounds", type=_rounds, metavar="N", help="stop after N rounds")


def _number(value: int | None) -> str:
    return "-" if value is None else str(value)


def _skill_row(skill_id: int, reading: WallboardReading[SkillFigures]) -> str:
    figures = reading.value
    mark = "*" if reading.stale else " "
    if figures is None:
        text = "(no answer yet)" if reading.read_at is None else "(not listed by the gateway)"
        return f"{skill_id:>6}{mark} {text}"
    wait = "-" if figures.longest_wait is None else f"{figures.longest_wait}s"
    return (
        f"{skill_id:>6}{mark} {(figures.description or '')[:20]:<20} {_number(figures.waiting):>7}"
        f" {wait:>7} {_number(figures.signed_in):>9} {_number(figures.available):>5}"
    )


def render_table(snapshot: WallboardSnapshot, agent_id: str) -> list[str]:
    """The snapshot as the lines of a table (``*`` marks a stale figure)."""
    taken = snapshot.taken_at.astimezone(UTC).strftime("%H:%M:%S UTC")
    lines = [f"wallboard of agent {agent_id} - round {snapshot.round} - {taken}"]
    if snapshot.skills:
        lines.append(f"{'SKILL':>7} {'QUEUE':<20} {'WAITING':>7} {'LONGEST':>7} SIGNED-IN  IDLE")
        lines += [_skill_row(k, r) for k, r in sorted(snapshot.skills.items())]
    member_lists = []
    if snapshot.agents is not None:
        member_lists.append(("agents of the VCC", snapshot.agents))
    member_lists += [(f"group {g}", r) for g, r in sorted(snapshot.groups.items())]
    for title, reading in member_lists:
        mark = " (stale)" if reading.stale else ""
        lines.append(f"{title}{mark}:")
        lines.append(f"{'AGENT':>7} {'NAME':<20} {'STATE':<12} GROUP")
        for m in reading.value or ():
            state = "?" if m.state is None else getattr(m.state, "name", str(m.state))
            lines.append(f"{m.work_no:>7} {(m.name or '')[:20]:<20} {state:<12} {m.group or ''}")
    lines += [f"! {item}: {type(e).__name__}: {e}" for item, e in snapshot.errors().items()]
    return lines


def wallboard(agent: Agent, args: argparse.Namespace, out: TextIO) -> int:
    """Run the board until Ctrl-C (or ``--once``, ``--rounds``); returns the exit status."""
    skills = args.skills if args.skills is not None else _all_skills(agent)
    board = Wallboard(agent, interval=args.interval)
    screen = board.subscribe(skills, agents=not args.no_agents, groups=args.groups)
    live = out.isatty() and not args.once
    limit = 1 if args.once else args.rounds
    shown = 0
    try:
        if live:
            out.write(_HIDE_CURSOR)
        for snapshot in screen:
            lines = render_table(snapshot, agent.agent_id)
            if live:
                out.write(_HOME_AND_CLEAR + "\n".join(lines) + "\n")
            else:
                out.write("\n".join(lines) + "\n\n")
            out.flush()
            shown += 1
            if limit is not None and shown >= limit:
                break
    except KeyboardInterrupt:
        pass  # Ctrl-C is the ordinary way to stop watching
    finally:
        screen.close()
        if live:
            out.write(_SHOW_CURSOR)
            out.flush()
    return 0


def _all_skills(agent: Agent) -> list[int]:
    """Every skill queue of the agent's VCC (agentvdnskill), for a board without --skills."""
    return sorted({s.id for s in agent.queue.vdn_skills() if isinstance(s.id, int)})
