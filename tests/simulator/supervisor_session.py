"""Every quality-control operation and allagentevent, succeeding and refused (for test_schemas)."""

from __future__ import annotations

from cec_agentgateway.simulator import GatewaySimulator
from tests.simulator.helpers import AGENT, Desk


def supervisor_session(sim: GatewaySimulator, desk: Desk) -> None:
    """Run by a signed-in, idle ``desk`` (the inspector) with agent 154 to act on; leaves the
    inspector idle without a call and 154 signed out."""
    qc = f"/qualitycontrol/{AGENT}"
    whisper = f"{qc}/requestwhisperagent"
    desk.request("PUT", f"{qc}/addsupervise/154")  # 900-004: 154 is not signed in
    colleague = Desk(desk.http, "154").signed_in("other")
    desk.request("GET", "/agentevent/allagentevent")  # starts the watch
    desk.request("PUT", f"{qc}/addsupervise/{AGENT}")  # 000-005: itself
    desk.request("PUT", f"{qc}/addsupervise/154")
    desk.request("PUT", f"{qc}/addinsert/154")  # 900-005: monitoring already
    desk.request("POST", f"{qc}/switch/154")
    desk.request("POST", f"{qc}/requestswitchinsertwhisperagent?whisperagentid=154&switchtype=2")
    desk.request("DELETE", f"{qc}/154")  # 900-005: whispering is stopped otherwise
    desk.request("POST", f"{qc}/requeststopwhisperagent?whisperagentid=154")
    desk.request("POST", f"{whisper}?whisperagentid=154")
    desk.request("POST", f"{qc}/requestswitchinsertwhisperagent?whisperagentid=154&switchtype=0")
    desk.request("DELETE", f"{qc}/154")
    desk.request("PUT", f"{qc}/addinsert/154")
    call_id = sim.offer_call("154", caller="70004", force=True)
    desk.request("PUT", f"{qc}/intercept/154/0-0")  # 900-004: not that call
    desk.request("PUT", f"{qc}/intercept/154/{call_id}")
    sim.end_call(AGENT)
    desk.request("PUT", f"{qc}/addsupervise/154")
    desk.request("PUT", f"{qc}/intercept/154")  # 900-005: 154 has no call now
    second = sim.offer_call("154", caller="70005")
    desk.request("PUT", f"{qc}/intercept/154")
    sim.end_call(AGENT)
    third = sim.offer_call("154", caller="70006")
    desk.request("POST", f"{qc}/forcedropcall/{second}")  # 900-004: ended already
    desk.request("POST", f"{qc}/forcedropcall/{third}")
    desk.request("GET", f"{qc}/allagent")
    desk.request("POST", f"{qc}/forcebusy/154")
    desk.request("POST", f"{qc}/forcebusy/154")  # 900-005: busy already
    desk.request("POST", f"{qc}/forceidle/154")
    desk.request("POST", f"{qc}/forcerest/154/60/3")
    desk.request("POST", f"{qc}/forcerest/154/0/3")  # 000-002
    desk.request("GET", "/agentevent/allagentevent")
    sim.withhold_right(AGENT, "inspect")
    desk.request("POST", f"{qc}/forceidle/154")  # 900-002
    desk.request("GET", f"{qc}/allagent")  # 900-002
    desk.request("GET", "/agentevent/allagentevent")  # 900-002
    sim.grant_right(AGENT, "inspect")
    desk.request("POST", f"{qc}/forcelogout/154")
    colleague.drain_farewell()
    desk.drain()
