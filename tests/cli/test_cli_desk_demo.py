"""``cec-agentgw demo desk``: the live desk's model of an agent's day, printed as it changes."""

from __future__ import annotations

import io
import re

from cec_agentgateway import AgentDesk
from cec_agentgateway._agent import Agent
from cec_agentgateway._cli import main
from cec_agentgateway._demo_desk import run
from cec_agentgateway.simulator import GatewaySimulator


def test_the_desk_demo_prints_the_models_changes() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["demo", "desk"], environ={}, stdout=out, stderr=err) == 0, err.getvalue()
    text = out.getvalue()
    for pattern in (
        r"ringing +call \S+ ringing +70004 -> 60015",
        r"held +call \S+ held +70004",
        r"connected +call \S+ consulting +153 -> 154",
        r"connected +call \S+ conference +70004 .* with 154, 70004",
        r"ended +call \S+ ended +70004 .*the customer hung up \(customer\)$",
        r"ended +call \S+ ended +70005 .*MISSED$",
        r"agent +TALKING \(pending: BUSY\)",
        r"agent +TALKING -> BUSY \(cause 201\)",
        r"chat +\S+ connected with alice",
        r"chat +\S+ ended with alice",
        r"the new desk shows call \S+ talking +70007 -> 60015, agent TALKING",
        r"agent +IDLE -> SIGNED_OUT",
        r"push mode: its events are pushed",
        r"ringing +call \S+ ringing +70008",
        r"ended +call \S+ ended +70008 .*the customer hung up",
        r"the receiver acknowledged [1-9]\d* pushed batches",
        r"^the day is over$",
    ):
        assert re.search(pattern, text, re.MULTILINE), pattern
    assert text.count("the model was rebuilt from the gateway (start)") == 3
    # Only the call that rang and ended unanswered is missed.
    assert text.count("MISSED") == 1


def test_the_event_source_is_a_parameter() -> None:
    made: list[str] = []

    def desk_for(sim: GatewaySimulator, agent: Agent) -> AgentDesk:
        made.append(agent.agent_id)
        return AgentDesk(agent)

    out = io.StringIO()
    run(out, desk_for=desk_for)
    assert made == ["153", "153"]  # the first desk, and the one after the restart
    assert out.getvalue().rstrip().endswith("the day is over")
