"""Count, per family, how many of the agent gateway's interfaces openapi.yaml holds.

The catalogue is ``scripts/interfaces.json`` (every interface public sources name: method,
path, family, certainty V/C2/C1, vendor pages, and the operationIds that cover it). An
interface counts as held when each operation it names is in openapi.yaml with that method and
path. ``--markdown`` prints the table of docs/coverage.md, ``--update-docs`` writes it there;
``--check FAMILY...`` fails unless every V and C2 interface of those families is held.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "scripts" / "interfaces.json"
SPEC = ROOT / "openapi.yaml"
DOCS = ROOT / "docs" / "coverage.md"
METHODS = ("get", "put", "post", "delete")


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """operationId -> (method, path) of every operation of the spec."""
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def held(interface: dict[str, Any], operations: dict[str, tuple[str, str]]) -> bool:
    """Whether the spec holds the interface: every operation it names, at its method and path."""
    methods = interface["method"].split("|")
    ids = interface["operations"]
    return bool(ids) and all(
        i in operations
        and operations[i][0] in methods
        and operations[i][1].startswith(interface["path"])
        for i in ids
    )


def family_counts(
    catalogue: dict[str, Any], operations: dict[str, tuple[str, str]]
) -> dict[str, dict[str, int]]:
    """Per family (catalogue order): the interfaces, V, C2, C1, and how many the spec holds."""
    counts: dict[str, Counter[str]] = {}
    for interface in catalogue["interfaces"]:
        family = counts.setdefault(interface["family"], Counter())
        certainty = interface["certainty"]
        family["all"] += 1
        family[certainty] += 1
        if held(interface, operations):
            family["held"] += 1
            family[f"held {certainty}"] += 1
    return {name: dict(c) for name, c in counts.items()}


def rows(counts: dict[str, dict[str, int]]) -> list[list[str]]:
    table = []
    total: Counter[str] = Counter()
    for family, c in counts.items():
        total.update(c)
        table.append(_row(family, c))
    table.append(_row("**Total**", dict(total)))
    return table


def _row(name: str, c: dict[str, int]) -> list[str]:
    v, c2 = c.get("V", 0), c.get("C2", 0)
    held_v, held_c2 = c.get("held V", 0), c.get("held C2", 0)
    full = "yes" if held_v + held_c2 == v + c2 else "no"
    return [
        name,
        f"{held_v} / {v}",
        f"{held_c2} / {c2}",
        f"{held_v + held_c2} / {v + c2}",
        full,
        f"{c.get('held C1', 0)} / {c.get('C1', 0)}",
        f"{c.get('held', 0)} / {c.get('all', 0)}",
    ]


HEADER = ["family", "V held", "C2 held", "V+C2 held", "V+C2 complete", "C1 held", "all held"]


def render(table: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|---|" + "---:|" * 5 + "---:|"]
        lines += ["| " + " | ".join(row) + " |" for row in table]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [HEADER, *table]) for i in range(len(HEADER))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [HEADER, *table]
    )


def load() -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return catalogue, spec_operations(spec)


def update_docs(table: str) -> None:
    """Replace the Markdown table of docs/coverage.md (from its header to its Total row)."""
    lines = DOCS.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("| family |"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("| **Total**"))
    lines[start : end + 1] = table.split("\n")
    DOCS.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument(
        "--update-docs", action="store_true", help="replace the table in docs/coverage.md"
    )
    parser.add_argument(
        "--check", nargs="+", metavar="FAMILY", help="fail unless these families are complete"
    )
    args = parser.parse_args(argv)
    catalogue, operations = load()
    counts = family_counts(catalogue, operations)
    table = render(rows(counts), args.markdown or args.update_docs)
    print(table)
    if args.update_docs:
        update_docs(table)
    incomplete = [
        family
        for family in args.check or ()
        if any(
            interface["family"] == family
            and interface["certainty"] in ("V", "C2")
            and not held(interface, operations)
            for interface in catalogue["interfaces"]
        )
    ]
    for family in incomplete:
        print(f"incomplete: {family}", file=sys.stderr)
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
