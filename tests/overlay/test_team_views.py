"""Team views on the wire: agent groups, members, rest reasons, rights, adjustskill.

Each test runs with the sync and the async client (the ``connect`` fixture).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    APIConnectionError,
    GatewayAgentState,
    QualityControlError,
    RequestValidationError,
    ResponseDecodeError,
    RestReasonOption,
    TeamGroup,
)
from cec_agentgateway._supervisor import AsyncTeam
from tests.overlay.fakes import FakeGateway, SyncView, json_reply, ok
from tests.unknown_values import unknown_int

GUID = "1e1e1e1e-0000-0000-0000-000000000000.AgentGateway0"
GROUP = "/agentgateway/resource/agentgroup/153"


def team_of(connect: Any, fake: FakeGateway, **options: Any) -> Any:
    agent = connect(fake, **options).agent("153", guid=GUID)
    team = agent.team
    return SyncView(team) if isinstance(team, AsyncTeam) else team


@pytest.mark.parametrize(
    ("call", "path", "query", "reply"),
    [
        (lambda t: t.groups(), f"{GROUP}/grouponvdn", {}, []),
        (lambda t: t.group_of(), f"{GROUP}/groupbyagent/153", {}, None),
        (lambda t: t.group_of(155), f"{GROUP}/groupbyagent/155", {}, None),
        (lambda t: t.group_members(7), f"{GROUP}/agentongroupex", {"groupid": "7"}, []),
        (lambda t: t.online_agents(), f"{GROUP}/onlineagentonvdn", {}, []),
        (lambda t: t.agent("155"), f"{GROUP}/agentbyworkno/155", {}, None),
        (lambda t: t.skill_agents(3), f"{GROUP}/agentbyskill/3", {}, []),
        (lambda t: t.rest_reasons(), f"{GROUP}/restreason", {}, []),
        (lambda t: t.can_pick_up(), f"{GROUP}/ispickup", {}, False),
        (lambda t: t.is_inspector(), f"{GROUP}/iscensor", {}, False),
    ],
)  # fmt: skip
def test_each_view_goes_on_the_wire(
    connect: Any, call: Any, path: str, query: dict[str, str], reply: Any
) -> None:
    fake = FakeGateway(ok(None))
    assert call(team_of(connect, fake)) == reply  # null result: empty, None or False
    request = fake.last
    assert (request.method, request.url.path) == ("GET", path)
    assert dict(request.url.params) == query
    assert request.headers["Guid"] == GUID


def test_groups_and_group_of_decode(connect: Any) -> None:
    fake = FakeGateway().reply(
        ok([{"id": 1, "name": "Hotline", "monitorno": 150, "monitorname": "Lee"},
            {"id": "2", "name": "Back office", "monitorno": "", "monitorname": None}]),
        ok({"id": 1, "name": "Hotline", "monitorno": "150"}),
    )  # fmt: skip
    team = team_of(connect, fake)
    hotline, back = team.groups()
    assert isinstance(hotline, TeamGroup)
    assert (hotline.group_id, hotline.name, hotline.leader, hotline.leader_name) == (
        1, "Hotline", "150", "Lee",
    )  # fmt: skip
    assert (back.group_id, back.leader, back.leader_name) == (2, None, None)
    group = team.group_of("155")
    assert group is not None and (group.group_id, group.leader) == (1, "150")


def test_members_decode_the_state_as_number_or_text(connect: Any) -> None:
    unknown = unknown_int(GatewayAgentState)
    entries = [
        {"workno": "155", "name": "Ann", "status": "4", "ctiStatus": "1", "groupid": "7",
         "groupname": "Hotline", "skilllist": [{"name": "voice", "id": 1, "mediatype": 5}]},
        {"workno": 156, "status": 3, "groupid": 7, "skilllist": None},
        {"workno": "157", "status": str(unknown)},
        {"workno": "158", "status": "busy?"},
    ]  # fmt: skip
    fake = FakeGateway(ok(entries))
    ann, bob, odd, text = team_of(connect, fake).group_members(7)
    assert (ann.work_no, ann.state, ann.group, ann.group_id, ann.skill_ids) == (
        "155", GatewayAgentState.IDLE, "Hotline", 7, (1,),
    )  # fmt: skip
    assert ann.state is GatewayAgentState.IDLE and ann.cti_state == "1"
    assert (bob.work_no, bob.state, bob.group_id, bob.skill_ids) == ("156", 3, 7, ())
    assert bob.state is GatewayAgentState.BUSY
    assert odd.state == unknown and not odd.state_known  # kept, and flagged
    assert text.state is None and text.raw.status == "busy?"


def test_one_agent_and_the_rest_reasons(connect: Any) -> None:
    fake = FakeGateway().reply(
        ok({"workno": "155", "name": "Ann", "status": 7, "groupid": 1}),
        ok([{"restReasonId": 1, "restReason": "Lunch"}, {"restReasonId": "2", "restReason": ""}]),
    )
    team = team_of(connect, fake)
    member = team.agent("155")
    assert member is not None and member.state is GatewayAgentState.TALKING
    lunch, other = team.rest_reasons()
    assert isinstance(lunch, RestReasonOption)
    assert (lunch.code, lunch.text, other.code) == (1, "Lunch", 2)


@pytest.mark.parametrize(
    ("result", "expected"),
    [(True, True), (False, False), ("true", True), ("TRUE", True), ("false", False)],
)
def test_rights_read_booleans_and_text(connect: Any, result: Any, expected: bool) -> None:
    fake = FakeGateway(ok(result))
    team = team_of(connect, fake)
    assert team.can_pick_up() is expected
    assert team.is_inspector() is expected


def test_a_right_that_is_no_boolean_is_a_decode_error(connect: Any) -> None:
    with pytest.raises(ResponseDecodeError):
        team_of(connect, FakeGateway(ok("maybe"))).is_inspector()
    with pytest.raises(ResponseDecodeError):
        team_of(connect, FakeGateway(ok({"id": 1}))).groups()


def test_adjust_skills_sends_the_body_and_is_never_resent(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    assert team_of(connect, fake).adjust_skills(155, [10, 25]) is None
    request = fake.last
    assert (request.method, request.url.path) == (
        "POST", "/agentgateway/resource/qualitycontrol/153/adjustskill",
    )  # fmt: skip
    assert fake.body() == {"workNo": "155", "skills": [10, 25]}
    flaky = FakeGateway().reply(httpx.ReadError("connection reset"), ok({}))
    with pytest.raises(APIConnectionError):
        team_of(connect, flaky, max_retries=3).adjust_skills("155", [1])
    assert len(flaky.requests) == 1


def test_views_are_retried(connect: Any) -> None:
    fake = FakeGateway().reply(httpx.ReadError("connection reset"), ok([]))
    assert team_of(connect, fake, max_retries=1, retry_backoff=(0.0, 0.0)).groups() == []
    assert len(fake.requests) == 2


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda t: t.group_of("12"), "work_no"),
        (lambda t: t.agent("0155"), "work_no"),
        (lambda t: t.group_members(-1), "group_id"),
        (lambda t: t.skill_agents(-2), "skill_id"),
        (lambda t: t.adjust_skills("12", [1]), "work_no"),
        (lambda t: t.adjust_skills("155", "1;2"), None),
        (lambda t: t.adjust_skills("155", [True]), None),
        (lambda t: t.adjust_skills("155", list(range(1001))), "skill_ids"),
    ],
)
def test_bad_input_is_refused_before_sending(connect: Any, call: Any, argument: Any) -> None:
    fake = FakeGateway(ok({}))
    with pytest.raises(RequestValidationError) as raised:
        call(team_of(connect, fake))
    if argument is not None:
        assert raised.value.argument == argument
    assert fake.requests == []


def test_a_refusal_is_a_quality_control_error(connect: Any) -> None:
    fake = FakeGateway(json_reply({"message": "no right", "retcode": "900-002"}))
    with pytest.raises(QualityControlError) as raised:
        team_of(connect, fake).adjust_skills("155", [1])
    assert raised.value.retcode == "900-002"
