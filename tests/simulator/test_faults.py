"""Faults injected in front of the simulated gateway."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from cec_agentgateway.simulator import Fault, GatewaySimulator
from tests.simulator.helpers import AGENT, BASE_URL, Desk

STATUS = f"/onlineagent/{AGENT}/agentstatus"


def test_an_html_502_page_then_the_real_answer(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.inject(AGENT, Fault.http_error(502))
    failed = desk.request("GET", STATUS)
    assert failed.status_code == 502
    assert failed.headers["Content-Type"] == "text/html"
    assert "Bad Gateway" in failed.text
    assert desk.request("GET", STATUS).json()["retcode"] == "0"
    assert [r.injected for r in sim.requests[-2:]] == [True, False]


def test_an_empty_and_a_truncated_body(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.inject(None, Fault.empty_body())
    sim.inject(None, Fault.raw('{"message":"","retc'))
    first, second = desk.request("GET", STATUS), desk.request("GET", STATUS)
    assert (first.status_code, first.content) == (200, b"")
    assert second.content == b'{"message":"","retc'


def test_any_retcode(desk: Desk, sim: GatewaySimulator) -> None:
    desk.signed_in()
    sim.inject(AGENT, Fault.retcode("110-016"))
    sim.inject(AGENT, Fault.retcode("100-007", "Unknown ERROR._21234"))
    assert desk.request("GET", STATUS).json() == {
        "message": "The account is locked.",
        "retcode": "110-016",
        "result": None,
    }
    assert desk.request("GET", STATUS).json()["message"] == "Unknown ERROR._21234"
    assert sim.requests[-1].retcode == "100-007"


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.connect_error(), httpx.ConnectError),
        (Fault.read_timeout(), httpx.ReadTimeout),
        (Fault.disconnect(), httpx.RemoteProtocolError),
    ],
)
def test_transport_errors(
    desk: Desk, sim: GatewaySimulator, fault: Fault, error: type[Exception]
) -> None:
    desk.signed_in()
    sim.inject(AGENT, fault)
    with pytest.raises(error) as raised:
        desk.request("GET", STATUS)
    assert isinstance(raised.value, httpx.RequestError)
    assert raised.value.request.url.path.endswith("/agentstatus")
    assert sim.requests[-1].status is None


def test_faults_target_one_agent_and_count_down(http: httpx.Client, sim: GatewaySimulator) -> None:
    mine, other = Desk(http).signed_in(), Desk(http, "154").signed_in("other")
    sim.inject("154", Fault.http_error(503), times=2)
    assert mine.request("GET", STATUS).status_code == 200
    assert other.request("GET", "/onlineagent/154/agentstatus").status_code == 503
    assert other.request("GET", "/onlineagent/154/agentstatus").status_code == 503
    assert other.request("GET", "/onlineagent/154/agentstatus").status_code == 200


def test_a_faulted_request_changes_no_state(http: httpx.Client, sim: GatewaySimulator) -> None:
    sim.inject(None, Fault.connect_error())
    with pytest.raises(httpx.ConnectError):
        Desk(http).sign_in()
    assert not sim.is_signed_in(AGENT)
    assert Desk(http).sign_in().json()["retcode"] == "0"


def test_clear_faults(desk: Desk, sim: GatewaySimulator) -> None:
    sim.inject(None, Fault.http_error(), times=5)
    sim.clear_faults()
    assert desk.sign_in().status_code == 200
    with pytest.raises(ValueError):
        sim.inject(None, Fault.http_error(), times=0)


def test_faults_through_the_async_transport(sim: GatewaySimulator) -> None:
    sim.inject(None, Fault.http_error(504))
    sim.inject(None, Fault.connect_error())

    async def main() -> int:
        async with httpx.AsyncClient(base_url=BASE_URL, transport=sim.async_transport()) as http:
            status = (await http.get(STATUS)).status_code
            with pytest.raises(httpx.ConnectError):
                await http.get(STATUS)
            return status

    assert asyncio.run(main()) == 504


def test_a_fault_can_be_limited_to_one_operation(desk: Desk, sim: GatewaySimulator) -> None:
    """The event poll running beside it must not take a fault meant for another call."""
    agent = desk.signed_in()
    sim.inject(AGENT, Fault.http_error(502), operation="queryCallInfo")
    assert agent.poll().get("retcode") == "0"  # not this one
    assert agent.request("GET", f"/calldata/{AGENT}/callinfo").status_code == 502
    assert agent.request("GET", f"/calldata/{AGENT}/callinfo").status_code == 200
    with pytest.raises(ValueError, match="unknown operation"):
        sim.inject(AGENT, Fault.http_error(502), operation="noSuchOperation")
