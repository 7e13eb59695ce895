"""Every operation of issue 22, succeeding and failing, as a desk uses them (for test_schemas)."""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, PASSWORD, Desk


def desk_session(sim: GatewaySimulator, desk: Desk) -> None:
    """Run by a signed-in ``desk`` after queue_session (skills 1 and 2, the agent joined 2).

    Leaves the agent signed in, idle, without calls or queued calls, with its password.
    """
    me, queue = f"/onlineagent/{AGENT}", f"/queuedevice/{AGENT}"
    voice, data = f"/voicecall/{AGENT}", f"/calldata/{AGENT}"
    desk.request("POST", f"{me}/logininfo")
    desk.request("GET", f"{me}/querycustomstate")
    desk.request("PUT", f"{me}/heartbeat")
    desk.request("POST", f"{me}/settalkright", params={"flag": 2})  # 000-002
    desk.request("POST", f"{me}/settalkright", params={"flag": 0})  # queued calls now wait
    change = f"{me}/modifyaccountpwdex"
    desk.request("POST", change, json={"oldPassword": "wrong", "newPassword": "Secret123"})
    desk.request("POST", change, json={"oldPassword": PASSWORD, "newPassword": "short1"})
    desk.request("POST", change, json={"oldPassword": PASSWORD})  # 000-002
    desk.request("POST", change, json={"oldPassword": PASSWORD, "newPassword": "Secret123"})
    desk.request("POST", change, json={"oldPassword": "Secret123", "newPassword": PASSWORD + "1"})
    with sim.lock:  # back to the password the rest of the session signs in with
        sim.agent(AGENT).password = PASSWORD

    sim.add_ivr_flow(1, "1321", "main menu")
    sim.add_access_code("10086", "hotline")
    desk.request("GET", f"{queue}/agentskill/{AGENT}")
    desk.request("GET", f"{queue}/agentskill/99")  # 000-002
    desk.request("GET", f"{queue}/agentskill/999999")  # 600-001: no such agent
    desk.request("GET", f"{queue}/ivrinfo")
    desk.request("GET", f"{queue}/innoinfo")
    desk.request("GET", f"{queue}/vdnskill/1")
    desk.request("GET", f"{queue}/vdnskill/2")  # 600-002: not the agent's VCC
    desk.request("GET", f"{queue}/vdnskill/x")  # 000-002
    desk.request("POST", f"{queue}/queryskillstat")
    desk.request("POST", f"{queue}/queryskillstat", json={"skills": [1, 9]})
    desk.request("POST", f"{queue}/queryskillstat", json={"skills": []})  # 000-002

    first, second = sim.queue_call(2, caller="70007"), sim.queue_call(2, caller="70008")
    desk.request("GET", f"{data}/waitcallinfo/2")
    desk.request("GET", f"{data}/waitcallinfo/9")
    desk.request("GET", f"{data}/waitcallinfo/x")  # 000-002
    assign = f"{data}/assignuserinqueue"
    desk.request("PUT", assign, json={"callid": second, "skillid": "1"})  # as the page sends it
    desk.request("PUT", assign, json={"callid": "1-1", "skillid": 1})  # 100-007
    desk.request("PUT", assign, json={"callid": second})  # 000-002
    desk.request("POST", f"{voice}/requestcall/{first}/1", params={"skillId": 2})  # 000-002
    desk.request("POST", f"{voice}/requestcall/{first}/0", params={"skillId": 2})
    desk.request("POST", f"{voice}/requestcall/{second}/0", params={"skillId": 1})  # 100-007
    colleague = Desk(desk.http, "154").signed_in("other")
    colleague.request("GET", f"/calldata/154/allcallinfoEx/{AGENT}")
    sim.withhold_right("154", "inspect")
    colleague.request("GET", f"/calldata/154/allcallinfoEx/{AGENT}")  # 900-002
    sim.grant_right("154", "inspect")
    desk.request("GET", f"{data}/allcallinfoEx/99")  # 100-011
    desk.request("GET", f"{data}/allcallinfoEx/999999")  # 100-007: not of the VCC
    desk.request("PUT", data, params={"calldata": "orderId=7"})
    desk.request("PUT", data, params={"calldata": "x", "callid": "1-1"})  # 400-001
    desk.request("PUT", data)  # 000-002
    desk.request("POST", f"{voice}/seconddial/12%23")
    desk.request("POST", f"{voice}/seconddial/12a")  # 000-002
    desk.request("DELETE", voice)
    desk.request("DELETE", voice)  # 200-017
    desk.request("POST", f"{voice}/requestcall/{second}/0", params={"skillId": 1})
    desk.request("DELETE", voice)

    colleague.request("POST", "/onlineagent/154/resetskill/true")  # 154 joins queue 2
    desk.request("PUT", f"{voice}/callinnerskill", json={"skillId": 2})  # rings 154
    desk.request("DELETE", f"{voice}/release")
    desk.request("PUT", f"{voice}/callinnerskill", json={"skillId": 1})  # nobody: fails
    desk.request("PUT", f"{voice}/callinnerskill", json={})  # 000-002
    desk.request("POST", f"{me}/settalkright", params={"flag": 1})
    desk.drain()
    colleague.request("DELETE", "/onlineagent/154/logout")
    colleague.drain_farewell()
