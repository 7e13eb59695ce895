"""The simulator's skills, queues, agent groups and messages, spoken to with plain httpx."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, SimulatorError
from tests.simulator.helpers import AGENT, Desk, types

ME = f"/onlineagent/{AGENT}"
QUEUE = f"/queuedevice/{AGENT}"


@pytest.fixture
def queues(sim: GatewaySimulator) -> GatewaySimulator:
    """Three queues of VDN 1, one of VDN 2; 153 has skills 1 and 2, 154 has 2 and 3."""
    sim.add_skill(1, "voice", waiting=3, longest_wait=40, pilot_number="10086")
    sim.add_skill(2, "webchat", media_type=51, waiting=2, max_queue_size=20)
    sim.add_skill(3, "vip", waiting=5)
    sim.add_skill(9, "elsewhere", vdn_id=2, waiting=7)
    sim.set_agent_skills(AGENT, [1, 2])
    sim.set_agent_skills("154", [2, 3])
    sim.set_agent_group(AGENT, "Hotline")
    sim.set_agent_group("154", "Hotline")
    return sim


@pytest.fixture
def colleague(http: httpx.Client, queues: GatewaySimulator) -> Desk:
    other = Desk(http, "154")
    assert other.sign_in("other", phonenum="40039").json()["retcode"] == "0"
    other.drain()
    return other


def result(desk: Desk, method: str, path: str, **kwargs: Any) -> Any:
    answer = desk.request(method, path, **kwargs).json()
    assert answer["retcode"] == "0", answer
    return answer["result"]


# ---------------------------------------------------------------------- skills


def test_configured_skills(desk: Desk, queues: GatewaySimulator) -> None:
    desk.signed_in()
    assert result(desk, "GET", f"{ME}/agentskills") == [
        {"name": "voice", "id": 1, "mediatype": 5},
        {"name": "webchat", "id": 2, "mediatype": 51},
    ]
    assert [s["id"] for s in result(desk, "GET", f"{ME}/agentskillsbyworkno/154")] == [2, 3]


def test_skills_of_an_unknown_agent_or_bad_workno(desk: Desk, queues: GatewaySimulator) -> None:
    desk.signed_in()
    assert desk.retcode("GET", f"{ME}/agentskillsbyworkno/999") == "100-007"
    assert desk.retcode("GET", f"{ME}/agentskillsbyworkno/12") == "000-002"


def test_reset_skill_joins_all_or_the_listed_configured_queues(
    desk: Desk, queues: GatewaySimulator
) -> None:
    desk.signed_in()
    assert queues.joined_skills(AGENT) == []
    assert desk.retcode("POST", f"{ME}/resetskill/true") == "0"
    assert queues.joined_skills(AGENT) == [1, 2]
    params = {"skillid": "2;3;77"}  # 3 and 77 are not configured for the agent: ignored
    assert desk.retcode("POST", f"{ME}/resetskill/false", params=params) == "0"
    assert queues.joined_skills(AGENT) == [2]
    assert desk.retcode("POST", f"{ME}/resetskill/TRUE") == "0"
    assert queues.joined_skills(AGENT) == [1, 2]
    assert desk.retcode("POST", f"{ME}/resetskill/yes") == "0"  # not "true": none listed
    assert queues.joined_skills(AGENT) == []
    assert desk.drain() == []  # no event


@pytest.mark.parametrize(
    "params", [{"skillid": "1,2"}, {"skillid": "1;" * 2001}, {"phonelinkage": "2"}]
)
def test_reset_skill_refuses_bad_parameters(
    desk: Desk, queues: GatewaySimulator, params: dict[str, str]
) -> None:
    desk.signed_in()
    assert desk.retcode("POST", f"{ME}/resetskill/false", params=params) == "000-002"


def test_reset_skill_needs_a_bound_phone(desk: Desk, queues: GatewaySimulator) -> None:
    body = {"password": "secret"}
    answer = desk.request("PUT", f"{ME}/loginex", json=body).json()
    assert answer["retcode"] == "0"
    assert desk.retcode("POST", f"{ME}/resetskill/true") == "100-007"
    assert queues.joined_skills(AGENT) == []


def test_joined_skills_end_with_the_session(desk: Desk, queues: GatewaySimulator) -> None:
    desk.signed_in()
    desk.request("POST", f"{ME}/resetskill/true")
    desk.request("DELETE", f"{ME}/logout")
    desk.drain_farewell()
    desk.signed_in()
    assert queues.joined_skills(AGENT) == []


def test_every_skill_operation_needs_a_session(desk: Desk, queues: GatewaySimulator) -> None:
    for method, path in [
        ("POST", f"{ME}/resetskill/true"),
        ("GET", f"{ME}/agentskills"),
        ("GET", f"{QUEUE}/waitnum"),
        ("POST", f"{QUEUE}/queryacdstat"),
        ("GET", f"/agentgroup/{AGENT}/idleagent"),
        ("POST", f"{ME}/sendnoteletex"),
    ]:
        assert desk.retcode(method, path) == "100-006", path


# ---------------------------------------------------------------------- queues


def test_waiting_counts(desk: Desk, queues: GatewaySimulator) -> None:
    desk.signed_in()
    assert result(desk, "GET", f"{QUEUE}/waitnum") == 5  # skills 1 and 2
    assert result(desk, "GET", f"{QUEUE}/waitnumbyagent") == 0  # none joined yet
    desk.request("POST", f"{ME}/resetskill/false", params={"skillid": "2"})
    assert result(desk, "GET", f"{QUEUE}/waitnumbyagent") == 2
    queues.set_queue(2, waiting=6)
    assert result(desk, "GET", f"{QUEUE}/waitnumbyagent") == 6
    assert result(desk, "GET", f"{QUEUE}/skillwaitnum/3") == 5  # any queue of the VDN
    assert result(desk, "GET", f"{QUEUE}/skillwaitnum/9") == 0  # another VDN's
    assert desk.retcode("GET", f"{QUEUE}/skillwaitnum/x") == "000-002"


def test_acd_statistics_count_the_joined_and_the_idle_agents(
    desk: Desk, colleague: Desk, queues: GatewaySimulator
) -> None:
    desk.signed_in()
    desk.request("POST", f"{ME}/resetskill/true")
    colleague.request("POST", "/onlineagent/154/resetskill/true")
    queues.offer_call("154")  # 154 is talking now, not available
    stats = result(desk, "POST", f"{QUEUE}/queryacdstat", json={"skills": [2, 1, 9, 44]})
    assert [s["deviceNo"] for s in stats] == [2, 1]  # other VDN's and unknown left out
    webchat, voice = stats
    assert (webchat["queueSize"], webchat["loggedOnAgents"], webchat["availAgents"]) == (2, 2, 1)
    assert webchat["maxQueueSize"] == 20 and webchat["skillDescrip"] == "webchat"
    assert (voice["queueSize"], voice["queueTime"], voice["pilotNbr"]) == (3, 40, "10086")
    assert (voice["loggedOnAgents"], voice["availAgents"]) == (1, 1)


@pytest.mark.parametrize("body", [{"skills": []}, {"skills": list(range(101))}, {"skills": "1"}])
def test_acd_statistics_refuse_bad_bodies(
    desk: Desk, queues: GatewaySimulator, body: dict[str, Any]
) -> None:
    desk.signed_in()
    assert desk.retcode("POST", f"{QUEUE}/queryacdstat", json=body) == "000-002"


def test_vdn_skills(desk: Desk, queues: GatewaySimulator) -> None:
    desk.signed_in()
    skills = result(desk, "GET", f"{QUEUE}/agentvdnskill")
    assert [(s["id"], s["name"]) for s in skills] == [(1, "voice"), (2, "webchat"), (3, "vip")]


def test_scenario_errors(queues: GatewaySimulator) -> None:
    with pytest.raises(SimulatorError):
        queues.add_skill(1, "again")
    with pytest.raises(SimulatorError):
        queues.set_queue(5, waiting=1)
    with pytest.raises(SimulatorError):
        queues.set_agent_skills(AGENT, [1, 5])
    with pytest.raises(SimulatorError):
        queues.set_agent_group("999", "x")
    with pytest.raises(ValueError):
        queues.set_queue(1, waiting=-1)


# ---------------------------------------------------------------------- agent group


def test_idle_agents_and_states_follow_the_agents(
    desk: Desk, colleague: Desk, queues: GatewaySimulator
) -> None:
    desk.signed_in()
    idle = result(desk, "GET", f"/agentgroup/{AGENT}/idleagent")
    assert idle == [{"workno": "153", "name": "153"}, {"workno": "154", "name": "154"}]
    queues.offer_call("154")
    assert [a["workno"] for a in result(desk, "GET", f"/agentgroup/{AGENT}/idleagent")] == ["153"]
    states = result(desk, "GET", f"/agentgroup/{AGENT}/allagentstatus")
    assert [(s["workno"], s["status"], s["groupName"]) for s in states] == [
        ("153", "4", "Hotline"),  # idle
        ("154", "7", "Hotline"),  # talking
    ]
    colleague.request("DELETE", "/onlineagent/154/forcelogout")
    states = result(desk, "GET", f"/agentgroup/{AGENT}/allagentstatus")
    assert [s["workno"] for s in states] == ["153"]  # signed-out agents are not listed


# ---------------------------------------------------------------------- messages


def test_a_note_reaches_the_signed_in_recipients(
    desk: Desk, colleague: Desk, queues: GatewaySimulator
) -> None:
    desk.signed_in()
    body = {"agentIds": [154, 154, 155, 999], "content": "Lunch at one"}
    assert desk.retcode("POST", f"{ME}/sendnoteletex", json=body) == "0"
    (note,) = colleague.drain()  # once, although listed twice; 155 is offline, 999 unknown
    assert note["eventType"] == "AgentOther_Note" and note["workNo"] == "154"
    content = note["content"]
    assert (content["sender"], content["sendername"], content["context"]) == (
        "153",
        "153",
        "Lunch at one",
    )
    assert content["receivetime"].isdigit() and len(content["timestring"]) == 19
    assert desk.drain() == []  # the sender gets nothing


def test_a_note_to_one_agent_as_a_bare_number(desk: Desk, colleague: Desk) -> None:
    desk.signed_in()
    body = {"agentIds": 154, "content": "x"}  # the page's table types agentIds as an int
    assert desk.retcode("POST", f"{ME}/sendnoteletex", json=body) == "0"
    assert types(colleague.drain()) == ["AgentOther_Note"]


@pytest.mark.parametrize(
    "body",
    [
        {"agentIds": [], "content": "x"},
        {"agentIds": [154], "content": "é" * 512},
        {"agentIds": [154]},
        {"agentIds": ["x"], "content": "x"},
    ],
)
def test_bad_notes_are_refused(desk: Desk, colleague: Desk, body: dict[str, Any]) -> None:
    desk.signed_in()
    assert desk.retcode("POST", f"{ME}/sendnoteletex", json=body) == "100-001"
    assert colleague.drain() == []


def test_a_bulletin_reaches_a_group(desk: Desk, colleague: Desk, queues: GatewaySimulator) -> None:
    desk.signed_in()
    bulletin = {"targettype": 0, "targetname": "Hotline", "bulletindata": "Restart at six"}
    assert desk.retcode("POST", f"{ME}/notifybulletin", json=bulletin) == "0"
    (event,) = colleague.drain()
    assert event["eventType"] == "AgentOther_Bulletin"
    assert event["content"]["context"] == "Restart at six"
    assert desk.drain() == []  # not to the sender
    other = {**bulletin, "targetname": "Back office"}
    assert desk.retcode("POST", f"{ME}/notifybulletin", json=other) == "0"
    assert colleague.drain() == []


def test_a_bulletin_reaches_a_skill_queue(
    desk: Desk, colleague: Desk, queues: GatewaySimulator
) -> None:
    desk.signed_in()
    bulletin = {"targettype": 1, "targetname": "3", "bulletindata": "VIP queue is long"}
    assert desk.retcode("POST", f"{ME}/notifybulletin", json=bulletin) == "0"
    assert colleague.drain() == []  # 154 has not joined queue 3 yet
    colleague.request("POST", "/onlineagent/154/resetskill/true")
    assert desk.retcode("POST", f"{ME}/notifybulletin", json={**bulletin, "targetname": 3}) == "0"
    assert types(colleague.drain()) == ["AgentOther_Bulletin"]


@pytest.mark.parametrize(
    "body",
    [
        {"targettype": 2, "targetname": "x", "bulletindata": "x"},
        {"targettype": 1, "targetname": "vip", "bulletindata": "x"},
        {"targettype": 0, "targetname": "x"},
        {"targettype": 0, "targetname": "x", "bulletindata": ""},
    ],
)
def test_bad_bulletins_are_refused(desk: Desk, queues: GatewaySimulator, body: Any) -> None:
    desk.signed_in()
    assert desk.retcode("POST", f"{ME}/notifybulletin", json=body) == "000-002"
