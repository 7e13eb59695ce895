"""The five operations: arguments checked and turned into a request, results made friendly.

Each builder returns a :class:`PreparedCall`: the httpx request arguments made by the
generated module (``_get_kwargs``), and a ``finish`` function that turns the generated
response model into what the overlay returns. Sending is the runner's job, so sync and async
clients share everything here.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._auth import is_valid_guid
from ._errors import AppDataDecodeError, RequestValidationError, ResponseDecodeError
from ._lazy import generated_api
from ._validation import (
    _required_query,
    check_body,
    check_flag,
    check_parameter,
    check_path,
    check_required_query,
    text_problem,
)
from .generated import models
from .generated.spec_extensions import OPERATIONS
from .generated.types import UNSET, Unset

# Model names for type checkers; at run time they are read from `models` on first use.
if TYPE_CHECKING:
    from .generated.models import (
        AgentEvent,
        AgentEventResponse,
        AgentStatus,
        AgentStatusResponse,
        CallInfo,
        Conference,
        QueryCallAppDataResponse,
        QueryCallInfoResponse,
        QueryConfInfosResponse,
        SignInResponse,
        SignInResult,
        SyncAgentInfoResponse,
        SyncAgentInfoResult,
        UpdateGuidResponse,
    )

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.agentconf import query_conf_infos, request_agent_conf
    from .generated.api.agentevent import get_agent_event
    from .generated.api.calldata import query_call_app_data, query_call_info
    from .generated.api.onlineagent import (
        force_sign_in,
        force_sign_out,
        force_sign_out_with_reason,
        hand_shake,
        query_agent_status,
        sign_in_platform_only,
        sync_agent_info,
        update_guid,
    )
    from .generated.api.onlineagent import sign_in as sign_in_module
    from .generated.api.onlineagent import sign_out as sign_out_module
else:
    query_conf_infos = generated_api("agentconf.query_conf_infos")
    request_agent_conf = generated_api("agentconf.request_agent_conf")
    get_agent_event = generated_api("agentevent.get_agent_event")
    query_call_app_data = generated_api("calldata.query_call_app_data")
    query_call_info = generated_api("calldata.query_call_info")
    force_sign_in = generated_api("onlineagent.force_sign_in")
    force_sign_out = generated_api("onlineagent.force_sign_out")
    force_sign_out_with_reason = generated_api("onlineagent.force_sign_out_with_reason")
    hand_shake = generated_api("onlineagent.hand_shake")
    query_agent_status = generated_api("onlineagent.query_agent_status")
    sign_in_platform_only = generated_api("onlineagent.sign_in_platform_only")
    sync_agent_info = generated_api("onlineagent.sync_agent_info")
    update_guid = generated_api("onlineagent.update_guid")
    sign_in_module = generated_api("onlineagent.sign_in")
    sign_out_module = generated_api("onlineagent.sign_out")

__all__ = ["Operation", "PreparedCall", "no_result", "unset_if_none"]

T = TypeVar("T")


class _ResponseModel(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Any) -> Any: ...


@dataclass(frozen=True, slots=True)
class Operation:
    """What the runner needs to know about an operation (from the spec's extensions)."""

    operation_id: str
    log_method: str
    idempotent: bool
    response_model_name: str

    @classmethod
    def from_spec(cls, operation_id: str, response_model: str) -> Operation:
        """The operation ``operation_id``, whose 200 body decodes as the generated model named
        ``response_model`` (a name, so that its module is imported on first use)."""
        info = OPERATIONS[operation_id]
        return cls(operation_id, info["log_method"], info["idempotent"], response_model)

    @property
    def response_model(self) -> type[_ResponseModel]:
        """The generated model of the 200 body (imported on first call)."""
        model: type[_ResponseModel] = getattr(models, self.response_model_name)
        return model


QUERY_CONF_INFOS = Operation.from_spec("queryConfInfos", "QueryConfInfosResponse")
REQUEST_AGENT_CONF = Operation.from_spec("requestAgentConf", "RequestAgentConfResponse")
QUERY_CALL_INFO = Operation.from_spec("queryCallInfo", "QueryCallInfoResponse")
QUERY_CALL_APP_DATA = Operation.from_spec("queryCallAppData", "QueryCallAppDataResponse")
SYNC_AGENT_INFO = Operation.from_spec("syncAgentInfo", "SyncAgentInfoResponse")


@dataclass(frozen=True, slots=True)
class PreparedCall(Generic[T]):
    """A checked request, ready to send, and how to read its successful response."""

    operation: Operation
    agent_id: str
    request: dict[str, Any]
    finish: Callable[[Any, httpx.Response], T]

    def __post_init__(self) -> None:
        request = self.request
        _check_request(self.operation, self.agent_id, request)
        # The generated _get_kwargs passes params={} when no query parameter is set; httpx
        # then rebuilds the URL for nothing (a third parse per request). Drop it.
        if "params" in request and not request["params"]:
            del request["params"]
        # Its only header, the JSON Content-Type, is a default header of the gateway's
        # clients already (_connection._default_headers); merging it again costs every request.
        if request.get("headers") == _JSON_HEADERS:
            del request["headers"]

    def at(self, base_url: httpx.URL) -> PreparedCall[T]:
        """The same call with its URL made absolute under ``base_url`` once, for a call sent
        again and again (the event poll): httpx then skips parsing and merging it each time."""
        url = absolute_url(base_url, self.request["url"])
        return PreparedCall(
            self.operation, self.agent_id, {**self.request, "url": url}, self.finish
        )

    def decode_error(self, message: str, response: httpx.Response) -> ResponseDecodeError:
        return ResponseDecodeError(
            message,
            response=response,
            operation=self.operation.log_method,
            agent_id=self.agent_id,
        )


_JSON_HEADERS = {"Content-Type": "application/json; charset=UTF-8"}


def absolute_url(base_url: httpx.URL, url: str | httpx.URL) -> httpx.URL:
    """``url`` under ``base_url``, exactly as httpx's client merges them (its base URL always
    ends in ``/``; a relative URL's leading ``/`` is dropped), or ``url`` if it is absolute."""
    url = httpx.URL(url)
    if not url.is_relative_url:
        return url
    base = base_url.raw_path if base_url.raw_path.endswith(b"/") else base_url.raw_path + b"/"
    return base_url.copy_with(raw_path=base + url.raw_path.lstrip(b"/"))


# check_path depends only on the operation and the URL: a URL that passed it passes again,
# so each (operation, URL) is checked once (bounded: cleared when full). A path that fails is
# never stored and fails every time. The required query parameters are checked on every call
# of an operation that has any (they depend on the call's params).
_CHECKED_PATHS: dict[tuple[str, str], tuple[str, ...]] = {}  # -> its required query names
_CHECKED_PATHS_MAX = 16384


def _check_request(operation: Operation, agent_id: str, request: dict[str, Any]) -> None:
    """The checks every request gets where it is prepared, whatever its builder checked:
    each path parameter is one plain segment (no ``..`` sending it to another URL), and
    every text in the query and the JSON body can be encoded (no lone surrogate)."""
    url = request["url"]
    params = request.get("params")
    if isinstance(url, str):  # an httpx.URL comes from ``at``, made of a checked call
        operation_id = operation.operation_id
        key = (operation_id, url)
        required = _CHECKED_PATHS.get(key)  # (another thread may clear it meanwhile)
        if required is None:
            template = OPERATIONS[operation_id]["path"]
            # raises for a bad path, which is never stored
            check_path(
                url,
                template,
                operation_id=operation_id,
                operation=operation.log_method,
                agent_id=agent_id,
            )
            required = _required_query(operation_id, template)
            if len(_CHECKED_PATHS) >= _CHECKED_PATHS_MAX:
                _CHECKED_PATHS.clear()
            _CHECKED_PATHS[key] = required
        if required:  # the operation has required query parameters: this call's params
            check_required_query(
                params,
                OPERATIONS[operation_id]["path"],
                operation_id=operation_id,
                operation=operation.log_method,
                agent_id=agent_id,
            )
    if params:
        for name, value in params.items():
            if type(value) not in _NO_TEXT:
                _check_text(name, value, operation, agent_id)
    body = request.get("json")
    if body is not None:
        if type(body) is dict:  # the usual JSON object: its plain numbers need no look
            for name, value in body.items():
                if type(value) not in _NO_TEXT:
                    _check_text(
                        name if isinstance(name, str) else "body", value, operation, agent_id
                    )
        else:
            _check_text("body", body, operation, agent_id)


#: Values without any text in them (exact types: a str subclass is looked at).
_NO_TEXT = frozenset({int, float, bool, type(None)})


def _check_text(name: str, value: Any, operation: Operation, agent_id: str) -> None:
    if isinstance(value, str):
        problem = text_problem(value)
        if problem:
            raise RequestValidationError(
                name, problem, operation=operation.log_method, agent_id=agent_id
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key if isinstance(key, str) else name, item, operation, agent_id)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _check_text(name, item, operation, agent_id)


def unset_if_none(value: T | None) -> T | Unset:
    """A request field: None (the caller left it out) becomes UNSET, which is not sent."""
    return UNSET if value is None else value


def _wrong_result(call: PreparedCall[Any], response: httpx.Response, what: str) -> Exception:
    return call.decode_error(f"result is neither null nor {what}", response)


# ------------------------------------------------------------------ queryConfInfos
def query_conferences(agent_id: str, conf_ids: Iterable[int]) -> PreparedCall[list[Conference]]:
    if type(conf_ids) is not list and (
        isinstance(conf_ids, (str, bytes)) or not isinstance(conf_ids, Iterable)
    ):
        raise RequestValidationError(
            "confIds",
            f"must be a list of conference IDs, not {type(conf_ids).__name__}",
            agent_id=agent_id,
            argument="conf_ids",
        )
    ids = list(conf_ids)
    check_body(
        "QueryConfInfosRequest",
        {"confIds": ids},
        operation=QUERY_CONF_INFOS.log_method,
        agent_id=agent_id,
        keywords={"confIds": "conf_ids"},
    )
    body = models.QueryConfInfosRequest(conf_ids=ids)

    def finish(parsed: QueryConfInfosResponse, response: httpx.Response) -> list[Conference]:
        """The conferences, whichever of the two documented shapes the gateway used."""
        result = parsed.result
        if result is None:
            return []
        if isinstance(result, models.ConferenceList):
            return [] if result.confs is None else list(result.confs)
        if isinstance(result, list) and all(isinstance(c, models.Conference) for c in result):
            return list(result)
        raise _wrong_result(call, response, "a list of conferences or {'confs': [...]}")

    request = query_conf_infos._get_kwargs(agent_id, body=body)
    call = PreparedCall(QUERY_CONF_INFOS, agent_id, request, finish)
    return call


# ------------------------------------------------------------------ requestAgentConf
_CONFERENCE_KEYWORDS = {
    "memberNum": "member_num",
    "confCallerNo": "conf_caller_no",
    "promptTime": "prompt_time",
    "beepTone": "beep_tone",
    "playMode": "play_mode",
    "voicePath": "voice_path",
}


def request_conference(
    agent_id: str,
    *,
    member_num: int,
    conf_caller_no: str | None = None,
    time: int | None = None,
    prompt_time: int | None = None,
    beep_tone: bool | None = None,
    play_mode: int | None = None,
    voice_path: str | None = None,
) -> PreparedCall[None]:
    wire = {
        "memberNum": member_num,
        "confCallerNo": conf_caller_no,
        "time": time,
        "promptTime": prompt_time,
        "beepTone": beep_tone,
        "playMode": play_mode,
        "voicePath": voice_path,
    }
    check_body(
        "RequestAgentConfRequest",
        wire,
        operation=REQUEST_AGENT_CONF.log_method,
        agent_id=agent_id,
        keywords=_CONFERENCE_KEYWORDS,
    )
    body = models.RequestAgentConfRequest(
        member_num=member_num,
        conf_caller_no=UNSET if conf_caller_no is None else conf_caller_no,
        time=UNSET if time is None else time,
        prompt_time=UNSET if prompt_time is None else prompt_time,
        beep_tone=UNSET if beep_tone is None else beep_tone,
        play_mode=UNSET if play_mode is None else models.PlayMode(play_mode),
        voice_path=UNSET if voice_path is None else voice_path,
    )
    return PreparedCall(
        REQUEST_AGENT_CONF,
        agent_id,
        request_agent_conf._get_kwargs(agent_id, body=body),
        no_result,
    )


# ------------------------------------------------------------------ queryCallInfo
def call_info(
    agent_id: str, *, include_last_call: bool | None = None
) -> PreparedCall[CallInfo | None]:
    if include_last_call is not None and not isinstance(include_last_call, bool):
        raise RequestValidationError(
            "isNoContainLastCall", "must be True, False or None", agent_id=agent_id
        )

    def finish(parsed: QueryCallInfoResponse, response: httpx.Response) -> CallInfo | None:
        if parsed.result is None:
            return None
        if not isinstance(parsed.result, models.CallInfo):
            raise _wrong_result(call, response, "a call information object")
        return parsed.result

    call = PreparedCall(
        QUERY_CALL_INFO,
        agent_id,
        query_call_info._get_kwargs(
            agent_id, is_no_contain_last_call=unset_if_none(include_last_call)
        ),
        finish,
    )
    return call


# ------------------------------------------------------------------ queryCallAppData
def call_app_data(
    agent_id: str,
    call_id: str | None = None,
    *,
    base64_transfer: bool = False,
    as_bytes: bool = False,
) -> PreparedCall[str | bytes | None]:
    if call_id is not None:
        check_parameter(
            "queryCallAppData.callId",
            call_id,
            operation=QUERY_CALL_APP_DATA.log_method,
            agent_id=agent_id,
            keyword="call_id",
        )
    check_flag("isEncodeResult", base64_transfer, agent_id=agent_id)
    check_flag("as_bytes", as_bytes, agent_id=agent_id)

    def finish(parsed: QueryCallAppDataResponse, response: httpx.Response) -> str | bytes | None:
        data = parsed.result
        if data is None:
            return None
        if not isinstance(data, str):
            raise _wrong_result(call, response, "a string")
        if not base64_transfer:
            return data.encode("utf-8") if as_bytes else data
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AppDataDecodeError(
                f"call data is not valid Base64 ({exc})",
                response=response,
                operation=call.operation.log_method,
                agent_id=agent_id,
            ) from None
        if as_bytes:
            return raw
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise AppDataDecodeError(
                "call data is not UTF-8 text; ask for bytes (as_bytes=True)",
                response=response,
                operation=call.operation.log_method,
                agent_id=agent_id,
            ) from None

    call = PreparedCall(
        QUERY_CALL_APP_DATA,
        agent_id,
        query_call_app_data._get_kwargs(
            agent_id,
            is_encode_result=True if base64_transfer else UNSET,
            call_id=unset_if_none(call_id),
        ),
        finish,
    )
    return call


# ------------------------------------------------------------------ syncAgentInfo
def sync_state(agent_id: str) -> PreparedCall[SyncAgentInfoResult | None]:
    def finish(
        parsed: SyncAgentInfoResponse, response: httpx.Response
    ) -> SyncAgentInfoResult | None:
        if parsed.result is None:
            return None
        if not isinstance(parsed.result, models.SyncAgentInfoResult):
            raise _wrong_result(call, response, "an agent state object")
        return parsed.result

    call = PreparedCall(SYNC_AGENT_INFO, agent_id, sync_agent_info._get_kwargs(agent_id), finish)
    return call


# ------------------------------------------------------------------ session lifecycle
SIGN_IN = Operation.from_spec("signIn", "SignInResponse")
FORCE_SIGN_IN = Operation.from_spec("forceSignIn", "SignInResponse")
SIGN_IN_PLATFORM_ONLY = Operation.from_spec("signInPlatformOnly", "SignInResponse")
SIGN_OUT = Operation.from_spec("signOut", "DoneResponse")
FORCE_SIGN_OUT = Operation.from_spec("forceSignOut", "DoneResponse")
FORCE_SIGN_OUT_WITH_REASON = Operation.from_spec("forceSignOutWithReason", "DoneResponse")
GET_AGENT_EVENT = Operation.from_spec("getAgentEvent", "AgentEventResponse")
HAND_SHAKE = Operation.from_spec("handShake", "DoneResponse")
UPDATE_GUID = Operation.from_spec("updateGuid", "UpdateGuidResponse")
QUERY_AGENT_STATUS = Operation.from_spec("queryAgentStatus", "AgentStatusResponse")

# Python keyword -> wire name of the sign-in fields (the spec's SignInRequest; the last
# three, added in documentation issue 24, are for signIn/forceSignIn only).
SIGN_IN_FIELDS = {
    "password": "password",
    "phone": "phonenum",
    "auto_answer": "autoanswer",
    "auto_enter_idle": "autoenteridle",
    "release_phone": "releasephone",
    "agent_type": "agenttype",
    "status": "status",
    "ip": "ip",
    "entry_ip": "entryIp",
    "phone_linkage": "phonelinkage",
    "check_in_webm": "checkInWebm",
    "check_in_mailm": "checkInMailm",
    "vc_phone_number": "vcPhoneNumber",
    "listen_status": "listenStatus",
    "callback_uri": "callBackUri",
    "service_token": "serviceToken",
    "sign_in_mode": "signInMode",
    "rest_time": "time",
    "rest_cause": "restcause",
}
_SIGN_IN_KEYWORDS = {wire: keyword for keyword, wire in SIGN_IN_FIELDS.items()}


def sign_in(
    agent_id: str, *, force: bool, platform_only: bool, fields: dict[str, Any]
) -> PreparedCall[SignInResult]:
    """signIn / forceSignIn / signInPlatformOnly; ``fields`` by Python keyword, None = unset."""
    check_flag("force", force, agent_id=agent_id)
    check_flag("platform_only", platform_only, agent_id=agent_id)
    if force and platform_only:
        raise RequestValidationError(
            "force", "a platform-only sign-in cannot be forced", agent_id=agent_id
        )
    unknown = set(fields) - set(SIGN_IN_FIELDS)
    if unknown:
        raise RequestValidationError(
            sorted(unknown)[0], "is not a sign-in field", agent_id=agent_id
        )
    wire = {SIGN_IN_FIELDS[k]: v for k, v in fields.items() if v is not None}
    operation = SIGN_IN_PLATFORM_ONLY if platform_only else FORCE_SIGN_IN if force else SIGN_IN
    schema = "SignInPlatformOnlyRequest" if platform_only else "SignInRequest"
    check_body(
        schema, wire, operation=operation.log_method, agent_id=agent_id, keywords=_SIGN_IN_KEYWORDS
    )
    if platform_only:
        module: Any = sign_in_platform_only
        body: Any = models.SignInPlatformOnlyRequest.from_dict(wire)
    else:
        module = force_sign_in if force else sign_in_module
        body = models.SignInRequest.from_dict(wire)

    def finish(parsed: SignInResponse, response: httpx.Response) -> SignInResult:
        if not isinstance(parsed.result, models.SignInResult):
            raise _wrong_result(call, response, "the sign-in result")
        if "Set-GUID" not in response.headers:
            raise call.decode_error("the sign-in was accepted without a Set-GUID header", response)
        return parsed.result

    call = PreparedCall(operation, agent_id, module._get_kwargs(agent_id, body=body), finish)
    return call


def sign_out(
    agent_id: str, *, force: bool = False, reason: int | None = None
) -> PreparedCall[None]:
    check_flag("force", force, agent_id=agent_id)
    if reason is not None:
        check_parameter(
            "SignOutReason",
            reason,
            operation=FORCE_SIGN_OUT_WITH_REASON.log_method,
            agent_id=agent_id,
        )
        request = force_sign_out_with_reason._get_kwargs(agent_id, reason)
        return PreparedCall(FORCE_SIGN_OUT_WITH_REASON, agent_id, request, no_result)
    if force:
        return PreparedCall(
            FORCE_SIGN_OUT, agent_id, force_sign_out._get_kwargs(agent_id), no_result
        )
    return PreparedCall(SIGN_OUT, agent_id, sign_out_module._get_kwargs(agent_id), no_result)


def no_result(parsed: Any, response: httpx.Response) -> None:
    """The finish of an operation that answers only with its retcode (``result`` reserved)."""
    return None


def poll_event(agent_id: str, *, calldata: str | None = None) -> PreparedCall[AgentEvent | None]:
    if calldata is not None:
        check_parameter(
            "getAgentEvent.calldata",
            calldata,
            operation=GET_AGENT_EVENT.log_method,
            agent_id=agent_id,
        )

    def finish(parsed: AgentEventResponse, response: httpx.Response) -> AgentEvent | None:
        if parsed.event is None:
            return None
        if not isinstance(parsed.event, models.AgentEvent):
            raise _wrong_result(call, response, "an event")
        return parsed.event

    request = get_agent_event._get_kwargs(agent_id, calldata=unset_if_none(calldata))
    call = PreparedCall(GET_AGENT_EVENT, agent_id, request, finish)
    return call


def handshake(agent_id: str, *, service_token: str | None = None) -> PreparedCall[None]:
    if service_token is not None:
        check_parameter(
            "handShake.service_token",
            service_token,
            operation=HAND_SHAKE.log_method,
            agent_id=agent_id,
        )
    request = hand_shake._get_kwargs(agent_id, service_token=unset_if_none(service_token))
    return PreparedCall(HAND_SHAKE, agent_id, request, no_result)


def update_guid_call(agent_id: str) -> PreparedCall[str]:
    def finish(parsed: UpdateGuidResponse, response: httpx.Response) -> str:
        result = parsed.result
        if not isinstance(result, models.UpdateGuidResult) or not isinstance(result.guid, str):
            raise _wrong_result(call, response, "an object with the new guid")
        if not is_valid_guid(result.guid):
            raise call.decode_error("the new guid is not a valid header value", response)
        return result.guid

    call = PreparedCall(UPDATE_GUID, agent_id, update_guid._get_kwargs(agent_id), finish)
    return call


def agent_status(agent_id: str) -> PreparedCall[AgentStatus | None]:
    def finish(parsed: AgentStatusResponse, response: httpx.Response) -> AgentStatus | None:
        result = parsed.result
        if result is None or result == []:
            return None
        if isinstance(result, list):
            result = result[0]
        if not isinstance(result, models.AgentStatus):
            raise _wrong_result(call, response, "an agent status object")
        return result

    call = PreparedCall(
        QUERY_AGENT_STATUS, agent_id, query_agent_status._get_kwargs(agent_id), finish
    )
    return call
