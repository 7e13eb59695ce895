"""Issue 24: one regression test per defect it lists (each failed before the fix).

Every refused argument raises ``RequestValidationError`` naming the keyword the caller
wrote, and nothing reaches the transport; sync and async (the ``connect`` fixture).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGatewayError, RequestValidationError
from cec_agentgateway.generated import models
from tests.overlay.fakes import FakeGateway, json_reply, ok


def _done(result: Any) -> Any:
    """The result of a sync call, or of an async one run to completion."""
    if not inspect.isawaitable(result):
        return result

    async def wait() -> Any:
        return await result

    return asyncio.run(wait())


BAD_CALL_IDS = [
    "",
    ".",
    "..",
    "%2F",
    "a/b",
    "a?b",
    "a#b",
    "a\x00b",
    "a\r\nb",
    "\U0001f600",
    "١٥٣",
    "x" * 10_000,
]

# (label, action, the keyword the error names)
Action = Callable[[Any], Any]
CALL_ID_METHODS: list[tuple[str, Callable[[Any, str], Any]]] = [
    ("answer", lambda a, c: a.answer(c)),
    ("retrieve", lambda a, c: a.retrieve(c)),
    ("connect_held", lambda a, c: a.connect_held(c)),
    ("drop_call", lambda a, c: a.drop_call(c)),
    ("set_call_data", lambda a, c: a.set_call_data("x", call_id=c)),
    ("call_info_by_id", lambda a, c: a.call_info_by_id(c)),
    ("call_info_before_answer", lambda a, c: a.call_info_before_answer(c)),
    ("call_app_data", lambda a, c: a.call_app_data(call_id=c)),
    ("call_handle", lambda a, c: a.call_handle(c).drop()),
]
CALL_ID_KEYWORDS = {"join_three_party": "held_call_id"}
CALL_ID_METHODS.append(("join_three_party", lambda a, c: a.join_three_party(c)))

CASES: list[tuple[str, Action, str]] = [
    (
        f"{name}({value!r:.20})",
        (lambda a, f=action, v=value: f(a, v)),
        CALL_ID_KEYWORDS.get(name, "call_id"),
    )
    for name, action in CALL_ID_METHODS
    for value in BAD_CALL_IDS
]
CASES += [
    ("call_handle(None)", lambda a: a.call_handle(None).release(), "call_id"),
    ("call_handle(None) only", lambda a: a.call_handle(None), "call_id"),
    ("call_handle('a/b').hold()", lambda a: a.call_handle("a/b").hold(), "call_id"),
    ("snatch_pickup(arabic-indic)", lambda a: a.snatch_pickup("١٥٣"), "ringing_agent_id"),
    (
        "snatch_pickup(fullwidth)",
        lambda a: a.snatch_pickup("\uff11\uff15\uff13"),
        "ringing_agent_id",
    ),
    (
        "busy(wait_timeout='10')",
        lambda a: a.busy(201, wait=True, wait_timeout="10"),
        "wait_timeout",
    ),
    (
        "busy(wait_timeout=nan)",
        lambda a: a.busy(201, wait=True, wait_timeout=math.nan),
        "wait_timeout",
    ),
    ("busy(wait_timeout=-1)", lambda a: a.busy(201, wait=True, wait_timeout=-1), "wait_timeout"),
    ("busy(wait='yes')", lambda a: a.busy(201, wait="yes"), "wait"),
    (
        "phone_pickup(legacy_put='false')",
        lambda a: a.phone_pickup(legacy_put="false"),
        "legacy_put",
    ),
    ("phone_hangup(legacy_put=1)", lambda a: a.phone_hangup(legacy_put=1), "legacy_put"),
    ("join_skills([2**63])", lambda a: a.join_skills([2**63]), "skill_ids"),
    ("join_skills(123)", lambda a: a.join_skills(123), "skill_ids"),
    ("queue.acd_stats(None)", lambda a: _done(a.queue.acd_stats(None)), "skill_ids"),
    ("send_note(None, 'x')", lambda a: a.send_note(None, "x"), "agent_ids"),
    (
        "notify_bulletin(group of 5000)",
        lambda a: a.notify_bulletin("hello", group="g" * 5000),
        "group",
    ),
    (
        "notify_bulletin(text of 200000)",
        lambda a: a.notify_bulletin("t" * 200_000, group="team"),
        "text",
    ),
    ("poll_event(calldata of 100000)", lambda a: a.poll_event(calldata="x" * 100_000), "calldata"),
    ("disconnect('..')", lambda a: a.disconnect(".."), "number"),
    # a lone surrogate in free text (UnicodeEncodeError before the fix)
    ("send_note(lone surrogate)", lambda a: a.send_note([154], "a\ud800"), "content"),
    ("set_call_data(lone surrogate)", lambda a: a.set_call_data("a\udfff"), "data"),
    (
        "call_out(app_data=lone surrogate)",
        lambda a: a.call_out("70004", app_data="\ud800"),
        "app_data",
    ),
    (
        "notify_bulletin(lone surrogate)",
        lambda a: a.notify_bulletin("\ud800", group="team"),
        "text",
    ),
    ("poll_event(calldata=lone surrogate)", lambda a: a.poll_event(calldata="\ud800"), "calldata"),
]

SIGN_IN_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("phone=''", {"phone": ""}, "phone"),
    ("phone='a/b'", {"phone": "a/b"}, "phone"),
    ("phone CRLF", {"phone": "1\r\n2"}, "phone"),
    ("sign_in_mode=99", {"sign_in_mode": 99}, "sign_in_mode"),
    ("sign_in_mode CRLF", {"sign_in_mode": "1\r\n"}, "sign_in_mode"),
    ("sign_in_mode=-1", {"sign_in_mode": -1}, "sign_in_mode"),
    ("entry_ip", {"entry_ip": "not-an-ip"}, "entry_ip"),
    ("callback_uri CRLF", {"callback_uri": "http://a/\r\nX: 1"}, "callback_uri"),
    ("vc_phone_number CRLF", {"vc_phone_number": "1\r\n2"}, "vc_phone_number"),
    ("password surrogate", {"password": "pw\ud800"}, "password"),
]


@pytest.mark.parametrize(("label", "action", "keyword"), CASES, ids=[c[0] for c in CASES])
def test_refused_before_anything_is_sent(
    connect: Any, label: str, action: Action, keyword: str
) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid="g")
    with pytest.raises(RequestValidationError) as caught:
        action(agent)
    assert caught.value.argument == keyword or caught.value.field == keyword, caught.value
    assert fake.requests == [], f"{label} sent {fake.requests[0].url}"


@pytest.mark.parametrize(
    ("label", "fields", "keyword"), SIGN_IN_CASES, ids=[c[0] for c in SIGN_IN_CASES]
)
def test_sign_in_fields_are_refused_before_sending(
    connect: Any, label: str, fields: dict[str, Any], keyword: str
) -> None:
    fake = FakeGateway()
    options = {"password": "pw", "phone": "70001", **fields}
    with pytest.raises(RequestValidationError) as caught:
        connect(fake).sign_in("153", **options)
    assert keyword in (caught.value.argument, caught.value.field), caught.value
    assert fake.requests == []


PATH_VALUES = [".", "..", "a/b", "a?b", "a#b", "a\x7fb", "a\x00b", "a%2Fb", "a\\b", ""]


@pytest.mark.parametrize("value", PATH_VALUES, ids=[repr(v) for v in PATH_VALUES])
def test_every_path_is_checked_where_the_request_is_prepared(value: str) -> None:
    """The check where the URL is built: whichever builder forgot its own, nothing goes."""
    from urllib.parse import quote

    from cec_agentgateway._call_requests import DROP_CALL
    from cec_agentgateway._operations import PreparedCall

    url = f"/voicecall/153/dropcall/{quote(value, safe='')}"
    with pytest.raises(RequestValidationError) as caught:
        PreparedCall(DROP_CALL, "153", {"method": "post", "url": url}, lambda p, r: None)
    assert caught.value.argument == "call_id"
    PreparedCall(DROP_CALL, "153", {"method": "post", "url": "/voicecall/153/dropcall/1-2"}, print)


def test_legal_call_ids_still_go_out(connect: Any) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid="g")
    agent.drop_call("1455885056-1095")
    agent.call_app_data(call_id="1455885056-1095")
    agent.snatch_pickup("154")
    assert fake.requests[0].url.path.endswith("/voicecall/153/dropcall/1455885056-1095")
    assert fake.requests[2].url.params["destWorkNo"] == "154"


# ------------------------------------------------------------------ accessors
def _accessor_models() -> list[tuple[type, list[str], list[str]]]:
    """Every generated model with a derived accessor: (model, wire names, accessor names)."""
    found = []
    for name in dir(models):
        model = getattr(models, name)
        if not isinstance(model, type) or not hasattr(model, "from_dict"):
            continue
        accessors = [
            a
            for a, v in vars(model).items()
            if isinstance(v, property) and a.endswith(("_duration", "_at"))
        ]
        if accessors:
            wire = [f.name for f in getattr(model, "__attrs_attrs__", [])]
            found.append((model, wire, accessors))
    return found


ACCESSOR_MODELS = _accessor_models()
HOSTILE = [
    {},
    [],
    10**400,
    -(10**400),
    "9" * 5000,
    "\uff11\uff12",
    math.nan,
    math.inf,
    True,
    "x",
    1.5,
]


def test_there_are_duration_accessors_to_check() -> None:
    names = [a for _, _, accessors in ACCESSOR_MODELS for a in accessors]
    assert any(a.endswith("_duration") for a in names) and any(a.endswith("_at") for a in names)


@pytest.mark.parametrize("hostile", HOSTILE, ids=[repr(h)[:12] for h in HOSTILE])
def test_derived_accessors_never_raise(hostile: Any) -> None:
    """Each accessor, on every field of its model set to a hostile wire value."""
    for model, fields, accessors in ACCESSOR_MODELS:
        item = object.__new__(model)
        for field in fields:
            object.__setattr__(item, field, hostile)
        for accessor in accessors:
            value = getattr(item, accessor)
            assert value is None, (model.__name__, accessor, value)


# ------------------------------------------------------------------ secrets on exceptions
GUID = "5f0e1d2c-3b4a-5968-7788-99aabbccddee.AgentGateway0"


def test_exc_response_request_has_no_guid(connect: Any) -> None:
    fake = FakeGateway(json_reply({"retcode": "100-007", "message": "failed"}))
    agent = connect(fake).agent("153", guid=GUID)
    with pytest.raises(AgentGatewayError) as caught:
        agent.drop_call("1455885056-1095")
    response = caught.value.response  # type: ignore[attr-defined]
    assert response.status_code == 200 and response.json()["retcode"] == "100-007"
    assert GUID not in str(dict(response.request.headers))
    assert GUID not in repr(response.request.headers.raw)
    assert fake.requests[0].headers["Guid"].endswith(GUID)  # it was sent, of course


def test_failed_sign_in_response_has_no_password(connect: Any) -> None:
    fake = FakeGateway(json_reply({"retcode": "100-004", "message": "bad password"}))
    with pytest.raises(AgentGatewayError) as caught:
        _done(connect(fake).sign_in("153", password="Secret-Pw-42", phone="70001"))
    request = caught.value.response.request  # type: ignore[attr-defined]
    assert b"Secret-Pw-42" not in request.content
    assert json.loads(request.content)["phonenum"] == "70001"  # still useful
    assert b"Secret-Pw-42" in fake.requests[0].content


# ------------------------------------------------------------------ customer data in logs
@pytest.fixture
def records() -> Any:
    found: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record)

    handler = Keep(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("httpx", "httpcore", "cec_agentgateway")]
    saved = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    yield found
    for lg, level in zip(loggers, saved, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)


def _logged(records: list[logging.LogRecord], level: int = logging.DEBUG) -> str:
    return "\n".join(r.getMessage() for r in records if r.levelno >= level)


def test_dtmf_digits_are_never_logged(connect: Any, records: list[logging.LogRecord]) -> None:
    fake = FakeGateway()
    agent = connect(fake).agent("153", guid="g")
    agent.send_dtmf("4111111111111111")
    agent.send_dtmf("4111111111111112", legacy_path=True)
    assert "seconddial" in _logged(records, logging.INFO)
    assert "411111111111111" not in _logged(records)


def test_customer_numbers_are_redacted_at_info(
    connect: Any, records: list[logging.LogRecord]
) -> None:
    fake = FakeGateway(ok("1455885056-1095"))
    agent = connect(fake).agent("153", guid="g")
    agent.disconnect("70004888")
    agent.call_out("70004999")
    assert "disconnect" in _logged(records, logging.INFO)
    assert "70004888" not in _logged(records, logging.INFO)
    assert "70004999" not in _logged(records, logging.INFO)


def test_customer_numbers_can_be_logged_by_opting_in(
    connect: Any, records: list[logging.LogRecord]
) -> None:
    import cec_agentgateway

    fake = FakeGateway()
    agent = connect(fake).agent("153", guid="g")
    cec_agentgateway.log_customer_numbers(True)
    try:
        agent.disconnect("70004888")
        agent.send_dtmf("4111111111111111")
    finally:
        cec_agentgateway.log_customer_numbers(False)
    assert "70004888" in _logged(records, logging.INFO)
    assert "411111111111111" not in _logged(records)  # DTMF: never
    with pytest.raises(RequestValidationError):
        cec_agentgateway.log_customer_numbers("yes")  # type: ignore[arg-type]


def test_unchanged_fake_sanity() -> None:
    assert httpx.URL("/a/b").path == "/a/b"
