"""Many long-polling agents in one process (issue 26), the short version of ``scripts/scale``:
300 agents in one AsyncAgentGateway against the simulator in a process of its own. No time
is asserted: the figures live in ``scripts/scale``; this checks that nothing fails, that the
polls alone keep every session (the idle sign-out is shorter than the idle window), and that
the simulator holds the 300 polls with a bounded number of threads, not one each."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "scale.py"


@pytest.fixture(scope="module")
def scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scale_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts /proc/PID/task")
def test_300_polling_agents_in_one_process_without_an_error(scale: ModuleType) -> None:
    settings = scale.Settings.quick()
    figures = scale.run(settings)
    assert figures.first_errors == [] and figures.errors == 0
    assert figures.signed_in == settings.agents
    # the idle window outlasts the idle sign-out: only the polls kept the sessions
    assert settings.idle > settings.idle_timeout
    assert figures.still_signed_in == settings.agents
    assert figures.polls_per_s > 0
    # held polls hold no thread: far fewer threads than polls (one each: over 300)
    assert 0 < figures.server_threads_max <= 120
    assert set(figures.bursts_s) == set(settings.bursts)
    # each agent's polls keep their connection (a connection per poll would open thousands)
    assert figures.poll_connections_opened < settings.agents
    assert figures.bare_request_us > 0 and figures.poll_vs_bare > 0


def test_the_script_refuses_a_burst_larger_than_the_agents(
    scale: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        scale.main(["--agents", "10", "--bursts", "5,20"])
    assert "larger than --agents" in capsys.readouterr().err
