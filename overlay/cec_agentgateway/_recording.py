"""Recording the agent's call, and downloading recordings as a stream.

:meth:`RecordingMixin.start_recording` starts recording the current call and returns the
recording's ID as AgentMediaEvent_Record gives it (its ``fileName``: what downloads ask
for); :meth:`RecordingMixin.stop_recording` ends it.

Downloads never hold the file in memory: :meth:`RecordingMixin.download_recording` writes
to a path (through ``<path>.part``, renamed when complete) or a binary file object, and
:meth:`RecordingMixin.recording_chunks` hands out the chunks. A connection that breaks
off part-way is resumed from the last byte received (``Range: bytes=N-``; a gateway that
ignores the header answers the whole file again and the bytes already received are
skipped), up to ``max_resumes`` times; then ``APIConnectionError`` says how far it got.
The length received is checked against ``Content-Length``. A gateway that answers the JSON
envelope instead of audio (a non-zero ``retcode``) raises that retcode's typed error, and
nothing is written. Downloads are reads and may be resent; starting and stopping a
recording are never retried.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._errors import AgentGatewayError, APIConnectionError, APIStatusError, RequestValidationError
from ._events import Event
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result, unset_if_none
from ._runner import interpret
from ._secrets import mask_exchange
from ._validation import check_body, check_flag, check_parameter, check_seconds, text_problem
from .generated import models
from .generated.models import EventType
from .generated.types import Unset

if TYPE_CHECKING:
    from ._auth import GuidAuth
    from ._runner import CallOptions
    from .generated.api.recordfile import download_record_file
    from .generated.api.recordplay import begin_record, stop_record
else:
    download_record_file = generated_api("recordfile.download_record_file")
    begin_record = generated_api("recordplay.begin_record")
    stop_record = generated_api("recordplay.stop_record")

__all__ = [
    "AsyncRecordingMixin",
    "Progress",
    "RecordingDownload",
    "RecordingMixin",
    "RecordingStarted",
    "StderrProgress",
]

BEGIN_RECORD = Operation.from_spec("beginRecord", "DoneResponse")
STOP_RECORD = Operation.from_spec("stopRecord", "DoneResponse")
DOWNLOAD = Operation.from_spec("downloadRecordFile", "DoneResponse")

#: Called as chunks arrive: bytes received so far, and the file's size (None: not known).
Progress = Callable[[int, "int | None"], object]

_CHUNK = 64 * 1024
_BROKEN = (httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout)


@dataclass(frozen=True, slots=True)
class RecordingStarted:
    """AgentMediaEvent_Record: ``record_id`` (the file name) is what downloads ask for."""

    record_id: str
    serial: str | None
    call_id: str | None
    location_id: str | None
    content: models.RecordingContent


@dataclass(frozen=True, slots=True)
class RecordingDownload:
    """A finished download: bytes written, the size and type the gateway announced, how
    many times a broken connection was resumed, and the path written (None: file object)."""

    received: int
    size: int | None
    content_type: str
    resumes: int
    path: str | None = None


class StderrProgress:
    """A progress bar on stderr (``cec-agentgw download-recording`` uses it)."""

    def __init__(self, width: int = 30) -> None:
        self.width = width
        self._last = -1.0

    def __call__(self, received: int, total: int | None) -> None:
        now = time.monotonic()
        done = total is not None and received >= total
        if not done and now - self._last < 0.1:
            return
        self._last = now
        stream = sys.stderr
        if total:
            filled = int(self.width * min(received, total) / total)
            bar = "#" * filled + "-" * (self.width - filled)
            stream.write(f"\r[{bar}] {received * 100 // total:3d}% {received}/{total} bytes")
        else:
            stream.write(f"\r{received} bytes")
        if done:
            stream.write("\n")
        stream.flush()


# ---------------------------------------------------------------------- start and stop


def begin(agent_id: str, file_name: str | None) -> PreparedCall[None]:
    wire = {"mediaType": 5, "fileName": file_name}
    check_body(
        "BeginRecordRequest", wire, operation=BEGIN_RECORD.log_method, agent_id=agent_id,
        keywords={"fileName": "file_name"},
    )  # fmt: skip
    body = models.BeginRecordRequest(
        media_type=models.RecordMediaType.VOICE, file_name=unset_if_none(file_name)
    )
    return PreparedCall(
        BEGIN_RECORD, agent_id, begin_record._get_kwargs(agent_id, body=body), no_result
    )


def stop(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(STOP_RECORD, agent_id, stop_record._get_kwargs(agent_id), no_result)


def _text(value: object) -> str | None:
    return None if value is None or isinstance(value, Unset) else str(value)


def _recording_outcome(agent_id: str) -> Callable[[Event], RecordingStarted | None]:
    def outcome(event: Event) -> RecordingStarted | None:
        content = event.content
        if event.type is EventType.AGENT_MEDIA_EVENT_RECORD_FAIL:
            raise AgentGatewayError(
                "the recording could not start (AgentMediaEvent_Record_Fail)",
                operation=BEGIN_RECORD.log_method,
                agent_id=agent_id,
            )
        if event.type is not EventType.AGENT_MEDIA_EVENT_RECORD or not isinstance(
            content, models.RecordingContent
        ):
            return None
        record_id = _text(content.file_name)
        if record_id is None:
            return None
        return RecordingStarted(
            record_id,
            _text(content.record_id),
            _text(content.call_id),
            _text(content.location_id),
            content,
        )

    return outcome


# ---------------------------------------------------------------------- downloads


class _Download:
    """The state of one download across its attempts (shared by the sync and async loops).

    ``request`` is the generated ``_get_kwargs`` of the download operation ``operation``
    (recordfile, recordfiledownloadEx, videofiledownload or videofiledownloadEx)."""

    def __init__(
        self, operation: Operation, agent_id: str, request: dict[str, Any], max_resumes: int
    ) -> None:
        if isinstance(max_resumes, bool) or not isinstance(max_resumes, int) or max_resumes < 0:
            raise RequestValidationError(
                "max_resumes", f"must be a whole number >= 0, got {max_resumes!r}",
                operation=operation.log_method, agent_id=agent_id,
            )  # fmt: skip
        self.request = request
        self.call = PreparedCall(operation, agent_id, request, no_result)
        self.operation = operation.log_method
        self.agent_id = agent_id
        self.max_resumes = max_resumes
        self.received = 0
        self.size: int | None = None
        self.content_type = ""
        self.resumes = 0
        self.skip = 0  # bytes of this answer already received in an earlier attempt

    @classmethod
    def recording(
        cls,
        agent_id: str,
        record_id: str,
        file_type: str | None,
        location_id: str | None,
        max_resumes: int,
    ) -> _Download:
        """recordfile: the recording ``record_id``."""
        operation = DOWNLOAD.log_method
        check_parameter(
            "downloadRecordFile.recordId", record_id, operation=operation, agent_id=agent_id,
            keyword="record_id",
        )  # fmt: skip
        if file_type is not None:
            check_parameter(
                "downloadRecordFile.filetype", file_type, operation=operation, agent_id=agent_id,
                keyword="file_type",
            )  # fmt: skip
        if location_id is not None:
            check_parameter(
                "downloadRecordFile.locationId", location_id, operation=operation,
                agent_id=agent_id, keyword="location_id",
            )  # fmt: skip
        kind = None if file_type is None else models.RecordFileType(file_type)
        request = download_record_file._get_kwargs(
            agent_id,
            record_id=record_id,
            filetype=unset_if_none(kind),
            location_id=unset_if_none(location_id),
        )
        return cls(DOWNLOAD, agent_id, request, max_resumes)

    def headers(self) -> dict[str, str]:
        return {"Range": f"bytes={self.received}-"} if self.received else {}

    def is_envelope(self, response: httpx.Response) -> bool:
        kind: str = response.headers.get("content-type", "").lower()
        return kind.startswith(("application/json", "text/json"))

    def check(self, response: httpx.Response) -> None:
        """After the headers of an answer that is not the envelope."""
        if response.status_code not in (200, 206):
            raise APIStatusError(
                f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                response=response, operation=self.operation, agent_id=self.agent_id,
            )  # fmt: skip
        length = response.headers.get("content-length", "")
        length_value = int(length) if length.isdecimal() else None
        if response.status_code == 206:
            self.skip = 0
            total = response.headers.get("content-range", "").rpartition("/")[2]
            if total.isdecimal():
                self.size = int(total)
            elif length_value is not None:
                self.size = self.received + length_value
        else:  # the whole file (again): skip what an earlier attempt already has
            self.skip = self.received
            self.size = length_value
        self.content_type = response.headers.get("content-type", "")

    def take(self, chunk: bytes) -> bytes:
        """The part of ``chunk`` that is new."""
        if self.skip:
            dropped = min(self.skip, len(chunk))
            self.skip -= dropped
            chunk = chunk[dropped:]
        self.received += len(chunk)
        return chunk

    def complete(self) -> bool:
        return self.size is None or self.received >= self.size

    def broke(self, cause: BaseException | None) -> None:
        """The answer ended early: resume, or raise once the resumes are used up."""
        if self.resumes >= self.max_resumes:
            size = "?" if self.size is None else str(self.size)
            reason = "the answer ended early" if cause is None else type(cause).__name__
            mask_exchange(cause)  # chained to the error: its request without the Guid
            raise APIConnectionError(
                f"the download broke off after {self.received} of {size} bytes ({reason})",
                operation=self.operation,
                agent_id=self.agent_id,
            ) from cause
        self.resumes += 1


class _Sink:
    """Where a download goes: a path (through ``.part``) or a binary file object."""

    def __init__(self, destination: str | os.PathLike[str] | IO[bytes]) -> None:
        self.path: Path | None = None
        if isinstance(destination, (str, os.PathLike)):
            self.path = Path(destination)
            if not self.path.name or "\x00" in str(self.path) or text_problem(str(self.path)):
                raise RequestValidationError("destination", "must name a file")
            if not self.path.parent.is_dir():
                raise RequestValidationError("destination", "names a file in no existing folder")
            self.part = self.path.with_name(self.path.name + ".part")
            self.file: IO[bytes] | None = None
        elif not callable(getattr(destination, "write", None)):
            raise RequestValidationError(
                "destination",
                f"must be a path or a binary file object, got {type(destination).__name__}",
            )
        else:
            self.file = destination

    def write(self, chunk: bytes) -> None:
        if self.file is None:
            assert self.path is not None
            try:
                self.file = self.part.open("wb")
            except (OSError, ValueError) as exc:
                raise RequestValidationError(
                    "destination", f"cannot be written ({type(exc).__name__})"
                ) from None
        self.file.write(chunk)

    def finish(self, ok: bool) -> None:
        if self.path is None:
            return
        if self.file is not None:
            self.file.close()
        if ok:
            if self.file is None:
                self.part.write_bytes(b"")
            self.part.replace(self.path)
        else:
            with contextlib.suppress(OSError, ValueError):  # never hide the download's error
                self.part.unlink(missing_ok=True)


def _chunks(
    http: httpx.Client, auth: GuidAuth, options: CallOptions, state: _Download, chunk_size: int
) -> Iterator[bytes]:
    while True:
        request = http.build_request(
            **state.request, headers=state.headers(), timeout=options.timeout
        )
        try:
            response = http.send(request, auth=auth, stream=True)
        except httpx.HTTPError as exc:
            state.broke(exc)
            continue
        try:
            if state.is_envelope(response):
                response.read()
                interpret(state.call, response, auth)  # raises the retcode's error
                raise AgentGatewayError(
                    "the gateway answered JSON instead of the file",
                    operation=state.operation, agent_id=state.agent_id,
                )  # fmt: skip
            state.check(response)
            try:
                for chunk in response.iter_bytes(chunk_size):
                    new = state.take(chunk)
                    if new:
                        yield new
            except _BROKEN as exc:
                state.broke(exc)
                continue
        finally:
            response.close()
        if state.complete():
            return
        state.broke(None)


async def _achunks(
    http: httpx.AsyncClient,
    auth: GuidAuth,
    options: CallOptions,
    state: _Download,
    chunk_size: int,
) -> AsyncIterator[bytes]:
    while True:
        request = http.build_request(
            **state.request, headers=state.headers(), timeout=options.timeout
        )
        try:
            response = await http.send(request, auth=auth, stream=True)
        except httpx.HTTPError as exc:
            state.broke(exc)
            continue
        try:
            if state.is_envelope(response):
                await response.aread()
                interpret(state.call, response, auth)
                raise AgentGatewayError(
                    "the gateway answered JSON instead of the file",
                    operation=state.operation, agent_id=state.agent_id,
                )  # fmt: skip
            state.check(response)
            try:
                async for chunk in response.aiter_bytes(chunk_size):
                    new = state.take(chunk)
                    if new:
                        yield new
            except _BROKEN as exc:
                state.broke(exc)
                continue
        finally:
            await response.aclose()
        if state.complete():
            return
        state.broke(None)


def check_download(
    agent_id: str, chunk_size: object, progress: object, operation: str = DOWNLOAD.log_method
) -> None:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise RequestValidationError(
            "chunk_size", f"must be a whole number >= 1, got {chunk_size!r}",
            operation=operation, agent_id=agent_id,
        )  # fmt: skip
    if progress is not None and not callable(progress):
        raise RequestValidationError(
            "progress", "must be a callable (received, total)",
            operation=operation, agent_id=agent_id,
        )  # fmt: skip


# ---------------------------------------------------------------------- the mixins


def _plumbing(agent: object) -> tuple[Any, GuidAuth, CallOptions]:
    """The agent handle's HTTP client, Guid auth and call options (set by ``Agent``)."""
    attributes = vars(agent)
    auth: GuidAuth = attributes["_session"].auth
    options: CallOptions = attributes["_options"]
    return attributes["_gateway"]._http, auth, options


def _finished(state: _Download, sink: _Sink) -> RecordingDownload:
    path = None if sink.path is None else str(sink.path)
    return RecordingDownload(state.received, state.size, state.content_type, state.resumes, path)


def save(
    agent: object,
    state: _Download,
    destination: str | os.PathLike[str] | IO[bytes],
    progress: Progress | None,
    chunk_size: int,
) -> RecordingDownload:
    """Stream ``state``'s file to ``destination`` (a path, through ``.part``, or a file)."""
    sink = _Sink(destination)
    http, auth, options = _plumbing(agent)
    ok = False
    try:
        for chunk in _chunks(http, auth, options, state, chunk_size):
            sink.write(chunk)
            if progress is not None:
                progress(state.received, state.size)
        ok = True
    finally:
        sink.finish(ok)
    return _finished(state, sink)


async def asave(
    agent: object,
    state: _Download,
    destination: str | os.PathLike[str] | IO[bytes],
    progress: Progress | None,
    chunk_size: int,
) -> RecordingDownload:
    """See :func:`save`."""
    sink = _Sink(destination)
    http, auth, options = _plumbing(agent)
    ok = False
    try:
        async for chunk in _achunks(http, auth, options, state, chunk_size):
            sink.write(chunk)
            if progress is not None:
                progress(state.received, state.size)
        ok = True
    finally:
        sink.finish(ok)
    return _finished(state, sink)


def chunks(agent: object, state: _Download, chunk_size: int) -> Iterator[bytes]:
    http, auth, options = _plumbing(agent)
    return _chunks(http, auth, options, state, chunk_size)


def achunks(agent: object, state: _Download, chunk_size: int) -> AsyncIterator[bytes]:
    http, auth, options = _plumbing(agent)
    return _achunks(http, auth, options, state, chunk_size)


class RecordingMixin(SyncFamily):
    """Recording the agent's call and downloading recordings (sync)."""

    def start_recording(
        self, file_name: str | None = None, *, wait: bool = True, wait_timeout: float = 30.0
    ) -> RecordingStarted | None:
        """record: start recording the current call (private-cloud deployments only).

        Waits for AgentMediaEvent_Record and returns the recording (``record_id`` is what
        :meth:`download_recording` takes); raises ``AgentGatewayError`` on
        AgentMediaEvent_Record_Fail. ``file_name`` chooses where the gateway stores it.
        """
        check_flag("wait", wait, agent_id=self._agent_id)
        check_seconds("wait_timeout", wait_timeout, agent_id=self._agent_id)
        call = begin(self._agent_id, file_name)
        if not wait:
            self._run(call)
            return None
        outcome = _recording_outcome(self._agent_id)
        return self._run_and_await(call, outcome, timeout=wait_timeout, awaiting="recording")

    def stop_recording(self) -> None:
        """stoprecord: stop recording (AgentMediaEvent_StopRecordDone follows)."""
        self._run(stop(self._agent_id))

    def recording_chunks(
        self,
        record_id: str,
        *,
        file_type: str | None = None,
        location_id: str | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> Iterator[bytes]:
        """recordfile: the recording's bytes, chunk by chunk (resumed when cut)."""
        check_download(self._agent_id, chunk_size, None)
        state = _Download.recording(self._agent_id, record_id, file_type, location_id, max_resumes)
        http, auth, options = _plumbing(self)
        return _chunks(http, auth, options, state, chunk_size)

    def download_recording(
        self,
        record_id: str,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        file_type: str | None = None,
        location_id: str | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        """recordfile: download a recording to a path or a binary file object.

        ``progress(received, total)`` is called as chunks arrive. A path is written through
        ``<path>.part`` and appears only when the file is complete.
        """
        check_download(self._agent_id, chunk_size, progress)
        state = _Download.recording(self._agent_id, record_id, file_type, location_id, max_resumes)
        return save(self, state, destination, progress, chunk_size)


class AsyncRecordingMixin(AsyncFamily):
    """Recording and downloads (async); see :class:`RecordingMixin`."""

    async def start_recording(
        self, file_name: str | None = None, *, wait: bool = True, wait_timeout: float = 30.0
    ) -> RecordingStarted | None:
        check_flag("wait", wait, agent_id=self._agent_id)
        check_seconds("wait_timeout", wait_timeout, agent_id=self._agent_id)
        call = begin(self._agent_id, file_name)
        if not wait:
            await self._run(call)
            return None
        outcome = _recording_outcome(self._agent_id)
        return await self._run_and_await(call, outcome, timeout=wait_timeout, awaiting="recording")

    async def stop_recording(self) -> None:
        await self._run(stop(self._agent_id))

    def recording_chunks(
        self,
        record_id: str,
        *,
        file_type: str | None = None,
        location_id: str | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> AsyncIterator[bytes]:
        """``async for chunk in agent.recording_chunks(record_id)``."""
        check_download(self._agent_id, chunk_size, None)
        state = _Download.recording(self._agent_id, record_id, file_type, location_id, max_resumes)
        http, auth, options = _plumbing(self)
        return _achunks(http, auth, options, state, chunk_size)

    async def download_recording(
        self,
        record_id: str,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        file_type: str | None = None,
        location_id: str | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        check_download(self._agent_id, chunk_size, progress)
        state = _Download.recording(self._agent_id, record_id, file_type, location_id, max_resumes)
        return await asave(self, state, destination, progress, chunk_size)
