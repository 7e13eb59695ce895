"""Voice-call, call-data and agent-state errors name the Python keyword the caller wrote.

``RequestValidationError.argument`` is the keyword of the public method (``call_id``,
``address``, ``seconds``...), ``.field`` keeps the wire name (``callid``, ``dstaddress``,
``time``...), the message reads ``argument: problem (sent as field)``, and nothing is sent.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import httpx
import pytest

from cec_agentgateway import AgentGateway, AsyncAgentGateway, RequestValidationError
from tests.overlay.fakes import BASE, FakeGateway

GUID = "b1e2c3d4-guid-secret.AgentGateway7"

# (method, args, kwargs, argument, field, part of the message)
CASES: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str, str]] = [
    # callout
    ("call_out", (None,), {}, "called", "called", "is required"),
    ("call_out", ("12a",), {}, "called", "called", "invalid format"),
    ("call_out", ("123",), {"caller": "x"}, "caller", "caller", "invalid format"),
    ("call_out", ("123",), {"skill_id": -1}, "skill_id", "skillid", "at least 0"),
    ("call_out", ("123",), {"app_data": 5}, "app_data", "callappdata", "type string"),
    ("call_out", ("123",), {"media_ability": 7}, "media_ability", "mediaability", "one of"),
    ("call_out", ("123",), {"uui_data": ""}, "uui_data", "uuiData", "at least 1"),
    # callinner
    ("call_inner", ("12*",), {}, "called", "called", "invalid format"),
    ("call_inner", ("123",), {"caller": "x"}, "caller", "caller", "invalid format"),
    ("call_inner", ("123",), {"skill_id": -1}, "skill_id", "skillid", "at least 0"),
    ("call_inner", ("123",), {"app_data": 5}, "app_data", "callappdata", "type string"),
    # innerhelp
    ("consult", ("",), {}, "address", "dstaddress", "at least 1"),
    ("consult", ("153",), {"device_type": 5}, "device_type", "devicetype", "one of"),
    ("consult", ("153",), {"three_party": "yes"}, "three_party", "mode", "True or False"),
    ("consult", ("153",), {"hold": "no"}, "hold", "holdflag", "type boolean"),
    ("consult", ("153",), {"app_data": 5}, "app_data", "callappdata", "type string"),
    # confjoin
    ("join_three_party", ("a b",), {}, "held_call_id", "callid", "invalid format"),
    ("join_three_party", ("1-2",), {"app_data": 5}, "app_data", "callappdata", "type string"),
    # transfer
    ("transfer", (9, "123", 0), {}, "device_type", "devicetype", "one of"),
    ("transfer", (2, "", 0), {}, "address", "address", "at least 1"),
    ("transfer", (2, "123", None), {}, "mode", "mode", "is required"),
    ("transfer", (2, "123", 9), {}, "mode", "mode", "InternalTransferMode"),
    ("transfer", (2, "123", 0), {"app_data": 5}, "app_data", "callappdata", "type string"),
    ("transfer", (2, "123", 0), {"caller": "x"}, "caller", "caller", "invalid format"),
    ("transfer", (2, "123", 0), {"media_ability": 7}, "media_ability", "mediaability", "one of"),
    # previewcallout / cancelPreviewCallout
    ("preview_call_out", ("", 1), {}, "called", "called", "at least 1"),
    ("preview_call_out", ("123", "x"), {}, "control_id", "callcontrolid", "type integer"),
    ("cancel_preview_call_out", (-1,), {}, "control_id", "callcontrolid", "at least 0"),
    # path and query parameters
    ("send_dtmf", ("12a",), {}, "digits", "number", "invalid format"),
    ("connect_held", ("a/b",), {}, "call_id", "callid", "invalid format"),
    ("drop_call", ("",), {}, "call_id", "callid", "at least 1"),
    ("disconnect", ("12*",), {}, "number", "number", "invalid format"),
    ("snatch_pickup", (12,), {}, "ringing_agent_id", "destWorkNo", "at least 101"),
    ("answer", ("a b",), {}, "call_id", "callid", "invalid format"),
    ("retrieve", ("",), {}, "call_id", "callid", "at least 1"),
    # calldata
    ("set_call_data", (5,), {}, "data", "calldata", "text or bytes"),
    ("set_call_data", ("x" * 16385,), {}, "data", "calldata", "at most 16384 bytes"),
    ("set_call_data", ("x",), {"call_id": "a b"}, "call_id", "callid", "invalid format"),
    ("set_call_data", ("x",), {"base64": "no"}, "base64", "isDataEncoded", "True or False"),
    ("call_info_by_id", ("",), {}, "call_id", "callid", "at least 1"),
    ("call_info_before_answer", ("a/b",), {}, "call_id", "callId", "invalid format"),
    # agent state
    ("busy", (251,), {}, "reason", "reason", "at most 250"),
    ("busy", (100,), {}, "reason", "reason", "busy cause from 200"),
    ("busy", (200,), {"prolong": "yes"}, "prolong", "prolong", "type boolean"),
    ("rest", (0,), {}, "seconds", "time", "at least 1"),
    ("rest", (datetime.timedelta(seconds=1.5),), {}, "seconds", "time", "whole number"),
    ("rest", (60, 256), {}, "cause", "restcause", "at most 255"),
    ("rest", (60,), {"prolong": 1}, "prolong", "prolong", "type boolean"),
    ("set_auto_answer", ("true",), {}, "enabled", "isautoanswer", "True or False"),
    ("set_auto_enter_idle", (1,), {}, "enabled", "flag", "True or False"),
    # issue 22
    ("send_dtmf", ("12",), {"legacy_path": "yes"}, "legacy_path", "legacy_path", "True or False"),
    ("set_call_data", ("x",), {"legacy_query": 1}, "legacy_query", "legacy_query", "True or"),
    ("call_skill", (-1,), {}, "skill_id", "skillId", "at least 0"),
    ("pick_queued_call", ("a/b", 1), {}, "call_id", "callid", "invalid format"),
    ("pick_queued_call", ("1-1", -1), {}, "skill_id", "skillId", "at least 0"),
    ("waiting_calls", (-1,), {}, "skill_id", "skillid", "at least 0"),
    ("move_queued_call", ("", 1), {}, "call_id", "callid", "at least 1"),
    ("move_queued_call", ("1-1", -1), {}, "skill_id", "skillid", "at least 0"),
    ("call_ids_of", ("99",), {}, "work_no", "workno", "at least"),
    ("change_password", (5, "Better2024"), {}, "old_password", "oldPassword", "type string"),
    ("change_password", ("old", "y" * 33), {}, "new_password", "newPassword", "at most 32"),
    ("set_talk_right", (1,), {}, "accept", "flag", "True or False"),
]


def _check(error: RequestValidationError, argument: str, field: str, fragment: str) -> None:
    assert (error.argument, error.field) == (argument, field)
    message = str(error)
    assert message.startswith(f"{argument}: ") and fragment in message
    assert (f" (sent as {field})" in message) == (argument != field)


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "argument", "field", "fragment"),
    CASES,
    ids=[f"{case[0]}-{case[3]}-{index}" for index, case in enumerate(CASES)],
)
def test_each_argument_is_named_by_its_keyword(
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    argument: str,
    field: str,
    fragment: str,
) -> None:
    fake = FakeGateway()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
        agent = gateway.agent("153", guid=GUID)
        with pytest.raises(RequestValidationError) as caught:
            getattr(agent, method)(*args, **kwargs)
    _check(caught.value, argument, field, fragment)
    assert fake.requests == []


def test_every_argument_of_these_methods_is_covered() -> None:
    """A new argument of one of these methods needs a row in CASES (wait/listen aside)."""
    import inspect

    from cec_agentgateway import Agent

    skip = {"self", "wait", "wait_timeout", "listen", "legacy_put"}
    covered = {(case[0], case[3]) for case in CASES}
    for method in {case[0] for case in CASES}:
        names = set(inspect.signature(getattr(Agent, method)).parameters) - skip
        assert names <= {name for m, name in covered if m == method}, method


@pytest.mark.parametrize(
    ("method", "args", "argument", "field"),
    [("send_dtmf", ("12a",), "digits", "number"), ("transfer", (5, "123", 99), "mode", "mode")],
)
def test_the_call_handle_names_the_keyword_too(
    method: str, args: tuple[Any, ...], argument: str, field: str
) -> None:
    fake = FakeGateway()
    with AgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
        call = gateway.agent("153", guid=GUID).call_handle("1-2")
        with pytest.raises(RequestValidationError) as caught:
            getattr(call, method)(*args)
    assert (caught.value.argument, caught.value.field) == (argument, field)
    # The handle polls the agent's events; no voice-call request went out.
    assert all("/voicecall/" not in request.url.path for request in fake.requests)
    assert all(request.method == "GET" for request in fake.requests)


def test_async_methods_name_the_keyword() -> None:
    fake = FakeGateway()

    async def main() -> list[RequestValidationError]:
        errors: list[RequestValidationError] = []
        async with AsyncAgentGateway(BASE, transport=httpx.MockTransport(fake)) as gateway:
            agent = gateway.agent("153", guid=GUID)
            attempts: list[Any] = [
                lambda: agent.consult("", device_type=2),
                lambda: agent.set_call_data("x", call_id="a b"),
                lambda: agent.rest(0),
                lambda: agent.call_out("123", skill_id=-1),
            ]
            for attempt in attempts:
                with pytest.raises(RequestValidationError) as caught:
                    await attempt()
                errors.append(caught.value)
        return errors

    errors = asyncio.run(main())
    assert [(e.argument, e.field) for e in errors] == [
        ("address", "dstaddress"),
        ("call_id", "callid"),
        ("seconds", "time"),
        ("skill_id", "skillid"),
    ]
    assert str(errors[2]).startswith("seconds: must be at least 1")
    assert fake.requests == []
