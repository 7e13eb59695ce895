"""PushReceiver in process: the ASGI form through httpx.ASGITransport, the WSGI form through
httpx.WSGITransport. Every refusal, the acknowledgement, decoding, order, de-duplication,
routing to sinks and what a failing sink does (issue 23)."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from cec_agentgateway import (
    Event,
    EventSink,
    EventType,
    PushReceiver,
    RequestValidationError,
    decode_event,
)
from cec_agentgateway.simulator import ManualClock

TOKEN = "Tok3nForPush"
PATH = "/agentevent/pushresult"
URL = "http://desk.test" + PATH
ACK = {"message": "success", "retcode": "0"}
HEADERS = {"service_token": TOKEN, "Content-Type": "application/json;charset=UTF-8"}
EVENTS = [
    {"eventType": "AgentOther_PhoneAlerting", "workNo": "153", "content": None},
    {
        "eventType": "AgentEvent_Talking",
        "workNo": "153",
        "content": {"callid": "1455885056-1095", "caller": "70004", "called": "40038"},
        "eventGenTime": 1784529722590,
    },
    {"eventType": "AgentEvent_Hold", "workNo": "153", "content": "1455885056-1095"},
]


class Recorder:
    """A sink: what AgentDesk.apply receives."""

    def __init__(self, fail_on: set[int] | None = None) -> None:
        self.events: list[Event] = []
        self.fail_on = set(fail_on or ())
        self.calls = 0

    def apply(self, event: Event) -> None:
        self.calls += 1
        if self.calls in self.fail_on:
            self.fail_on.discard(self.calls)
            raise RuntimeError(f"sink down ({TOKEN})")  # the text must never reach a log
        self.events.append(event)


def batch(events: list[dict[str, Any]] = EVENTS, work_no: object = "153") -> bytes:
    return json.dumps({"workNo": work_no, "eventList": events}).encode()


# The two forms, driven alike: a function posting to the receiver and answering the response.
Post = Callable[..., httpx.Response]


def _sync_post(receiver: PushReceiver) -> Post:
    client = httpx.Client(transport=httpx.WSGITransport(app=receiver.wsgi))

    def post(content: bytes = b"", **kwargs: Any) -> httpx.Response:
        kwargs.setdefault("headers", HEADERS)
        kwargs.setdefault("method", "POST")
        kwargs.setdefault("url", URL)
        return client.request(content=content, **kwargs)

    return post


def _async_post(receiver: PushReceiver) -> Post:
    def post(content: bytes = b"", **kwargs: Any) -> httpx.Response:
        kwargs.setdefault("headers", HEADERS)
        kwargs.setdefault("method", "POST")
        kwargs.setdefault("url", URL)

        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=receiver)
            body: Any = content
            if not isinstance(content, bytes):  # chunks: sent without a Content-Length

                async def chunks() -> AsyncIterator[bytes]:
                    for chunk in content:
                        yield chunk

                body = chunks()
            async with httpx.AsyncClient(transport=transport) as client:
                return await client.request(content=body, **kwargs)

        return asyncio.run(go())

    return post


@pytest.fixture(params=["asgi", "wsgi"])
def form(request: pytest.FixtureRequest) -> Callable[[PushReceiver], Post]:
    return _async_post if request.param == "asgi" else _sync_post


@pytest.fixture
def sink() -> Recorder:
    return Recorder()


@pytest.fixture
def receiver(sink: Recorder) -> PushReceiver:
    return PushReceiver(TOKEN, path=PATH, sink=sink)


@pytest.fixture
def post(form: Callable[[PushReceiver], Post], receiver: PushReceiver) -> Post:
    return form(receiver)


def test_a_batch_is_acknowledged_and_decoded_as_polling_decodes(
    post: Post, sink: Recorder, receiver: PushReceiver
) -> None:
    response = post(batch())
    assert response.status_code == 200
    assert response.content == b'{"message":"success","retcode":"0"}'
    assert response.json() == ACK
    assert [e.type for e in sink.events] == [
        EventType.AGENT_OTHER_PHONE_ALERTING,
        EventType.AGENT_EVENT_TALKING,
        EventType.AGENT_EVENT_HOLD,
    ]
    assert sink.events == [decode_event(item) for item in EVENTS]
    assert sink.events[1].call_id == "1455885056-1095" and sink.events[1].generated_at
    assert receiver.stats.batches == 1 and receiver.stats.events == 3


def test_the_envelope_form_and_a_numeric_work_no_are_taken(post: Post, sink: Recorder) -> None:
    body = {"message": "", "retcode": "0", "workNo": 153, "eventList": EVENTS[:1]}
    assert post(json.dumps(body).encode()).json() == ACK
    assert [e.type.value for e in sink.events] == ["AgentOther_PhoneAlerting"]


UNAUTHORIZED: list[dict[str, str]] = [
    {"Content-Type": "application/json"},  # no token
    {"service_token": "wrong", "Content-Type": "application/json"},
    {"service_token": TOKEN[:-1], "Content-Type": "application/json"},
    {"service_token": TOKEN + "x", "Content-Type": "application/json"},
    {"Guid": TOKEN, "Content-Type": "application/json"},
]


@pytest.mark.parametrize("headers", UNAUTHORIZED)
def test_without_the_token_everything_is_401_and_says_nothing(
    post: Post, sink: Recorder, headers: dict[str, str]
) -> None:
    for method, url in (("POST", URL), ("GET", URL), ("POST", "http://desk.test/elsewhere")):
        response = post(batch(), headers=headers, method=method, url=url)
        assert response.status_code == 401
        assert response.json() == {"message": "unauthorized", "retcode": "1"}
        assert TOKEN not in response.text and "token" not in response.text.lower()
    assert sink.events == []


def test_the_dashed_header_is_another_header_except_under_wsgi(sink: Recorder) -> None:
    # WSGI (CGI) environ names both service_token and service-token HTTP_SERVICE_TOKEN.
    headers = {"service-token": TOKEN, "Content-Type": "application/json"}
    assert _async_post(PushReceiver(TOKEN, path=PATH))(batch(), headers=headers).status_code == 401
    assert _sync_post(PushReceiver(TOKEN, path=PATH))(batch(), headers=headers).status_code == 200


def test_two_token_headers_are_refused() -> None:
    post = _async_post(PushReceiver(TOKEN, path=PATH))  # a WSGI environ holds only one
    headers = [("service_token", TOKEN), ("service_token", TOKEN)]
    headers.append(("Content-Type", "application/json"))
    assert post(batch(), headers=headers).status_code == 401


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"url": "http://desk.test/other"}, 404),
        ({"url": "http://desk.test" + PATH + "/more"}, 404),
        ({"method": "GET"}, 405),
        ({"method": "PUT"}, 405),
        ({"headers": {"service_token": TOKEN, "Content-Type": "text/plain"}}, 415),
        ({"headers": {"service_token": TOKEN}}, 415),
        (
            {"headers": {"service_token": TOKEN, "Content-Type": "application/json;charset=gbk"}},
            415,
        ),
    ],
)
def test_authorized_but_wrong_requests_get_their_status(
    post: Post, sink: Recorder, change: dict[str, Any], status: int
) -> None:
    response = post(batch(), **change)
    assert response.status_code == status
    assert response.json()["retcode"] != "0"
    if status == 405:
        assert response.headers["allow"] == "POST"
    assert sink.events == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{not json",
        b"\xff\xfe{}",
        b"[]",
        b'"text"',
        b'{"workNo": "153"}',
        b'{"workNo": "153", "eventList": {"eventType": "AgentState_Ready"}}',
        b'{"workNo": "153", "eventList": ["AgentState_Ready"]}',
        b'{"workNo": "153", "eventList": [{}, 5]}',
        b'{"eventList": []}',
        b'{"workNo": true, "eventList": []}',
        b'{"workNo": "", "eventList": []}',
        b'{"workNo": ["153"], "eventList": []}',
        b"[" * 100_000,
    ],
)
def test_malformed_bodies_are_400_and_deliver_nothing(
    post: Post, sink: Recorder, receiver: PushReceiver, body: bytes
) -> None:
    response = post(body)
    assert response.status_code == 400
    assert response.json()["retcode"] != "0"
    assert sink.events == [] and receiver.stats.refused == 1
    assert post(batch()).json() == ACK  # the receiver is unharmed


def test_a_body_over_the_limit_is_413(form: Callable[[PushReceiver], Post]) -> None:
    sink = Recorder()
    receiver = PushReceiver(TOKEN, path=PATH, sink=sink, max_body=200)
    post = form(receiver)
    big = batch(EVENTS * 5)
    assert len(big) > 200
    assert post(big).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield big[:150]
        yield big[150:]

    # The WSGI form reads a body without Content-Length only when the server ends the
    # stream (wsgi.input_terminated); httpx's WSGITransport does not say so.
    expected = 413 if form is _async_post else 411
    assert post(chunks()).status_code == expected  # type: ignore[arg-type]
    assert sink.events == []
    assert post(batch(EVENTS[:1])).json() == ACK


def test_a_re_sent_batch_is_acknowledged_and_not_delivered_again(
    post: Post, sink: Recorder, receiver: PushReceiver
) -> None:
    assert post(batch()).json() == ACK
    assert post(batch()).json() == ACK  # the gateway did not get the first ack
    assert len(sink.events) == 3
    assert receiver.stats.duplicates == 3
    # A re-send that grew (the gateway added newer events): only the new ones are handed on.
    more = {"eventType": "AgentEvent_Call_Release", "workNo": "153", "content": "1-2"}
    assert post(batch([*EVENTS, more])).json() == ACK
    assert [e.type.value for e in sink.events][3:] == ["AgentEvent_Call_Release"]
    # Any other batch is new, even when it repeats events of the latest (a second ring).
    assert post(batch(EVENTS[:1])).json() == ACK
    assert post(batch([more])).json() == ACK
    assert [e.type.value for e in sink.events][4:] == [
        "AgentOther_PhoneAlerting",
        "AgentEvent_Call_Release",
    ]


def test_an_identical_batch_after_the_retry_window_is_new(
    form: Callable[[PushReceiver], Post],
) -> None:
    clock = ManualClock(0.0)
    sink = Recorder()
    post = form(PushReceiver(TOKEN, path=PATH, sink=sink, retry_window=150, clock=clock))
    ready = [{"eventType": "AgentState_Ready", "workNo": "153", "content": None}]
    post(batch(ready))
    clock.advance(100)
    post(batch(ready))  # within the window: the gateway's re-send
    assert len(sink.events) == 1
    clock.advance(151)
    post(batch(ready))
    assert len(sink.events) == 2


def test_de_duplication_memory_is_bounded(form: Callable[[PushReceiver], Post]) -> None:
    sink = Recorder()
    receiver = PushReceiver(TOKEN, path=PATH, sink=sink, max_agents=2)
    post = form(receiver)
    one = EVENTS[:1]
    for agent in ("153", "154", "155"):
        post(batch(one, agent))
    assert len(receiver._latest) == 2
    post(batch(one, "153"))  # forgotten: delivered again
    post(batch(one, "155"))  # still known: a re-send
    assert len(sink.events) == 4


def test_each_agent_has_its_own_latest_batch(post: Post, sink: Recorder) -> None:
    post(batch(EVENTS, "153"))
    post(batch(EVENTS, "154"))
    post(batch(EVENTS, "153"))
    assert len(sink.events) == 6


def test_sinks_are_routed_by_work_no(form: Callable[[PushReceiver], Post]) -> None:
    default, mine, also = Recorder(), Recorder(), Recorder()
    batches: list[tuple[str, list[str]]] = []
    receiver = PushReceiver(
        TOKEN,
        path=PATH,
        sink=default,
        on_events=lambda agent, events: batches.append((agent, [e.type.value for e in events])),
    )
    receiver.add_sink(mine, "153")
    receiver.add_sink(also, "153")
    post = form(receiver)
    post(batch(EVENTS, "153"))
    post(batch(EVENTS[:1], "154"))
    assert len(mine.events) == len(also.events) == 3
    assert [e.agent_id for e in default.events] == ["153"]  # the item's own workNo
    assert batches == [
        ("153", [e["eventType"] for e in EVENTS]),
        ("154", ["AgentOther_PhoneAlerting"]),
    ]
    receiver.remove_sink(mine, "153")
    receiver.remove_sink(also, "153")
    post(batch(EVENTS[1:2], "153"))
    assert len(mine.events) == 3 and len(default.events) == 2


def test_a_failing_sink_fails_the_batch_and_the_retry_resumes(
    form: Callable[[PushReceiver], Post], caplog: pytest.LogCaptureFixture
) -> None:
    first, second = Recorder(), Recorder(fail_on={2})
    announced: list[list[str]] = []
    receiver = PushReceiver(
        TOKEN,
        path=PATH,
        on_events=lambda agent, events: announced.append([e.type.value for e in events]),
    )
    receiver.add_sink(first, "153")
    receiver.add_sink(second, "153")
    post = form(receiver)
    with caplog.at_level(logging.DEBUG, logger="cec_agentgateway"):
        failed = post(batch())
    assert failed.status_code == 500 and failed.json()["retcode"] != "0"
    assert len(first.events) == 2 and len(second.events) == 1  # second failed on event 2
    assert announced == []
    assert post(batch()).json() == ACK  # the gateway's re-send
    assert first.events == second.events == [decode_event(item) for item in EVENTS]
    assert announced == [[e["eventType"] for e in EVENTS]]
    assert receiver.stats.failed == 1
    assert "sink" in caplog.text and TOKEN not in caplog.text


def test_a_failing_callback_is_called_again_on_the_re_send(
    form: Callable[[PushReceiver], Post],
) -> None:
    sink, calls = Recorder(), []

    def on_events(agent: str, events: list[Event]) -> None:
        calls.append(len(events))
        if len(calls) == 1:
            raise ConnectionError("CRM down")

    post = form(PushReceiver(TOKEN, path=PATH, sink=sink, on_events=on_events))
    assert post(batch()).status_code == 500
    assert post(batch()).json() == ACK
    assert calls == [3, 3] and len(sink.events) == 3  # the sink did not get them twice


def test_an_async_callback_is_awaited_under_asgi_and_refused_under_wsgi() -> None:
    seen: list[int] = []

    async def on_events(agent: str, events: list[Event]) -> None:
        await asyncio.sleep(0)
        seen.append(len(events))

    receiver = PushReceiver(TOKEN, path=PATH, on_events=on_events)
    assert _async_post(receiver)(batch()).json() == ACK
    assert seen == [3]
    wsgi = PushReceiver(TOKEN, path=PATH, on_events=on_events)
    assert _sync_post(wsgi)(batch()).status_code == 500
    assert seen == [3]


def test_concurrent_batches_keep_their_order() -> None:
    order: list[str] = []

    async def on_events(agent: str, events: list[Event]) -> None:
        await asyncio.sleep(0.01 if agent == "1" else 0)
        order.extend(e.type.value for e in events)

    receiver = PushReceiver(TOKEN, path=PATH, on_events=on_events)

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver)) as client:
            first = client.post(URL, content=batch(EVENTS[:1], "1"), headers=HEADERS)
            second = client.post(URL, content=batch(EVENTS[1:], "2"), headers=HEADERS)
            answers = await asyncio.gather(first, second)
        assert [a.json() for a in answers] == [ACK, ACK]

    asyncio.run(go())
    assert order == [e["eventType"] for e in EVENTS]


def test_tokens_rotate(form: Callable[[PushReceiver], Post]) -> None:
    current = ["Old1"]
    receiver = PushReceiver(lambda: current, path=PATH)
    post = form(receiver)

    def status(token: str) -> int:
        headers = {"service_token": token, "Content-Type": "application/json"}
        return post(batch(EVENTS[:1], token), headers=headers).status_code

    assert status("Old1") == 200
    current[:] = ["New2", "Old1"]  # the handshake moved to a new token; the old one lingers
    assert (status("New2"), status("Old1")) == (200, 200)
    current[:] = ["bad-token!"]  # a bad token from the function: nothing is accepted
    assert status("bad-token!") == 401
    receiver.set_token("Fixed3")
    assert (status("Fixed3"), status("New2")) == (200, 401)


def test_the_path_is_relative_to_an_asgi_mount() -> None:
    # Starlette's Mount("/cec", app=receiver) passes the full path and root_path "/cec".
    sink = Recorder()
    receiver = PushReceiver(TOKEN, sink=sink)  # path "/": the mount point itself
    sent: list[dict[str, Any]] = []
    body = batch()

    async def go(path: str, root_path: str) -> int:
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": "POST",
            "path": path,
            "root_path": root_path,
            "headers": [(b"service_token", TOKEN.encode()), (b"content-type", b"application/json")],
        }
        await receiver(scope, receive, send)
        return int(sent[-2]["status"])

    assert asyncio.run(go("/cec", "/cec")) == 200
    assert asyncio.run(go("/cec/", "/cec")) == 200
    assert asyncio.run(go("/cec/x", "/cec")) == 404
    assert len(sink.events) == 3


def test_lifespan_and_websocket_scopes_are_answered() -> None:
    receiver = PushReceiver(TOKEN)
    sent: list[dict[str, Any]] = []
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(receiver({"type": "lifespan"}, receive, send))
    asyncio.run(receiver({"type": "websocket"}, receive, send))
    assert [m["type"] for m in sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
        "websocket.close",
    ]


def test_a_gateway_that_goes_away_gets_no_answer_and_nothing_is_delivered() -> None:
    sink = Recorder()
    receiver = PushReceiver(TOKEN, sink=sink)
    sent: list[dict[str, Any]] = []
    incoming = [
        {"type": "http.request", "body": batch()[:10], "more_body": True},
        {"type": "http.disconnect"},
    ]

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(b"service_token", TOKEN.encode()), (b"content-type", b"application/json")],
    }
    asyncio.run(receiver(scope, receive, send))
    assert sent == [] and sink.events == []


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        ({"token": ""}, "token"),
        ({"token": "has-dash"}, "token"),
        ({"token": "t" * 51}, "token"),
        ({"token": []}, "token"),
        ({"token": 42}, "token"),
        ({"token": TOKEN, "path": "relative"}, "path"),
        ({"token": TOKEN, "max_body": 0}, "max_body"),
        ({"token": TOKEN, "max_agents": True}, "max_agents"),
        ({"token": TOKEN, "retry_window": -1}, "retry_window"),
        ({"token": TOKEN, "retry_window": float("nan")}, "retry_window"),
        ({"token": TOKEN, "sink": object()}, "sink"),
        ({"token": TOKEN, "on_events": "print"}, "on_events"),
    ],
)
def test_bad_settings_raise_a_typed_error(arguments: dict[str, Any], name: str) -> None:
    with pytest.raises(RequestValidationError) as raised:
        PushReceiver(**arguments)
    assert raised.value.argument == name
    assert TOKEN not in str(raised.value)


def test_the_token_is_in_no_repr_and_is_scrubbed_from_the_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    receiver = PushReceiver(TOKEN, path=PATH)
    assert TOKEN not in repr(receiver) and TOKEN not in repr(receiver.stats)
    with caplog.at_level(logging.DEBUG, logger="cec_agentgateway"):
        logging.getLogger("cec_agentgateway").warning("echo %s", TOKEN)
    assert TOKEN not in caplog.text
    assert isinstance(Recorder(), EventSink) and not isinstance(object(), EventSink)


def test_wsgi_reads_an_unsized_body_when_the_server_ends_it(sink: Recorder) -> None:
    receiver = PushReceiver(TOKEN, sink=sink, max_body=300)
    answers: list[str] = []

    def call(body: bytes, terminated: bool) -> None:
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/",
            "CONTENT_TYPE": "application/json",
            "HTTP_SERVICE_TOKEN": TOKEN,
            "wsgi.input": io.BytesIO(body),
            "wsgi.input_terminated": terminated,
        }
        receiver.wsgi(environ, lambda status, headers: answers.append(status))

    call(batch(EVENTS[:1]), True)
    call(batch(EVENTS * 3), True)
    call(batch(EVENTS[:1]), False)
    assert answers == ["200 OK", "413 Content Too Large", "411 Length Required"]
    assert len(sink.events) == 1


def test_tokens_from_a_function_and_replaced_ones_are_scrubbed_too(
    caplog: pytest.LogCaptureFixture,
) -> None:
    receiver = PushReceiver(lambda: ["Rotated9"], path=PATH)
    _sync_post(receiver)(batch(), headers={"service_token": "Rotated9", **HEADERS_NO_TOKEN})
    receiver.set_token("Fixed0Token")
    with caplog.at_level(logging.DEBUG, logger="cec_agentgateway"):
        logging.getLogger("cec_agentgateway").warning("echo Rotated9 Fixed0Token")
    assert "Rotated9" not in caplog.text and "Fixed0Token" not in caplog.text


HEADERS_NO_TOKEN = {"Content-Type": "application/json"}
