"""The five operations through AgentGateway and AsyncAgentGateway: requests and decoded results."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest

from cec_agentgateway import (
    AddressType,
    AgentState,
    CallInfo,
    CallType,
    ConfRole,
    OperationCommand,
    ReasonCode,
    SyncAgentInfoResult,
)
from tests.overlay.fakes import FakeGateway, json_reply, ok
from tests.seed_pages import fixture
from tests.unknown_values import unknown_int

PREFIX = "/agentgateway/resource"
GUID = "5c3f8a2e-0000-4000-8000-000000000001.AgentGateway0"
UTC = dt.UTC


def test_query_conferences(connect: Any) -> None:
    examples = fixture("queryConfInfos")
    fake = FakeGateway(json_reply(examples["response"]))
    agent = connect(fake).agent("153", guid=GUID)
    (conf,) = agent.query_conferences([1029888, 1029889])
    request = fake.last
    assert (request.method, request.url.path) == ("POST", f"{PREFIX}/agentconf/153/queryconfinfos")
    assert request.headers["Guid"] == GUID
    assert request.headers["Content-Type"] == "application/json; charset=UTF-8"
    assert fake.body() == examples["request"]
    assert conf.conf_id == 1029888
    assert conf.start_time_at == dt.datetime(2016, 10, 6, 9, 17, 34, tzinfo=UTC)
    assert conf.apply_conf_time_duration == dt.timedelta(hours=1)
    assert conf.conf_have_been_time_duration == dt.timedelta(minutes=29)
    phone, chair = conf.addresses
    assert phone.address_type is AddressType.PHONE_NUMBER
    assert chair.role is ConfRole.CHAIR and chair.role.description == "Chairperson."
    assert chair.enter_time_at == dt.datetime(2016, 10, 6, 9, 17, 34, tzinfo=UTC)


@pytest.mark.parametrize("shape", ["array", "confs", "null", "absent"])
def test_query_conferences_accepts_every_documented_shape(connect: Any, shape: str) -> None:
    conf = {"confId": 7, "confState": 0, "addresses": []}
    result = {"array": [conf], "confs": {"confs": [conf]}, "null": None}.get(shape)
    body = {"message": "", "retcode": "0"} | ({} if shape == "absent" else {"result": result})
    agent = connect(FakeGateway(json_reply(body))).agent("153", guid=GUID)
    confs = agent.query_conferences((7,))
    assert [c.conf_id for c in confs] == ([] if shape in ("null", "absent") else [7])


def test_request_conference_sends_only_what_was_given(connect: Any) -> None:
    fake = FakeGateway(json_reply(fixture("requestAgentConf")["response"]))
    agent = connect(fake).agent("153", guid=GUID)
    assert agent.request_conference(4, wait=False) is None
    assert fake.body() == {"memberNum": 4}
    agent.request_conference(
        4,
        conf_caller_no="10000",
        time=50,
        prompt_time=5,
        beep_tone=True,
        play_mode=2,
        voice_path="y:/conf/120/1136287.V3",
        wait=False,
    )
    assert fake.body() == fixture("requestAgentConf")["request"]
    assert fake.last.url.path == f"{PREFIX}/agentconf/153/requestagentconf"


def test_call_info(connect: Any) -> None:
    fake = FakeGateway(json_reply(fixture("queryCallInfo")["response"]))
    agent = connect(fake).agent(153, guid=GUID)
    info = agent.call_info(include_last_call=True)
    assert fake.last.method == "GET"
    assert fake.last.url.path == f"{PREFIX}/calldata/153/callinfo"
    assert dict(fake.last.url.params) == {"isNoContainLastCall": "true"}
    assert fake.last.headers["Content-Type"] == "application/json; charset=UTF-8"
    assert isinstance(info, CallInfo)
    assert info.callfeature is CallType.INBOUND
    assert info.callfeature.description == "Ordinary inbound call."
    assert info.begintime_at == dt.datetime(2016, 10, 19, 1, 2, 43, tzinfo=UTC)
    assert info.endtime_at is None
    assert info.wait_time_duration == dt.timedelta(0)
    assert info.trace.enter_reason is ReasonCode.NORMAL
    assert info.trace.talk_end_time_at == dt.datetime(2021, 7, 13, 12, 27, 7, tzinfo=UTC)
    agent.call_info()
    assert fake.last.url.query == b""


def test_call_info_without_a_call_is_none(connect: Any) -> None:
    agent = connect(FakeGateway(ok(None))).agent("153", guid=GUID)
    assert agent.call_info() is None


def test_call_app_data_plain(connect: Any) -> None:
    fake = FakeGateway(ok("orderId=42;vip=true"))
    agent = connect(fake).agent("153", guid=GUID)
    assert agent.call_app_data("1476838963-224") == "orderId=42;vip=true"
    assert dict(fake.last.url.params) == {"callId": "1476838963-224"}
    assert agent.call_app_data(as_bytes=True) == b"orderId=42;vip=true"
    assert fake.last.url.query == b""


def test_call_app_data_base64_is_decoded(connect: Any) -> None:
    text = "客户=张三;tier=gold"
    fake = FakeGateway(ok(base64.b64encode(text.encode()).decode()))
    agent = connect(fake).agent("153", guid=GUID)
    assert agent.call_app_data("1-2", base64=True) == text
    assert dict(fake.last.url.params) == {"isEncodeResult": "true", "callId": "1-2"}
    fake.reply(ok(base64.b64encode(b"\xff\x00raw").decode()))
    assert agent.call_app_data(base64=True, as_bytes=True) == b"\xff\x00raw"


def test_call_app_data_absent(connect: Any) -> None:
    agent = connect(FakeGateway(json_reply({"message": "", "retcode": "0"}))).agent(
        "153", guid=GUID
    )
    assert agent.call_app_data(base64=True) is None


def test_sync_state(connect: Any) -> None:
    fake = FakeGateway(json_reply(fixture("syncAgentInfo")["response"]))
    agent = connect(fake).agent("41001", guid=GUID)
    result = agent.sync_state()
    assert (fake.last.method, fake.last.url.path) == (
        "POST",
        f"{PREFIX}/onlineagent/41001/syncagentinfo",
    )
    assert isinstance(result, SyncAgentInfoResult)
    state = result.agent_state_info
    assert state.state is AgentState.IDLE and state.last_state is AgentState.ABNORMAL
    assert state.cur_command is OperationCommand.NONE
    assert state.current_time_at == dt.datetime(2019, 8, 24, 8, 45, 7, 992000, tzinfo=UTC)
    assert state.agent_state_begin_time_at == dt.datetime(
        2019, 8, 24, 8, 44, 46, 408000, tzinfo=UTC
    )
    assert state.cmd_begin_time_at is None and state.begin_hold_time_at is None


def test_unknown_enum_values_reach_the_caller(connect: Any) -> None:
    call_type, reason = unknown_int(CallType, 99), unknown_int(ReasonCode)
    body = {"retcode": "0", "result": {"callfeature": call_type, "trace": {"enterReason": reason}}}
    agent = connect(FakeGateway(json_reply(body))).agent("153", guid=GUID)
    info = agent.call_info()
    assert info.callfeature == call_type and not info.callfeature.is_known
    assert info.trace.enter_reason.name == f"UNKNOWN_{reason}"


def test_existing_guid_is_used_directly_and_can_be_replaced(connect: Any) -> None:
    fake = FakeGateway()
    gateway = connect(fake)
    agent = gateway.agent("153", guid="from-the-browser-workbench")
    agent.call_info()
    assert fake.last.headers["Guid"] == "from-the-browser-workbench"
    agent.set_guid("another-one")
    agent.call_info()
    assert fake.last.headers["Guid"] == "another-one"


def test_one_gateway_serves_many_agents(connect: Any) -> None:
    fake = FakeGateway()
    gateway = connect(fake)
    agents = [gateway.agent(str(100 + n), guid=f"guid-{n}") for n in range(1, 301)]
    for agent in agents:
        agent.call_info()
    sent = {(r.url.path.split("/")[4], r.headers["Guid"]) for r in fake.requests}
    assert sent == {(str(100 + n), f"guid-{n}") for n in range(1, 301)}


def test_with_options_shares_the_session(connect: Any) -> None:
    fake = FakeGateway(ok(None, **{"Set-GUID": "JSESSIONID=rotated"}))
    agent = connect(fake).agent("153", guid="first")
    quick = agent.with_options(timeout=1.0, max_retries=0)
    quick.call_info()
    assert agent.guid == "rotated"
    assert fake.last.extensions["timeout"]["read"] == 1.0
