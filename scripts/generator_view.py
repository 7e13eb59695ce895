"""The spec as openapi-python-client reads it: open enums folded back to their component.

openapi.yaml writes every use of an open enum (a component schema marked
``x-extensible-enum: true``) in standard OpenAPI, as
``anyOf: [{$ref: "#/components/schemas/EventType"}, {type: string}]``: the known values
keep their names, and generators that ignore our extensions still accept any other value
(Java, Go or C# models no longer refuse them at run time; TypeScript gets ``EventType |
string``). The Python generation does not need that form: the enum templates give every
enum a ``_missing_`` hook that keeps unknown values as ``UNKNOWN_<n>`` pseudo-members, and
an ``EventType | str`` union would only weaken the generated types. So ``scripts/generate``
feeds the generator (and ``scripts/spec_extensions.py``) this view, in which each such
``anyOf`` loses its plain ``{type: T}`` alternative and, left with the ``$ref`` alone,
becomes the ``$ref`` again. ``generated/`` is what it was before the enums were opened.

The same holds for the event envelope: ``AgentEvent`` keeps the properties every event has
and adds a ``oneOf`` over the described events (a union discriminated on ``eventType``
over per-content branches) and an open fallback, all derived by ``scripts/event_union.py``;
each branch only narrows ``eventType`` and ``content``. The overlay already types each
content from ``x-event-contents``; a generated union of 33 near-identical classes would
only hide the envelope the templates handle. So the view folds every such envelope (a
schema with ``properties`` and a ``oneOf`` that reaches a ``discriminator``) back to its
properties and drops the union's components nothing else refers to.

Usage: python scripts/generator_view.py openapi.yaml OUT.yaml
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

PREFIX = "#/components/schemas/"


def open_enums(document: dict[str, Any]) -> dict[str, str]:
    """The open enums: component name -> its JSON type (``string``, ``integer``)."""
    found = {}
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        if (
            isinstance(schema, dict)
            and schema.get("x-extensible-enum") is True
            and isinstance(schema.get("enum"), list)
        ):
            found[name] = str(schema.get("type"))
    return found


def _open_ref(item: Any, enums: dict[str, str]) -> str | None:
    if isinstance(item, dict) and set(item) == {"$ref"}:
        ref = item["$ref"]
        if isinstance(ref, str) and ref.startswith(PREFIX) and ref[len(PREFIX) :] in enums:
            return ref[len(PREFIX) :]
    return None


def _opening(anyof: list[Any], enums: dict[str, str]) -> tuple[str, int] | None:
    """(enum, index of its plain-type alternative) when ``anyof`` opens an enum."""
    for item in anyof:
        name = _open_ref(item, enums)
        if name is None:
            continue
        for index, other in enumerate(anyof):
            if other == {"type": enums[name]}:
                return name, index
    return None


def unopened_uses(document: dict[str, Any]) -> list[str]:
    """Where a ``$ref`` to an open enum is not opened (outside the enum components)."""
    enums = open_enums(document)
    problems: list[str] = []

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            anyof = node.get("anyOf")
            opened = _opening(anyof, enums) if isinstance(anyof, list) else None
            for key, child in node.items():
                if key == "anyOf" and opened is not None:
                    for i, item in enumerate(child):
                        if _open_ref(item, enums) != opened[0]:
                            walk(item, (*path, key, str(i)))
                    continue
                walk(child, (*path, key))
            name = _open_ref(node, enums)
            if name is not None:
                problems.append(
                    f"{'/'.join(path)}: $ref to the open enum {name} outside "
                    f"anyOf: [{{$ref: ...}}, {{type: {enums[name]}}}]"
                )
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, (*path, str(i)))

    walk(document, ())
    return problems


def _union_refs(schema: Any) -> list[str]:
    """The component names of ``schema``'s ``oneOf`` (empty unless every item is a $ref)."""
    items = schema.get("oneOf") if isinstance(schema, dict) else None
    if not isinstance(items, list) or not items:
        return []
    names = [item.get("$ref") if isinstance(item, dict) else None for item in items]
    if not all(isinstance(n, str) and n.startswith(PREFIX) for n in names):
        return []
    return [str(n)[len(PREFIX) :] for n in names]


def narrowed_envelopes(document: dict[str, Any]) -> dict[str, list[str]]:
    """Envelope component -> the components its union reaches (through nested ``oneOf``s).

    An envelope has ``properties`` and a ``oneOf`` of ``$ref``s, a ``discriminator`` on it or
    on a union it reaches.
    """
    schemas = document.get("components", {}).get("schemas") or {}
    found = {}
    for name, schema in schemas.items():
        if not (isinstance(schema, dict) and isinstance(schema.get("properties"), dict)):
            continue
        reached: list[str] = []
        todo = _union_refs(schema)
        while todo:
            branch = todo.pop(0)
            if branch not in reached and branch != name:
                reached.append(branch)
                todo += _union_refs(schemas.get(branch))
        unions = [schema, *(schemas.get(b) for b in reached)]
        if reached and any(isinstance(s, dict) and "discriminator" in s for s in unions):
            found[name] = reached
    return found


def _refs(node: Any, skip: tuple[str, ...] = ()) -> set[str]:
    """Component names ``node`` refers to, leaving out the keys in ``skip`` at any depth."""
    if isinstance(node, list):
        return set().union(*(_refs(item, skip) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = set()
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(PREFIX):
        found.add(ref[len(PREFIX) :])
    for key, child in node.items():
        if key not in skip:
            found |= _refs(child, skip)
    return found


def _fold_envelopes(view: dict[str, Any]) -> None:
    schemas = view.get("components", {}).get("schemas") or {}
    envelopes = narrowed_envelopes(view)
    for name in envelopes:
        schemas[name] = {
            key: value
            for key, value in schemas[name].items()
            if key not in ("oneOf", "discriminator")
        }
    branches = {branch for names in envelopes.values() for branch in names}
    # A branch another schema still refers to stays (the fold removed the envelope's refs).
    outside = _refs({k: v for k, v in schemas.items() if k not in branches}) | _refs(
        {k: v for k, v in view.items() if k != "components"}
    )
    for branch in branches - outside:
        schemas.pop(branch, None)


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with every opened enum folded back to its ``$ref`` and every
    narrowed envelope folded back to its properties."""
    enums = open_enums(document)
    view = copy.deepcopy(document)
    _fold_envelopes(view)

    def fold(node: Any) -> Any:
        if isinstance(node, list):
            return [fold(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: fold(child) for key, child in node.items()}
        anyof = node.get("anyOf")
        opened = _opening(anyof, enums) if isinstance(anyof, list) else None
        if opened is None:
            return node
        rest = [item for i, item in enumerate(anyof) if i != opened[1]]
        if len(rest) > 1:
            return {**node, "anyOf": rest}
        siblings = {key: value for key, value in node.items() if key != "anyOf"}
        return {**rest[0], **siblings}

    folded: dict[str, Any] = fold(view)
    return folded


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python scripts/generator_view.py openapi.yaml OUT.yaml", file=sys.stderr)
        return 2
    document = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    problems = unopened_uses(document)
    if problems:
        for problem in problems:
            print(f"openapi.yaml: {problem}", file=sys.stderr)
        return 1
    Path(argv[1]).write_text(
        yaml.safe_dump(generator_view(document), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
