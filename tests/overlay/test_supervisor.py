"""The supervisor's desk on the wire: agent.team, agent.monitor(), TeamMember decoding.

Each test runs with the sync and the async client (the ``connect`` fixture), except the
async monitor's own test.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    APIConnectionError,
    AsyncAgentGateway,
    EventType,
    GatewayAgentState,
    MonitorMode,
    MonitorStateError,
    QualityControlError,
    RequestValidationError,
)
from cec_agentgateway._supervisor import AsyncTeam
from tests.overlay.fakes import BASE, OK, FakeGateway, SyncView, json_reply, ok
from tests.unknown_values import unknown_int

GUID = "1e1e1e1e-0000-0000-0000-000000000000.AgentGateway0"
QC = "/agentgateway/resource/qualitycontrol/153"


def team_of(connect: Any, fake: FakeGateway, **options: Any) -> Any:
    agent = connect(fake, **options).agent("153", guid=GUID)
    team = agent.team
    return SyncView(team) if isinstance(team, AsyncTeam) else team


@pytest.mark.parametrize(
    ("call", "method", "path", "query"),
    [
        (lambda t: t.listen("155"), "PUT", f"{QC}/addsupervise/155", {}),
        (lambda t: t.barge_in(155), "PUT", f"{QC}/addinsert/155", {}),
        (lambda t: t.stop_monitoring("155"), "DELETE", f"{QC}/155", {}),
        (lambda t: t.switch("155"), "POST", f"{QC}/switch/155", {}),
        (lambda t: t.whisper("155"), "POST", f"{QC}/requestwhisperagent",
         {"whisperagentid": "155"}),
        (lambda t: t.stop_whisper("155"), "POST", f"{QC}/requeststopwhisperagent",
         {"whisperagentid": "155"}),
        (lambda t: t.switch_mode("155", MonitorMode.INSERTING), "POST",
         f"{QC}/requestswitchinsertwhisperagent", {"whisperagentid": "155", "switchtype": "1"}),
        (lambda t: t.switch_mode("155", 2), "POST",
         f"{QC}/requestswitchinsertwhisperagent", {"whisperagentid": "155", "switchtype": "2"}),
        (lambda t: t.take_over("155"), "PUT", f"{QC}/intercept/155", {}),
        (lambda t: t.take_over("155", "1455885056-1095"), "PUT",
         f"{QC}/intercept/155/1455885056-1095", {}),
        (lambda t: t.force_busy("155"), "POST", f"{QC}/forcebusy/155", {}),
        (lambda t: t.force_idle("155"), "POST", f"{QC}/forceidle/155", {}),
        (lambda t: t.force_rest("155", 600, 3), "POST", f"{QC}/forcerest/155/600/3", {}),
        (lambda t: t.force_sign_out("155"), "POST", f"{QC}/forcelogout/155", {}),
        (lambda t: t.force_drop_call("1455885056-1095"), "POST",
         f"{QC}/forcedropcall/1455885056-1095", {}),
    ],
)  # fmt: skip
def test_each_action_goes_on_the_wire(
    connect: Any, call: Any, method: str, path: str, query: dict[str, str]
) -> None:
    fake = FakeGateway(ok({}))
    assert call(team_of(connect, fake)) is None
    request = fake.last
    assert (request.method, request.url.path) == (method, path)
    assert dict(request.url.params) == query
    assert request.headers["Guid"] == GUID


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda t: t.listen("12"), "work_no"),
        (lambda t: t.listen("0155"), "work_no"),
        (lambda t: t.force_busy("153"), "work_no"),  # the inspector itself (000-005)
        (lambda t: t.whisper(True), "work_no"),
        (lambda t: t.force_rest("155", 0, 3), "seconds"),
        (lambda t: t.force_rest("155", 86400, 3), "seconds"),
        (lambda t: t.force_rest("155", 60, 256), "cause"),
        (lambda t: t.switch_mode("155", 3), "mode"),
        (lambda t: t.switch_mode("155", MonitorMode.TAKEN_OVER), "mode"),
        (lambda t: t.take_over("155", "a/b"), "call_id"),
        (lambda t: t.force_drop_call(""), "call_id"),
    ],
)
def test_bad_input_is_refused_before_sending(connect: Any, call: Any, argument: str) -> None:
    fake = FakeGateway(ok({}))
    with pytest.raises(RequestValidationError) as raised:
        call(team_of(connect, fake))
    assert raised.value.argument == argument
    assert fake.requests == []


def test_actions_are_never_resent(connect: Any) -> None:
    fake = FakeGateway().reply(httpx.ReadError("connection reset"), ok({}))
    with pytest.raises(APIConnectionError):
        team_of(connect, fake, max_retries=3).force_busy("155")
    assert len(fake.requests) == 1


def test_a_refusal_is_a_quality_control_error(connect: Any) -> None:
    fake = FakeGateway(json_reply({"message": "no right", "retcode": "900-002"}))
    with pytest.raises(QualityControlError) as raised:
        team_of(connect, fake).listen("155")
    assert raised.value.retcode == "900-002"


def test_team_members_decode_the_state_as_number_or_text(connect: Any) -> None:
    unknown = unknown_int(GatewayAgentState)
    entries = [
        {"workno": "155", "name": "Ann", "status": "4", "groupName": "Hotline", "ctiStatus": "1"},
        {"workno": 156, "name": "Bob", "status": 3, "groupName": "", "ctiStatus": 7},
        {"workno": "157", "status": str(unknown)},
        {"workno": "158", "status": "idle?"},
    ]
    fake = FakeGateway(ok(entries))
    ann, bob, odd, text = team_of(connect, fake).agents()
    assert fake.last.url.path.endswith("/agentgroup/153/allagentstatus")
    assert (ann.work_no, ann.name, ann.state, ann.group) == ("155", "Ann", 4, "Hotline")
    assert ann.state is GatewayAgentState.IDLE and ann.state_known
    assert (bob.work_no, bob.state, bob.group, bob.cti_state) == ("156", 3, None, "7")
    assert bob.state is GatewayAgentState.BUSY
    assert odd.state == unknown and not odd.state_known  # kept, and flagged
    assert text.state is None and not text.state_known and text.raw.status == "idle?"


def test_monitorable_agents_and_all_events(connect: Any) -> None:
    fake = FakeGateway().reply(
        ok([{"workno": "155", "status": 7}]),
        json_reply(
            {
                **OK,
                "event": [
                    {"eventType": "AgentState_SetNotReady_Success", "workNo": "155",
                     "content": {"reason": "3"}},
                    {"eventType": "AgentEvent_Call_Release", "workNo": "156",
                     "content": "1455885056-1095"},
                ],
            }
        ),
        json_reply(OK),
    )  # fmt: skip
    team = team_of(connect, fake)
    (member,) = team.monitorable()
    assert fake.last.url.path == f"{QC}/allagent"
    assert member.state is GatewayAgentState.TALKING
    busy, released = team.events()
    assert fake.last.url.path == "/agentgateway/resource/agentevent/allagentevent"
    assert busy.type is EventType.AGENT_STATE_SET_NOT_READY_SUCCESS and busy.agent_id == "155"
    assert released.call_id == "1455885056-1095" and released.agent_id == "156"
    assert team.events() == []  # no event key: none


# ---------------------------------------------------------------------- the monitor


def test_monitor_picks_the_operation_for_each_step() -> None:
    from cec_agentgateway import AgentGateway

    fake = FakeGateway(ok({}))
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gw:
        sup = gw.agent("153", guid=GUID)
        with sup.monitor("155") as m:
            assert m.mode is None
            m.listen()
            m.barge_in()
            m.whisper()
            m.listen()
            assert m.mode is MonitorMode.LISTENING
        assert m.mode is None
        with sup.monitor(155) as m:
            m.whisper()
        with sup.monitor("155") as m:
            m.barge_in()
            m.take_over()
            assert m.mode is MonitorMode.TAKEN_OVER
    sent = [(r.method, r.url.path.rsplit("/153/", 1)[1], r.url.query) for r in fake.requests]
    assert sent == [
        ("PUT", "addsupervise/155", b""),
        ("POST", "switch/155", b""),
        ("POST", "requestswitchinsertwhisperagent", b"whisperagentid=155&switchtype=2"),
        ("POST", "requestswitchinsertwhisperagent", b"whisperagentid=155&switchtype=0"),
        ("DELETE", "155", b""),
        ("POST", "requestwhisperagent", b"whisperagentid=155"),
        ("POST", "requeststopwhisperagent", b"whisperagentid=155"),
        ("PUT", "addinsert/155", b""),
        ("PUT", "intercept/155", b""),  # a call taken over is not "stopped" on exit
    ]


def test_illegal_steps_raise_before_anything_is_sent() -> None:
    from cec_agentgateway import AgentGateway

    fake = FakeGateway(ok({}))
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gw:
        sup = gw.agent("153", guid=GUID)
        m = sup.monitor("155")
        with pytest.raises(MonitorStateError) as raised:
            m.take_over()  # nothing to take over from
        assert raised.value.mode is None and isinstance(raised.value, RequestValidationError)
        m.stop()  # not monitoring: nothing to stop
        assert fake.requests == []
        m.listen()
        with pytest.raises(MonitorStateError):
            m.listen()
        m.take_over()
        for step in (m.listen, m.whisper, m.take_over):
            with pytest.raises(MonitorStateError):
                step()
        assert len(fake.requests) == 2
        with pytest.raises(RequestValidationError):
            sup.monitor("153")  # oneself


def test_leaving_the_block_by_an_error_still_stops() -> None:
    from cec_agentgateway import AgentGateway

    fake = FakeGateway().reply(ok({}), json_reply({"message": "", "retcode": "900-003"}))
    gw = AgentGateway(BASE, transport=httpx.MockTransport(fake))
    with gw, pytest.raises(KeyError) as raised, gw.agent("153", guid=GUID).monitor("155") as m:
        m.listen()
        raise KeyError("desk")
    assert fake.last.method == "DELETE"
    assert "stopping the monitoring of agent 155 failed" in raised.value.__notes__[0]


def test_async_monitor_matches_the_sync_one() -> None:
    fake = FakeGateway(ok({}))

    async def main() -> list[str]:
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake)) as gw:
            sup = gw.agent("153", guid=GUID)
            async with sup.monitor("155") as m:
                await m.listen()
                await m.whisper()
                with pytest.raises(MonitorStateError):
                    await m.whisper()
                await m.take_over("1455885056-1095")
            await sup.team.force_idle("155")
        return [r.url.path.rsplit("/153/", 1)[1] for r in fake.requests]

    assert asyncio.run(main()) == [
        "addsupervise/155",
        "requestswitchinsertwhisperagent",
        "intercept/155/1455885056-1095",
        "forceidle/155",
    ]
