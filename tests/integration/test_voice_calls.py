"""Voice calls end to end: the client's call handle against the simulator, sync and async."""

from __future__ import annotations

import asyncio

import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    CallEventContent,
    CallFailedError,
    CallStateError,
    EventType,
    OutcomeTimeoutError,
    TransferDeviceType,
    TransferFailedError,
)
from cec_agentgateway.simulator import GatewaySimulator
from tests.integration.test_simulated_session import BASE, FAST, simulator, wait_for


def test_call_out_hold_retrieve_release_sync() -> None:
    sim = simulator()
    sim.make_unreachable("99999")
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        agent.events() as events,
    ):
        call = agent.call_out("70004", app_data="order=7")
        talking = call.connected(timeout=5)
        assert isinstance(talking.content, CallEventContent) and talking.content.feature == "7"
        info = agent.call_info()
        assert info is not None and info.callid == call.call_id
        call.hold()
        assert agent.status() is not None
        call.retrieve()
        call.release()
        seen = wait_for(events, EventType.AGENT_EVENT_CALL_RELEASE)
        assert seen.count("AgentEvent_Talking") == 2 and "AgentEvent_Hold" in seen
        assert wait_for(events, EventType.AGENT_STATE_READY) == ["AgentState_Ready"]
        with pytest.raises(CallStateError) as caught:
            agent.release()
        assert caught.value.retcode == "200-017"
        with pytest.raises(CallFailedError) as failed:
            agent.call_out("99999", wait=True, wait_timeout=5)
        assert failed.value.event_type == "AgentEvent_Call_Out_Fail"


def test_answer_an_inbound_call_and_the_customer_hangs_up_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038", auto_answer=False) as agent,
        agent.events() as events,
    ):
        call_id = sim.offer_call("153", caller="70004")
        wait_for(events, EventType.AGENT_EVENT_RINGING)
        call = agent.call_handle(call_id)
        agent.answer(call_id)
        assert call.connected(timeout=5).content is not None
        sim.customer_hang_up("153")
        seen = wait_for(events, EventType.AGENT_EVENT_CALL_RELEASE)
        assert seen[-2:] == ["AgentEvent_Customer_Release", "AgentEvent_Call_Release"]


def test_call_handle_async() -> None:
    sim = simulator()
    sim.set_auto_connect(False)

    async def main() -> None:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            call = await agent.call_out("70004")
            asyncio.get_running_loop().call_later(0.05, sim.connect_call, "153")
            await call.connected(timeout=5)
            await call.hold()
            await call.retrieve()
            await call.release()
            failing = await agent.call_out("70005")
            asyncio.get_running_loop().call_later(0.05, sim.fail_call, "153")
            with pytest.raises(CallFailedError):
                await failing.connected(timeout=5)
            with pytest.raises(OutcomeTimeoutError):  # the far end does not answer
                await agent.call_out("70006", wait=True, wait_timeout=0.2)
            await agent.release()

    asyncio.run(main())
    assert not sim.is_signed_in("153")


def test_call_out_over_loopback() -> None:
    sim: GatewaySimulator = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        call = agent.call_out("70004", wait=True, wait_timeout=5)
        assert call.talking is not None
        call.hold()
        call.retrieve()
        call.release()
    assert not sim.is_signed_in("153")


def test_answer_consult_join_and_release_sync() -> None:
    """What a desktop does most: take a call, ask a colleague, talk together, hang up."""
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
        gw.sign_in("154", password="pw", phone="40039") as colleague,
        agent.events() as events,
    ):
        customer_id = sim.offer_call("153", caller="70004")
        wait_for(events, EventType.AGENT_EVENT_TALKING)
        customer = agent.call_handle(customer_id)
        helper = agent.consult("154", wait=True, wait_timeout=5)
        assert helper.talking is not None
        customer.join()
        seen = wait_for(events, EventType.AGENT_EVENT_CONFERENCE)
        assert "AgentEvent_Hold" in seen
        assert colleague.status() is not None
        customer.release()
        wait_for(events, EventType.AGENT_EVENT_CALL_RELEASE)


def test_transfer_with_wait_async() -> None:
    sim = simulator()

    async def main() -> None:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            customer = sim.offer_call("153")
            call = agent.call_handle(customer)
            await call.connected(timeout=5)  # listening from now: Talking was earlier
            await agent.transfer(TransferDeviceType.AGENT, "70005", 2, wait=True, wait_timeout=5)
            sim.offer_call("153")
            sim.set_transfer_outcome("failure")
            with pytest.raises(TransferFailedError):
                await agent.transfer(2, "154", 2, wait=True, wait_timeout=5)
            sim.set_transfer_outcome("pending")
            await agent.transfer(1, "20011", 2)
            await agent.cancel_transfer()
            inner = await agent.consult("70005", three_party=True, wait=True, wait_timeout=5)
            assert inner.talking is not None
            await agent.release()

    asyncio.run(main())
    assert not sim.is_signed_in("153")


def test_mute_dtmf_and_drop_sync_and_over_loopback() -> None:
    sim = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        call = agent.call_out("70004", wait=True, wait_timeout=5)
        call.mute()
        call.unmute()
        call.send_dtmf("1234#")
        assert sim.dtmf("153") == "1234#"
        call.drop()
        with pytest.raises(CallStateError) as caught:
            agent.drop_call(call.call_id)
        assert caught.value.retcode == "200-025"


def test_phone_linkage_async() -> None:
    sim = simulator()

    async def main() -> None:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038", auto_answer=False) as agent,
        ):
            sim.offer_call("153")
            await agent.phone_hangup()
            call_id = sim.offer_call("153")
            await agent.phone_pickup(legacy_put=True)
            call = agent.call_handle(call_id)
            await call.send_dtmf("9")
            await call.drop()

    asyncio.run(main())
    assert sim.dtmf("153") == "9"


def test_call_data_round_trip_sync_and_async() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in("153", password="pw", phone="40038") as agent,
    ):
        customer = sim.offer_call("153")
        agent.set_call_data(b"\x00binary\xff")
        assert agent.call_app_data(customer, base64=True, as_bytes=True) == b"\x00binary\xff"
        agent.hold()
        assert [c.callid for c in agent.held_calls()] == [customer]
        assert agent.call_ids() == [customer]
        agent.set_call_data("Grüße", call_id=customer, base64=True)
        assert agent.call_app_data(customer) == "Grüße"
        assert agent.call_info_by_id(customer)[0].callid == customer
        agent.drop_call(customer)

    async def main() -> None:
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in("153", password="pw", phone="40038") as agent,
        ):
            call = await agent.call_out("70004", wait=True, wait_timeout=5)
            await agent.set_call_data("order=7")
            assert await agent.call_app_data() == "order=7"
            assert await agent.call_ids() == [call.call_id]
            (info,) = await agent.call_info_by_id(call.call_id)
            assert info.calldata == "order=7"
            with pytest.raises(CallStateError):
                await agent.held_calls()  # 400-003: nothing held
            await call.release()

    asyncio.run(main())
