"""docs/ by family and the README as its map (issue 25, points 8 and 10).

The generated parts of docs/ (scripts/docs_pages.py) match the spec and the overlay, every
operation has its row on its family's page under a method that exists, the README keeps its
rules (two quick-start commands, the section order, every page linked, each promise naming
a test that exists), links resolve, and help() shows users' text, not maintainers' notes.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pages = _load("docs_pages")
SPEC: dict[str, Any] = yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8"))
OPERATIONS = pages.spec_operations(SPEC)


# --- the generated pages -----------------------------------------------------------------


def test_the_generated_pages_are_up_to_date() -> None:
    outputs, problems = pages.build()
    assert problems == []
    stale = [
        str(path.relative_to(REPO))
        for path, text in outputs.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run scripts/docs-pages"


def test_the_check_command_passes_and_a_hand_edit_is_put_back() -> None:
    assert pages.main(["--check"]) == 0
    # A row edited by hand is put back by the generator, so --check would see it.
    calls = (REPO / "docs" / "calls.md").read_text(encoding="utf-8")
    edited = calls.replace("`holdCall`", "`holdTheCall`", 1)
    assert edited != calls
    family = next(f for f in pages.FAMILIES if f.key == "calls")
    tables = {
        ("operations", "calls"): pages.operations_table(family, OPERATIONS),
        ("events", "calls"): pages.events_table(family, OPERATIONS, _events()),
    }
    rendered, problems, _ = pages.render_page(edited, "calls.md", tables)
    assert problems == []
    assert rendered == calls


def _events() -> list[dict[str, Any]]:
    table: dict[str, Any] = json.loads((REPO / "tables" / "events.json").read_text("utf-8"))
    return list(table["events"])


def _documented_operations() -> dict[str, list[str]]:
    """operationId -> the pages whose generated operation tables list it."""
    found: dict[str, list[str]] = {}
    for path in sorted((REPO / "docs").glob("*.md")):
        for match in pages.REGION.finditer(path.read_text(encoding="utf-8")):
            if match.group("kind") != "operations":
                continue
            for row in match.group("body").splitlines()[2:]:
                op_id = row.split(" | ")[1].strip("` ")
                found.setdefault(op_id, []).append(path.name)
    return found


def test_every_operation_has_a_row_naming_a_real_method() -> None:
    documented = _documented_operations()
    assert sorted(documented) == sorted(OPERATIONS)
    assert {op: where for op, where in documented.items() if len(where) != 1} == {}
    problems = [
        problem
        for family in pages.FAMILIES
        for op_id, python in family.operations.items()
        for problem in pages.overlay_problems(op_id, python)
    ]
    assert problems == []


def test_an_operation_without_a_family_is_reported() -> None:
    extra = {**OPERATIONS, "queryNewThing": {"path": "/x/{agentid}", "method": "GET"}}
    problems = pages.family_problems(extra)
    assert problems == [
        "queryNewThing has no docs page: add it to a family of FAMILIES in scripts/docs_pages.py"
    ]
    missing = {k: v for k, v in OPERATIONS.items() if k != "holdCall"}
    assert pages.family_problems(missing) == [
        "holdCall (family calls) is not an operation of openapi.yaml"
    ]


@pytest.mark.parametrize(
    ("cell", "wanted"),
    [
        ("`agent.hold_the_call()`", "SignedInAgent has no 'hold_the_call'"),
        ("`agent.call_out(called, colour=)`", "SignedInAgent.call_out has no 'colour'"),
        ("`agent.team.listen_in(work_no)`", "Team has no 'listen_in'"),
        ("`call.hang()`", "Call has no 'hang'"),
        ("just words", "the Python column names no method"),
    ],
)
def test_a_row_naming_a_method_that_does_not_exist_is_reported(cell: str, wanted: str) -> None:
    problems = pages.overlay_problems("holdCall", cell)
    assert any(wanted in problem for problem in problems), problems


def test_a_method_missing_on_the_async_class_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pair the sync agent with a class that lacks call_out: only the async check can see it.
    monkeypatch.setitem(pages.ROOTS, "agent", ("SignedInAgent", "AsyncCall"))
    problems = pages.overlay_problems("callOut", "`agent.call_out(called)`")
    assert problems == ["callOut: 'agent.call_out(called)': AsyncCall has no 'call_out'"]


def test_retcode_page_lists_every_code_with_its_exception() -> None:
    from cec_agentgateway._errors import error_class_for

    table: dict[str, Any] = json.loads((REPO / "tables" / "retcodes.json").read_text("utf-8"))
    text = (REPO / "docs" / "retcodes.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([0-9-]+)` \| .* \| (.+) \|$", text, re.MULTILINE))
    assert sorted(rows) == sorted(row["code"] for row in table["retcodes"])
    for code, exception in rows.items():
        if code != "0":
            assert exception == f"`{error_class_for(code).__name__}`", code


def test_each_family_page_has_its_events_and_its_simulator() -> None:
    for page in sorted({family.page for family in pages.FAMILIES}):
        text = (REPO / "docs" / page).read_text(encoding="utf-8")
        assert "<!-- generated: events " in text, page
        assert re.search(r"^## .*[Ss]imulator", text, re.MULTILINE), page
        assert "```python" in text, f"{page} has no example"


# --- the README ----------------------------------------------------------------------------


def _sections(text: str) -> list[str]:
    return re.findall(r"^## (.+)$", text, re.MULTILINE)


def test_the_quick_start_has_exactly_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, re.DOTALL)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    assert [c for c in commands if c] == ["scripts/demo", "scripts/test"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == "scripts/test"


def test_the_readme_goes_install_usage_async_errors_retries_timeouts_advanced() -> None:
    sections = _sections(README.read_text(encoding="utf-8"))
    wanted = ["Quick start", "Install", "Usage", "Async", "Errors", "Retries", "Timeouts"]
    positions = [sections.index(name) for name in wanted]
    assert positions == sorted(positions)
    advanced = next(i for i, name in enumerate(sections) if name.startswith("Advanced"))
    assert advanced > positions[-1]
    assert "Promises" in sections
    assert "Performance" not in sections  # docs/performance.md


def test_the_readme_fits_on_a_few_screens() -> None:
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 260


def test_the_readme_links_every_page() -> None:
    text = README.read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(docs/([\w.-]+\.md)", text))
    for path in (REPO / "docs").glob("*.md"):
        assert path.name in linked, f"README does not link docs/{path.name}"
    for family in pages.FAMILIES:
        assert family.page in linked


def test_every_promise_names_tests_that_exist() -> None:
    text = README.read_text(encoding="utf-8")
    promises = text.split("## Promises", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in promises.splitlines() if line.startswith("| ")][2:]
    assert len(rows) >= 8
    for row in rows:
        named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", row)
        assert named, f"a promise without its test: {row}"
        for file, test in named:
            source = (REPO / file).read_text(encoding="utf-8")
            assert re.search(rf"^(async )?def {test}\(", source, re.MULTILINE), f"{file}::{test}"


# --- links -----------------------------------------------------------------------------------

# Pages other branches of this release add; a link to one is checked once it exists.


def _slug(heading: str) -> str:
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    anchors: set[str] = set()
    inside_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside_code = not inside_code
        if inside_code or not line.startswith("#"):
            continue
        slug = _slug(line.lstrip("#"))
        candidate, n = slug, 0
        while candidate in anchors:
            n += 1
            candidate = f"{slug}-{n}"
        anchors.add(candidate)
    return anchors


def _documents() -> list[Path]:
    return [README, REPO / "CONTRIBUTING.md", *sorted((REPO / "docs").glob("*.md"))]


def test_relative_links_and_anchors_resolve() -> None:
    broken = []
    for document in _documents():
        text = re.sub(r"```.*?```", "", document.read_text(encoding="utf-8"), flags=re.DOTALL)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            path = (document.parent / file).resolve() if file else document
            if not path.exists():
                broken.append(f"{document.name}: {target}")
                continue
            if anchor and path.suffix == ".md" and anchor not in _anchors(path):
                broken.append(f"{document.name}: {target} (no such heading)")
    assert broken == []


# --- help() ----------------------------------------------------------------------------------

MAINTAINERS_WORDS = [
    r"(?<![\w.])_\w+\.py\b",  # a private file
    r"(?<!\w)_simulator/",
    r"\btests/",
    r"\b_EXPORTS\b",
    r"\bTYPE_CHECKING\b",
    r"[Aa]dding an export",
]


@pytest.mark.parametrize(
    "module",
    ["cec_agentgateway", "cec_agentgateway.simulator", "cec_agentgateway.testing",
     "cec_agentgateway.spec"],
)  # fmt: skip
def test_help_shows_users_text(module: str) -> None:
    import importlib

    doc = importlib.import_module(module).__doc__ or ""
    assert doc.strip()
    found = [pattern for pattern in MAINTAINERS_WORDS if re.search(pattern, doc)]
    assert found == [], f"{module}'s docstring carries maintainers' notes: {found}"


def test_the_readme_session_against_the_simulator_runs_as_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    (block,) = [b for b in blocks if "sim.transport()" in b]
    exec(compile(block, "README.md", "exec"), {})
    assert capsys.readouterr().out == "orderId=42\n"
