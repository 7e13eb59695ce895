"""The contract shipped with the package: ``openapi.yaml`` and the tables generated from it.

A team given only the wheel gets the interface description every client is built from::

    from cec_agentgateway import spec

    spec.path()                 # Path of the shipped openapi.yaml (feed it to any generator)
    spec.text()                 # its contents
    spec.table("retcodes")      # every error code: name, meaning, family, legacy, operations
    spec.table("events")        # every event type: meaning, content schema and its fields
    spec.write_types(directory) # the TypeScript types and runtime (cec-agentgateway.ts, runtime.ts)
    spec.write_tables(directory) # retcodes.json and events.json
    spec.write_example(directory) # the TypeScript example, its tsconfig.json and the types

From a shell: ``cec-agentgw spec`` prints the path, ``cec-agentgw spec --text`` the document,
``cec-agentgw spec --types ts --out DIR`` writes the TypeScript files and
``cec-agentgw spec --tables DIR`` the JSON tables, ``cec-agentgw spec --example ts --out DIR``
the TypeScript example ready for ``tsc -p DIR``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "EXAMPLE_FILES",
    "TABLE_NAMES",
    "TYPESCRIPT_FILES",
    "path",
    "table",
    "table_path",
    "text",
    "types_path",
    "write_example",
    "write_tables",
    "write_types",
]

TableName = Literal["retcodes", "events"]
TABLE_NAMES: tuple[TableName, ...] = ("retcodes", "events")
#: The TypeScript files shipped in the package: the types openapi-typescript generates from
#: openapi.yaml, and the small runtime (Guid capture and rotation, retcode errors, the poll
#: loop) that imports them. Both are sources for ``tsc``; the enums carry values, so the
#: types are a ``.ts`` module rather than a ``.d.ts`` declaration file.
TYPESCRIPT_FILES = ("cec-agentgateway.ts", "runtime.ts")
#: The runnable TypeScript example (sign in, answer a call, read its information, hang up,
#: sign out) and the tsconfig.json that builds it; it imports ./cec-agentgateway/runtime.
EXAMPLE_FILES = ("session.ts", "tsconfig.json")


def path() -> Path:
    """The file system path of the ``openapi.yaml`` the package was generated from."""
    return Path(str(resources.files("cec_agentgateway") / "openapi.yaml"))


def text() -> str:
    """The contents of ``openapi.yaml`` (OpenAPI 3.1, YAML)."""
    return path().read_text(encoding="utf-8")


def table_path(name: TableName) -> Path:
    """The path of a generated table: ``retcodes`` or ``events`` (JSON)."""
    if name not in TABLE_NAMES:
        raise ValueError(f"no table {name!r}: 'retcodes' or 'events'")
    return Path(str(resources.files("cec_agentgateway") / "tables" / f"{name}.json"))


def table(name: TableName) -> dict[str, Any]:
    """A generated table as JSON data (see ``scripts/tables.py`` for its fields)."""
    loaded: dict[str, Any] = json.loads(table_path(name).read_text(encoding="utf-8"))
    return loaded


def types_path(name: str = "cec-agentgateway.ts") -> Path:
    """The path of a shipped TypeScript file (one of ``TYPESCRIPT_FILES``)."""
    if name not in TYPESCRIPT_FILES:
        raise ValueError(f"no TypeScript file {name!r}: one of {', '.join(TYPESCRIPT_FILES)}")
    return Path(str(resources.files("cec_agentgateway") / "types" / name))


def _write_files(sources: list[Path], directory: str | Path) -> list[Path]:
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"{target} exists and is not a directory")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sources:
        destination = target / source.name
        destination.write_bytes(source.read_bytes())
        written.append(destination)
    return written


def write_types(directory: str | Path) -> list[Path]:
    """Write the TypeScript types and runtime into ``directory`` (made if missing).

    Import them from your code as ``./<directory>/runtime`` and ``./<directory>/cec-agentgateway``;
    returns the paths written. Existing files of the same names are replaced.
    """
    return _write_files([types_path(name) for name in TYPESCRIPT_FILES], directory)


def write_tables(directory: str | Path) -> list[Path]:
    """Write ``retcodes.json`` and ``events.json`` into ``directory`` (made if missing)."""
    return _write_files([table_path(name) for name in TABLE_NAMES], directory)


def write_example(directory: str | Path) -> list[Path]:
    """Write the TypeScript example into ``directory`` and the types and runtime it imports
    into ``directory/cec-agentgateway``; then ``tsc -p directory`` builds ``out/session.js``."""
    sources = [
        Path(str(resources.files("cec_agentgateway") / "types" / "example" / name))
        for name in EXAMPLE_FILES
    ]
    written = _write_files(sources, directory)
    return written + write_types(Path(directory) / "cec-agentgateway")
