"""Quick-start demo: the overlay client against a replay of the examples in openapi.yaml.

Runs entirely in-process (httpx.MockTransport): no gateway, no network.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import yaml

from cec_agentgateway import AgentGateway, NotAuthorizedError

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"


def replay_transport(spec: dict[str, Any]) -> httpx.MockTransport:
    """Answers each documented operation with the 200 example the document records.

    The first answer also rotates the session Guid, as a gateway in dynamic mode does; a
    request for agent 999 is refused with retcode 100-006 (not signed in).
    """
    routes = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            pattern = re.sub(r"\{[^}]+\}", "[^/]+", path)
            example = op["responses"]["200"]["content"]["application/json"]["example"]
            routes.append(
                (method.upper(), re.compile(f"^/agentgateway/resource{pattern}$"), example)
            )
    rotated = False

    def handle(request: httpx.Request) -> httpx.Response:
        nonlocal rotated
        if "/999/" in request.url.path:
            return httpx.Response(200, json={"message": "agent not login", "retcode": "100-006"})
        for method, pattern, example in routes:
            if request.method == method and pattern.match(request.url.path):
                headers = {} if rotated else {"Set-GUID": "JSESSIONID=rotated-guid.AgentGateway0"}
                rotated = True
                return httpx.Response(200, json=example, headers=headers)
        return httpx.Response(404, text="no such operation")

    return httpx.MockTransport(handle)


def main() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    with AgentGateway("https://cc-gateway.invalid:8043", transport=replay_transport(spec)) as gw:
        agent = gw.agent(
            "153",
            guid="guid-from-sign-in.AgentGateway0",
            on_guid_change=lambda guid: print("  (the gateway rotated the Guid)"),
        )
        print(agent)

        for conf in agent.query_conferences([1029888]):
            print(
                f"conference {conf.conf_id}: {conf.conf_state.description} "
                f"started {conf.start_time_at:%Y-%m-%d %H:%M} UTC, "
                f"{conf.conf_have_been_time_duration} of {conf.apply_conf_time_duration}"
            )
            for party in conf.addresses:
                print(
                    f"  {party.address_type.name:>12} {party.address:>6}  {party.role.description}"
                )

        agent.request_conference(4, time=50)
        print("conference requested; the outcome arrives as AgentConf_* events")

        info = agent.call_info(include_last_call=True)
        if info is not None:
            print(f"call {info.callid}: {info.caller} -> {info.called}")
            print(f"  type: {info.callfeature.description}")
            print(
                f"  answered {info.trace.answer_begin_time_at:%H:%M:%S} UTC, "
                f"entered because: {info.trace.enter_reason.description}"
            )
            print(f"  call data: {agent.call_app_data(info.callid)!r}")

        state = agent.sync_state()
        if state is not None:
            s = state.agent_state_info
            print(
                f"agent {s.work_no}: {s.state.description} since "
                f"{s.agent_state_begin_time_at:%Y-%m-%d %H:%M:%S} UTC"
            )
        print(agent)

        try:
            gw.agent("999", guid="stale").call_info()
        except NotAuthorizedError as error:
            print(f"agent 999: {error} -> sign in again: {error.requires_sign_in}")


if __name__ == "__main__":
    main()
