"""Playback, screen recording and the other downloads, as a supervisor's desk uses them.

Called by test_schemas' realistic session after the recordings: every answer is checked
against the spec, and every documented response property must appear
(test_response_coverage).
"""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, Desk


def playback_session(sim: GatewaySimulator, desk: Desk) -> None:
    """Play a file and move through it, refused steps included; netplay that fails; the
    screen recorded; a call's recording and two video files downloaded."""
    rec = f"/recordplay/{AGENT}"
    file = "Y:/1/0/20250101/153/0009001.V3"
    sim.playback.add_file(file, seconds=30)
    desk.request("POST", f"{rec}/pauseplay")  # 500-003: nothing plays
    desk.request("PUT", f"{rec}/play", json={"voicepath": file, "startpostion": 2, "times": 1})
    desk.request("PUT", f"{rec}/play", json={"voicepath": file})  # 500-007: playing already
    desk.request("PUT", f"{rec}/play", json={"voicepath": ""})  # 000-002
    desk.request("POST", f"{rec}/resumeplay")  # 500-005: not paused
    desk.request("POST", f"{rec}/pauseplay")
    desk.request("POST", f"{rec}/resumeplay")
    desk.request("POST", f"{rec}/forefast/5")
    desk.request("POST", f"{rec}/backfast/3")
    desk.request("POST", f"{rec}/forefast/0")  # 000-002: one second or more
    desk.request("DELETE", f"{rec}/stopplay")
    desk.request("DELETE", f"{rec}/stopplay")  # 500-009
    desk.request("POST", f"{rec}/backfast/3")  # 500-001
    desk.request("POST", f"{rec}/forefast/3")  # 500-002
    sim.playback.fail_next_play(AGENT)
    desk.request("POST", f"{rec}/netplay", json={"fileName": file, "ccId": 1, "playTime": 1})
    desk.request("POST", f"{rec}/netplay", json={"fileName": file})  # 000-002: no ccId
    desk.request("POST", f"{rec}/netplay", json={"fileName": file, "ccId": 1, "position": 29})
    desk.request("POST", f"{rec}/forefast/10")  # to the end: the playback ends
    desk.drain()
    desk.request("PUT", f"{rec}/startrecordscreen")
    desk.request("PUT", f"{rec}/startrecordscreen")  # 100-007: recorded already
    desk.request("DELETE", f"{rec}/stoprecordscreen")
    desk.request("DELETE", f"{rec}/stoprecordscreen")  # 100-007: not recorded
    desk.drain()

    files = f"/recordfile/{AGENT}"
    sim.recording.store("Y:/1/0/20250101/153/0009002.V3", seconds=1, call_id="1700000000-9")
    sim.recording.store("Y:/90/0/20250101/153/0009003.mp4", seconds=1)
    sim.recording.store("7a008307-34ad-435b-bccd-222be5ac5385/0a08", seconds=1)
    desk.request("GET", f"{files}/recordfiledownloadEx", params={"callId": "1700000000-9"})
    video = "Y:/90/0/20250101/153/0009003.mp4"
    ex = {"callId": "1700000000-9", "hwFileName": video, "workNo": "154"}
    desk.request("GET", f"{files}/recordfiledownloadEx", params=ex)
    desk.request("GET", f"{files}/recordfiledownloadEx", params={"callId": "no-such-call"})
    desk.request("GET", f"{files}/recordfiledownloadEx")  # 000-002: no callId
    desk.request("GET", f"{files}/videofiledownloadEx", params={"recordId": video, "locationId": 0})
    desk.request("GET", f"{files}/videofiledownloadEx", params={"recordId": "Y:/none.mp4"})
    conference = {"conferenceId": "7a008307-34ad-435b-bccd-222be5ac5385", "fileType": "0"}
    desk.request("GET", f"{files}/videofiledownload", params=conference)
    desk.request("GET", f"{files}/videofiledownload", params={**conference, "fileType": "7"})
