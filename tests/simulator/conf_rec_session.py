"""The conference-action, recording and download operations, as a desktop uses them.

Called by test_schemas' realistic session: every answer is checked against the spec, and
every documented response property must appear (test_response_coverage).
"""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, Desk

OTHER = "154"


def conference_and_recording_session(sim: GatewaySimulator, desk: Desk) -> None:
    """A chair invites an agent and a phone, runs the conference to its release; a call is
    recorded and its recording downloaded (succeeding and refused)."""
    conf = f"/agentconf/{AGENT}"
    other = Desk(desk.http, OTHER)
    other.sign_in("other", how="forcelogin", phonenum="40039")
    other.drain()
    desk.drain()
    desk.request("POST", f"{conf}/releaseagentconf")  # 101-001: no conference
    desk.request("POST", f"{conf}/requestagentconf", json={"memberNum": 5})
    desk.drain()
    party = {"addressType": "6", "address": "70009"}
    invite = {"addresses": [{"addressType": "9", "address": OTHER}, party]}
    desk.request("POST", f"{conf}/batchaddparticipant", json=invite)
    desk.request("POST", f"{conf}/batchaddparticipant", json={"addresses": []})
    other.request("POST", f"/agentconf/{OTHER}/requestleaveagentconf")  # 101-001
    other.request("POST", f"/agentconf/{OTHER}/answeragentconf")
    other.request("POST", f"/agentconf/{OTHER}/batchaddparticipant", json=invite)  # 101-002
    desk.request("POST", f"{conf}/holdparticipant", json={**party, "playMode": 2})
    desk.request("POST", f"{conf}/holdparticipant", json=party)  # held already
    desk.request("POST", f"{conf}/unholdparticipant", json=party)
    mode = {"attribute": 1, "addressType": "9", "address": OTHER}
    desk.request("POST", f"{conf}/changeparticipantmode", json=mode)
    desk.request("POST", f"{conf}/changeparticipantmode", json={**mode, "attribute": 5})
    desk.request("POST", f"{conf}/prolongtime", json={"prolongTime": 30})
    desk.request("POST", f"{conf}/prolongtime", json={"prolongTime": 1440})
    desk.request("POST", f"{conf}/modifyconfresource", json={"modifyType": 0, "modifyNum": 3})
    desk.request("POST", f"{conf}/modifyconfresource", json={"modifyType": 1, "modifyNum": 7})
    desk.request("GET", f"{conf}/queryvdnconfid")
    sim.withhold_right(AGENT, "inspect")
    desk.request("GET", f"{conf}/queryvdnconfid")
    sim.grant_right(AGENT, "inspect")
    desk.request("POST", f"{conf}/requestleaveagentconf")  # 101-007: the chair releases
    other.request("POST", f"/agentconf/{OTHER}/requestleaveagentconf")
    desk.request("POST", f"{conf}/batchaddparticipant", json={"addresses": invite["addresses"][:1]})
    other.request("POST", f"/agentconf/{OTHER}/rejectagentconf")
    other.request("POST", f"/agentconf/{OTHER}/rejectagentconf")  # 101-001: no invitation
    desk.request("POST", f"{conf}/releaseagentconf")
    desk.drain()
    other.drain()

    rec = f"/recordplay/{AGENT}"
    desk.request("PUT", f"{rec}/record", json={"mediaType": 5})  # no call: 100-007
    call_id = sim.offer_call(AGENT, caller="70004")
    desk.drain()
    sim.recording.fail_next_record(AGENT)
    desk.request("PUT", f"{rec}/record", json={"mediaType": 5})
    desk.request("PUT", f"{rec}/record", json={"mediaType": 5})
    desk.request("PUT", f"{rec}/record", json={"mediaType": 4})  # 000-002
    file_name = sim.recording.recording_of(AGENT)
    assert file_name is not None
    desk.request("DELETE", f"{rec}/stoprecord")
    desk.request("DELETE", f"{rec}/stoprecord")  # not recording
    desk.drain()
    files = f"/recordfile/{AGENT}"
    desk.request("GET", files, params={"recordId": file_name, "filetype": "1"})
    desk.request("GET", files, params={"recordId": "y:/1/0/none.V3"})
    desk.request("GET", files)  # no recordId: 000-002
    sim.recording.fail_next_download(AGENT, "100-007")
    desk.request("GET", files, params={"recordId": file_name})
    sim.end_call(AGENT)
    assert call_id
    desk.drain()
