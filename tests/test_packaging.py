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
    assert "cec_agentgateway/__main__.py" in names
    assert "cec_agentgateway/_cli/_commands.py" in names
    top_level = {n.split("/")[0] for n in names}
    assert top_level == {"cec_agentgateway", wheel.name.split("-py3")[0] + ".dist-info"}


def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (meta,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(meta).decode()
    assert "Name: cec-agentgateway" in text
    assert "Requires-Python: >=3.11" in text
    requires = sorted(line for line in text.splitlines() if line.startswith("Requires-Dist:"))
    runtime = [line for line in requires if "extra ==" not in line]
    assert runtime == [
        "Requires-Dist: attrs>=22.2.0",
        "Requires-Dist: h11>=0.13",
        "Requires-Dist: httpx<0.29.0,>=0.23.1",
        "Requires-Dist: msgspec>=0.19; platform_python_implementation == 'CPython'",
        "Requires-Dist: sniffio>=1.1",
    ]
    # Optional extras only: the push receiver's server, the Redis session store, the pytest
    # fixtures, the spans.
    assert [line for line in requires if "extra ==" in line] == [
        "Requires-Dist: opentelemetry-api>=1.20; extra == 'otel'",
        "Requires-Dist: pytest>=7; extra == 'testing'",
        "Requires-Dist: redis>=5.0; extra == 'redis'",
        "Requires-Dist: uvicorn>=0.30; extra == 'push'",
    ]
    extras = sorted(line for line in text.splitlines() if line.startswith("Provides-Extra:"))
    assert extras == [
        "Provides-Extra: otel",
        "Provides-Extra: push",
        "Provides-Extra: redis",
        "Provides-Extra: testing",
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
    from cec_agentgateway import ReasonCode
    from tests.unknown_values import unknown_int

    unknown_reason = unknown_int(ReasonCode)
    code = (
        "import cec_agentgateway as c, cec_agentgateway.generated.api.calldata.query_call_info\n"
        f"assert c.__file__.startswith({str(target)!r}), c.__file__\n"
        f"assert c.ReasonCode({unknown_reason}).name == 'UNKNOWN_{unknown_reason}'\n"
        "print(c.__version__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert done.stdout.strip() == project["version"]


def test_wheel_carries_the_contract_and_the_license(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        shipped_spec = archive.read("cec_agentgateway/openapi.yaml")
        tables = {
            name: archive.read(f"cec_agentgateway/tables/{name}")
            for name in ("retcodes.json", "events.json")
        }
        (license_name,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        license_text = archive.read(license_name).decode()
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points).decode()
    assert shipped_spec == (REPO / "openapi.yaml").read_bytes()
    for name, content in tables.items():
        assert content == (REPO / "tables" / name).read_bytes()
    assert "Apache License" in license_text and "Version 2.0, January 2004" in license_text
    assert license_text == (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "cec-agentgw = cec_agentgateway._cli:main" in scripts


def test_wheel_long_description_is_for_users(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (meta,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(meta).decode()
    headers, _, description = text.partition("\n\n")
    assert "Description-Content-Type: text/markdown" in headers
    assert "License-Expression: Apache-2.0" in headers
    assert "License-File: LICENSE" in headers
    urls = [line for line in headers.splitlines() if line.startswith("Project-URL:")]
    assert len(urls) >= 2
    assert description.strip() == (REPO / "docs" / "PYPI.md").read_text(encoding="utf-8").strip()
    # Maintainer material stays in CONTRIBUTING.md; no links that only work in the checkout.
    for word in ("Chromium", "scripts/", "Spectral", "](docs/", "](openapi.yaml"):
        assert word not in description, word


def test_console_script_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    subprocess.run(
        [*pip, "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    script = target / "bin" / "cec-agentgw"
    assert script.is_file()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CEC_AGENTGW_")},
        "PYTHONPATH": str(target),
    }

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *argv], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )

    spec = run("spec")
    assert spec.returncode == 0, spec.stderr
    assert spec.stdout.strip().startswith(str(target))
    assert Path(spec.stdout.strip()).read_bytes() == (REPO / "openapi.yaml").read_bytes()
    demo = run("demo", "--rotation", "0.5")
    assert demo.returncode == 0, demo.stderr
    assert "signed out" in demo.stdout
    table = run("spec", "--table", "retcodes")
    assert '"100-006"' in table.stdout
    code = (
        "from cec_agentgateway import spec\n"
        f"assert str(spec.path()).startswith({str(target)!r})\n"
        "assert spec.text().startswith('openapi: 3.1.0')\n"
        "assert spec.table('events')['events']\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_a_wheel_built_from_the_sdist_equals_the_wheel_from_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    """The sdist cannot carry the symlinks in overlay/cec_agentgateway; what they point to
    (the generated client, openapi.yaml, tables/) must still reach a wheel built from it."""
    import tarfile

    hatchling = shutil.which("hatchling", path=str(Path(sys.executable).parent))
    assert hatchling
    subprocess.run(
        [hatchling, "build", "-t", "sdist", "-d", str(tmp_path / "sdist")],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (sdist,) = (tmp_path / "sdist").glob("cec_agentgateway-*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (source,) = (tmp_path / "unpacked").iterdir()
    subprocess.run(
        [hatchling, "build", "-t", "wheel", "-d", str(tmp_path / "wheel")],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (rebuilt,) = (tmp_path / "wheel").glob("cec_agentgateway-*.whl")
    from_checkout = set(zipfile.ZipFile(wheel).namelist())
    from_sdist = set(zipfile.ZipFile(rebuilt).namelist())
    assert "cec_agentgateway/generated/models/call_info.py" in from_sdist
    assert from_sdist == from_checkout


def _runtime_dependencies(extra: str | None = None) -> set[Path]:
    """The top-level modules of the wheel's run-time dependencies (and theirs), as installed
    here: what `pip install` would fetch from PyPI, without the network. With ``extra``, the
    dependencies of that extra (``pip install 'cec-agentgateway[extra]'``) and theirs only."""
    import re
    from importlib import metadata

    found: set[Path] = set()
    seen: set[str] = set()
    todo = [
        re.split(r"[ ;<>=!~\[]", line, maxsplit=1)[0]
        for line in metadata.requires("cec-agentgateway") or []
        if ("extra ==" not in line if extra is None else f"extra == '{extra}'" in line)
    ]
    while todo:
        name = todo.pop()
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a marker leaves it out here (python_version)
            continue
        for file in dist.files or []:
            top = file.parts[0]
            if top.endswith(".dist-info") or top in ("..", "__pycache__") or file.suffix == ".pth":
                continue
            if len(file.parts) == 1 and file.suffix not in (".py", ".so"):
                continue
            found.add(Path(str(dist.locate_file(top))))
        todo += [
            re.split(r"[ ;<>=!~\[]", line, maxsplit=1)[0]
            for line in dist.requires or []
            if "extra ==" not in line
        ]
    return found


@pytest.fixture(scope="module")
def wheel_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding only the wheel (and its run-time dependencies,
    linked from this environment instead of downloaded): no checkout on its path."""
    venv = tmp_path_factory.mktemp("wheel-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    deps = venv / "deps"
    deps.mkdir()
    for module in _runtime_dependencies():
        (deps / module.name).symlink_to(module)
    (site / "zz-runtime-deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    return venv


def _clean_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CEC_AGENTGW_") and k not in ("PYTHONPATH", "VIRTUAL_ENV")
    }


def test_clean_venv_writes_the_typescript_types_and_tables(
    wheel_venv: Path, tmp_path: Path
) -> None:
    cli = wheel_venv / "bin" / "cec-agentgw"
    where = subprocess.run(
        [
            str(wheel_venv / "bin" / "python"),
            "-c",
            "import cec_agentgateway as c; print(c.__file__)",
        ],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(wheel_venv)), where.stdout
    done = subprocess.run(
        [str(cli), "spec", "--types", "ts", "--out", "ts"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name in ("cec-agentgateway.ts", "runtime.ts"):
        assert (tmp_path / "ts" / name).read_bytes() == (REPO / "types" / name).read_bytes()
    done = subprocess.run(
        [str(cli), "spec", "--tables", "tables"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name in ("retcodes.json", "events.json"):
        assert (tmp_path / "tables" / name).read_bytes() == (REPO / "tables" / name).read_bytes()


def test_clean_venv_typescript_example_against_cec_agentgw_simulate(
    wheel_venv: Path, tmp_path: Path
) -> None:
    """From the wheel alone: the types it writes compile the example, which then runs a call
    against the `cec-agentgw simulate` of the same environment (needs the Node tools)."""
    import json
    import re

    import httpx

    from tests.test_typescript import build_example, run_example

    cli = str(wheel_venv / "bin" / "cec-agentgw")
    script = build_example(tmp_path / "example", [cli])
    simulator = subprocess.Popen(
        [cli, "simulate", "--port", "0", "--control", "--poll-wait", "0.3"],
        env=_clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert simulator.stdout is not None
        banner = simulator.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)/agentgateway/resource", banner)
        assert match, banner
        root = match.group(1)

        def offer() -> None:
            answer = httpx.post(
                f"{root}/__sim__/offer_call", json={"agent": "153", "caller": "70004"}, timeout=10
            )
            assert answer.json()["ok"] is True, answer.text

        lines, _, status = run_example(script, f"{root}/agentgateway/resource", offer)
        assert status == 0, lines
        assert [line["step"] for line in lines] == [
            "signed in",
            "ringing",
            "answered",
            "talking",
            "call info",
            "released",
            "signed out",
        ]
        state = httpx.get(f"{root}/__sim__/state", timeout=10).json()
        (agent,) = [a for a in state["agents"] if a["agentId"] == "153"]
        assert agent["signedIn"] is False, json.dumps(state)  # signed out with the newest Guid
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)


ASYNC_FIXTURE_TEST = """
import pytest
from cec_agentgateway import AsyncAgentGateway
from cec_agentgateway.simulator import GatewaySimulator
from cec_agentgateway.testing import SIM_AGENT_ID, SIM_PASSWORD, SIM_PHONE


@pytest.mark.anyio
async def test_a_call(
    async_simulated_gateway: AsyncAgentGateway, gateway_simulator: GatewaySimulator
) -> None:
    agent = await async_simulated_gateway.sign_in(
        SIM_AGENT_ID, password=SIM_PASSWORD, phone=SIM_PHONE, auto_answer=False
    )
    call_id = gateway_simulator.offer_call(SIM_AGENT_ID, caller="70004")
    await agent.answer()
    info = await agent.call_info()
    assert info is not None and info.callid == call_id
"""


def test_clean_venv_runs_an_async_test_with_the_fixtures(wheel_venv: Path, tmp_path: Path) -> None:
    """From the wheel alone plus its [testing] extra (pytest; anyio's plugin comes with httpx),
    a team writes an async test against the simulator with the shipped fixtures. (The
    dependencies are linked without their metadata, so anyio's plugin is named with -p; pip
    installs its entry point.)"""
    extra = wheel_venv.parent / "testing-extra"
    if not extra.exists():
        extra.mkdir()
        for module in _runtime_dependencies("testing"):
            (extra / module.name).symlink_to(module)
    (tmp_path / "test_desk.py").write_text(ASYNC_FIXTURE_TEST, encoding="utf-8")
    env = {**_clean_env(), "PYTHONPATH": str(extra)}
    done = subprocess.run(
        [str(wheel_venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "anyio.pytest_plugin",
         "-p", "no:cacheprovider", "test_desk.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
