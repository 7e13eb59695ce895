"""cec-agentgw download-recording and the conference/recording subcommands (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import AGENT, Gateway


def test_download_recording_writes_the_file_and_shows_progress(
    gateway: Gateway, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gateway.signed_in()
    name = gateway.sim.recording.store("y:/1/0/cli.V3", seconds=1)
    target = tmp_path / "cli.wav"
    result = gateway.run("download-recording", name, str(target))
    assert result.status == 0, result.err
    assert target.read_bytes() == gateway.sim.recording.wav(name)
    assert result.json()["received"] == 44 + 16000
    bar = capsys.readouterr().err
    assert "100%" in bar and bar.endswith("\n")


def test_download_recording_refused_writes_nothing(gateway: Gateway, tmp_path: Path) -> None:
    gateway.signed_in()
    gateway.sim.recording.fail_next_download(AGENT, "100-007")
    target = tmp_path / "none.wav"
    result = gateway.run("download-recording", "y:/1/0/none.V3", str(target))
    assert result.status != 0
    assert "100-007" in result.err
    assert not target.exists()


def test_recording_and_conference_subcommands(gateway: Gateway) -> None:
    gateway.signed_in()
    gateway.sim.offer_call(AGENT, caller="70004")
    started = gateway.run("start-recording")
    assert started.status == 0, started.err
    assert started.json()["record_id"] == gateway.sim.recording.recording_of(AGENT)
    assert gateway.run("stop-recording").status == 0
    assert gateway.run("vdn-conference-ids").json() == []
    refused = gateway.run("leave-conference")
    assert refused.status != 0 and "101-001" in refused.err
