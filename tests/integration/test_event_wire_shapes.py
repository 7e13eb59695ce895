"""Events with the wire shapes real gateways send, end to end through the gateway simulator.

The simulator queues each event exactly as given (``push_event``): call ID strings as the
content, numbers where the pages send text, null or numeric event types, timestamps outside
the calendar. The client must hand every one of them on, typed where the spec documents it,
and its polling must go on after each.
"""

from __future__ import annotations

import asyncio
from typing import Any

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    CallEventContent,
    CustomerReleaseContent,
    Event,
    EventType,
    NotReadyContent,
    PhoneAlertingContent,
)
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST: dict[str, Any] = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}
BEYOND_THE_CALENDAR = 99999999999999999

# (eventType, content, eventGenTime or None for the simulator's clock), in the order a call
# that is offered, answered, held, released and followed by a failed call-out would produce.
WIRE_EVENTS: list[tuple[Any, Any, Any]] = [
    ("AgentOther_PhoneAlerting", {"callid": "1-2", "caller": 70004, "type": "0"}, None),
    ("AgentEvent_Ringing", {"caller": 70004, "called": "153", "callid": "1-2", "type": "main",
                            "feature": 0, "mediaAbility": "1", "transfer": "no",
                            "transfrom": ""}, None),
    ("AgentEvent_Talking", {"caller": "70004", "called": 153, "callid": "1-2", "type": "main",
                            "feature": "0", "mediaAbility": 1}, BEYOND_THE_CALENDAR),
    ("AgentEvent_Hold", "1-2", "1700000000000"),
    (None, {"callid": "1-2"}, None),
    ("AgentEvent_Customer_Release", {"callid": "1-2", "number": 70004}, None),
    ("AgentEvent_Call_Release", "1-2", -BEYOND_THE_CALENDAR),
    (42, None, "not a time"),
    ("AgentEvent_Call_Out_Fail", "3-4", None),
    ("AgentEvent_Inside_Call_Fail", "5-6", None),
    ("AgentState_SetNotReady_Success", {"reason": "200"}, None),
]  # fmt: skip


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    sim.add_agent("153", password="pw", phone="40038")
    return sim


def push_all(sim: GatewaySimulator) -> None:
    for event_type, content, stamp in WIRE_EVENTS:
        if stamp is None:
            sim.push_event("153", event_type, content)
        else:
            sim.push_event("153", event_type, content, event_gen_time=stamp)


def check(events: list[Event]) -> None:
    assert [e.type.value for e in events] == [
        "AgentOther_PhoneAlerting", "AgentEvent_Ringing", "AgentEvent_Talking",
        "AgentEvent_Hold", "", "AgentEvent_Customer_Release", "AgentEvent_Call_Release", "42",
        "AgentEvent_Call_Out_Fail", "AgentEvent_Inside_Call_Fail",
        "AgentState_SetNotReady_Success",
    ]  # fmt: skip
    alerting, ringing, talking, hold, nameless, released, release, number, out, inside, busy = (
        events
    )
    assert isinstance(alerting.content, PhoneAlertingContent)
    assert alerting.content.caller == "70004"
    for call in (ringing, talking):
        assert isinstance(call.content, CallEventContent)
        assert (call.content.caller, call.content.called) == ("70004", "153")
        assert call.content.media_ability == "1" and call.content.feature == "0"
        assert call.call_id == "1-2"
    assert talking.generated_at is None and talking.raw.event_gen_time == BEYOND_THE_CALENDAR
    assert hold.content == "1-2" and hold.generated_at is not None
    assert not nameless.type.is_known and nameless.content == {"callid": "1-2"}
    assert isinstance(released.content, CustomerReleaseContent)
    assert released.content.number == "70004"
    assert release.content == "1-2" and release.generated_at is None
    assert not number.type.is_known and number.content is None and number.generated_at is None
    assert (out.content, inside.content) == ("3-4", "5-6")
    assert out.type is EventType.AGENT_EVENT_CALL_OUT_FAIL
    assert isinstance(busy.content, NotReadyContent) and busy.content.reason == "200"


def test_poll_event_decodes_every_wire_shape() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        agent = gw.sign_in("153", password="pw", phone="40038")
        while agent.poll_event() is not None:  # the sign-in's own events
            pass
        push_all(sim)
        events = [agent.poll_event() for _ in WIRE_EVENTS]
        check([e for e in events if e is not None])
        agent.sign_out()


def test_the_event_stream_survives_every_wire_shape() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        agent = gw.sign_in("153", password="pw", phone="40038")
        with agent, agent.events() as stream:
            assert stream.get(5.0).type is EventType.AGENT_OTHER_IN_SERVICE
            assert stream.get(5.0).type is EventType.AGENT_STATE_READY
            push_all(sim)
            check([stream.get(5.0) for _ in WIRE_EVENTS])
            # The polling thread is still alive after all of them.
            sim.push_event("153", "AgentState_Ready")
            assert stream.get(5.0).type is EventType.AGENT_STATE_READY


def test_the_async_event_stream_survives_every_wire_shape() -> None:
    sim = simulator()

    async def main() -> list[Event]:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            stream = agent.events()
            for _ in range(2):  # AgentOther_InService, AgentState_Ready
                await stream.get(5.0)
            push_all(sim)
            got = [await stream.get(5.0) for _ in WIRE_EVENTS]
            sim.push_event("153", "AgentState_Ready")
            assert (await stream.get(5.0)).type is EventType.AGENT_STATE_READY
            stream.close()
            return got

    check(asyncio.run(main()))
