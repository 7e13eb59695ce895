"""The agent's account and session beyond sign-in: the softphone token, the customised state,
the legacy heartbeat, the password change and the right to take inbound calls.

**Password change** is a flow: the sign-in result says when a change is required
(``agent.password_change_required``), :meth:`AccountMixin.change_password` makes it, a wrong
old password raises :class:`~cec_agentgateway.WrongPasswordError` and a new one the gateway's
rules refuse :class:`~cec_agentgateway.WeakPasswordError`. Neither password is ever logged,
shown in a ``repr`` or put in an exception (the request keeps them out of every message).

**Heartbeat.** A session whose events are pushed (sign-in with ``callback_uri`` and
``service_token``) is not kept alive by polling: :class:`Heartbeat` (and its async twin)
sends the documented handshake every :data:`HEARTBEAT_INTERVAL` seconds while the
``with gw.sign_in(...)`` block runs, and switches to the legacy ``PUT .../heartbeat`` of older
gateways when the handshake is not there (HTTP 404 or 405).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import AgentGatewayError, AgentSessionError, APIStatusError, NotAuthorizedError
from ._family import AsyncFamily, SyncFamily
from ._lazy import LazyModule, generated_api
from ._operations import Operation, PreparedCall, no_result
from ._validation import check_body, check_flag
from .generated import models

if TYPE_CHECKING:
    import asyncio

    from .generated.models import CustomStateResponse, LoginInfoResponse
else:
    asyncio = LazyModule("asyncio")

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.onlineagent import (
        heartbeat,
        modify_account_password,
        query_custom_state,
        query_login_info,
        set_talk_right,
    )
else:
    heartbeat = generated_api("onlineagent.heartbeat")
    modify_account_password = generated_api("onlineagent.modify_account_password")
    query_custom_state = generated_api("onlineagent.query_custom_state")
    query_login_info = generated_api("onlineagent.query_login_info")
    set_talk_right = generated_api("onlineagent.set_talk_right")

__all__ = [
    "HEARTBEAT_INTERVAL",
    "AccountMixin",
    "AsyncAccountMixin",
    "AsyncHeartbeat",
    "Heartbeat",
    "SoftphoneLogin",
]

logger = logging.getLogger("cec_agentgateway")

#: Seconds between two heartbeats of a push-mode session (the handshake page says ~30 s;
#: the gateway signs out a session without one for 2 minutes).
HEARTBEAT_INTERVAL = 30.0
#: customstate when none is set (setcustomstate takes 0 to 65534).
NO_CUSTOM_STATE = 65535

LOGIN_INFO = Operation.from_spec("queryLoginInfo", "LoginInfoResponse")
CUSTOM_STATE = Operation.from_spec("queryCustomState", "CustomStateResponse")
HEARTBEAT = Operation.from_spec("heartbeat", "HeartbeatResponse")
CHANGE_PASSWORD = Operation.from_spec("modifyAccountPassword", "DoneResponse")
TALK_RIGHT = Operation.from_spec("setTalkRight", "DoneResponse")


@dataclass(frozen=True)
class SoftphoneLogin:
    """What the softphone registers with (logininfo): its number and a temporary token.

    The token is a credential: it is left out of the ``repr``.
    """

    phone: str | None
    token: str | None = field(repr=False)


# ------------------------------------------------------------------ builders
def login_info_call(agent_id: str) -> PreparedCall[SoftphoneLogin | None]:
    def finish(parsed: LoginInfoResponse, response: httpx.Response) -> SoftphoneLogin | None:
        result = parsed.result
        if result is None:
            return None
        if not isinstance(result, models.LoginInfoResult):
            raise call.decode_error("result is neither null nor the softphone token", response)
        return SoftphoneLogin(result.phonenum, result.phonetoken)

    call = PreparedCall(LOGIN_INFO, agent_id, query_login_info._get_kwargs(agent_id), finish)
    return call


def custom_state_call(agent_id: str) -> PreparedCall[int | None]:
    def finish(parsed: CustomStateResponse, response: httpx.Response) -> int | None:
        """The state as a number; None when none is set (65535) or none was sent."""
        result = parsed.result
        if result is None:
            return None
        if not isinstance(result, models.CustomStateResult):
            raise call.decode_error("result is neither null nor a customised state", response)
        value = result.agentcustomstate
        if value is None:
            return None
        text = str(value).strip()
        if isinstance(value, bool) or not (text.isdigit() and text.isascii()):
            raise call.decode_error("agentcustomstate is not a number", response)
        state = int(text)
        return None if state == NO_CUSTOM_STATE else state

    call = PreparedCall(CUSTOM_STATE, agent_id, query_custom_state._get_kwargs(agent_id), finish)
    return call


def heartbeat_call(agent_id: str) -> PreparedCall[None]:
    return PreparedCall(HEARTBEAT, agent_id, heartbeat._get_kwargs(agent_id), no_result)


def change_password_call(agent_id: str, old_password: str, new_password: str) -> PreparedCall[None]:
    """modifyaccountpwdex; the checks name the keyword and never show a password."""
    wire = {"oldPassword": old_password, "newPassword": new_password}
    check_body(
        "ChangePasswordRequest",
        wire,
        operation=CHANGE_PASSWORD.log_method,
        agent_id=agent_id,
        keywords={"oldPassword": "old_password", "newPassword": "new_password"},
    )
    body = models.ChangePasswordRequest(old_password=old_password, new_password=new_password)
    request = modify_account_password._get_kwargs(agent_id, body=body)
    return PreparedCall(CHANGE_PASSWORD, agent_id, request, no_result)


def talk_right_call(agent_id: str, accept: bool) -> PreparedCall[None]:
    check_flag(
        "flag", accept, operation=TALK_RIGHT.log_method, agent_id=agent_id, argument="accept"
    )
    request = set_talk_right._get_kwargs(agent_id, flag=int(accept))
    return PreparedCall(TALK_RIGHT, agent_id, request, no_result)


def _change_required(session: Any) -> bool:
    """Whether the session's sign-in asked for a password change not made since."""
    if getattr(session, "password_changed", False):
        return False
    result = getattr(session, "sign_in_result", None)
    flag = None if result is None else result.is_force_change
    return flag is True or (isinstance(flag, str) and flag.strip().lower() == "true")


# ------------------------------------------------------------------ mixins
class AccountMixin(SyncFamily):
    """Account and session operations of :class:`~cec_agentgateway.Agent`."""

    _session: Any

    @property
    def password_change_required(self) -> bool:
        """True when sign-in said the password must be changed (``isForceChange``) and
        :meth:`change_password` has not done it yet; the agent cannot take calls till then."""
        return _change_required(self._session)

    def change_password(self, old_password: str, new_password: str) -> None:
        """modifyaccountpwdex: replace the agent's password.

        Raises ``WrongPasswordError`` when ``old_password`` is wrong and ``WeakPasswordError``
        when the gateway's rules refuse ``new_password`` (8 to 30 characters, not the old
        one, not the agent's name). Never retried; neither password is logged or shown.
        """
        self._run(change_password_call(self._agent_id, old_password, new_password))
        self._session.password_changed = True

    def softphone_login(self) -> SoftphoneLogin | None:
        """logininfo: the temporary token the softphone registers with, and its number."""
        return self._run(login_info_call(self._agent_id))

    def custom_state(self) -> int | None:
        """querycustomstate: the customised state the agent set (None when none is set)."""
        return self._run(custom_state_call(self._agent_id))

    def heartbeat(self) -> None:
        """The legacy push-mode heartbeat (``PUT heartbeat``); prefer :meth:`handshake`."""
        self._run(heartbeat_call(self._agent_id))

    def set_talk_right(self, accept: bool) -> None:
        """settalkright: whether the platform offers the agent inbound calls. Never retried."""
        self._run(talk_right_call(self._agent_id, accept))


class AsyncAccountMixin(AsyncFamily):
    """The async twin of :class:`AccountMixin`."""

    _session: Any

    @property
    def password_change_required(self) -> bool:
        return _change_required(self._session)

    async def change_password(self, old_password: str, new_password: str) -> None:
        await self._run(change_password_call(self._agent_id, old_password, new_password))
        self._session.password_changed = True

    async def softphone_login(self) -> SoftphoneLogin | None:
        return await self._run(login_info_call(self._agent_id))

    async def custom_state(self) -> int | None:
        return await self._run(custom_state_call(self._agent_id))

    async def heartbeat(self) -> None:
        await self._run(heartbeat_call(self._agent_id))

    async def set_talk_right(self, accept: bool) -> None:
        await self._run(talk_right_call(self._agent_id, accept))


# ------------------------------------------------------------------ keeping a push session alive
def _no_handshake(error: AgentGatewayError) -> bool:
    """The gateway has no handshake (an older one): use the legacy heartbeat instead."""
    return isinstance(error, APIStatusError) and error.status_code in (404, 405)


def _session_gone(error: AgentGatewayError) -> bool:
    return isinstance(error, NotAuthorizedError | AgentSessionError)


class Heartbeat:
    """Sends a push-mode session's heartbeat in a daemon thread until :meth:`stop`."""

    def __init__(self, agent: Any, interval: float | None = None) -> None:
        self._agent = agent
        self._interval = HEARTBEAT_INTERVAL if interval is None else interval
        self._stopped = threading.Event()
        self.legacy = False  # switched to PUT heartbeat
        self._thread = threading.Thread(
            target=self._run, name=f"cec-heartbeat-{agent.agent_id}", daemon=True
        )
        self._thread.start()

    def _beat(self) -> None:
        if self.legacy:
            self._agent.heartbeat()
            return
        try:
            self._agent.handshake()
        except AgentGatewayError as error:
            if not _no_handshake(error):
                raise
            self.legacy = True
            self._agent.heartbeat()

    def _run(self) -> None:
        while not self._stopped.wait(self._interval):
            try:
                self._beat()
            except AgentGatewayError as error:
                if _session_gone(error):
                    logger.error("agent %s: heartbeat stopped: %s", self._agent.agent_id, error)
                    return
                logger.warning("agent %s: heartbeat failed: %s", self._agent.agent_id, error)

    def stop(self) -> None:
        self._stopped.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=15.0)


class AsyncHeartbeat:
    """The async twin of :class:`Heartbeat`: a task of the running event loop."""

    def __init__(self, agent: Any, interval: float | None = None) -> None:
        self._agent = agent
        self._interval = HEARTBEAT_INTERVAL if interval is None else interval
        self.legacy = False
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def _beat(self) -> None:
        if self.legacy:
            await self._agent.heartbeat()
            return
        try:
            await self._agent.handshake()
        except AgentGatewayError as error:
            if not _no_handshake(error):
                raise
            self.legacy = True
            await self._agent.heartbeat()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self._beat()
            except AgentGatewayError as error:
                if _session_gone(error):
                    logger.error("agent %s: heartbeat stopped: %s", self._agent.agent_id, error)
                    return
                logger.warning("agent %s: heartbeat failed: %s", self._agent.agent_id, error)

    async def stop(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
