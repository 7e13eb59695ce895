"""The other downloads: a call's recording from a VoiceCyber recording server
(``recordfiledownloadEx``), and video files (``videofiledownloadEx``; the discarded MCU
``videofiledownload``).

They stream exactly as :meth:`~cec_agentgateway._recording.RecordingMixin.download_recording`
does (the same loop): to a path (through ``<path>.part``) or a binary file object, or as an
iterator of chunks; a cut connection is resumed with ``Range`` up to ``max_resumes`` times,
the length is checked against ``Content-Length``, and a retcode envelope answered instead of
the file raises that retcode's typed error with nothing written. Downloads are reads.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import IO, TYPE_CHECKING

from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, unset_if_none
from ._recording import (
    _CHUNK,
    Progress,
    RecordingDownload,
    _Download,
    achunks,
    asave,
    check_download,
    chunks,
    save,
)
from ._validation import check_parameter
from .generated import models

if TYPE_CHECKING:
    from .generated.api.recordfile import (
        download_record_file_ex,
        download_video_file,
        download_video_file_ex,
    )
else:
    download_record_file_ex = generated_api("recordfile.download_record_file_ex")
    download_video_file = generated_api("recordfile.download_video_file")
    download_video_file_ex = generated_api("recordfile.download_video_file_ex")

__all__ = ["AsyncDownloadsMixin", "DownloadsMixin"]

CALL_RECORDING = Operation.from_spec("downloadRecordFileEx", "DoneResponse")
VIDEO = Operation.from_spec("downloadVideoFileEx", "DoneResponse")
CONFERENCE_VIDEO = Operation.from_spec("downloadVideoFile", "DoneResponse")

Destination = str | os.PathLike[str] | IO[bytes]


def _check(operation: Operation, agent_id: str, key: str, value: object, keyword: str) -> None:
    if value is not None:
        check_parameter(
            f"{operation.operation_id}.{key}", value, operation=operation.log_method,
            agent_id=agent_id, keyword=keyword,
        )  # fmt: skip


def call_recording(
    agent_id: str,
    call_id: str,
    video_file: str | None,
    work_no: str | int | None,
    max_resumes: int,
) -> _Download:
    """recordfiledownloadEx: the audio of ``call_id`` (or its video file ``video_file``)."""
    work = None if work_no is None else str(work_no)
    _check(CALL_RECORDING, agent_id, "callId", call_id, "call_id")
    _check(CALL_RECORDING, agent_id, "hwFileName", video_file, "video_file")
    _check(CALL_RECORDING, agent_id, "workNo", work, "work_no")
    request = download_record_file_ex._get_kwargs(
        agent_id,
        call_id=call_id,
        hw_file_name=unset_if_none(video_file),
        work_no=unset_if_none(work),
    )
    return _Download(CALL_RECORDING, agent_id, request, max_resumes)


def video(agent_id: str, path: str, location_id: int | None, max_resumes: int) -> _Download:
    """videofiledownloadEx: the video file at ``path``."""
    _check(VIDEO, agent_id, "recordId", path, "path")
    _check(VIDEO, agent_id, "locationId", location_id, "location_id")
    request = download_video_file_ex._get_kwargs(
        agent_id, record_id=path, location_id=unset_if_none(location_id)
    )
    return _Download(VIDEO, agent_id, request, max_resumes)


def conference_video(
    agent_id: str, conference_id: str, file_type: str, record_id: str | None, max_resumes: int
) -> _Download:
    """videofiledownload (discarded by the vendor): a video conference's MCU recording."""
    _check(CONFERENCE_VIDEO, agent_id, "conferenceId", conference_id, "conference_id")
    _check(CONFERENCE_VIDEO, agent_id, "fileType", file_type, "file_type")
    _check(CONFERENCE_VIDEO, agent_id, "recordId", record_id, "record_id")
    request = download_video_file._get_kwargs(
        agent_id,
        conference_id=conference_id,
        file_type=models.VideoFileType(file_type),
        record_id=unset_if_none(record_id),
    )
    return _Download(CONFERENCE_VIDEO, agent_id, request, max_resumes)


class DownloadsMixin(SyncFamily):
    """The VoiceCyber recording and video downloads (sync)."""

    def download_call_recording(
        self,
        call_id: str,
        destination: Destination,
        *,
        video_file: str | None = None,
        work_no: str | int | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        """recordfiledownloadEx: download a call's recording (VoiceCyber recording mode).

        The audio, or the call's video file ``video_file``; ``work_no``: the inspected agent.
        """
        check_download(self._agent_id, chunk_size, progress, CALL_RECORDING.log_method)
        state = call_recording(self._agent_id, call_id, video_file, work_no, max_resumes)
        return save(self, state, destination, progress, chunk_size)

    def call_recording_chunks(
        self,
        call_id: str,
        *,
        video_file: str | None = None,
        work_no: str | int | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> Iterator[bytes]:
        """recordfiledownloadEx: the call's recording, chunk by chunk."""
        check_download(self._agent_id, chunk_size, None, CALL_RECORDING.log_method)
        state = call_recording(self._agent_id, call_id, video_file, work_no, max_resumes)
        return chunks(self, state, chunk_size)

    def download_video(
        self,
        path: str,
        destination: Destination,
        *,
        location_id: int | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        """videofiledownloadEx: download the video file at ``path``."""
        check_download(self._agent_id, chunk_size, progress, VIDEO.log_method)
        state = video(self._agent_id, path, location_id, max_resumes)
        return save(self, state, destination, progress, chunk_size)

    def video_chunks(
        self,
        path: str,
        *,
        location_id: int | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> Iterator[bytes]:
        """videofiledownloadEx: the video file, chunk by chunk."""
        check_download(self._agent_id, chunk_size, None, VIDEO.log_method)
        state = video(self._agent_id, path, location_id, max_resumes)
        return chunks(self, state, chunk_size)

    def download_conference_video(
        self,
        conference_id: str,
        destination: Destination,
        *,
        file_type: str = "0",
        record_id: str | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        """videofiledownload (deprecated by the vendor): a video conference's MCU recording.

        ``file_type`` "0" high definition, "1" standard, "2" the auxiliary stream.
        """
        check_download(self._agent_id, chunk_size, progress, CONFERENCE_VIDEO.log_method)
        state = conference_video(self._agent_id, conference_id, file_type, record_id, max_resumes)
        return save(self, state, destination, progress, chunk_size)


class AsyncDownloadsMixin(AsyncFamily):
    """The VoiceCyber recording and video downloads (async); see :class:`DownloadsMixin`."""

    async def download_call_recording(
        self,
        call_id: str,
        destination: Destination,
        *,
        video_file: str | None = None,
        work_no: str | int | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        check_download(self._agent_id, chunk_size, progress, CALL_RECORDING.log_method)
        state = call_recording(self._agent_id, call_id, video_file, work_no, max_resumes)
        return await asave(self, state, destination, progress, chunk_size)

    def call_recording_chunks(
        self,
        call_id: str,
        *,
        video_file: str | None = None,
        work_no: str | int | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> AsyncIterator[bytes]:
        check_download(self._agent_id, chunk_size, None, CALL_RECORDING.log_method)
        state = call_recording(self._agent_id, call_id, video_file, work_no, max_resumes)
        return achunks(self, state, chunk_size)

    async def download_video(
        self,
        path: str,
        destination: Destination,
        *,
        location_id: int | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        check_download(self._agent_id, chunk_size, progress, VIDEO.log_method)
        state = video(self._agent_id, path, location_id, max_resumes)
        return await asave(self, state, destination, progress, chunk_size)

    def video_chunks(
        self,
        path: str,
        *,
        location_id: int | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> AsyncIterator[bytes]:
        check_download(self._agent_id, chunk_size, None, VIDEO.log_method)
        state = video(self._agent_id, path, location_id, max_resumes)
        return achunks(self, state, chunk_size)

    async def download_conference_video(
        self,
        conference_id: str,
        destination: Destination,
        *,
        file_type: str = "0",
        record_id: str | None = None,
        progress: Progress | None = None,
        max_resumes: int = 3,
        chunk_size: int = _CHUNK,
    ) -> RecordingDownload:
        check_download(self._agent_id, chunk_size, progress, CONFERENCE_VIDEO.log_method)
        state = conference_video(self._agent_id, conference_id, file_type, record_id, max_resumes)
        return await asave(self, state, destination, progress, chunk_size)
