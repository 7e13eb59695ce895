"""Call each of the five operations against a replay of the examples in openapi.yaml.

Runs entirely in-process (httpx.MockTransport): no gateway, no network.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import yaml

from cec_agentgateway.generated import Client
from cec_agentgateway.generated.api.agentconf import query_conf_infos, request_agent_conf
from cec_agentgateway.generated.api.calldata import query_call_app_data, query_call_info
from cec_agentgateway.generated.api.onlineagent import sync_agent_info
from cec_agentgateway.generated.models import QueryConfInfosRequest, RequestAgentConfRequest

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"
BASE = "https://gateway.invalid:8043/agentgateway/resource"


def replay_transport(spec: dict[str, Any]) -> httpx.MockTransport:
    """Answers each documented operation with the 200 example the document records."""
    routes = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            pattern = re.compile(
                "^/agentgateway/resource" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
            )
            example = op["responses"]["200"]["content"]["application/json"]["example"]
            routes.append((method.upper(), pattern, example))

    def handle(request: httpx.Request) -> httpx.Response:
        for method, pattern, example in routes:
            if request.method == method and pattern.match(request.url.path):
                return httpx.Response(200, json=example)
        return httpx.Response(404, text="no such operation")

    return httpx.MockTransport(handle)


def main() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    client = Client(base_url=BASE)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=replay_transport(spec)))
    agent = "153"

    confs = query_conf_infos.sync(
        agent, client=client, body=QueryConfInfosRequest(conf_ids=[1029888])
    )
    for conf in confs.result.confs:
        print(f"conference {conf.conf_id}: {conf.conf_state.name}, {len(conf.addresses)} parties")
        for party in conf.addresses:
            print(f"  {party.address_type.name:>12} {party.address:>6}  {party.role.name}")

    applied = request_agent_conf.sync(
        agent, client=client, body=RequestAgentConfRequest(member_num=4)
    )
    print(f"conference requested: retcode {applied.retcode} ({applied.retcode.description})")

    info = query_call_info.sync(agent, client=client, is_no_contain_last_call=True).result
    print(f"call {info.callid}: {info.caller} -> {info.called}, {info.callfeature.description}")
    print(f"  trace: {info.trace.device_type.name}, entered: {info.trace.enter_reason.description}")

    data = query_call_app_data.sync(agent, client=client, call_id=info.callid)
    print(f"call data: {data.result!r}")

    state = sync_agent_info.sync(agent, client=client).result.agent_state_info
    print(
        f"agent {state.work_no}: {state.state.name} ({state.state.description}), "
        f"last {state.last_state.name}, command {state.cur_command.name}"
    )


if __name__ == "__main__":
    main()
