"""Routing by the spec's methods and paths; unknown paths and methods; the request log."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, RequestRecord, SimulatorError
from tests.conftest import operations
from tests.simulator.helpers import AGENT, Desk

PREFIX = "/agentgateway/resource"


def concrete(path: str) -> str:
    return path.replace("{agentid}", AGENT).replace("{reason}", "12")


def test_every_operation_of_the_spec_is_served(
    spec: dict[str, Any], http: httpx.Client, sim: GatewaySimulator
) -> None:
    for operation_id, (method, path, _) in operations(spec).items():
        response = http.request(method, concrete(path))
        assert response.status_code == 200, operation_id
        assert "retcode" in response.json(), operation_id
        assert sim.requests[-1].operation == operation_id


def test_every_other_method_on_a_spec_path_is_405(spec: dict[str, Any], http: httpx.Client) -> None:
    paths: dict[str, set[str]] = {}
    for method, path, _ in operations(spec).values():
        paths.setdefault(path, set()).add(method)
    for path, methods in paths.items():
        for method in {"GET", "PUT", "POST", "DELETE", "PATCH"} - methods:
            response = http.request(method, concrete(path))
            assert response.status_code == 405, (method, path)
            assert set(response.headers["Allow"].split(", ")) == methods


@pytest.mark.parametrize(
    "url",
    [
        "http://gateway.test/onlineagent/153",  # without the API prefix
        "http://gateway.test/agentgateway/resource",
        "/onlineagent/153/nothing",
        "/calldata/153/nothing",  # (PUT /calldata/153 is the legacy setCallAppData)
        "/agentconf/153/nothing",
        "/onlineagent/153/handshake/",
    ],
)
def test_unknown_paths_are_404(http: httpx.Client, url: str) -> None:
    response = http.get(url)
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("text/html")


def test_a_malformed_agent_id_in_the_path(desk: Desk) -> None:
    desk.signed_in()
    for agent_id in ("0153", "100", "1000000", "abc"):
        answer = desk.request("GET", f"/onlineagent/{agent_id}/agentstatus").json()
        assert answer["retcode"] == "000-002", agent_id


def test_answers_are_json_with_the_gateways_content_type(desk: Desk) -> None:
    response = desk.sign_in()
    assert response.headers["Content-Type"] == "application/json;charset=UTF-8"


def test_the_request_log(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    desk.request("GET", f"/onlineagent/{AGENT}/agentstatus")
    desk.http.get("/nowhere")
    log = sim.requests
    assert [r.operation for r in log] == [
        "signIn",
        "getAgentEvent",
        "getAgentEvent",
        "queryAgentStatus",
        None,
    ]
    assert log[0] == RequestRecord(
        "PUT", f"{PREFIX}/onlineagent/{AGENT}", "signIn", AGENT, 200, "0"
    )
    assert (log[-1].status, log[-1].retcode) == (404, None)


def test_agents_are_checked_when_added(sim: GatewaySimulator) -> None:
    assert repr(sim) == "GatewaySimulator(agents=2, signed_in=0)"
    with pytest.raises(ValueError, match="agentid"):
        sim.add_agent("99")
    with pytest.raises(SimulatorError, match="already exists"):
        sim.add_agent(AGENT)
    with pytest.raises(SimulatorError, match="no agent"):
        sim.is_signed_in("999")


def test_a_failure_inside_the_simulator_is_an_http_500(
    desk: Desk, sim: GatewaySimulator, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    def broken(*_: Any) -> Any:
        raise KeyError("bug")

    monkeypatch.setitem(sim._handlers, "queryAgentStatus", broken)
    desk.signed_in()
    response = desk.request("GET", f"/onlineagent/{AGENT}/agentstatus")
    assert response.status_code == 500
    assert "queryAgentStatus failed" in caplog.text
    assert desk.request("GET", f"/calldata/{AGENT}/callinfo").json()["retcode"] == "0"
