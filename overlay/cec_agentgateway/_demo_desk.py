"""The live desk's demo: an agent's day against the embedded simulator, as the desk sees it.

``cec-agentgw demo desk`` (``scripts/demo desk``) signs an agent in, starts an
:class:`~cec_agentgateway.AgentDesk` and prints every change of its model as it happens,
while the simulator plays the customers: a call that is held, retrieved, consulted on
and turned into a three-party call; a missed call; busy asked for during a call; a chat;
a restart mid-call, where a new client adopts the Guid and a new desk shows the call; and,
last, the agent signs in again in push mode: the simulator pushes its events to a
:class:`~cec_agentgateway.PushReceiver`, whose sink is a desk made with ``poll=False``.

Where the desk's events come from is a parameter (``desk_for``): by default the session's
event polling. A push receiver feeds a desk made with ``poll=False`` through
``desk.apply(event)``; a ``desk_for`` that wires one in runs the same day on pushed events.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TextIO

import httpx

from ._agent import Agent
from ._client import AgentGateway
from ._live_desk import AgentDesk
from ._live_desk_model import (
    CallChange,
    ChatChange,
    DeskCall,
    DeskChange,
    Resynced,
    StateChange,
)
from ._push import PushReceiver
from .generated.models import GatewayAgentState
from .simulator import GatewaySimulator

__all__ = ["DeskFactory", "describe", "polling_desk", "run"]

AGENT, PASSWORD, PHONE = "153", "s3cret-demo", "40038"
COLLEAGUE, COLLEAGUE_PASSWORD, COLLEAGUE_PHONE = "154", "colleague-demo", "40039"
BASE = "https://cc-gateway.invalid:8043"
PUSH_TOKEN, PUSH_PATH = "DemoPush1", "/agentevent/pushresult"

Say = Callable[[str], None]
#: Makes the (not yet started) desk of an agent: the seam for the event source.
DeskFactory = Callable[[GatewaySimulator, Agent], AgentDesk]


def polling_desk(sim: GatewaySimulator, agent: Agent) -> AgentDesk:
    """The default event source: the desk follows the session's event polling."""
    return AgentDesk(agent)


def _call_text(call: DeskCall) -> str:
    parties = f"{call.caller or '?'} -> {call.called or '?'}"
    text = f"call {call.call_id} {call.state.value:<10} {parties}"
    if call.partners:
        text += f" with {', '.join(call.partners)}"
    if call.ended:
        text += f"; {call.release_reason} ({call.released_by})"
        if call.missed:
            text += ", MISSED"
    return text


def describe(change: DeskChange) -> str:
    """One line per change of the desk's model."""
    if isinstance(change, StateChange):
        state = change.state
        if state.state is change.previous.state:
            text = f"agent      {state.state.name}"
        else:
            text = f"agent      {change.previous.state.name} -> {state.state.name}"
        if state.pending is not None:
            text += f" (pending: {state.pending.name})"
        if state.busy_reason:
            text += f" (cause {state.busy_reason})"
        return f"{text}  [{change.cause}]"
    if isinstance(change, CallChange):
        return f"{change.kind.value:<11}{_call_text(change.call)}"
    if isinstance(change, ChatChange):
        chat = change.chat
        return f"chat       {chat.call_id} {chat.state.value} with {chat.customer}"
    assert isinstance(change, Resynced)
    return f"resync     the model was rebuilt from the gateway ({change.reason})"


def _wait(done: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the desk did not show {what} in time")
        time.sleep(0.01)


class _Printer:
    """Prints a desk's changes as they come, on a thread of its own."""

    def __init__(self, desk: AgentDesk, say: Say) -> None:
        self._changes = desk.changes()
        self._say = say
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for change in self._changes:
            self._say(f"  desk   {describe(change)}")

    def stop(self) -> None:
        self._changes.close()
        self._thread.join(2.0)


def _day(sim: GatewaySimulator, agent: Agent, desk: AgentDesk, say: Say) -> str:
    """The calls, the chat and the pending busy state; returns the call left up."""

    def current(state: str) -> Callable[[], bool]:
        return lambda: (c := desk.current_call) is not None and c.state.value == state

    say("a customer calls; the phone rings")
    call_id = sim.offer_call(AGENT, caller="70004", called="60015")
    _wait(current("ringing"), "the ringing call")
    agent.answer()
    _wait(current("talking"), "the answered call")
    say("the agent holds the customer, then takes the call back")
    agent.hold()
    _wait(lambda: desk.current_call is None, "the held call")
    agent.retrieve(call_id)
    _wait(current("talking"), "the retrieved call")
    say(f"the agent consults colleague {COLLEAGUE}, then brings the three parties together")
    agent.consult(COLLEAGUE)
    _wait(current("consulting"), "the consultation")
    agent.join_three_party(call_id)
    _wait(current("conference"), "the three-party call")
    say("the customer hangs up")
    sim.customer_hang_up(AGENT)
    _wait(lambda: desk.agent_state is GatewayAgentState.IDLE, "the agent idle")

    say("a second customer gives up while the phone rings")
    missed = sim.offer_call(AGENT, caller="70005")
    _wait(current("ringing"), "the ringing call")
    sim.customer_hang_up(AGENT)
    _wait(lambda: (c := desk.call(missed)) is not None and c.missed, "the missed call")
    _wait(lambda: desk.agent_state is GatewayAgentState.IDLE, "the agent idle")

    say("a third call; during it the agent asks to be busy afterwards (cause 201)")
    sim.offer_call(AGENT, caller="70006")
    _wait(current("ringing"), "the ringing call")
    agent.answer()
    _wait(current("talking"), "the answered call")
    desk.busy(201)
    say("the customer hangs up: the agent is busy now")
    sim.customer_hang_up(AGENT)
    _wait(lambda: desk.agent_state is GatewayAgentState.BUSY, "the agent busy")
    agent.ready()
    _wait(lambda: desk.agent_state is GatewayAgentState.IDLE, "the agent idle")

    say("a web chat: it rings, the agent answers, the customer leaves")
    chat_id = sim.chats.offer(AGENT, "alice")
    _wait(lambda: any(c.call_id == chat_id for c in desk.chats), "the chat")
    agent.answer_chat(chat_id)
    _wait(lambda: desk.chats[-1].state.value == "connected", "the connected chat")
    sim.chats.customer_leaves(chat_id)
    _wait(lambda: desk.chats[-1].state.value == "ended", "the ended chat")

    say("a fourth call is answered; then the desk's process stops mid-call")
    last = sim.offer_call(AGENT, caller="70007")
    _wait(current("ringing"), "the ringing call")
    agent.answer()
    _wait(current("talking"), "the answered call")
    return last


def run(out: TextIO | None = None, *, desk_for: DeskFactory = polling_desk) -> None:
    """Run the desk's day, printing what happens and every change of the model to ``out``."""
    printing = threading.Lock()

    def say(text: str) -> None:
        with printing:
            print(text, file=out, flush=True)

    sim = GatewaySimulator(poll_wait=0.2)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    sim.add_agent(COLLEAGUE, password=COLLEAGUE_PASSWORD, phone=COLLEAGUE_PHONE)
    transport = sim.transport()

    with (
        AgentGateway(BASE, transport=transport, poll_interval=0.02) as gw,
        gw.sign_in(COLLEAGUE, password=COLLEAGUE_PASSWORD, phone=COLLEAGUE_PHONE),
    ):
        # Not a ``with`` block: the session must outlive this "process" (see below).
        first = gw.sign_in(AGENT, password=PASSWORD, phone=PHONE, auto_answer=False)
        say(f"agent {AGENT} signed in; its desk starts")
        desk = desk_for(sim, first)
        printer = _Printer(desk, say)
        desk.start()
        call_id = _day(sim, first, desk, say)
        desk.close()
        printer.stop()
        guid = first.guid
        first.detach()  # the process "dies" (its client closes): the session lives on

    say("a new process adopts the agent's Guid and starts a new desk")
    with AgentGateway(BASE, transport=transport, poll_interval=0.02) as gw:
        adopted = gw.agent(AGENT, guid=guid)
        desk = desk_for(sim, adopted)
        printer = _Printer(desk, say)
        desk.start()
        shown = desk.current_call
        assert shown is not None and shown.call_id == call_id
        say(f"the new desk shows {_call_text(shown)}, agent {desk.agent_state.name}")
        say("the customer hangs up; the agent signs out")
        sim.customer_hang_up(AGENT)
        _wait(lambda: desk.agent_state is GatewayAgentState.IDLE, "the agent idle")
        adopted.sign_out()
        _wait(lambda: desk.agent_state is GatewayAgentState.SIGNED_OUT, "the sign-out")
        desk.close()
        printer.stop()
        _pushed_call(sim, gw, say)
    say("the day is over")


def _pushed_call(sim: GatewaySimulator, gw: AgentGateway, say: Say) -> None:
    """The agent signs in again in push mode; a push receiver feeds a desk that never polls."""
    receiver = PushReceiver(PUSH_TOKEN, path=PUSH_PATH)
    # In a real deployment the receiver is an ASGI app behind TLS; here the simulator
    # delivers straight into its WSGI form.
    sim.pushing.transport = httpx.WSGITransport(app=receiver.wsgi)
    say("the agent signs in again in push mode: its events are pushed to the desk's receiver")
    agent = gw.sign_in(
        AGENT,
        password=PASSWORD,
        phone=PHONE,
        auto_answer=False,
        callback_uri="https://desk.invalid" + PUSH_PATH,
        service_token=PUSH_TOKEN,
    )
    desk = AgentDesk(agent, poll=False)
    receiver.add_sink(desk, AGENT)
    printer = _Printer(desk, say)
    desk.start()
    _wait(lambda: desk.agent_state is GatewayAgentState.IDLE, "the agent idle")
    say("a pushed call: it rings, the agent answers, the customer hangs up")
    call_id = sim.offer_call(AGENT, caller="70008")
    _wait(lambda: desk.current_call is not None, "the pushed ringing call")
    agent.answer()
    _wait(
        lambda: (c := desk.current_call) is not None and c.state.value == "talking",
        "the pushed answered call",
    )
    sim.customer_hang_up(AGENT)
    _wait(lambda: (c := desk.call(call_id)) is not None and c.ended, "the pushed call's end")
    agent.sign_out()
    _wait(lambda: desk.agent_state is GatewayAgentState.SIGNED_OUT, "the pushed sign-out")
    desk.close()
    printer.stop()
    say(
        f"the receiver acknowledged {receiver.stats.batches} pushed batches "
        f"({receiver.stats.events} events)"
    )
