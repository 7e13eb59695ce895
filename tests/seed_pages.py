"""Reading the example JSON printed in the five reference pages (../shared/reference/seeds).

The examples are committed under tests/fixtures/seed_examples so that the suite runs from a
clone without the reference folder; when the folder is there, a test checks that the
fixtures still equal what the pages print.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO.parent / "shared" / "reference" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "seed_examples"

# seed file -> operationId, as in the foundation issue's table
SEED_OPERATIONS = {
    "000_8fb83d1556e89e17.txt": "queryConfInfos",
    "001_3e09f45b98bc3013.txt": "requestAgentConf",
    "002_11c6c3e46d801ed2.txt": "queryCallInfo",
    "003_87d875a91826f0f5.txt": "queryCallAppData",
    "004_2da766e1bf7c3aa8.txt": "syncAgentInfo",
}


def _json_after(text: str, marker: str) -> Any | None:
    """The first JSON object that follows ``marker`` in ``text``, or None."""
    at = text.find(marker)
    if at < 0:
        return None
    start = text.find("{", at)
    if start < 0:
        return None
    value, _ = json.JSONDecoder().raw_decode(text[start:])
    return value


def examples_in_page(text: str) -> dict[str, Any]:
    """{"request": ..., "response": ...} for the examples a page prints (either may be absent)."""
    found: dict[str, Any] = {}
    tail = text[text.find("Example") :] if "Example" in text else ""
    request = _json_after(tail, "Request parameter")
    response = _json_after(tail, "Response parameter")
    if request is not None and (response is None or request != response):
        found["request"] = request
    if response is not None:
        found["response"] = response
    return found


def fixture(operation_id: str) -> dict[str, Any]:
    path = FIXTURES / f"{operation_id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
