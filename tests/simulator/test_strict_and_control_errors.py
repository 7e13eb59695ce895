"""Issue 25, point 9: a strict simulator refuses what the gateway refuses; the control
endpoint's errors speak HTTP and the command line, not Python."""

from __future__ import annotations

import httpx
import pytest

from cec_agentgateway import AgentGateway
from cec_agentgateway.simulator import GatewaySimulator

API = "/agentgateway/resource"
JSON = {"Content-Type": "application/json; charset=UTF-8"}


def _sim(strict: bool) -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.1, strict=strict, guid_rotation=None)
    sim.add_agent("153", password="secret", phone="40038")
    return sim


def _signed_in(http: httpx.Client) -> str:
    body = {"password": "secret", "phonenum": "40038"}
    answer = http.put(f"{API}/onlineagent/153", json=body)  # httpx: application/json
    assert answer.json()["retcode"] == "0"
    return answer.headers["Set-GUID"].removeprefix("JSESSIONID=")


@pytest.mark.parametrize("strict", [True, False])
def test_a_get_without_content_type(strict: bool) -> None:
    sim = _sim(strict)
    with httpx.Client(base_url="http://sim", transport=sim.transport()) as http:
        guid = _signed_in(http)
        bare = http.get(f"{API}/onlineagent/153/agentstatus", headers={"Guid": guid})
        typed = http.get(f"{API}/onlineagent/153/agentstatus", headers={"Guid": guid, **JSON})
    assert typed.status_code == 200 and typed.json()["retcode"] == "0"
    if strict:
        assert bare.status_code == 415
        assert "Content-Type: application/json" in bare.text
        assert sim.requests[-2].operation == "queryAgentStatus"
        assert sim.requests[-2].status == 415
    else:
        assert bare.status_code == 200  # lenient by default (see _simulator/_strict.py)


def test_a_text_body_is_refused_when_strict() -> None:
    sim = _sim(True)
    with httpx.Client(base_url="http://sim", transport=sim.transport()) as http:
        answer = http.put(
            f"{API}/onlineagent/153",
            content=b'{"password": "secret"}',
            headers={"Content-Type": "text/plain"},
        )
    assert answer.status_code == 415 and "Content-Type text/plain" in answer.text
    assert not sim.is_signed_in("153")  # nothing half-done


def test_the_client_passes_a_strict_simulator() -> None:
    sim = _sim(True)
    with AgentGateway(transport=sim.transport(), retry_backoff=(0.0, 0.0)) as gw:
        agent = gw.sign_in("153", password="secret", phone="40038")
        assert agent.status() is not None
        assert agent.call_info() is None
        agent.sign_out()
    assert all(r.status != 415 for r in sim.requests)


def test_a_wrong_method_gets_405_with_allow_in_either_mode() -> None:
    for strict in (True, False):
        sim = _sim(strict)
        with httpx.Client(base_url="http://sim", transport=sim.transport()) as http:
            answer = http.delete(f"{API}/onlineagent/153/agentstatus", headers=JSON)
        assert answer.status_code == 405 and "GET" in answer.headers["Allow"]


def test_control_errors_speak_http_and_the_command_line() -> None:
    sim = _sim(False)
    with (
        sim.serve(control=True) as server,
        httpx.Client(base_url=server.url, timeout=10) as http,
    ):
        unknown = http.post("/__sim__/offer_call", json={"agent": "999", "caller": "70004"})
        assert unknown.status_code == 400
        error = unknown.json()["error"]
        assert "add_agent()" not in error and "()" not in error
        assert "--agent 999:PASSWORD" in error
        wrong = http.get("/__sim__/offer_call")
        assert wrong.status_code == 405 and wrong.headers["Allow"] == "POST"
        assert "use POST" in wrong.json()["error"]
        state = http.post("/__sim__/state", json={})
        assert state.status_code == 405 and state.headers["Allow"] == "GET"
        missing = http.post("/__sim__/nothing", json={})
        assert missing.status_code == 404 and "POST offer_call" in missing.json()["controls"]
