"""The simulated chats: offers up to capacity, beside voice, and the order of their events."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, SimulatorError, run_command
from tests.simulator.helpers import AGENT, Desk

TEXT, MEDIA = f"/textchat/{AGENT}", f"/mediacall/{AGENT}"


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [e["eventType"] for e in events]


def _colleague(http: httpx.Client) -> Desk:
    return Desk(http, "154").signed_in("other")


def test_a_chat_rings_connects_talks_and_ends_in_the_pages_order(
    desk: Desk, sim: GatewaySimulator
) -> None:
    desk.signed_in()
    call_id = sim.chats.offer(AGENT, "alice", attach_data="order=7")
    desk.request("PUT", f"{TEXT}/answer/{call_id}")
    sim.chats.customer_says(call_id, "Hello")
    desk.request("PUT", f"{TEXT}/chatmessage", json={"callId": call_id, "content": "Hi Alice"})
    sim.chats.customer_leaves(call_id)
    events = desk.drain()
    assert _types(events) == [
        "AgentChat_Ring",
        "AgentChat_Connected",
        "AgentChat_DataRecved",
        "AgentChat_Disconnected",
    ]
    ring, _, data, _ = (e["content"] for e in events)
    assert (ring["callId"], ring["caller"], ring["attachData"]) == (call_id, "alice", "order=7")
    assert (data["sender"], data["chatContent"], data["isInnerCall"]) == ("alice", "Hello", False)
    assert sim.chats.transcript(call_id) == [("customer", "Hello"), (AGENT, "Hi Alice")]
    assert sim.chats.state(call_id) == "ended"
    answer = desk.request("PUT", f"{TEXT}/chatmessage", json={"callId": call_id, "content": "x"})
    assert answer.json()["retcode"] == "000-002"  # the chat is over


def test_chats_are_offered_up_to_the_capacity(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    assert sim.media_chats.capacity(AGENT, 51) == 3  # the simulator's default
    body = {"mediaType": "51", "callnums": "2"}
    assert desk.request("POST", f"{MEDIA}/setcallnums", json=body).json()["retcode"] == "0"
    too_many = desk.request("POST", f"{MEDIA}/setcallnums", json={**body, "callnums": "61"})
    assert too_many.json()["retcode"] == "106-003"
    first = sim.chats.offer(AGENT)
    sim.chats.offer(AGENT)
    with pytest.raises(SimulatorError, match="capacity for media type 51"):
        sim.chats.offer(AGENT)
    sim.chats.offer(AGENT, media_type=53)  # another media type has its own number
    shares = [{"mediaType": 51, "callNum": 3}, {"mediaType": 53, "callNum": 3}]
    by_channel = {"totalCallNum": 4, "agentMediaCallNums": shares}
    answer = desk.request("POST", f"{MEDIA}/setcallnumsbymediatype", json=by_channel)
    assert answer.json()["retcode"] == "0"
    assert (sim.media_chats.capacity(AGENT), sim.media_chats.capacity(AGENT, 51)) == (4, 3)
    sim.chats.offer(AGENT)
    with pytest.raises(SimulatorError, match="total chat capacity"):
        sim.chats.offer(AGENT, media_type=53)
    desk.request("DELETE", f"{TEXT}/reject/{first}")
    assert sim.chats.state(first) == "queued"
    sim.chats.offer(AGENT, media_type=53)  # room again
    over = desk.request(
        "POST", f"{MEDIA}/setcallnumsbymediatype", json={**by_channel, "totalCallNum": 61}
    )
    assert over.json()["retcode"] == "106-003"


def test_voice_and_chats_at_once(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    voice = sim.offer_call(AGENT, caller="70004")  # auto-answered
    chat = sim.chats.offer(AGENT, "alice")  # a chat rings while the agent talks
    desk.request("PUT", f"{TEXT}/answer/{chat}")
    assert sim.current_call_id(AGENT) == voice
    assert sim.agent_state(AGENT).name == "TALKING"
    desk.request("DELETE", f"{TEXT}/drop/{chat}")
    assert sim.current_call_id(AGENT) == voice  # ending the chat leaves the call alone
    desk.request("DELETE", f"/voicecall/{AGENT}/release")
    assert sim.chats.chats_of(AGENT) == []


def test_busy_or_resting_agents_are_not_offered_chats(desk: Desk, sim: GatewaySimulator) -> None:
    with pytest.raises(SimulatorError, match="not signed in"):
        sim.chats.offer(AGENT)
    desk.signed_in()
    desk.request("POST", f"/onlineagent/{AGENT}/saybusy")
    with pytest.raises(SimulatorError, match="busy"):
        sim.chats.offer(AGENT)


def test_transfer_to_a_colleague_release_and_success(
    desk: Desk, sim: GatewaySimulator, http: httpx.Client
) -> None:
    desk.signed_in()
    colleague = _colleague(http)
    released = sim.chats.offer(AGENT)
    kept = sim.chats.offer(AGENT, channel="mediacall")
    for call_id in (released, kept):
        desk.request("PUT", f"{TEXT}/answer/{call_id}")
    desk.drain()
    body = {"addesstype": 2, "destaddr": "154", "callid": released, "mode": 0}
    assert desk.request("POST", f"{TEXT}/transfer", json=body).json()["retcode"] == "0"
    assert _types(desk.drain()) == ["AgentChat_Disconnected"]
    body = {"callid": kept, "devicetype": 2, "mode": 2, "address": "154", "calldata": "vip"}
    assert desk.request("POST", f"{MEDIA}/transfer", json=body).json()["retcode"] == "0"
    assert desk.drain() == []  # a success transfer: the agent stays until the target answers
    rings = colleague.drain()
    assert _types(rings) == ["AgentChat_Ring", "AgentChat_Ring"]
    assert rings[1]["content"]["attachData"] == "vip"
    colleague.request("PUT", f"/textchat/154/answer/{kept}")
    assert _types(desk.drain()) == ["AgentChat_Disconnected"]
    sim.chats.customer_says(kept, "Still there?")
    (message,) = [e for e in colleague.drain() if e["eventType"] == "AgentEvent_MessageData"]
    assert (message["content"]["callid"], message["content"]["message"]) == (kept, "Still there?")
    to_self = {"callid": kept, "devicetype": 2, "mode": 0, "address": "154"}
    refused = colleague.request("POST", "/mediacall/154/transfer", json=to_self)
    assert refused.json()["retcode"] == "000-002"
    bad_type = colleague.request(
        "POST", "/mediacall/154/transfer", json={**to_self, "devicetype": 5}
    )
    assert bad_type.json()["retcode"] == "106-004"


def test_files_both_ways(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    call_id = sim.chats.offer(AGENT)
    desk.request("PUT", f"{TEXT}/answer/{call_id}")
    path = sim.chats.customer_sends_file(call_id, "scan 1.png", b"\x89PNG")
    data = desk.drain()[-1]["content"]
    assert data["chatContentType"] == "1"
    assert '"filePath": "' + path + '"' in data["chatContent"]
    download = desk.request("GET", f"{TEXT}/mediafile", params={"filePath": path})
    assert download.headers["Content-Type"] == "application/octet-stream"
    assert download.content == b"\x89PNG"
    upload = desk.request(
        "POST",
        f"{TEXT}/mediafile",
        params={"callId": call_id},
        files={"media": ("terms.pdf", b"%PDF", "application/octet-stream")},
    )
    stored = upload.json()["result"]
    assert stored["fileName"] == "terms.pdf" and sim.chats.file(stored["filePath"]) == b"%PDF"
    assert sim.chats.transcript(call_id)[-1] == (AGENT, f"file:{stored['filePath']}")
    missing = desk.request("GET", f"{TEXT}/mediafile", params={"filePath": "/none"})
    assert missing.json()["retcode"] == "000-002"
    not_multipart = desk.request("POST", f"{TEXT}/mediafile", params={"callId": call_id})
    assert not_multipart.json()["retcode"] == "000-002"


def test_a_mediacall_message_is_checked(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    call_id = sim.chats.offer(AGENT, channel="mediacall")
    empty = desk.request("POST", f"{MEDIA}/sendmessage", json={"callid": call_id, "data": ""})
    assert empty.json()["retcode"] == "106-002"
    not_yet = desk.request("POST", f"{MEDIA}/sendmessage", json={"callid": call_id, "data": "x"})
    assert not_yet.json()["retcode"] == "000-002"  # offered, not answered
    desk.request("PUT", f"{TEXT}/answer/{call_id}")
    sent = desk.request("POST", f"{MEDIA}/sendmessage", json={"callid": call_id, "data": "x"})
    assert sent.json()["retcode"] == "0"


def test_signing_out_ends_the_chats(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    call_id = sim.chats.offer(AGENT)
    desk.request("DELETE", f"/onlineagent/{AGENT}/logout")
    assert sim.chats.state(call_id) == "ended"
    assert sim.media_chats.capacity(AGENT, 51) == 3


def test_chat_command_and_control(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    assert run_command(sim, "chat 153 alice").startswith("ok ")
    assert run_command(sim, "chat 154").startswith("error")  # not signed in
    (call_id,) = sim.chats.chats_of(AGENT)
    assert sim.chats.agent_of(call_id) == AGENT
    assert sim.controls["chat"]({"agent": AGENT})["callId"] != call_id
