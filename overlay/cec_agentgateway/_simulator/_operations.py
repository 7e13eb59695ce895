"""The operations of openapi.yaml as the simulated gateway carries them out.

Each handler takes the simulator (its lock held) and the request's context, and returns
the answer, a PendingPoll, or raises Refusal for a business error (HTTP 200 + retcode).
Request bounds come from the spec (``REQUEST_CONSTRAINTS``), checked by the same helpers
the client uses.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._errors import RequestValidationError
from .._validation import check_agent_id, check_body
from ..generated.models import AgentState, EventType, PhoneLine, Retcode
from ..generated.spec_extensions import REQUEST_CONSTRAINTS
from . import _payloads as payloads
from ._model import AgentRecord, Session, SessionOptions
from ._polling import PendingPoll, answer_poll
from ._wire import Refusal, SimRequest, SimResponse, json_response

if TYPE_CHECKING:
    from ._gateway import GatewaySimulator

__all__ = ["HANDLERS", "Context"]


@dataclass(frozen=True)
class Context:
    """One routed request: the operationId, the path parameters and the clock's time."""

    request: SimRequest
    operation: str
    agent_id: str
    params: Mapping[str, str]
    now: float


Handler = Callable[["GatewaySimulator", Context], "SimResponse | PendingPoll"]

# Sign-in fields whose violation has a retcode of its own; others get 100-001.
_SIGN_IN_FIELD_CODES = {
    "agenttype": Retcode.WRONG_AGENT_TYPE,
    "phonenum": Retcode.INVALID_PHONE,
    "ip": Retcode.INVALID_IP_ADDRESS,
}
_SIGN_IN_EVENTS = {
    3: (
        EventType.AGENT_OTHER_IN_SERVICE,
        EventType.AGENT_STATE_READY,
        EventType.AGENT_STATE_SET_NOT_READY_SUCCESS,
    ),
    4: (EventType.AGENT_OTHER_IN_SERVICE, EventType.AGENT_STATE_READY),
    5: (EventType.AGENT_OTHER_IN_SERVICE, EventType.AGENT_STATE_READY, EventType.AGENT_STATE_WORK),
    # Signing in resting (issue 24); the page's events for 8 could not be read, the spec
    # assumes the granted-rest event as 3 adds the granted-busy one.
    8: (
        EventType.AGENT_OTHER_IN_SERVICE,
        EventType.AGENT_STATE_READY,
        EventType.AGENT_STATE_SET_REST_SUCCESS,
    ),
}

# Signing in busy is busy without a cause: the event says so with reason "0".
_SIGN_IN_CONTENTS = {EventType.AGENT_STATE_SET_NOT_READY_SUCCESS: {"reason": "0"}}


def _server_defaults(schema: str) -> dict[str, Any]:
    """The gateway's values for fields a request leaves out (the spec's x-server-default)."""
    fields = REQUEST_CONSTRAINTS[schema]["properties"]
    return {
        name: rules["x-server-default"]
        for name, rules in fields.items()
        if "x-server-default" in rules
    }


_SIGN_IN_DEFAULTS = _server_defaults("SignInRequest")
_REST_STATUS = 8  # SignInStatus.REST
_CONF_DEFAULTS = _server_defaults("RequestAgentConfRequest")


# ---------------------------------------------------------------------- helpers


def _ok(result: Any = None, message: str = "") -> dict[str, Any]:
    return {"message": message, "retcode": "0", "result": result}


def _path_agent_id(context: Context) -> str:
    try:
        return check_agent_id(context.agent_id)
    except RequestValidationError as error:
        raise Refusal(Retcode.INVALID_PARAMETER, error.message) from None


def _json_object(request: SimRequest, retcode: Retcode) -> dict[str, Any]:
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        raise Refusal(retcode, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise Refusal(retcode, "the request body must be a JSON object")
    return body


def _validated(
    schema: str,
    body: dict[str, Any],
    context: Context,
    retcode: Retcode,
    field_codes: Mapping[str, Retcode] | None = None,
) -> dict[str, Any]:
    """``body`` checked against the spec's bounds for ``schema``, without null fields.

    Fields the schema does not name are dropped where it allows extra fields (e.g. the
    legacy ``pushUrl`` of sign-in) and refused where it does not. A null counts as absent.
    """
    rules = REQUEST_CONSTRAINTS[schema]
    if rules["additional_properties"]:
        body = {k: v for k, v in body.items() if k in rules["properties"]}
    body = {k: v for k, v in body.items() if v is not None}
    try:
        check_body(schema, body, operation=context.operation, agent_id=context.agent_id)
    except RequestValidationError as error:
        # A missing field is "empty" (the general code); a bad value may have its own code.
        present = body.get(error.field) is not None
        code = (field_codes or {}).get(error.field, retcode) if present else retcode
        raise Refusal(code, error.message) from None
    return body


def _loosened(body: dict[str, Any], schema: str) -> dict[str, Any]:
    """Sign-in values typed as strings, as the reference example sends them ("4", "false")."""
    properties = REQUEST_CONSTRAINTS[schema]["properties"]
    loose = dict(body)
    for name, value in body.items():
        kind = properties.get(name, {}).get("type")
        if not isinstance(value, str):
            continue
        if kind == "integer" and value.isdigit():
            loose[name] = int(value)
        elif kind == "boolean" and value.lower() in ("true", "false"):
            loose[name] = value.lower() == "true"
    return loose


def _flag(context: Context, name: str) -> bool:
    """A boolean query parameter: anything but "true" counts as false."""
    return context.request.query.get(name, "").lower() == "true"


def _session(simulator: GatewaySimulator, context: Context) -> tuple[AgentRecord, Session]:
    agent_id = _path_agent_id(context)
    session = simulator._authenticate(context.request, agent_id, context.now)
    return simulator._agents[agent_id], session


# ---------------------------------------------------------------------- sign-in and sign-out


def _sign_in(
    simulator: GatewaySimulator, context: Context, *, force: bool, platform_only: bool
) -> SimResponse:
    agent_id = _path_agent_id(context)
    schema = "SignInPlatformOnlyRequest" if platform_only else "SignInRequest"
    raw = _json_object(context.request, Retcode.SIGN_IN_PARAMETER_INVALID)
    body = _validated(
        schema,
        _loosened(raw, schema),
        context,
        Retcode.SIGN_IN_PARAMETER_INVALID,
        _SIGN_IN_FIELD_CODES,
    )
    agent = simulator._agents.get(agent_id)
    if agent is None or body["password"] != agent.password:
        raise Refusal(Retcode.WRONG_CREDENTIALS)
    phonenum = body.get("phonenum")
    if agent.phone is not None and phonenum is not None and phonenum != agent.phone:
        raise Refusal(Retcode.INVALID_PHONE)
    if agent.session is not None:
        if not force:
            raise Refusal(Retcode.ALREADY_SIGNED_IN)
        simulator._end_session(agent, farewell=False)
    options = _session_options(body, platform_only)
    session = simulator._start_session(agent, options, context.now)
    for event_type in _SIGN_IN_EVENTS[options.status]:
        simulator._queue(agent, event_type, _SIGN_IN_CONTENTS.get(event_type))
    return json_response(_ok(payloads.sign_in_result(agent, session)), set_guid=session.guid)


def _session_options(body: Mapping[str, Any], platform_only: bool) -> SessionOptions:
    chosen = {**_SIGN_IN_DEFAULTS, **body}
    if platform_only:  # the voice platform only, without the text and mail media servers
        mediatype = "TFF"
    else:
        mediatype = "T" + ("T" if chosen["checkInWebm"] else "F")
        mediatype += "T" if chosen["checkInMailm"] else "F"
    resting = chosen["status"] == _REST_STATUS
    return SessionOptions(
        status=chosen["status"],
        autoanswer=chosen["autoanswer"],
        autoenteridle=chosen["autoenteridle"],
        push_mode=bool(body.get("callBackUri")) and bool(body.get("serviceToken")),
        mediatype=mediatype,
        sign_in_mode=body.get("signInMode"),
        rest_seconds=body.get("time") if resting else None,
        rest_cause=body.get("restcause", 0) if resting else None,
        phone=body.get("phonenum"),
    )


def sign_in(simulator: GatewaySimulator, context: Context) -> SimResponse:
    return _sign_in(simulator, context, force=False, platform_only=False)


def force_sign_in(simulator: GatewaySimulator, context: Context) -> SimResponse:
    return _sign_in(simulator, context, force=True, platform_only=False)


def sign_in_platform_only(simulator: GatewaySimulator, context: Context) -> SimResponse:
    return _sign_in(simulator, context, force=False, platform_only=True)


def _sign_out(simulator: GatewaySimulator, context: Context, *, force: bool) -> SimResponse:
    agent_id = _path_agent_id(context)
    session = simulator._authenticate(context.request, agent_id, context.now, ended_ok=True)
    if session.ended:
        raise Refusal(Retcode.ALREADY_SIGNED_OUT)
    agent = simulator._agents[agent_id]
    if agent.busy_with_call and not force:
        raise Refusal(Retcode.SIGN_OUT_STATE_ERROR, "the agent is answering or talking")
    simulator._end_session(agent, farewell=True)
    return json_response(_ok())


def sign_out(simulator: GatewaySimulator, context: Context) -> SimResponse:
    return _sign_out(simulator, context, force=False)


def force_sign_out(simulator: GatewaySimulator, context: Context) -> SimResponse:
    return _sign_out(simulator, context, force=True)


def force_sign_out_with_reason(simulator: GatewaySimulator, context: Context) -> SimResponse:
    _path_agent_id(context)
    text = context.params.get("reason", "")
    if not text.isdigit():
        raise Refusal(Retcode.INVALID_PARAMETER, "reason must be a whole number")
    _validated("SignOutReason", {"reason": int(text)}, context, Retcode.INVALID_PARAMETER)
    return _sign_out(simulator, context, force=True)


# ---------------------------------------------------------------------- session


def get_agent_event(simulator: GatewaySimulator, context: Context) -> SimResponse | PendingPoll:
    agent_id = _path_agent_id(context)
    session = simulator._authenticate(context.request, agent_id, context.now, ended_ok=True)
    if session.options.push_mode:
        raise Refusal(Retcode.WRONG_EVENT_FETCH_METHOD, "the agent receives its events by push")
    session.last_seen = context.now
    if session.events or session.ended:
        return answer_poll(simulator, context.request, session, context.now)
    return PendingPoll(simulator, context.request, session)


def hand_shake(simulator: GatewaySimulator, context: Context) -> SimResponse:
    _, session = _session(simulator, context)
    token = context.request.header("service_token")
    if token is not None:
        schema = "handShake.service_token"
        _validated(schema, {"service_token": token}, context, Retcode.SIGN_IN_PARAMETER_INVALID)
    session.last_seen = context.now
    presented = context.request.header("Guid") or ""
    announced = simulator._announced_guid(session, presented, context.now)
    return json_response({"message": "success", "retcode": "0"}, set_guid=announced)


def update_guid(simulator: GatewaySimulator, context: Context) -> SimResponse:
    _, session = _session(simulator, context)
    guid = simulator._replace_guid(session, context.now)
    return json_response(_ok({"guid": guid}, "success"))


def query_agent_status(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    result = {"agentState": agent.gateway_state().value, "isWorking": agent.busy_with_call}
    return json_response(_ok(result))


def sync_agent_info(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """Agent state and call for a reloaded desktop; clears the pending events, as documented."""
    agent, session = _session(simulator, context)
    now_ms = simulator._now_ms()
    call = None if agent.call is None else payloads.call_info(agent.call, agent, now_ms)
    result = {
        "callinfo": call,
        "agentStateInfo": payloads.agent_state_info(agent, now_ms),
        "signInMode": session.options.sign_in_mode,
    }
    session.events.clear()
    return json_response(_ok(result, "success"))


# ---------------------------------------------------------------------- call data


def query_call_info(simulator: GatewaySimulator, context: Context) -> SimResponse:
    agent, _ = _session(simulator, context)
    call = agent.call
    if call is None and _flag(context, "isNoContainLastCall"):
        call = agent.last_call
    now_ms = simulator._now_ms()
    return json_response(_ok(None if call is None else payloads.call_info(call, agent, now_ms)))


def query_call_app_data(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """The data of the current call, or of the agent's call named by ``callId``."""
    agent, _ = _session(simulator, context)
    call_id = context.request.query.get("callId")
    call = agent.calls.get(call_id) if call_id else agent.call
    if call is None:
        reason = f"no call {call_id!r}" if call_id else "the agent has no call"
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, reason)
    data = call.app_data
    if _flag(context, "isEncodeResult"):
        raw = data.encode("utf-8") if call.app_bytes is None else call.app_bytes
        data = base64.b64encode(raw).decode("ascii")
    return json_response(_ok(data))


# ---------------------------------------------------------------------- conferences


def request_agent_conf(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """Accept the request; the outcome follows as events (AgentConf_*)."""
    agent, _ = _session(simulator, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("RequestAgentConfRequest", raw, context, Retcode.INVALID_PARAMETER)
    _check_can_confer(agent)
    if agent.next_conference_failure is not None:
        cause, agent.next_conference_failure = agent.next_conference_failure, None
        simulator._queue(agent, EventType.AGENT_CONF_REQUEST_FAILED, {"cause": cause})
        return json_response(_ok({}, "success"))
    minutes = body.get("time", _CONF_DEFAULTS["time"])
    prompt = min(body.get("promptTime", _CONF_DEFAULTS["promptTime"]), minutes - 1)
    if agent.call is None:  # the platform calls the idle agent's phone into the conference
        simulator._queue(agent, EventType.AGENT_STATE_BUSY, None)
        simulator._queue(agent, EventType.AGENT_OTHER_PHONE_ALERTING, None)
        offhook = {"type": PhoneLine.MAIN.value}
        simulator._queue(agent, EventType.AGENT_OTHER_PHONE_OFFHOOK, offhook)
    conf = simulator._open_conference(agent, body["memberNum"], minutes, prompt, context.now)
    simulator._queue(agent, EventType.AGENT_CONF_SELF_JOIN_RESULT, {"confId": conf.conf_id})
    simulator._queue(agent, EventType.AGENT_CONF_REQUEST_SUCCESS, {"confId": conf.conf_id})
    simulator._refresh_state(agent)
    return json_response(_ok({}, "success"))


def _check_can_confer(agent: AgentRecord) -> None:
    """The documented prerequisites: idle, or talking in a stable call; not in a conference."""
    if agent.conference is not None:
        raise Refusal(Retcode.ALREADY_IN_CONFERENCE)
    if agent.call is not None and agent.call.ringing:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the call is not stable (ringing)")
    if agent.call is None and agent.detailed_state() is not AgentState.IDLE:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent must be idle or talking")


def query_conf_infos(simulator: GatewaySimulator, context: Context) -> SimResponse:
    """The requested conferences the agent takes part in (unknown IDs are left out)."""
    agent, _ = _session(simulator, context)
    raw = _json_object(context.request, Retcode.INVALID_PARAMETER)
    body = _validated("QueryConfInfosRequest", raw, context, Retcode.INVALID_PARAMETER)
    now_ms = simulator._now_ms()
    confs = []
    for conf_id in dict.fromkeys(body["confIds"]):
        conf = simulator._conferences.get(conf_id)
        if conf is not None and conf.has_party(agent.agent_id):
            confs.append(payloads.conference(conf, now_ms))
    result: Any = confs if simulator.conference_result_shape == "array" else {"confs": confs}
    return json_response(_ok(result))


HANDLERS: Mapping[str, Handler] = {
    "signIn": sign_in,
    "forceSignIn": force_sign_in,
    "signInPlatformOnly": sign_in_platform_only,
    "signOut": sign_out,
    "forceSignOut": force_sign_out,
    "forceSignOutWithReason": force_sign_out_with_reason,
    "getAgentEvent": get_agent_event,
    "handShake": hand_shake,
    "updateGuid": update_guid,
    "queryAgentStatus": query_agent_status,
    "syncAgentInfo": sync_agent_info,
    "queryCallInfo": query_call_info,
    "queryCallAppData": query_call_app_data,
    "requestAgentConf": request_agent_conf,
    "queryConfInfos": query_conf_infos,
}
