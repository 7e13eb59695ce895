"""Every documented bound is checked before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest

from cec_agentgateway import AgentGateway, RequestValidationError
from tests.overlay.fakes import FakeGateway

GUID = "2b2b2b2b-0000-0000-0000-000000000000.AgentGateway0"

CONFERENCE_CASES = [
    # (keyword arguments, wire field, ok)
    ({"member_num": 1}, "memberNum", True),
    ({"member_num": 0}, "memberNum", False),
    ({"member_num": 120}, "memberNum", True),
    ({"member_num": 121}, "memberNum", False),
    ({"member_num": True}, "memberNum", False),
    ({"member_num": "4"}, "memberNum", False),
    ({"member_num": 4, "time": 4}, "time", True),
    ({"member_num": 4, "time": 3}, "time", False),
    ({"member_num": 4, "time": 1440}, "time", True),
    ({"member_num": 4, "time": 1441}, "time", False),
    ({"member_num": 4, "prompt_time": 3}, "promptTime", True),
    ({"member_num": 4, "prompt_time": 2}, "promptTime", False),
    ({"member_num": 4, "prompt_time": 1440}, "promptTime", True),
    ({"member_num": 4, "prompt_time": 1441}, "promptTime", False),
    ({"member_num": 4, "conf_caller_no": "1" * 24}, "confCallerNo", True),
    ({"member_num": 4, "conf_caller_no": "1" * 25}, "confCallerNo", False),
    ({"member_num": 4, "conf_caller_no": "号" * 8}, "confCallerNo", True),
    ({"member_num": 4, "conf_caller_no": "号" * 9}, "confCallerNo", False),
    ({"member_num": 4, "voice_path": "v" * 127}, "voicePath", True),
    ({"member_num": 4, "voice_path": "v" * 128}, "voicePath", False),
    ({"member_num": 4, "beep_tone": True}, "voicePath", False),
    ({"member_num": 4, "beep_tone": True, "voice_path": "y:/conf/1/a.V3"}, "voicePath", True),
    ({"member_num": 4, "beep_tone": False}, "voicePath", True),
    ({"member_num": 4, "play_mode": 2}, "playMode", True),
    ({"member_num": 4, "play_mode": 3}, "playMode", False),
]


@pytest.mark.parametrize(("kwargs", "field", "valid"), CONFERENCE_CASES)
def test_conference_request_bounds(
    connect: Any, kwargs: dict[str, Any], field: str, valid: bool
) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid=GUID)
    if valid:
        agent.request_conference(**kwargs, wait=False)
        assert len(fake.requests) == 1
        return
    with pytest.raises(RequestValidationError) as caught:
        agent.request_conference(**kwargs, wait=False)
    assert caught.value.field == field
    assert field in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert fake.requests == [], "nothing was sent"


@pytest.mark.parametrize(
    ("conf_ids", "valid"),
    [
        ([1], True),
        (list(range(20)), True),
        (list(range(21)), False),
        ([], False),
        (["1"], False),
        ([True], False),
        ([-1], False),
        ("123", False),
        (range(3), True),
    ],
)
def test_conference_query_bounds(connect: Any, conf_ids: Any, valid: bool) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid=GUID)
    if valid:
        agent.query_conferences(conf_ids)
        assert len(fake.requests) == 1
    else:
        with pytest.raises(RequestValidationError, match="confIds"):
            agent.query_conferences(conf_ids)
        assert fake.requests == []


@pytest.mark.parametrize(
    ("agent_id", "valid"),
    [
        ("101", True),
        (101, True),
        ("999999", True),
        ("100", False),
        (100, False),
        ("1000000", False),
        ("0153", False),
        ("15a", False),
        ("", False),
        (True, False),
        (None, False),
        (15.3, False),
    ],
)
def test_agent_id_bounds(agent_id: Any, valid: bool) -> None:
    gateway = AgentGateway("https://gw.test:8043", transport=None)
    if valid:
        assert gateway.agent(agent_id).agent_id == str(agent_id)
    else:
        with pytest.raises(RequestValidationError, match="agentid"):
            gateway.agent(agent_id)


def test_other_arguments(connect: Any) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(RequestValidationError, match="callId"):
        agent.call_app_data("")
    with pytest.raises(RequestValidationError, match="isNoContainLastCall"):
        agent.call_info(include_last_call="yes")
    assert fake.requests == []


@pytest.mark.parametrize("url", ["gw.test:8043", "ftp://gw.test", "https://", ""])
def test_base_url_must_be_http(url: str) -> None:
    with pytest.raises(RequestValidationError, match="base_url"):
        AgentGateway(url)


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("https://gw.test:8043", "https://gw.test:8043/agentgateway/resource"),
        ("https://gw.test:8043/", "https://gw.test:8043/agentgateway/resource"),
        (
            "https://gw.test:8043/agentgateway/resource/",
            "https://gw.test:8043/agentgateway/resource",
        ),
        ("http://10.0.0.1:8080/proxy", "http://10.0.0.1:8080/proxy/agentgateway/resource"),
    ],
)
def test_base_url_gets_the_api_prefix_once(url: str, base: str) -> None:
    assert AgentGateway(url).base_url == base
