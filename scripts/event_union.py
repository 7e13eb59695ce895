"""The event envelope as a standard ``oneOf``, derived from ``x-event-contents``.

``AgentEvent`` in openapi.yaml says which event type carries which content in
``x-event-contents`` (object or call-ID schemas), ``x-event-null-content`` (no content) and
``x-event-optional-content`` (their schema or null). Those three lists are the one source.
This script derives from them what a generator reads in standard OpenAPI: ``AgentEvent`` is
``oneOf: [DescribedAgentEvent, UnknownAgentEvent]``. ``DescribedAgentEvent`` is a ``oneOf``
over one schema per content (event types sharing a content share a schema) with a
``discriminator`` on ``eventType`` mapping every described type to its schema;
``UnknownAgentEvent``, the open fallback, has an ``eventType`` that is none of the described
ones, so an event of any other type (an unlisted name, a number, null) still validates.
Exactly one branch matches any event. ``AgentEvent`` keeps its own properties (what every
event has); each branch only narrows ``eventType`` and ``content``.

The derived text sits between marker comments in openapi.yaml; tests/test_spec_events.py
fails when it is stale, and scripts/generator_view.py drops it again for the Python
generator (the templates handle the envelope itself).

Usage: python scripts/event_union.py [--check] [openapi.yaml]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

PREFIX = "#/components/schemas/"
FALLBACK = "UnknownAgentEvent"
DESCRIBED = "DescribedAgentEvent"
NO_CONTENT = "NoContentEvent"
BEGIN = "# <event-union> derived by scripts/event_union.py from x-event-contents: do not edit"
END = "# </event-union>"
REGIONS = ("envelope", "branches")


def _stem(content: str) -> str:
    return content[: -len("Content")] if content.endswith("Content") else content


def _bare(schema: Any) -> Any:
    """``schema`` without its annotations (descriptions, vendor extensions)."""
    if isinstance(schema, list):
        return [_bare(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: _bare(value)
        for key, value in schema.items()
        if key not in ("description", "title", "example", "examples") and not key.startswith("x-")
    }


def _with_fields(
    event: dict[str, Any], event_type: dict[str, Any], content: dict[str, Any] | None
) -> dict[str, Any]:
    """A branch's properties: every property of ``AgentEvent``, two of them narrowed.

    Each branch lists them all (bare copies) so that it stands alone: strict example checks
    (Redocly's ``unevaluatedProperties``) and TypeScript see the whole event in it.
    """
    found = {}
    for name, schema in (event.get("properties") or {}).items():
        if name == "eventType":
            found[name] = event_type
        elif name == "content" and content is not None:
            found[name] = content
        else:
            found[name] = _bare(schema)
    found.setdefault("eventType", event_type)
    if content is not None:
        found.setdefault("content", content)
    return found


def _names(document: dict[str, Any], types: list[str]) -> dict[str, Any]:
    """A branch's ``eventType``: its names, with EventType's varnames and descriptions."""
    known = document["components"]["schemas"].get("EventType", {})
    values = known.get("enum", [])
    varnames = dict(zip(values, known.get("x-enum-varnames", []), strict=False))
    descriptions = dict(zip(values, known.get("x-enum-descriptions", []), strict=False))
    schema: dict[str, Any] = {"type": "string", "enum": types}
    if all(t in varnames for t in types):
        schema["x-enum-varnames"] = [varnames[t] for t in types]
    if all(t in descriptions for t in types):
        schema["x-enum-descriptions"] = [descriptions[t] for t in types]
    return schema


def branches(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Branch schema name -> schema, in the order of ``x-event-contents`` (then the rest)."""
    event = document["components"]["schemas"]["AgentEvent"]
    contents: dict[str, str] = event.get("x-event-contents", {})
    null_content = [t for t in event.get("x-event-null-content", []) if t not in contents]
    optional = set(event.get("x-event-optional-content", []))
    groups: dict[tuple[str, bool], list[str]] = {}
    for event_type, content in contents.items():
        groups.setdefault((content, event_type in optional), []).append(event_type)
    mixed = {c for c, o in groups if (c, not o) in groups}
    found: dict[str, dict[str, Any]] = {}
    for (content, nullable), types in groups.items():
        name = _stem(content) + ("OrNoContentEvent" if nullable and content in mixed else "Event")
        ref: dict[str, Any] = {"$ref": PREFIX + content}
        found[name] = {
            "type": "object",
            "description": f"An event whose `content` is a `{content}`"
            + (" or null." if nullable else "."),
            "required": ["eventType"],
            "properties": _with_fields(
                event,
                _names(document, types),
                {"oneOf": [ref, {"type": "null"}]} if nullable else ref,
            ),
        }
    if null_content:
        found[NO_CONTENT] = {
            "type": "object",
            "description": "An event that carries no content.",
            "required": ["eventType"],
            "properties": _with_fields(event, _names(document, null_content), {"type": "null"}),
        }
    known = [t for schema in found.values() for t in schema["properties"]["eventType"]["enum"]]
    found[FALLBACK] = {
        "type": "object",
        "description": "The open fallback: an event of a type not described above "
        "(another name, a number or null); its content is passed on as it arrives.",
        "required": ["eventType"],
        "properties": _with_fields(
            event,
            {**_bare((event.get("properties") or {}).get("eventType", {})), "not": {"enum": known}},
            None,
        ),
    }
    return found


def envelope(document: dict[str, Any]) -> dict[str, Any]:
    """``AgentEvent``'s ``oneOf``: the described events or the open fallback."""
    return {"oneOf": [{"$ref": PREFIX + DESCRIBED}, {"$ref": PREFIX + FALLBACK}]}


def described(document: dict[str, Any]) -> dict[str, Any]:
    """``DescribedAgentEvent``: a ``oneOf`` over the branches, discriminated by ``eventType``.

    The fallback stays outside it: a discriminator needs every branch's ``eventType`` to be
    an ``enum`` or ``const`` (validators such as Ajv's refuse anything else), and "none of
    these" is neither.
    """
    found = branches(document)
    found.pop(FALLBACK)
    mapping = {
        event_type: PREFIX + name
        for name, schema in found.items()
        for event_type in schema["properties"]["eventType"]["enum"]
    }
    return {
        "description": "An event of a type this document describes, its `content` typed by "
        "its `eventType`.",
        "oneOf": [{"$ref": PREFIX + name} for name in found],
        "discriminator": {"propertyName": "eventType", "mapping": mapping},
    }


def _dump(value: dict[str, Any], indent: int) -> list[str]:
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=100)
    return [(" " * indent + line) if line else line for line in text.splitlines()]


def render(document: dict[str, Any]) -> dict[str, list[str]]:
    """The lines of each derived region (markers included)."""
    return {
        "envelope": ["      " + BEGIN, *_dump(envelope(document), 6), "      " + END],
        "branches": [
            "    " + BEGIN,
            *_dump({DESCRIBED: described(document), **branches(document)}, 4),
            "    " + END,
        ],
    }


def _regions(lines: list[str]) -> list[tuple[int, int]]:
    starts = [i for i, line in enumerate(lines) if line.strip() == BEGIN]
    ends = [i for i, line in enumerate(lines) if line.strip() == END]
    if len(starts) != len(REGIONS) or len(ends) != len(REGIONS):
        raise ValueError(f"openapi.yaml needs {len(REGIONS)} pairs of event-union markers")
    pairs = list(zip(starts, ends, strict=True))
    if any(end < start for start, end in pairs):
        raise ValueError("openapi.yaml: an event-union end marker comes before its start")
    return pairs


def rewritten(text: str) -> str:
    """``text`` (openapi.yaml) with its derived regions brought up to date."""
    document = yaml.safe_load(text)
    lines = text.split("\n")
    fresh = render(document)
    for (start, end), region in reversed(list(zip(_regions(lines), REGIONS, strict=True))):
        lines[start : end + 1] = fresh[region]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    rest = [a for a in argv if a != "--check"]
    path = Path(rest[0] if rest else "openapi.yaml")
    text = path.read_text(encoding="utf-8")
    new = rewritten(text)
    if new == text:
        return 0
    if check:
        print(
            f"{path}: the event union is stale: run python scripts/event_union.py", file=sys.stderr
        )
        return 1
    path.write_text(new, encoding="utf-8")
    print(f"{path}: event union rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
