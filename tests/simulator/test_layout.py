"""The simulator's shape: a core below, one module per family above, no import circle.

Every import counts, the ones under ``if TYPE_CHECKING:`` and inside functions included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cec_agentgateway.simulator import GatewaySimulator

PACKAGE = Path(__file__).resolve().parents[2] / "overlay" / "cec_agentgateway"
SIMULATOR = PACKAGE / "_simulator"
CORE_LAYER = {
    "_model",
    "_wire",
    "_payloads",
    "_faults",
    "_polling",
    "_core",
    "_family",
    "_callflow",
    "_chats",
}
ABOVE = {"_gateway", "_transport", "_server", "_http", "_control"}
MAX_LINES = 500


def _module_name(path: Path) -> str:
    relative = path.relative_to(SIMULATOR).with_suffix("")
    return ".".join(relative.parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path for path in SIMULATOR.rglob("*.py") if path.name != "__init__.py"
    }


def _imports(path: Path, name: str) -> set[str]:
    """The simulator modules ``name`` imports (relative imports resolved), at any depth."""
    package = name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
        if node.level - 1 > len(package):
            continue  # above the simulator package (the client's own modules)
        target = [*base, *(node.module.split(".") if node.module else [])]
        candidates = [".".join(target)] + [".".join([*target, a.name]) for a in node.names]
        found |= {c for c in candidates if c in _modules()}
    return found - {name}


def _graph() -> dict[str, set[str]]:
    return {name: _imports(path, name) for name, path in _modules().items()}


CORE_LAYER = {name for name in _modules() if "." not in name and name not in ABOVE}


def test_the_import_graph_has_no_circle() -> None:
    graph = _graph()
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        assert name not in visiting, "import circle: " + " -> ".join([*visiting, name])
        visiting.append(name)
        for target in sorted(graph[name]):
            visit(target)
        visiting.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_the_core_layer_imports_no_family_and_nothing_above_it() -> None:
    for name, targets in _graph().items():
        if name in CORE_LAYER:
            assert targets <= CORE_LAYER, f"{name} imports {sorted(targets - CORE_LAYER)}"


def test_families_import_the_core_layer_only_never_each_other() -> None:
    families = {name for name in _modules() if name.startswith("families.")}
    assert len(families) >= 8
    for name in families:
        targets = _graph()[name]
        assert targets <= CORE_LAYER, f"{name} imports {sorted(targets - CORE_LAYER)}"


def test_the_graph_check_sees_type_only_and_late_imports(tmp_path: Path) -> None:
    # The checker itself: an import under TYPE_CHECKING or in a function is still an edge.
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ._core import GatewayCore\n"
        "def f():\n    from .families import queues\n"
    )
    path = SIMULATOR / "_probe.py"
    path.write_text(source, encoding="utf-8")
    try:
        assert _imports(path, "_probe") == {"_core", "families.queues"}
    finally:
        path.unlink()


@pytest.mark.parametrize("name", sorted(_modules()))
def test_no_module_of_the_simulator_is_over_500_lines(name: str) -> None:
    lines = len(_modules()[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines"


def test_every_operation_is_served_by_exactly_one_family() -> None:
    from cec_agentgateway._simulator._family import Family

    sim = GatewaySimulator()
    families = [value for value in vars(sim).values() if isinstance(value, Family)]
    owners: dict[str, str] = {}
    for family in families:
        for attribute in dir(type(family)):
            for operation in getattr(getattr(type(family), attribute), "_sim_operations", ()):
                assert operation not in owners, f"{operation}: {owners[operation]}, {family.name}"
                owners[operation] = family.name
    assert set(owners) == set(sim._handlers)
    names = [family.name for family in families]
    assert len(names) == len(set(names)) >= 10
    modules = [type(family).__module__ for family in families]
    assert all(".families." in module for module in modules)  # each in its own family file
    assert len(modules) == len(set(modules)), modules


def test_the_flat_scenario_api_is_the_families_own() -> None:
    sim = GatewaySimulator()
    sim.add_agent("153", password="pw", phone="40038")
    assert sim.offer_call.__doc__ == sim.calls.offer.__doc__
    assert sim.add_skill.__wrapped__ is type(sim.queues).add_skill  # type: ignore[attr-defined]
    sim.queues.add_skill(1, "voice", waiting=2)
    sim.set_queue(1, waiting=3)
    assert sim.queues.statistics(1)["queueSize"] == 3
