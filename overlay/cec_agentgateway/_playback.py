"""Playing recordings back to an agent (a supervisor's or inspector's listening), and the
agent's screen recording.

``agent.playback`` is the agent's :class:`Playback` (:class:`AsyncPlayback` on an
``AsyncAgent``): :meth:`~Playback.play` has the gateway call the agent's phone and play a file
(``play``, or ``netplay`` with ``cc_id`` in a network call center); :meth:`~Playback.pause`,
:meth:`~Playback.resume`, :meth:`~Playback.forward`, :meth:`~Playback.back` and
:meth:`~Playback.stop` control it. Each waits for the event that tells its outcome
(AgentMediaEvent_Play_Succ or _Play, _PausePlayDone, _ResumePlayDone, _JumpPlayDone,
_StopPlayDone) unless ``wait=False``. The handle keeps the :class:`PlaybackState` it knows
of, and a step that state does not allow (pausing what is paused, resuming what plays,
moving or stopping when nothing plays) raises :class:`PlaybackStateError` before anything is
sent. A playback can end by itself (the file played to its end, or it failed): a step that
then meets AgentMediaEvent_StopPlayDone instead of its own outcome raises
``PlaybackEndedError``, and a step the gateway refuses for its playback state (a 500-00x
``RecordingError``: the playback ended unseen) leaves the handle idle too; ``observe(event)``
keeps the state when the caller reads the events itself. Nothing here is ever resent.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import AgentGatewayError, RecordingError, RequestValidationError
from ._events import Event
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result, unset_if_none
from ._validation import check_body, check_flag, check_parameter, check_seconds
from .generated import models
from .generated.models import EventType

if TYPE_CHECKING:
    from .generated.api.recordplay import (
        back_fast_play,
        begin_net_play,
        begin_play,
        fore_fast_play,
        pause_play,
        resume_play,
        start_record_screen,
        stop_play,
        stop_record_screen,
    )
else:
    back_fast_play = generated_api("recordplay.back_fast_play")
    begin_net_play = generated_api("recordplay.begin_net_play")
    begin_play = generated_api("recordplay.begin_play")
    fore_fast_play = generated_api("recordplay.fore_fast_play")
    pause_play = generated_api("recordplay.pause_play")
    resume_play = generated_api("recordplay.resume_play")
    start_record_screen = generated_api("recordplay.start_record_screen")
    stop_play = generated_api("recordplay.stop_play")
    stop_record_screen = generated_api("recordplay.stop_record_screen")

__all__ = [
    "AsyncPlayback",
    "AsyncPlaybackMixin",
    "Playback",
    "PlaybackEndedError",
    "PlaybackMixin",
    "PlaybackState",
    "PlaybackStateError",
]

BEGIN_PLAY = Operation.from_spec("beginPlay", "DoneResponse")
BEGIN_NET_PLAY = Operation.from_spec("beginNetPlay", "DoneResponse")
PAUSE_PLAY = Operation.from_spec("pausePlay", "DoneResponse")
RESUME_PLAY = Operation.from_spec("resumePlay", "DoneResponse")
FORE_FAST = Operation.from_spec("foreFastPlay", "DoneResponse")
BACK_FAST = Operation.from_spec("backFastPlay", "DoneResponse")
STOP_PLAY = Operation.from_spec("stopPlay", "DoneResponse")
START_RECORD_SCREEN = Operation.from_spec("startRecordScreen", "DoneResponse")
STOP_RECORD_SCREEN = Operation.from_spec("stopRecordScreen", "DoneResponse")


class PlaybackState(enum.StrEnum):
    """What the agent's playback is doing, as the :class:`Playback` handle knows it."""

    IDLE = "idle"  #: nothing plays
    PLAYING = "playing"
    PAUSED = "paused"


class PlaybackStateError(RequestValidationError):
    """A playback step the known :class:`PlaybackState` does not allow; nothing was sent."""

    def __init__(self, message: str, *, state: PlaybackState, operation: str, agent_id: str):
        super().__init__("state", message, operation=operation, agent_id=agent_id)
        self.state = state


class PlaybackEndedError(AgentGatewayError):
    """The playback ended (AgentMediaEvent_StopPlayDone) before the step's outcome arrived,
    or could not start (AgentMediaEvent_Play_Fail). ``cause`` is the PlayStopCause, if any."""

    def __init__(
        self, message: str, *, cause: models.PlayStopCause | None, operation: str, agent_id: str
    ) -> None:
        super().__init__(message, operation=operation, agent_id=agent_id)
        self.cause = cause


# ---------------------------------------------------------------------- builders


def play(
    agent_id: str,
    file: str,
    *,
    start: int | None = None,
    times: int | None = None,
    volume: str | None = None,
    speed: str | None = None,
    location_id: int | None = None,
) -> PreparedCall[None]:
    wire = {
        "voicepath": file, "startpostion": start, "times": times, "volumechange": volume,
        "speedchange": speed, "locationId": location_id,
    }  # fmt: skip
    check_body(
        "BeginPlayRequest", {k: v for k, v in wire.items() if v is not None},
        operation=BEGIN_PLAY.log_method, agent_id=agent_id,
        keywords={
            "voicepath": "file", "startpostion": "start", "volumechange": "volume",
            "speedchange": "speed", "locationId": "location_id",
        },
    )  # fmt: skip
    body = models.BeginPlayRequest(
        voicepath=file,
        startpostion=unset_if_none(start),
        times=unset_if_none(times),
        volumechange=unset_if_none(volume),
        speedchange=unset_if_none(speed),
        location_id=unset_if_none(location_id),
    )
    return PreparedCall(
        BEGIN_PLAY, agent_id, begin_play._get_kwargs(agent_id, body=body), no_result
    )


def net_play(
    agent_id: str,
    file: str,
    cc_id: int,
    *,
    start: int | None = None,
    loop: bool = False,
    file_format: int | None = None,
    location_id: int | None = None,
) -> PreparedCall[None]:
    check_flag("loop", loop, agent_id=agent_id, operation=BEGIN_NET_PLAY.log_method)
    wire = {
        "fileName": file, "ccId": cc_id, "position": start, "fileFormat": file_format,
        "locationId": location_id, "playTime": 0 if loop else None,
    }  # fmt: skip
    check_body(
        "BeginNetPlayRequest", {k: v for k, v in wire.items() if v is not None},
        operation=BEGIN_NET_PLAY.log_method, agent_id=agent_id,
        keywords={
            "fileName": "file", "ccId": "cc_id", "position": "start",
            "fileFormat": "file_format", "locationId": "location_id",
        },
    )  # fmt: skip
    kind = file_format
    body = models.BeginNetPlayRequest(
        file_name=file,
        cc_id=cc_id,
        position=unset_if_none(start),
        play_time=unset_if_none(models.NetPlayRepeat.LOOP if loop else None),
        file_format=unset_if_none(None if kind is None else models.NetPlayFileFormat(kind)),
        location_id=unset_if_none(location_id),
    )
    request = begin_net_play._get_kwargs(agent_id, body=body)
    return PreparedCall(BEGIN_NET_PLAY, agent_id, request, no_result)


def pause(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(PAUSE_PLAY, agent_id, pause_play._get_kwargs(agent_id), no_result)


def resume(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(RESUME_PLAY, agent_id, resume_play._get_kwargs(agent_id), no_result)


def jump(agent_id: str, seconds: int, *, forward: bool) -> PreparedCall[None]:
    operation = FORE_FAST if forward else BACK_FAST
    check_parameter(
        "PlayJumpSeconds", seconds, operation=operation.log_method, agent_id=agent_id,
        keyword="seconds",
    )  # fmt: skip
    module = fore_fast_play if forward else back_fast_play
    return PreparedCall(operation, agent_id, module._get_kwargs(agent_id, seconds), no_result)


def stop(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(STOP_PLAY, agent_id, stop_play._get_kwargs(agent_id), no_result)


def start_screen(agent_id: str) -> PreparedCall[None]:
    request = start_record_screen._get_kwargs(agent_id)
    return PreparedCall(START_RECORD_SCREEN, agent_id, request, no_result)


def stop_screen(agent_id: str) -> PreparedCall[None]:
    request = stop_record_screen._get_kwargs(agent_id)
    return PreparedCall(STOP_RECORD_SCREEN, agent_id, request, no_result)


# ---------------------------------------------------------------------- the state machine

_ALLOWED = {
    "pause": {PlaybackState.PLAYING},
    "resume": {PlaybackState.PAUSED},
    "forward": {PlaybackState.PLAYING, PlaybackState.PAUSED},
    "back": {PlaybackState.PLAYING, PlaybackState.PAUSED},
    "stop": {PlaybackState.PLAYING, PlaybackState.PAUSED},
    "play": {PlaybackState.IDLE},
}
_OUTCOME = {
    "play": (EventType.AGENT_MEDIA_EVENT_PLAY_SUCC, EventType.AGENT_MEDIA_EVENT_PLAY),
    "pause": (EventType.AGENT_MEDIA_EVENT_PAUSE_PLAY_DONE,),
    "resume": (EventType.AGENT_MEDIA_EVENT_RESUME_PLAY_DONE,),
    "forward": (EventType.AGENT_MEDIA_EVENT_JUMP_PLAY_DONE,),
    "back": (EventType.AGENT_MEDIA_EVENT_JUMP_PLAY_DONE,),
    "stop": (EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE,),
}
_AFTER = {
    "play": PlaybackState.PLAYING,
    "pause": PlaybackState.PAUSED,
    "resume": PlaybackState.PLAYING,
    "stop": PlaybackState.IDLE,
}


class _PlaybackBase:
    def __init__(self, agent_id: str) -> None:
        self._agent_id = agent_id
        self.state = PlaybackState.IDLE
        #: The file last asked to play (None before the first :meth:`play`).
        self.file: str | None = None

    def _check(self, step: str, operation: Operation, check: bool = True) -> None:
        """PlaybackStateError unless the known state allows ``step`` (``check=False``: the
        caller knows better, e.g. a new process controlling a playback it did not start)."""
        check_flag("check", check, agent_id=self._agent_id, operation=operation.log_method)
        if check and self.state not in _ALLOWED[step]:
            now = "something plays already" if step == "play" else f"it is {self.state.value}"
            raise PlaybackStateError(
                f"cannot {step} the playback: {now}", state=self.state,
                operation=operation.log_method, agent_id=self._agent_id,
            )  # fmt: skip

    def _outcome(self, step: str, operation: Operation) -> Callable[[Event], bool | None]:
        wanted = _OUTCOME[step]

        def outcome(event: Event) -> bool | None:
            if event.type in wanted:
                if step == "stop":
                    self.state = PlaybackState.IDLE
                return True
            if event.type is EventType.AGENT_MEDIA_EVENT_PLAY_FAIL and step == "play":
                self.state = PlaybackState.IDLE
                raise PlaybackEndedError(
                    "the playback could not start (AgentMediaEvent_Play_Fail)",
                    cause=models.PlayStopCause.FAILED, operation=operation.log_method,
                    agent_id=self._agent_id,
                )  # fmt: skip
            if event.type is EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE:
                self.state = PlaybackState.IDLE
                content = event.content
                cause = content.cause if isinstance(content, models.PlayStoppedContent) else None
                known = cause if isinstance(cause, models.PlayStopCause) else None
                raise PlaybackEndedError(
                    f"the playback ended before its {step} took effect (cause {known})",
                    cause=known, operation=operation.log_method, agent_id=self._agent_id,
                )  # fmt: skip
            return None

        return outcome

    def observe(self, event: Event) -> None:
        """Tell the handle about an event read elsewhere: AgentMediaEvent_StopPlayDone (the
        file played to its end) makes it idle, so a new :meth:`play` is allowed."""
        if not isinstance(event, Event):
            raise RequestValidationError(
                "event", f"must be an Event, got {type(event).__name__}", agent_id=self._agent_id
            )
        if event.type is EventType.AGENT_MEDIA_EVENT_STOP_PLAY_DONE:
            self.state = PlaybackState.IDLE

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(agent={self._agent_id!r}, state={self.state.value!r}, file={self.file!r})"


def _resync(handle: _PlaybackBase, step: str, error: RecordingError) -> None:
    """The gateway refused a step for its playback state (500-00x): a step other than play
    finds the playback over (it ended by itself unseen), so the handle becomes idle."""
    if step != "play" and str(error.retcode).startswith("500-"):
        handle.state = PlaybackState.IDLE


def _play_call(
    agent_id: str, file: str, cc_id: int | None, options: dict[str, Any]
) -> PreparedCall[None]:
    if cc_id is None:
        if options.get("loop"):
            raise RequestValidationError(
                "loop", "is a netplay option: give cc_id too", operation=BEGIN_PLAY.log_method,
                agent_id=agent_id,
            )  # fmt: skip
        options.pop("loop", None)
        options.pop("file_format", None)
        return play(agent_id, file, **options)
    options.pop("times", None)
    options.pop("volume", None)
    options.pop("speed", None)
    return net_play(agent_id, file, cc_id, **options)


class Playback(_PlaybackBase):
    """The agent's playback (``agent.playback``); see the module."""

    def __init__(self, agent: SyncFamily) -> None:
        super().__init__(agent._agent_id)
        self._agent = agent

    def _do(self, step: str, call: PreparedCall[None], *, wait: bool, wait_timeout: float) -> None:
        check_flag("wait", wait, agent_id=self._agent_id)
        check_seconds("wait_timeout", wait_timeout, agent_id=self._agent_id)
        try:
            if not wait:
                self._agent._run(call)
            else:
                outcome = self._outcome(step, call.operation)
                self._agent._run_and_await(
                    call, outcome, timeout=wait_timeout, awaiting=f"outcome of {step}"
                )
        except RecordingError as error:
            _resync(self, step, error)
            raise
        if step in _AFTER:
            self.state = _AFTER[step]

    def play(
        self,
        file: str,
        *,
        start: int | None = None,
        times: int | None = None,
        volume: str | None = None,
        speed: str | None = None,
        location_id: int | None = None,
        cc_id: int | None = None,
        loop: bool = False,
        file_format: int | None = None,
        wait: bool = True,
        wait_timeout: float = 60.0,
    ) -> None:
        """play (netplay with ``cc_id``): play ``file`` to the agent's phone.

        Waits for AgentMediaEvent_Play_Succ (or _Play); raises ``PlaybackEndedError`` on
        _Play_Fail. ``start`` is where to begin, in seconds; ``loop`` (netplay) repeats it.
        """
        self._check("play", BEGIN_PLAY)
        options: dict[str, Any] = {
            "start": start, "times": times, "volume": volume, "speed": speed,
            "location_id": location_id, "loop": loop, "file_format": file_format,
        }  # fmt: skip
        call = _play_call(self._agent_id, file, cc_id, options)
        self._do("play", call, wait=wait, wait_timeout=wait_timeout)
        self.file = file

    def pause(self, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True) -> None:
        """pauseplay: pause the playback (AgentMediaEvent_PausePlayDone).

        ``check=False`` sends it whatever state the handle knows (the gateway decides).
        """
        self._check("pause", PAUSE_PLAY, check)
        self._do("pause", pause(self._agent_id), wait=wait, wait_timeout=wait_timeout)

    def resume(self, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True) -> None:
        """resumeplay: resume the paused playback (AgentMediaEvent_ResumePlayDone)."""
        self._check("resume", RESUME_PLAY, check)
        self._do("resume", resume(self._agent_id), wait=wait, wait_timeout=wait_timeout)

    def forward(
        self, seconds: int, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        """forefast: move the playback ``seconds`` forward (AgentMediaEvent_JumpPlayDone)."""
        self._check("forward", FORE_FAST, check)
        call = jump(self._agent_id, seconds, forward=True)
        self._do("forward", call, wait=wait, wait_timeout=wait_timeout)

    def back(
        self, seconds: int, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        """backfast: move the playback ``seconds`` back (AgentMediaEvent_JumpPlayDone)."""
        self._check("back", BACK_FAST, check)
        call = jump(self._agent_id, seconds, forward=False)
        self._do("back", call, wait=wait, wait_timeout=wait_timeout)

    def stop(self, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True) -> None:
        """stopplay: stop the playback (AgentMediaEvent_StopPlayDone)."""
        self._check("stop", STOP_PLAY, check)
        self._do("stop", stop(self._agent_id), wait=wait, wait_timeout=wait_timeout)


class AsyncPlayback(_PlaybackBase):
    """The async :class:`Playback` (``agent.playback`` on an ``AsyncAgent``)."""

    def __init__(self, agent: AsyncFamily) -> None:
        super().__init__(agent._agent_id)
        self._agent = agent

    async def _do(
        self, step: str, call: PreparedCall[None], *, wait: bool, wait_timeout: float
    ) -> None:
        check_flag("wait", wait, agent_id=self._agent_id)
        check_seconds("wait_timeout", wait_timeout, agent_id=self._agent_id)
        try:
            if not wait:
                await self._agent._run(call)
            else:
                outcome = self._outcome(step, call.operation)
                await self._agent._run_and_await(
                    call, outcome, timeout=wait_timeout, awaiting=f"outcome of {step}"
                )
        except RecordingError as error:
            _resync(self, step, error)
            raise
        if step in _AFTER:
            self.state = _AFTER[step]

    async def play(
        self,
        file: str,
        *,
        start: int | None = None,
        times: int | None = None,
        volume: str | None = None,
        speed: str | None = None,
        location_id: int | None = None,
        cc_id: int | None = None,
        loop: bool = False,
        file_format: int | None = None,
        wait: bool = True,
        wait_timeout: float = 60.0,
    ) -> None:
        self._check("play", BEGIN_PLAY)
        options: dict[str, Any] = {
            "start": start, "times": times, "volume": volume, "speed": speed,
            "location_id": location_id, "loop": loop, "file_format": file_format,
        }  # fmt: skip
        call = _play_call(self._agent_id, file, cc_id, options)
        await self._do("play", call, wait=wait, wait_timeout=wait_timeout)
        self.file = file

    async def pause(
        self, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        self._check("pause", PAUSE_PLAY, check)
        await self._do("pause", pause(self._agent_id), wait=wait, wait_timeout=wait_timeout)

    async def resume(
        self, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        self._check("resume", RESUME_PLAY, check)
        await self._do("resume", resume(self._agent_id), wait=wait, wait_timeout=wait_timeout)

    async def forward(
        self, seconds: int, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        self._check("forward", FORE_FAST, check)
        call = jump(self._agent_id, seconds, forward=True)
        await self._do("forward", call, wait=wait, wait_timeout=wait_timeout)

    async def back(
        self, seconds: int, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        self._check("back", BACK_FAST, check)
        call = jump(self._agent_id, seconds, forward=False)
        await self._do("back", call, wait=wait, wait_timeout=wait_timeout)

    async def stop(
        self, *, wait: bool = True, wait_timeout: float = 30.0, check: bool = True
    ) -> None:
        self._check("stop", STOP_PLAY, check)
        await self._do("stop", stop(self._agent_id), wait=wait, wait_timeout=wait_timeout)


# ---------------------------------------------------------------------- the mixins


class PlaybackMixin(SyncFamily):
    """``agent.playback`` and the agent's screen recording (sync)."""

    @property
    def playback(self) -> Playback:
        """The agent's :class:`Playback` (one per agent handle: it keeps the state)."""
        handle = vars(self).get("_playback")
        if handle is None:
            handle = vars(self)["_playback"] = Playback(self)
        assert isinstance(handle, Playback)
        return handle

    def start_screen_recording(self) -> None:
        """startrecordscreen: record the agent's screen (private deployments; the desktop's
        VRC component must be running). AgentMediaEvent_StartRecordScreen_Succ follows."""
        self._run(start_screen(self._agent_id))

    def stop_screen_recording(self) -> None:
        """stoprecordscreen: stop recording the agent's screen."""
        self._run(stop_screen(self._agent_id))


class AsyncPlaybackMixin(AsyncFamily):
    """``agent.playback`` and the agent's screen recording (async)."""

    @property
    def playback(self) -> AsyncPlayback:
        handle = vars(self).get("_playback")
        if handle is None:
            handle = vars(self)["_playback"] = AsyncPlayback(self)
        assert isinstance(handle, AsyncPlayback)
        return handle

    async def start_screen_recording(self) -> None:
        await self._run(start_screen(self._agent_id))

    async def stop_screen_recording(self) -> None:
        await self._run(stop_screen(self._agent_id))
