"""One version everywhere: pyproject.toml, the package, the spec's info.version, CHANGELOG."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import cec_agentgateway

REPO = Path(__file__).resolve().parents[1]


def test_package_spec_and_changelog_carry_the_same_version(spec: dict[str, Any]) -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = project["version"]
    assert cec_agentgateway.__version__ == version
    assert spec["info"]["version"] == version
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"### {version}" in changelog, f"CHANGELOG.md has no section for {version}"
