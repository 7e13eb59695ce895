"""Calls: their events, call information, call data, agent state and syncagentinfo."""

from __future__ import annotations

import base64

import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock, SimulatorError
from tests.simulator.helpers import AGENT, START_TIME, Desk, types

CALLINFO = f"/calldata/{AGENT}/callinfo"
APPDATA = f"/calldata/{AGENT}/appdata"
STATUS = f"/onlineagent/{AGENT}/agentstatus"
SYNC = f"/onlineagent/{AGENT}/syncagentinfo"


def wall_ms(at: float) -> int:
    """Epoch ms of the simulated wall clock when the manual clock (started at 1000) reads ``at``."""
    return int((START_TIME + at - 1_000.0) * 1000)


def test_an_offered_call_is_answered_automatically(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    call_id = sim.offer_call(AGENT, caller="70004", called="60015", app_data="vip=true")
    events = desk.drain()
    assert types(events) == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentEvent_Incoming_CallInfo",
        "AgentOther_PhoneOffhook",
        "AgentEvent_Talking",
    ]
    assert events[2]["content"] == {
        "callId": call_id,
        "skillName": "voice",
        "skillId": 20011,
        "caller": "70004",
        "called": "60015",
        "lastReleaseAgentId": "65535",
        "mediaType": 5,
        "releaseAndReQueueCount": 0,
        "releaseAndReQueueCallFlag": 0,
    }
    assert events[3]["content"] == {"type": "main"}
    status = desk.request("GET", STATUS).json()["result"]
    assert status == {"agentState": 7, "isWorking": True}


def test_without_auto_answer_the_call_rings_until_answered(
    desk: Desk, sim: GatewaySimulator
) -> None:
    desk.signed_in(autoanswer=False)
    sim.offer_call(AGENT)
    assert types(desk.drain())[-1] == "AgentEvent_Ringing"
    info = desk.request("GET", CALLINFO).json()["result"]
    assert info["trace"]["talkBeginTime"] is None
    assert desk.request("POST", SYNC).json()["result"]["agentStateInfo"]["state"] == 8
    sim.answer_call(AGENT)
    assert types(desk.drain()) == ["AgentOther_PhoneOffhook", "AgentEvent_Talking"]
    with pytest.raises(SimulatorError):
        sim.answer_call(AGENT)


def test_call_info_of_the_current_and_the_last_call(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    assert desk.request("GET", CALLINFO).json() == {"message": "", "retcode": "0", "result": None}
    clock.advance(30)
    call_id = sim.offer_call(AGENT, caller="13800000000", app_data="order=7", wait_time=12)
    clock.advance(60)
    desk.request("POST", f"/onlineagent/{AGENT}/handshake")
    clock.advance(35)
    info = desk.request("GET", CALLINFO).json()["result"]
    offered = wall_ms(1_030.0)
    assert info["callid"] == call_id and call_id.startswith(f"{offered // 1000}-")
    assert info["caller"] == "13800000000" and info["called"] == "60015"
    assert info["calldata"] == "order=7"
    assert (info["begintime"], info["endtime"]) == (offered, None)
    assert info["logontimes"] == 125 and info["waitTime"] == 12
    assert info["trace"]["waitBeginTime"] == offered - 12_000
    assert info["trace"]["talkBeginTime"] == offered
    assert info["trace"]["deviceNo"] == 153 and info["trace"]["deviceType"] == 2
    clock.advance(5)
    sim.end_call(AGENT, released_by="agent")
    assert desk.request("GET", CALLINFO).json()["result"] is None
    last = desk.request("GET", CALLINFO, params={"isNoContainLastCall": "true"}).json()["result"]
    assert last["callid"] == call_id
    assert last["endtime"] == offered + 100_000
    assert last["trace"]["leaveReason"] == 16
    assert last["trace"]["leaveReasonDesc"] == "The agent released the call."
    other = desk.request("GET", CALLINFO, params={"isNoContainLastCall": "yes"}).json()
    assert other["result"] is None


def test_end_call_releases_and_returns_the_agent_to_idle(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.offer_call(AGENT)
    desk.drain()
    sim.end_call(AGENT)
    assert types(desk.drain()) == ["AgentEvent_Call_Release", "AgentState_Ready"]
    assert desk.request("GET", STATUS).json()["result"] == {"agentState": 4, "isWorking": False}
    with pytest.raises(SimulatorError, match="no call"):
        sim.end_call(AGENT)


def test_without_autoenteridle_the_agent_enters_wrap_up(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in(autoenteridle=False)
    sim.offer_call(AGENT)
    sim.end_call(AGENT)
    assert types(desk.drain())[-2:] == ["AgentEvent_Call_Release", "AgentState_Work"]
    assert desk.request("GET", STATUS).json()["result"]["agentState"] == 5


def test_offer_call_needs_a_free_signed_in_agent(desk: Desk, sim: GatewaySimulator) -> None:
    with pytest.raises(SimulatorError, match="not signed in"):
        sim.offer_call(AGENT)
    desk.signed_in()
    sim.offer_call(AGENT, call_id="1476838963-224")
    with pytest.raises(SimulatorError, match="already has a call"):
        sim.offer_call(AGENT)


@pytest.mark.parametrize("data", ["orderId=20161019-0042;vip=true", "Grüße, 你好", ""])
def test_app_data_plain_and_base64(desk: Desk, sim: GatewaySimulator, data: str) -> None:
    desk.signed_in()
    call_id = sim.offer_call(AGENT, app_data=data)
    plain = desk.request("GET", APPDATA).json()
    assert plain == {"message": "", "retcode": "0", "result": data}
    encoded = desk.request("GET", APPDATA, params={"isEncodeResult": "true", "callId": call_id})
    assert base64.b64decode(encoded.json()["result"]).decode("utf-8") == data
    other = desk.request("GET", APPDATA, params={"isEncodeResult": "false"}).json()
    assert other["result"] == data


def test_app_data_of_unknown_calls_or_without_a_call(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    no_call = desk.request("GET", APPDATA).json()
    assert (no_call["retcode"], no_call["result"]) == ("100-007", None)
    sim.offer_call(AGENT, app_data="x")
    unknown = desk.request("GET", APPDATA, params={"callId": "1-1"}).json()
    assert unknown["retcode"] == "100-007"


def test_app_data_of_the_agents_earlier_call_by_id(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    first = sim.offer_call(AGENT, app_data="first")
    sim.end_call(AGENT)
    sim.offer_call(AGENT, app_data="second")
    answer = desk.request("GET", APPDATA, params={"callId": first}).json()
    assert answer["result"] == "first"


def test_logout_is_refused_during_a_call_and_forcelogout_releases_it(
    desk: Desk, sim: GatewaySimulator
) -> None:
    desk.signed_in()
    sim.offer_call(AGENT)
    desk.drain()
    refused = desk.request("DELETE", f"/onlineagent/{AGENT}/logout").json()
    assert refused["retcode"] == "100-010" and refused["result"] is None
    assert sim.is_signed_in(AGENT)
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/forcelogout") == "0"
    assert types([desk.poll()["event"], desk.poll()["event"]]) == [
        "AgentEvent_Call_Release",
        "AgentOther_ShutdownService",
    ]
    assert int(sim.agent_state(AGENT)) == 2  # signed out


def test_sync_agent_info_reports_state_and_clears_the_queue(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    clock.advance(10)
    call_id = sim.offer_call(AGENT, caller="70004", app_data="k=v")
    sim.push_event(AGENT, "AgentOther_Note", {"text": "not polled"})
    assert len(sim.pending_events(AGENT)) == 6
    clock.advance(3)
    answer = desk.request("POST", SYNC).json()
    assert (answer["retcode"], answer["message"]) == ("0", "success")
    assert sim.pending_events(AGENT) == []
    info = answer["result"]["agentStateInfo"]
    assert answer["result"]["callinfo"]["callid"] == call_id
    assert info["workNo"] == AGENT
    assert (info["state"], info["lastState"]) == (9, 1)
    assert (info["callerNo"], info["curCallId"], info["callData"]) == ("70004", call_id, "k=v")
    assert info["firsttalkingFlag"] is True
    assert info["currentTime"] == str(wall_ms(1_013.0))
    assert info["agentStateBeginTime"] == wall_ms(1_010.0)
    assert info["beginTalkingTime"] == wall_ms(1_010.0)
    assert (info["cmdBeginTime"], info["beginHoldTime"]) == ("", None)
    sim.push_event(AGENT, "AgentOther_Note", {"text": "after"})
    assert desk.poll()["event"]["content"] == {"text": "after"}


def test_sync_agent_info_without_a_call(desk: Desk) -> None:
    desk.sign_in()
    result = desk.request("POST", SYNC).json()["result"]
    assert result["callinfo"] is None
    info = result["agentStateInfo"]
    assert (info["state"], info["lastState"], info["callerNo"]) == (1, 255, "")
    assert info["firsttalkingFlag"] is False and info["beginTalkingTime"] is None
