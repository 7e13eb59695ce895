"""Fixtures that run each overlay test against the sync and the async client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGateway, AsyncAgentGateway
from tests.overlay.fakes import BASE, FakeGateway, SyncView


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def connect(mode: str) -> Callable[..., Any]:
    """connect(fake, **options) -> a gateway (sync, or async behind a SyncView)."""

    def make(fake: FakeGateway, **options: Any) -> Any:
        options.setdefault("retry_backoff", (0.0, 0.0))
        if mode == "sync":
            return AgentGateway(BASE, transport=httpx.MockTransport(fake), **options)
        return SyncView(AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake), **options))

    return make
