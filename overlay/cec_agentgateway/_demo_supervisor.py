"""The supervisor demo: an inspector and an agent against the embedded gateway simulator.

An agent and an inspector sign in; a customer calls the agent; the inspector listens,
whispers, barges in and takes the call over (the agent is idle again); then it makes the
agent busy and idle again. Both sides' events are printed as they arrive. Run it with
``cec-agentgw demo supervisor`` (or ``scripts/demo supervisor`` in a checkout).
"""

from __future__ import annotations

import threading
import time
from typing import TextIO

from ._agent import Agent
from ._client import AgentGateway
from ._demo import describe
from .simulator import GatewaySimulator

__all__ = ["run"]

INSPECTOR, AGENT = "153", "155"
PASSWORD = "s3cret-demo"


def _follow(who: str, agent: Agent, stop: threading.Event, out: TextIO) -> None:
    with agent.events() as events:
        while True:
            try:
                event = events.get(0.2)
            except TimeoutError:
                if stop.is_set():
                    return
                continue
            print(f"  {who:<9} {describe(event)}", file=out, flush=True)


def run(*, out: TextIO) -> None:
    """The whole scenario, printed to ``out``."""

    def say(text: str) -> None:
        time.sleep(0.2)  # let both sides' events of the previous step print first
        print(text, file=out, flush=True)

    sim = GatewaySimulator(poll_wait=0.1, guid_rotation=None)
    sim.add_agent(INSPECTOR, password=PASSWORD, phone="40038")
    sim.add_agent(AGENT, password=PASSWORD, phone="40039")
    sim.set_agent_group(AGENT, "Hotline")
    stop = threading.Event()
    with (
        AgentGateway(transport=sim.transport(), poll_interval=0.05) as gw,
        gw.sign_in(INSPECTOR, password=PASSWORD, phone="40038") as sup,
        gw.sign_in(AGENT, password=PASSWORD, phone="40039") as agent,
    ):
        followers = [
            threading.Thread(target=_follow, args=(name, who, stop, out))
            for name, who in (("agent", agent), ("inspector", sup))
        ]
        for follower in followers:
            follower.start()
        try:
            say(f"inspector {INSPECTOR} and agent {AGENT} signed in")
            call_id = sim.offer_call(AGENT, caller="70004")
            say(f"a customer (70004) calls agent {AGENT}: call {call_id}")
            with sup.monitor(AGENT) as monitor:
                monitor.listen()
                say("the inspector listens (addsupervise); nobody notices")
                monitor.whisper()
                say("the inspector whispers to the agent (the customer does not hear)")
                monitor.barge_in()
                say("the inspector barges in: all three talk")
                monitor.take_over()
                say("the inspector takes the call over; the agent is free again")
            sim.end_call(INSPECTOR)
            say("the customer hangs up on the inspector")
            sup.team.force_busy(AGENT)
            say(f"the inspector makes agent {AGENT} busy")
            for member in sup.team.agents():
                state = member.state.name if member.state is not None else "?"
                say(f"  team: {member.work_no} {state} ({member.group or 'no group'})")
            sup.team.force_idle(AGENT)
            say(f"the inspector makes agent {AGENT} idle again")
        finally:
            stop.set()
            for follower in followers:
                follower.join()
    say("both signed out")
