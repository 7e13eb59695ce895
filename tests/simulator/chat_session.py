"""Every chat operation (mediacall, textchat), succeeding and failing (for test_schemas)."""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, Desk


def chat_session(sim: GatewaySimulator, desk: Desk) -> None:
    """Run by a signed-in, idle ``desk``: two chats at once, messages and files both ways."""
    media, text = f"/mediacall/{AGENT}", f"/textchat/{AGENT}"
    desk.request("POST", f"{media}/setcallnums", json={"mediaType": "51", "callnums": "2"})
    desk.request("POST", f"{media}/setcallnums", json={"mediaType": "51", "callnums": "61"})
    shares = [{"mediaType": 51, "callNum": 2}, {"mediaType": 53, "callNum": 1}]
    desk.request(
        "POST",
        f"{media}/setcallnumsbymediatype",
        json={"totalCallNum": 3, "agentMediaCallNums": shares},
    )
    desk.request(
        "POST",
        f"{media}/setcallnumsbymediatype",
        json={"totalCallNum": 61, "agentMediaCallNums": shares},
    )
    first = sim.chats.offer(AGENT, "alice")
    second = sim.chats.offer(AGENT, "bob", channel="mediacall")
    desk.request("PUT", f"{text}/answer/{first}")
    desk.request("PUT", f"{text}/answer/{first}")  # 000-002: answered already
    desk.request("PUT", f"{text}/answer/{second}")
    sim.chats.customer_says(first, "Hello?")
    sim.chats.customer_says(second, "Hi")
    path = sim.chats.customer_sends_file(first, "photo.png", b"\x89PNG")
    desk.request("PUT", f"{text}/chatmessage", json={"callId": first, "content": "Welcome"})
    desk.request("PUT", f"{text}/chatmessage", json={"callId": "1-1", "content": "x"})
    desk.request("POST", f"{media}/sendmessage", json={"callid": second, "data": "Welcome"})
    desk.request("POST", f"{media}/sendmessage", json={"callid": second, "data": ""})  # 106-002
    desk.request(
        "POST",
        f"{text}/mediafile",
        params={"callId": first, "isNeedConfirm": "false", "chatId": "1", "msgType": "1"},
        files={"media": ("terms.pdf", b"%PDF-1.7", "application/octet-stream")},
    )
    desk.request("POST", f"{text}/mediafile", params={"callId": first}, content=b"x")  # 000-002
    desk.request("GET", f"{text}/mediafile", params={"filePath": path})
    desk.request("GET", f"{text}/mediafile", params={"filePath": "/nowhere"})  # 000-002
    transfer = {"callid": second, "devicetype": 3, "mode": 0, "address": "2"}
    desk.request("POST", f"{media}/transfer", json=transfer)  # 106-004
    desk.request("POST", f"{media}/transfer", json={**transfer, "devicetype": 1})
    to_queue = {"callid": first, "addesstype": 1, "destaddr": "2", "mode": 0}
    desk.request("POST", f"{text}/transfer", json={**to_queue, "callid": "1-1"})  # 000-002
    third = sim.chats.offer(AGENT, "carol")
    desk.request("DELETE", f"{text}/drop/{third}")  # 000-002: not answered
    desk.request("DELETE", f"{text}/reject/{third}")
    desk.request("DELETE", f"{text}/reject/{third}")  # 000-002: gone back to its queue
    desk.request("POST", f"{text}/transfer", json=to_queue)
    fourth = sim.chats.offer(AGENT, "dave")
    desk.request("PUT", f"{text}/answer/{fourth}")
    desk.request("DELETE", f"{text}/drop/{fourth}")
    desk.drain()
    _internal_chat_and_multimedia_conference(sim, desk)


def _internal_chat_and_multimedia_conference(sim: GatewaySimulator, desk: Desk) -> None:
    """internalcall, sendmessagewithoutcall (POST, PUT) and the multimediaconf family."""
    text, conf = f"/textchat/{AGENT}", f"/multimediaconf/{AGENT}"
    colleague = Desk(desk.http, "154").signed_in("other")
    desk.request("PUT", f"{text}/internalcall/154")
    desk.request("PUT", f"{text}/internalcall/{AGENT}")  # 000-002: the agent itself
    (ring,) = colleague.drain()
    inner = ring["content"]["callId"]
    colleague.request("PUT", f"/textchat/154/answer/{inner}")
    desk.request("PUT", f"{text}/chatmessage", json={"callId": inner, "content": "Lunch?"})
    without = f"{text}/sendmessagewithoutcall"
    message = {"skillId": "3", "chatId": "1", "chatReceiver": "alice", "content": "Hello"}
    desk.request("POST", without, json=message)
    desk.request("PUT", without, json=message)
    desk.request("PUT", without)  # 000-002: nothing to send
    address = f"9,{sim.vdn_id},154;"
    desk.request("PUT", f"{conf}/requestconf", json={"callid": "1-1", "addressinfo": address})
    desk.request("PUT", f"{conf}/requestconf", json={"callid": inner, "addressinfo": address})
    joined = [e for e in desk.drain() if e["eventType"] == "AgentEvent_JoinConf"]
    conf_id = joined[0]["content"]["confid"]
    result = {"confid": conf_id, "confresult": 0}
    colleague.request("POST", "/multimediaconf/154/joinconfresult", json=result)
    invite = {"confid": conf_id, "addressinfo": address}
    desk.request("PUT", f"{conf}/inviteconf", json=invite)  # 000-002: in it already
    sim.add_agent("156", password="third")
    third = Desk(desk.http, "156").signed_in("third")
    invite = {"callid": str(conf_id), "addressinfo": f"9,{sim.vdn_id},156;"}  # the C# form
    desk.request("PUT", f"{conf}/inviteconf", json=invite)
    third.drain()
    third.request("DELETE", "/onlineagent/156/logout")
    third.drain_farewell()
    desk.request("DELETE", f"{conf}/stopconf", json={"confid": conf_id})
    desk.request("DELETE", f"{conf}/stopconf", json={"confid": conf_id})  # 000-002: gone
    desk.request("DELETE", f"{text}/drop/{inner}")
    desk.drain()
    colleague.request("DELETE", "/onlineagent/154/logout")
    colleague.drain_farewell()
