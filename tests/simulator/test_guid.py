"""The Guid header: checks, dynamic rotation and expiry on the simulator's clock, updateGuid."""

from __future__ import annotations

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock
from tests.simulator.helpers import AGENT, BASE_URL, Desk, make_simulator, set_guid

STATUS = f"/onlineagent/{AGENT}/agentstatus"
POLL = f"/agentevent/{AGENT}"
HANDSHAKE = f"/onlineagent/{AGENT}/handshake"


def status_with(http: httpx.Client, guid: str | None) -> str:
    headers = {} if guid is None else {"Guid": guid}
    retcode: str = http.get(STATUS, headers=headers).json()["retcode"]
    return retcode


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", POLL),
        ("POST", HANDSHAKE),
        ("PUT", f"/onlineagent/{AGENT}/updateGuid"),
        ("GET", STATUS),
        ("POST", f"/onlineagent/{AGENT}/syncagentinfo"),
        ("GET", f"/calldata/{AGENT}/callinfo"),
        ("GET", f"/calldata/{AGENT}/appdata"),
        ("POST", f"/agentconf/{AGENT}/queryconfinfos"),
        ("POST", f"/agentconf/{AGENT}/requestagentconf"),
        ("DELETE", f"/onlineagent/{AGENT}/logout"),
        ("DELETE", f"/onlineagent/{AGENT}/forcelogout"),
        ("DELETE", f"/onlineagent/{AGENT}/forcelogoutwithreason/3"),
    ],
)
def test_every_operation_but_sign_in_needs_the_guid(
    http: httpx.Client, method: str, path: str
) -> None:
    desk = Desk(http).signed_in()
    for headers in ({}, {"Guid": "not-a-guid"}, {"Guid": (desk.guid or "").upper()}):
        response = http.request(method, path, headers=headers)
        assert response.status_code == 200
        assert response.json()["retcode"] == "100-006"
        assert response.json()["message"] == "agent not login"


def test_the_header_name_is_case_insensitive(desk: Desk) -> None:
    desk.signed_in()
    assert desk.http.get(STATUS, headers={"guid": desk.guid or ""}).json()["retcode"] == "0"


def test_a_guid_only_works_for_its_own_agent(http: httpx.Client) -> None:
    desk = Desk(http).signed_in()
    other = http.get("/onlineagent/154/agentstatus", headers={"Guid": desk.guid or ""})
    assert other.json()["retcode"] == "100-006"


def test_rotation_on_poll_and_the_grace_period_of_the_old_guid(
    desk: Desk, clock: ManualClock
) -> None:
    desk.signed_in()
    first = desk.guid
    clock.advance(59.9)
    assert set_guid(desk.request("GET", POLL)) is None
    clock.advance(0.1)
    rotated = desk.request("GET", POLL)
    second = set_guid(rotated)
    assert second is not None and second != first
    assert rotated.headers["Set-GUID"] == f"JSESSIONID={second}"
    # The old Guid stays valid for guid_expiry (120 s) after it was replaced.
    clock.advance(60.0)
    desk.request("POST", HANDSHAKE)  # keeps the session alive (and rotates again)
    clock.advance(59.9)
    assert status_with(desk.http, first) == "0"
    clock.advance(0.1)
    assert status_with(desk.http, first) == "100-006"
    assert status_with(desk.http, desk.guid) == "0"


def test_heartbeat_answers_rotate_too(desk: Desk, clock: ManualClock) -> None:
    desk.signed_in()
    clock.advance(61)
    response = desk.http.post(HANDSHAKE, headers={"Guid": desk.guid or ""})
    assert response.json() == {"message": "success", "retcode": "0"}
    assert set_guid(response) not in (None, desk.guid)


def test_other_answers_never_carry_a_new_guid(desk: Desk, clock: ManualClock) -> None:
    desk.signed_in()
    clock.advance(61)
    assert "Set-GUID" not in desk.request("GET", STATUS).headers
    assert "Set-GUID" not in desk.request("POST", f"/onlineagent/{AGENT}/syncagentinfo").headers


def test_an_old_guid_in_its_grace_period_is_told_the_newest(desk: Desk, clock: ManualClock) -> None:
    """A client that lost the answer announcing the new Guid learns it again."""
    desk.signed_in()
    old = desk.guid
    clock.advance(60)
    desk.poll()
    newest = desk.guid
    assert newest != old
    response = desk.http.get(POLL, headers={"Guid": old or ""})
    assert set_guid(response) == newest


def test_static_authentication_never_rotates(clock: ManualClock) -> None:
    sim = make_simulator(clock, guid_rotation=None)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        first = desk.guid
        for _ in range(3):
            clock.advance(100)
            assert "Set-GUID" not in desk.request("GET", POLL).headers
            assert "Set-GUID" not in desk.request("POST", HANDSHAKE).headers
        assert desk.guid == first
        assert status_with(http, first) == "0"


def test_update_guid_issues_a_new_guid_in_the_result(
    desk: Desk, sim: GatewaySimulator, clock: ManualClock
) -> None:
    desk.signed_in()
    old = desk.guid
    response = desk.request("PUT", f"/onlineagent/{AGENT}/updateGuid")
    new = response.json()["result"]["guid"]
    assert response.json()["message"] == "success"
    assert new != old and new.endswith(".AgentGateway0")
    assert sim.guid(AGENT) == new
    assert status_with(desk.http, new) == "0"
    clock.advance(sim.guid_expiry)
    desk.http.post(HANDSHAKE, headers={"Guid": new})
    assert status_with(desk.http, old) == "100-006"
