"""cec-agentgw wallboard: the live table of queues and agents, on a terminal and not."""

from __future__ import annotations

import argparse
import io

from cec_agentgateway import AgentGateway
from cec_agentgateway._cli._wallboard import wallboard
from tests.cli.conftest import AGENT, Gateway


def _queues(gateway: Gateway) -> None:
    gateway.sim.add_skill(1, "voice", waiting=3, longest_wait=40)
    gateway.sim.add_skill(2, "webchat", media_type=51)
    gateway.sim.set_agent_group(AGENT, "Hotline")


def test_once_prints_one_round_as_plain_lines(gateway: Gateway) -> None:
    _queues(gateway)
    gateway.signed_in()
    result = gateway.run("wallboard", "--once", "--skills", "1,2,9")
    assert result.status == 0, result.err
    assert "\x1b[" not in result.out  # no ANSI when stdout is no terminal
    lines = result.out.splitlines()
    assert lines[0].startswith(f"wallboard of agent {AGENT} - round 1 - ")
    row = next(line for line in lines if line.split()[:2] == ["1", "voice"])
    assert row.split()[2:4] == ["3", "40s"]
    assert any(line.split()[:2] == ["2", "webchat"] for line in lines)
    assert any(line.split()[0] == "9" and "not listed" in line for line in lines)
    assert any(line.split()[:1] == [AGENT] and "IDLE" in line for line in lines)
    asked = [r for r in gateway.sim.requests if r.operation == "queryAcdStat"]
    assert len(asked) == 1  # the three skills in one query


def test_without_skills_it_shows_every_queue_and_the_groups(gateway: Gateway) -> None:
    _queues(gateway)
    gateway.signed_in()
    result = gateway.run(
        "wallboard", "--rounds", "2", "--interval", "0.01", "--groups", "1", "--no-agents"
    )
    assert result.status == 0, result.err
    blocks = [b for b in result.out.split("\n\n") if b.strip()]
    assert [b.splitlines()[0].split(" - ")[1] for b in blocks] == ["round 1", "round 2"]
    assert "agents of the VCC" not in result.out
    assert "group 1:" in blocks[0] and "Hotline" in blocks[0]
    assert "voice" in blocks[1] and "webchat" in blocks[1]


def test_bad_arguments_are_usage_errors_with_nothing_sent(gateway: Gateway) -> None:
    gateway.signed_in()
    before = len(gateway.sim.requests)
    bad = (["--skills", "one"], ["--skills", "-1"], ["--interval", "0"], ["--rounds", "0"])
    for argv in bad:
        result = gateway.run("wallboard", "--once", *argv)
        assert result.status == 2, argv
    assert len(gateway.sim.requests) == before


class Terminal(io.StringIO):
    """A terminal that the user interrupts (Ctrl-C) after ``rounds`` tables."""

    def __init__(self, rounds: int) -> None:
        super().__init__()
        self.rounds = rounds

    def isatty(self) -> bool:
        return True

    def flush(self) -> None:
        if self.getvalue().count("\x1b[H\x1b[2J") >= self.rounds:
            self.rounds = 10**9
            raise KeyboardInterrupt


def test_on_a_terminal_it_redraws_in_place_and_ctrl_c_ends_cleanly(gateway: Gateway) -> None:
    _queues(gateway)
    guid = gateway.signed_in()
    args = argparse.Namespace(
        skills=[1], groups=[], no_agents=False, interval=0.01, once=False, rounds=None
    )
    terminal = Terminal(rounds=3)
    with AgentGateway(gateway.url) as gw:
        status = wallboard(gw.agent(AGENT, guid=guid), args, terminal)
    assert status == 0
    text = terminal.getvalue()
    assert text.count("\x1b[H\x1b[2J") == 3  # each round drawn over the previous one
    assert text.startswith("\x1b[?25l") and text.endswith("\x1b[?25h")  # the cursor is back
    assert "round 3" in text
