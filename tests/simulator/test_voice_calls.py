"""Voice call control in the simulator: the call state machine, its events and retcodes."""

from __future__ import annotations

import base64

import pytest

from cec_agentgateway.simulator import GatewaySimulator, SimulatorError, run_command
from tests.simulator.helpers import AGENT, PHONE, Desk, types

VOICE = f"/voicecall/{AGENT}"
STATUS = f"/onlineagent/{AGENT}/agentstatus"
SYNC = f"/onlineagent/{AGENT}/syncagentinfo"
CALLINFO = f"/calldata/{AGENT}/callinfo"


def call_out(desk: Desk, called: str = "70004", **fields: object) -> dict[str, object]:
    answer: dict[str, object] = desk.request(
        "PUT", f"{VOICE}/callout", json={"called": called, **fields}
    ).json()
    return answer


def state(desk: Desk) -> int:
    detailed: int = desk.request("POST", SYNC).json()["result"]["agentStateInfo"]["state"]
    return detailed


def test_an_inbound_call_rings_and_is_answered(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in(autoanswer=False)
    call_id = sim.offer_call(AGENT, caller="70004", called="60015")
    ringing = desk.drain()[-1]
    assert ringing["eventType"] == "AgentEvent_Ringing"
    assert ringing["content"] == {
        "caller": "70004",
        "callid": call_id,
        "called": "60015",
        "feature": "0",
        "type": "main",
        "mediaAbility": "1",
        "transfer": "no",
        "transfrom": "",
    }
    assert desk.retcode("PUT", f"{VOICE}/answer", params={"callid": "1-1"}) == "200-002"
    answered = desk.request("PUT", f"{VOICE}/answer", params={"callid": call_id}).json()
    assert answered == {"message": "success", "retcode": "0", "result": {}}
    offhook, talking = desk.drain()
    assert (offhook["eventType"], talking["eventType"]) == (
        "AgentOther_PhoneOffhook",
        "AgentEvent_Talking",
    )
    assert talking["content"] == {
        "caller": "70004",
        "callid": call_id,
        "called": "60015",
        "feature": "0",
        "type": "main",
        "mediaAbility": "1",
    }
    assert desk.retcode("PUT", f"{VOICE}/answer") == "200-002"  # already answered


def test_a_call_out_connects(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    answer = call_out(desk, "70004", callappdata="order=7")
    assert (answer["retcode"], answer["message"]) == ("0", "success")
    call_id = answer["result"]
    assert isinstance(call_id, str)
    events = desk.drain()
    assert types(events) == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentOther_PhoneOffhook",
        "AgentEvent_Customer_Alerting",
        "AgentEvent_Talking",
    ]
    assert events[3]["content"] == {
        "callid": call_id,
        "otherPhoneWorkno": "",
        "otherPhone": "70004",
        "type": "main",
    }
    assert events[4]["content"]["feature"] == "7"
    assert events[4]["content"]["caller"] == PHONE
    info = desk.request("GET", CALLINFO).json()["result"]
    assert (info["callid"], info["callfeature"], info["calldata"]) == (call_id, 7, "order=7")
    assert desk.request("GET", STATUS).json()["result"] == {"agentState": 7, "isWorking": True}
    assert call_out(desk, "70005")["retcode"] == "100-007"  # one call at a time


def test_a_call_to_an_unreachable_number_fails(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.make_unreachable("99999")
    call_id = call_out(desk, "99999")["result"]
    events = desk.drain()
    assert types(events)[-3:] == [
        "AgentEvent_Call_Out_Fail",
        "AgentOther_PhoneRelease",
        "AgentState_Ready",
    ]
    assert events[-3]["content"] == call_id  # a plain string, as on the vendor page
    assert desk.request("GET", STATUS).json()["result"] == {"agentState": 4, "isWorking": False}


def test_the_far_end_answers_when_the_test_says_so(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.set_auto_connect(False)
    call_id = call_out(desk)["result"]
    assert types(desk.drain())[-1] == "AgentEvent_Customer_Alerting"
    assert state(desk) == 6  # outbound calling
    assert desk.retcode("POST", f"{VOICE}/hold") == "200-014"
    assert sim.connect_call(AGENT) == call_id
    assert types(desk.drain()) == ["AgentEvent_Talking"]
    with pytest.raises(SimulatorError, match="no dialling call"):
        sim.connect_call(AGENT)
    desk.request("DELETE", f"{VOICE}/release")
    second = call_out(desk)["result"]
    desk.drain()
    assert sim.fail_call(AGENT) == second
    assert types(desk.drain()) == [
        "AgentEvent_Call_Out_Fail",
        "AgentOther_PhoneRelease",
        "AgentState_Ready",
    ]


def test_hold_consult_out_and_retrieve(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    customer = sim.offer_call(AGENT, caller="70004")
    desk.drain()
    assert desk.retcode("POST", f"{VOICE}/hold") == "0"
    (held,) = desk.drain()
    assert (held["eventType"], held["content"]) == ("AgentEvent_Hold", customer)
    assert state(desk) == 11
    assert desk.request("POST", SYNC).json()["result"]["agentStateInfo"]["holdCallId"] == customer
    assert desk.request("GET", STATUS).json()["result"] == {"agentState": 7, "isWorking": True}
    colleague = call_out(desk, "70005")["result"]  # allowed with a held call
    desk.drain()
    assert desk.retcode("POST", f"{VOICE}/gethold", params={"callid": customer}) == "200-016"
    assert desk.retcode("DELETE", f"{VOICE}/release") == "0"
    assert desk.drain() == [desk_event("AgentEvent_Call_Release", colleague, desk)]
    assert desk.retcode("POST", f"{VOICE}/gethold", params={"callid": "1-1"}) == "200-015"
    assert desk.retcode("POST", f"{VOICE}/gethold", params={"callid": customer}) == "0"
    (talking,) = desk.drain()
    assert talking["eventType"] == "AgentEvent_Talking"
    assert talking["content"]["callid"] == customer
    assert desk.retcode("DELETE", f"{VOICE}/release") == "0"
    assert types(desk.drain()) == ["AgentEvent_Call_Release", "AgentState_Ready"]


def desk_event(event_type: str, content: object, desk: Desk) -> dict[str, object]:
    """What an event looks like on the wire (eventGenTime is not compared)."""
    return {"eventType": event_type, "workNo": desk.agent_id, "content": content}


@pytest.fixture(autouse=True)
def _no_event_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop eventGenTime from drained events so whole events can be compared."""
    drain = Desk.drain

    def without_times(self: Desk) -> list[dict[str, object]]:
        return [{k: v for k, v in e.items() if k != "eventGenTime"} for e in drain(self)]

    monkeypatch.setattr(Desk, "drain", without_times)


def test_the_customer_hangs_up(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    call_id = sim.offer_call(AGENT, caller="70004")
    desk.drain()
    assert sim.customer_hang_up(AGENT) == call_id
    assert desk.drain() == [
        desk_event("AgentEvent_Customer_Release", {"callid": call_id, "number": "70004"}, desk),
        desk_event("AgentEvent_Call_Release", call_id, desk),
        desk_event("AgentState_Ready", None, desk),
    ]
    with pytest.raises(SimulatorError, match="no call"):
        sim.customer_hang_up(AGENT)


def test_a_held_customer_hangs_up(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in(autoenteridle=False)
    call_id = sim.offer_call(AGENT, caller="70004")
    desk.request("POST", f"{VOICE}/hold")
    desk.drain()
    sim.customer_hang_up(AGENT, call_id)
    assert types(desk.drain()) == [
        "AgentEvent_Customer_Release",
        "AgentEvent_Call_Release",
        "AgentState_Work",
    ]


@pytest.mark.parametrize(
    ("method", "path", "params", "retcode"),
    [
        ("DELETE", "release", {}, "200-017"),
        ("POST", "hold", {}, "200-013"),
        ("POST", "gethold", {"callid": "1-1"}, "200-015"),
        ("PUT", "answer", {}, "200-002"),
    ],
)
def test_operations_without_a_call(
    desk: Desk, method: str, path: str, params: dict[str, str], retcode: str
) -> None:
    desk.signed_in()
    answer = desk.request(method, f"{VOICE}/{path}", params=params).json()
    assert (answer["retcode"], answer["result"]) == (retcode, None)


@pytest.mark.parametrize(
    ("body", "retcode"),
    [
        ({"called": "7000x"}, "200-001"),
        ({"called": ""}, "200-001"),
        ({"caller": "60015"}, "000-002"),
        ({"called": "70004", "mediaability": 5}, "000-002"),
        ({"called": "70004", "callappdata": "x" * 16385}, "000-002"),
    ],
)
def test_call_out_bounds(desk: Desk, body: dict[str, object], retcode: str) -> None:
    desk.signed_in()
    assert desk.retcode("PUT", f"{VOICE}/callout", json=body) == retcode
    assert desk.drain() == []


def test_voice_operations_need_a_session(desk: Desk) -> None:
    assert desk.retcode("DELETE", f"{VOICE}/release") == "100-006"
    assert call_out(desk)["retcode"] == "100-006"


def test_a_forced_sign_out_releases_held_calls(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    call_id = sim.offer_call(AGENT)
    desk.request("POST", f"{VOICE}/hold")
    desk.drain()
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/forcelogout") == "0"
    first = desk.poll()["event"]
    assert (first["eventType"], first["content"]) == ("AgentEvent_Call_Release", call_id)
    assert not sim.is_signed_in(AGENT)


def test_scenario_commands_drive_calls(desk: Desk, sim: GatewaySimulator) -> None:
    """The command lines the simulator's command line reads from standard input."""
    desk.signed_in()
    answer = run_command(sim, "offer 153 70009")
    assert answer.startswith("ok ")
    call_id = answer.removeprefix("ok ")
    assert desk.drain()[-1]["content"]["caller"] == "70009"
    assert run_command(sim, "hangup 153") == f"ok {call_id}"
    assert run_command(sim, "unreachable 99999 88888") == "ok"
    call_out(desk, "88888")
    assert types(desk.drain())[-3] == "AgentEvent_Call_Out_Fail"
    sim.set_auto_connect(False)
    dialled = call_out(desk, "70004")["result"]
    assert run_command(sim, "connect 153") == f"ok {dialled}"
    assert run_command(sim, "connect 153").startswith("error agent 153 has no dialling call")
    assert run_command(sim, "dance 153").startswith("error unknown command")
    assert run_command(sim, "   ") == "ok"


# ---------------------------------------------------------------------- consult, join, transfer


def talking_call(desk: Desk, sim: GatewaySimulator, **sign_in: object) -> str:
    desk.signed_in(**sign_in)
    call_id = sim.offer_call(AGENT, caller="70004")
    desk.drain()
    return call_id


def test_an_internal_call_to_a_colleague(desk: Desk, sim: GatewaySimulator) -> None:
    colleague = Desk(desk.http, "154").signed_in("other")
    desk.signed_in()
    call_id = desk.request("PUT", f"{VOICE}/callinner", json={"called": "154"}).json()["result"]
    talking = desk.drain()[-1]
    assert talking["eventType"] == "AgentEvent_Talking"
    assert (talking["content"]["callid"], talking["content"]["feature"]) == (call_id, "6")
    desk.request("DELETE", f"{VOICE}/release")
    desk.drain()
    colleague.request("DELETE", "/onlineagent/154/logout")
    missing = desk.request("PUT", f"{VOICE}/callinner", json={"called": "154"}).json()["result"]
    events = desk.drain()
    assert (events[-3]["eventType"], events[-3]["content"]) == (
        "AgentEvent_Inside_Call_Fail",
        missing,
    )
    desk.request("PUT", f"{VOICE}/callinner", json={"called": "999"})  # no such agent
    assert types(desk.drain())[-3] == "AgentEvent_Inside_Call_Fail"


def test_consult_then_three_party(desk: Desk, sim: GatewaySimulator) -> None:
    customer = talking_call(desk, sim)
    assert desk.retcode("POST", f"{VOICE}/innerhelp", json={"dstaddress": "7000x"}) == "000-002"
    answer = desk.request("POST", f"{VOICE}/innerhelp", json={"dstaddress": "70005"}).json()
    consult = answer["result"]
    held, talking = desk.drain()
    assert (held["eventType"], held["content"]) == ("AgentEvent_Hold", customer)
    assert talking["content"]["callid"] == consult and talking["content"]["feature"] == "51"
    assert state(desk) == 13  # consulting
    assert desk.retcode("POST", f"{VOICE}/confjoin", json={"callid": consult}) == "200-011"
    assert desk.retcode("POST", f"{VOICE}/confjoin", json={"callid": customer}) == "0"
    assert desk.drain() == [
        desk_event("AgentEvent_Conference", {"callid": customer, "partner": "70005,70004"}, desk)
    ]
    assert state(desk) == 10  # three-party call
    desk.request("DELETE", f"{VOICE}/release")
    assert types(desk.drain()) == ["AgentEvent_Call_Release", "AgentState_Ready"]


def test_a_consultation_nobody_answers(desk: Desk, sim: GatewaySimulator) -> None:
    customer = talking_call(desk, sim)
    sim.make_unreachable("70005")
    consult = desk.request("POST", f"{VOICE}/innerhelp", json={"dstaddress": "70005"}).json()
    assert desk.drain()[-1] == desk_event("AgentEvent_Consult_Fail", consult["result"], desk)
    assert desk.retcode("POST", f"{VOICE}/gethold", params={"callid": customer}) == "0"


def test_three_party_help(desk: Desk, sim: GatewaySimulator) -> None:
    customer = talking_call(desk, sim)
    body = {"dstaddress": "70005", "mode": 2}
    assert desk.retcode("POST", f"{VOICE}/innerhelp", json=body) == "0"
    talking, conference = desk.drain()
    assert talking["content"]["feature"] == "52"
    assert conference["content"] == {"callid": customer, "partner": "70005,70004"}
    sim.make_unreachable("70006")
    assert desk.retcode("POST", f"{VOICE}/innerhelp", json={**body, "dstaddress": "70006"}) == "0"
    assert types(desk.drain()) == ["AgentEvent_Consult_Fail"]
    assert desk.request("GET", CALLINFO).json()["result"]["callid"] == customer


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (0, ["AgentEvent_Call_Release", "AgentEvent_TransOutResult", "AgentState_Ready"]),
        (2, ["AgentEvent_TransOutResult", "AgentEvent_Call_Release", "AgentState_Ready"]),
    ],
)
def test_a_transfer_hands_the_call_over(
    desk: Desk, sim: GatewaySimulator, mode: int, expected: list[str]
) -> None:
    customer = talking_call(desk, sim)
    body = {"devicetype": 2, "address": "70005", "mode": mode}
    assert desk.retcode("POST", f"{VOICE}/transfer", json=body) == "0"
    events = desk.drain()
    assert types(events) == expected
    by_type = {e["eventType"]: e["content"] for e in events}
    assert by_type["AgentEvent_TransOutResult"] == {"result": 0}
    assert by_type["AgentEvent_Call_Release"] == customer


def test_transfers_that_fail_or_wait(desk: Desk, sim: GatewaySimulator) -> None:
    talking_call(desk, sim)
    body = {"devicetype": 1, "address": "20011", "mode": 2}
    sim.set_transfer_outcome("failure")
    assert desk.retcode("POST", f"{VOICE}/transfer", json=body) == "0"
    assert desk.drain() == [desk_event("AgentEvent_TransOutResult", {"result": 1}, desk)]
    sim.set_transfer_outcome("pending")
    assert desk.retcode("POST", f"{VOICE}/transfer", json=body) == "0"
    assert desk.drain() == []
    assert desk.retcode("POST", f"{VOICE}/canceltransfer") == "0"
    assert types(desk.drain()) == ["AgentEvent_Talking"]
    assert desk.retcode("POST", f"{VOICE}/canceltransfer") == "200-012"
    desk.request("POST", f"{VOICE}/transfer", json=body)
    sim.complete_transfer(AGENT)
    assert types(desk.drain())[:2] == ["AgentEvent_TransOutResult", "AgentEvent_Call_Release"]
    with pytest.raises(SimulatorError, match="no transfer"):
        sim.complete_transfer(AGENT)
    with pytest.raises(ValueError, match="outcome"):
        sim.set_transfer_outcome("maybe")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "retcode"),
    [
        ({"devicetype": 5, "address": "70006", "mode": 0}, "000-002"),  # not an external mode
        ({"devicetype": 2, "address": "154", "mode": 5}, "000-002"),
        ({"devicetype": 6, "address": "154", "mode": 1}, "000-002"),
        ({"devicetype": 2, "address": "", "mode": 1}, "000-002"),
        ({"devicetype": 5, "address": "70006", "mode": 4}, "0"),
    ],
)
def test_transfer_modes_depend_on_the_target(
    desk: Desk, sim: GatewaySimulator, body: dict[str, object], retcode: str
) -> None:
    talking_call(desk, sim)
    assert desk.retcode("POST", f"{VOICE}/transfer", json=body) == retcode


def test_an_outbound_call_cannot_be_blind_transferred_out(desk: Desk) -> None:
    desk.signed_in()
    call_out(desk)
    desk.drain()
    body = {"devicetype": 5, "address": "70006", "mode": 1}
    assert desk.retcode("POST", f"{VOICE}/transfer", json=body) == "100-007"


# ---------------------------------------------------------------------- mute, DTMF, pickup


def test_mute_and_dtmf(desk: Desk, sim: GatewaySimulator) -> None:
    assert desk.retcode("POST", f"{VOICE}/beginmute") == "100-006"
    desk.signed_in()
    assert desk.retcode("POST", f"{VOICE}/beginmute") == "200-003"
    talking_call_id = sim.offer_call(AGENT)
    assert desk.retcode("POST", f"{VOICE}/endmute") == "200-008"
    assert desk.retcode("POST", f"{VOICE}/beginmute") == "0"
    assert state(desk) == 12
    assert desk.retcode("POST", f"{VOICE}/beginmute") == "200-004"
    assert desk.retcode("POST", f"{VOICE}/endmute") == "0"
    assert state(desk) == 9
    for digits in ["12", "*#"]:
        assert desk.retcode("POST", f"{VOICE}/seconddialex", params={"number": digits}) == "0"
    assert desk.retcode("POST", f"{VOICE}/seconddialex", params={"number": "1,2"}) == "000-002"
    assert sim.dtmf(AGENT) == "12*#"
    assert desk.retcode("POST", f"{VOICE}/dropcall/{talking_call_id}") == "0"
    assert sim.dtmf(AGENT) == "12*#"  # of the last call
    assert desk.retcode("POST", f"{VOICE}/dropcall/{talking_call_id}") == "200-025"
    assert desk.request("POST", f"{VOICE}/dropcall/1-1").json()["message"] == (
        "no call can be droped"
    )


def test_connect_held_takes_the_agent_out(desk: Desk, sim: GatewaySimulator) -> None:
    customer = talking_call(desk, sim)
    desk.request("POST", f"{VOICE}/hold")
    colleague = call_out(desk, "70005")["result"]
    desk.drain()
    assert desk.retcode("POST", f"{VOICE}/connecthold/1-1") == "200-014"
    assert desk.retcode("POST", f"{VOICE}/connecthold/{customer}") == "0"
    assert desk.drain() == [
        desk_event("AgentEvent_Call_Release", colleague, desk),
        desk_event("AgentEvent_Call_Release", customer, desk),
        desk_event("AgentOther_PhoneRelease", {"phoneState": 2}, desk),
        desk_event("AgentState_Ready", None, desk),
    ]


def test_disconnect_a_party(desk: Desk, sim: GatewaySimulator) -> None:
    customer = talking_call(desk, sim)
    desk.request("POST", f"{VOICE}/innerhelp", json={"dstaddress": "70005", "mode": 2})
    desk.drain()
    assert desk.retcode("POST", f"{VOICE}/disconnect/70009") == "100-007"
    assert desk.retcode("POST", f"{VOICE}/disconnect/70005") == "0"
    release = {"callid": customer, "number": "70005"}
    assert desk.drain() == [desk_event("AgentEvent_Customer_Release", release, desk)]
    assert state(desk) == 9  # two parties again
    assert desk.retcode("POST", f"{VOICE}/disconnect/70004") == "0"
    assert types(desk.drain()) == [
        "AgentEvent_Customer_Release",
        "AgentEvent_Call_Release",
        "AgentState_Ready",
    ]


def test_snatch_pickup(desk: Desk, sim: GatewaySimulator) -> None:
    colleague = Desk(desk.http, "154").signed_in("other", autoanswer=False)
    desk.signed_in()
    assert desk.retcode("PUT", f"{VOICE}/snatchpickup", params={"destWorkNo": "154"}) == "100-007"
    call_id = sim.offer_call("154", caller="70004")
    colleague.drain()
    assert desk.retcode("PUT", f"{VOICE}/snatchpickup", params={"destWorkNo": "99"}) == "000-002"
    assert desk.retcode("PUT", f"{VOICE}/snatchpickup", params={"destWorkNo": "154"}) == "0"
    assert types(colleague.drain()) == ["AgentOther_PhoneRelease", "AgentState_Ready"]
    events = desk.drain()
    assert types(events) == [
        "AgentOther_PhoneAlerting",
        "AgentOther_PhoneOffhook",
        "AgentEvent_Talking",
        "AgentEvent_Incoming_CallInfo",
    ]
    assert events[2]["content"]["callid"] == call_id
    assert desk.request("GET", CALLINFO).json()["result"]["callid"] == call_id


@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_phone_linkage_pickup_and_hangup(desk: Desk, sim: GatewaySimulator, method: str) -> None:
    desk.signed_in(autoanswer=False)
    assert desk.retcode(method, f"{VOICE}/phonepickup") == "100-007"
    sim.offer_call(AGENT)
    desk.drain()
    assert desk.retcode(method, f"{VOICE}/phonehangup") == "0"
    assert types(desk.drain()) == [
        "AgentOther_PhoneRelease",
        "AgentEvent_No_Answer",
        "AgentState_Ready",
    ]
    sim.offer_call(AGENT)
    desk.drain()
    assert desk.retcode(method, f"{VOICE}/phonepickup") == "0"
    assert types(desk.drain()) == ["AgentOther_PhoneOffhook", "AgentEvent_Talking"]


# ---------------------------------------------------------------------- call data

DATA = f"/calldata/{AGENT}"


def test_set_call_data_plain_and_base64(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    body = {"calldata": "x"}
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json=body) == "400-001"
    call_id = sim.offer_call(AGENT, app_data="before")
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json={"calldata": "order=7"}) == "0"
    assert desk.request("GET", f"/calldata/{AGENT}/appdata").json()["result"] == "order=7"
    encoded = {"callid": call_id, "calldata": "R3LDvMOfZQ==", "isDataEncoded": True}
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json=encoded) == "0"
    assert desk.request("GET", f"/calldata/{AGENT}/appdata").json()["result"] == "Grüße"
    bad = {"calldata": "not base64!", "isDataEncoded": True}
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json=bad) == "000-002"
    big = {"calldata": base64.b64encode(b"x" * 16385).decode(), "isDataEncoded": True}
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json=big) == "000-002"
    fits = {"calldata": base64.b64encode(b"x" * 16384).decode(), "isDataEncoded": True}
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json=fits) == "0"
    wrong = {"callid": "1-1", "calldata": "x"}
    assert desk.retcode("PUT", f"{DATA}/setcalldataex", json=wrong) == "400-001"


def test_hold_list_call_ids_and_info_by_id(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    assert desk.request("GET", f"{DATA}/allcallid").json()["result"] == []
    assert desk.retcode("GET", f"{DATA}/holdlist") == "400-003"
    customer = sim.offer_call(AGENT, caller="70004")
    desk.request("POST", f"{VOICE}/hold")
    other = call_out(desk, "70005")["result"]
    assert desk.request("GET", f"{DATA}/allcallid").json()["result"] == [other, customer]
    (held,) = desk.request("GET", f"{DATA}/holdlist").json()["result"]
    assert (held["callid"], held["caller"]) == (customer, "70004")
    (info,) = desk.request("GET", f"{DATA}/callinfobycallid/{other}").json()["result"]
    assert (info["callid"], info["callfeature"], info["called"]) == (other, 7, "70005")
    assert desk.retcode("GET", f"{DATA}/callinfobycallid/1-1") == "100-007"


def test_a_call_transferred_to_a_colleague_rings_there(desk: Desk, sim: GatewaySimulator) -> None:
    colleague = Desk(desk.http, "154").signed_in("other")
    customer = talking_call(desk, sim)
    body = {"devicetype": 2, "address": "154", "mode": 2}
    assert desk.retcode("POST", f"{VOICE}/transfer", json=body) == "0"
    assert types(desk.drain())[-1] == "AgentState_Ready"
    events = colleague.drain()
    assert types(events) == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentEvent_Incoming_CallInfo",
        "AgentOther_PhoneOffhook",
        "AgentEvent_Talking",
    ]
    assert events[2]["content"]["callId"] == customer
    assert events[2]["content"]["caller"] == "70004"
    info = colleague.request("GET", "/calldata/154/callinfo").json()["result"]
    assert (info["callid"], info["called"]) == (customer, "154")


# ---------------------------------------------------------------------- colleagues' side


def test_an_internal_call_rings_at_the_colleague(desk: Desk, sim: GatewaySimulator) -> None:
    colleague = Desk(desk.http, "154").signed_in("other")
    desk.signed_in()
    call_id = desk.request("PUT", f"{VOICE}/callinner", json={"called": "154"}).json()["result"]
    events = colleague.drain()
    assert types(events) == [
        "AgentState_Busy",
        "AgentOther_PhoneAlerting",
        "AgentEvent_Incoming_CallInfo",
        "AgentOther_PhoneOffhook",
        "AgentEvent_Talking",
    ]
    assert events[-1]["content"]["callid"] == call_id
    assert (events[-1]["content"]["caller"], events[-1]["content"]["feature"]) == ("153", "6")
    assert types(desk.drain())[-1] == "AgentEvent_Talking"
    desk.request("DELETE", f"{VOICE}/release")
    assert colleague.drain() == [
        desk_event("AgentEvent_Call_Release", call_id, colleague),
        desk_event("AgentState_Ready", None, colleague),
    ]


def test_a_consulted_colleague_answers_joins_and_is_released(
    desk: Desk, sim: GatewaySimulator
) -> None:
    colleague = Desk(desk.http, "154").signed_in("other", autoanswer=False)
    customer = talking_call(desk, sim)
    consult = desk.request("POST", f"{VOICE}/innerhelp", json={"dstaddress": "154"}).json()
    assert types(desk.drain()) == ["AgentEvent_Hold"]  # the colleague's phone rings
    assert state(desk) == 6
    ringing = colleague.drain()[-1]
    assert ringing["eventType"] == "AgentEvent_Ringing"
    assert ringing["content"]["feature"] == "51"
    assert colleague.retcode("PUT", "/voicecall/154/answer") == "0"
    talking = desk.drain()
    assert [(e["eventType"], e["content"]["callid"]) for e in talking] == [
        ("AgentEvent_Talking", consult["result"])
    ]
    assert desk.retcode("POST", f"{VOICE}/confjoin", json={"callid": customer}) == "0"
    colleague.drain()
    desk.request("DELETE", f"{VOICE}/release")
    assert types(colleague.drain()) == ["AgentEvent_Call_Release", "AgentState_Ready"]


def test_a_colleague_rejecting_a_consultation(desk: Desk, sim: GatewaySimulator) -> None:
    colleague = Desk(desk.http, "154").signed_in("other", autoanswer=False)
    talking_call(desk, sim)
    consult = desk.request("POST", f"{VOICE}/innerhelp", json={"dstaddress": "154"}).json()
    desk.drain()
    assert colleague.retcode("POST", "/voicecall/154/phonehangup") == "0"
    assert desk.drain() == [desk_event("AgentEvent_Consult_Fail", consult["result"], desk)]
