"""examples/chat_desk.py runs: two chats at once, a file sent in one, the other transferred."""

from __future__ import annotations

import importlib.util
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chat_desk.py"


def test_the_chat_desk_example_runs() -> None:
    spec = importlib.util.spec_from_file_location("chat_desk", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    printed: list[str] = module.main()
    assert [line.split()[0] for line in printed if line.startswith("answered")] == [
        "answered",
        "answered",
    ]
    assert any(line.endswith(": Can I see your terms?") for line in printed)
    assert any(line.endswith(": I need to change my contract.") for line in printed)
    assert any(line.startswith("sent terms.txt to ") for line in printed)
    assert any(line.startswith("transferred ") and line.endswith(" to 155") for line in printed)
