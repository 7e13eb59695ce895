"""Call data: the current call's information and data, setcalldataex, and the call
queries by ID (callinfobycallid, holdlist, allcallid, callinfobeforeanswer).

The data set with setcalldataex is what ``appdata`` (queryCallAppData) returns afterwards.
With ``isDataEncoded`` the gateway receives Base64 and keeps the decoded content; the 16 KB
limit applies to that content. The legacy ``PUT calldata/{agentid}?calldata=&callid=`` sets
text the same way.

Issue 22: waitcallinfo lists the calls waiting in a queue and assignuserinqueue moves one to
another queue (both on the shared :class:`~.._queueing.QueueStore`); allcallinfoEx gives
another agent's call IDs to an agent with the inspect right (900-002 without it).
"""

from __future__ import annotations

import base64
import binascii

from ...generated.models import Retcode
from ...generated.spec_extensions import REQUEST_CONSTRAINTS
from .._callflow import held_call
from .._core import GatewayCore
from .._family import Family, flag, json_object, lenient, ok, operation, validated
from .._model import AgentRecord, Call
from .._payloads import call_info
from .._queueing import QueueStore
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["CallDataFamily"]

_MAX_BYTES: int = REQUEST_CONSTRAINTS["SetCallDataRequest"]["properties"]["calldata"]["x-max-bytes"]


class CallDataFamily(Family):
    """calldata callinfo, appdata, setcalldataex, callinfobycallid, holdlist, allcallid and
    callinfobeforeanswer."""

    name = "call_data"

    def __init__(self, core: GatewayCore, store: QueueStore) -> None:
        self.store = store
        super().__init__(core)

    @operation("queryCallInfo")
    def query_call_info(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call = agent.call
        if call is None and flag(context, "isNoContainLastCall"):
            call = agent.last_call
        now_ms = self.core.now_ms()
        return json_response(ok(None if call is None else call_info(call, agent, now_ms)))

    @operation("queryCallAppData")
    def query_call_app_data(self, context: Context) -> SimResponse:
        """The data of the current call, or of the agent's call named by ``callId``."""
        agent, _ = self.session(context)
        call_id = context.request.query.get("callId")
        call = agent.calls.get(call_id) if call_id else agent.call
        if call is None:
            reason = f"no call {call_id!r}" if call_id else "the agent has no call"
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, reason)
        data = call.app_data
        if flag(context, "isEncodeResult"):
            raw = data.encode("utf-8") if call.app_bytes is None else call.app_bytes
            data = base64.b64encode(raw).decode("ascii")
        return json_response(ok(data))

    @operation("setCallAppDataEx")
    def set_call_app_data_ex(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        data = raw.pop("calldata", None)
        body = validated("SetCallDataRequest", raw, context, Retcode.INVALID_PARAMETER)
        if data is not None and not isinstance(data, str):
            raise Refusal(Retcode.INVALID_PARAMETER, "calldata must be a string")
        content = (data or "").encode("utf-8")
        if body.get("isDataEncoded") and data:
            try:
                content = base64.b64decode(data, validate=True)
            except (binascii.Error, ValueError):
                raise Refusal(Retcode.INVALID_PARAMETER, "calldata is not valid Base64") from None
        return self._set_data(agent, body.get("callid"), content)

    @operation("setCallAppDataLegacy")
    def set_call_app_data_legacy(self, context: Context) -> SimResponse:
        """The legacy form: text data and the call ID in the query string."""
        agent, _ = self.session(context)
        query = context.request.query
        if "calldata" not in query:
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter calldata is empty")
        call_id = query.get("callid") or None
        if call_id is not None:
            validated(
                "setCallAppDataLegacy.callid",
                {"callid": call_id},
                context,
                Retcode.INVALID_PARAMETER,
            )
        return self._set_data(agent, call_id, query["calldata"].encode("utf-8"))

    def _set_data(self, agent: AgentRecord, call_id: str | None, content: bytes) -> SimResponse:
        if len(content) > _MAX_BYTES:
            raise Refusal(Retcode.INVALID_PARAMETER, f"calldata is over {_MAX_BYTES} bytes")
        call = agent.call if call_id is None else None
        if call_id is not None:
            current = agent.call
            call = current if current is not None and current.call_id == call_id else None
            call = call or held_call(agent, call_id)
        if call is None:
            raise Refusal(Retcode.SET_CALL_DATA_NO_CALL, "the agent has no such call")
        call.app_data = content.decode("utf-8", "replace")
        call.app_bytes = content  # what a Base64 appdata query gives back, byte for byte
        return json_response(ok({}, "success"))

    @operation("queryCallInfoByCallId")
    def query_call_info_by_call_id(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        call_id = context.params.get("callid", "")
        call = agent.calls.get(call_id)
        if call is None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no call {call_id!r}")
        return json_response(ok([call_info(call, agent, self.core.now_ms())]))

    @operation("queryCallInfoBeforeAnswer", "queryCallInfoBeforeAnswerAnyCall")
    def query_call_info_before_answer(self, context: Context) -> SimResponse:
        """callinfobeforeanswer[/{callId}]: the information of the call ringing at the agent."""
        agent, _ = self.session(context)
        call = agent.call
        call_id = context.params.get("callId")
        if call is None or not call.ringing or (call_id is not None and call_id != call.call_id):
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "no such call is ringing at the agent")
        return json_response(ok([call_info(call, agent, self.core.now_ms())]))

    @operation("queryHoldList")
    def query_hold_list(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        if not agent.held_calls:
            raise Refusal(Retcode.HOLD_LIST_NO_HELD_CALL, "the agent holds no call")
        now_ms = self.core.now_ms()
        return json_response(ok([call_info(call, agent, now_ms) for call in agent.held_calls]))

    @operation("queryAllCallId")
    def query_all_call_id(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        calls = ([] if agent.call is None else [agent.call]) + agent.held_calls
        return json_response(ok([call.call_id for call in calls]))

    # ------------------------------------------------------------------ issue 22

    @operation("queryWaitCallInfoBySkillId")
    def query_wait_call_info(self, context: Context) -> SimResponse:
        """The calls waiting in a queue of the agent's VDN, oldest first ([] for none)."""
        agent, _ = self.session(context)
        text = context.params.get("skillid", "")
        if not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter skillid is invalid")
        skill = self.store.skills.get(int(text))
        if skill is None or skill.vdn_id != agent.vdn_id:
            return json_response(ok([]))
        now_ms = self.core.now_ms()
        calls = self.store.waiting_calls(skill)
        return json_response(ok([_waiting_info(call, agent, now_ms) for call in calls]))

    @operation("assignUserInQueue")
    def assign_user_in_queue(self, context: Context) -> SimResponse:
        """Move a call waiting in a queue the agent joined to another queue of its VDN."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "AssignUserInQueueRequest",
            lenient(raw, "AssignUserInQueueRequest"),
            context,
            Retcode.INVALID_PARAMETER,
        )
        target = self.store.skills.get(body["skillid"])
        if target is None or target.vdn_id != agent.vdn_id:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no skill queue {body['skillid']}")
        for skill_id in agent.joined_skills:
            source = self.store.skills.get(skill_id)
            call = None if source is None else self.store.take(source, body["callid"])
            if call is not None:
                self.store.enqueue(target, call)
                return json_response(ok({}))
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, "no such call waits in the agent's queues")

    @operation("queryAllCallInfoByAgentWorkNoEx")
    def query_all_call_info_by_work_no(self, context: Context) -> SimResponse:
        """Another agent's call IDs (current, then held), for an agent that may inspect."""
        agent, _ = self.session(context)
        self.core.require_right(agent, "inspect")
        work_no = context.params.get("workno", "")
        validated(
            "queryAllCallInfoByAgentWorkNoEx.workno",
            {"workno": work_no},
            context,
            Retcode.SIGN_IN_INVALID_PARAMETER,
        )
        other = self.core.agents.get(work_no)
        if other is None or other.vdn_id != agent.vdn_id:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no agent {work_no} in the agent's VCC")
        calls = ([] if other.call is None else [other.call]) + other.held_calls
        return json_response(ok([call.call_id for call in calls]))


def _waiting_info(call: Call, agent: AgentRecord, now_ms: int) -> dict[str, object]:
    """A waiting call's information: as call_info, since when it waits, not answered yet."""
    info = call_info(call, agent, now_ms)
    info["begintime"] = now_ms - call.wait_seconds * 1000
    return info
