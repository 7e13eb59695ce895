"""Conferences: requestAgentConf's events and bounds, queryConfInfos in both result shapes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock, SimulatorError
from tests.simulator.helpers import AGENT, BASE_URL, START_TIME, Desk, make_simulator, types

REQUEST = f"/agentconf/{AGENT}/requestagentconf"
QUERY = f"/agentconf/{AGENT}/queryconfinfos"


def test_an_idle_agent_gets_a_conference(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    answer = desk.request("POST", REQUEST, json={"memberNum": 4, "time": 50}).json()
    assert answer == {"result": {}, "message": "success", "retcode": "0"}
    events = desk.drain()
    assert types(events) == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentOther_PhoneOffhook",
        "AgentConf_SelfJoinResult",
        "AgentConf_RequestSuccess",
    ]
    assert events[-1]["content"] == {"confId": 1030400}
    assert events[-2]["content"] == {"confId": 1030400}
    assert sim.conference_ids(AGENT) == [1030400]
    status = desk.request("GET", f"/onlineagent/{AGENT}/agentstatus").json()["result"]
    assert status == {"agentState": 7, "isWorking": True}


def test_conference_ids_grow(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    ids = []
    for _ in range(2):
        desk.request("POST", REQUEST, json={"memberNum": 3})
        ids.append(desk.drain()[-1]["content"]["confId"])
        sim.end_conference(ids[-1])
    assert ids[1] > ids[0] >= 1030400


def test_a_talking_agent_brings_its_caller_into_the_conference(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    sim.offer_call(AGENT, caller="70005")
    desk.drain()
    clock.advance(10)
    desk.request("POST", REQUEST, json={"memberNum": 4})
    assert types(desk.drain()) == ["AgentConf_SelfJoinResult", "AgentConf_RequestSuccess"]
    (conf_id,) = sim.conference_ids(AGENT)
    sim.add_conference_participant(conf_id, "13900000000")
    joined = desk.poll()["event"]
    assert joined["eventType"] == "AgentConf_ParticipantChanged"
    assert joined["content"] == {
        "result": 0,
        "changeType": 0,
        "changeReason": 255,
        "confId": conf_id,
        "participant": "13900000000",
        "participantType": 6,
        "deviceCallType": 0,
        "deviceType": 0,
    }
    for seconds in (60, 65):  # a heartbeat in between, or the agent idles out at 120 s
        clock.advance(seconds)
        desk.request("POST", f"/onlineagent/{AGENT}/handshake")
    result = desk.request("POST", QUERY, json={"confIds": [conf_id]}).json()["result"]
    (conf,) = result["confs"]
    started = int((START_TIME + 10) * 1000)
    assert conf["confId"] == conf_id
    assert (conf["confState"], conf["startTime"]) == (0, started)
    assert (conf["applyConfTime"], conf["confHaveBeenTime"]) == (60, 2)
    chair, caller, joiner = conf["addresses"]
    assert chair == {
        "addressType": "9",
        "address": AGENT,
        "deviceCallType": 0,
        "deviceType": 6,
        "channelAttrib": 3,
        "channelState": 0,
        "role": 1,
        "enterTime": started,
    }
    assert (caller["addressType"], caller["address"], caller["role"]) == ("6", "70005", 0)
    assert joiner["address"] == "13900000000"


def test_the_caller_hanging_up_leaves_the_conference(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.offer_call(AGENT, caller="70005")
    desk.request("POST", REQUEST, json={"memberNum": 4})
    desk.drain()
    sim.end_call(AGENT)
    events = desk.drain()
    assert types(events) == ["AgentEvent_Call_Release", "AgentConf_ParticipantChanged"]
    assert events[1]["content"]["changeType"] == 1 and events[1]["content"]["changeReason"] == 2
    assert sim.is_signed_in(AGENT)
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/logout") == "100-010"  # still chairing


def test_ending_the_conference(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    desk.request("POST", REQUEST, json={"memberNum": 2})
    conf_id = desk.drain()[-1]["content"]["confId"]
    sim.end_conference(conf_id)
    events = desk.drain()
    assert types(events) == ["AgentConf_ParticipantChanged", "AgentState_Ready"]
    assert events[0]["content"]["changeReason"] == 3
    assert desk.request("POST", QUERY, json={"confIds": [conf_id]}).json()["result"] == {
        "confs": []
    }
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/logout") == "0"


def test_a_failing_conference(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.fail_next_conference(AGENT, cause=21234)
    answer = desk.request("POST", REQUEST, json={"memberNum": 4}).json()
    assert answer["retcode"] == "0"  # accepted; the outcome comes as an event
    events = desk.drain()
    assert types(events) == ["AgentConf_RequestFailed"]
    assert events[0]["content"] == {"cause": 21234}
    assert sim.conference_ids(AGENT) == []
    desk.request("POST", REQUEST, json={"memberNum": 4})
    assert types(desk.drain())[-1] == "AgentConf_RequestSuccess"


def test_the_timeout_warning_comes_prompt_time_before_the_end(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    desk.request("POST", REQUEST, json={"memberNum": 4, "time": 5, "promptTime": 3})
    conf_id = desk.drain()[-1]["content"]["confId"]
    clock.advance(119.9)
    desk.request("POST", f"/onlineagent/{AGENT}/handshake")
    assert sim.pending_events(AGENT) == []
    clock.advance(0.1)
    assert desk.poll()["event"] == {
        "eventType": "AgentConf_Timeout",
        "workNo": AGENT,
        "content": {"confId": conf_id},
        "eventGenTime": int((START_TIME + 120) * 1000),
    }


def test_a_prompt_time_not_below_the_time_is_reduced(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    desk.request("POST", REQUEST, json={"memberNum": 4, "time": 4, "promptTime": 10})
    desk.drain()
    clock.advance(60)
    assert types(sim.pending_events(AGENT)) == ["AgentConf_Timeout"]


@pytest.mark.parametrize(
    "body",
    [
        {"memberNum": 0},
        {"memberNum": 121},
        {"memberNum": "4"},
        {"memberNum": 4, "time": 3},
        {"memberNum": 4, "time": 1441},
        {"memberNum": 4, "promptTime": 2},
        {"memberNum": 4, "confCallerNo": "€" * 9},
        {"memberNum": 4, "beepTone": True},
        {"memberNum": 4, "playMode": 1},
        {"memberNum": 4, "voicePath": "y" * 128},
        {"memberNum": 4, "colour": "blue"},
        {},
        [4],
        b"{",
    ],
)
def test_conference_requests_out_of_bounds(desk: Desk, body: Any) -> None:
    desk.signed_in()
    if isinstance(body, bytes):
        answer = desk.request("POST", REQUEST, content=body).json()
    else:
        answer = desk.request("POST", REQUEST, json=body).json()
    assert (answer["retcode"], answer["result"]) == ("000-002", None)
    assert answer["message"]


def test_null_fields_count_as_left_out(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    body = {"memberNum": 4, "time": None, "promptTime": None, "confCallerNo": None}
    assert desk.retcode("POST", REQUEST, json=body) == "0"
    (conf_id,) = sim.conference_ids(AGENT)
    result = desk.request("POST", QUERY, json={"confIds": [conf_id]}).json()["result"]
    assert result["confs"][0]["applyConfTime"] == 60  # the gateway's default


def test_conference_prerequisites(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in(status=3)
    assert desk.retcode("POST", REQUEST, json={"memberNum": 4}) == "100-007"  # busy
    desk.sign_in(how="forcelogin")
    desk.drain()
    assert desk.retcode("POST", REQUEST, json={"memberNum": 4}) == "0"
    assert desk.retcode("POST", REQUEST, json={"memberNum": 4}) == "101-003"


def test_conference_while_a_call_rings_is_refused(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in(autoanswer=False)
    sim.offer_call(AGENT)
    assert desk.retcode("POST", REQUEST, json={"memberNum": 4}) == "100-007"


def test_query_leaves_out_unknown_and_other_agents_conferences(
    http: httpx.Client, sim: GatewaySimulator
) -> None:
    mine, other = Desk(http).signed_in(), Desk(http, "154").signed_in("other")
    mine.request("POST", REQUEST, json={"memberNum": 4})
    other.request("POST", "/agentconf/154/requestagentconf", json={"memberNum": 4})
    (my_conf,) = sim.conference_ids(AGENT)
    (their_conf,) = sim.conference_ids("154")
    ids = [their_conf, my_conf, 42, my_conf]
    result = mine.request("POST", QUERY, json={"confIds": ids}).json()["result"]
    assert [c["confId"] for c in result["confs"]] == [my_conf]


@pytest.mark.parametrize(
    "body",
    [
        {"confIds": []},
        {"confIds": list(range(21))},
        {"confIds": [-1]},
        {"confIds": [1.5]},
        {"confIds": "1"},
        {},
        {"confIds": [1], "more": 1},
    ],
)
def test_query_bounds(desk: Desk, body: Any) -> None:
    desk.signed_in()
    assert desk.retcode("POST", QUERY, json=body) == "000-002"


def test_query_accepts_twenty_ids(desk: Desk) -> None:
    desk.signed_in()
    assert desk.retcode("POST", QUERY, json={"confIds": list(range(20))}) == "0"


def test_the_array_shape_of_the_reference_table(clock: ManualClock) -> None:
    sim = make_simulator(clock, conference_result_shape="array")
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        desk.request("POST", REQUEST, json={"memberNum": 4})
        (conf_id,) = sim.conference_ids(AGENT)
        result = desk.request("POST", QUERY, json={"confIds": [conf_id]}).json()["result"]
    assert isinstance(result, list)
    assert result[0]["confId"] == conf_id
    assert result[0]["addresses"][0]["role"] == 1


def test_participant_controls_check_the_conference(desk: Desk, sim: GatewaySimulator) -> None:
    with pytest.raises(SimulatorError, match="no conference"):
        sim.add_conference_participant(1, "70005")
    desk.signed_in()
    desk.request("POST", REQUEST, json={"memberNum": 2})
    (conf_id,) = sim.conference_ids(AGENT)
    sim.add_conference_participant(conf_id, "70005")
    with pytest.raises(SimulatorError, match="full"):
        sim.add_conference_participant(conf_id, "70006")


def test_unknown_conference_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="conference_result_shape"):
        GatewaySimulator(conference_result_shape="list")  # type: ignore[arg-type]
