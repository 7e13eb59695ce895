"""``cec-agentgw``: the agent gateway from a shell (also ``python -m cec_agentgateway``).

::

    export CEC_AGENTGW_URL=https://cc-gateway.example.com:8043 CEC_AGENTGW_AGENT_ID=153
    cec-agentgw sign-in --phone 40038            # prompts for the password, prints events
    cec-agentgw --guid-file ~/.guid call-info    # an operation on a session signed in elsewhere
    cec-agentgw demo                             # a whole session against the simulator
    cec-agentgw simulate --port 8043             # the loopback simulator, for other languages

Subcommands:

* one per agent operation (``call-info``, ``status``, ``sign-out``, ...), generated from the
  table :data:`._commands.AGENT_COMMANDS`. **A new ``Agent`` method gets its subcommand from
  one entry in that table** (subcommand name, method name, typed parameters); see
  :mod:`._commands`.
* ``sign-in``: signs in, prints the agent's events as JSON lines until Ctrl-C, ``--count``,
  ``--duration`` or ``--until``, then signs out. ``--detach --guid-file F`` instead stores
  the Guid in F and leaves the session open for later subcommands (the gateway signs out an
  agent that does not poll for 2 minutes).
* ``events``: prints the events of a session signed in elsewhere (it consumes them).
* ``simulate``: ``python -m cec_agentgateway.simulator`` with the same arguments (exit
  status 7, with one JSON line, when it cannot listen: ``--port 0`` picks a free port).
* ``wallboard``: a live table of skill queues and agents, paced under the gateway's query
  limits (``--skills``, ``--interval``, ``--once``); see :mod:`._wallboard`.
* ``demo``: the quick-start session against the embedded simulator.
* ``spec``: the shipped ``openapi.yaml`` (its path, ``--text``, or ``--table retcodes``).

Configuration comes from flags, else ``CEC_AGENTGW_*`` environment variables (``--help``
lists them). The password and the Guid are never command-line arguments: they come from the
environment (``CEC_AGENTGW_PASSWORD``, ``CEC_AGENTGW_GUID``), a Guid file, or a prompt, and
are never printed; rotated Guids are written back to the Guid file.

Output is JSON by default (one document per result, one line per event; the wire's field
names), text with ``--human``. Errors go to stderr (a JSON object, or a text line with
``--human``) carrying the error type, message, and for gateway errors the retcode, its
meaning and family. Exit status:

==  ==============================================================================
0   success
1   another client error (an awaited outcome failed or timed out, session ended)
2   usage: bad arguments or missing configuration; nothing was sent
3   an argument breaks a documented bound (``RequestValidationError``); nothing sent
4   the gateway could not be reached, or timed out (``APIConnectionError``)
5   HTTP status outside 2xx (``APIStatusError``)
6   a response that could not be decoded (``ResponseDecodeError``)
7   ``simulate`` cannot listen (address in use or not available, port out of range)
10  the gateway refused: a retcode other than "0" (``RetcodeError``)
11  the gateway refused because the session is gone: sign in again (100-006, ...)
130 interrupted (Ctrl-C) outside ``sign-in`` and ``events``
==  ==============================================================================
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from .._client import AgentGateway
from .._errors import (
    AgentGatewayError,
    APIConnectionError,
    APIStatusError,
    RequestValidationError,
    ResponseDecodeError,
    RetcodeError,
)
from .._hooks import RequestInfo, RetryInfo
from .._version import __version__
from ._args import Context
from ._commands import AGENT_COMMANDS, SIGN_IN_PARAMS, Command, agent_method
from ._config import ENV, Settings, UsageError, add_common_options
from ._help import HELP
from ._output import render
from ._session import add_stream_options, events, sign_in
from ._wallboard import add_wallboard_parser, wallboard

__all__ = ["EXIT_STATUS", "build_parser", "command_help", "main"]

PROG = "cec-agentgw"

#: Exit status by error class (the most specific class that matches wins).
EXIT_STATUS: Mapping[type[BaseException], int] = {
    UsageError: 2,
    RequestValidationError: 3,
    APIConnectionError: 4,
    APIStatusError: 5,
    ResponseDecodeError: 6,
    RetcodeError: 10,
    AgentGatewayError: 1,
}
EXIT_SIGN_IN_AGAIN = 11
EXIT_INTERRUPTED = 130
_EXIT_HELP = """\
  0 success                     4 gateway unreachable or timed out
  1 other client error          5 HTTP status outside 2xx
  2 usage (nothing sent)        6 answer could not be decoded
  3 invalid argument (not sent) 10 retcode refused; 11 retcode: sign in again
  7 simulate cannot listen      130 interrupted"""


def exit_status(error: BaseException) -> int:
    """The exit status for an error (see the module docstring)."""
    if isinstance(error, RetcodeError) and error.requires_sign_in:
        return EXIT_SIGN_IN_AGAIN
    for cls in type(error).__mro__:
        if cls in EXIT_STATUS:
            return EXIT_STATUS[cls]
    return 1


def error_document(error: BaseException) -> dict[str, Any]:
    """What is known about an error, as JSON data (never a secret: errors carry none)."""
    document: dict[str, Any] = {
        "error": type(error).__name__,
        "message": str(error),
        "exit_status": exit_status(error),
    }
    if isinstance(error, AgentGatewayError):
        document.update(operation=error.operation, agent_id=error.agent_id)
    if isinstance(error, RequestValidationError):
        document["field"] = error.field
    if isinstance(error, (APIStatusError, ResponseDecodeError)):
        document["status_code"] = error.status_code
    if isinstance(error, RetcodeError):
        document.update(
            retcode=error.retcode,
            description=error.description,
            family=error.family,
            server_message=error.server_message,
            requires_sign_in=error.requires_sign_in,
        )
    return document


class _Attempts:
    """The attempts of the command's latest gateway call (for timeout messages), and with
    ``-v`` a line per retry on stderr. The background event poll is not counted."""

    _POLL = "getAgentEvent"

    def __init__(self, err: TextIO, verbose: bool) -> None:
        self.err, self.verbose = err, verbose
        self.latest: dict[bool, tuple[int, float]] = {}  # polled? -> (attempts, started)

    def on_request(self, info: RequestInfo) -> None:
        poll = info.operation == self._POLL
        started = time.monotonic() if info.attempt == 1 else self.latest.get(poll, (0, 0.0))[1]
        self.latest[poll] = (info.attempt, started)

    def on_retry(self, info: RetryInfo) -> None:
        if self.verbose:
            print(
                f"{PROG}: {info.operation}: {info.reason}; attempt {info.attempt} "
                f"in {info.pause:.1f} s",
                file=self.err,
                flush=True,
            )

    def explain(self, error: BaseException) -> None:
        """Say in a connection error how many attempts were made, in how long."""
        polled = isinstance(error, AgentGatewayError) and error.operation == "getAgentEvent"
        count, started = self.latest.get(polled, self.latest.get(not polled, (0, 0.0)))
        if isinstance(error, APIConnectionError) and count:
            elapsed = time.monotonic() - started
            plural = "s" if count > 1 else ""
            error.message += (
                f" [{count} attempt{plural} in {elapsed:.1f} s; "
                "--timeout sets the total, -v shows each retry]"
            )


def _report(error: BaseException, human: bool, err: TextIO) -> int:
    status = exit_status(error)
    if human:
        text = f"{PROG}: {type(error).__name__}: {error}"
        if isinstance(error, RetcodeError) and error.family:
            text += f" [family {error.retcode[:3]}: {error.family}]"
        print(text, file=err)
    else:
        print(json.dumps(error_document(error), ensure_ascii=False), file=err)
    return status


# ---------------------------------------------------------------------------- the parser
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    add_common_options(common)
    epilog = "environment:\n" + "\n".join(f"  {name:<28}{text}" for name, text in ENV.items())
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The CC-Gateway agent interface from a shell. JSON output unless --human.",
        epilog=epilog + "\n\nexit status:\n" + _EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "sign-in",
        parents=[common],
        allow_abbrev=False,
        help="sign in and print events until stopped, then sign out",
    )
    p.add_argument("--phone", help="the phone to sign in with [CEC_AGENTGW_PHONE]")
    for param in SIGN_IN_PARAMS:
        param.add_to(p)
    add_stream_options(p)
    p.add_argument(
        "--detach",
        action="store_true",
        help="store the Guid in --guid-file and exit, leaving the agent signed in",
    )

    p = sub.add_parser(
        "events", parents=[common], allow_abbrev=False, help="print the events of a signed-in agent"
    )
    add_stream_options(p)

    for command in AGENT_COMMANDS:
        summary = command_help(command)
        p = sub.add_parser(
            command.name,
            parents=[common],
            allow_abbrev=False,
            help=summary,
            description=summary[:1].upper() + summary[1:] + ".",
        )
        for param in command.params:
            param.add_to(p)
        p.set_defaults(agent_command=command)

    add_wallboard_parser(sub, common)

    p = sub.add_parser(
        "simulate",
        help="serve the gateway simulator over HTTP, for any language (`simulate --help`)",
        add_help=False,
    )
    p.add_argument("simulator_args", nargs=argparse.REMAINDER)

    p = sub.add_parser(
        "spec",
        help="the shipped contract: openapi.yaml's path or text, the tables, the TypeScript types",
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--text", action="store_true", help="print openapi.yaml itself")
    shown.add_argument(
        "--table", choices=("retcodes", "events"), help="print a generated table (JSON)"
    )
    shown.add_argument(
        "--tables",
        metavar="DIR",
        help="write retcodes.json and events.json into DIR (made if missing)",
    )
    shown.add_argument(
        "--types",
        choices=("ts",),
        help="the TypeScript types and runtime: printed, or written into --out DIR",
    )
    shown.add_argument(
        "--example",
        choices=("ts",),
        help="write the TypeScript example (session.ts, tsconfig.json, the types) into --out DIR",
    )
    p.add_argument(
        "--out",
        metavar="DIR",
        help="with --types ts or --example ts: the directory to write into (made if missing)",
    )

    p = sub.add_parser("demo", help="a whole agent session against the embedded simulator")
    p.add_argument(
        "scenario",
        nargs="?",
        choices=("agent", "supervisor", "desk"),
        default="agent",
        help="the agent's day (default), an inspector's (listen, whisper, barge in, take"
        " over), or the live desk's model of an agent's day (desk)",
    )
    p.add_argument(
        "--rotation", type=float, default=1.0, help="simulated Guid rotation period, seconds"
    )
    return parser


def command_help(command: Command) -> str:
    """A subcommand's one-line help: its table entry's, else ``_help.HELP``'s, else the
    first line of the method's docstring (the reference test refuses that fallback)."""
    from .._agent import Agent

    if command.help or command.name in HELP:
        return command.help or HELP[command.name]
    doc = agent_method(Agent, command.method).__doc__ or ""
    return doc.strip().splitlines()[0].replace("``", "") if doc.strip() else command.method


# ---------------------------------------------------------------------------- running
def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run one command line; returns the exit status (see the module docstring)."""
    environ = os.environ if environ is None else environ
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    inp = sys.stdin if stdin is None else stdin
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "simulate":
        return _simulate(args_list[1:])  # its own parser, so `simulate --help` is its help
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    human = bool(getattr(args, "human", False))
    verbose = bool(getattr(args, "verbose", False))
    attempts = _Attempts(err, verbose)
    try:
        settings = Settings.read(args, environ)
        with _logging(err, verbose=verbose):
            return _run(args, settings, environ, out, err, inp, attempts)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return EXIT_INTERRUPTED
    except (UsageError, AgentGatewayError) as error:
        attempts.explain(error)
        return _report(error, human, err)


@contextlib.contextmanager
def _logging(err: TextIO, *, verbose: bool) -> Iterator[None]:
    """The package's log lines go to ``err`` while the command runs (requests with -v).

    Afterwards they are dropped: a background event poll cut off by the exit is no news.
    """
    logger = logging.getLogger("cec_agentgateway")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s %(message)s"))
    level = logger.level
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _simulate(argv: list[str]) -> int:
    from ..simulator import main as simulator_main

    try:
        simulator_main(argv, prog=f"{PROG} simulate")
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 0
    return 0


def _run(
    args: argparse.Namespace,
    settings: Settings,
    environ: Mapping[str, str],
    out: TextIO,
    err: TextIO,
    inp: TextIO,
    attempts: _Attempts,
) -> int:
    if args.command == "demo" and args.scenario == "supervisor":
        from .._demo_supervisor import run as run_supervisor

        run_supervisor(out=out)
        return 0
    if args.command == "demo" and args.scenario == "desk":
        from .._demo_desk import run as run_desk

        run_desk(out=out)
        return 0
    if args.command == "demo":
        from .._demo import run

        run(rotation=args.rotation, out=out)
        return 0
    if args.command == "spec":
        return _spec(args, out)
    with _gateway(settings, attempts) as gw:
        if args.command == "sign-in":
            return sign_in(gw, settings, args, environ, out, err)
        agent_id = settings.require_agent()
        command: Command | None = getattr(args, "agent_command", None)
        if command is not None and command.stores_guid and settings.guid_file is None:
            raise UsageError(f"{command.name} needs --guid-file to store the new Guid")
        rotated: list[bool] = []

        def on_guid_change(guid: str) -> None:
            rotated.append(True)
            settings.store_guid(guid)

        agent = gw.agent(agent_id, guid=settings.guid(environ), on_guid_change=on_guid_change)
        try:
            if args.command == "wallboard":
                return wallboard(agent, args, out)
            if command is None:  # events
                return events(agent, settings, args, out)
            result = _call(command, agent, args, environ, inp)
            if command.stores_guid and agent.guid is not None:
                settings.store_guid(agent.guid)
            if command.method == "sign_out":
                settings.clear_guid()  # the Guid is dead: the next command says so
            print(render(result, human=settings.human), file=out, flush=True)
            return 0
        finally:
            if rotated and settings.guid_file is None and not (command and command.stores_guid):
                print(
                    f"{PROG}: the gateway rotated the Guid; it was not stored "
                    "(use --guid-file to keep it)",
                    file=err,
                )


def _call(
    command: Command,
    agent: Any,
    args: argparse.Namespace,
    environ: Mapping[str, str],
    inp: TextIO,
) -> Any:
    """Call the command's method; what is printed (the outcome event with ``--wait``)."""
    positional, keywords = command.call_arguments(args, environ)
    context = Context(agent, inp)
    for step in command.prepare:
        step(keywords, context)
    method = agent_method(agent, command.method)
    if not (command.outcome and keywords.get("wait")):
        result = method(*positional, **keywords)
        return result if command.then is None else command.then(context, result)
    with agent.events() as stream:  # sees the events the method awaits
        method(*positional, **keywords)
        while True:
            try:
                event = stream.get(0)
            except (TimeoutError, StopIteration):
                return None
            if event.type.value in command.outcome:
                return event


def _spec(args: argparse.Namespace, out: TextIO) -> int:
    from .. import spec

    if args.out is not None and args.types is None and args.example is None:
        raise UsageError("spec --out DIR goes with --types ts or --example ts")
    if args.example is not None and args.out is None:
        raise UsageError("spec --example ts needs --out DIR")
    if args.text:
        out.write(spec.text())
    elif args.table:
        out.write(spec.table_path(args.table).read_text(encoding="utf-8"))
    elif args.tables is not None:
        for written in _written(spec.write_tables, args.tables):
            print(written, file=out)
    elif args.example is not None:
        for written in _written(spec.write_example, args.out):
            print(written, file=out)
    elif args.types is not None and args.out is not None:
        for written in _written(spec.write_types, args.out):
            print(written, file=out)
    elif args.types is not None:
        # One module to stdout: the types (the runtime imports them, so it needs --out).
        out.write(spec.types_path().read_text(encoding="utf-8"))
    else:
        print(spec.path(), file=out)
    return 0


def _written(write: Callable[[str], list[Path]], directory: str) -> list[Path]:
    try:
        return write(directory)
    except OSError as error:
        raise UsageError(f"cannot write into {directory}: {error.strerror or error}") from None


def _gateway(settings: Settings, attempts: _Attempts) -> AgentGateway:
    kwargs: dict[str, Any] = {}
    if settings.ca_bundle is not None:
        kwargs["ca_bundle"] = settings.ca_bundle
    if settings.timeout is not None:  # the total of a call: every attempt and pause
        kwargs["timeout"] = kwargs["deadline"] = settings.timeout
    return AgentGateway(
        settings.require_url(),
        on_request=attempts.on_request,
        on_retry=attempts.on_retry,
        **kwargs,
    )
