"""A local CC-Gateway simulator: run and test clients without a real gateway.

It answers the operations of openapi.yaml with the gateway's envelopes and retcodes, keeps
agents, sessions, Guids (with dynamic rotation), per-agent event queues, calls and
conferences, and serves them in-process through httpx transports or over loopback HTTP::

    import httpx
    from cec_agentgateway.simulator import GatewaySimulator

    sim = GatewaySimulator(poll_wait=0.5)
    sim.add_agent("153", password="secret", phone="40038")

    with httpx.Client(base_url="http://sim/agentgateway/resource",
                      transport=sim.transport()) as http:
        signed_in = http.put("/onlineagent/153", json={"password": "secret",
                                                       "phonenum": "40038"})
        guid = signed_in.headers["Set-GUID"].removeprefix("JSESSIONID=")
        sim.offer_call("153", caller="70004", app_data="orderId=42")
        poll = http.get("/agentevent/153", headers={"Guid": guid}).json()
        print(poll["event"]["eventType"])   # AgentOther_InService: oldest first

    with sim.serve() as server:          # http://127.0.0.1:<port>, for any language
        print(server.url)

From a shell (for other languages and manual tests; Ctrl-C stops it)::

    python -m cec_agentgateway.simulator --port 8043 --agent 153:secret:40038 \\
        --unreachable 99999

``--guid-rotation SECONDS`` (0: never) and ``--idle-timeout SECONDS`` set the session
rules, ``-v`` logs every request (method, path, status, retcode: never a Guid) to standard
error. ``--read-timeout``, ``--request-timeout``, ``--keep-alive-timeout``,
``--max-connections`` and ``--max-body-bytes`` bound what a peer may hold or send (see
:class:`SimulatorServer`). ``--control`` serves a JSON control endpoint under ``/__sim__/``
to loopback clients, so tests in any language can script the simulator over HTTP::

    curl -s -X POST localhost:8043/__sim__/offer_call -d '{"agent": "153", "caller": "70004"}'
    # {"ok": true, "callId": "1455885056-1095"}
    curl -s -X POST localhost:8043/__sim__/inject -d '{"agent": "153", "retcode": "100-007"}'
    curl -s localhost:8043/__sim__/state

``POST /__sim__/end_call``, ``push_event``, ``set_app_data``, ``inject`` (a retcode, an
HTTP status or a dropped connection), ``clear_faults``, ``force_sign_out`` and ``command``
(any line below) take a JSON object; answers are ``{"ok": true, ...}`` or HTTP 400 with
``{"ok": false, "error": ...}``. Without ``--control``, or from another host, every
``/__sim__/`` path answers 404. ``GET /__sim__/`` lists every control; the project's
docs/simulator.md ("The control endpoint") gives the fields of each.

Lines on its standard input drive calls (``offer 153 70004`` offers an inbound call to an
idle agent, ``offer 153 70004 force`` whatever its state,
``hangup 153`` makes the customer hang up, ``connect 153`` / ``fail 153`` decide a dialled
call when ``--manual-connect`` is given); each answers one line, ``ok ...`` or ``error ...``.

What it simulates:

* Sign-in (signIn, forceSignIn, signInPlatformOnly): body checked against the spec's
  bounds (string-typed numbers and booleans accepted, as in the reference example);
  100-004 for a wrong password or an unknown agent, 100-002 when already signed in, a
  takeover for forceSignIn (the old Guid gets 100-006), events by ``status``. Status 8
  (documentation issue 24) signs in resting, with AgentState_SetRest_Success (``time`` is
  required; the rest does not time out); ``signInMode`` is kept and syncagentinfo reports it.
* The ``Guid`` header on every other operation (100-006 when missing, wrong, expired or of
  another agent); dynamic rotation on poll and heartbeat answers (``Set-GUID``); updateGuid.
* Idle sign-out after ``idle_timeout`` without poll or heartbeat.
* Long polling: one event per answer, oldest first; an empty poll answers after
  ``poll_wait``; a waiting poll wakes as soon as an event is queued. After a sign-out the
  remaining events, ending with AgentOther_ShutdownService, can still be polled; then 100-006.
* Sign-out (100-010 during a call), forced sign-out (the call is released), with reason.
* Calls (:meth:`~GatewaySimulator.offer_call`, ``answer_call``, ``end_call``) with call
  information, call data (Base64 on request) and agent state; syncagentinfo (which clears
  the pending events, as the spec warns). As a gateway's queue, ``offer_call`` offers a
  call only to an idle agent: it raises :class:`SimulatorError` saying why (``agent 153 is
  busy (cause 201): a gateway queues the call instead``) when the agent is busy, resting,
  in wrap-up or in a call. ``force=True`` puts the call through whatever the agent's
  working state, as a direct call would (a forced call ends a rest). The simulator does
  not hold refused calls in a queue: make the agent ready, then offer again.
* Voice call control (callout, answer, hold, gethold, release, callinner, innerhelp,
  confjoin, transfer, canceltransfer, mute, seconddialex, connecthold, dropcall,
  disconnect, snatchpickup, phone linkage, previewcallout and cancelPreviewCallout for
  previews offered with ``offer_preview``): a call state machine per agent with the vendor
  pages' event shapes (call IDs as plain-string contents); outbound calls connect at once,
  or on ``connect_call`` after ``set_auto_connect(False)``, or fail for numbers given to
  ``make_unreachable``; internal calls and consultations to the simulator's agents ring
  there and connect when that agent answers; transfers succeed (a call transferred to a
  simulator agent is offered to it), fail or wait (``set_transfer_outcome``,
  ``complete_transfer``);
  ``customer_hang_up``; DTMF recorded (``dtmf``); 200-xxx retcodes when there is no call.
* Call data: setcalldataex (Base64 with ``isDataEncoded``, what ``appdata`` returns
  afterwards), callinfobycallid, holdlist, allcallid, callinfobeforeanswer (the ringing
  call, with or without its ID).
* Conferences: requestAgentConf's events, failures on demand, queryConfInfos in either
  result shape, timeout warnings (AgentConf_Timeout) on the simulator's clock.
* Skill queues (``sim.queues``): resetskill, the counts and statistics computed from the
  simulated agents and calls, calls queued with ``queue_call`` and offered to the agent
  idle longest; the gateway's queue-query limit (5 per agent and interface every 2 s,
  then 000-007; ``queue_query_limit=`` / ``QueryLimit`` to change or drop it).
* Watchers (``watch``, ``watched_events``): a session receives copies of other agents'
  state and call events, as an inspector or a wallboard; rights (``withhold_right``).
* Quality control: inspectors listen, barge in, whisper (and switch between them), take a
  call over, force agents busy, idle, resting or signed out and release their calls; the
  agents get the events; refusals 000-005, 900-002 (``withhold_right``), 900-004, 900-005;
  allagentevent from the watcher mechanism (``quality_control.supervision``).
* Faults injected in front of the gateway (:class:`Fault`): HTTP error pages, empty or
  broken bodies, any retcode, transport errors; error envelopes with ``result`` null,
  absent or ``""`` (``error_result=``).
* The desk's extras: the softphone token (logininfo), the customised state, the legacy PUT
  heartbeat, settalkright (an agent with ``flag=0`` is not offered queued calls), the
  password change with the older table's rules and a forced change at sign-in
  (``require_password_change``: isForceChange "true", other operations 100-020 until
  modifyaccountpwdex); IVR flows and access codes (``add_ivr_flow``, ``add_access_code``);
  queued calls (``queue_call``) listed by waitcallinfo, picked with requestcall, moved with
  assignuserinqueue, counted by the queue statistics; callinnerskill rings the queue's
  agent idle longest; allcallinfoEx (inspect right); the legacy release, seconddial and
  calldata forms.
* Push mode (``sim.pushing``): an agent signed in with ``callBackUri`` and ``serviceToken``
  gets its events POSTed to that URI in batches (``Guid`` and ``service_token`` headers),
  each batch sent again every ``retry_interval`` s until acknowledged, the agent signed out
  after ``fail_total`` s of failures; its polls get 000-001.

The simulator is a core with one module per operation family (``sim.session``,
``sim.state``, ``sim.calls``, ``sim.preview_calls``, ``sim.transfers``, ``sim.call_data``,
``sim.queues``, ``sim.groups``, ``sim.messages``, ``sim.conferences``,
``sim.quality_control``); the flat methods
above are the families' own. See docs/simulator.md in the source tree.

Not simulated: TLS (callback URIs may be plain http), the inspector's
audio (monitoring changes states only), and the operations the spec does not describe.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import logging
import socket
import sys
import threading
from collections.abc import Sequence
from typing import NoReturn, TextIO

from ._simulator._family import UsageError
from ._simulator._faults import Fault
from ._simulator._gateway import GatewaySimulator, QueryLimit
from ._simulator._model import ManualClock, RequestRecord, SimulatorError
from ._simulator._pushing import PushAttempt, PushDelivery
from ._simulator._server import SimulatorServer

__all__ = [
    "Fault",
    "GatewaySimulator",
    "ManualClock",
    "PushAttempt",
    "PushDelivery",
    "QueryLimit",
    "RequestRecord",
    "SimulatorError",
    "SimulatorServer",
    "command_usages",
    "main",
    "run_command",
]


#: Exit status of ``main`` when it cannot listen (address in use or not available, a port
#: out of range); the reason is one JSON line on standard error.
EXIT_CANNOT_LISTEN = 7


def main(
    argv: Sequence[str] | None = None,
    commands: TextIO | None = None,
    *,
    prog: str = "python -m cec_agentgateway.simulator",
) -> None:
    """Serve a simulator over HTTP until interrupted (``python -m cec_agentgateway.simulator``).

    Scenario commands, one per line, are read from ``commands`` (default: standard input),
    so a test written in any language can drive calls; see :func:`run_command`. When it
    cannot listen it prints one JSON line to standard error and exits with status 7.
    """
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve a simulated CC-Gateway over plain HTTP.",
        epilog="Commands on standard input: "
        + "; ".join(command_usages(GatewaySimulator()).values()),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8043, help="port (0: any free port)")
    parser.add_argument(
        "--agent",
        action="append",
        metavar="ID:PASSWORD[:PHONE]",
        help="an agent account (repeatable; default 153:secret:40038)",
    )
    parser.add_argument("--poll-wait", type=float, default=10.0, help="seconds an empty poll waits")
    parser.add_argument(
        "--poll-jitter",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="shorten each empty poll's wait by up to this share of it, at random (0 to 1,"
        " default 0), so that thousands of polls begun together end apart",
    )
    parser.add_argument(
        "--guid-rotation",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="rotate a session's Guid after this long, announced in Set-GUID (default 60;"
        " 0: never, as --static-guid)",
    )
    parser.add_argument("--static-guid", action="store_true", help="never rotate Guids")
    parser.add_argument(
        "--idle-timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="sign out an agent that neither polls nor sends a heartbeat for this long"
        " (default 120, as the gateway)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse (415) a request without Content-Type: application/json, which the"
        " reference requires on every request (default: accept it, as many clients omit it)",
    )
    parser.add_argument(
        "--control",
        action="store_true",
        help="serve the JSON control endpoint under /__sim__/ to loopback clients"
        " (offer_call, end_call, push_event, set_app_data, inject, command, state)",
    )
    limits = parser.add_argument_group(
        "limits per connection",
        "what a peer may take or send (none of them cuts a long poll held for --poll-wait)",
    )
    limits.add_argument(
        "--read-timeout",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="longest silence while a request is read or an answer written (default 5)",
    )
    limits.add_argument(
        "--request-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="longest a request may take to arrive, headers and body (default 10; then 408)",
    )
    limits.add_argument(
        "--keep-alive-timeout",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="how long a connection may wait idle between requests (default 15)",
    )
    limits.add_argument(
        "--max-connections",
        type=int,
        default=None,
        metavar="N",
        help="connections open at once (a thread each only while a request is served);"
        " more are answered 503"
        " (default 2048, or half the file-descriptor limit when lower)",
    )
    limits.add_argument(
        "--max-body-bytes",
        type=int,
        default=1024 * 1024,
        metavar="N",
        help="largest request body; a larger one is answered 413 (default 1048576)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log each request (method, path, status, retcode) to standard error",
    )
    parser.add_argument(
        "--unreachable",
        action="append",
        default=[],
        metavar="NUMBER",
        help="outbound calls to NUMBER fail with AgentEvent_Call_Out_Fail (repeatable)",
    )
    parser.add_argument(
        "--manual-connect",
        action="store_true",
        help="dialled numbers answer only on the command 'connect AGENT'",
    )
    args = parser.parse_args(argv)
    for name in ("poll_wait", "guid_rotation", "idle_timeout"):
        if not getattr(args, name) >= 0:  # also refuses nan
            parser.error(f"--{name.replace('_', '-')} must be 0 or more seconds")
    for name in ("read_timeout", "request_timeout", "keep_alive_timeout"):
        if not getattr(args, name) > 0:
            parser.error(f"--{name.replace('_', '-')} must be more than 0 seconds")
    if args.max_connections is not None and args.max_connections < 1:
        parser.error("--max-connections must be 1 or more")
    if args.max_body_bytes < 0:
        parser.error("--max-body-bytes must be 0 or more")
    if not 0 <= args.poll_jitter <= 1:
        parser.error("--poll-jitter must be from 0 to 1")
    if args.verbose:
        _log_requests()
    static = args.static_guid or args.guid_rotation == 0
    simulator = GatewaySimulator(
        poll_wait=args.poll_wait,
        poll_jitter=args.poll_jitter,
        guid_rotation=None if static else args.guid_rotation,
        idle_timeout=args.idle_timeout,
        strict=args.strict,
    )
    for account in args.agent or ["153:secret:40038"]:
        agent_id, _, rest = account.partition(":")
        password, _, phone = rest.partition(":")
        simulator.add_agent(agent_id, password=password, phone=phone or None)
    simulator.make_unreachable(*args.unreachable)
    simulator.set_auto_connect(not args.manual_connect)
    if not 0 <= args.port <= 65535:
        _cannot_listen(args.host, args.port, "the port is out of range (0-65535)")
    try:
        serving = SimulatorServer(
            simulator,
            args.host,
            args.port,
            control=args.control,
            commands=lambda line: run_command(simulator, line),
            read_timeout=args.read_timeout,
            request_timeout=args.request_timeout,
            keep_alive_timeout=args.keep_alive_timeout,
            max_connections=args.max_connections,
            max_body_bytes=args.max_body_bytes,
        )
    except (OSError, OverflowError) as error:
        _cannot_listen(args.host, args.port, _bind_problem(error))
    with serving as server:
        print(f"simulated CC-Gateway at {server.url}/agentgateway/resource", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            for line in commands if commands is not None else sys.stdin:
                print(run_command(simulator, line), flush=True)
            threading.Event().wait()


def _bind_problem(error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        return "the host name is not known"
    number = getattr(error, "errno", None)
    if number == errno.EADDRINUSE:
        return "the address is in use (another simulator or gateway on that port?)"
    if number == errno.EADDRNOTAVAIL:
        return "the address is not one of this machine's"
    if number == errno.EACCES:
        return "permission denied (ports below 1024 need privileges)"
    if isinstance(error, OverflowError):
        return "the port is out of range (0-65535)"
    return f"{type(error).__name__}: {error}"


def _cannot_listen(host: str, port: int, problem: str) -> NoReturn:
    """One JSON line on standard error, then exit status 7 (EXIT_CANNOT_LISTEN)."""
    document = {
        "error": "CannotListen",
        "message": f"cannot listen on {host}:{port}: {problem}",
        "host": host,
        "port": port,
        "remedy": "--port 0 picks a free port; --host 127.0.0.1 listens on loopback",
        "exit_status": EXIT_CANNOT_LISTEN,
    }
    print(json.dumps(document), file=sys.stderr, flush=True)
    raise SystemExit(EXIT_CANNOT_LISTEN)


def _log_requests() -> None:
    """``-v``: one line per request on standard error (never a Guid or a body)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logger = logging.getLogger("cec_agentgateway.simulator")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def command_usages(simulator: GatewaySimulator) -> dict[str, str]:
    """The scenario command lines the simulator's families offer: name -> usage."""
    return {name: usage for name, (usage, _) in sorted(simulator.commands.items())}


def run_command(simulator: GatewaySimulator, line: str) -> str:
    """Run one scenario command line (see :func:`command_usages`); the answer is ``ok ...`` or
    ``error ...``. Each family registers its own commands (``offer``, ``hangup``,
    ``transfers``, ``watch``...)."""
    words = line.split()
    if not words:
        return "ok"
    found = simulator.commands.get(words[0].lower())
    if found is None:
        return "error unknown command; " + "; ".join(command_usages(simulator).values())
    usage, run = found
    try:
        return run(words[1:])
    except UsageError:
        return f"error unknown command {line.strip()!r}; usage: {usage}"
    except (SimulatorError, ValueError) as error:
        return f"error {error}"


if __name__ == "__main__":
    main()
