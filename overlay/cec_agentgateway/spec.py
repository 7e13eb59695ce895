"""The contract shipped with the package: ``openapi.yaml`` and the tables generated from it.

A team given only the wheel gets the interface description every client is built from::

    from cec_agentgateway import spec

    spec.path()                 # Path of the shipped openapi.yaml (feed it to any generator)
    spec.text()                 # its contents
    spec.table("retcodes")      # every error code: name, meaning, family, legacy, operations
    spec.table("events")        # every event type: meaning, content schema and its fields

From a shell: ``cec-agentgw spec`` prints the path, ``cec-agentgw spec --text`` the document.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Literal

__all__ = ["path", "table", "table_path", "text"]

TableName = Literal["retcodes", "events"]


def path() -> Path:
    """The file system path of the ``openapi.yaml`` the package was generated from."""
    return Path(str(resources.files("cec_agentgateway") / "openapi.yaml"))


def text() -> str:
    """The contents of ``openapi.yaml`` (OpenAPI 3.1, YAML)."""
    return path().read_text(encoding="utf-8")


def table_path(name: TableName) -> Path:
    """The path of a generated table: ``retcodes`` or ``events`` (JSON)."""
    if name not in ("retcodes", "events"):
        raise ValueError(f"no table {name!r}: 'retcodes' or 'events'")
    return Path(str(resources.files("cec_agentgateway") / "tables" / f"{name}.json"))


def table(name: TableName) -> dict[str, Any]:
    """A generated table as JSON data (see ``scripts/tables.py`` for its fields)."""
    loaded: dict[str, Any] = json.loads(table_path(name).read_text(encoding="utf-8"))
    return loaded
