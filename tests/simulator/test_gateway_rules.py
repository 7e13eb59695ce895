"""The gateway's limits and rules, as the simulator enforces them: the queue-query limit,
figures computed from the simulated agents and calls, watchers, rights."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock, QueryLimit, SimulatorError
from tests.simulator.helpers import AGENT, BASE_URL, PASSWORD, PHONE, Desk, make_simulator, types

QUEUE = f"/queuedevice/{AGENT}"
ME = f"/onlineagent/{AGENT}"


def sign_in(sim: GatewaySimulator, agent_id: str, **fields: Any) -> Desk:
    http = httpx.Client(base_url=BASE_URL, transport=sim.transport())
    desk = Desk(http, agent_id)
    response = desk.sign_in("pw", phonenum=f"4{agent_id}", **fields)
    assert response.json()["retcode"] == "0", response.json()
    desk.drain()
    return desk


def team(clock: ManualClock, *agent_ids: str, **options: Any) -> GatewaySimulator:
    sim = GatewaySimulator(clock=clock, poll_wait=0.01, **options)
    for agent_id in agent_ids:
        sim.add_agent(agent_id, password="pw", phone=f"4{agent_id}")
    return sim


# ---------------------------------------------------------------------- the queue-query limit


def test_five_queries_per_agent_and_interface_every_two_seconds(
    desk: Desk, clock: ManualClock
) -> None:
    desk.signed_in()
    answers = [desk.retcode("GET", f"{QUEUE}/waitnum") for _ in range(7)]
    assert answers == ["0"] * 5 + ["000-007"] * 2
    refused = desk.request("GET", f"{QUEUE}/waitnum").json()
    assert "at most 5 queries per agent" in refused["message"]
    assert desk.retcode("GET", f"{QUEUE}/waitnumbyagent") == "0"  # another interface
    clock.advance(1.9)
    assert desk.retcode("GET", f"{QUEUE}/waitnum") == "000-007"  # still in the window
    clock.advance(0.2)
    assert desk.retcode("GET", f"{QUEUE}/waitnum") == "0"  # the first five have aged out


def test_each_agent_has_its_own_five(sim: GatewaySimulator, http: httpx.Client) -> None:
    mine, theirs = Desk(http).signed_in(), Desk(http, "154").signed_in("other")
    assert [mine.retcode("GET", f"{QUEUE}/waitnum") for _ in range(6)][-1] == "000-007"
    assert theirs.retcode("GET", "/queuedevice/154/waitnum") == "0"


@pytest.mark.parametrize(
    ("limit", "allowed"),
    [
        (QueryLimit(per_agent=2), 2),
        (QueryLimit(per_agent=3, scope="family"), 3),
        (QueryLimit(per_agent=100, in_all=4), 4),
        (None, 12),
    ],
)
def test_the_limit_is_configurable(
    clock: ManualClock, limit: QueryLimit | None, allowed: int
) -> None:
    sim = make_simulator(clock, queue_query_limit=limit)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        paths = [f"{QUEUE}/waitnum", f"{QUEUE}/waitnumbyagent", f"{QUEUE}/agentvdnskill"] * 4
        answers = [desk.retcode("GET", path) for path in paths]
    if limit is not None and limit.scope == "interface":  # counted per interface
        assert answers.count("0") == 3 * min(allowed, 4)
    else:
        assert answers == ["0"] * allowed + ["000-007"] * (12 - allowed)


def test_the_limit_can_be_changed_while_serving(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.queues.set_query_limit(QueryLimit(per_agent=1))
    assert [desk.retcode("GET", f"{QUEUE}/waitnum") for _ in range(2)] == ["0", "000-007"]
    sim.queues.set_query_limit(None)
    assert {desk.retcode("GET", f"{QUEUE}/waitnum") for _ in range(20)} == {"0"}


@pytest.mark.parametrize(
    "bad",
    [{"per_agent": 0}, {"in_all": 0}, {"window": 0}, {"window": float("nan")}, {"scope": "x"}],
)
def test_a_limit_that_cannot_work_is_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        QueryLimit(**bad)


def test_other_families_are_not_limited(desk: Desk) -> None:
    desk.signed_in()
    assert {desk.retcode("GET", f"{ME}/agentstatus") for _ in range(20)} == {"0"}


# ---------------------------------------------------------------------- figures that agree


def test_queue_figures_follow_the_agents_and_calls(clock: ManualClock) -> None:
    sim = team(clock, "201", "202", "203", "204")
    sim.add_skill(1, "voice")
    for agent_id in ("201", "202", "203", "204"):
        sim.set_agent_skills(agent_id, [1])
    desks_ = [sign_in(sim, agent_id) for agent_id in ("201", "202", "203", "204")]
    for desk in desks_[:3]:  # three of the four join the queue
        assert desk.retcode("POST", f"/onlineagent/{desk.agent_id}/resetskill/true") == "0"
    assert (
        sim.queues.statistics(1)["loggedOnAgents"],
        sim.queues.statistics(1)["availAgents"],
    ) == (3, 3)

    desks_[1].request("POST", "/onlineagent/202/saybusy")
    sim.offer_call("201")  # 201 talks
    figures = sim.queues.statistics(1)
    assert (figures["loggedOnAgents"], figures["availAgents"], figures["queueSize"]) == (3, 1, 0)

    sim.offer_call("203")  # the last free one is taken: calls now wait
    first = sim.queue_call(1, caller="70001")
    clock.advance(30)
    second = sim.queue_call(1, caller="70002")
    clock.advance(12)
    figures = sim.queues.statistics(1)
    assert (figures["queueSize"], figures["queueTime"], figures["availAgents"]) == (2, 42, 0)
    assert sim.queues.queued_calls(1) == [first, second]
    answer = desks_[3].request("POST", "/queuedevice/204/queryacdstat", json={"skills": [1]})
    assert answer.json()["result"][0]["queueSize"] == 2  # 204 did not join, but may ask
    assert desks_[3].request("GET", "/queuedevice/204/skillwaitnum/1").json()["result"] == 2

    sim.end_call("203")  # 203 is idle again: the oldest waiting call goes to it
    assert sim.current_call_id("203") == first
    assert sim.queues.queued_calls(1) == [second]
    events = desks_[2].drain()
    assert "AgentEvent_Incoming_CallInfo" in types(events)
    incoming = [e for e in events if e["eventType"] == "AgentEvent_Incoming_CallInfo"][-1]
    assert (incoming["content"]["callId"], incoming["content"]["caller"]) == (first, "70001")
    call = desks_[2].request("GET", "/calldata/203/callinfo").json()["result"]
    assert (call["waitTime"], call["callskillid"]) == (42, 1)


def test_a_queued_call_goes_to_the_agent_idle_longest(clock: ManualClock) -> None:
    sim = team(clock, "201", "202")
    sim.add_skill(1, "voice")
    agents = {}
    for agent_id in ("201", "202"):
        sim.set_agent_skills(agent_id, [1])
        agents[agent_id] = desk = sign_in(sim, agent_id)
        desk.request("POST", f"/onlineagent/{agent_id}/resetskill/true")
        assert desk.retcode("POST", f"/onlineagent/{agent_id}/saybusy") == "0"
    for agent_id in ("202", "201"):  # 202 is ready first
        assert agents[agent_id].retcode("POST", f"/onlineagent/{agent_id}/sayfree") == "0"
        clock.advance(5)
    call_id = sim.queue_call(1)
    assert (sim.current_call_id("202"), sim.current_call_id("201")) == (call_id, None)


def test_a_full_queue_and_an_unknown_queue_are_refused(sim: GatewaySimulator) -> None:
    sim.add_skill(1, "voice", max_queue_size=1)
    sim.queue_call(1)
    with pytest.raises(SimulatorError, match="full"):
        sim.queue_call(1)
    with pytest.raises(SimulatorError, match="no skill queue 9"):
        sim.queue_call(9)


def test_group_views_follow_the_agents(clock: ManualClock) -> None:
    sim = team(clock, "201", "202", "203")
    first = sign_in(sim, "201")
    sign_in(sim, "202")
    sign_in(sim, "203").request("POST", "/onlineagent/203/saybusy")
    sim.offer_call("202")
    statuses = first.request("GET", "/agentgroup/201/allagentstatus").json()["result"]
    assert [(s["workno"], s["status"]) for s in statuses] == [
        ("201", "4"),
        ("202", "7"),
        ("203", "3"),
    ]
    idle = first.request("GET", "/agentgroup/201/idleagent").json()["result"]
    assert [a["workno"] for a in idle] == ["201"]


# ---------------------------------------------------------------------- watchers and rights


def test_a_watcher_sees_another_agents_state_change(clock: ManualClock) -> None:
    sim = team(clock, "201", "202", "160")
    agent = sign_in(sim, "201")
    sign_in(sim, "202")
    inspector = sign_in(sim, "160")
    sim.watch("160", ["201"])
    agent.request("POST", "/onlineagent/201/saybusy", params={"reason": "201"})
    sim.offer_call("202", force=True)  # not watched
    watched = sim.watched_events("160")
    assert [(e["workNo"], e["eventType"]) for e in watched] == [
        ("201", "AgentState_SetNotReady_Success")
    ]
    assert watched[0]["content"] == {"reason": "201"}
    assert sim.watched_events("160") == []  # handed out once
    assert inspector.drain() == []  # the inspector's own stream is untouched
    assert types(agent.drain()) == ["AgentState_SetNotReady_Success"]  # and so is the agent's


def test_a_watcher_of_the_whole_vdn_sees_calls_but_not_other_vdns(clock: ManualClock) -> None:
    sim = team(clock, "201", "160")
    sim.add_agent("301", password="pw", phone="4301", vdn_id=2)
    sign_in(sim, "201")
    sign_in(sim, "301")
    sign_in(sim, "160")
    sim.watch("160")
    call_id = sim.offer_call("201")
    sim.offer_call("301")
    watched = sim.watched_events("160")
    assert {e["workNo"] for e in watched} == {"201"}
    assert "AgentEvent_Talking" in types(watched)
    assert not any(e["eventType"].startswith("AgentOther_") for e in watched)
    talking = next(e for e in watched if e["eventType"] == "AgentEvent_Talking")
    assert talking["content"]["callid"] == call_id


def test_watching_ends_with_the_watchers_session(clock: ManualClock) -> None:
    sim = team(clock, "201", "160")
    agent = sign_in(sim, "201")
    inspector = sign_in(sim, "160")
    sim.watch("160")
    assert inspector.retcode("DELETE", "/onlineagent/160/logout") == "0"
    agent.request("POST", "/onlineagent/201/saybusy")
    sign_in(sim, "160")
    assert sim.watched_events("160") == []


def test_watching_needs_the_inspect_right(clock: ManualClock) -> None:
    sim = team(clock, "201", "160")
    sign_in(sim, "160")
    sim.withhold_right("160", "inspect")
    with pytest.raises(SimulatorError, match="no inspect right"):
        sim.watch("160")
    sim.grant_right("160", "inspect")
    sim.watch("160")
    with pytest.raises(ValueError, match="unknown right"):
        sim.withhold_right("160", "fly")
    with pytest.raises(SimulatorError, match="no agent"):
        sim.watch("160", ["999"])


def test_a_withheld_right_is_refused_with_the_gateways_retcode(sim: GatewaySimulator) -> None:
    from cec_agentgateway._simulator._wire import Refusal

    sim.withhold_right(AGENT, "inspect")
    with pytest.raises(Refusal) as refused:
        sim.require_right(sim.agents[AGENT], "inspect")
    assert refused.value.retcode == "900-002"
    sim.require_right(sim.agents["154"], "inspect")  # others keep it


def test_watch_from_the_control_endpoint_and_the_command_line(clock: ManualClock) -> None:
    from cec_agentgateway.simulator import run_command

    sim = team(clock, "201", "160")
    agent = sign_in(sim, "201")
    sign_in(sim, "160")
    assert run_command(sim, "watch 160 201") == "ok"
    assert run_command(sim, "watch").startswith("error unknown command 'watch'; usage: watch")
    with sim.serve(control=True) as server, httpx.Client(base_url=server.url) as control:
        agent.request("POST", "/onlineagent/201/saybusy")
        answer = control.post("/__sim__/watched_events", json={"agent": "160"}).json()
        assert [e["eventType"] for e in answer["events"]] == ["AgentState_SetNotReady_Success"]
        bad = control.post("/__sim__/watch", json={"agent": "160", "agents": "201"})
        assert (bad.status_code, bad.json()["ok"]) == (400, False)
        assert "POST watch" in control.get("/__sim__/").json()["controls"]


def test_the_same_password_and_phone_rules_apply(sim: GatewaySimulator, desk: Desk) -> None:
    assert desk.sign_in(PASSWORD, phonenum="49999").json()["retcode"] == "100-013"
    assert desk.sign_in(PASSWORD, phonenum=PHONE).json()["retcode"] == "0"
