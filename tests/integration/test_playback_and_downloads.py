"""Playback control, screen recording and the VoiceCyber and video downloads: the client
against the simulator, sync, async and over the loopback server (issue 20, rest)."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import httpx
import pytest

from cec_agentgateway import (
    AgentGateway,
    APIConnectionError,
    APIStatusError,
    AsyncAgentGateway,
    EventType,
    PlatformError,
    PlaybackEndedError,
    PlaybackState,
    PlaybackStateError,
    PlayStopCause,
    RecordingError,
    RequestValidationError,
)
from cec_agentgateway.simulator import GatewaySimulator, ManualClock
from tests.integration.test_simulated_session import BASE, FAST, wait_for

SUPERVISOR = "153"
FILE = "Y:/1/0/20250101/153/0005206.V3"


def simulator(clock: ManualClock | None = None) -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05, **({"clock": clock} if clock else {}))
    sim.add_agent(SUPERVISOR, password="pw", phone="40038")
    return sim


def test_a_supervisor_plays_a_recording_back_sync() -> None:
    clock = ManualClock()
    sim = simulator(clock)
    sim.recording.store(FILE, seconds=30)
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(SUPERVISOR, password="pw", phone="40038") as agent,
    ):
        playback = agent.playback
        assert playback is agent.playback and playback.state is PlaybackState.IDLE
        with pytest.raises(PlaybackStateError) as refused:  # nothing plays: nothing sent
            playback.pause()
        assert refused.value.state is PlaybackState.IDLE
        sent = len(sim.requests)
        for step in (playback.resume, playback.stop):
            with pytest.raises(PlaybackStateError):
                step()
        with pytest.raises(PlaybackStateError):
            playback.forward(5)
        assert len(sim.requests) == sent

        playback.play(FILE, start=2)
        assert playback.state is PlaybackState.PLAYING and playback.file == FILE
        assert sim.playback.state_of(SUPERVISOR) == "playing"
        with pytest.raises(PlaybackStateError):
            playback.play(FILE)  # something plays already
        clock.advance(4)
        playback.pause()
        assert playback.state is PlaybackState.PAUSED
        assert sim.playback.position(SUPERVISOR) == pytest.approx(6.0)
        clock.advance(10)  # paused: the position holds
        playback.forward(10)
        assert sim.playback.position(SUPERVISOR) == pytest.approx(16.0)
        playback.back(20)  # not before the start
        assert sim.playback.position(SUPERVISOR) == 0.0
        playback.resume()
        assert playback.state is PlaybackState.PLAYING
        playback.stop()
        assert playback.state is PlaybackState.IDLE
        assert sim.playback.state_of(SUPERVISOR) is None

        # moved past the end, the playback ends by itself (JumpPlayDone, then StopPlayDone)
        playback.play(FILE)
        with agent.events() as events:
            playback.forward(60)
            for event in iter(lambda: events.get(5.0), None):
                playback.observe(event)
                if event.type is EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE:
                    assert event.content.cause is PlayStopCause.FINISHED  # type: ignore[union-attr]
                    break
        assert playback.state is PlaybackState.IDLE

        sim.playback.fail_next_play(SUPERVISOR)
        with pytest.raises(PlaybackEndedError, match="Play_Fail"):
            playback.play(FILE)
        assert playback.state is PlaybackState.IDLE

        with pytest.raises(RequestValidationError) as bad:
            playback.play("x" * 101)
        assert bad.value.argument == "file" and bad.value.field == "voicepath"
        with pytest.raises(RequestValidationError):
            playback.play(FILE, loop=True)  # netplay only
        playback.play(FILE, cc_id=1, loop=True, wait=False)
        assert playback.state is PlaybackState.PLAYING
        with pytest.raises(RequestValidationError) as zero:
            playback.forward(0)
        assert zero.value.argument == "seconds"
        clock.advance(100)  # netplay loops: still playing past the end
        assert sim.playback.state_of(SUPERVISOR) == "playing"
        playback.stop()


def test_the_playback_ends_on_the_simulator_clock() -> None:
    clock = ManualClock()
    sim = simulator(clock)
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(SUPERVISOR, password="pw", phone="40038") as agent,
        agent.events() as events,
    ):
        agent.playback.play("Y:/unknown.V3")  # 10 s by default
        clock.advance(11)
        seen = wait_for(events, EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE)
        assert seen.index("AgentMediaEvent_Play_Succ") < seen.index("AgentMediaEvent_Play")
        assert sim.playback.state_of(SUPERVISOR) is None
        with pytest.raises(RecordingError) as gone:  # the client did not watch: 500-003
            agent.playback.pause()
        assert gone.value.retcode == "500-003"
        assert agent.playback.state is PlaybackState.IDLE  # resynced: play is allowed again
        sim.playback.fail_next_play(SUPERVISOR)
        with pytest.raises(PlaybackEndedError) as failed:
            agent.playback.play("Y:/unknown.V3")
        assert failed.value.cause is PlayStopCause.FAILED


def test_playback_and_downloads_async(tmp_path: Path) -> None:
    async def main() -> None:
        sim = simulator()
        sim.recording.store(FILE, seconds=2, call_id="1700000000-1")
        async with (
            AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw,
            gw.sign_in(SUPERVISOR, password="pw", phone="40038") as agent,
        ):
            playback = agent.playback
            await playback.play(FILE)
            await playback.pause()
            await playback.resume()
            await playback.forward(1)
            await playback.back(1)
            await playback.stop()
            assert playback.state is PlaybackState.IDLE
            with pytest.raises(PlaybackStateError):
                await playback.stop()
            await agent.start_screen_recording()
            await agent.stop_screen_recording()
            done = await agent.download_call_recording("1700000000-1", tmp_path / "a.wav")
            assert done.received == 44 + 2 * 16000
            data = b"".join([chunk async for chunk in agent.video_chunks(FILE)])
            assert data == sim.recording.wav(FILE)
            sim.recording.fail_next_download(SUPERVISOR, "100-007")
            with pytest.raises(PlatformError):
                await agent.download_video(FILE, io.BytesIO())

    asyncio.run(main())


def test_the_other_downloads_sync(tmp_path: Path) -> None:
    sim = simulator()
    sim.recording.store(FILE, seconds=1, call_id="1700000000-2")
    video = "Y:/90/0/20250101/153/1642329.mp4"
    sim.recording.store(video, seconds=3)
    sim.recording.store("7a008307/0a08", seconds=1)
    with (
        AgentGateway(BASE, transport=sim.transport(), **FAST) as gw,
        gw.sign_in(SUPERVISOR, password="pw", phone="40038") as agent,
    ):
        target = tmp_path / "call.wav"
        done = agent.download_call_recording("1700000000-2", target)
        assert target.read_bytes() == sim.recording.wav(FILE) and done.path == str(target)
        as_video = agent.download_call_recording("1700000000-2", io.BytesIO(), video_file=video)
        assert as_video.size == 44 + 3 * 16000
        assert sim.requests[-1].operation == "downloadRecordFileEx"
        sim.recording.cut_next_download(SUPERVISOR, 5000)  # resumed with Range
        again = agent.download_video(video, tmp_path / "v.mp4", location_id=0)
        assert again.resumes == 1 and (tmp_path / "v.mp4").read_bytes() == sim.recording.wav(video)
        sim.recording.cut_next_download(SUPERVISOR, 5000)
        with pytest.raises(APIConnectionError):
            agent.download_video(video, tmp_path / "cut.mp4", max_resumes=0)
        assert not (tmp_path / "cut.mp4").exists() and not (tmp_path / "cut.mp4.part").exists()
        chunks = list(agent.call_recording_chunks("1700000000-2", chunk_size=1000))
        assert b"".join(chunks) == sim.recording.wav(FILE)
        conference = agent.download_conference_video("7a008307", io.BytesIO(), file_type="1")
        assert conference.received == 44 + 16000
        with pytest.raises(PlatformError):
            agent.download_call_recording("no-such-call", io.BytesIO())
        with pytest.raises(RequestValidationError) as bad:
            agent.download_conference_video("7a008307", io.BytesIO(), file_type="7")
        assert bad.value.argument == "file_type"
        with pytest.raises(RequestValidationError) as bad:
            agent.download_call_recording("", io.BytesIO())
        assert bad.value.argument == "call_id" and bad.value.field == "callId"
        with pytest.raises(RequestValidationError):
            agent.download_call_recording("1700000000-2", io.BytesIO(), work_no="12")


def test_playback_and_a_video_download_over_loopback(tmp_path: Path) -> None:
    sim = simulator()
    sim.recording.store(FILE, seconds=2)
    with (
        sim.serve() as server,
        AgentGateway(server.url, **FAST) as gw,
        gw.sign_in(SUPERVISOR, password="pw", phone="40038") as agent,
    ):
        agent.playback.play(FILE)
        agent.playback.pause()
        agent.playback.stop()
        done = agent.download_video(FILE, tmp_path / "f.bin")
        assert (tmp_path / "f.bin").read_bytes() == sim.recording.wav(FILE)
        assert done.content_type == "application/octet-stream"


def test_steps_are_never_resent() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path.endswith("/onlineagent/153"):
            return httpx.Response(
                200, json={"retcode": "0", "message": "", "result": {}},
                headers={"Set-GUID": "JSESSIONID=g"},
            )  # fmt: skip
        return httpx.Response(503)

    with AgentGateway(BASE, transport=httpx.MockTransport(handler), **FAST) as gw:
        agent = gw.agent(SUPERVISOR)
        agent.set_guid("g")
        with pytest.raises(APIStatusError):
            agent.playback.play(FILE, wait=False)
        plays = [r for r in calls if r.url.path.endswith("/recordplay/153/play")]
        assert len(plays) == 1  # not retried, though 503 is retried for reads
        assert agent.playback.state is PlaybackState.IDLE
