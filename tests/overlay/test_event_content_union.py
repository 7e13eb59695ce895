"""The type checker's EventContent names exactly the models the run-time union is built of."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

import cec_agentgateway._event_record as events

SOURCE = Path(events.__file__).read_text(encoding="utf-8")


def _names(node: ast.expr) -> set[str]:
    if isinstance(node, ast.BinOp):
        return _names(node.left) | _names(node.right)
    assert isinstance(node, ast.Name), ast.dump(node)
    return {node.id}


def test_the_type_checkers_union_is_the_run_time_one() -> None:
    declared: set[str] = set()
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == [
            "EventContent"
        ]:
            declared = _names(node.value)
    assert declared, "EventContent is declared for type checkers"
    at_run_time = {model.__name__ for model in typing.get_args(events.EventContent)}
    assert declared == at_run_time, (declared - at_run_time, at_run_time - declared)
