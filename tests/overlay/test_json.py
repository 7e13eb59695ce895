"""Issue 26: bodies are parsed by msgspec first, and every body still reads exactly as
``json.loads`` reads it, or fails as it fails (``_json.py``).

Compared: the seed answers, a large conference answer, the inputs where the two parsers are
known to differ (NaN, integers past 64 bits, lone surrogates, other encodings, deep nesting,
duplicate keys, control characters) and random byte mutations of valid bodies.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import pytest

from cec_agentgateway import _json

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seed_examples"


def _canonical(value: Any) -> Any:
    """``value`` with every type spelled out (floats by their bits, so NaN equals NaN)."""
    if isinstance(value, dict):
        return ("dict", [(k, _canonical(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_canonical(v) for v in value])
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value.hex())
    return (type(value).__name__, value)


def _outcome(loads: Any, data: bytes | str) -> Any:
    try:
        return ("ok", _canonical(loads(data)))
    except RecursionError:
        return ("failed", "RecursionError")
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return ("failed", type(exc).__name__)


def _same(data: bytes | str) -> None:
    assert _outcome(_json.loads, data) == _outcome(json.loads, data), data[:200]


def test_the_installed_parser_is_msgspec() -> None:
    # CPython installs carry msgspec (pyproject); without it, the figures of docs/performance.md
    # do not hold, so a missing msgspec in the test environment is a failure, not a skip.
    assert _json.PARSER == "msgspec"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.json")), ids=lambda p: p.stem)
def test_seed_answers_read_the_same(path: Path) -> None:
    body = json.dumps(json.loads(path.read_text())["response"]).encode()
    _same(body)
    _same(body.decode())


_EDGES: list[bytes | str] = [
    b"",
    b"   ",
    b"{}",
    b' {"a": 1} ',
    b"{} x",
    b"NaN",
    b"[NaN, Infinity, -Infinity]",
    b'{"retcode": "0", "x": 1e400}',
    b"-0",
    b"-0.0",
    b"1E5",
    b"0.1",
    b"123456789012345678901234567890",
    str(2**64).encode(),
    str(2**64 - 1).encode(),
    str(-(2**63) - 1).encode(),
    str(-(2**63)).encode(),
    b'"\\ud800"',
    b'["\\udc00", "\\ud83d\\ude00"]',
    '"\ud800"',
    b"\xef\xbb\xbf{}",
    '{"a": "é"}'.encode("utf-16"),
    '{"a": "é"}'.encode("utf-16-le"),
    '{"a": "é"}'.encode("utf-32"),
    b'{"a": "\xff"}',
    b'{"a": "\x01"}',
    b'{"a": "tab\there"}',
    b'{"a": 1, "a": 2}',
    b"[" * 5000 + b"]" * 5000,
    b"[" * 900 + b"]" * 900,
    b"[1,]",
    b'{"a":}',
    b"'a'",
    b"true",
    b"null",
    b'"\\u0000"',
]


@pytest.mark.parametrize("data", _EDGES, ids=range(len(_EDGES)))
def test_where_the_parsers_differ_json_decides(data: bytes | str) -> None:
    _same(data)


def _document(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.random()
    if depth > 3 or kind < 0.4:
        return rng.choice(
            [None, True, False, 0, -1, 2**40, 2**70, 1.5, -2.25e-8, "", "x", "é中", "\\", "\n"]
        )
    if kind < 0.7:
        return [_document(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {f"k{rng.randint(0, 5)}": _document(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_random_bodies_and_their_mutations_read_the_same() -> None:
    rng = random.Random(26)
    for _ in range(1500):
        body = json.dumps(_document(rng), ensure_ascii=rng.random() < 0.5).encode()
        _same(body)
        mutated = bytearray(body)
        for _ in range(rng.randint(1, 3)):
            where = rng.randrange(len(mutated) + 1)
            choice = rng.random()
            if choice < 0.4 and mutated:
                del mutated[min(where, len(mutated) - 1)]
            elif choice < 0.8:
                mutated.insert(where, rng.choice(b'{}[]",:0123456789.eE-+ \\tnrufalsNI\xff\x00'))
            elif mutated:
                mutated[min(where, len(mutated) - 1)] = rng.randrange(256)
        _same(bytes(mutated))
