"""Every agent-group team view and adjustskill, succeeding and refused (for test_schemas)."""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, Desk


def team_session(sim: GatewaySimulator, desk: Desk) -> None:
    """Run by a signed-in ``desk`` (the supervisor); signs agent 154 in and out again."""
    groups = f"/agentgroup/{AGENT}"
    qc = f"/qualitycontrol/{AGENT}"
    sim.groups.define_group(5, "Hotline", leader=AGENT)
    sim.set_agent_group("154", "Hotline")
    colleague = Desk(desk.http, "154").signed_in("other")
    desk.request("GET", f"{groups}/restreason")
    desk.request("GET", f"{groups}/ispickup")
    desk.request("GET", f"{groups}/iscensor")
    desk.request("GET", f"{groups}/grouponvdn")
    desk.request("GET", f"{groups}/groupbyagent/154")
    desk.request("GET", f"{groups}/groupbyagent/12")  # 000-002
    desk.request("GET", f"{groups}/agentongroupex?groupid=5")
    desk.request("GET", f"{groups}/agentongroupex?groupid=x")  # 000-002
    desk.request("GET", f"{groups}/onlineagentonvdn")
    desk.request("POST", f"{qc}/adjustskill", json={"workNo": "154", "skills": [1, 2]})
    desk.request("POST", f"{qc}/adjustskill", json={"workNo": "999", "skills": [1]})  # 900-003
    desk.request("POST", f"{qc}/adjustskill", json={"workNo": "154", "skills": "1"})  # 100-001
    desk.request("GET", f"{groups}/agentbyworkno/154")
    desk.request("GET", f"{groups}/agentbyskill/1")
    sim.withhold_right(AGENT, "inspect")
    desk.request("POST", f"{qc}/adjustskill", json={"workNo": "154", "skills": []})  # 900-002
    desk.request("GET", f"{groups}/iscensor")
    sim.grant_right(AGENT, "inspect")
    sim.set_agent_group("154", None)
    desk.request("POST", f"{qc}/adjustskill", json={"workNo": "154", "skills": []})  # as before
    desk.request("POST", f"{qc}/forcelogout/154")
    colleague.drain_farewell()
