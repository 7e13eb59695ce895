"""retcodes, HTTP failures, broken bodies and transport failures become typed errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import cec_agentgateway as cag
from cec_agentgateway import (
    AgentGatewayError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AppDataDecodeError,
    ResponseDecodeError,
    RetcodeError,
    error_class_for,
)
from cec_agentgateway.generated.models import Retcode
from cec_agentgateway.generated.spec_extensions import RETCODE_FAMILIES
from tests.overlay.fakes import FakeGateway, json_reply, ok

GUID = "0f0f0f0f-1111-2222-3333-444444444444.AgentGateway1"


def fail(retcode: str, message: str = "") -> httpx.Response:
    return json_reply({"message": message, "retcode": retcode, "result": None})


@pytest.mark.parametrize(
    ("retcode", "cls"),
    [
        ("000-002", cag.InvalidParameterError),
        ("000-006", cag.InvalidParameterError),
        ("000-003", cag.NotAuthorizedError),
        ("100-006", cag.NotAuthorizedError),
        ("100-007", cag.PlatformError),
        ("100-002", cag.AlreadySignedInError),
        ("100-008", cag.AlreadySignedOutError),
        ("100-004", cag.InvalidCredentialsError),
        ("100-009", cag.AgentSessionError),
        ("100-021", cag.RepeatedRequestError),
        ("101-001", cag.ConferenceError),
        ("101-007", cag.ConferenceError),
        ("104-005", cag.RecordingError),
        ("105-002", cag.DisasterRecoveryError),
        ("106-003", cag.MultimediaError),
        ("110-016", cag.AccountError),
        ("200-025", cag.CallStateError),
        ("400-001", cag.CallStateError),
        ("300-002", cag.QueryError),
        ("600-002", cag.QueryError),
        ("700-016", cag.MultimediaError),
        ("900-002", cag.QualityControlError),
        ("999-001", cag.ConfigurationError),
        ("000-004", cag.ConfigurationError),
        ("123-456", RetcodeError),
        ("weird", RetcodeError),
    ],
)
def test_retcode_dispatch(connect: Any, retcode: str, cls: type[RetcodeError]) -> None:
    agent = connect(FakeGateway(fail(retcode, "boom"))).agent("153", guid=GUID)
    with pytest.raises(cls) as caught:
        agent.call_info()
    error = caught.value
    assert type(error) is cls
    assert error.retcode == retcode and error.code == retcode
    assert error.server_message == "boom"
    assert error.operation == "queryCallInfo" and error.agent_id == "153"
    assert error.status_code == 200
    assert retcode in str(error) and "queryCallInfo" in str(error)
    assert error.response.status_code == 200


def test_every_listed_retcode_maps_to_a_specific_class() -> None:
    for code in Retcode:
        if code is Retcode.SUCCESS:
            continue
        cls = error_class_for(code.value)
        assert cls is not RetcodeError, code
        assert issubclass(cls, RetcodeError)


def test_error_carries_the_meaning_as_data(connect: Any) -> None:
    agent = connect(FakeGateway(fail("100-006", "agent not login"))).agent("153", guid=GUID)
    with pytest.raises(cag.NotAuthorizedError) as caught:
        agent.sync_state()
    error = caught.value
    assert error.code is Retcode.NOT_SIGNED_IN
    assert error.description == Retcode.NOT_SIGNED_IN.description
    assert error.family == RETCODE_FAMILIES["100"]
    assert error.requires_sign_in and not error.legacy
    assert error.cti_result_code is None
    assert "agent not login" in str(error)


def test_legacy_and_unknown_codes() -> None:
    legacy = error_class_for("200-025")
    assert legacy is cag.CallStateError
    error = RetcodeError("321-000", "", response=httpx.Response(200))
    assert not error.code.is_known and error.family is None and error.description


def test_cti_result_code_is_extracted(connect: Any) -> None:
    agent = connect(FakeGateway(fail("100-007", "Unknown ERROR._21234"))).agent("153", guid=GUID)
    with pytest.raises(cag.PlatformError) as caught:
        agent.request_conference(4, wait=False)
    assert caught.value.cti_result_code == 21234
    assert caught.value.operation == "requestAgentConf"


def test_html_502_from_a_load_balancer(connect: Any) -> None:
    page = httpx.Response(502, html="<html><body><h1>502 Bad Gateway</h1></body></html>")
    fake = FakeGateway(page)
    agent = connect(fake, max_retries=0).agent("153", guid=GUID)
    with pytest.raises(APIStatusError) as caught:
        agent.call_info()
    assert caught.value.status_code == 502
    assert "502" in str(caught.value)
    assert "Bad Gateway" in caught.value.body_excerpt


def test_non_standard_status_codes_are_reported_not_crashed(connect: Any) -> None:
    agent = connect(FakeGateway(httpx.Response(520, text="origin error"))).agent("153", guid=GUID)
    with pytest.raises(APIStatusError) as caught:
        agent.request_conference(3, wait=False)
    assert caught.value.status_code == 520


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"message": "", "retcode": "0", "resu', "not JSON"),
        (b"<html>maintenance</html>", "not JSON"),
        (b'{"message": "", "result": null}', "no retcode"),
        (b'{"message": "", "retcode": null}', "no retcode"),
        (b'[{"retcode": "0"}]', "not an object"),
        (b'"0"', "not an object"),
    ],
)
def test_unparseable_bodies(connect: Any, content: bytes, what: str) -> None:
    reply = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    agent = connect(FakeGateway(reply)).agent("153", guid=GUID)
    with pytest.raises(ResponseDecodeError) as caught:
        agent.call_info()
    assert what in str(caught.value)
    assert caught.value.operation == "queryCallInfo"


def test_numeric_retcode_is_tolerated(connect: Any) -> None:
    agent = connect(FakeGateway(json_reply({"retcode": 0, "result": None}))).agent("153", guid=GUID)
    assert agent.call_info() is None


@pytest.mark.parametrize(
    ("call", "result"),
    [
        (lambda a: a.call_info(), ["not", "an", "object"]),
        (lambda a: a.call_info(), "a string"),
        (lambda a: a.sync_state(), 42),
        (lambda a: a.query_conferences([1]), {"confs": "nope"}),
        (lambda a: a.query_conferences([1]), "nope"),
        (lambda a: a.call_app_data(), {"an": "object"}),
    ],
)
def test_results_of_the_wrong_shape(connect: Any, call: Any, result: Any) -> None:
    agent = connect(FakeGateway(ok(result))).agent("153", guid=GUID)
    with pytest.raises(ResponseDecodeError):
        call(agent)


@pytest.mark.parametrize("payload", ["not base64!!", "YWJ", "YQ", "YW Jj"])
def test_bad_base64_app_data(connect: Any, payload: str) -> None:
    agent = connect(FakeGateway(ok(payload))).agent("153", guid=GUID)
    with pytest.raises(AppDataDecodeError) as caught:
        agent.call_app_data("1-2", base64=True)
    assert "Base64" in str(caught.value)


def test_base64_that_is_not_text(connect: Any) -> None:
    agent = connect(FakeGateway(ok("//79"))).agent("153", guid=GUID)
    with pytest.raises(AppDataDecodeError, match="as_bytes"):
        agent.call_app_data(base64=True)


def test_connection_refused(connect: Any) -> None:
    fake = FakeGateway(httpx.ConnectError("[Errno 111] Connection refused"))
    agent = connect(fake, max_retries=0).agent("153", guid=GUID)
    with pytest.raises(APIConnectionError) as caught:
        agent.call_info()
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("read"), httpx.ConnectTimeout("connect"), httpx.PoolTimeout("pool")]
)
def test_timeouts(connect: Any, exc: Exception) -> None:
    agent = connect(FakeGateway(exc), max_retries=0).agent("153", guid=GUID)
    with pytest.raises(APITimeoutError):
        agent.request_conference(4, wait=False)


def test_everything_raised_is_an_agent_gateway_error(connect: Any) -> None:
    replies: list[Any] = [
        fail("100-006"),
        httpx.Response(503),
        httpx.Response(200, content=b"{"),
        httpx.ReadError("reset"),
    ]
    for reply in replies:
        agent = connect(FakeGateway(reply), max_retries=0).agent("153", guid=GUID)
        with pytest.raises(AgentGatewayError):
            agent.call_info()
