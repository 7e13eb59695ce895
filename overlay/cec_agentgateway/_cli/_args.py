"""Argument helpers of the subcommand table: enum names, data from stdin or a file, and the
steps some subcommands take around their method (``hold``, ``retrieve``, ``transfer``)."""

from __future__ import annotations

import argparse
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ._config import UsageError

__all__ = [
    "Context",
    "EnumArg",
    "Prepare",
    "held_call",
    "note_current_call",
    "only_held_call",
    "read_data",
    "transfer_mode",
]


class EnumArg:
    """An enum argument given by name (any case, ``-`` or ``_``) or by number.

    With one enum the value passed on is the member's value; with several (the transfer
    modes, whose numbers depend on the device type) a name stays text for the command's
    ``prepare`` step to resolve.
    """

    def __init__(self, *enums: type[enum.Enum]) -> None:
        self.enums = enums
        self.__name__ = enums[0].__name__  # argparse names the type in its messages

    def __call__(self, text: str) -> Any:
        stripped = text.strip()
        if stripped.lstrip("-").isdigit():
            return int(stripped)
        name = stripped.upper().replace("-", "_")
        for members in self.enums:
            if name in members.__members__ and len(self.enums) == 1:
                return members.__members__[name].value
            if name in members.__members__:
                return name
        raise argparse.ArgumentTypeError(f"{text!r} is none of {self.describe()}")

    def describe(self) -> str:
        """The accepted names with their numbers, for ``--help`` and errors."""
        listed = [", ".join(f"{m.name} {m.value}" for m in members) for members in self.enums]
        if len(self.enums) == 1:
            return listed[0]
        pairs = zip(self.enums, listed, strict=True)
        return "; ".join(f"{members.__name__}: {text}" for members, text in pairs)


@dataclass(frozen=True)
class Context:
    """What a command's ``prepare`` step may use besides the parsed arguments."""

    agent: Any
    stdin: TextIO
    #: What a ``prepare`` step notes for the command's ``then`` step.
    notes: dict[str, Any] = field(default_factory=dict)


#: A step that completes the keyword arguments before the method is called.
Prepare = Callable[[dict[str, Any], Context], None]


def read_data(name: str) -> Prepare:
    """``-`` reads the argument ``name`` from standard input, ``@PATH`` from a file (one
    trailing newline dropped, as ``$(cat PATH)`` would)."""

    def prepare(keywords: dict[str, Any], context: Context) -> None:
        value = keywords.get(name)
        if not isinstance(value, str):
            return
        if value == "-":
            text = context.stdin.read()
        elif value.startswith("@"):
            path = Path(value[1:])
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise UsageError(f"{name}: no such file: {path}") from None
            except (OSError, UnicodeDecodeError) as error:
                raise UsageError(f"{name}: cannot read {path}: {error}") from None
        else:
            return
        keywords[name] = text.removesuffix("\n")

    return prepare


def transfer_mode(keywords: dict[str, Any], context: Context) -> None:
    """A transfer mode given by name: its number for the device type (5: external)."""
    from .._errors import RequestValidationError
    from ..generated.models import ExternalTransferMode, InternalTransferMode

    mode = keywords.get("mode")
    if not isinstance(mode, str):
        return
    modes: type[enum.Enum] = (
        ExternalTransferMode if keywords.get("device_type") == 5 else InternalTransferMode
    )
    if mode not in modes.__members__:
        names = ", ".join(modes.__members__)
        raise RequestValidationError("mode", f"{mode} is not a {modes.__name__} ({names})")
    keywords["mode"] = modes.__members__[mode].value


def only_held_call(keywords: dict[str, Any], context: Context) -> None:
    """No call ID given: the one held call (an error names them when several are held)."""
    from .._errors import RetcodeError

    if keywords.get("call_id") is not None:
        return
    try:
        held = [call.callid for call in context.agent.held_calls()]
    except RetcodeError as error:
        if error.retcode != "400-003":  # the gateway's "no held call"
            raise
        held = []
    if len(held) == 1:
        keywords["call_id"] = held[0]
        return
    if not held:
        raise UsageError("no call is on hold (hold puts the current call on hold)")
    raise UsageError(f"{len(held)} calls are on hold ({', '.join(held)}): name one")


def note_current_call(keywords: dict[str, Any], context: Context) -> None:
    """Before ``hold``: which call is the current one."""
    current = context.agent.call_info()
    context.notes["call_id"] = None if current is None else current.callid


def held_call(context: Context, result: Any) -> Any:
    """After ``hold``: the call put on hold (its call information)."""
    held = context.agent.held_calls()
    for call in held:
        if call.callid == context.notes.get("call_id"):
            return call
    return held[-1] if held else None
