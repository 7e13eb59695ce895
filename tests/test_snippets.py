"""The README's (and docs/*.md's) Python snippets pass mypy --strict (scripts/check_snippets.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def _checker() -> Any:
    loaded = importlib.util.spec_from_file_location(
        "check_snippets", REPO / "scripts" / "check_snippets.py"
    )
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def test_every_python_snippet_type_checks_under_mypy_strict() -> None:
    checker = _checker()
    assert len(checker.snippets()) >= 10  # the extraction finds the README's blocks
    status, report = checker.check()
    assert status == 0, report


def test_a_wrong_snippet_is_reported_with_its_readme_line(monkeypatch: pytest.MonkeyPatch) -> None:
    checker = _checker()
    wrong = (
        "call = agent.call_info()\nif call is not None:\n    print(call.callfeature.description)\n"
    )
    monkeypatch.setattr(checker, "snippets", lambda: [("README.md", 100, wrong)])
    status, report = checker.check()
    assert status != 0
    assert 'README.md:102: error: Item "None" of "CallType | None"' in report


def test_placeholders_are_declared_only_where_a_snippet_does_not_bind_them() -> None:
    checker = _checker()
    module = checker.module_for("README.md", 1, "agent = gw.agent('153', guid=guid)\n")
    assert "guid: str" in module and "gw: AgentGateway" in module
    assert "agent: SignedInAgent" not in module
