"""The simulated internal chats, messages without a call and multimedia conferences."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, SimulatorError
from tests.simulator.helpers import AGENT, Desk

TEXT, CONF = f"/textchat/{AGENT}", f"/multimediaconf/{AGENT}"


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [e["eventType"] for e in events]


def _colleague(http: httpx.Client) -> Desk:
    return Desk(http, "154").signed_in("other")


def _retcode(response: httpx.Response) -> str:
    code: str = response.json()["retcode"]
    return code


def test_an_internal_chat_rings_at_the_colleague_and_both_talk(
    desk: Desk, sim: GatewaySimulator, http: httpx.Client
) -> None:
    desk.signed_in()
    colleague = _colleague(http)
    assert _retcode(desk.request("PUT", f"{TEXT}/internalcall/154")) == "0"
    assert desk.drain() == []  # the caller hears nothing until the colleague answers
    (ring,) = colleague.drain()
    assert ring["eventType"] == "AgentChat_Ring"
    content = ring["content"]
    assert (content["caller"], content["called"], content["isInnerCall"]) == (AGENT, "154", True)
    call_id = content["callId"]
    assert sim.chats.agent_of(call_id) == "154"
    colleague.request("PUT", f"/textchat/154/answer/{call_id}")
    (connected,) = desk.drain()
    assert (connected["eventType"], connected["content"]["callId"]) == (
        "AgentChat_Connected",
        call_id,
    )
    assert _types(colleague.drain()) == ["AgentChat_Connected"]
    desk.request("PUT", f"{TEXT}/chatmessage", json={"callId": call_id, "content": "Lunch?"})
    (said,) = colleague.drain()
    assert (said["content"]["sender"], said["content"]["chatContent"]) == (AGENT, "Lunch?")
    colleague.request(
        "PUT", "/textchat/154/chatmessage", json={"callId": call_id, "content": "Yes"}
    )
    (reply,) = desk.drain()
    assert (reply["eventType"], reply["content"]["sender"]) == ("AgentChat_DataRecved", "154")
    refused = desk.request(
        "POST",
        f"{TEXT}/transfer",
        json={"addesstype": 2, "destaddr": "155", "callid": call_id, "mode": 0},
    )
    assert _retcode(refused) == "000-002"  # only the answering agent transfers it
    assert _retcode(desk.request("DELETE", f"{TEXT}/drop/{call_id}")) == "0"
    assert _types(desk.drain()) == ["AgentChat_Disconnected"]
    assert _types(colleague.drain()) == ["AgentChat_Disconnected"]
    assert sim.chats.transcript(call_id) == [(AGENT, "Lunch?"), ("154", "Yes")]
    assert sim.chats.state(call_id) == "ended"


def test_internal_chats_the_colleague_cannot_take_are_refused(
    desk: Desk, sim: GatewaySimulator, http: httpx.Client
) -> None:
    desk.signed_in()
    assert _retcode(desk.request("PUT", f"{TEXT}/internalcall/154")) == "000-002"  # signed out
    assert _retcode(desk.request("PUT", f"{TEXT}/internalcall/{AGENT}")) == "000-002"
    assert _retcode(desk.request("PUT", f"{TEXT}/internalcall/12")) == "000-002"  # not an ID
    colleague = _colleague(http)
    colleague.request("POST", "/onlineagent/154/saybusy")
    assert _retcode(desk.request("PUT", f"{TEXT}/internalcall/154")) == "000-002"
    assert sim.chats.chats_of("154") == []


def test_the_caller_signing_out_ends_the_internal_chat(
    desk: Desk, sim: GatewaySimulator, http: httpx.Client
) -> None:
    desk.signed_in()
    colleague = _colleague(http)
    desk.request("PUT", f"{TEXT}/internalcall/154")
    (ring,) = colleague.drain()
    desk.request("DELETE", f"/onlineagent/{AGENT}/logout")
    assert _types(colleague.drain()) == ["AgentChat_Disconnected"]
    assert sim.chats.state(ring["content"]["callId"]) == "ended"


def test_messages_without_call_by_post_and_put(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    path = f"{TEXT}/sendmessagewithoutcall"
    body = {"skillId": 3, "chatId": "7", "chatReceiver": "alice@example.com", "content": "Hi"}
    assert _retcode(desk.request("POST", path, json=body)) == "0"
    assert _retcode(desk.request("PUT", path, json={**body, "content": "Got it"})) == "0"
    assert _retcode(desk.request("PUT", path)) == "000-002"  # no body: nothing to send
    assert _retcode(desk.request("POST", path, json={**body, "content": ""})) == "000-002"
    long = {**body, "content": "x" * 6145}
    assert _retcode(desk.request("POST", path, json=long)) == "000-002"
    sent = sim.chats.messages_without_call()
    assert [(m["method"], m["content"], m["skillId"]) for m in sent] == [
        ("POST", "Hi", "3"),
        ("PUT", "Got it", "3"),
    ]
    assert sent[0]["agent"] == AGENT and sent[0]["chatReceiver"] == "alice@example.com"
    assert desk.drain() == []


def test_a_multimedia_conference_from_request_to_stop(
    desk: Desk, sim: GatewaySimulator, http: httpx.Client
) -> None:
    desk.signed_in()
    colleague = _colleague(http)
    chat = sim.chats.offer(AGENT, "alice")
    desk.request("PUT", f"{TEXT}/answer/{chat}")
    desk.drain()
    vdn = sim.vdn_id
    request = {"callid": chat, "addressinfo": f"9,{vdn},154;"}
    assert _retcode(desk.request("PUT", f"{CONF}/requestconf", json=request)) == "0"
    (mine,) = desk.drain()
    (theirs,) = colleague.drain()
    assert mine["eventType"] == theirs["eventType"] == "AgentEvent_JoinConf"
    conf_id = mine["content"]["confid"]
    assert theirs["content"]["confid"] == conf_id
    assert (theirs["content"]["address"], theirs["content"]["vdnid"]) == ("154", vdn)
    assert sim.multimedia_conferences.call_of(conf_id) == chat
    assert sim.multimedia_conferences.members(conf_id) == {AGENT: "chair", "154": "invited"}
    result = {"confid": str(conf_id), "confresult": "0"}  # the Java demo's text form
    colleague.request("POST", "/multimediaconf/154/joinconfresult", json=result)
    assert sim.multimedia_conferences.members(conf_id)["154"] == "joined"
    # inviteconf: the C# demo's body names the conference `callid`
    sim.add_agent("155", password="third")
    Desk(http, "155").signed_in("third")
    invite = {"callid": str(conf_id), "addressinfo": f"9,{vdn},155;"}
    assert _retcode(desk.request("PUT", f"{CONF}/inviteconf", json=invite)) == "0"
    again = {"confid": conf_id, "addressinfo": f"9,{vdn},155;"}
    assert _retcode(desk.request("PUT", f"{CONF}/inviteconf", json=again)) == "000-002"
    assert sim.multimedia_conferences.conferences_of("155") == [conf_id]
    stop = {"confid": conf_id}
    assert _retcode(colleague.request("DELETE", "/multimediaconf/154/stopconf", json=stop)) == (
        "000-002"  # only the requester ends it
    )
    assert _retcode(desk.request("DELETE", f"{CONF}/stopconf", json=stop)) == "0"
    assert sim.multimedia_conferences.state(conf_id) == "stopped"
    assert _retcode(desk.request("DELETE", f"{CONF}/stopconf", json=stop)) == "000-002"
    assert desk.drain() == [] and colleague.drain() == []  # no event names the end
    with pytest.raises(SimulatorError):
        sim.multimedia_conferences.members(conf_id)


def test_multimedia_conference_requests_that_are_refused(
    desk: Desk, sim: GatewaySimulator, http: httpx.Client
) -> None:
    desk.signed_in()
    vdn = sim.vdn_id
    no_call = {"callid": "1-1", "addressinfo": f"9,{vdn},154;"}
    assert _retcode(desk.request("PUT", f"{CONF}/requestconf", json=no_call)) == "000-002"
    voice = sim.offer_call(AGENT, caller="70004")  # auto-answered: a call to attach to
    absent = {"callid": voice, "addressinfo": f"9,{vdn},154;"}
    assert _retcode(desk.request("PUT", f"{CONF}/requestconf", json=absent)) == "000-002"
    _colleague(http)
    wrong_kind = {"callid": voice, "addressinfo": f"2,{vdn},154;"}
    assert _retcode(desk.request("PUT", f"{CONF}/requestconf", json=wrong_kind)) == "000-002"
    malformed = {"callid": voice, "addressinfo": "154"}
    assert _retcode(desk.request("PUT", f"{CONF}/requestconf", json=malformed)) == "000-002"
    good = {"callid": voice, "addressinfo": f"9,{vdn},154;"}
    assert _retcode(desk.request("PUT", f"{CONF}/requestconf", json=good)) == "0"
    (event,) = desk.drain()[-1:]
    conf_id = event["content"]["confid"]
    unknown = {"confid": conf_id + 1, "confresult": 0}
    assert _retcode(desk.request("POST", f"{CONF}/joinconfresult", json=unknown)) == "000-002"
    desk.request("DELETE", f"/voicecall/{AGENT}/release")
    assert _retcode(desk.request("DELETE", f"/onlineagent/{AGENT}/logout")) == "0"
    assert sim.multimedia_conferences.state(conf_id) == "stopped"  # ended with its requester
