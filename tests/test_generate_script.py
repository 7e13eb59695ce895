"""scripts/generate checks the spec before it writes anything, and names what is wrong."""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]


def _spec_extensions() -> Any:
    loaded = importlib.util.spec_from_file_location(
        "spec_extensions", REPO / "scripts" / "spec_extensions.py"
    )
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def _unused_reason_code(spec: dict[str, Any]) -> int:
    return max(spec["components"]["schemas"]["ReasonCode"]["enum"]) + 1


def test_a_value_without_varname_and_description_is_named(python_view: dict[str, Any]) -> None:
    module = _spec_extensions()
    broken = copy.deepcopy(python_view)
    new = _unused_reason_code(python_view)
    broken["components"]["schemas"]["ReasonCode"]["enum"].append(new)
    with pytest.raises(module.SpecError) as caught:
        module.enum_descriptions(broken)
    message = str(caught.value)
    assert message.startswith("ReasonCode: ")
    assert f"{new} (position" in message
    assert "has no x-enum-varnames and no x-enum-descriptions entry" in message


def test_a_value_of_the_wrong_type_is_named(python_view: dict[str, Any]) -> None:
    module = _spec_extensions()
    broken = copy.deepcopy(python_view)
    reason = broken["components"]["schemas"]["ReasonCode"]
    reason["enum"][-1] = str(reason["enum"][-1])
    with pytest.raises(module.SpecError) as caught:
        module.enum_descriptions(broken)
    assert f"ReasonCode: enum value {reason['enum'][-1]!r} is a str" in str(caught.value)


@pytest.mark.skipif(sys.platform == "win32", reason="a bash script")
def test_generate_leaves_generated_alone_when_the_spec_is_broken(
    tmp_path: Path, spec: dict[str, Any]
) -> None:
    for name in ("scripts", "generated"):
        shutil.copytree(REPO / name, tmp_path / name, symlinks=True)
    for name in ("pyproject.toml",):
        shutil.copy(REPO / name, tmp_path / name)
    broken = copy.deepcopy(spec)
    new = _unused_reason_code(spec)
    broken["components"]["schemas"]["ReasonCode"]["enum"].append(new)
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(broken, sort_keys=False), "utf-8")
    before = {p: p.read_bytes() for p in (tmp_path / "generated").rglob("*.py")}
    venv = Path(sys.executable).parent.parent
    # scripts/_env.sh of the copy must find the venv current, or it would reinstall the
    # package from the copy: compare its stamp as _env.sh does.
    wanted = hashlib.sha256(
        (REPO / "scripts" / "requirements-dev.txt").read_bytes()
        + (REPO / "pyproject.toml").read_bytes()
    ).hexdigest()
    stamp = venv / ".cec-stamp"
    if not stamp.exists() or stamp.read_text().strip() != wanted:
        pytest.skip("the venv is not the one scripts/_env.sh made for this checkout")
    done = subprocess.run(
        ["bash", "scripts/generate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "CEC_VENV": str(venv)},
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{new} (position" in done.stderr
    assert "generated/ left as it was" in done.stderr
    after = {p: p.read_bytes() for p in (tmp_path / "generated").rglob("*.py")}
    assert after == before
