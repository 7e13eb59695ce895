"""Issue 12: received models read absent and null as None; request models keep UNSET."""

from __future__ import annotations

import pydoc
import re
from typing import Any

import attrs

from cec_agentgateway import UNSET, CallInfo, CallType, SignInResult, Unset
from cec_agentgateway.generated import models
from cec_agentgateway.generated.models import CallOutRequest, QueryConfInfosResponse


def test_absent_and_null_both_read_as_none() -> None:
    assert CallInfo.from_dict({}).callfeature is None
    assert CallInfo.from_dict({"callfeature": None}).callfeature is None
    assert CallInfo.from_dict({"callfeature": 0}).callfeature is CallType(0)
    assert CallInfo.from_dict({}).callid is None
    assert CallInfo.from_dict({"caller": 70004}).caller == "70004"


def test_is_set_tells_absent_from_null() -> None:
    absent, null = CallInfo.from_dict({}), CallInfo.from_dict({"userPriority": None})
    assert not absent.is_set("user_priority")
    assert null.is_set("user_priority")
    assert CallInfo.from_dict({"userPriority": 3}).is_set("user_priority")
    assert CallInfo(callid="1-2").is_set("callid")
    assert not CallInfo(callid="1-2").is_set("caller")


def test_to_dict_gives_back_exactly_what_was_received() -> None:
    wire: dict[str, Any] = {
        "callid": "1476838963-224",
        "calldata": None,
        "begintime": "",
        "userPriority": None,
        "trace": None,
        "somethingNew": 1,
    }
    assert CallInfo.from_dict(wire).to_dict() == wire
    assert CallInfo.from_dict({}).to_dict() == {}
    answer = {
        "retcode": "0",
        "message": "",
        "result": {"confs": [{"confId": 1, "addresses": None}]},
    }
    assert QueryConfInfosResponse.from_dict(answer).to_dict() == answer


def test_a_model_built_in_code_sends_only_what_has_a_value() -> None:
    assert CallInfo(callid="1-2").to_dict() == {"callid": "1-2"}
    assert CallInfo(callid="1-2") == CallInfo.from_dict({"callid": "1-2", "caller": None})


def test_request_models_never_send_what_the_caller_did_not_set() -> None:
    request = CallOutRequest(called="70004")
    assert request.caller is UNSET and isinstance(request.caller, Unset)
    assert request.to_dict() == {"called": "70004"}
    assert repr(UNSET) == "UNSET"


def test_help_shows_the_field_meanings_and_no_unset_object() -> None:
    text = pydoc.render_doc(CallInfo, renderer=pydoc.plaintext)
    assert "<Unset object" not in text and "Unset" not in text
    assert "Attributes:" in text
    assert re.search(r"callid \(str \| None\): Call ID", text)
    assert "Wire name: `userPriority`" in text
    assert "Unset object at" not in pydoc.render_doc(CallOutRequest, renderer=pydoc.plaintext)


def test_every_received_model_defaults_to_none_and_no_unset() -> None:
    received = [
        getattr(models, name) for name in models.__all__ if hasattr(getattr(models, name), "is_set")
    ]
    assert SignInResult in received and CallOutRequest not in received
    assert len(received) > 50
    for model in received:
        for field in model.__attrs_attrs__:
            if field.init and field.default is not attrs.NOTHING:  # optional fields
                assert field.default is None, (model.__name__, field.name)
        annotations = " ".join(str(a) for a in model.__annotations__.values())
        assert "Unset" not in annotations, model.__name__


def test_request_schemas_are_the_ones_the_template_treats_as_requests(spec: dict[str, Any]) -> None:
    """model.py.jinja treats *Request and SignInOptions as requests; the spec must agree."""
    schemas = spec["components"]["schemas"]

    def reachable(node: Any, found: set[str]) -> set[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and value.startswith("#/components/schemas/"):
                    name = value.rsplit("/", 1)[1]
                    if name not in found:
                        found.add(name)
                        reachable(schemas[name], found)
                else:
                    reachable(value, found)
        elif isinstance(node, list):
            for value in node:
                reachable(value, found)
        return found

    in_requests: set[str] = set()
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                reachable(operation["requestBody"], in_requests)
    objects = {
        n for n in in_requests if schemas[n].get("type") == "object" or "properties" in schemas[n]
    }
    by_rule = {n for n in schemas if n.endswith("Request") or n == "SignInOptions"}
    assert objects <= by_rule  # no request object is decoded as a received model
    assert by_rule <= in_requests  # and no received model keeps UNSET


def test_a_signed_in_agent_always_has_its_sign_in_result() -> None:
    from cec_agentgateway import AgentGateway, AsyncSignedInAgent, SignedInAgent
    from cec_agentgateway.simulator import GatewaySimulator

    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="secret", phone="40038")
    gw = AgentGateway(transport=sim.transport())
    with gw, gw.sign_in("153", password="secret", phone="40038") as agent:
        assert isinstance(agent, SignedInAgent)
        assert isinstance(agent.sign_in_result, SignInResult)
        sim.offer_call("153", caller="70004")
        call = agent.call_info(include_last_call=True)
        assert call is not None and call.callid is not None
        assert call.caller == "70004"
        sim.end_call("153")
    prop = AsyncSignedInAgent.__dict__["sign_in_result"]
    assert prop.fget.__annotations__["return"] in ("SignInResult", SignInResult)
