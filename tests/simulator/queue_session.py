"""Every skill, queue, group and message operation, succeeding and failing (for test_schemas)."""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, Desk


def queue_session(sim: GatewaySimulator, desk: Desk) -> None:
    """Run by a signed-in ``desk``; configures the simulator's queues first."""
    sim.add_skill(1, "voice", waiting=3, longest_wait=40, pilot_number="10086")
    sim.add_skill(2, "webchat", media_type=51, waiting=1)
    sim.set_agent_skills(AGENT, [1, 2])
    sim.set_agent_skills("154", [2])  # a colleague's, for agentskillsbyworkno/154
    sim.set_agent_group(AGENT, "Hotline")
    me = f"/onlineagent/{AGENT}"
    queue = f"/queuedevice/{AGENT}"
    desk.request("POST", f"{me}/resetskill/true")
    desk.request("POST", f"{me}/resetskill/false", params={"skillid": "2;7", "phonelinkage": 0})
    desk.request("POST", f"{me}/resetskill/false", params={"skillid": "two"})
    desk.request("GET", f"{me}/agentskills")
    desk.request("GET", f"{me}/agentskillsbyworkno/154")
    desk.request("GET", f"{me}/agentskillsbyworkno/99")
    desk.request("GET", f"{queue}/waitnum")
    desk.request("GET", f"{queue}/waitnumbyagent")
    desk.request("GET", f"{queue}/skillwaitnum/1")
    desk.request("GET", f"{queue}/skillwaitnum/x")
    desk.request("POST", f"{queue}/queryacdstat", json={"skills": [1, 2, 9]})
    desk.request("POST", f"{queue}/queryacdstat", json={"skills": []})
    desk.request("GET", f"{queue}/agentvdnskill")
    desk.request("GET", f"/agentgroup/{AGENT}/idleagent")
    desk.request("GET", f"/agentgroup/{AGENT}/allagentstatus")
    desk.request("POST", f"{me}/sendnoteletex", json={"agentIds": [154, 153], "content": "hi"})
    desk.request("POST", f"{me}/sendnoteletex", json={"agentIds": [], "content": "hi"})
    bulletin = {"targettype": 0, "targetname": "Hotline", "bulletindata": "restart at six"}
    desk.request("POST", f"{me}/notifybulletin", json=bulletin)
    desk.request("POST", f"{me}/notifybulletin", json={**bulletin, "targettype": 1})
    desk.request("POST", f"{me}/notifybulletin", json={**bulletin, "targettype": 2})
    desk.drain()
