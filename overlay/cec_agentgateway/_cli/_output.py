"""Rendering results: JSON (the wire's field names, as other languages see them) or text.

JSON: generated models are written with ``to_dict()`` (wire names and values, e.g.
``{"callid": ..., "callfeature": 0}``), events as the wire's event object, other dataclasses
with their field names; a call handle (``call-out``, ...) as its call ID and whether it is
connected (with the AgentEvent_Talking that connected it, after ``--wait``). ``--human``: one
``name: value`` line per field, enum members with their meaning, timestamps as UTC dates.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime
import enum
import json
from collections.abc import Iterator
from typing import Any

import attrs

from .._calls import AsyncCall, Call
from .._events import Event

__all__ = ["describe_event", "human", "jsonable", "render"]


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, Event):
        return value.raw.to_dict()
    if isinstance(value, (Call, AsyncCall)):
        return {k: jsonable(v) for k, v in _call_fields(value)}
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.timedelta)):
        return str(value) if isinstance(value, datetime.timedelta) else value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def render(value: Any, *, human: bool) -> str:
    """The text printed for a command's result."""
    if not human:
        return json.dumps(jsonable(value), ensure_ascii=False)
    if value is None:
        return "(none)"
    if isinstance(value, Event):
        return describe_event(value)
    if isinstance(value, list):
        if not value:
            return "(none)"
        blocks = [f"[{index}]\n" + _indent(human_lines(item)) for index, item in enumerate(value)]
        return "\n".join(blocks)
    return "\n".join(human_lines(value))


def human(value: Any) -> str:
    """One value as text: enum members with their meaning."""
    if isinstance(value, enum.Enum):
        meaning = getattr(value, "description", None)
        return f"{value.value} ({meaning})" if meaning else str(value.value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    return str(value)


def human_lines(value: Any) -> list[str]:
    """``name: value`` lines for a model or dataclass, nested ones indented."""
    lines: list[str] = []
    for name, item in _fields(value):
        if _is_record(item):
            lines.append(f"{name}:")
            lines.extend("  " + line for line in human_lines(item))
        elif isinstance(item, list) and any(_is_record(i) for i in item):
            lines.append(f"{name}:")
            for element in item:
                sub = human_lines(element) if _is_record(element) else [human(element)]
                lines.append("  - " + sub[0])
                lines.extend("    " + line for line in sub[1:])
        elif isinstance(item, list):
            lines.append(f"{name}: {', '.join(human(i) for i in item)}")
        else:
            lines.append(f"{name}: {human(item)}")
    return lines or [human(value)]


def describe_event(event: Event) -> str:
    """One line per event: its type, meaning and content."""
    text = f"{event.type.value:<32} {event.type.description or ''}".rstrip()
    if event.content is not None:
        text += f"  {json.dumps(jsonable(event.content), ensure_ascii=False)}"
    return text


def _is_record(value: Any) -> bool:
    return attrs.has(type(value)) or (
        dataclasses.is_dataclass(value) and not isinstance(value, type)
    )


def _call_fields(call: Call | AsyncCall) -> Iterator[tuple[str, Any]]:
    """What a call handle tells: its ID, whether it is connected, the event that connected it."""
    yield "call_id", call.call_id
    yield "connected", call.talking is not None
    if call.talking is not None:
        yield "talking", call.talking


def _fields(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, (Call, AsyncCall)):
        for name, item in _call_fields(value):
            yield name, describe_event(item) if isinstance(item, Event) else item
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name == "additional_properties" or not field.init:
                continue
            item = getattr(value, field.name)
            if item is None or type(item).__name__ == "Unset":
                continue
            # Epoch-millisecond fields have an ``_at`` accessor: show the date instead.
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                when = getattr(value, f"{field.name}_at", None)
                if isinstance(when, datetime.datetime):
                    item = when
            yield field.name, item
        for key, item in (getattr(value, "additional_properties", None) or {}).items():
            yield key, item
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield field.name, getattr(value, field.name)
    elif isinstance(value, dict):
        yield from value.items()


def _indent(lines: list[str]) -> str:
    return "\n".join("  " + line for line in lines)
