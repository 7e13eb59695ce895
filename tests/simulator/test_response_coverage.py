"""The simulator fills every property of each operation's documented result.

A new optional field in the spec must show up in the simulator too (or be listed below
with the reason it is left out): otherwise clients are tested against answers that never
carry it. The realistic session of test_schemas exercises every operation; each property
path of each 200 answer schema must appear in at least one answer.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Any

import httpx

from cec_agentgateway.simulator import ManualClock
from tests.conftest import operations
from tests.simulator.helpers import BASE_URL, make_simulator
from tests.simulator.test_schemas import Recorder, operation_of, realistic_session

# operationId -> property paths the simulator leaves out on purpose (fnmatch patterns: `*`
# also matches dots), each with why. Kept exact: every pattern must still match a path the
# simulator leaves out, so a field filled later is removed from here (the test says which).
_CALL_INFO_OBJECT = (
    "the simulator answers with the list shape (CallInfo[]); the single-object shape is"
    " what some gateways send for one call, and the client's decoding of it is tested in"
    " tests/overlay"
)
DELIBERATE_OMISSIONS: dict[str, dict[str, str]] = {
    "handShake": {
        "$.result": "the reference's example answers a heartbeat without `result`",
    },
    "queryAgentStatus": {
        "$.result[].*": "the simulator sends the example's single object, not the table's array",
    },
    "queryCallInfoByCallId": {"$.result.*": _CALL_INFO_OBJECT},
    "queryHoldList": {"$.result.*": _CALL_INFO_OBJECT},
    "queryCallInfoBeforeAnswer": {"$.result.*": _CALL_INFO_OBJECT},
    "queryCallInfoBeforeAnswerAnyCall": {"$.result.*": _CALL_INFO_OBJECT},
    "downloadRecordFile": {
        "$.*": "a download that succeeds answers the file's bytes; the envelope comes only"
        " with a non-zero retcode",
    },
    "queryWaitCallInfoBySkillId": {"$.result.*": _CALL_INFO_OBJECT},
    "downloadChatFile": {
        "$.*": "a download answers with the file's bytes; the envelope comes only with a refusal",
    },
    **{
        operation_id: {"$.*": "a download that succeeds answers the file's bytes"}
        for operation_id in ("downloadRecordFileEx", "downloadVideoFile", "downloadVideoFileEx")
    },
}


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    return schema


def documented(spec: dict[str, Any], schema: dict[str, Any], path: str, depth: int = 0) -> set[str]:
    """Every property path the schema describes (``$.result.trace.enterReason``)."""
    found: set[str] = set()
    if depth > 12:
        return found
    schema = _resolve(spec, schema)
    for keyword in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(keyword, []):
            found |= documented(spec, part, path, depth + 1)
    if "items" in schema and isinstance(schema["items"], dict):
        found |= documented(spec, schema["items"], f"{path}[]", depth + 1)
    for name, sub in schema.get("properties", {}).items():
        found.add(f"{path}.{name}")
        found |= documented(spec, sub, f"{path}.{name}", depth + 1)
    return found


def present(value: Any, path: str) -> set[str]:
    """Every property path that occurs in a JSON value."""
    found: set[str] = set()
    if isinstance(value, dict):
        for name, sub in value.items():
            found.add(f"{path}.{name}")
            found |= present(sub, f"{path}.{name}")
    elif isinstance(value, list):
        for item in value:
            found |= present(item, f"{path}[]")
    return found


def test_every_documented_response_property_is_filled(python_view: dict[str, Any]) -> None:
    found_operations = operations(python_view)
    seen: dict[str, set[str]] = {}
    for shape in ("object", "array"):
        clock = ManualClock(1_000.0)
        sim = make_simulator(clock, conference_result_shape=shape)
        recorder = Recorder(sim.transport())
        with httpx.Client(base_url=BASE_URL, transport=recorder) as http:
            realistic_session(sim, clock, http, python_view)
        for request, response in recorder.exchanges:
            if not response.headers["content-type"].startswith("application/json"):
                continue  # a downloaded file
            body = response.json()
            if body.get("retcode") != "0":
                continue
            operation_id = operation_of(found_operations, request)
            seen.setdefault(operation_id, set()).update(present(body, "$"))

    missing: dict[str, set[str]] = {}
    for operation_id, (_, _, operation) in found_operations.items():
        answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
        expected = documented(python_view, answer, "$")
        gaps = expected - seen.get(operation_id, set())
        if gaps:
            missing[operation_id] = gaps
    unlisted = {
        op: sorted(
            path
            for path in paths
            if not any(fnmatchcase(path, p) for p in DELIBERATE_OMISSIONS.get(op, {}))
        )
        for op, paths in missing.items()
    }
    stale = {
        op: sorted(
            pattern
            for pattern in patterns
            if not any(fnmatchcase(path, pattern) for path in missing.get(op, set()))
        )
        for op, patterns in DELIBERATE_OMISSIONS.items()
    }
    assert not any(unlisted.values()), f"not filled by the simulator and not listed: {unlisted}"
    assert not any(stale.values()), f"listed as omitted but filled now: {stale}"
