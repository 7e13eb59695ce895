"""Playing recordings back to an agent, and the agent's screen recording.

``play`` (and ``netplay``) starts a playback: AgentMediaEvent_Play_Succ, then
AgentMediaEvent_Play, in the order of the developer guide (cec_05_4050); a scripted failure
(:meth:`PlaybackFamily.fail_next_play`) sends AgentMediaEvent_Play_Fail and
AgentMediaEvent_StopPlayDone (cause 2). The position moves on the simulator's clock while
it plays: ``pauseplay`` holds it (AgentMediaEvent_PausePlayDone), ``resumeplay`` lets it
run again (_ResumePlayDone), ``forefast/{time}`` and ``backfast/{time}`` move it within the
file (_JumpPlayDone; moved to the end, the playback ends), ``stopplay`` ends it
(_StopPlayDone, cause 1), and reaching the end of the file ends it (cause 0) unless netplay
loops. A step the state does not allow is refused with its 500-00x code. The file's length
is the recording's (``length_of``, given by the assembler) or :meth:`add_file`'s, 10 s
otherwise. The simulator does not make the agent busy nor ring its phone first, as the
developer guide describes for an agent not in a call.

``startrecordscreen``/``stoprecordscreen`` keep whether the agent's screen is recorded and
send AgentMediaEvent_Start/StopRecordScreen_Succ (content: none; the event pages were not
found); :meth:`fail_next_screen` makes the next one _Fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...generated.models import EventType, Retcode
from .._core import GatewayCore
from .._family import Family, json_object, ok, operation, validated
from .._model import AgentRecord
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["PlaybackFamily"]

DEFAULT_LENGTH = 10.0


@dataclass
class _Playing:
    file: str
    length: float
    position: float  # seconds into the file at ``mark``
    mark: float
    paused: bool = False
    loop: bool = False

    def at(self, now: float) -> float:
        return self.position if self.paused else self.position + (now - self.mark)


class PlaybackFamily(Family):
    """recordplay play/netplay/pauseplay/resumeplay/forefast/backfast/stopplay and the
    screen recording, with the playback's scenario."""

    name = "playback"

    def __init__(
        self, core: GatewayCore, length_of: Callable[[str], float | None] | None = None
    ) -> None:
        super().__init__(core)
        self._length_of = length_of
        self._lengths: dict[str, float] = {}
        self._playing: dict[str, _Playing] = {}
        self._play_failures: set[str] = set()
        self._screens: set[str] = set()
        self._screen_failures: set[str] = set()
        core.hooks.tick.append(self._tick)
        core.hooks.session_ending.append(self._session_ending)

    # ------------------------------------------------------------------ scenario

    def add_file(self, path: str, *, seconds: float) -> None:
        """A file of ``seconds`` that play can play (any other file lasts 10 s)."""
        with self.core.lock:
            self._lengths[path] = float(seconds)

    def fail_next_play(self, agent_id: str) -> None:
        """The agent's next play ends in AgentMediaEvent_Play_Fail."""
        with self.core.lock:
            self._play_failures.add(self.core.agent(agent_id).agent_id)

    def fail_next_screen(self, agent_id: str) -> None:
        """The agent's next start/stoprecordscreen sends the _Fail event."""
        with self.core.lock:
            self._screen_failures.add(self.core.agent(agent_id).agent_id)

    def state_of(self, agent_id: str) -> str | None:
        """ "playing", "paused" or None (nothing plays to the agent)."""
        with self.core.lock:
            playing = self._playing.get(self.core.agent(agent_id).agent_id)
            if playing is None:
                return None
            return "paused" if playing.paused else "playing"

    def position(self, agent_id: str) -> float | None:
        """Seconds into the file playing to the agent (None: nothing plays)."""
        with self.core.lock:
            playing = self._playing.get(self.core.agent(agent_id).agent_id)
            return None if playing is None else min(playing.length, playing.at(self.core.clock()))

    def screen_recorded(self, agent_id: str) -> bool:
        with self.core.lock:
            return self.core.agent(agent_id).agent_id in self._screens

    # ------------------------------------------------------------------ hooks

    def _tick(self, now: float) -> None:
        for agent_id, playing in list(self._playing.items()):
            if playing.paused or playing.at(now) < playing.length:
                continue
            if playing.loop:
                playing.position, playing.mark = playing.at(now) % playing.length, now
                continue
            self._end(self.core.agents[agent_id], 0)

    def _session_ending(self, agent: AgentRecord) -> None:
        self._playing.pop(agent.agent_id, None)
        self._screens.discard(agent.agent_id)

    def _end(self, agent: AgentRecord, cause: int) -> None:
        self._playing.pop(agent.agent_id, None)
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE, {"cause": cause})

    def _length(self, file: str) -> float:
        if file in self._lengths:
            return self._lengths[file]
        known = None if self._length_of is None else self._length_of(file)
        return DEFAULT_LENGTH if known is None else known

    def _current(self, agent: AgentRecord, refusal: Retcode) -> _Playing:
        playing = self._playing.get(agent.agent_id)
        if playing is None:
            raise Refusal(refusal, "nothing is playing to the agent")
        return playing

    # ------------------------------------------------------------------ handlers

    def _start(self, context: Context, file: str, start: int, loop: bool) -> SimResponse:
        agent, _ = self.session(context)
        if agent.agent_id in self._playing:
            raise Refusal(Retcode.START_PLAY_BAD_STATE, "the agent is playing already")
        if agent.call is not None:
            raise Refusal(Retcode.START_PLAY_BAD_STATE, "the agent is in a call")
        if agent.agent_id in self._play_failures:
            self._play_failures.discard(agent.agent_id)
            self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_PLAY_FAIL, None)
            self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE, {"cause": 2})
            return json_response(ok({}, "success"))
        length = self._length(file)
        self._playing[agent.agent_id] = _Playing(
            file, length, float(min(start, length)), context.now, loop=loop
        )
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_PLAY_SUCC, None)
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_PLAY, None)
        return json_response(ok({}, "success"))

    @operation("beginPlay")
    def play(self, context: Context) -> SimResponse:
        """Play voicepath to the agent (_Play_Succ, _Play)."""
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("BeginPlayRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True)
        return self._start(context, str(body["voicepath"]), int(body.get("startpostion", 0)), False)

    @operation("beginNetPlay")
    def net_play(self, context: Context) -> SimResponse:
        """The network-call-center play (playTime 0 loops)."""
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("BeginNetPlayRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True)
        loop = body.get("playTime") == 0
        return self._start(context, str(body["fileName"]), int(body.get("position", 0)), loop)

    @operation("pausePlay")
    def pause(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        playing = self._current(agent, Retcode.PAUSE_PLAY_BAD_STATE)
        if playing.paused:
            raise Refusal(Retcode.PAUSE_PLAY_BAD_STATE, "the playback is paused already")
        playing.position, playing.mark, playing.paused = playing.at(context.now), context.now, True
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_PAUSE_PLAY_DONE, None)
        return json_response(ok({}, "success"))

    @operation("resumePlay")
    def resume(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        playing = self._current(agent, Retcode.RESUME_PLAY_BAD_STATE)
        if not playing.paused:
            raise Refusal(Retcode.RESUME_PLAY_BAD_STATE, "the playback is not paused")
        playing.mark, playing.paused = context.now, False
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_RESUME_PLAY_DONE, None)
        return json_response(ok({}, "success"))

    def _jump(self, context: Context, sign: int, refusal: Retcode) -> SimResponse:
        agent, _ = self.session(context)
        text = context.params.get("time", "")
        if not (text.isascii() and text.isdecimal()) or int(text) < 1:
            raise Refusal(
                Retcode.INVALID_PARAMETER, "time must be a whole number of seconds, 1 or more"
            )
        playing = self._current(agent, refusal)
        moved = playing.at(context.now) + sign * int(text)
        playing.position, playing.mark = max(0.0, min(playing.length, moved)), context.now
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_JUMP_PLAY_DONE, None)
        if playing.position >= playing.length and not playing.loop:
            self._end(agent, 0)
        return json_response(ok({}, "success"))

    @operation("foreFastPlay")
    def forward(self, context: Context) -> SimResponse:
        return self._jump(context, 1, Retcode.JUMP_FORWARD_BAD_STATE)

    @operation("backFastPlay")
    def back(self, context: Context) -> SimResponse:
        return self._jump(context, -1, Retcode.JUMP_BACK_BAD_STATE)

    @operation("stopPlay")
    def stop(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        self._current(agent, Retcode.STOP_PLAY_BAD_STATE)
        self._end(agent, 1)
        return json_response(ok({}, "success"))

    def _screen(self, context: Context, start: bool) -> SimResponse:
        agent, _ = self.session(context)
        if start == (agent.agent_id in self._screens):
            state = "is recorded already" if start else "is not recorded"
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"the agent's screen {state}")
        if agent.agent_id in self._screen_failures:
            self._screen_failures.discard(agent.agent_id)
            kind = "START" if start else "STOP"
            self.core.queue(agent, EventType[f"AGENT_MEDIA_EVENT_{kind}_RECORD_SCREEN_FAIL"], None)
            return json_response(ok({}, "success"))
        if start:
            self._screens.add(agent.agent_id)
            event = EventType.AGENT_MEDIA_EVENT_START_RECORD_SCREEN_SUCC
        else:
            self._screens.discard(agent.agent_id)
            event = EventType.AGENT_MEDIA_EVENT_STOP_RECORD_SCREEN_SUCC
        self.core.queue(agent, event, None)
        return json_response(ok({}, "success"))

    @operation("startRecordScreen")
    def start_screen(self, context: Context) -> SimResponse:
        return self._screen(context, True)

    @operation("stopRecordScreen")
    def stop_screen(self, context: Context) -> SimResponse:
        return self._screen(context, False)
