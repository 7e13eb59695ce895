"""Modules imported on first use, so that loading the client stays cheap.

``from cec_agentgateway import AgentGateway`` loads every operation family, and each family
names dozens of generated API modules (one per operation). Importing them all costs more
than importing httpx, though an agent desktop calls a handful. A family therefore binds each
module's name to a :class:`LazyModule` at run time (type checkers see the real import under
``TYPE_CHECKING``)::

    if TYPE_CHECKING:
        from .generated.api.onlineagent import say_busy
    else:
        say_busy = generated_api("onlineagent.say_busy")

The first ``say_busy._get_kwargs`` imports the module; later uses are a plain attribute
lookup (the function is kept on the proxy). The same stands in for ``asyncio`` (which a sync
client never needs) and ``httpcore`` (which httpx itself imports only when a transport is made).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["LazyModule", "generated_api"]


class LazyModule:
    """Stands for a module that is imported when one of its attributes is first read."""

    def __init__(self, name: str) -> None:
        self._lazy_name = name

    def __getattr__(self, attr: str) -> Any:
        # Only called for attributes not set yet: import (cached in sys.modules), then keep
        # the value on the proxy so the next lookup does not come here.
        value = getattr(importlib.import_module(self._lazy_name), attr)
        setattr(self, attr, value)
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self._lazy_name!r}>"


def generated_api(path: str) -> LazyModule:
    """The generated API module ``generated.api.<path>`` (e.g. ``"onlineagent.say_busy"``),
    imported on first use."""
    return LazyModule(f"{__package__}.generated.api.{path}")
