"""Event polling and the conference flow, sync and async."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    ConferenceIdContent,
    ConferenceRequestError,
    ConferenceStarted,
    Event,
    EventType,
    IncomingCallInfoContent,
    MediaType,
    NotAuthorizedError,
    OutcomeTimeoutError,
    PhoneOffhookContent,
    SessionEndedError,
    ShutdownServiceContent,
)
from tests.overlay.fakes import BASE, SessionGateway, event, json_reply

FAST = {"retry_backoff": (0.0, 0.0), "poll_interval": 0.005}
SHUTDOWN = event("AgentOther_ShutdownService", {"loginTime": "1471585949806"})


def gateway(fake: SessionGateway) -> AgentGateway:
    return AgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)


def async_gateway(fake: SessionGateway) -> AsyncAgentGateway:
    return AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake), **FAST)


def collect(stream: Any, count: int, timeout: float = 5.0) -> list[Event]:
    return [stream.get(timeout) for _ in range(count)]


def test_single_poll_empty_and_with_an_event() -> None:
    fake = SessionGateway()
    agent = gateway(fake).agent("153", guid="g")
    assert agent.poll_event() is None
    fake.push(event("AgentOther_PhoneOffhook", {"type": "main"}))
    got = agent.poll_event(calldata="x")
    assert got is not None and got.type is EventType.AGENT_OTHER_PHONE_OFFHOOK
    assert isinstance(got.content, PhoneOffhookContent) and got.content.type_ == "main"
    assert got.generated_at == dt.datetime.fromtimestamp(1784529722.590, tz=dt.UTC)
    poll = fake.polls()[-1]
    assert poll.url.path.endswith("/agentevent/153") and poll.url.params["calldata"] == "x"
    assert poll.extensions["timeout"]["read"] == 30.0


def test_events_are_typed_one_per_poll_and_the_stream_ends_on_shutdown() -> None:
    fake = SessionGateway()
    incoming = {
        "callId": "1-2", "skillName": "voice", "skillId": 3, "caller": "70004",
        "called": "60015", "lastReleaseAgentId": "65535", "mediaType": 5,
        "releaseAndReQueueCount": 0, "releaseAndReQueueCallFlag": 0,
    }  # fmt: skip
    fake.push(
        event("AgentState_Busy"),
        event("AgentEvent_Incoming_CallInfo", incoming),
        event("Brand_New_Event", {"anything": [1, 2]}),
        SHUTDOWN,
        event("AgentState_Ready"),  # after the sign-out: never read
    )
    agent = gateway(fake).agent("153", guid="g")
    got = list(agent.events())
    assert [e.type.value for e in got] == [
        "AgentState_Busy",
        "AgentEvent_Incoming_CallInfo",
        "Brand_New_Event",
        "AgentOther_ShutdownService",
    ]
    busy, call, unknown, shutdown = got
    assert busy.content is None and busy.agent_id == "153"
    assert isinstance(call.content, IncomingCallInfoContent)
    assert (
        call.content.media_type is MediaType.VOICE_OR_VIDEO_CALL and call.content.caller == "70004"
    )
    assert not unknown.type.is_known and unknown.content == {"anything": [1, 2]}
    assert isinstance(shutdown.content, ShutdownServiceContent)
    assert shutdown.content.login_time_at is not None
    assert len(fake.polls()) == 4


def test_empty_polls_continue_until_an_event_arrives() -> None:
    fake = SessionGateway()
    agent = gateway(fake).agent("153", guid="g")
    stream = agent.events()
    with pytest.raises(TimeoutError):
        stream.get(0.05)
    assert len(fake.polls()) >= 2
    fake.push(event("AgentOther_PhoneAlerting"))
    assert stream.get(2.0).type is EventType.AGENT_OTHER_PHONE_ALERTING
    stream.close()


def test_transport_errors_back_off_and_recover(caplog: pytest.LogCaptureFixture) -> None:
    fake = SessionGateway()
    fake.push(
        httpx.ConnectError("refused"),
        httpx.Response(502, text="<html>bad gateway</html>"),
        httpx.ReadTimeout("slow"),
        httpx.Response(200, content=b"{truncated"),
        event("AgentState_Ready"),
    )
    with gateway(fake).agent("153", guid="g").events() as stream:
        assert stream.get(5.0).type is EventType.AGENT_STATE_READY
    assert len([r for r in caplog.records if "event poll failed" in r.getMessage()]) == 4


def test_rotation_mid_stream_is_followed() -> None:
    fake = SessionGateway()
    fake.push(
        json_reply({"message": "", "retcode": "0", "event": event("AgentState_Busy")},
                   **{"Set-GUID": "JSESSIONID=rotated.AgentGateway1"}),
        event("AgentState_Ready"),
    )  # fmt: skip
    seen: list[str] = []
    agent = gateway(fake).agent("153", guid="first", on_guid_change=seen.append)
    with agent.events() as stream:
        collect(stream, 2)
    guids = [r.headers["Guid"] for r in fake.polls()]
    assert guids[0] == "first" and guids[1] == "rotated.AgentGateway1"
    assert seen == ["rotated.AgentGateway1"] and agent.guid == "rotated.AgentGateway1"


def test_a_dead_session_ends_the_stream_with_its_error() -> None:
    fake = SessionGateway()
    fake.push(json_reply({"message": "agent not login", "retcode": "100-006"}))
    with pytest.raises(NotAuthorizedError):
        for _ in gateway(fake).agent("153", guid="g").events():
            pass


def test_every_consumer_gets_every_event() -> None:
    fake = SessionGateway()
    agent = gateway(fake).agent("153", guid="g")
    first, second = agent.events(), agent.events()
    fake.push(event("AgentState_Busy"), event("AgentOther_PhoneAlerting"))
    assert [e.type for e in collect(first, 2)] == [e.type for e in collect(second, 2)]
    first.close()
    second.close()


def test_leaving_the_loop_stops_polling() -> None:
    fake = SessionGateway()
    fake.push(event("AgentState_Busy"))
    agent = gateway(fake).agent("153", guid="g")
    for _ in agent.events():
        break
    time.sleep(0.1)
    count = len(fake.polls())
    time.sleep(0.1)
    assert len(fake.polls()) <= count + 1, "the pump stopped once nobody listened"


def test_events_polled_while_nobody_listens_are_kept() -> None:
    fake = SessionGateway()
    fake.push(event("AgentState_Busy"), event("AgentOther_PhoneAlerting"))
    with gateway(fake).sign_in("153", password="", phone="1") as agent:
        deadline = time.monotonic() + 5
        while len(fake.polls()) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        with agent.events() as stream:
            assert [e.type.value for e in collect(stream, 2)] == [
                "AgentState_Busy",
                "AgentOther_PhoneAlerting",
            ]


def test_the_session_keeps_polling_as_its_heartbeat() -> None:
    fake = SessionGateway()
    with gateway(fake).sign_in("153", password="", phone="1"):
        time.sleep(0.1)
        assert len(fake.polls()) >= 3
    polls = len(fake.polls())
    time.sleep(0.05)
    assert len(fake.polls()) == polls, "no polling after sign-out"


def test_a_slow_consumer_never_stalls_polling() -> None:
    fake = SessionGateway()
    agent = gateway(fake).agent("153", guid="g")
    with agent.events() as stream:
        fake.push(*(event("AgentState_Busy") for _ in range(5)))
        deadline = time.monotonic() + 5
        while len(fake.polls()) < 8 and time.monotonic() < deadline:
            time.sleep(0.01)  # the consumer reads nothing meanwhile
        assert len(fake.polls()) >= 8
        assert len(collect(stream, 5)) == 5


# ------------------------------------------------------------------ conference flow
def _conference_events(fake: SessionGateway, outcome: dict[str, Any]) -> Any:
    """Answer requestagentconf, then queue SelfJoinResult and the outcome (as the gateway)."""

    def reply(request: httpx.Request) -> httpx.Response:
        fake.push(event("AgentConf_SelfJoinResult", {"confId": 1030400}), outcome)
        return json_reply({"result": {}, "message": "success", "retcode": "0"})

    fake.on("POST", "/requestagentconf", reply)


def test_conference_success_returns_the_conference_and_other_consumers_see_the_events() -> None:
    fake = SessionGateway()
    _conference_events(fake, event("AgentConf_RequestSuccess", {"confId": 1030400}))
    agent = gateway(fake).agent("153", guid="g")
    with agent.events() as watcher:
        started = agent.request_conference(3, time=30, wait_timeout=5)
        assert started == ConferenceStarted(conf_id=1030400, agent_id="153", is_chair=True)
        seen = collect(watcher, 2)
    assert [e.type.value for e in seen] == ["AgentConf_SelfJoinResult", "AgentConf_RequestSuccess"]
    assert isinstance(seen[1].content, ConferenceIdContent)


def test_conference_failure_carries_the_cause() -> None:
    fake = SessionGateway()
    _conference_events(fake, event("AgentConf_RequestFailed", {"cause": 21234}))
    with pytest.raises(ConferenceRequestError) as caught:
        gateway(fake).agent("153", guid="g").request_conference(3, wait_timeout=5)
    assert caught.value.cause == 21234 and "21234" in str(caught.value)


def test_conference_timeout() -> None:
    fake = SessionGateway()
    started = time.monotonic()
    with pytest.raises(OutcomeTimeoutError):
        gateway(fake).agent("153", guid="g").request_conference(3, wait_timeout=0.2)
    assert 0.2 <= time.monotonic() - started < 2
    assert len(fake.calls("/requestagentconf")) == 1


def test_sign_out_while_waiting_for_a_conference() -> None:
    fake = SessionGateway()
    _conference_events(fake, SHUTDOWN)
    with pytest.raises(SessionEndedError):
        gateway(fake).agent("153", guid="g").request_conference(3, wait_timeout=5)


def test_conference_request_errors_are_raised_before_waiting() -> None:
    fake = SessionGateway().on(
        "POST", "/requestagentconf", json_reply({"message": "", "retcode": "000-002"})
    )
    with pytest.raises(Exception, match="000-002"):
        gateway(fake).agent("153", guid="g").request_conference(3, wait_timeout=5)


# ------------------------------------------------------------------ async twins
def test_async_events_and_conference_flow() -> None:
    fake = SessionGateway()
    _conference_events(fake, event("AgentConf_RequestSuccess", {"confId": 1030400}))

    async def main() -> list[str]:
        async with async_gateway(fake) as gw:
            agent = await gw.sign_in("153", password="", phone="1")
            async with agent.events() as watcher:
                started = await agent.request_conference(3, wait_timeout=5)
                assert started.conf_id == 1030400
                types = [(await watcher.get(5)).type.value for _ in range(2)]
            fake.push(event("Brand_New_Event"), event("AgentState_Ready"))
            seen = []
            async for got in agent.events():
                seen.append(got.type.value)
                if len(seen) == 2:
                    break
            await agent.sign_out()
            assert [e async for e in agent.events()] == []
            return types + seen

    assert asyncio.run(main()) == [
        "AgentConf_SelfJoinResult",
        "AgentConf_RequestSuccess",
        "Brand_New_Event",
        "AgentState_Ready",
    ]


def test_async_stream_ends_on_shutdown_and_errors() -> None:
    fake = SessionGateway()
    fake.push(httpx.ConnectError("down"), event("AgentState_Busy"), SHUTDOWN)

    async def main() -> list[str]:
        async with async_gateway(fake) as gw:
            agent = gw.agent("153", guid="g")
            got = [e.type.value async for e in agent.events()]
            fake2 = gw.agent("154", guid="g")
            fake.push(json_reply({"message": "", "retcode": "100-006"}))
            with pytest.raises(NotAuthorizedError):
                async for _ in fake2.events():
                    pass
            return got

    assert asyncio.run(main()) == ["AgentState_Busy", "AgentOther_ShutdownService"]


def test_async_conference_timeout_and_failure() -> None:
    fake = SessionGateway()

    async def main() -> None:
        async with async_gateway(fake) as gw:
            agent = gw.agent("153", guid="g")
            with pytest.raises(OutcomeTimeoutError):
                await agent.request_conference(3, wait_timeout=0.1)
            _conference_events(fake, event("AgentConf_RequestFailed", {"cause": 7}))
            with pytest.raises(ConferenceRequestError) as caught:
                await agent.request_conference(3, wait_timeout=5)
            assert caught.value.cause == 7

    asyncio.run(main())


def test_pump_thread_is_a_daemon_and_named() -> None:
    fake = SessionGateway()
    with gateway(fake).agent("153", guid="g").events():
        names = [t.name for t in threading.enumerate() if t.daemon]
        assert "cec-agentgateway-events-153" in names


def test_async_rotation_mid_stream_and_empty_polls() -> None:
    fake = SessionGateway()
    seen: list[str] = []

    async def main() -> None:
        async with async_gateway(fake) as gw:
            agent = gw.agent("153", guid="first", on_guid_change=seen.append)
            async with agent.events() as stream:
                with pytest.raises(TimeoutError):
                    await stream.get(0.05)  # empty polls meanwhile
                fake.push(
                    json_reply({"message": "", "retcode": "0", "event": event("AgentState_Busy")},
                               **{"Set-GUID": "JSESSIONID=rotated.AgentGateway1"}),
                    event("AgentState_Ready"),
                )  # fmt: skip
                assert (await stream.get(5)).type is EventType.AGENT_STATE_BUSY
                assert (await stream.get(5)).type is EventType.AGENT_STATE_READY

    asyncio.run(main())
    polls = fake.polls()
    assert len(polls) >= 4 and polls[0].headers["Guid"] == "first"
    assert polls[-1].headers["Guid"] == "rotated.AgentGateway1"
    assert seen == ["rotated.AgentGateway1"]


def test_a_new_guid_restarts_polling_that_ended_with_the_old_session() -> None:
    fake = SessionGateway()
    fake.push(json_reply({"message": "agent not login", "retcode": "100-006"}))
    agent = gateway(fake).agent("153", guid="stale")
    with pytest.raises(NotAuthorizedError):
        list(agent.events())
    with pytest.raises(NotAuthorizedError):
        list(agent.events())  # later listeners learn how the old session ended
    agent.set_guid("fresh")
    fake.push(event("AgentState_Ready"))
    with agent.events() as stream:
        assert stream.get(5).type is EventType.AGENT_STATE_READY
    assert fake.polls()[-1].headers["Guid"] == "fresh"


def test_every_documented_event_content_has_a_type_in_the_event_union() -> None:
    from typing import get_args

    from cec_agentgateway._event_record import EventContent
    from cec_agentgateway.generated import models
    from cec_agentgateway.generated.spec_extensions import EVENT_CONTENTS, STRING_CONTENTS

    assert STRING_CONTENTS == ("CallIdContent",)  # bare call IDs: str, no model
    documented = {getattr(models, n) for n in EVENT_CONTENTS.values() if n not in STRING_CONTENTS}
    assert set(get_args(EventContent)) == documented
