"""The quick-start demo: a full agent session against the embedded gateway simulator.

Everything runs in-process (no gateway, no network): the simulator plays the CC-Gateway,
the client signs an agent in, makes it busy and ready again, follows its events while a
customer call comes in, reads the call's information and data, asks for a rest after the
call, sets up a conference, rests once the call is over and becomes ready again; then
takes a second call, consults a colleague, brings the three parties together, transfers a
third call, and signs out. Run it with ``cec-agentgw demo`` (or ``scripts/demo`` in a
checkout).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TextIO

from ._agent import Agent
from ._client import AgentGateway
from ._errors import InvalidCredentialsError
from ._events import Event
from .generated.models import (
    ConferenceIdContent,
    EventType,
    IncomingCallInfoContent,
    InternalTransferMode,
    NotReadyContent,
    TransferDeviceType,
)
from .simulator import GatewaySimulator

__all__ = ["run"]

AGENT, PASSWORD, PHONE = "153", "s3cret-demo", "40038"
COLLEAGUE, COLLEAGUE_PASSWORD, COLLEAGUE_PHONE = "154", "colleague-demo", "40039"

Say = Callable[[str], None]


def describe(event: Event) -> str:
    """One line per event, with the content that matters for the common types."""
    text = f"{event.type.value:<32} {event.type.description}"
    if isinstance(event.content, IncomingCallInfoContent):
        text += f" [call {event.content.call_id} from {event.content.caller}]"
    elif isinstance(event.content, ConferenceIdContent):
        text += f" [conference {event.content.conf_id}]"
    elif isinstance(event.content, NotReadyContent):
        text += f" [reason {event.content.reason}]"
    elif event.call_id is not None:  # a call ID (Hold, Call_Release, Talking, ...)
        text += f" [call {event.call_id}]"
    return text


def print_events(agent: Agent, stop: threading.Event, say: Say) -> None:
    """Print the agent's events as they come, until ``stop`` is set and none is pending."""
    with agent.events() as events:
        while True:
            try:
                event = events.get(0.3)
            except TimeoutError:
                if stop.is_set():
                    return
                continue
            say(f"  event  {describe(event)}")


def handle_calls(sim: GatewaySimulator, agent: Agent, colleague: Agent, say: Say) -> None:
    """Answer a call, consult a colleague, talk together, hang up; then transfer a call."""
    stop = threading.Event()
    printer = threading.Thread(target=print_events, args=(agent, stop, say))
    printer.start()
    try:
        say("a second customer calls (answered automatically)")
        customer = agent.call_handle(sim.offer_call(AGENT, caller="70010"))
        say(f"consulting colleague {COLLEAGUE}; the customer waits on hold")
        helper = agent.consult(COLLEAGUE, wait=True, wait_timeout=5)
        say(f"  consultation {helper.call_id} connected; joining the three parties")
        customer.join()
        time.sleep(0.3)
        say("hanging up the three-party call")
        customer.release()
        time.sleep(0.3)
        say(f"a third customer calls; transferring it to agent {COLLEAGUE}")
        third = agent.call_handle(sim.offer_call(AGENT, caller="70011"))
        third.transfer(TransferDeviceType.AGENT, COLLEAGUE, InternalTransferMode.AFTER_SUCCESS)
        third.close()
        time.sleep(0.3)
        info = colleague.call_info()
        if info is not None:
            say(f"agent {COLLEAGUE} now talks to {info.caller} (call {_text(info.callid)})")
            sim.customer_hang_up(COLLEAGUE)
    finally:
        stop.set()
        printer.join()


def _meaning(value: object) -> str:
    """An enum member's meaning (the demo reads fields whose typing other work is changing)."""
    return str(getattr(value, "description", None) or value)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def run(rotation: float = 1.0, out: TextIO | None = None) -> None:
    """Run the demo session, printing what happens to ``out`` (default: standard output).

    ``rotation`` is the simulated Guid rotation period in seconds (the gateway's is 60).
    """

    printing = threading.Lock()

    def say(text: str) -> None:
        with printing:  # whole lines, also while the event printer's thread prints
            print(text, file=out, flush=True)

    def show_state(agent: Agent) -> None:
        status = agent.status()
        assert status is not None
        say(f"  gateway agent state: {_meaning(status.agent_state)}")

    sim = GatewaySimulator(poll_wait=0.3, guid_rotation=rotation)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    sim.add_agent(COLLEAGUE, password=COLLEAGUE_PASSWORD, phone=COLLEAGUE_PHONE)
    rotations: list[str] = []

    with AgentGateway(
        "https://cc-gateway.invalid:8043", transport=sim.transport(), poll_interval=0.05
    ) as gw:
        try:
            gw.sign_in(AGENT, password="wrong", phone=PHONE)
        except InvalidCredentialsError as error:
            say(f"sign-in with a wrong password: {error}")

        with gw.sign_in(
            AGENT, password=PASSWORD, phone=PHONE, status=4, on_guid_change=rotations.append
        ) as agent:
            signed_in = agent.sign_in_result
            assert signed_in is not None
            say(
                f"signed in: {agent!r}, at {signed_in.login_time_at:%H:%M:%S} UTC, "
                f"media {signed_in.mediatype}"
            )

            with agent.events() as events:
                # The agent's day: busy for a moment (cause 201), then ready for calls.
                agent.busy(201, wait=True)
                say("busy (cause 201): no calls are offered")
                show_state(agent)
                agent.ready()
                say("ready again")
                # A customer calls in a moment later; the simulator answers it at once.
                threading.Timer(
                    0.2,
                    lambda: sim.offer_call(
                        AGENT, caller="70004", called="60015", app_data="orderId=42;vip=true"
                    ),
                ).start()
                for event in events:
                    say(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_EVENT_TALKING:
                        break

            call = agent.call_info()
            assert call is not None
            say(
                f"in a call: {call.callid} {call.caller} -> {call.called}, "
                f"{_meaning(call.callfeature)} ({_meaning(call.media_type)})"
            )
            say(
                f"  call data (sent as Base64, decoded here): "
                f"{agent.call_app_data(_text(call.callid), base64=True)!r}"
            )
            show_state(agent)
            # A break after this call: during the call it is only remembered (pre-rest).
            agent.rest(1, cause=3)
            say("asked for a 1-second rest (cause 3) after the call")
            show_state(agent)

            conference = agent.request_conference(3, time=30)
            say(f"conference {conference.conf_id} set up, chaired by agent {conference.agent_id}")
            for conf in agent.query_conferences([conference.conf_id]):
                parties = ", ".join(
                    f"{p.address} ({_meaning(p.role)})" for p in _items(conf.addresses)
                )
                say(f"  {_meaning(conf.conf_state)} for {conf.apply_conf_time_duration}: {parties}")

            # The conference ends and the customer hangs up (the simulator plays both parts);
            # signing out in a call would be refused with 100-010.
            sim.end_conference(conference.conf_id)
            sim.end_call(AGENT)
            with agent.events() as events:
                # The call is released, the rest begins, and its time runs out (a reminder:
                # the agent keeps resting until it is made ready).
                for event in events:
                    say(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_STATE_REST_TIMEOUT:
                        break
                show_state(agent)
                agent.ready()
                for event in events:
                    say(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_STATE_CANCEL_REST_SUCCESS:
                        break
                say("ready again after the rest")
                show_state(agent)

            with gw.sign_in(
                COLLEAGUE, password=COLLEAGUE_PASSWORD, phone=COLLEAGUE_PHONE
            ) as colleague:
                handle_calls(sim, agent, colleague, say)
        say(f"signed out; the gateway rotated the Guid {len(rotations)} time(s) meanwhile")
        say(f"the simulator saw {len(sim.requests)} requests")
