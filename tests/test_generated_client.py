"""The generated client, driven through httpx.MockTransport with the reference pages' examples."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cec_agentgateway.generated import Client
from cec_agentgateway.generated.api.agentconf import query_conf_infos, request_agent_conf
from cec_agentgateway.generated.api.calldata import query_call_app_data, query_call_info
from cec_agentgateway.generated.api.onlineagent import sync_agent_info
from cec_agentgateway.generated.models import (
    AddressType,
    AgentState,
    CallDirectMode,
    CallInfo,
    CallType,
    ConfDeviceType,
    ConferenceList,
    ConfRole,
    MediaAbility,
    MediaType,
    OperationCommand,
    PlayMode,
    QueryConfInfosRequest,
    ReasonCode,
    RequestAgentConfRequest,
    Retcode,
    SyncAgentInfoResult,
    TraceDeviceType,
)
from cec_agentgateway.generated.types import Response
from tests.seed_pages import fixture

BASE = "https://gw.test:8043/agentgateway/resource"


class Recorder:
    """A MockTransport handler that answers with one JSON body and keeps every request."""

    def __init__(self, body: Any) -> None:
        self.body = body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body)


def _call_both(
    body: Any, call: Callable[[Client], Any], acall: Callable[[Client], Any]
) -> tuple[list[Response[Any]], list[httpx.Request]]:
    recorder = Recorder(body)
    client = Client(base_url=BASE)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(recorder)))
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(recorder))
    )
    sync_response = call(client)

    async def run() -> Any:
        return await acall(client)

    async_response = asyncio.run(run())
    return [sync_response, async_response], recorder.requests


def test_query_conf_infos() -> None:
    examples = fixture("queryConfInfos")
    body = QueryConfInfosRequest(conf_ids=examples["request"]["confIds"])
    responses, requests = _call_both(
        examples["response"],
        lambda c: query_conf_infos.sync_detailed("153", client=c, body=body),
        lambda c: query_conf_infos.asyncio_detailed("153", client=c, body=body),
    )
    for request in requests:
        assert request.method == "POST"
        assert request.url == f"{BASE}/agentconf/153/queryconfinfos"
        assert request.headers["Content-Type"] == "application/json; charset=UTF-8"
        assert json.loads(request.content) == examples["request"]
    for response in responses:
        parsed = response.parsed
        assert parsed.retcode is Retcode.SUCCESS
        assert isinstance(parsed.result, ConferenceList)
        (conf,) = parsed.result.confs
        assert conf.conf_id == 1029888 and conf.apply_conf_time == 60
        assert conf.start_time == 1475745454000
        phone, agent = conf.addresses
        assert phone.address_type is AddressType.PHONE_NUMBER and phone.address == "70005"
        assert agent.address_type is AddressType.AGENT_ID and agent.address == "153"
        assert agent.device_type is ConfDeviceType.AGENT and agent.role is ConfRole.CHAIR
        assert phone.role is ConfRole.PARTICIPANT
        assert parsed.to_dict() == examples["response"]


def test_query_conf_infos_accepts_the_table_shape() -> None:
    conf = fixture("queryConfInfos")["response"]["result"]["confs"][0]
    responses, _ = _call_both(
        {"message": "", "retcode": "0", "result": [conf]},
        lambda c: query_conf_infos.sync_detailed(
            "153", client=c, body=QueryConfInfosRequest(conf_ids=[1])
        ),
        lambda c: query_conf_infos.asyncio_detailed(
            "153", client=c, body=QueryConfInfosRequest(conf_ids=[1])
        ),
    )
    for response in responses:
        assert isinstance(response.parsed.result, list)
        assert response.parsed.result[0].conf_id == 1029888


def test_request_agent_conf_sends_only_what_was_set() -> None:
    examples = fixture("requestAgentConf")
    full = RequestAgentConfRequest.from_dict(examples["request"])
    assert full.play_mode is PlayMode.VOICE_FILE
    minimal = RequestAgentConfRequest(member_num=4)
    for body, sent in ((full, examples["request"]), (minimal, {"memberNum": 4})):
        responses, requests = _call_both(
            examples["response"],
            lambda c, b=body: request_agent_conf.sync_detailed("153", client=c, body=b),
            lambda c, b=body: request_agent_conf.asyncio_detailed("153", client=c, body=b),
        )
        for request in requests:
            assert request.method == "POST"
            assert request.url.path == "/agentgateway/resource/agentconf/153/requestagentconf"
            assert json.loads(request.content) == sent
        for response in responses:
            assert response.parsed.retcode is Retcode.SUCCESS
            assert response.parsed.message == "success"
            assert response.parsed.result.to_dict() == {}


def test_query_call_info() -> None:
    examples = fixture("queryCallInfo")
    responses, requests = _call_both(
        examples["response"],
        lambda c: query_call_info.sync_detailed("153", client=c, is_no_contain_last_call=True),
        lambda c: query_call_info.asyncio_detailed("153", client=c, is_no_contain_last_call=True),
    )
    for request in requests:
        assert request.method == "GET"
        assert request.url.path == "/agentgateway/resource/calldata/153/callinfo"
        assert dict(request.url.params) == {"isNoContainLastCall": "true"}
    for response in responses:
        info = response.parsed.result
        assert isinstance(info, CallInfo)
        assert info.callfeature is CallType.INBOUND
        assert (info.callid, info.caller, info.called) == ("1476838963-224", "70004", "60015")
        assert info.begintime == 1476838963000 and info.endtime is None
        assert info.media_type is MediaType.VOICE_OR_VIDEO_CALL
        assert info.media_ability is MediaAbility.VOICE
        assert info.trunk_no == 65535
        trace = info.trace
        assert trace.device_type is TraceDeviceType.AGENT and trace.device_no == 2005
        assert trace.call_direct_mode is CallDirectMode.NORMAL_DIRECT
        assert trace.enter_reason is ReasonCode.NORMAL and trace.vdn_id == 214
        assert response.parsed.to_dict() == examples["response"]


def test_query_call_info_without_the_flag_sends_no_query() -> None:
    _, requests = _call_both(
        {"message": "", "retcode": "0", "result": None},
        lambda c: query_call_info.sync_detailed("153", client=c),
        lambda c: query_call_info.asyncio_detailed("153", client=c),
    )
    assert [r.url.query for r in requests] == [b"", b""]


def test_query_call_app_data() -> None:
    body = {"message": "", "retcode": "0", "result": "b3JkZXI9NDI="}
    responses, requests = _call_both(
        body,
        lambda c: query_call_app_data.sync_detailed(
            "153", client=c, is_encode_result=True, call_id="1476838963-224"
        ),
        lambda c: query_call_app_data.asyncio_detailed(
            "153", client=c, is_encode_result=True, call_id="1476838963-224"
        ),
    )
    for request in requests:
        assert request.url.path == "/agentgateway/resource/calldata/153/appdata"
        assert dict(request.url.params) == {"isEncodeResult": "true", "callId": "1476838963-224"}
    for response in responses:
        assert response.parsed.result == "b3JkZXI9NDI="


def test_sync_agent_info() -> None:
    examples = fixture("syncAgentInfo")
    responses, requests = _call_both(
        examples["response"],
        lambda c: sync_agent_info.sync_detailed("41001", client=c),
        lambda c: sync_agent_info.asyncio_detailed("41001", client=c),
    )
    for request in requests:
        assert request.method == "POST"
        assert request.url.path == "/agentgateway/resource/onlineagent/41001/syncagentinfo"
    for response in responses:
        result = response.parsed.result
        assert isinstance(result, SyncAgentInfoResult)
        assert result.callinfo is None
        state = result.agent_state_info
        assert state.state is AgentState.IDLE and state.last_state is AgentState.ABNORMAL
        assert state.cur_command is OperationCommand.NONE
        assert state.call_feature is CallType.INBOUND
        assert state.work_no == "41001"
        assert state.current_time == "1566636307992"
        assert state.agent_state_begin_time == 1566636286408
        assert state.cmd_begin_time == "" and state.begin_hold_time is None
        assert response.parsed.message == "success"
        assert response.parsed.to_dict() == examples["response"]


@pytest.mark.parametrize(
    "callinfo", [None, "", {"callid": "1-2", "caller": "70004"}], ids=["null", "empty", "object"]
)
def test_sync_agent_info_callinfo_shapes(callinfo: Any) -> None:
    body = {"retcode": "0", "result": {"callinfo": callinfo}}
    responses, _ = _call_both(
        body,
        lambda c: sync_agent_info.sync_detailed("153", client=c),
        lambda c: sync_agent_info.asyncio_detailed("153", client=c),
    )
    for response in responses:
        assert response.parsed.to_dict() == body
