"""Sign-in, forced and platform-only sign-in, and sign-out."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock
from tests.simulator.helpers import AGENT, PASSWORD, PHONE, START_TIME, Desk, types

GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\.AgentGateway0$")


def test_sign_in_answers_the_session_and_its_guid(desk: Desk, clock: ManualClock) -> None:
    clock.advance(2.5)
    response = desk.sign_in()
    assert response.status_code == 200
    assert response.json() == {
        "message": "",
        "retcode": "0",
        "result": {
            "vdnid": 1,
            "workno": AGENT,
            "mediatype": "TTF",
            "loginTime": str(int((START_TIME + 2.5) * 1000)),
            "isForceChange": "false",
            "serverName": "AgentGateway",
            "timeRemaining": "",
        },
    }
    assert response.headers["Set-GUID"].startswith("JSESSIONID=")
    assert desk.guid is not None and GUID.match(desk.guid)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (None, ["AgentOther_InService", "AgentState_Ready"]),
        (3, ["AgentOther_InService", "AgentState_Ready", "AgentState_SetNotReady_Success"]),
        (4, ["AgentOther_InService", "AgentState_Ready"]),
        (5, ["AgentOther_InService", "AgentState_Ready", "AgentState_Work"]),
    ],
)
def test_sign_in_events_follow_the_status(
    desk: Desk, sim: GatewaySimulator, status: int | None, expected: list[str]
) -> None:
    fields = {} if status is None else {"status": status}
    desk.sign_in(**fields)
    events = desk.drain()
    assert types(events) == expected
    for event in events:
        busy = event["eventType"] == "AgentState_SetNotReady_Success"
        assert event["workNo"] == AGENT
        assert event["content"] == ({"reason": "0"} if busy else None)
        assert isinstance(event["eventGenTime"], int)
    assert int(sim.agent_state(AGENT)) == {None: 4, 3: 3, 4: 4, 5: 5}[status]


def test_the_reference_example_with_string_values_is_accepted(http: httpx.Client) -> None:
    body = {"password": PASSWORD, "phonenum": PHONE, "status": "4", "releasephone": "false"}
    body["agenttype"] = "4"
    assert http.put(f"/onlineagent/{AGENT}", json=body).json()["retcode"] == "0"


def test_unknown_fields_such_as_the_legacy_push_url_are_ignored(desk: Desk) -> None:
    assert desk.sign_in(pushUrl="http://desk.example/push").json()["retcode"] == "0"


@pytest.mark.parametrize(
    ("password", "agent_id", "retcode"),
    [("wrong", AGENT, "100-004"), (PASSWORD, "777", "100-004"), (PASSWORD, "15x", "000-002")],
)
def test_wrong_credentials_and_bad_agent_ids(
    http: httpx.Client, password: str, agent_id: str, retcode: str
) -> None:
    desk = Desk(http, agent_id)
    response = desk.sign_in(password)
    assert response.status_code == 200
    assert response.json()["retcode"] == retcode
    assert response.json()["result"] is None
    assert "Set-GUID" not in response.headers


@pytest.mark.parametrize(
    ("body", "retcode"),
    [
        (b"{not json", "100-001"),
        (b"[]", "100-001"),
        (b"", "100-001"),
        ({"phonenum": PHONE}, "100-001"),
        ({"password": PASSWORD}, "100-001"),
        ({"password": PASSWORD, "phonenum": PHONE, "status": 7}, "100-001"),
        ({"password": PASSWORD, "phonenum": PHONE, "autoanswer": "maybe"}, "100-001"),
        ({"password": "x" * 33, "phonenum": PHONE}, "100-001"),
        ({"password": PASSWORD, "phonenum": PHONE, "serviceToken": "no-dash"}, "100-001"),
        ({"password": PASSWORD, "phonenum": PHONE, "agenttype": 5}, "100-012"),
        ({"password": PASSWORD, "phonenum": PHONE, "ip": "256.1.1.1"}, "100-016"),
        ({"password": PASSWORD, "phonenum": "1" * 25}, "100-013"),
        ({"password": PASSWORD, "phonenum": "40039"}, "100-013"),
    ],
)
def test_invalid_sign_in_bodies(http: httpx.Client, body: Any, retcode: str) -> None:
    if isinstance(body, bytes):
        response = http.put(f"/onlineagent/{AGENT}", content=body)
    else:
        response = http.put(f"/onlineagent/{AGENT}", json=body)
    assert response.json()["retcode"] == retcode
    assert response.json()["message"]


def test_a_second_sign_in_is_refused_and_forcelogin_takes_over(
    http: httpx.Client, sim: GatewaySimulator
) -> None:
    first = Desk(http).signed_in()
    second = Desk(http)
    assert second.sign_in().json()["retcode"] == "100-002"
    assert second.sign_in(how="loginex").json()["retcode"] == "100-002"
    assert second.sign_in(how="forcelogin").json()["retcode"] == "0"
    assert second.guid != first.guid
    assert first.retcode("GET", f"/onlineagent/{AGENT}/agentstatus") == "100-006"
    assert first.poll()["retcode"] == "100-006"
    assert types(second.drain()) == ["AgentOther_InService", "AgentState_Ready"]
    assert sim.guid(AGENT) == second.guid


def test_loginex_needs_no_phone_and_signs_in_to_the_voice_platform_only(desk: Desk) -> None:
    response = desk.http.put(f"/onlineagent/{AGENT}/loginex", json={"password": PASSWORD})
    assert response.json()["retcode"] == "0"
    assert response.json()["result"]["mediatype"] == "TFF"


def test_media_servers_chosen_at_sign_in_show_in_mediatype(desk: Desk) -> None:
    response = desk.sign_in(checkInWebm=False, checkInMailm=True)
    assert response.json()["result"]["mediatype"] == "TFT"


def test_an_empty_password_works_when_the_account_has_one(
    http: httpx.Client, sim: GatewaySimulator
) -> None:
    sim.add_agent("200")
    desk = Desk(http, "200")
    assert desk.sign_in("", phonenum="88001").json()["retcode"] == "0"


def test_sign_out_queues_the_shutdown_event_then_the_guid_dies(
    desk: Desk, sim: GatewaySimulator
) -> None:
    login_time = desk.sign_in().json()["result"]["loginTime"]
    response = desk.request("DELETE", f"/onlineagent/{AGENT}/logout")
    assert response.json() == {"retcode": "0", "message": "", "result": None}
    assert not sim.is_signed_in(AGENT)
    assert desk.retcode("GET", f"/onlineagent/{AGENT}/agentstatus") == "100-006"
    events = [desk.poll()["event"] for _ in range(3)]
    assert types(events) == [
        "AgentOther_InService",
        "AgentState_Ready",
        "AgentOther_ShutdownService",
    ]
    assert events[-1]["content"] == {"loginTime": login_time}
    assert desk.poll() == {"message": "agent not login", "retcode": "100-006"}


def test_signing_out_twice(desk: Desk) -> None:
    desk.signed_in()
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/logout") == "0"
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/logout") == "100-008"
    assert desk.poll()["event"]["eventType"] == "AgentOther_ShutdownService"
    assert desk.retcode("DELETE", f"/onlineagent/{AGENT}/logout") == "100-006"


@pytest.mark.parametrize(
    ("reason", "retcode"),
    [
        ("1", "0"),
        ("255", "0"),
        ("12", "0"),
        ("0", "000-002"),
        ("256", "000-002"),
        ("-3", "000-002"),
        ("abc", "000-002"),
    ],
)
def test_forced_sign_out_with_reason_checks_the_reason(
    desk: Desk, reason: str, retcode: str
) -> None:
    desk.signed_in()
    path = f"/onlineagent/{AGENT}/forcelogoutwithreason/{reason}"
    assert desk.retcode("DELETE", path) == retcode


def test_a_new_sign_in_forgets_the_previous_sessions_last_events(desk: Desk) -> None:
    desk.signed_in()
    old = desk.guid
    desk.request("DELETE", f"/onlineagent/{AGENT}/forcelogout")
    desk.signed_in()
    desk.guid = old
    assert desk.poll()["retcode"] == "100-006"


# ---------------------------------------------------------------- documentation issue 24


@pytest.mark.parametrize("how", ["", "forcelogin"])
def test_signing_in_resting_with_time_and_cause(
    desk: Desk, sim: GatewaySimulator, how: str
) -> None:
    """Status 8 (issue 24): the agent starts resting; the granted-rest event follows."""
    response = desk.sign_in(how=how, status=8, time=120, restcause=4, signInMode=1)
    assert response.json()["retcode"] == "0"
    assert types(desk.drain()) == [
        "AgentOther_InService",
        "AgentState_Ready",
        "AgentState_SetRest_Success",
    ]
    assert int(sim.agent_state(AGENT)) == 8
    sync = desk.request("POST", f"/onlineagent/{AGENT}/syncagentinfo").json()
    assert sync["result"]["signInMode"] == 1
    assert sync["result"]["agentStateInfo"]["state"] == 3  # AgentState.REST


@pytest.mark.parametrize(
    ("fields", "retcode"),
    [
        ({"status": 8}, "100-001"),  # time is required with status 8
        ({"status": 8, "time": 0}, "100-001"),
        ({"status": 8, "time": 86400}, "100-001"),
        ({"status": 8, "time": 60, "restcause": 256}, "100-001"),
        ({"status": 8, "time": 60, "restcause": -1}, "100-001"),
        ({"status": "8", "time": "60", "restcause": "0"}, "0"),
        ({"signInMode": "any"}, "0"),
    ],
)
def test_issue_24_fields_are_checked(desk: Desk, fields: dict[str, Any], retcode: str) -> None:
    assert desk.sign_in(**fields).json()["retcode"] == retcode


def test_platform_only_sign_in_has_no_rest_status(desk: Desk) -> None:
    body = {"status": 8, "time": 60}
    assert desk.sign_in(how="loginex", **body).json()["retcode"] == "100-001"


def test_sync_reports_no_sign_in_mode_when_none_was_sent(desk: Desk) -> None:
    desk.signed_in()
    sync = desk.request("POST", f"/onlineagent/{AGENT}/syncagentinfo").json()
    assert sync["result"]["signInMode"] is None
