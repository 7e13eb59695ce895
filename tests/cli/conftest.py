"""Fixtures for the command-line tests: a loopback simulator and an in-process runner."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cec_agentgateway._cli import main
from cec_agentgateway.simulator import GatewaySimulator

AGENT, PASSWORD, PHONE = "153", "pa55-Wörd", "40038"


@dataclass
class Result:
    status: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]

    def error(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.err.strip().splitlines()[-1])
        return loaded


@dataclass
class Gateway:
    sim: GatewaySimulator
    url: str
    guid_file: Path

    @property
    def env(self) -> dict[str, str]:
        return {
            "CEC_AGENTGW_URL": self.url,
            "CEC_AGENTGW_AGENT_ID": AGENT,
            "CEC_AGENTGW_PASSWORD": PASSWORD,
            "CEC_AGENTGW_GUID_FILE": str(self.guid_file),
            "CEC_AGENTGW_PHONE": PHONE,
        }

    def run(self, *argv: str, env: dict[str, str] | None = None) -> Result:
        """Run ``cec-agentgw argv`` in-process with this gateway's environment."""
        out, err = io.StringIO(), io.StringIO()
        status = main(list(argv), environ=self.env if env is None else env, stdout=out, stderr=err)
        return Result(status, out.getvalue(), err.getvalue())

    def signed_in(self) -> str:
        """Sign the agent in (detached) and return its Guid, as the simulator knows it."""
        result = self.run("sign-in", "--detach")
        assert result.status == 0, result.err
        guid = self.sim.guid(AGENT)
        assert guid is not None
        return guid


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Gateway]:
    sim = GatewaySimulator(poll_wait=0.2, guid_rotation=None)
    sim.add_agent(AGENT, password=PASSWORD, phone=PHONE)
    with sim.serve() as server:
        yield Gateway(sim, server.url, tmp_path / "guid")
