"""Conferences to their release, recordings and their downloads: the client against the
simulator, sync, async and over the loopback server (issue 20)."""

from __future__ import annotations

import asyncio
import io
import time
import tracemalloc
from pathlib import Path

import pytest

from cec_agentgateway import (
    AgentGateway,
    AgentGatewayError,
    APIConnectionError,
    AsyncAgentGateway,
    AsyncChairedConference,
    ChairedConference,
    ConferenceError,
    EventType,
    PlatformError,
    RecordingDownload,
    RequestValidationError,
)
from cec_agentgateway.generated.models import ParticipantChangeType
from cec_agentgateway.simulator import GatewaySimulator
from tests.integration.test_simulated_session import BASE, FAST, wait_for

CHAIR, GUEST, THIRD = "153", "154", "155"


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1)
    for agent_id, phone in ((CHAIR, "40038"), (GUEST, "40039"), (THIRD, "40040")):
        sim.add_agent(agent_id, password="pw", phone=phone)
    return sim


def test_a_three_agent_conference_runs_to_its_release_sync() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(CHAIR, password="pw", phone="40038") as chair,
        gw.sign_in(GUEST, password="pw", phone="40039") as guest,
        gw.sign_in(THIRD, password="pw", phone="40040") as third,
        guest.events() as guest_events,
        third.events() as third_events,
        chair.events() as chair_events,
    ):
        conf = chair.request_conference(5, time=30)
        assert isinstance(conf, ChairedConference) and conf.conf_id in sim.conference_ids(CHAIR)
        conf.invite(agents=[GUEST, THIRD], phones=["70005"])
        wait_for(guest_events, EventType.AGENT_CONF_RINGING)
        wait_for(third_events, EventType.AGENT_CONF_RINGING)
        assert sim.conference_parties.invitation(GUEST) == conf.conf_id
        assert guest.answer_conference() == conf.conf_id
        third.reject_conference()
        held = conf.hold(phone="70005", voice_path="y:/conf/1/hold.V3")
        assert held is not None and held.change_type is ParticipantChangeType.HELD
        assert conf.unhold(phone="70005") is not None
        muted = conf.mute(agent=GUEST)
        assert muted is not None and muted.change_type is ParticipantChangeType.MUTED
        conf.unmute(agent=GUEST)
        conf.prolong(30)
        conf.resize(2)
        (info,) = chair.query_conferences([conf.conf_id])
        assert {p.address for p in info.addresses or []} == {CHAIR, GUEST, "70005"}
        assert chair.vdn_conference_ids() == [conf.conf_id]
        with pytest.raises(ConferenceError) as refused:
            chair.leave_conference()  # the chair releases instead
        assert refused.value.retcode == "101-007"
        guest.leave_conference()
        conf.release()
        assert sim.conference_ids(CHAIR) == []
        ended = wait_for(chair_events, EventType.AGENT_CONF_PARTICIPANT_CHANGED, limit=200)
        assert ended
        with pytest.raises(ConferenceError):
            conf.release()  # 101-001: there is no conference any more


def test_chair_actions_are_checked_before_sending() -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(CHAIR, password="pw", phone="40038") as chair,
    ):
        conf = chair.request_conference(3)
        before = len(sim.requests)
        with pytest.raises(RequestValidationError) as both:
            conf.hold(agent=GUEST, phone="70005")
        assert both.value.field == "address"
        with pytest.raises(RequestValidationError) as long_time:
            conf.prolong(1441)
        assert long_time.value.argument == "minutes" and long_time.value.field == "prolongTime"
        with pytest.raises(RequestValidationError) as tiny:
            conf.resize(1)
        assert tiny.value.argument == "by"
        with pytest.raises(RequestValidationError):
            conf.invite()
        with pytest.raises(RequestValidationError):
            conf.set_mode(9, agent=GUEST)
        assert len(sim.requests) == before  # nothing was sent
        conf.release()


def test_a_conference_and_a_recording_async() -> None:
    async def session() -> None:
        sim = simulator()
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in(CHAIR, password="pw", phone="40038") as chair,
            gw.sign_in(GUEST, password="pw", phone="40039") as guest,
        ):
            conf = await chair.request_conference(3)
            assert isinstance(conf, AsyncChairedConference)
            async with guest.events() as events:
                await conf.invite(agents=[GUEST])
                while (await events.get(5)).type is not EventType.AGENT_CONF_RINGING:
                    pass
            assert await guest.answer_conference() == conf.conf_id
            assert (await conf.hold(agent=GUEST)) is not None
            assert (await conf.unhold(agent=GUEST)) is not None
            await conf.set_mode(2, agent=GUEST)
            await conf.prolong(5)
            await conf.resize(2)
            await guest.leave_conference()
            await conf.release()
            assert await chair.vdn_conference_ids() == []

            sim.offer_call(CHAIR, caller="70004")
            await asyncio.sleep(0.2)
            started = await chair.start_recording()
            assert started is not None and started.call_id == sim.current_call_id(CHAIR)
            await chair.stop_recording()
            sink = io.BytesIO()
            done = await chair.download_recording(started.record_id, sink)
            assert sink.getvalue() == sim.recording.wav(started.record_id)
            assert done.received == done.size == len(sink.getvalue())
            sim.recording.cut_next_download(CHAIR, 5000)
            chunks = [c async for c in chair.recording_chunks(started.record_id, chunk_size=4096)]
            assert b"".join(chunks) == sink.getvalue()
            sim.recording.fail_next_download(CHAIR, "100-007")
            with pytest.raises(PlatformError):
                await chair.download_recording(started.record_id, io.BytesIO())
            sim.end_call(CHAIR)

    asyncio.run(asyncio.wait_for(session(), 20))


def test_a_call_is_recorded_and_its_recording_downloaded_sync(tmp_path: Path) -> None:
    sim = simulator()
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(CHAIR, password="pw", phone="40038") as agent,
        agent.events() as events,
    ):
        sim.offer_call(CHAIR, caller="70004")
        wait_for(events, EventType.AGENT_EVENT_TALKING)
        started = agent.start_recording()
        assert started is not None and started.record_id == sim.recording.recording_of(CHAIR)
        assert started.location_id == "256" and started.serial
        time.sleep(0.01)
        agent.stop_recording()
        wait_for(events, EventType.AGENT_MEDIA_EVENT_STOP_RECORD_DONE)
        progress: list[tuple[int, int | None]] = []
        target = tmp_path / "call.wav"
        done = agent.download_recording(
            started.record_id, target, progress=lambda got, total: progress.append((got, total))
        )
        data = target.read_bytes()
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
        assert data == sim.recording.wav(started.record_id)
        assert done == RecordingDownload(
            len(data), len(data), "application/octet-stream", 0, str(target)
        )
        assert progress[-1] == (len(data), len(data))

        sim.recording.cut_next_download(CHAIR, 1000)  # resumed with Range
        resumed = agent.download_recording(started.record_id, tmp_path / "again.wav")
        assert resumed.resumes == 1 and (tmp_path / "again.wav").read_bytes() == data

        sim.recording.cut_next_download(CHAIR, 1000)
        with pytest.raises(APIConnectionError, match=r"broke off after \d+ of 16044 bytes"):
            agent.download_recording(started.record_id, tmp_path / "cut.wav", max_resumes=0)
        assert not (tmp_path / "cut.wav").exists() and not (tmp_path / "cut.wav.part").exists()

        sim.recording.fail_next_download(CHAIR, "100-007")
        with pytest.raises(PlatformError):  # the envelope is raised, never saved as audio
            agent.download_recording(started.record_id, tmp_path / "error.wav")
        assert not (tmp_path / "error.wav").exists()
        with pytest.raises(PlatformError):
            agent.download_recording("y:/1/0/none.V3", io.BytesIO())

        sim.recording.fail_next_record(CHAIR)
        with pytest.raises(AgentGatewayError, match="Record_Fail"):
            agent.start_recording()
        sim.end_call(CHAIR)


def test_a_50_mb_recording_streams_in_flat_memory() -> None:
    """In process over the httpx transport (the loopback test below streams 20 MB)."""
    sim = simulator()
    size = 50 * 1024 * 1024
    name = sim.recording.store("y:/1/0/big.V3", seconds=(size - 44) / 16000)
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(CHAIR, password="pw", phone="40038") as agent,
    ):
        tracemalloc.start()
        try:
            received = 0
            for chunk in agent.recording_chunks(name):
                received += len(chunk)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert received == size
    assert peak < 5 * 1024 * 1024, peak


def test_a_conference_and_a_download_over_loopback(tmp_path: Path) -> None:
    sim = simulator()
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in(CHAIR, password="pw", phone="40038") as chair,
        gw.sign_in(GUEST, password="pw", phone="40039") as guest,
        guest.events() as events,
    ):
        conf = chair.request_conference(3)
        conf.invite(agents=[GUEST])
        wait_for(events, EventType.AGENT_CONF_RINGING)
        assert guest.answer_conference() == conf.conf_id
        assert conf.mute(agent=GUEST) is not None
        conf.release()
        name = sim.recording.store("y:/1/0/small.V3", seconds=2)
        done = chair.download_recording(name, tmp_path / "small.wav")
        assert (tmp_path / "small.wav").read_bytes() == sim.recording.wav(name)
        assert done.size == 44 + 2 * 16000


def test_a_large_recording_streams_over_loopback_cut_and_resumed(tmp_path: Path) -> None:
    """Over the loopback server too: the server writes the chunks as they come (neither side
    holds the file), and a connection cut mid-body is resumed with Range."""
    sim = simulator()
    size = 20 * 1024 * 1024
    name = sim.recording.store("y:/1/0/large.V3", seconds=(size - 44) / 16000)
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in(CHAIR, password="pw", phone="40038") as agent,
    ):
        tracemalloc.start()
        try:
            received = sum(len(chunk) for chunk in agent.recording_chunks(name))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert received == size
        assert peak < 5 * 1024 * 1024, peak  # client and server (same process) together
        sim.recording.cut_next_download(CHAIR, 3 * 1024 * 1024)
        done = agent.download_recording(name, tmp_path / "large.wav")
        assert done.size == size
        assert (tmp_path / "large.wav").read_bytes() == sim.recording.wav(name)
