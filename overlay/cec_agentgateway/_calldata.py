"""Call data (``calldata``): attach data to a call and look calls up by their IDs; the calls
waiting in a skill queue, moving one to another queue, and another agent's calls.

``set_call_data`` sends the data as the gateway expects it: text as it is, or Base64 with
``isDataEncoded`` (any bytes survive that way). The 16 KB limit of the reference applies to
the original content and is checked before anything is sent.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import RequestValidationError
from ._family import AsyncFamily, SyncFamily
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body, check_flag, check_parameter, text_problem
from .generated import models
from .generated.spec_extensions import REQUEST_CONSTRAINTS
from .generated.types import UNSET

# Model names for type checkers; at run time they are read from `models` on first use.
if TYPE_CHECKING:
    from .generated.models import (
        CallIdListResponse,
        CallInfo,
        CallInfoListResponse,
    )

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.calldata import (
        assign_user_in_queue,
        query_all_call_id,
        query_all_call_info_by_agent_work_no_ex,
        query_call_info_before_answer,
        query_call_info_before_answer_any_call,
        query_call_info_by_call_id,
        query_hold_list,
        query_wait_call_info_by_skill_id,
        set_call_app_data_ex,
        set_call_app_data_legacy,
    )
else:
    assign_user_in_queue = generated_api("calldata.assign_user_in_queue")
    query_all_call_info_by_agent_work_no_ex = generated_api(
        "calldata.query_all_call_info_by_agent_work_no_ex"
    )
    query_wait_call_info_by_skill_id = generated_api("calldata.query_wait_call_info_by_skill_id")
    set_call_app_data_legacy = generated_api("calldata.set_call_app_data_legacy")
    query_all_call_id = generated_api("calldata.query_all_call_id")
    query_call_info_before_answer = generated_api("calldata.query_call_info_before_answer")
    query_call_info_before_answer_any_call = generated_api(
        "calldata.query_call_info_before_answer_any_call"
    )
    query_call_info_by_call_id = generated_api("calldata.query_call_info_by_call_id")
    query_hold_list = generated_api("calldata.query_hold_list")
    set_call_app_data_ex = generated_api("calldata.set_call_app_data_ex")

__all__ = ["AsyncCallData", "CallData"]

SET_CALL_APP_DATA_EX = Operation.from_spec("setCallAppDataEx", "DoneResponse")
QUERY_CALL_INFO_BY_CALL_ID = Operation.from_spec("queryCallInfoByCallId", "CallInfoListResponse")
QUERY_HOLD_LIST = Operation.from_spec("queryHoldList", "CallInfoListResponse")
QUERY_ALL_CALL_ID = Operation.from_spec("queryAllCallId", "CallIdListResponse")
QUERY_CALL_INFO_BEFORE_ANSWER = Operation.from_spec(
    "queryCallInfoBeforeAnswer", "CallInfoListResponse"
)
QUERY_CALL_INFO_BEFORE_ANSWER_ANY_CALL = Operation.from_spec(
    "queryCallInfoBeforeAnswerAnyCall", "CallInfoListResponse"
)
WAITING_CALLS = Operation.from_spec("queryWaitCallInfoBySkillId", "CallInfoListResponse")
ASSIGN_USER_IN_QUEUE = Operation.from_spec("assignUserInQueue", "DoneResponse")
CALL_IDS_OF = Operation.from_spec("queryAllCallInfoByAgentWorkNoEx", "CallIdListResponse")
SET_CALL_APP_DATA_LEGACY = Operation.from_spec("setCallAppDataLegacy", "DoneResponse")

#: The reference's limit of the original call data (before any Base64), from the spec.
MAX_CALL_DATA_BYTES: int = REQUEST_CONSTRAINTS["SetCallDataRequest"]["properties"]["calldata"][
    "x-max-bytes"
]


def set_call_data_call(
    agent_id: str,
    data: str | bytes,
    *,
    call_id: str | None = None,
    base64_transfer: bool = False,
    legacy_query: bool = False,
) -> PreparedCall[None]:
    """setcalldataex: ``bytes`` always go as Base64; text as it is unless ``base64_transfer``.

    ``legacy_query``: the deprecated ``PUT calldata/{agentid}?calldata=&callid=`` (text only).
    """
    check_flag("legacy_query", legacy_query, agent_id=agent_id)
    if legacy_query:
        return _set_call_data_legacy(agent_id, data, call_id, base64_transfer)
    operation = SET_CALL_APP_DATA_EX.log_method
    if not isinstance(data, (str, bytes)):
        raise RequestValidationError(
            "calldata",
            f"must be text or bytes, got {type(data).__name__}",
            operation=operation,
            agent_id=agent_id,
            argument="data",
        )
    check_flag(
        "isDataEncoded", base64_transfer, operation=operation, agent_id=agent_id, argument="base64"
    )
    problem = text_problem(data)
    if problem:
        raise RequestValidationError(
            "calldata", problem, operation=operation, agent_id=agent_id, argument="data"
        )
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_CALL_DATA_BYTES:
        raise RequestValidationError(
            "calldata",
            f"must be at most {MAX_CALL_DATA_BYTES} bytes, got {len(raw)}",
            operation=operation,
            agent_id=agent_id,
            argument="data",
        )
    encoded = base64_transfer or isinstance(data, bytes)
    wire: dict[str, Any] = {"callid": call_id, "isDataEncoded": True if encoded else None}
    check_body(
        "SetCallDataRequest",
        wire,
        operation=operation,
        agent_id=agent_id,
        keywords={"callid": "call_id", "isDataEncoded": "base64", "calldata": "data"},
    )
    wire["calldata"] = base64.b64encode(raw).decode("ascii") if encoded else data
    body = models.SetCallDataRequest.from_dict({k: v for k, v in wire.items() if v is not None})
    request = set_call_app_data_ex._get_kwargs(agent_id, body=body)
    return PreparedCall(SET_CALL_APP_DATA_EX, agent_id, request, no_result)


def _set_call_data_legacy(
    agent_id: str, data: str | bytes, call_id: str | None, base64_transfer: bool
) -> PreparedCall[None]:
    operation = SET_CALL_APP_DATA_LEGACY.log_method
    if not isinstance(data, str) or base64_transfer:
        raise RequestValidationError(
            "calldata",
            "the legacy form carries text only (no bytes, no Base64); use setcalldataex",
            operation=operation,
            agent_id=agent_id,
            argument="data",
        )
    check_parameter(
        "setCallAppDataLegacy.calldata",
        data,
        operation=operation,
        agent_id=agent_id,
        keyword="data",
    )
    if call_id is not None:
        check_parameter(
            "setCallAppDataLegacy.callid",
            call_id,
            operation=operation,
            agent_id=agent_id,
            keyword="call_id",
        )
    request = set_call_app_data_legacy._get_kwargs(
        agent_id, calldata=data, callid=UNSET if call_id is None else call_id
    )
    return PreparedCall(SET_CALL_APP_DATA_LEGACY, agent_id, request, no_result)


def _calls_of(
    call: PreparedCall[list[CallInfo]], parsed: CallInfoListResponse, response: httpx.Response
) -> list[CallInfo]:
    """The call information list, from a list, a single object or null."""
    result = parsed.result
    if result is None:
        return []
    if isinstance(result, models.CallInfo):
        return [result]
    if isinstance(result, list):
        return list(result)
    raise call.decode_error("result is neither null nor call information", response)


def call_info_by_id_call(agent_id: str, call_id: str) -> PreparedCall[list[CallInfo]]:
    check_parameter(
        "queryCallInfoByCallId.callid",
        call_id,
        operation=QUERY_CALL_INFO_BY_CALL_ID.log_method,
        agent_id=agent_id,
        keyword="call_id",
    )
    request = query_call_info_by_call_id._get_kwargs(agent_id, call_id)
    call: PreparedCall[list[CallInfo]] = PreparedCall(
        QUERY_CALL_INFO_BY_CALL_ID, agent_id, request, lambda p, r: _calls_of(call, p, r)
    )
    return call


def call_info_before_answer_call(
    agent_id: str, call_id: str | None = None
) -> PreparedCall[list[CallInfo]]:
    """callinfobeforeanswer: the offered call ``call_id`` (documentation issue 26), or without
    an ID the call ringing at the agent, as older gateways and the English pages have it."""
    if call_id is None:
        operation = QUERY_CALL_INFO_BEFORE_ANSWER_ANY_CALL
        request = query_call_info_before_answer_any_call._get_kwargs(agent_id)
    else:
        operation = QUERY_CALL_INFO_BEFORE_ANSWER
        check_parameter(
            "queryCallInfoBeforeAnswer.callId",
            call_id,
            operation=operation.log_method,
            agent_id=agent_id,
            keyword="call_id",
        )
        request = query_call_info_before_answer._get_kwargs(agent_id, call_id)
    call: PreparedCall[list[CallInfo]] = PreparedCall(
        operation, agent_id, request, lambda p, r: _calls_of(call, p, r)
    )
    return call


def hold_list_call(agent_id: str) -> PreparedCall[list[CallInfo]]:
    request = query_hold_list._get_kwargs(agent_id)
    call: PreparedCall[list[CallInfo]] = PreparedCall(
        QUERY_HOLD_LIST, agent_id, request, lambda p, r: _calls_of(call, p, r)
    )
    return call


def all_call_ids_call(agent_id: str) -> PreparedCall[list[str]]:
    def finish(parsed: CallIdListResponse, response: httpx.Response) -> list[str]:
        result = parsed.result
        if result is None:
            return []
        return [str(call_id) for call_id in result]

    request = query_all_call_id._get_kwargs(agent_id)
    return PreparedCall(QUERY_ALL_CALL_ID, agent_id, request, finish)


def waiting_calls_call(agent_id: str, skill_id: int) -> PreparedCall[list[CallInfo]]:
    check_parameter(
        "queryWaitCallInfoBySkillId.skillid",
        skill_id,
        operation=WAITING_CALLS.log_method,
        agent_id=agent_id,
        keyword="skill_id",
    )
    request = query_wait_call_info_by_skill_id._get_kwargs(agent_id, skill_id)
    call: PreparedCall[list[CallInfo]] = PreparedCall(
        WAITING_CALLS, agent_id, request, lambda p, r: _calls_of(call, p, r)
    )
    return call


def move_queued_call_call(agent_id: str, call_id: str, skill_id: int) -> PreparedCall[None]:
    check_body(
        "AssignUserInQueueRequest",
        {"callid": call_id, "skillid": skill_id},
        operation=ASSIGN_USER_IN_QUEUE.log_method,
        agent_id=agent_id,
        keywords={"callid": "call_id", "skillid": "skill_id"},
    )
    body = models.AssignUserInQueueRequest(callid=call_id, skillid=skill_id)
    request = assign_user_in_queue._get_kwargs(agent_id, body=body)
    return PreparedCall(ASSIGN_USER_IN_QUEUE, agent_id, request, no_result)


def call_ids_of_call(agent_id: str, work_no: str | int) -> PreparedCall[list[str]]:
    text = str(work_no) if isinstance(work_no, int) and not isinstance(work_no, bool) else work_no
    check_parameter(
        "queryAllCallInfoByAgentWorkNoEx.workno",
        text,
        operation=CALL_IDS_OF.log_method,
        agent_id=agent_id,
        keyword="work_no",
    )

    def finish(parsed: CallIdListResponse, response: httpx.Response) -> list[str]:
        result = parsed.result
        return [] if result is None else [str(call_id) for call_id in result]

    request = query_all_call_info_by_agent_work_no_ex._get_kwargs(agent_id, str(text))
    return PreparedCall(CALL_IDS_OF, agent_id, request, finish)


class CallData(SyncFamily):
    """Call data of :class:`~cec_agentgateway.Agent` (``calldata`` beyond the first queries)."""

    def set_call_data(
        self,
        data: str | bytes,
        *,
        call_id: str | None = None,
        base64: bool = False,
        legacy_query: bool = False,
    ) -> None:
        """setcalldataex: attach ``data`` (at most 16 KB) to the current call or ``call_id``.

        Bytes, and text with ``base64=True``, are sent Base64-encoded (``isDataEncoded``).
        Read it back with ``call_app_data``. ``legacy_query=True`` sends text in the query of
        the deprecated ``PUT calldata/{agentid}`` of older gateways. Never retried.
        """
        call = set_call_data_call(
            self._agent_id, data, call_id=call_id, base64_transfer=base64, legacy_query=legacy_query
        )
        self._run(call)

    def waiting_calls(self, skill_id: int) -> list[CallInfo]:
        """waitcallinfo: the calls waiting in the skill queue ``skill_id``, oldest first."""
        return self._run(waiting_calls_call(self._agent_id, skill_id))

    def move_queued_call(self, call_id: str, skill_id: int) -> None:
        """assignuserinqueue: move the queued call ``call_id`` to the skill queue ``skill_id``.

        Never retried.
        """
        self._run(move_queued_call_call(self._agent_id, call_id, skill_id))

    def call_ids_of(self, work_no: str | int) -> list[str]:
        """allcallinfoEx: the IDs of another agent's calls (needs the inspection right)."""
        return self._run(call_ids_of_call(self._agent_id, work_no))

    def call_info_by_id(self, call_id: str) -> list[CallInfo]:
        """callinfobycallid: the information of the agent's call ``call_id``."""
        return self._run(call_info_by_id_call(self._agent_id, call_id))

    def call_info_before_answer(self, call_id: str | None = None) -> list[CallInfo]:
        """callinfobeforeanswer: the information of a call offered and not answered yet.

        With ``call_id`` (from AgentEvent_Ringing) the path names the call, as documentation
        issue 26 has it; without, the gateway answers for the call ringing at the agent.
        """
        return self._run(call_info_before_answer_call(self._agent_id, call_id))

    def held_calls(self) -> list[CallInfo]:
        """holdlist: the calls the agent holds (the gateway answers 400-003 for none)."""
        return self._run(hold_list_call(self._agent_id))

    def call_ids(self) -> list[str]:
        """allcallid: the IDs of the agent's calls, current and held."""
        return self._run(all_call_ids_call(self._agent_id))


class AsyncCallData(AsyncFamily):
    """The async twin of :class:`CallData`."""

    async def set_call_data(
        self,
        data: str | bytes,
        *,
        call_id: str | None = None,
        base64: bool = False,
        legacy_query: bool = False,
    ) -> None:
        call = set_call_data_call(
            self._agent_id, data, call_id=call_id, base64_transfer=base64, legacy_query=legacy_query
        )
        await self._run(call)

    async def waiting_calls(self, skill_id: int) -> list[CallInfo]:
        return await self._run(waiting_calls_call(self._agent_id, skill_id))

    async def move_queued_call(self, call_id: str, skill_id: int) -> None:
        await self._run(move_queued_call_call(self._agent_id, call_id, skill_id))

    async def call_ids_of(self, work_no: str | int) -> list[str]:
        return await self._run(call_ids_of_call(self._agent_id, work_no))

    async def call_info_by_id(self, call_id: str) -> list[CallInfo]:
        return await self._run(call_info_by_id_call(self._agent_id, call_id))

    async def call_info_before_answer(self, call_id: str | None = None) -> list[CallInfo]:
        return await self._run(call_info_before_answer_call(self._agent_id, call_id))

    async def held_calls(self) -> list[CallInfo]:
        return await self._run(hold_list_call(self._agent_id))

    async def call_ids(self) -> list[str]:
        return await self._run(all_call_ids_call(self._agent_id))
