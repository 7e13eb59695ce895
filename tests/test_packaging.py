"""One wheel holds the overlay and the generated client, and it works without the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    hatchling = shutil.which("hatchling", path=str(Path(sys.executable).parent))
    assert hatchling, "hatchling is installed by scripts/_env.sh"
    subprocess.run(
        [hatchling, "build", "-t", "wheel", "-d", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("cec_agentgateway-*.whl")
    return built


def test_wheel_holds_overlay_and_generated_code(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cec_agentgateway/__init__.py" in names
    assert "cec_agentgateway/py.typed" in names
    assert "cec_agentgateway/generated/spec_extensions.py" in names
    assert "cec_agentgateway/generated/api/agentconf/request_agent_conf.py" in names
    assert "cec_agentgateway/generated/models/reason_code.py" in names
    generated_files = {
        p.relative_to(REPO / "generated").as_posix()
        for p in (REPO / "generated").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    shipped = {n.removeprefix("cec_agentgateway/generated/") for n in names}
    assert generated_files <= shipped
    top_level = {n.split("/")[0] for n in names}
    assert top_level == {"cec_agentgateway", wheel.name.split("-py3")[0] + ".dist-info"}


def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (meta,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(meta).decode()
    assert "Name: cec-agentgateway" in text
    assert "Requires-Python: >=3.11" in text
    requires = sorted(line for line in text.splitlines() if line.startswith("Requires-Dist:"))
    assert requires == [
        "Requires-Dist: attrs>=22.2.0",
        "Requires-Dist: httpx<0.29.0,>=0.23.1",
        "Requires-Dist: sniffio>=1.1",
    ]


def test_installed_wheel_imports_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import cec_agentgateway as c, cec_agentgateway.generated.api.calldata.query_call_info\n"
        f"assert c.__file__.startswith({str(target)!r}), c.__file__\n"
        "assert c.ReasonCode(90).name == 'UNKNOWN_90'\n"
        "print(c.__version__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert done.stdout.strip() == project["version"]
