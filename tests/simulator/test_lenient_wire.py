"""Lenient where the wire is: what real clients send is accepted, answers speak the gateway's
language, and error envelopes come in each shape gateways are seen sending."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGateway, RepeatedRequestError, RetcodeError
from cec_agentgateway.simulator import GatewaySimulator, ManualClock
from tests.simulator.helpers import AGENT, BASE_URL, PASSWORD, PHONE, Desk, make_simulator

# Sign-in bodies as public clients send them (../shared/reference/wider-api.md, row 5 and 6).
REAL_SIGN_INS = {
    # l0ady/HuaweiMiddleware: phonenum as a number, booleans as -1, no Guid handling.
    "node-middleware": {
        "password": PASSWORD,
        "phonenum": int(PHONE),
        "autoanswer": -1,
        "autoenteridle": -1,
        "status": 4,
    },
    # Huawei's Java demo and javadoc samples: numbers and booleans as strings.
    "java-demo": {
        "password": PASSWORD,
        "phonenum": PHONE,
        "status": "4",
        "agenttype": "4",
        "releasephone": "false",
        "autoanswer": "true",
    },
    # Huawei's C# demo: unset strings serialised as null, booleans always sent.
    "csharp-demo": {
        "password": PASSWORD,
        "phonenum": PHONE,
        "entryIp": None,
        "vcPhoneNumber": None,
        "autoenteridle": False,
        "phonelinkage": False,
    },
    # The legacy push receiver field, which the spec does not describe.
    "java-push": {"password": PASSWORD, "phonenum": PHONE, "pushUrl": "http://crm/events"},
}


@pytest.mark.parametrize("client", sorted(REAL_SIGN_INS))
def test_every_public_clients_sign_in_body_is_accepted(desk: Desk, client: str) -> None:
    body = REAL_SIGN_INS[client]
    response = desk.http.put(f"/onlineagent/{AGENT}", content=json.dumps(body))
    assert response.json()["retcode"] == "0", response.json()
    assert response.headers["Set-GUID"].startswith("JSESSIONID=")


def test_the_node_middlewares_booleans_count_as_true(desk: Desk, sim: GatewaySimulator) -> None:
    desk.http.put(f"/onlineagent/{AGENT}", json=REAL_SIGN_INS["node-middleware"])
    desk.guid = sim.guid(AGENT)
    desk.drain()
    sim.offer_call(AGENT)  # autoanswer -1 is true: answered at once
    assert "AgentEvent_Talking" in [e["eventType"] for e in desk.drain()]


@pytest.mark.parametrize(
    "content_type",
    [
        "application/json;charset=UTF-8",
        "application/json; charset=UTF-8",
        "application/json",
        "APPLICATION/JSON; CHARSET=utf-8",
        None,
    ],
)
def test_any_json_content_type_or_none(http: httpx.Client, content_type: str | None) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    body = json.dumps({"password": PASSWORD, "phonenum": PHONE}).encode()
    answer = http.put(f"/onlineagent/{AGENT}", content=body, headers=headers)
    assert answer.json()["retcode"] == "0"


@pytest.mark.parametrize("name", ["Guid", "guid", "GUID", "gUiD"])
def test_the_guid_header_in_any_case(desk: Desk, http: httpx.Client, name: str) -> None:
    desk.signed_in()
    assert desk.guid is not None
    answer = http.get(f"/onlineagent/{AGENT}/agentstatus", headers={name: desk.guid})
    assert answer.json()["retcode"] == "0"


@pytest.mark.parametrize(
    "body",
    [
        {"password": PASSWORD, "phonenum": PHONE, "status": 7},
        {"password": PASSWORD, "phonenum": PHONE, "agenttype": "x"},
        {"password": PASSWORD, "phonenum": PHONE, "autoanswer": [1]},
        {"password": PASSWORD, "phonenum": ["40038"]},
        {"password": PASSWORD},
        {"password": PASSWORD, "phonenum": PHONE, "status": "\u0664"},  # Arabic-Indic 4
    ],
)
def test_messages_speak_the_gateways_language(desk: Desk, body: dict[str, Any]) -> None:
    answer = desk.http.put(f"/onlineagent/{AGENT}", json=body).json()
    assert answer["retcode"] != "0"
    message = answer["message"]
    assert re.fullmatch(r"the parameter \w+ is (invalid|empty)", message), message
    for python in ("int", "str", "bool", "list", "NoneType", "got ", "sent as", "keyword"):
        assert python not in message.split(), message


def test_a_body_nested_too_deeply_is_refused_unparsed(desk: Desk) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = desk.http.put(f"/onlineagent/{AGENT}", content=deep).json()
    assert (answer["retcode"], answer["message"]) == (
        "100-001",
        "the message body is nested too deeply",
    )
    nested = {"password": PASSWORD, "phonenum": PHONE, "x": [[["deep but fine"]]]}
    assert desk.http.put(f"/onlineagent/{AGENT}", json=nested).json()["retcode"] == "0"


# ---------------------------------------------------------------------- error envelopes


@pytest.mark.parametrize(("shape", "result"), [("null", None), ("absent", ...), ("empty", "")])
def test_error_envelopes_in_each_shape(clock: ManualClock, shape: Any, result: Any) -> None:
    sim = make_simulator(clock, error_result=shape)
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as http:
        desk = Desk(http).signed_in()
        refused = desk.request("DELETE", f"/voicecall/{AGENT}/release").json()
        poll_refused = http.get(f"/agentevent/{AGENT}", headers={"Guid": "nope"}).json()
    assert refused["retcode"] == "200-017"
    assert refused.get("result", ...) == result
    assert "result" not in poll_refused  # polls never carry one


@pytest.mark.parametrize("shape", ["null", "absent", "empty"])
def test_the_client_raises_the_typed_error_for_each_shape(clock: ManualClock, shape: Any) -> None:
    sim = make_simulator(clock, error_result=shape)
    with (
        AgentGateway(
            BASE_URL.removesuffix("/agentgateway/resource"), transport=sim.transport()
        ) as gw,
        gw.sign_in(AGENT, password=PASSWORD, phone=PHONE) as agent,
    ):
        with pytest.raises(RetcodeError) as raised:
            agent.release()
        assert raised.value.retcode == "200-017"
        for _ in range(5):
            agent.queue.waiting()
        with pytest.raises(RepeatedRequestError) as limited:
            agent.queue.waiting()
        assert limited.value.retcode == "000-007"


def test_an_unknown_error_result_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="error_result"):
        GatewaySimulator(error_result="zero")  # type: ignore[arg-type]
