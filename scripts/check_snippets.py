"""Type-check the Python snippets of README.md and docs/*.md with ``mypy --strict``.

    python scripts/check_snippets.py            # exit status 1 and mypy's report on errors
    python scripts/check_snippets.py --keep DIR # also leave the generated files in DIR

Each ```python block becomes a module of its own. Snippets use placeholders a reader fills in
(``guid``, ``password``, ``url``, an ``agent`` signed in earlier, ...); the ones a block uses
without binding them itself are declared from PRELUDE below, with the type a real program
would have. A placeholder the prelude does not know is an error (add it to PRELUDE). Lines
that only show output (a block whose every line is a comment) are skipped. Run by
tests/test_snippets.py (so by scripts/test, --fast included).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ["README.md", *sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("docs/*.md"))]

# What the snippets take for granted: imports and placeholders, each with its real type.
IMPORTS = """\
from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Protocol

import httpx

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    CallEventContent,
    CallFailedError,
    EventType,
    IncomingCallInfoContent,
    InternalTransferMode,
    SignedInAgent,
    TransferDeviceType,
)


class _GuidStore(Protocol):
    def save_guid(self, guid: str) -> None: ...


class _Desk(Protocol):
    def show_banner(self, agent_id: str, status: str) -> None: ...
"""

PRELUDE: dict[str, str] = {
    "guid": "guid: str  # the Guid of a session signed in elsewhere",
    "store": "store: _GuidStore  # where the application keeps Guids",
    "password": "password: str",
    "pw": "pw: str",
    "url": "url: str  # the gateway's base URL",
    "sessions": "sessions: dict[str, str]  # agent ID -> Guid",
    "gw": "gw: AgentGateway",
    "agent": "agent: SignedInAgent",
    "customer_call_id": "customer_call_id: str",
    "log": "log: logging.Logger",
    "desk": "desk: _Desk  # the application's user interface",
    "ssl_context": "ssl_context: ssl.SSLContext",
}

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def snippets() -> list[tuple[str, int, str]]:
    """(document, line, code) of every ```python block."""
    found = []
    for document in DOCUMENTS:
        text = (ROOT / document).read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 2
            found.append((document, line, match.group(1)))
    return found


def _bound_and_used(tree: ast.Module) -> tuple[set[str], set[str]]:
    bound: set[str] = set()
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (bound if isinstance(node.ctx, ast.Store) else used).add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
            if not isinstance(node, ast.ClassDef):
                bound.update(a.arg for a in node.args.args + node.args.kwonlyargs)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound, used


def module_for(document: str, line: int, code: str) -> str:
    """The snippet as a module: imports, the placeholders it needs, then the code."""
    tree = ast.parse(code, filename=f"{document}:{line}")
    bound, used = _bound_and_used(tree)
    needed = [PRELUDE[name] for name in PRELUDE if name in used - bound]
    header = f"# {document}, the ```python block at line {line}\n"
    return header + IMPORTS + "\n" + "\n".join(needed) + "\n\n" + code


def check(keep: Path | None = None) -> tuple[int, str]:
    """Run mypy --strict over every snippet; (exit status, report naming document lines)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        origin: dict[str, tuple[str, int, int]] = {}
        for number, (document, line, code) in enumerate(snippets(), 1):
            if all(not s.strip() or s.lstrip().startswith("#") for s in code.splitlines()):
                continue
            source = module_for(document, line, code)
            name = f"snippet_{number:02d}.py"
            (folder / name).write_text(source, encoding="utf-8")
            offset = source.count("\n") - code.count("\n")
            origin[name] = (document, line, offset)
        config = folder / "mypy.ini"
        config.write_text("[mypy]\n", encoding="utf-8")
        env = dict(os.environ, MYPYPATH=str(ROOT / "overlay"))
        result = subprocess.run(
            [
                sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11",
                "--no-error-summary", "--config-file", str(config),
                "--cache-dir", str(folder / ".mypy_cache"),
                "--disable-error-code", "unused-ignore",
                *sorted(origin),
            ],
            cwd=folder, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        report = []
        for row in (result.stdout + result.stderr).splitlines():
            match = re.match(r"(snippet_\d+\.py):(\d+): (.*)", row)
            if match and match.group(1) in origin:
                document, line, offset = origin[match.group(1)]
                at = int(match.group(2)) - offset
                where = f"{document}:{line + at - 1}" if at >= 1 else f"{document}:{line} prelude"
                report.append(f"{where}: {match.group(3)}")
            elif row.strip():
                report.append(row)
        return result.returncode, "\n".join(report)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="leave the generated modules in this folder")
    args = parser.parse_args()
    status, report = check(args.keep)
    if report:
        print(report)
    print(f"{len(snippets())} snippets: " + ("mypy --strict clean" if status == 0 else "errors"))
    return status


if __name__ == "__main__":
    sys.exit(main())
