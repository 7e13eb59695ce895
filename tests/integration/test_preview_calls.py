"""Documentation issues 23, 26 and 27 end to end against the simulator, sync and async:
callout's uuiData, a preview offered then dialled or declined, and the information of a
ringing call before it is answered."""

from __future__ import annotations

import asyncio

import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    CallStateError,
    CallType,
    EventType,
    RetcodeError,
)
from cec_agentgateway.simulator import SimulatorError, run_command
from tests.integration.test_simulated_session import BASE, FAST, simulator, wait_for


def test_uui_data_reaches_the_call_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        with agent.call_out("70004", uui_data="case=42") as call:
            assert sim.uui_data("153", call.call_id) == "case=42"
            call.connected(timeout=5)
            call.release()
        with agent.call_out("70005") as plain:
            assert sim.uui_data("153", plain.call_id) is None
            plain.release()
        with pytest.raises(SimulatorError):
            sim.uui_data("153", "1-1")


def test_a_preview_is_dialled_or_declined_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        agent.events() as events,
    ):
        sim.offer_preview("153", 1536, "70004", "70005")
        wait_for(events, EventType.AGENT_EVENT_PREVIEW)
        with pytest.raises(RetcodeError) as wrong:
            agent.preview_call_out("70004", 9999)  # no such preview
        assert wrong.value.retcode == "100-007"
        with pytest.raises(CallStateError) as not_offered:
            agent.preview_call_out("70006", 1536)  # not one of its numbers
        assert not_offered.value.retcode == "200-001"
        call = agent.preview_call_out("70005", "1536", wait=True, wait_timeout=5)
        assert call.talking is not None
        info = agent.call_info_by_id(call.call_id)
        assert info[0].callfeature == CallType.PREVIEW_OUTBOUND
        assert sim.previews("153") == {}
        call.release()
        wait_for(events, EventType.AGENT_STATE_READY)

        sim.offer_preview("153", 1537, "70007")
        agent.cancel_preview_call_out(1537)
        assert sim.previews("153") == {}
        with pytest.raises(RetcodeError) as twice:
            agent.cancel_preview_call_out(1537)  # nothing left to cancel
        assert twice.value.retcode == "100-007"
        with pytest.raises(RetcodeError):
            agent.preview_call_out("70007", 1537)  # declined: gone


def test_preview_and_before_answer_async() -> None:
    sim = simulator()

    async def main() -> None:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038", auto_answer=False) as agent,
        ):
            sim.offer_preview("153", 7, "70004")
            call = await agent.preview_call_out("70004", 7, wait=True, wait_timeout=5)
            assert call.talking is not None
            await call.release()
            sim.offer_preview("153", 8, "70004")
            await agent.cancel_preview_call_out(8)
            with pytest.raises(RetcodeError):
                await agent.cancel_preview_call_out(8)

            with pytest.raises(RetcodeError):
                await agent.call_info_before_answer()  # nothing rings
            call_id = sim.offer_call("153", caller="70009", called="60015")
            (named,) = await agent.call_info_before_answer(call_id)
            (ringing,) = await agent.call_info_before_answer()
            assert named.callid == ringing.callid == call_id
            assert named.caller == "70009"
            with pytest.raises(RetcodeError):
                await agent.call_info_before_answer("1-1")  # not the ringing call
            await agent.answer(call_id)
            with pytest.raises(RetcodeError):
                await agent.call_info_before_answer(call_id)  # answered already
            await agent.release()

    asyncio.run(main())


def test_before_answer_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038", auto_answer=False) as agent,
    ):
        call_id = sim.offer_call("153", caller="70004", app_data="order=9")
        (info,) = agent.call_info_before_answer(call_id)
        assert (info.callid, info.calldata) == (call_id, "order=9")
        assert agent.call_info_before_answer()[0].callid == call_id
        agent.answer()
        agent.release()


def test_the_preview_scenario_command() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        agent.events() as events,
    ):
        assert run_command(sim, "preview 153 12 70004 70005") == "ok"
        assert wait_for(events, EventType.AGENT_EVENT_PREVIEW)[-1] == "AgentEvent_Preview"
        assert sim.previews("153") == {12: ["70004", "70005"]}
        assert run_command(sim, "preview 153 x 70004").startswith("error unknown command")
        assert run_command(sim, "preview 999 1 70004").startswith("error ")
        agent.cancel_preview_call_out("12")
