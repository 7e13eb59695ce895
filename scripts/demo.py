"""Quick-start demo: a full agent session against the embedded gateway simulator.

Everything runs in-process (no gateway, no network): the simulator plays the CC-Gateway,
the client signs an agent in, follows its events while a customer call comes in, reads the
call's information and data, sets up a conference; then takes a second call, consults a
colleague, brings the three parties together, transfers a third call, and signs out.
"""

from __future__ import annotations

import argparse
import threading
import time

from cec_agentgateway import (
    Agent,
    AgentGateway,
    ConferenceIdContent,
    Event,
    EventType,
    IncomingCallInfoContent,
    InternalTransferMode,
    InvalidCredentialsError,
    TransferDeviceType,
)
from cec_agentgateway.simulator import GatewaySimulator

AGENT, PASSWORD, PHONE = "153", "s3cret-demo", "40038"
COLLEAGUE, COLLEAGUE_PASSWORD, COLLEAGUE_PHONE = "154", "colleague-demo", "40039"


def describe(event: Event) -> str:
    """One line per event, with the content that matters for the common types."""
    text = f"{event.type.value:<32} {event.type.description}"
    if isinstance(event.content, IncomingCallInfoContent):
        text += f" [call {event.content.call_id} from {event.content.caller}]"
    elif isinstance(event.content, ConferenceIdContent):
        text += f" [conference {event.content.conf_id}]"
    elif isinstance(event.raw.content, str):  # a call ID (Hold, Call_Release, ...)
        text += f" [call {event.raw.content}]"
    elif isinstance(event.content, dict) and "callid" in event.content:
        details = ", ".join(f"{k}={v}" for k, v in event.content.items() if k != "callid")
        text += f" [call {event.content['callid']}: {details}]"
    return text


def print_events(agent: Agent, stop: threading.Event) -> None:
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


_PRINTING = threading.Lock()


def say(text: str) -> None:
    """Print a line whole, also while the event printer's thread prints."""
    with _PRINTING:
        print(text, flush=True)


def handle_calls(sim: GatewaySimulator, agent: Agent, colleague: Agent) -> None:
    """Answer a call, consult a colleague, talk together, hang up; then transfer a call."""
    stop = threading.Event()
    printer = threading.Thread(target=print_events, args=(agent, stop))
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
        third.transfer(
            TransferDeviceType.AGENT,
            COLLEAGUE,
            InternalTransferMode.AFTER_SUCCESS,
        )
        third.close()
        time.sleep(0.3)
        info = colleague.call_info()
        if info is not None:
            say(f"agent {COLLEAGUE} now talks to {info.caller} (call {info.callid})")
            sim.customer_hang_up(COLLEAGUE)
    finally:
        stop.set()
        printer.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--rotation",
        type=float,
        default=1.0,
        help="simulated Guid rotation period, seconds (the gateway's is 60)",
    )
    args = parser.parse_args()

    sim = GatewaySimulator(poll_wait=0.3, guid_rotation=args.rotation)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    sim.add_agent(COLLEAGUE, password=COLLEAGUE_PASSWORD, phone=COLLEAGUE_PHONE)
    rotations: list[str] = []

    with AgentGateway(
        "https://cc-gateway.invalid:8043", transport=sim.transport(), poll_interval=0.05
    ) as gw:
        try:
            gw.sign_in(AGENT, password="wrong", phone=PHONE)
        except InvalidCredentialsError as error:
            print(f"sign-in with a wrong password: {error}")

        with gw.sign_in(
            AGENT, password=PASSWORD, phone=PHONE, status=4, on_guid_change=rotations.append
        ) as agent:
            signed_in = agent.sign_in_result
            assert signed_in is not None
            print(
                f"signed in: {agent!r}, at {signed_in.login_time_at:%H:%M:%S} UTC, "
                f"media {signed_in.mediatype}"
            )

            with agent.events() as events:
                # A customer calls in a moment later; the simulator answers it at once.
                threading.Timer(
                    0.2,
                    lambda: sim.offer_call(
                        AGENT, caller="70004", called="60015", app_data="orderId=42;vip=true"
                    ),
                ).start()
                for event in events:
                    print(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_EVENT_TALKING:
                        break

            call = agent.call_info()
            assert call is not None
            print(
                f"in a call: {call.callid} {call.caller} -> {call.called}, "
                f"{call.callfeature.description} ({call.media_type.description})"
            )
            print(
                f"  call data (sent as Base64, decoded here): "
                f"{agent.call_app_data(call.callid, base64=True)!r}"
            )
            status = agent.status()
            assert status is not None
            print(f"  gateway agent state: {status.agent_state.description}")

            conference = agent.request_conference(3, time=30)
            print(f"conference {conference.conf_id} set up, chaired by agent {conference.agent_id}")
            for conf in agent.query_conferences([conference.conf_id]):
                parties = ", ".join(f"{p.address} ({p.role.description})" for p in conf.addresses)
                print(
                    f"  {conf.conf_state.description} for {conf.apply_conf_time_duration}: "
                    f"{parties}"
                )

            # The conference ends and the customer hangs up (the simulator plays both parts);
            # signing out in a call would be refused with 100-010.
            sim.end_conference(conference.conf_id)
            sim.end_call(AGENT)
            with agent.events() as events:
                for event in events:
                    print(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_EVENT_CALL_RELEASE:
                        break

            with gw.sign_in(
                COLLEAGUE, password=COLLEAGUE_PASSWORD, phone=COLLEAGUE_PHONE
            ) as colleague:
                handle_calls(sim, agent, colleague)
        print(f"signed out; the gateway rotated the Guid {len(rotations)} time(s) meanwhile")
        print(f"the simulator saw {len(sim.requests)} requests")


if __name__ == "__main__":
    main()
