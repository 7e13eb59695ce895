"""docs/cli.md's reference is generated from the parser; help is written for a shell user."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cec_agentgateway._cli import build_parser, command_help
from cec_agentgateway._cli._commands import AGENT_COMMANDS, Command
from cec_agentgateway._cli._help import HELP
from cec_agentgateway._cli._reference import BEGIN, END, markdown

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "docs" / "cli.md"

# What a Python docstring says and a shell user cannot act on.
PYTHONIC = re.compile(
    r"\bNone\b|\bTrue\b|\bFalse\b|:meth:|:class:|``|\breturns? (the|a)\b|\bhandle\b"
    r"|\bif [a-z]+_[a-z_]+\b|\b[a-z]+_[a-z_]+\b"
)


def test_docs_cli_md_is_up_to_date() -> None:
    text = PAGE.read_text(encoding="utf-8")
    generated = text[text.index(BEGIN) : text.index(END) + len(END)]
    assert generated == markdown(), "run: python scripts/cli_reference.py"
    check = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "cli_reference.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_every_subcommand_is_in_the_reference() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for command in AGENT_COMMANDS:
        assert f"| `{command.name}` |" in text, command.name
    for name in ("sign-in", "events", "simulate", "spec", "demo"):
        assert f"| `{name}` |" in text, name


def test_every_subcommand_has_help_of_its_own() -> None:
    """Not the fallback: the first line of a Python docstring."""
    names = {command.name for command in AGENT_COMMANDS}
    assert set(HELP) <= names, set(HELP) - names  # no stale entries
    missing = [c.name for c in AGENT_COMMANDS if not c.help and c.name not in HELP]
    assert missing == []


@pytest.mark.parametrize("command", AGENT_COMMANDS, ids=lambda c: c.name)
def test_help_is_written_for_a_shell_user(command: Command) -> None:
    text = command_help(command)
    assert not PYTHONIC.search(text), text
    for param in command.params:
        assert not PYTHONIC.search(param.help_text.replace(param.name, "")), param.help_text


def test_the_fallback_would_be_caught() -> None:
    """The check above can fail: docstring lines are refused."""
    assert PYTHONIC.search("queryCallInfo: the current call, or the last one; else None.")
    assert PYTHONIC.search("callout: call called and return the call handle.")
    assert PYTHONIC.search("the data attached to a call (call_id is needed for multimedia)")
    assert PYTHONIC.search("return once the call is connected") is None  # exit, for a shell


def test_set_auto_answer_help_says_what_the_values_do() -> None:
    parsers = {
        name: parser
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name, parser in action.choices.items()
    }
    text = " ".join(parsers["set-auto-answer"].format_help().split())
    assert "answer offered calls at once (true) or let them ring (false)" in text.lower()
    assert "true: answer at once; false: ring" in text
