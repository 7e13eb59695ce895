"""The quick-start demo's own environment: the package and its run-time dependencies only.

``scripts/demo`` runs this file with any Python >= 3.11 (standard library only). It keeps a
small virtual environment, ``.venv-demo/`` (or ``$CEC_DEMO_VENV``), holding the run-time
dependencies that ``pyproject.toml`` lists (httpx, attrs, sniffio, h11, msgspec: a few MB)
and a ``.pth`` file that puts this checkout's ``overlay/`` on its path, then runs ``python -m
cec_agentgateway demo`` in it. The development environment (``.venv/``: linters, mypy, the
generator, pytest, 200 MB) is built by ``scripts/test`` and the other maintainers' scripts
only; this file never reads the development requirements.

The environment is made again when ``pyproject.toml`` changes (a stamp file holds the hash of
its dependency list); the package itself is not copied, so an edit to ``overlay/`` shows in
the next demo at once.

    python scripts/demo_env.py [demo arguments]     # what scripts/demo does
    python scripts/demo_env.py --plan               # print what it would do, change nothing
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tomllib
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = ".cec-demo-stamp"
PTH = "cec-agentgateway-checkout.pth"


@dataclass(frozen=True)
class Plan:
    """What the demo needs: where its environment is, what goes in, and whether it is ready."""

    venv: Path
    dependencies: tuple[str, ...]
    stamp: str
    ready: bool

    @property
    def python(self) -> Path:
        return self.venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

    def install_command(self, outer_pip: bool) -> list[str]:
        """The one pip command: the run-time dependencies of pyproject.toml, nothing else.

        With ``outer_pip`` the pip of the interpreter running this file installs into the
        venv (``pip --python``, pip >= 22.3), so the venv needs no pip of its own: making
        one with ensurepip takes longer than the demo itself.
        """
        pip = [sys.executable, "-m", "pip", "--python", str(self.python)] if outer_pip else [
            str(self.python), "-m", "pip"
        ]  # fmt: skip
        return [*pip, "install", "--quiet", "--disable-pip-version-check", *self.dependencies]

    def demo_command(self, arguments: list[str]) -> list[str]:
        return [str(self.python), "-m", "cec_agentgateway", "demo", *arguments]


def runtime_dependencies(pyproject: Path = ROOT / "pyproject.toml") -> tuple[str, ...]:
    """``[project] dependencies`` of pyproject.toml: what the wheel needs at run time."""
    with pyproject.open("rb") as file:
        project = tomllib.load(file)["project"]
    return tuple(str(requirement) for requirement in project["dependencies"])


def plan(environ: dict[str, str] | None = None) -> Plan:
    environ = dict(os.environ) if environ is None else environ
    place = Path(environ.get("CEC_DEMO_VENV") or ROOT / ".venv-demo")
    dependencies = runtime_dependencies()
    wanted = hashlib.sha256(json.dumps([str(ROOT), *dependencies]).encode()).hexdigest()
    try:
        ready = (place / STAMP).read_text(encoding="utf-8").strip() == wanted
    except OSError:
        ready = False
    unchecked = Plan(place, dependencies, wanted, ready=False)
    return Plan(place, dependencies, wanted, ready and unchecked.python.exists())


def has_outer_pip() -> bool:
    """Whether this interpreter has a pip that can install into another one (>= 22.3)."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--version"], capture_output=True, text=True, check=False
    )
    parts = done.stdout.split()
    if done.returncode != 0 or len(parts) < 2:
        return False
    version = tuple(int(part) for part in parts[1].split(".")[:2] if part.isdigit())
    return version >= (22, 3)


def site_packages(python: Path) -> Path:
    out = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Path(out.strip())


def prepare(plan: Plan) -> None:
    """Make the environment: a venv, the run-time dependencies, the checkout on its path."""
    print(f"creating {plan.venv} (run-time dependencies only)", file=sys.stderr)
    outer_pip = has_outer_pip()
    venv.create(plan.venv, with_pip=not outer_pip, clear=plan.venv.exists())
    subprocess.run(plan.install_command(outer_pip), check=True)
    (site_packages(plan.python) / PTH).write_text(f"{ROOT / 'overlay'}\n", encoding="utf-8")
    (plan.venv / STAMP).write_text(plan.stamp + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    current = plan()
    if argv[:1] == ["--plan"]:
        print(
            json.dumps(
                {
                    "venv": str(current.venv),
                    "ready": current.ready,
                    "install": None if current.ready else current.install_command(has_outer_pip()),
                    "run": current.demo_command(argv[1:]),
                },
                indent=2,
            )
        )
        return 0
    if not current.ready:
        prepare(current)
    return subprocess.run(current.demo_command(argv), check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
