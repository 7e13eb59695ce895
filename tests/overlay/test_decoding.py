"""Timestamps, durations and enums decode from whatever the wire sends."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from openapi_python_client import strings

from cec_agentgateway import AgentStateInfo, CallInfo, Conference, ReasonCode
from cec_agentgateway.generated import models
from cec_agentgateway.generated.spec_extensions import duration, epoch_millis_to_datetime
from cec_agentgateway.generated.types import UNSET

UTC = dt.UTC
MOMENT = dt.datetime(2019, 8, 24, 8, 45, 7, 992000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        (1566636307992, MOMENT),
        ("1566636307992", MOMENT),
        (" 1566636307992 ", MOMENT),
        ("", None),
        (None, None),
        (UNSET, None),
        (0, dt.datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_epoch_millis(wire: Any, expected: dt.datetime | None) -> None:
    assert epoch_millis_to_datetime(wire) == expected
    decoded = AgentStateInfo.from_dict({"currentTime": wire} if wire is not UNSET else {})
    assert decoded.current_time_at == expected
    if expected is not None:
        assert expected.tzinfo is UTC


BAD_TIMESTAMPS = [
    "yesterday", "12:00", True, 1.5, [1],
    99999999999999999, "99999999999999999", -99999999999999999, 10**400,
]  # fmt: skip


@pytest.mark.parametrize("wire", BAD_TIMESTAMPS)
def test_a_timestamp_that_is_no_datetime_reads_as_none_and_stays_raw(wire: Any) -> None:
    info = CallInfo.from_dict({"begintime": wire})
    assert info.begintime_at is None
    assert info.begintime == wire
    assert info.to_dict()["begintime"] == wire


@pytest.mark.parametrize("wire", BAD_TIMESTAMPS)
def test_the_strict_decoder_names_the_field(wire: Any) -> None:
    with pytest.raises(ValueError, match="begintime"):
        epoch_millis_to_datetime(wire, "begintime")


# A valid value for each required field of a model, so that from_dict accepts it.
REQUIRED_SAMPLES = {
    "eventType": "AgentOther_InService",
    "memberNum": 1,
    "prolongTime": 1,
    "password": "",
    "phonenum": "",
    "voicepath": "f",
    "fileName": "f",
    "ccId": 1,
}


def _fields_referring_to(spec: dict[str, Any], target: str) -> list[tuple[str, str]]:
    return [
        (name, field)
        for name, schema in spec["components"]["schemas"].items()
        for field, sub in schema.get("properties", {}).items()
        if sub.get("$ref") == f"#/components/schemas/{target}"
    ]


def test_every_timestamp_field_of_the_spec_has_an_accessor(python_view: dict[str, Any]) -> None:
    fields = _fields_referring_to(python_view, "EpochMillis")
    assert len(fields) >= 16
    for model_name, field in fields:
        schema = python_view["components"]["schemas"][model_name]
        data = {r: REQUIRED_SAMPLES[r] for r in schema.get("required", [])} | {field: "1000"}
        model = getattr(models, model_name).from_dict(data)
        accessor = f"{strings.snake_case(field)}_at"
        assert getattr(model, accessor) == dt.datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC), accessor


def test_every_duration_field_of_the_spec_has_an_accessor(spec: dict[str, Any]) -> None:
    for model_name, schema in spec["components"]["schemas"].items():
        for field, sub in schema.get("properties", {}).items():
            unit = sub.get("x-duration-unit")
            if unit is None:
                continue
            data = {r: REQUIRED_SAMPLES[r] for r in schema.get("required", [])} | {field: 2}
            model = getattr(models, model_name).from_dict(data)
            value = getattr(model, f"{strings.snake_case(field)}_duration")
            assert value == dt.timedelta(**{unit: 2}), field


@pytest.mark.parametrize(
    ("field", "unit"),
    [("applyConfTime", "minutes"), ("confHaveBeenTime", "minutes")],
)
def test_minute_durations(field: str, unit: str) -> None:
    conf = Conference.from_dict({field: "29"})
    accessor = {
        "applyConfTime": "apply_conf_time_duration",
        "confHaveBeenTime": "conf_have_been_time_duration",
    }
    assert getattr(conf, accessor[field]) == dt.timedelta(minutes=29)
    assert getattr(Conference.from_dict({}), accessor[field]) is None


def test_second_durations() -> None:
    info = CallInfo.from_dict({"logontimes": 3600, "waitTime": 12})
    assert info.logontimes_duration == dt.timedelta(hours=1)
    assert info.wait_time_duration == dt.timedelta(seconds=12)
    assert duration("", "seconds") is None


def test_enum_members_have_names_and_descriptions() -> None:
    code = ReasonCode(26)
    assert code is ReasonCode.USER_NO_ANSWER
    assert code.description == "The customer did not answer."
    assert str(code) == "26" and code == 26
