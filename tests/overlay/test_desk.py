"""Issue 22's operations on the client: what goes on the wire, what comes back, bad input.

Each test runs with the sync and the async client (the ``connect`` fixture).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from cec_agentgateway import (
    AccountError,
    InvalidCredentialsError,
    QueryError,
    RequestValidationError,
    ResponseDecodeError,
    SoftphoneLogin,
    WeakPasswordError,
    WrongPasswordError,
)
from cec_agentgateway._queues import AsyncQueueQueries
from tests.overlay.fakes import OK, FakeGateway, SyncView, json_reply, ok

GUID = "1e1e1e1e-0000-0000-0000-000000000000.AgentGateway0"
ROOT = "/agentgateway/resource"
CANARY = "Canary-Pw-9137"


def agent_of(connect: Any, fake: FakeGateway) -> Any:
    return connect(fake).agent("153", guid=GUID)


def queue_of(agent: Any) -> Any:
    value = agent.queue
    return SyncView(value) if isinstance(value, AsyncQueueQueries) else value


def test_softphone_login_keeps_the_token_out_of_the_repr(connect: Any) -> None:
    fake = FakeGateway(ok({"phonenum": "88880001", "phonetoken": "tok-123"}))
    login = agent_of(connect, fake).softphone_login()
    assert fake.last.method == "POST"
    assert fake.last.url.path == f"{ROOT}/onlineagent/153/logininfo"
    assert login == SoftphoneLogin("88880001", "tok-123")
    assert "tok-123" not in repr(login)


def test_custom_state_reads_the_string_and_none_for_65535(connect: Any) -> None:
    fake = FakeGateway().reply(
        ok({"agentcustomstate": "12"}), ok({"agentcustomstate": "65535"}), ok(None)
    )
    agent = agent_of(connect, fake)
    assert agent.custom_state() == 12
    assert agent.custom_state() is None
    assert agent.custom_state() is None
    assert fake.last.url.path == f"{ROOT}/onlineagent/153/querycustomstate"
    fake.reply(ok({"agentcustomstate": "busy"}))
    with pytest.raises(ResponseDecodeError):
        agent.custom_state()


def test_heartbeat_and_talk_right(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent = agent_of(connect, fake)
    agent.heartbeat()
    assert (fake.last.method, fake.last.url.path) == ("PUT", f"{ROOT}/onlineagent/153/heartbeat")
    agent.set_talk_right(False)
    assert fake.last.url.path == f"{ROOT}/onlineagent/153/settalkright"
    assert fake.last.url.params["flag"] == "0"
    agent.set_talk_right(True)
    assert fake.last.url.params["flag"] == "1"
    with pytest.raises(RequestValidationError) as caught:
        agent.set_talk_right(1)
    assert caught.value.argument == "accept" and caught.value.field == "flag"


def test_change_password_sends_both_and_clears_the_requirement(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent = agent_of(connect, fake)
    assert agent.password_change_required is False  # no sign-in result: nothing asked
    agent.change_password("old-pw1", CANARY)
    assert fake.last.url.path == f"{ROOT}/onlineagent/153/modifyaccountpwdex"
    assert fake.body() == {"oldPassword": "old-pw1", "newPassword": CANARY}
    assert len(fake.requests) == 1  # never retried


@pytest.mark.parametrize(
    ("retcode", "error"),
    [
        ("110-003", WrongPasswordError),
        ("110-017", WeakPasswordError),
        ("110-018", WeakPasswordError),
        ("110-019", WeakPasswordError),
        ("110-020", WeakPasswordError),
        ("110-021", AccountError),
        ("100-020", InvalidCredentialsError),
    ],
)
def test_password_errors_are_typed_and_never_show_the_password(
    connect: Any, caplog: pytest.LogCaptureFixture, retcode: str, error: type[Exception]
) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeGateway(json_reply({"message": "refused", "retcode": retcode}))
    agent = agent_of(connect, fake)
    with pytest.raises(error) as caught:
        agent.change_password("old-pw1", CANARY)
    assert isinstance(caught.value, AccountError | InvalidCredentialsError)
    shown = [str(caught.value), repr(caught.value), caplog.text, repr(agent)]
    shown += [str(note) for note in getattr(caught.value, "__notes__", [])]
    assert not any(CANARY in text or "old-pw1" in text for text in shown)


def test_bad_passwords_raise_before_sending_without_the_value(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent = agent_of(connect, fake)
    with pytest.raises(RequestValidationError) as caught:
        agent.change_password("old", "x" * 40 + CANARY)
    assert caught.value.argument == "new_password" and caught.value.field == "newPassword"
    assert CANARY not in str(caught.value) and CANARY not in repr(caught.value)
    with pytest.raises(RequestValidationError) as wrong_type:
        agent.change_password(None, CANARY)
    assert wrong_type.value.argument == "old_password"
    assert not fake.requests


def test_queue_targets_and_statistics(connect: Any) -> None:
    skills = [{"name": "voice", "id": 1, "mediatype": 5}]
    vdn = [{**skills[0], "serviceType": 0, "realFlag": 1}]
    ivr = [{"access": "1321", "id": 1, "description": "menu", "serviceNo": 1}]
    codes = [{"inno": "10086", "id": 1, "description": "hotline", "vdnid": 1, "mediatype": 5}]
    stat = [{"deviceNo": 1, "queueSize": 2, "availAgents": 1}]
    fake = FakeGateway().reply(ok(skills), ok(ivr), ok(codes), ok(vdn), ok(stat), ok(stat))
    queue = queue_of(agent_of(connect, fake))
    assert [s.id for s in queue.joined_skills_of(154)] == [1]
    assert fake.requests[-1].url.path == f"{ROOT}/queuedevice/153/agentskill/154"
    assert [f.access for f in queue.ivr_flows()] == ["1321"]
    assert fake.requests[-1].url.path == f"{ROOT}/queuedevice/153/ivrinfo"
    assert [c.inno for c in queue.access_codes()] == ["10086"]
    assert fake.requests[-1].url.path == f"{ROOT}/queuedevice/153/innoinfo"
    assert [s.real_flag for s in queue.skills_of_vdn(1)] == [1]
    assert fake.requests[-1].url.path == f"{ROOT}/queuedevice/153/vdnskill/1"
    assert [s.queue_size for s in queue.skill_stats()] == [2]
    assert fake.requests[-1].url.path == f"{ROOT}/queuedevice/153/queryskillstat"
    assert fake.requests[-1].content == b""  # every queue: no body
    queue.skill_stats([1, 2])
    assert fake.body() == {"skills": [1, 2]}


def test_queue_lookups_refuse_bad_input_before_sending(connect: Any) -> None:
    fake = FakeGateway(ok([]))
    queue = queue_of(agent_of(connect, fake))
    for call, argument in [
        (lambda: queue.joined_skills_of("99"), "work_no"),
        (lambda: queue.skills_of_vdn(0), "vdn_id"),
        (lambda: queue.skill_stats([]), "skill_ids"),
        (lambda: queue.skill_stats("1"), "skills"),
    ]:
        with pytest.raises(RequestValidationError) as caught:
            call()
        assert argument in (caught.value.argument, caught.value.field)
    assert not fake.requests


def test_600_codes_are_query_errors(connect: Any) -> None:
    fake = FakeGateway(json_reply({"message": "", "retcode": "600-004"}))
    with pytest.raises(QueryError):
        queue_of(agent_of(connect, fake)).ivr_flows()


def test_call_skill_and_pick_a_queued_call(connect: Any) -> None:
    fake = FakeGateway().reply(ok("1455885056-7"), ok({}))
    agent = agent_of(connect, fake)
    call = agent.call_skill(3, listen=False)
    assert call.call_id == "1455885056-7"
    assert fake.requests[0].method == "PUT"
    assert fake.requests[0].url.path == f"{ROOT}/voicecall/153/callinnerskill"
    assert fake.body(0) == {"skillId": 3}
    agent.pick_queued_call("1455885056-9", 2)
    request = fake.last
    assert request.url.path == f"{ROOT}/voicecall/153/requestcall/1455885056-9/0"
    assert request.url.params["skillId"] == "2"
    with pytest.raises(RequestValidationError) as caught:
        agent.pick_queued_call("a/b", 2)
    assert caught.value.argument == "call_id"
    with pytest.raises(RequestValidationError):
        agent.call_skill(-1, listen=False)
    assert len(fake.requests) == 2


def test_legacy_release_and_dtmf(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent = agent_of(connect, fake)
    agent.release(legacy_path=True)
    assert (fake.last.method, fake.last.url.path) == ("DELETE", f"{ROOT}/voicecall/153")
    agent.release()
    assert fake.last.url.path == f"{ROOT}/voicecall/153/release"
    agent.send_dtmf("12#", legacy_path=True)
    assert fake.last.url.raw_path == f"{ROOT}/voicecall/153/seconddial/12%23".encode()
    with pytest.raises(RequestValidationError):
        agent.send_dtmf("12a", legacy_path=True)
    with pytest.raises(RequestValidationError):
        agent.release(legacy_path="yes")


def test_waiting_calls_move_and_another_agents_calls(connect: Any) -> None:
    waiting = [{"callid": "1-1", "caller": "70004", "callskillid": 2, "waitTime": 12}]
    fake = FakeGateway().reply(ok(waiting), ok({}), ok(["1-1", "1-2"]))
    agent = agent_of(connect, fake)
    (call,) = agent.waiting_calls(2)
    assert (call.callid, call.wait_time) == ("1-1", 12)
    assert fake.requests[0].url.path == f"{ROOT}/calldata/153/waitcallinfo/2"
    agent.move_queued_call("1-1", 1)
    assert fake.requests[1].method == "PUT"
    assert fake.body(1) == {"callid": "1-1", "skillid": 1}
    assert agent.call_ids_of(154) == ["1-1", "1-2"]
    assert fake.last.url.path == f"{ROOT}/calldata/153/allcallinfoEx/154"
    with pytest.raises(RequestValidationError) as caught:
        agent.move_queued_call("", 1)
    assert caught.value.argument == "call_id"
    with pytest.raises(RequestValidationError):
        agent.waiting_calls(-2)


def test_legacy_call_data_in_the_query(connect: Any) -> None:
    fake = FakeGateway(ok({}))
    agent = agent_of(connect, fake)
    agent.set_call_data("orderId=7", call_id="1-1", legacy_query=True)
    request = fake.last
    assert (request.method, request.url.path) == ("PUT", f"{ROOT}/calldata/153")
    assert request.url.params["calldata"] == "orderId=7"
    assert request.url.params["callid"] == "1-1"
    for bad in ({"data": b"\x00"}, {"data": "x", "base64": True}):
        with pytest.raises(RequestValidationError):
            agent.set_call_data(legacy_query=True, **bad)
    assert len(fake.requests) == 1


def test_envelope_without_result_reads_empty(connect: Any) -> None:
    fake = FakeGateway(json_reply(OK))
    agent = agent_of(connect, fake)
    assert agent.waiting_calls(1) == []
    assert agent.call_ids_of("154") == []
    assert agent.softphone_login() is None
