"""Recording an agent's call, and downloading recordings.

``record`` starts recording the agent's call: AgentMediaEvent_Record names the file
(``fileName``, the ``recordId`` of the download) and ties it to the call's ID. ``stoprecord``
(or the call's release) ends it with AgentMediaEvent_StopRecordDone. The file is a real WAV
(8 kHz, 16-bit mono, a tone), as long as the recording lasted on the simulator's clock (at
least one second). ``recordfile`` serves it in chunks, generated as they are sent, so a
large recording never sits in memory; it honours ``Range: bytes=N-`` (206). Scripted
faults: :meth:`cut_next_download` drops the connection after some bytes,
:meth:`fail_next_download` answers a retcode envelope instead of the audio.
``recordfiledownloadEx`` (by call ID), ``videofiledownloadEx`` and ``videofiledownload``
serve stored files the same way. Scenario: :meth:`store` (a finished recording of any
length), :meth:`fail_next_record`,
:meth:`recording_of`, :meth:`wav`.
"""

from __future__ import annotations

import itertools
import math
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass

from ...generated.models import EventType, Retcode
from .._core import GatewayCore
from .._family import Family, checked_parameter, json_object, ok, operation, validated
from .._model import AgentRecord, Call, SimulatorError
from .._wire import (
    ConnectionCut,
    Context,
    Refusal,
    SimResponse,
    error_response,
    json_response,
)

__all__ = ["RecordingFamily", "wav_header"]

RATE = 8000  # samples per second, 16-bit mono
BYTES_PER_SECOND = RATE * 2
CHUNK = 64 * 1024
IN_BODY_LIMIT = 1 << 20  # files up to this size also travel in SimResponse.body
_LOCATION = "256"


def wav_header(data_bytes: int) -> bytes:
    """The 44-byte RIFF/WAVE header of ``data_bytes`` of 8 kHz 16-bit mono PCM."""
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF", 36 + data_bytes, b"WAVE", b"fmt ", 16, 1, 1, RATE, BYTES_PER_SECOND, 2, 16,
        b"data", data_bytes,
    )  # fmt: skip


def _tone_second() -> bytes:
    samples = (int(8000 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(RATE))
    return struct.pack(f"<{RATE}h", *samples)


_SECOND = _tone_second()


def _wav_bytes(size: int, start: int, cut_at: int | None) -> Iterator[bytes]:
    """Bytes ``start``.. of a WAV of ``size`` bytes, made as they are sent (ConnectionCut
    once ``cut_at`` bytes of this answer are out)."""
    header = wav_header(size - 44)
    position, sent = start, 0
    while position < size:
        if position < 44:
            piece = header[position:]
        else:
            offset = (position - 44) % len(_SECOND)
            piece = (_SECOND[offset:] + _SECOND)[: min(CHUNK, size - position)]
        piece = piece[: size - position]
        if cut_at is not None and sent + len(piece) > cut_at:
            if cut_at > sent:
                yield piece[: cut_at - sent]
            raise ConnectionCut(f"after {cut_at} bytes")
        position += len(piece)
        sent += len(piece)
        yield piece


@dataclass
class Recording:
    """A recording: its file, its call and, once it stopped, its length in bytes."""

    record_id: str
    file_name: str
    call_id: str
    task_id: int
    started_at: float
    begin_ms: int
    size: int | None = None  # bytes of the WAV once stopped


class RecordingFamily(Family):
    """recordplay record/stoprecord and recordfile, with the recordings' scenario."""

    name = "recording"

    def __init__(self, core: GatewayCore) -> None:
        super().__init__(core)
        self._active: dict[str, Recording] = {}  # agent ID -> recording in progress
        self._files: dict[str, Recording] = {}  # file name (recordId) -> recording
        self._tasks = itertools.count(5206)
        self._record_failures: set[str] = set()
        self._cuts: dict[str, int] = {}  # agent ID -> bytes before the next download drops
        self._download_failures: dict[str, Retcode] = {}
        core.hooks.call_released.append(self._call_released)
        core.hooks.session_ending.append(self._session_ending)

    # ------------------------------------------------------------------ scenario

    def store(self, file_name: str, *, seconds: float = 3.0, call_id: str = "") -> str:
        """A finished recording of ``seconds`` at ``file_name``, ready to download (by
        ``recordfile``; by ``recordfiledownloadEx`` with ``call_id``; a video file for
        ``videofiledownloadEx`` by its path and ``videofiledownload`` as
        ``<conferenceId>/<recordId>``: the simulator serves a WAV whatever the name)."""
        with self.core.lock:
            size = 44 + max(1, round(seconds * RATE)) * 2
            recording = Recording(file_name, file_name, call_id, next(self._tasks), 0.0, 0, size)
            self._files[file_name] = recording
            return file_name

    def fail_next_record(self, agent_id: str) -> None:
        """The agent's next record ends in AgentMediaEvent_Record_Fail."""
        with self.core.lock:
            self._record_failures.add(self.core.agent(agent_id).agent_id)

    def cut_next_download(self, agent_id: str, after_bytes: int) -> None:
        """The agent's next download drops the connection after ``after_bytes`` bytes."""
        with self.core.lock:
            self._cuts[self.core.agent(agent_id).agent_id] = after_bytes

    def fail_next_download(self, agent_id: str, retcode: str = "100-007") -> None:
        """The agent's next download answers the envelope with ``retcode``, not audio."""
        with self.core.lock:
            self._download_failures[self.core.agent(agent_id).agent_id] = Retcode(retcode)

    def recording_of(self, agent_id: str) -> str | None:
        """The file name of the agent's recording in progress (None: not recording)."""
        with self.core.lock:
            recording = self._active.get(self.core.agent(agent_id).agent_id)
            return None if recording is None else recording.file_name

    def seconds_of(self, file_name: str) -> float | None:
        """How long the finished recording ``file_name`` lasts (None: no such recording)."""
        recording = self._files.get(file_name)
        if recording is None or recording.size is None:
            return None
        return (recording.size - 44) / BYTES_PER_SECOND

    def wav(self, file_name: str) -> bytes:
        """The whole file (for tests of small recordings)."""
        with self.core.lock:
            recording = self._files.get(file_name)
            if recording is None or recording.size is None:
                raise SimulatorError(f"no finished recording {file_name!r}")
            size = recording.size
        return b"".join(_wav_bytes(size, 0, None))

    # ------------------------------------------------------------------ hooks

    def _call_released(self, agent: AgentRecord, call: Call) -> None:
        recording = self._active.get(agent.agent_id)
        if recording is not None and recording.call_id == call.call_id:
            self._stop(agent)

    def _session_ending(self, agent: AgentRecord) -> None:
        if agent.agent_id in self._active:
            self._stop(agent)

    def _stop(self, agent: AgentRecord) -> None:
        recording = self._active.pop(agent.agent_id)
        seconds = max(1.0, self.core.clock() - recording.started_at)
        recording.size = 44 + round(seconds * RATE) * 2
        content = {
            "beginTime": recording.begin_ms,
            "endTime": self.core.now_ms(),
            "taskId": recording.task_id,
            "fileMediaType": "1",
            "recordFormat": "0",
        }
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_STOP_RECORD_DONE, content)

    # ------------------------------------------------------------------ handlers

    @operation("beginRecord")
    def begin(self, context: Context) -> SimResponse:
        """Record the agent's call; AgentMediaEvent_Record names the file."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("BeginRecordRequest", raw, context, Retcode.INVALID_PARAMETER)
        if agent.agent_id in self._active:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is recording already")
        call = agent.call
        if call is None or call.ringing:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent has no call to record")
        task = next(self._tasks)
        day = time.strftime("%Y%m%d", time.gmtime(self.core.now_ms() / 1000))
        serial = f"{task:07d}"
        file_name = (
            body.get("fileName") or f"Y:/{agent.vdn_id}/0/{day}/{agent.agent_id}/{serial}.V3"
        )
        content = {
            "taskId": task,
            "caller": call.caller,
            "called": call.called,
            "locationId": _LOCATION,
            "recordID": f"Yc1v{agent.vdn_id}a{agent.agent_id}d{day}t{serial}",
            "fileName": file_name,
            "fileMediaType": "1",
            "callId": call.call_id,
        }
        if agent.agent_id in self._record_failures:
            self._record_failures.discard(agent.agent_id)
            self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_RECORD_FAIL, content)
            return json_response(ok({}, "success"))
        record_id = str(content["recordID"])
        begin_ms = self.core.now_ms()
        recording = Recording(record_id, file_name, call.call_id, task, context.now, begin_ms)
        self._active[agent.agent_id] = recording
        self._files[file_name] = recording
        self.core.queue(agent, EventType.AGENT_MEDIA_EVENT_RECORD, content)
        return json_response(ok({}, "success"))

    @operation("stopRecord")
    def stop(self, context: Context) -> SimResponse:
        """Stop the agent's recording (AgentMediaEvent_StopRecordDone)."""
        agent, _ = self.session(context)
        if agent.agent_id not in self._active:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is not recording")
        self._stop(agent)
        return json_response(ok({}, "success"))

    @operation("downloadRecordFile")
    def download(self, context: Context) -> SimResponse:
        """The file's bytes in chunks (206 from a ``Range`` offset), or the envelope."""
        agent, _ = self.session(context)
        record_id = checked_parameter(context, "recordId", context.request.query.get("recordId"))
        return self._serve(context, agent, str(record_id))

    @operation("downloadRecordFileEx")
    def download_ex(self, context: Context) -> SimResponse:
        """recordfiledownloadEx: the call's recording (or the file ``hwFileName`` names)."""
        agent, _ = self.session(context)
        query = context.request.query
        call_id = str(checked_parameter(context, "callId", query.get("callId")))
        video = query.get("hwFileName")
        if video:
            return self._serve(context, agent, str(checked_parameter(context, "hwFileName", video)))
        for name, recording in self._files.items():
            if recording.call_id == call_id and recording.size is not None:
                return self._serve(context, agent, name)
        return self._serve(context, agent, None)

    @operation("downloadVideoFileEx")
    def download_video(self, context: Context) -> SimResponse:
        """videofiledownloadEx: the file at ``recordId`` (any stored file)."""
        agent, _ = self.session(context)
        path = checked_parameter(context, "recordId", context.request.query.get("recordId"))
        return self._serve(context, agent, str(path))

    @operation("downloadVideoFile")
    def download_conference_video(self, context: Context) -> SimResponse:
        """videofiledownload: the file stored as ``<conferenceId>/<recordId or first>``."""
        agent, _ = self.session(context)
        query = context.request.query
        conference = str(checked_parameter(context, "conferenceId", query.get("conferenceId")))
        checked_parameter(context, "fileType", query.get("fileType"))
        record_id = query.get("recordId")
        if record_id:
            return self._serve(context, agent, f"{conference}/{record_id}")
        first = next((n for n in self._files if n.startswith(conference + "/")), None)
        return self._serve(context, agent, first)

    def _serve(self, context: Context, agent: AgentRecord, name: str | None) -> SimResponse:
        failure = self._download_failures.pop(agent.agent_id, None)
        if failure is not None:
            return error_response(context.operation, Refusal(failure))
        recording = None if name is None else self._files.get(name)
        if name is None or recording is None or recording.size is None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the recording file does not exist")
        size = recording.size
        start = _range_start(context.request.header("Range"), size)
        cut = self._cuts.pop(agent.agent_id, None)
        file_name = name.replace("\\", "/").rsplit("/", 1)[-1]
        headers = [
            ("Content-Type", "application/octet-stream"),
            ("Content-Disposition", f'attachment; filename="{file_name}"'),
            ("Content-Length", str(size - start)),
            ("Accept-Ranges", "bytes"),
        ]
        status = 200
        if start:
            status = 206
            headers.append(("Content-Range", f"bytes {start}-{size - 1}/{size}"))
        in_body = size - start <= IN_BODY_LIMIT and cut is None
        body = b"".join(_wav_bytes(size, start, None)) if in_body else b""
        chunks = _wav_bytes(size, start, cut)
        return SimResponse(status, body, tuple(headers), chunks=chunks)


def _range_start(header: str | None, size: int) -> int:
    """The first byte a ``Range: bytes=N-`` header asks for (0 without one)."""
    if header is None or not header.startswith("bytes=") or not header.endswith("-"):
        return 0
    digits = header[len("bytes=") : -1]
    if not digits.isdecimal() or not digits.isascii() or int(digits) >= size:
        raise Refusal(Retcode.INVALID_PARAMETER, "the range is not satisfiable")
    return int(digits)
