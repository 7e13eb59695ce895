"""Issue 26: the generated decoders (one-pass lists, one lookup per optional enum) give the
same models as a reference decoder that reads each class's type hints field by field.

The reference knows nothing of the templates: for every attrs field it reads the wire value
(the class's ``_WIRE_NAMES``), and decodes it by the field's declared type (an enum through
its class, a model recursively, a list item by item, text fields through ``as_text``). Each
seed example, a large conference answer and fuzzed variants of them (fields dropped, nulled,
unknown enum values, extra keys, wrong types) must give equal field values and an equal
``to_dict()``, or fail the same way on both paths.
"""

from __future__ import annotations

import copy
import enum
import json
import random
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

from cec_agentgateway.generated import models
from cec_agentgateway.generated.spec_extensions import as_text

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seed_examples"
_NAMESPACE = {name: getattr(models, name) for name in models.__all__}


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, localns=_NAMESPACE)


def _alternatives(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(hint) if a is not type(None)]
    return [hint]


_FAILURES = (TypeError, ValueError, AttributeError, KeyError)


def _reference_value(hint: Any, value: Any, text: bool, union: bool = False) -> Any:
    if value is None:
        return None
    if text:
        return as_text(value)
    alternatives = _alternatives(hint)
    if union:  # a oneOf in the spec (say a model or null): a value that fails stays raw
        alternatives = [*alternatives, object]
    for alternative in alternatives:
        origin = typing.get_origin(alternative)
        if origin is list:
            (item,) = typing.get_args(alternative)
            decode: Any = lambda v, item=item: [_reference_value(item, i, False) for i in v]  # noqa: E731
            wanted: type = list
        elif isinstance(alternative, type) and issubclass(alternative, enum.Enum):
            decode, wanted = alternative, object
        elif isinstance(alternative, type) and attrs.has(alternative):
            decode = lambda v, cls=alternative: reference_decode(cls, v)  # noqa: E731
            wanted = dict
        else:
            continue
        if len(alternatives) == 1:
            return decode(value)  # a plain field: its failure is the model's
        if not isinstance(value, wanted):
            continue
        try:  # one alternative of a union: the next one is tried
            return decode(value)
        except _FAILURES:
            continue
    return value


def _shapes(cls: type) -> tuple[set[str], set[str]]:
    """The fields read through as_text (PhoneNumber, NumericText) and the fields that are a
    oneOf in the spec, which the type hints fold away (the names, not the code that decodes)."""
    source = sys.modules[cls.__module__].__file__
    assert source is not None
    code = Path(source).read_text()
    names = [f.name for f in attrs.fields(cls)]
    texts = {n for n in names if f"as_text(_{n})" in code or f"{n} = as_text(" in code}
    unions = {n for n in names if f"_{n}_found = False" in code}
    return texts, unions


def reference_decode(cls: type, data: Any) -> Any:
    """``cls`` decoded from ``data`` field by field from its type hints (no generated code)."""
    module = sys.modules[cls.__module__]
    wire_names: dict[str, str] = getattr(module, "_WIRE_NAMES", {})
    hints = _hints(cls)
    texts, unions = _shapes(cls)
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        wire = wire_names.get(field.name, field.name)
        raw = data.get(wire)
        values[field.name] = _reference_value(
            hints[field.name], raw, field.name in texts, field.name in unions
        )
    obj = cls(**values)
    known = set(getattr(module, "_KNOWN_KEYS", ()))
    extra = {k: v for k, v in data.items() if k not in known}
    if extra:
        obj.additional_properties = extra
    obj._received = data
    return obj


def _fields(obj: Any) -> Any:
    """Every field value, recursively, with enum members by type, value and name."""
    if isinstance(obj, list):
        return [_fields(item) for item in obj]
    if isinstance(obj, enum.Enum):
        return (type(obj).__name__, obj.value, obj.name)
    if attrs.has(type(obj)):
        # the public fields and the unknown keys; a received model's cache of the latter
        # (``_additional``, filled on first read) is its own business
        values = {
            f.name: _fields(getattr(obj, f.name))
            for f in attrs.fields(type(obj))
            if f.name != "_additional"
        }
        if hasattr(obj, "additional_properties"):
            values["additional_properties"] = _fields(obj.additional_properties)
        return values
    return (type(obj).__name__, obj)


def _outcome(decode: Any, cls: type, body: Any) -> Any:
    try:
        obj = decode(cls, body)
    except _FAILURES as exc:
        return ("failed", type(exc).__name__)
    return ("ok", _fields(obj), obj.to_dict())


def _generated(cls: Any, body: Any) -> Any:
    return cls.from_dict(body)


def _response_model(operation_id: str) -> type:
    return getattr(models, operation_id[0].upper() + operation_id[1:] + "Response")  # type: ignore[no-any-return]


def _seeds() -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.stem, json.loads(path.read_text())["response"])
        for path in sorted(SEEDS.glob("*.json"))
    ]


def _conferences(n_confs: int, n_parts: int) -> dict[str, Any]:
    confs = [
        {
            "confId": 1029888 + c,
            "confState": c % 3,
            "startTime": 1475745454000,
            "addresses": [
                {"addressType": "6", "address": 70000 + p, "deviceType": p % 2, "role": p % 2}
                for p in range(n_parts)
            ],
        }
        for c in range(n_confs)
    ]
    return {"message": "", "retcode": "0", "result": {"confs": confs}}


_ODD_VALUES: list[Any] = [None, 0, 1, 99, -1, "", "x", "9", True, 1.5, [], {}, [1], {"a": 1}]


def _fuzz(body: Any, rng: random.Random) -> Any:
    """A copy of ``body`` with a few of its keys dropped, nulled, retyped or added."""
    out = copy.deepcopy(body)
    dicts: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            dicts.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(out)
    for _ in range(rng.randint(1, 4)):
        target = rng.choice(dicts)
        keys = list(target)
        if keys and rng.random() < 0.7:
            key = rng.choice(keys)
            if key in ("retcode", "result") and target is out:
                continue
            choice = rng.random()
            if choice < 0.3:
                del target[key]
            else:
                target[key] = rng.choice(_ODD_VALUES)
        else:
            target[f"extra{rng.randint(0, 9)}"] = rng.choice(_ODD_VALUES)
    return out


@pytest.mark.parametrize(("operation_id", "body"), _seeds(), ids=[s for s, _ in _seeds()])
def test_seed_examples_decode_as_the_reference(operation_id: str, body: dict[str, Any]) -> None:
    cls = _response_model(operation_id)
    got = _outcome(_generated, cls, body)
    assert got[0] == "ok"
    assert got == _outcome(reference_decode, cls, body)


def test_a_large_answer_decodes_as_the_reference() -> None:
    body = _conferences(5, 40)
    cls = models.QueryConfInfosResponse
    got = _outcome(_generated, cls, body)
    assert got[0] == "ok"
    assert got == _outcome(reference_decode, cls, body)
    confs = got[2]["result"]["confs"]
    assert [len(c["addresses"]) for c in confs] == [40] * 5


def test_fuzzed_bodies_decode_as_the_reference() -> None:
    rng = random.Random(26)
    bodies = [(op, body) for op, body in _seeds()]
    bodies.append(("queryConfInfos", _conferences(2, 3)))
    failed = ok = 0
    for _ in range(400):
        operation_id, body = rng.choice(bodies)
        cls = _response_model(operation_id)
        fuzzed = _fuzz(body, rng)
        got = _outcome(_generated, cls, fuzzed)
        assert got == _outcome(reference_decode, cls, fuzzed), fuzzed
        ok += got[0] == "ok"
        failed += got[0] == "failed"
    assert ok > 100  # the fuzzing keeps most bodies decodable, and breaks some


def test_team_member_state_reads_as_the_enum_class() -> None:
    from cec_agentgateway._team_member import _state

    for code in [*range(-2, 40), 255, 10**6]:
        want = models.GatewayAgentState(code)
        wires = (code, str(code), f" {code} ") if code >= 0 else (code,)  # "-2" is no number
        for wire in wires:
            got = _state(wire)
            assert got is not None
            assert (type(got), got.value, got.name) == (type(want), want.value, want.name)
    assert _state(True) is None and _state("x") is None and _state(None) is None
