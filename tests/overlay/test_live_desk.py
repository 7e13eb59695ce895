"""The live desk's fold on its own: events in the wire shapes of the vendor pages, no gateway.

The integration tests (tests/integration/test_live_desk.py) drive the same model through
the simulator; these cover what the simulator does not send or what is hard to time there:
transfers, rejected calls, failed calls, sign-out mid-call, late and repeated events, the
cancelled pending state, the bounded history, and bad arguments.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from cec_agentgateway import (
    AgentDesk,
    AsyncAgentDesk,
    CallKind,
    CallState,
    ChatState,
    GatewayAgentState,
    ReleasedBy,
    RequestValidationError,
    decode_event,
)
from cec_agentgateway._live_desk_model import DeskModel, StateChange


def ev(event_type: str, content: Any = None) -> Any:
    return decode_event(
        {"eventType": event_type, "workNo": "153", "content": content, "eventGenTime": 1}
    )


def talking(call_id: str, feature: str = "0", caller: str = "70004") -> Any:
    content = {"callid": call_id, "caller": caller, "called": "60015", "feature": feature}
    return ev("AgentEvent_Talking", {**content, "type": "main", "mediaAbility": "1"})


def fold_all(model: DeskModel, *events: Any) -> list[Any]:
    changes = []
    for event in events:
        outcome = model.fold(event)
        assert outcome.contradiction is None, outcome.contradiction
        changes.extend(outcome.changes)
    return changes


def incoming(call_id: str) -> Any:
    return ev(
        "AgentEvent_Incoming_CallInfo",
        {"callId": call_id, "caller": "70004", "called": "60015", "mediaType": 5},
    )


def test_a_transferred_call_says_so() -> None:
    model = DeskModel("153")
    fold_all(model, ev("AgentState_Busy"), incoming("c1"), talking("c1"))
    fold_all(model, ev("AgentEvent_TransOutResult", {"result": 0}))
    fold_all(model, ev("AgentEvent_Call_Release", "c1"))
    call = model.calls["c1"]
    assert call.state is CallState.ENDED and call.release_reason == "transferred"
    assert call.released_by is ReleasedBy.AGENT and not call.missed


def test_a_rejected_call_is_missed_and_a_failed_one_is_not() -> None:
    model = DeskModel("153")
    fold_all(model, incoming("c1"), ev("AgentEvent_Ringing", {"callid": "c1", "feature": "0"}))
    fold_all(model, ev("AgentOther_PhoneRelease", {"phoneState": 2}), ev("AgentEvent_No_Answer"))
    assert model.calls["c1"].missed and model.calls["c1"].release_reason == "not answered"
    alerting = {"callid": "c2", "otherPhone": "70005", "type": "main"}
    fold_all(model, ev("AgentEvent_Customer_Alerting", alerting))
    assert model.calls["c2"].state is CallState.DIALING
    fold_all(model, ev("AgentEvent_Call_Out_Fail", "c2"))
    failed = model.calls["c2"]
    assert failed.ended and failed.released_by is ReleasedBy.FAR_END
    assert not failed.missed  # the agent placed it: nothing rang at the agent


def test_late_and_repeated_events_never_move_a_call_back() -> None:
    model = DeskModel("153")
    fold_all(model, incoming("c1"), talking("c1"))
    assert not fold_all(model, incoming("c1"))  # a late offer of a connected call
    assert model.calls["c1"].state is CallState.TALKING
    fold_all(model, ev("AgentEvent_Call_Release", "c1"))
    assert not fold_all(model, talking("c1"), ev("AgentEvent_Call_Release", "c1"))
    assert model.calls["c1"].state is CallState.ENDED


def test_events_about_unknown_calls_ask_for_a_rebuild() -> None:
    model = DeskModel("153")
    for event in (
        ev("AgentEvent_Hold", "x"),
        ev("AgentEvent_Call_Release", "x"),
        ev("AgentEvent_Customer_Release", {"callid": "x", "number": "70004"}),
        ev("AgentEvent_Conference", {"callid": "x", "partner": "1,2"}),
    ):
        outcome = model.fold(event)
        assert outcome.contradiction is not None and "x" in outcome.contradiction
        assert outcome.changes == []
    model.forget_unknown(["x"])  # what the desk does once a rebuild did not find it
    assert model.fold(ev("AgentEvent_Hold", "x")).contradiction is None


def test_a_cancelled_pending_state_during_a_call() -> None:
    model = DeskModel("153")
    fold_all(model, incoming("c1"), talking("c1"))
    model.note_pending(GatewayAgentState.BUSY)
    assert model.state.pending is GatewayAgentState.BUSY
    changes = fold_all(model, ev("AgentState_CancelNotReady_Success"))
    assert model.state.pending is None and model.state.state is GatewayAgentState.TALKING
    assert [type(c) for c in changes] == [StateChange]
    fold_all(model, ev("AgentEvent_Call_Release", "c1"), ev("AgentState_Work"))
    assert model.state.state is GatewayAgentState.WRAP_UP
    assert not model.note_pending(GatewayAgentState.REST).changes  # no call: nothing pends


def test_a_sign_out_ends_the_calls_and_chats() -> None:
    model = DeskModel("153")
    chat = {"callId": "m1", "caller": "alice", "called": "webchat"}
    fold_all(model, incoming("c1"), talking("c1"), ev("AgentChat_Ring", chat))
    changes = fold_all(model, ev("AgentOther_ShutdownService", {"result": "0"}))
    assert model.state.state is GatewayAgentState.SIGNED_OUT
    assert model.calls["c1"].ended and model.chats["m1"].state is ChatState.ENDED
    assert [getattr(c, "kind", None) for c in changes][:1] == [CallKind.ENDED]


def test_the_history_is_bounded() -> None:
    model = DeskModel("153", history=3)
    for n in range(10):
        fold_all(model, incoming(f"c{n}"), talking(f"c{n}"), ev("AgentEvent_Call_Release", f"c{n}"))
    assert list(model.calls) == ["c7", "c8", "c9"]
    # A late release of a call the history dropped is no contradiction.
    assert model.fold(ev("AgentEvent_Call_Release", "c1")).contradiction is None
    assert not fold_all(model, talking("c1"), incoming("c2"))  # nor brings it back
    assert "c1" not in model.calls and model.current_call is None


def test_a_consultation_then_three_party_call() -> None:
    model = DeskModel("153")
    fold_all(model, incoming("c1"), talking("c1"), ev("AgentEvent_Hold", "c1"))
    fold_all(model, talking("c2", feature="51", caller="153"))
    assert model.calls["c2"].state is CallState.CONSULTING
    assert model.current_call is not None and model.current_call.call_id == "c2"
    fold_all(model, ev("AgentEvent_Conference", {"callid": "c1", "partner": "155,70004"}))
    assert model.calls["c1"].state is CallState.CONFERENCE
    assert model.calls["c1"].partners == ("155", "70004")
    assert model.calls["c2"].ended and model.current_call.call_id == "c1"


def test_bad_arguments_are_refused_with_a_clear_error() -> None:
    with pytest.raises(RequestValidationError, match="must be an Agent"):
        AgentDesk(object())  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match="must be an AsyncAgent"):
        AsyncAgentDesk("153")  # type: ignore[arg-type]

    from cec_agentgateway import AgentGateway
    from cec_agentgateway.simulator import GatewaySimulator

    sim = GatewaySimulator()
    with AgentGateway("https://cc-gateway.invalid:8043", transport=sim.transport()) as gw:
        agent = gw.agent("153", guid="not-used")
        with pytest.raises(RequestValidationError, match="poll"):
            AgentDesk(agent, poll="no")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="on_call"):
            AgentDesk(agent, on_call="print")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="history"):
            AgentDesk(agent, history=True)
        assert sim.requests == []  # nothing was sent

    async def async_desk_needs_an_async_agent() -> None:
        from cec_agentgateway import AgentGateway

        with (
            AgentGateway("https://cc-gateway.invalid:8043") as gw,
            pytest.raises(RequestValidationError, match="must be an AsyncAgent"),
        ):
            AsyncAgentDesk(gw.agent("153"))  # type: ignore[arg-type]

    asyncio.run(async_desk_needs_an_async_agent())


def test_the_event_pump_tells_its_connection_listeners() -> None:
    from cec_agentgateway import APIConnectionError
    from cec_agentgateway._events import EventPump, PumpSettings

    outcomes: list[Exception | None] = [APIConnectionError("down"), APIConnectionError("down")]
    seen: list[str] = []
    removed: list[str] = []
    done = threading.Event()

    def poll() -> None:
        if outcomes:
            raise outcomes.pop(0)  # type: ignore[misc]
        time.sleep(0.01)

    def listener(agent_id: str, status: str, error: BaseException | None) -> None:
        seen.append(status)
        if status == "connected":
            done.set()

    settings = PumpSettings(interval=0.01, initial_backoff=0.0, max_backoff=0.0)
    pump = EventPump("153", poll, settings)
    pump.add_connection_listener(listener)
    pump.add_connection_listener(lambda agent_id, status, error: removed.append(status))
    pump.remove_connection_listener(pump._connection_listeners[1])
    stream = pump.subscribe()
    assert done.wait(5.0)
    stream.close()
    pump.close()
    assert seen == ["lost", "connected"]
    assert removed == []


def test_syncagentinfo_callinfo_as_an_object_or_as_json_text() -> None:
    from cec_agentgateway._live_desk import _call_info
    from cec_agentgateway.generated.models import RawCallInfo

    wire = {"callid": "c1", "caller": "70004", "called": "60015", "callfeature": 0}
    for value in (RawCallInfo.from_dict(wire), '{"callid": "c1", "caller": "70004"}'):
        info = _call_info(value)
        assert info is not None and info.callid == "c1" and info.caller == "70004"
    assert _call_info("") is None and _call_info(None) is None and _call_info("{broken") is None
