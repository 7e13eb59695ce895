"""Sign-in, sign-out and the session: the event poll, heartbeat, Guid and agent status.

Sign-in bodies are checked against the spec's bounds, with the scalar forms real clients
send accepted (``"status": "4"``, ``"phonenum": 59999``). A session's Guid rotates as the
core says; after a sign-out its last events, ending with AgentOther_ShutdownService, can
still be polled. Scenario methods: :meth:`force_sign_out`, :meth:`push_event`,
:meth:`watch` / :meth:`watched_events` (an inspector's or a wallboard's view of other
agents), :meth:`withhold_right` / :meth:`grant_right`.

Issue 22: the softphone token (logininfo), the customised state (querycustomstate,
:meth:`set_custom_state`), the legacy ``PUT heartbeat`` (kept like the handshake), the
right to take inbound calls (settalkright) and the password change (modifyaccountpwdex).
:meth:`require_password_change` makes the next sign-in report ``isForceChange: "true"``;
until the change, the agent's other operations are refused with 100-020 (see
``_family.PASSWORD_CHANGE_ALLOWS``). The password rules checked are the vendor's older table:
8 to 30 characters (110-020), not the old one (110-017), not the agent ID or its reverse
(110-018), letters and digits both (110-019); a wrong old password is 110-003, and the
fifth wrong one in a row locks the account (110-021; sign-in answers 110-016 from then on).
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from ...generated.models import AgentState, EventType, Retcode
from .. import _payloads as payloads
from .._core import GatewayCore
from .._family import (
    ControlError,
    Family,
    UsageError,
    body_agent,
    command,
    control,
    json_object,
    ok,
    operation,
    path_agent_id,
    server_defaults,
    validated,
)
from .._model import SessionOptions, SimulatorError
from .._polling import PendingPoll, answer_poll
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["SessionFamily"]

_SHUTDOWN = EventType.AGENT_OTHER_SHUTDOWN_SERVICE
_CLOCK: Any = object()  # push_event: stamp the event with the simulated clock

# Sign-in fields whose violation has a retcode of its own; others get 100-001.
_SIGN_IN_FIELD_CODES = {
    "agenttype": Retcode.WRONG_AGENT_TYPE,
    "phonenum": Retcode.INVALID_PHONE,
    "ip": Retcode.INVALID_IP_ADDRESS,
}
_IN_SERVICE = (EventType.AGENT_OTHER_IN_SERVICE, EventType.AGENT_STATE_READY)
_SIGN_IN_EVENTS = {
    3: (*_IN_SERVICE, EventType.AGENT_STATE_SET_NOT_READY_SUCCESS),
    4: _IN_SERVICE,
    5: (*_IN_SERVICE, EventType.AGENT_STATE_WORK),
    # Signing in resting (issue 24); the page's events for 8 could not be read, the spec
    # assumes the granted-rest event as 3 adds the granted-busy one.
    8: (*_IN_SERVICE, EventType.AGENT_STATE_SET_REST_SUCCESS),
}
# Signing in busy is busy without a cause: the event says so with reason "0".
_SIGN_IN_CONTENTS = {EventType.AGENT_STATE_SET_NOT_READY_SUCCESS: {"reason": "0"}}
_STATUS_STATES = {
    3: AgentState.BUSY,
    4: AgentState.IDLE,
    5: AgentState.WRAP_UP,
    8: AgentState.REST,  # documentation issue 24: signing in resting
}
_SIGN_IN_DEFAULTS = server_defaults("SignInRequest")
_LOCK_AFTER = 5  # wrong old passwords in a row that lock the account (110-021)
_REST_STATUS = 8  # SignInStatus.REST


class SessionFamily(Family):
    """onlineagent sign-in/out, agentevent polling, handshake, updateGuid, agentstatus."""

    name = "session"

    def __init__(self, core: GatewayCore) -> None:
        super().__init__(core)
        self._wrong_passwords: dict[str, int] = {}
        self._locked: set[str] = set()

    def require_password_change(self, agent_id: str, required: bool = True) -> None:
        """The agent's next sign-ins report ``isForceChange: "true"`` and the session may do
        nothing but its own housekeeping until modifyaccountpwdex succeeds."""
        with self.core.lock:
            self.core.agent(agent_id).password_change_due = required

    def password(self, agent_id: str) -> str:
        """The agent's password now (after modifyaccountpwdex, the new one)."""
        with self.core.lock:
            return self.core.agent(agent_id).password

    def set_custom_state(self, agent_id: str, state: int | None) -> None:
        """The customised state querycustomstate reports (0-65534; None: none set)."""
        if state is not None and not (isinstance(state, int) and 0 <= state <= 65534):
            raise ValueError("state must be a whole number from 0 to 65534, or None")
        with self.core.lock:
            self.core.agent(agent_id).custom_state = 65535 if state is None else state

    # ------------------------------------------------------------------ scenario

    def force_sign_out(self, agent_id: str) -> None:
        """Sign the agent out from the gateway's side, as an administrator would.

        Its call is released; the session's pending events, then
        AgentOther_ShutdownService, can still be polled; after that its Guid gets 100-006.
        """
        with self.core.lock:
            agent, _ = self.core.signed_in(agent_id)
            self.core.end_session(agent, farewell=_SHUTDOWN)

    def push_event(
        self, agent_id: str, event_type: Any, content: Any = None, *, event_gen_time: Any = _CLOCK
    ) -> None:
        """Queue any event (also types the spec does not know) for a signed-in agent.

        ``event_type`` and ``content`` are sent as they are, without validation: a call ID
        string as the content, a null or numeric type, caller numbers as JSON numbers, as
        real gateways do. ``event_gen_time`` replaces the simulated clock's time (any JSON
        value, e.g. one far outside the calendar).
        """
        with self.core.lock:
            agent, session = self.core.signed_in(agent_id)
            self.core.queue(agent, event_type, content)
            if event_gen_time is not _CLOCK:
                session.events[-1]["eventGenTime"] = event_gen_time

    def watch(self, watcher_id: str, agents: Iterable[str] | None = None) -> None:
        """Give the signed-in ``watcher_id`` copies of other agents' state and call events
        (AgentState_*, AgentEvent_*): of ``agents``, or of every agent of its VDN (None), as a
        gateway gives an inspector or a wallboard. They last as long as its session; read
        them with :meth:`watched_events`. Needs the inspect right."""
        with self.core.lock:
            watcher, session = self.core.signed_in(watcher_id)
            if "inspect" not in watcher.rights:
                raise SimulatorError(f"agent {watcher_id} has no inspect right")
            watched = None if agents is None else [self.core.agent(a).agent_id for a in agents]
            self.core.add_watcher(session, watched)

    def watched_events(self, watcher_id: str) -> list[dict[str, Any]]:
        """The other agents' events the watcher received since the last call, oldest first
        (each with its own ``workNo``); they are handed out once."""
        with self.core.lock:
            _, session = self.core.signed_in(watcher_id)
            events = list(session.watched)
            session.watched.clear()
            return events

    def withhold_right(self, agent_id: str, right: str) -> None:
        """Take a right (``"inspect"``) from the agent: operations needing it are refused
        with the gateway's retcode (900-002 for inspection)."""
        if right not in GatewayCore.RIGHTS:
            raise ValueError(f"unknown right {right!r}; rights: {sorted(GatewayCore.RIGHTS)}")
        with self.core.lock:
            self.core.agent(agent_id).rights.discard(right)

    def grant_right(self, agent_id: str, right: str) -> None:
        """Give a right back (every agent has them all unless withheld)."""
        if right not in GatewayCore.RIGHTS:
            raise ValueError(f"unknown right {right!r}; rights: {sorted(GatewayCore.RIGHTS)}")
        with self.core.lock:
            self.core.agent(agent_id).rights.add(right)

    def pending_events(self, agent_id: str) -> list[dict[str, Any]]:
        """Copies of the events queued for the agent and not yet polled, oldest first."""
        with self.core.lock:
            self.core.housekeeping(self.core.clock())
            agent = self.core.agent(agent_id)
            session = agent.session or agent.farewell
            return [] if session is None else copy.deepcopy(list(session.events))

    @control("force_sign_out")
    def _control_force_sign_out(self, body: Mapping[str, Any]) -> dict[str, Any]:
        self.force_sign_out(body_agent(body))
        return {}

    @control("push_event")
    def _control_push_event(self, body: Mapping[str, Any]) -> dict[str, Any]:
        if "eventType" not in body:
            raise ControlError("eventType is required")
        self.push_event(body_agent(body), body["eventType"], body.get("content"))
        return {}

    @control("watch")
    def _control_watch(self, body: Mapping[str, Any]) -> dict[str, Any]:
        agents = body.get("agents")
        if agents is not None and not (
            isinstance(agents, list) and all(isinstance(a, str | int) for a in agents)
        ):
            raise ControlError("agents must be a list of agent IDs")
        self.watch(body_agent(body), None if agents is None else [str(a) for a in agents])
        return {}

    @control("watched_events")
    def _control_watched_events(self, body: Mapping[str, Any]) -> dict[str, Any]:
        return {"events": self.watched_events(body_agent(body))}

    @command(
        "watch",
        "watch AGENT [AGENT...]: the first agent receives copies of the others'"
        " state and call events (of its whole VDN when none is named)",
    )
    def _command_watch(self, words: list[str]) -> str:
        if not words:
            raise UsageError("usage: watch AGENT [AGENT...]")
        self.watch(words[0], words[1:] or None)
        return "ok"

    # ------------------------------------------------------------------ sign-in and sign-out

    def _sign_in(self, context: Context, *, force: bool, platform_only: bool) -> SimResponse:
        agent_id = path_agent_id(context)
        schema = "SignInPlatformOnlyRequest" if platform_only else "SignInRequest"
        raw = json_object(context, Retcode.SIGN_IN_PARAMETER_INVALID)
        body = validated(
            schema,
            raw,
            context,
            Retcode.SIGN_IN_PARAMETER_INVALID,
            _SIGN_IN_FIELD_CODES,
            loose=True,
        )
        agent = self.core.agents.get(agent_id)
        if agent_id in self._locked:
            raise Refusal(Retcode.ACCOUNT_LOCKED)
        if agent is None or body["password"] != agent.password:
            raise Refusal(Retcode.WRONG_CREDENTIALS)
        phonenum = body.get("phonenum")
        if agent.phone is not None and phonenum is not None and phonenum != agent.phone:
            raise Refusal(Retcode.INVALID_PHONE)
        if agent.session is not None:
            if not force:
                raise Refusal(Retcode.ALREADY_SIGNED_IN)
            self.core.end_session(agent)
        options = _session_options(body, platform_only)
        base_state = _STATUS_STATES[options.status]
        session = self.core.start_session(agent, options, base_state, context.now)
        for event_type in _SIGN_IN_EVENTS[options.status]:
            self.core.queue(agent, event_type, _SIGN_IN_CONTENTS.get(event_type))
        result = payloads.sign_in_result(agent, session)
        if agent.password_change_due:
            result["isForceChange"] = "true"
        return json_response(ok(result), set_guid=session.guid)

    @operation("signIn")
    def sign_in(self, context: Context) -> SimResponse:
        return self._sign_in(context, force=False, platform_only=False)

    @operation("forceSignIn")
    def force_sign_in(self, context: Context) -> SimResponse:
        return self._sign_in(context, force=True, platform_only=False)

    @operation("signInPlatformOnly")
    def sign_in_platform_only(self, context: Context) -> SimResponse:
        return self._sign_in(context, force=False, platform_only=True)

    def _sign_out(self, context: Context, *, force: bool) -> SimResponse:
        agent_id = path_agent_id(context)
        session = self.core.authenticate(context.request, agent_id, context.now, ended_ok=True)
        if session.ended:
            raise Refusal(Retcode.ALREADY_SIGNED_OUT)
        agent = self.core.agents[agent_id]
        if agent.busy_with_call and not force:
            raise Refusal(Retcode.SIGN_OUT_STATE_ERROR, "the agent is answering or talking")
        self.core.end_session(agent, farewell=_SHUTDOWN)
        return json_response(ok())

    @operation("signOut")
    def sign_out(self, context: Context) -> SimResponse:
        return self._sign_out(context, force=False)

    @operation("forceSignOut")
    def force_sign_out_request(self, context: Context) -> SimResponse:
        return self._sign_out(context, force=True)

    @operation("forceSignOutWithReason")
    def force_sign_out_with_reason(self, context: Context) -> SimResponse:
        path_agent_id(context)
        text = context.params.get("reason", "")
        if not (text.isdecimal() and text.isascii()):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter reason is invalid")
        validated("SignOutReason", {"reason": int(text)}, context, Retcode.INVALID_PARAMETER)
        return self._sign_out(context, force=True)

    # ------------------------------------------------------------------ the session

    @operation("getAgentEvent")
    def get_agent_event(self, context: Context) -> SimResponse | PendingPoll:
        agent_id = path_agent_id(context)
        session = self.core.authenticate(context.request, agent_id, context.now, ended_ok=True)
        if session.options.push_mode:
            raise Refusal(Retcode.WRONG_EVENT_FETCH_METHOD, "the agent receives its events by push")
        session.last_seen = context.now
        if session.events or session.ended:
            return answer_poll(self.core, context.request, session, context.now)
        return PendingPoll(self.core, context.request, session)

    @operation("handShake")
    def hand_shake(self, context: Context) -> SimResponse:
        _, session = self.session(context)
        token = context.request.header("service_token")
        if token is not None:
            schema = "handShake.service_token"
            validated(schema, {"service_token": token}, context, Retcode.SIGN_IN_PARAMETER_INVALID)
            session.push_token = token or None  # push mode: later batches carry it
        session.last_seen = context.now
        presented = context.request.header("Guid") or ""
        announced = self.core.announced_guid(session, presented, context.now)
        return json_response({"message": "success", "retcode": "0"}, set_guid=announced)

    @operation("heartbeat")
    def heartbeat(self, context: Context) -> SimResponse:
        """The legacy PUT heartbeat: keeps the session alive, like the handshake."""
        _, session = self.session(context)
        session.last_seen = context.now
        presented = context.request.header("Guid") or ""
        announced = self.core.announced_guid(session, presented, context.now)
        result = {"loginTime": str(session.login_ms)}
        return json_response(ok(result, "success"), set_guid=announced)

    @operation("queryLoginInfo")
    def query_login_info(self, context: Context) -> SimResponse:
        """A fresh temporary token for the softphone number the session signed in with."""
        agent, session = self.session(context)
        phone = session.options.phone or agent.phone or ""
        result = {"phonenum": phone, "phonetoken": secrets.token_hex(16)}
        return json_response(ok(result, "success"))

    @operation("queryCustomState")
    def query_custom_state(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        return json_response(ok({"agentcustomstate": str(agent.custom_state)}, "success"))

    @operation("setTalkRight")
    def set_talk_right(self, context: Context) -> SimResponse:
        _, session = self.session(context)
        text = context.request.query.get("flag", "")
        if text not in ("0", "1"):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter flag is invalid")
        session.talk_right = text == "1"
        return json_response(ok({}, "success"))

    @operation("modifyAccountPassword")
    def modify_account_password(self, context: Context) -> SimResponse:
        """The password change, with the older table's rules (see the module)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("ChangePasswordRequest", raw, context, Retcode.INVALID_PARAMETER)
        old, new = body["oldPassword"], body["newPassword"]
        if old != agent.password:
            count = self._wrong_passwords.get(agent.agent_id, 0) + 1
            self._wrong_passwords[agent.agent_id] = count
            if count >= _LOCK_AFTER:
                self._locked.add(agent.agent_id)
                raise Refusal(Retcode.TOO_MANY_FAILURES_LOCKED, "the account is locked")
            raise Refusal(Retcode.OLD_PASSWORD_WRONG, "the old password is wrong")
        self._wrong_passwords.pop(agent.agent_id, None)
        refusal = _password_rule(agent.agent_id, old, new)
        if refusal is not None:
            raise Refusal(refusal, "the new password breaks the password rules")
        agent.password = new
        agent.password_change_due = False
        return json_response(ok({}, "success"))

    @operation("updateGuid")
    def update_guid(self, context: Context) -> SimResponse:
        _, session = self.session(context)
        guid = self.core.replace_guid(session, context.now)
        return json_response(ok({"guid": guid}, "success"))

    @operation("queryAgentStatus")
    def query_agent_status(self, context: Context) -> SimResponse:
        agent, _ = self.session(context)
        result = {"agentState": agent.gateway_state().value, "isWorking": agent.busy_with_call}
        return json_response(ok(result))

    @operation("syncAgentInfo")
    def sync_agent_info(self, context: Context) -> SimResponse:
        """Agent state and call for a reloaded desktop; clears the pending events, as documented."""
        agent, session = self.session(context)
        now_ms = self.core.now_ms()
        call = None if agent.call is None else payloads.call_info(agent.call, agent, now_ms)
        result = {
            "callinfo": call,
            "agentStateInfo": payloads.agent_state_info(agent, now_ms),
            "signInMode": session.options.sign_in_mode,
        }
        session.events.clear()
        return json_response(ok(result, "success"))


def _password_rule(agent_id: str, old: str, new: str) -> Retcode | None:
    """Which rule of the older table a new password breaks, if any."""
    if not 8 <= len(new) <= 30:
        return Retcode.PASSWORD_LENGTH_INVALID
    if new == old:
        return Retcode.NEW_PASSWORD_EQUALS_OLD
    if agent_id in (new, new[::-1]):
        return Retcode.PASSWORD_MATCHES_NAME
    if not (any(c.isalpha() for c in new) and any(c.isdigit() for c in new)):
        return Retcode.PASSWORD_RULE_VIOLATION
    return None


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
        callback_uri=body.get("callBackUri") or None,
        service_token=body.get("serviceToken") or None,
    )
