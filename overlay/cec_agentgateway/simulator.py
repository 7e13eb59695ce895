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

    python -m cec_agentgateway.simulator --port 8043 --agent 153:secret:40038

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
  the pending events, as the spec warns).
* Conferences: requestAgentConf's events, failures on demand, queryConfInfos in either
  result shape, timeout warnings (AgentConf_Timeout) on the simulator's clock.
* Faults injected in front of the gateway (:class:`Fault`): HTTP error pages, empty or
  broken bodies, any retcode, transport errors.

Not simulated: push mode delivery (agents signed in with ``callBackUri`` and
``serviceToken`` get 000-001 on polls; their events stay queued), TLS, inspectors, voice
call control and the operations the spec does not describe.
"""

from __future__ import annotations

import argparse
import contextlib
import threading
from collections.abc import Sequence

from ._simulator._faults import Fault
from ._simulator._gateway import GatewaySimulator
from ._simulator._model import ManualClock, RequestRecord, SimulatorError
from ._simulator._server import SimulatorServer

__all__ = [
    "Fault",
    "GatewaySimulator",
    "ManualClock",
    "RequestRecord",
    "SimulatorError",
    "SimulatorServer",
    "main",
]


def main(argv: Sequence[str] | None = None) -> None:
    """Serve a simulator over HTTP until interrupted (``python -m cec_agentgateway.simulator``)."""
    parser = argparse.ArgumentParser(
        prog="python -m cec_agentgateway.simulator",
        description="Serve a simulated CC-Gateway over plain HTTP.",
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
    parser.add_argument("--static-guid", action="store_true", help="never rotate Guids")
    args = parser.parse_args(argv)
    simulator = GatewaySimulator(
        poll_wait=args.poll_wait, guid_rotation=None if args.static_guid else 60.0
    )
    for account in args.agent or ["153:secret:40038"]:
        agent_id, _, rest = account.partition(":")
        password, _, phone = rest.partition(":")
        simulator.add_agent(agent_id, password=password, phone=phone or None)
    with simulator.serve(args.host, args.port) as server:
        print(f"simulated CC-Gateway at {server.url}/agentgateway/resource", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
