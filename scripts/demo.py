"""Quick-start demo: a full agent session against the embedded gateway simulator.

Everything runs in-process (no gateway, no network): the simulator plays the CC-Gateway,
the client signs an agent in, makes it busy and ready again, follows its events while a
customer call comes in, reads the call's information and data, asks for a rest after the
call, sets up a conference, rests once the call is over, becomes ready again, and signs out.
"""

from __future__ import annotations

import argparse
import threading

from cec_agentgateway import (
    Agent,
    AgentGateway,
    ConferenceIdContent,
    Event,
    EventType,
    IncomingCallInfoContent,
    InvalidCredentialsError,
)
from cec_agentgateway.simulator import GatewaySimulator

AGENT, PASSWORD, PHONE = "153", "s3cret-demo", "40038"


def describe(event: Event) -> str:
    """One line per event, with the content that matters for the common types."""
    text = f"{event.type.value:<32} {event.type.description}"
    if isinstance(event.content, IncomingCallInfoContent):
        text += f" [call {event.content.call_id} from {event.content.caller}]"
    elif isinstance(event.content, ConferenceIdContent):
        text += f" [conference {event.content.conf_id}]"
    elif isinstance(event.content, dict) and "reason" in event.content:
        text += f" [reason {event.content['reason']}]"
    return text


def show_state(agent: Agent) -> None:
    status = agent.status()
    assert status is not None
    print(f"  gateway agent state: {status.agent_state.description}")


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
                # The agent's day: busy for a moment (cause 201), then ready for calls.
                agent.busy(201, wait=True)
                print("busy (cause 201): no calls are offered")
                show_state(agent)
                agent.ready()
                print("ready again")
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
            show_state(agent)
            # A break after this call: during the call it is only remembered (pre-rest).
            agent.rest(1, cause=3)
            print("asked for a 1-second rest (cause 3) after the call")
            show_state(agent)

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
                # The call is released, the rest begins, and its time runs out (a reminder:
                # the agent keeps resting until it is made ready).
                for event in events:
                    print(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_STATE_REST_TIMEOUT:
                        break
                show_state(agent)
                agent.ready()
                for event in events:
                    print(f"  event  {describe(event)}")
                    if event.type is EventType.AGENT_STATE_CANCEL_REST_SUCCESS:
                        break
                print("ready again after the rest")
                show_state(agent)
        print(f"signed out; the gateway rotated the Guid {len(rotations)} time(s) meanwhile")
        print(f"the simulator saw {len(sim.requests)} requests")


if __name__ == "__main__":
    main()
