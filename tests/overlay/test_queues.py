"""Skills, queues, agent groups and messages: what goes on the wire, what comes back, bad input.

Each test runs with the sync and the async client (the ``connect`` fixture).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    APIStatusError,
    InvalidParameterError,
    NotAuthorizedError,
    RequestValidationError,
    ResponseDecodeError,
)
from cec_agentgateway._queues import AsyncGroupQueries, AsyncQueueQueries
from tests.overlay.fakes import OK, FakeGateway, SyncView, json_reply, ok

GUID = "1e1e1e1e-0000-0000-0000-000000000000.AgentGateway0"
ROOT = "/agentgateway/resource"


def agent_of(connect: Any, fake: FakeGateway, **options: Any) -> Any:
    return connect(fake, **options).agent("153", guid=GUID)


def ns(agent: Any, name: str) -> Any:
    """``agent.queue`` / ``agent.group``, made callable like the sync one in async mode."""
    value = getattr(agent, name)
    return SyncView(value) if isinstance(value, (AsyncQueueQueries, AsyncGroupQueries)) else value


# ---------------------------------------------------------------------- skills


def test_join_all_configured_skills(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent_of(connect, fake).join_skills()
    request = fake.last
    assert request.method == "POST"
    assert request.url.path == f"{ROOT}/onlineagent/153/resetskill/true"
    assert request.url.query == b""
    assert request.headers["Guid"] == GUID


def test_join_listed_skills_with_phone_linkage(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent_of(connect, fake).join_skills([3, 1, 3], phone_linkage=True)
    request = fake.last
    assert request.url.path == f"{ROOT}/onlineagent/153/resetskill/false"
    assert request.url.params["skillid"] == "3;1"  # duplicates sent once, order kept
    assert request.url.params["phonelinkage"] == "1"


def test_join_no_skill_sends_no_list(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent_of(connect, fake).join_skills([])
    assert fake.last.url.path.endswith("/resetskill/false")
    assert "skillid" not in fake.last.url.params


@pytest.mark.parametrize(
    ("args", "kwargs", "field"),
    [
        (("1;2",), {}, "skillid"),
        (([1, "2"],), {}, "skillid"),
        (([1, True],), {}, "skillid"),
        (([-1],), {}, "skillid"),
        ((list(range(1000, 2000)),), {}, "skillid"),  # more than 4000 characters
        (([1],), {"phone_linkage": 1}, "phonelinkage"),
    ],
)
def test_join_skills_bad_input_is_not_sent(
    connect: Any, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    fake = FakeGateway(ok({}))
    with pytest.raises(RequestValidationError) as caught:
        agent_of(connect, fake).join_skills(*args, **kwargs)
    assert caught.value.field == field
    assert fake.requests == []


def test_join_skills_is_never_resent(connect: Any) -> None:
    fake = FakeGateway(ok({})).reply(httpx.Response(503))
    with pytest.raises(APIStatusError):
        agent_of(connect, fake, max_retries=3).join_skills()
    assert len(fake.requests) == 1


def test_join_skills_retcode_maps_to_the_error_tree(connect: Any) -> None:
    fake = FakeGateway(json_reply({"message": "bad", "retcode": "000-002"}))
    with pytest.raises(InvalidParameterError) as caught:
        agent_of(connect, fake).join_skills([1])
    assert caught.value.retcode == "000-002"


def test_skills_are_decoded(connect: Any) -> None:
    skills = [
        {"name": "voice", "id": 1, "mediatype": 5},
        {"name": "chat", "id": 2, "mediatype": 51},
    ]
    fake = FakeGateway(ok(skills))
    got = agent_of(connect, fake).skills()
    assert [(s.name, s.id, int(s.mediatype)) for s in got] == [("voice", 1, 5), ("chat", 2, 51)]
    assert fake.last.method == "GET" and fake.last.url.path.endswith("/onlineagent/153/agentskills")


def test_skills_of_another_agent(connect: Any) -> None:
    fake = FakeGateway(ok(None))
    agent = agent_of(connect, fake)
    assert agent.skills_of(154) == []
    assert fake.last.url.path.endswith("/onlineagent/153/agentskillsbyworkno/154")
    with pytest.raises(RequestValidationError) as caught:
        agent.skills_of("0154")
    assert caught.value.field == "workno"
    assert len(fake.requests) == 1


def test_skill_reads_are_retried(connect: Any) -> None:
    fake = FakeGateway(ok([])).reply(httpx.Response(503))
    assert agent_of(connect, fake, max_retries=2).skills() == []
    assert len(fake.requests) == 2


def test_a_wrong_skill_result_is_a_decode_error(connect: Any) -> None:
    fake = FakeGateway(ok({"name": "voice"}))
    with pytest.raises(ResponseDecodeError):
        agent_of(connect, fake).skills()


# ---------------------------------------------------------------------- queues


@pytest.mark.parametrize(
    ("method", "args", "path"),
    [
        ("waiting", (), "/queuedevice/153/waitnum"),
        ("waiting_in_joined", (), "/queuedevice/153/waitnumbyagent"),
        ("waiting_for_skill", (7,), "/queuedevice/153/skillwaitnum/7"),
    ],
)
@pytest.mark.parametrize(("result", "count"), [(4, 4), ("12", 12), ({}, 0), (0, 0)])
def test_waiting_counts(
    connect: Any, method: str, args: tuple[int, ...], path: str, result: Any, count: int
) -> None:
    fake = FakeGateway(ok(result))
    queue = ns(agent_of(connect, fake), "queue")
    assert getattr(queue, method)(*args) == count
    assert fake.last.method == "GET" and fake.last.url.path == ROOT + path


@pytest.mark.parametrize("result", [None, "many", [1], True, {"n": 1}])
def test_a_count_that_is_not_a_number_is_a_decode_error(connect: Any, result: Any) -> None:
    fake = FakeGateway(ok(result))
    with pytest.raises(ResponseDecodeError):
        ns(agent_of(connect, fake), "queue").waiting()


@pytest.mark.parametrize("skill_id", [-1, "7", True, 1.5])
def test_waiting_for_a_bad_skill_is_not_sent(connect: Any, skill_id: Any) -> None:
    fake = FakeGateway(ok(0))
    with pytest.raises(RequestValidationError) as caught:
        ns(agent_of(connect, fake), "queue").waiting_for_skill(skill_id)
    assert caught.value.field == "skillid"
    assert fake.requests == []


def test_queue_reads_are_retried(connect: Any) -> None:
    fake = FakeGateway(ok(2)).reply(httpx.ReadTimeout("slow"))
    assert ns(agent_of(connect, fake), "queue").waiting() == 2
    assert len(fake.requests) == 2


def test_acd_stats(connect: Any) -> None:
    stat = {
        "pilotNbr": "10086",
        "deviceNo": 1,
        "queueSize": 3,
        "queueTime": 42,
        "loggedOnAgents": 5,
        "availAgents": 1,
        "skillDescrip": "voice",
        "maxQueueSize": 50,
    }
    fake = FakeGateway(ok([stat]))
    (got,) = ns(agent_of(connect, fake), "queue").acd_stats([1, 2])
    assert (got.device_no, got.queue_size, got.queue_time, got.avail_agents) == (1, 3, 42, 1)
    assert (got.logged_on_agents, got.max_queue_size, got.skill_descrip) == (5, 50, "voice")
    assert fake.last.method == "POST"
    assert fake.last.url.path == f"{ROOT}/queuedevice/153/queryacdstat"
    assert json.loads(fake.last.content) == {"skills": [1, 2]}


@pytest.mark.parametrize("skills", [[], list(range(101)), "1,2", [1, None], (x for x in ["a"])])
def test_acd_stats_bad_input_is_not_sent(connect: Any, skills: Any) -> None:
    fake = FakeGateway(ok([]))
    with pytest.raises(RequestValidationError) as caught:
        ns(agent_of(connect, fake), "queue").acd_stats(skills)
    assert caught.value.field == "skills"
    assert fake.requests == []


def test_acd_stats_is_a_read_and_retried(connect: Any) -> None:
    fake = FakeGateway(ok(None)).reply(httpx.Response(502))
    assert ns(agent_of(connect, fake, max_retries=1), "queue").acd_stats([1]) == []
    assert len(fake.requests) == 2


def test_vdn_skills(connect: Any) -> None:
    fake = FakeGateway(ok([{"name": "voice", "id": 1, "mediatype": 5, "serviceType": 0}]))
    (skill,) = ns(agent_of(connect, fake), "queue").vdn_skills()
    assert (skill.name, skill.id, skill.service_type) == ("voice", 1, 0)
    assert fake.last.url.path == f"{ROOT}/queuedevice/153/agentvdnskill"


# ---------------------------------------------------------------------- agent group


def test_idle_agents(connect: Any) -> None:
    fake = FakeGateway(ok([{"workno": "156", "name": "156"}]))  # the L0 middleware's sample
    (idle,) = ns(agent_of(connect, fake), "group").idle_agents()
    assert (idle.workno, idle.name) == ("156", "156")
    assert fake.last.url.path == f"{ROOT}/agentgroup/153/idleagent"


def test_agent_states(connect: Any) -> None:
    entry = {"workno": "154", "name": "Ann", "status": "4", "groupName": "Hotline"}
    fake = FakeGateway(ok([entry]))
    (got,) = ns(agent_of(connect, fake), "group").agent_states()
    assert (got.workno, got.status, got.group_name) == ("154", "4", "Hotline")
    assert fake.last.url.path == f"{ROOT}/agentgroup/153/allagentstatus"


def test_group_errors_keep_their_retcode(connect: Any) -> None:
    fake = FakeGateway(json_reply({**OK, "retcode": "100-006", "result": None}))
    with pytest.raises(NotAuthorizedError) as caught:
        ns(agent_of(connect, fake), "group").idle_agents()
    assert caught.value.retcode == "100-006"


# ---------------------------------------------------------------------- messages


def test_send_note(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent_of(connect, fake).send_note(["154", 155], "Lunch at one")
    assert fake.last.method == "POST"
    assert fake.last.url.path == f"{ROOT}/onlineagent/153/sendnoteletex"
    assert json.loads(fake.last.content) == {"agentIds": [154, 155], "content": "Lunch at one"}


@pytest.mark.parametrize(
    ("agent_ids", "content", "field"),
    [
        ([], "x", "agentIds"),
        ("154", "x", "agentIds"),
        (154, "x", "agentIds"),
        (["0154"], "x", "agentIds"),
        ([100], "x", "agentIds"),
        (list(range(200, 301)), "x", "agentIds"),
        ([154], "ü" * 512, "content"),  # 1024 bytes in UTF-8
        ([154], None, "content"),
    ],
)
def test_send_note_bad_input_is_not_sent(
    connect: Any, agent_ids: Any, content: Any, field: str
) -> None:
    fake = FakeGateway(ok({}))
    with pytest.raises(RequestValidationError) as caught:
        agent_of(connect, fake).send_note(agent_ids, content)
    assert caught.value.field == field
    assert fake.requests == []


def test_a_note_of_1023_bytes_is_sent(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent_of(connect, fake).send_note([154], "é" * 511 + "x")
    assert len(fake.requests) == 1


def test_messages_are_never_resent(connect: Any) -> None:
    fake = FakeGateway(ok({})).reply(httpx.Response(503), httpx.Response(503))
    agent = agent_of(connect, fake, max_retries=3)
    with pytest.raises(APIStatusError):
        agent.send_note([154], "x")
    with pytest.raises(APIStatusError):
        agent.notify_bulletin("x", group="Hotline")
    assert len(fake.requests) == 2


def test_bulletin_to_a_group_and_to_a_skill(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent = agent_of(connect, fake)
    agent.notify_bulletin("Restart at six", group="Hotline")
    assert fake.last.url.path == f"{ROOT}/onlineagent/153/notifybulletin"
    body = {"targettype": 0, "targetname": "Hotline", "bulletindata": "Restart at six"}
    assert json.loads(fake.last.content) == body
    agent.notify_bulletin("Queue 2 is long", skill_id=2)
    body = {"targettype": 1, "targetname": 2, "bulletindata": "Queue 2 is long"}
    assert json.loads(fake.last.content) == body


@pytest.mark.parametrize(
    ("text", "kwargs", "field"),
    [
        ("x", {}, "targettype"),
        ("x", {"group": "a", "skill_id": 1}, "targettype"),
        ("x", {"group": ""}, "targetname"),
        ("x", {"skill_id": "2"}, "targetname"),
        ("x", {"skill_id": -2}, "targetname"),
        ("", {"group": "a"}, "bulletindata"),
    ],
)
def test_bulletin_bad_input_is_not_sent(
    connect: Any, text: str, kwargs: dict[str, Any], field: str
) -> None:
    fake = FakeGateway(ok({}))
    with pytest.raises(RequestValidationError) as caught:
        agent_of(connect, fake).notify_bulletin(text, **kwargs)
    assert caught.value.field == field
    assert fake.requests == []
