"""scripts/demo, the README's first command: the demo without the development environment.

It keeps a run-time-only venv (scripts/demo_env.py). The install itself needs the package
index, so these tests check what it would install (``--plan``, and the plan's own pieces),
and run the real script against a prepared environment that has no pip at all: a run that
tried to install anything there would fail.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "demo"


def _demo_env() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demo_env", REPO / "scripts" / "demo_env.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["demo_env"] = module
    spec.loader.exec_module(module)
    return module


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", line.strip(), maxsplit=1)[0].lower() for line in requirements}


def _dev_requirements() -> set[str]:
    lines = (REPO / "scripts" / "requirements-dev.txt").read_text(encoding="utf-8").splitlines()
    return _names([line for line in lines if line.strip() and not line.startswith(("#", "-"))])


def _env(demo_venv: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")},
        "CEC_DEMO_VENV": str(demo_venv),
        "PYTHON": sys.executable,
    }


def test_the_script_does_not_build_the_development_environment() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert "_env.sh" not in text
    assert "requirements-dev" not in (REPO / "scripts" / "demo_env.py").read_text("utf-8")


@pytest.mark.parametrize("outer_pip", [True, False])
def test_it_installs_the_run_time_dependencies_of_pyproject_and_nothing_else(
    outer_pip: bool,
) -> None:
    with (REPO / "pyproject.toml").open("rb") as file:
        wanted = tomllib.load(file)["project"]["dependencies"]
    plan = _demo_env().plan({"CEC_DEMO_VENV": "/nonexistent/demo-venv"})
    command = plan.install_command(outer_pip)
    arguments = command[command.index("install") + 1 :]  # a marker holds spaces: no split
    # The venv's own pip, or this interpreter's aimed at the venv: either installs there.
    if outer_pip:
        assert command[:5] == [sys.executable, "-m", "pip", "--python", str(plan.python)]
    else:
        assert command[:3] == [str(plan.python), "-m", "pip"]
    packages = [part for part in arguments if not part.startswith("-")]
    assert packages == wanted
    assert not plan.ready
    # The dependencies are a handful of small packages; none of the maintainers' tools.
    assert not _names(packages) & (_dev_requirements() - _names(wanted))


def test_every_run_time_dependency_is_pinned_for_the_development_environment() -> None:
    # scripts/_env.sh installs the package with --no-deps: a run-time dependency missing from
    # requirements-dev.txt is absent from .venv on a fresh clone (mypy then cannot find it).
    with (REPO / "pyproject.toml").open("rb") as file:
        wanted = _names(tomllib.load(file)["project"]["dependencies"])
    assert wanted <= _dev_requirements(), sorted(wanted - _dev_requirements())


def test_plan_prints_without_touching_anything(tmp_path: Path) -> None:
    target = tmp_path / "demo-venv"
    done = subprocess.run(
        [str(SCRIPT), "--plan", "supervisor"],
        env=_env(target),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["ready"] is False
    assert shown["install"][-3:] == list(_demo_env().runtime_dependencies())[-3:]
    assert shown["run"][-3:] == ["cec_agentgateway", "demo", "supervisor"]
    assert not target.exists()


def test_a_changed_dependency_list_makes_the_environment_again(tmp_path: Path) -> None:
    module = _demo_env()
    target = tmp_path / "demo-venv"
    venv.create(target, with_pip=False)
    plan = module.plan({"CEC_DEMO_VENV": str(target)})
    assert not plan.ready  # no stamp yet
    (target / module.STAMP).write_text(plan.stamp + "\n", encoding="utf-8")
    assert module.plan({"CEC_DEMO_VENV": str(target)}).ready
    (target / module.STAMP).write_text("an older dependency list\n", encoding="utf-8")
    assert not module.plan({"CEC_DEMO_VENV": str(target)}).ready


def test_a_prepared_environment_runs_the_demo_without_installing(tmp_path: Path) -> None:
    module = _demo_env()
    target = tmp_path / "demo-venv"
    venv.create(target, with_pip=False)  # no pip: an install attempt would fail
    plan = module.plan({"CEC_DEMO_VENV": str(target)})
    # What prepare() leaves behind: the checkout's overlay on the path, the stamp. The
    # run-time dependencies are borrowed from the interpreter running the tests.
    site = module.site_packages(plan.python)
    borrowed = sysconfig.get_paths()["purelib"]
    (site / module.PTH).write_text(f"{REPO / 'overlay'}\n{borrowed}\n", encoding="utf-8")
    (target / module.STAMP).write_text(plan.stamp + "\n", encoding="utf-8")

    done = subprocess.run(
        [str(SCRIPT), "--rotation", "0.5"],
        env=_env(target),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "in a call:" in done.stdout
    assert "signed out" in done.stdout
    assert "creating" not in done.stderr
    assert not list(target.rglob("pip/__init__.py"))
