"""Fixtures for the simulator's tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from cec_agentgateway.simulator import GatewaySimulator, ManualClock
from tests.simulator.helpers import BASE_URL, Desk, make_simulator


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1_000.0)


@pytest.fixture
def sim(clock: ManualClock) -> GatewaySimulator:
    return make_simulator(clock)


@pytest.fixture
def http(sim: GatewaySimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=BASE_URL, transport=sim.transport()) as client:
        yield client


@pytest.fixture
def desk(http: httpx.Client) -> Desk:
    return Desk(http)
