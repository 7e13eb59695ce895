"""The exception tree.

    AgentGatewayError                  every error this package raises
    ├── RequestValidationError         bad arguments, caught before sending (also a ValueError)
    ├── APIConnectionError             the gateway could not be reached or the exchange broke off
    │   └── APITimeoutError            ... because a timeout expired
    ├── APIStatusError                 HTTP status outside 2xx (e.g. a load balancer's 502 page)
    ├── ResponseDecodeError            a 2xx body that is not the JSON envelope the spec describes
    │   └── AppDataDecodeError         call-associated data that is not valid Base64 / UTF-8
    ├── ConferenceRequestError         the gateway reported AgentConf_RequestFailed
    ├── OutcomeTimeoutError            an awaited event did not arrive in time (also a TimeoutError)
    ├── SessionEndedError              the agent was signed out while an outcome was awaited
    ├── EventOverflowError             an event consumer fell too far behind
    └── RetcodeError                   the envelope's retcode is not "0"; one subclass per meaning:
        ├── InvalidParameterError      000-001, 000-002, 000-006, 100-001, 100-005, 100-011, 100-019
        ├── NotAuthorizedError         000-003, 100-006, 105-006: the Guid is invalid; sign in again
        ├── PlatformError              100-007: the platform failed to carry out the operation
        ├── RepeatedRequestError       000-007, 100-021: the previous call has not finished
        ├── AgentSessionError          other 100-xxx (sign-in, sign-out, agent state)
        │   ├── AlreadySignedInError   100-002, 100-015
        │   ├── AlreadySignedOutError  100-008
        │   └── InvalidCredentialsError 100-004, 100-020
        ├── AccountError               110-xxx (password and account), e.g. 110-016 locked
        │   ├── WrongPasswordError     110-003: the old password of a change is wrong
        │   └── WeakPasswordError      110-017 to 110-020, 110-022: the new one is refused
        ├── ConferenceError            101-xxx
        ├── CallStateError             200-xxx and 400-xxx (no call, or the call's state forbids it)
        ├── RecordingError             104-xxx and 500-xxx
        ├── DisasterRecoveryError      105-xxx
        ├── MultimediaError            106-xxx, 700-xxx, 800-xxx
        ├── QueryError                 300-xxx and 600-xxx (agents, groups, queues)
        ├── QualityControlError        900-xxx and 000-005
        └── ConfigurationError         999-xxx and 000-004

A retcode is matched by exact code first, then by its family (the first three digits), then
falls back to ``RetcodeError``. Codes the spec does not list keep their raw value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import httpx

from ._secrets import mask_exchange, scrub
from .generated.models import Retcode
from .generated.spec_extensions import LEGACY_RETCODES, RETCODE_FAMILIES

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccountError",
    "AgentGatewayError",
    "AgentSessionError",
    "AlreadySignedInError",
    "AlreadySignedOutError",
    "AppDataDecodeError",
    "CallStateError",
    "ConferenceError",
    "ConferenceRequestError",
    "ConfigurationError",
    "DisasterRecoveryError",
    "EventOverflowError",
    "InvalidCredentialsError",
    "InvalidParameterError",
    "MultimediaError",
    "NotAuthorizedError",
    "OutcomeTimeoutError",
    "PlatformError",
    "QualityControlError",
    "QueryError",
    "RecordingError",
    "RepeatedRequestError",
    "RequestValidationError",
    "ResponseDecodeError",
    "RetcodeError",
    "SessionEndedError",
    "WeakPasswordError",
    "WrongPasswordError",
    "error_class_for",
]

# At most 12 digits: CTI result codes are small, and int() refuses very long digit strings.
_CTI_RESULT_CODE = re.compile(r"^Unknown ERROR\._([0-9]{1,12})\s*$")
_EXCERPT = 200


class AgentGatewayError(Exception):
    """Base class of every error raised by cec_agentgateway.

    ``operation`` is the gateway's log name of the operation (e.g. ``queryCallInfo``) and
    ``agent_id`` the agent it was made for, when known.
    """

    def __init__(
        self, message: str, *, operation: str | None = None, agent_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation
        self.agent_id = agent_id

    def _where(self) -> str:
        parts = [
            p for p in (self.operation, f"agent {self.agent_id}" if self.agent_id else "") if p
        ]
        return f" ({', '.join(parts)})" if parts else ""

    def __str__(self) -> str:
        return f"{self.message}{self._where()}"


class RequestValidationError(AgentGatewayError, ValueError):
    """An argument breaks a documented bound; nothing was sent.

    ``field`` is the wire name of the offending field (e.g. ``phonenum``), or the name of
    the setting for client options. ``argument`` is the Python keyword the caller used for
    it (e.g. ``phone``); it equals ``field`` where the two are the same or no keyword maps
    to the field. The message names the keyword, with the wire name in parentheses when
    they differ: ``phone: is required (sent as phonenum)``.
    """

    def __init__(
        self,
        field: str,
        message: str,
        *,
        operation: str | None = None,
        agent_id: str | None = None,
        argument: str | None = None,
    ) -> None:
        argument = field if argument is None else argument
        wire = f" (sent as {field})" if argument != field else ""
        super().__init__(f"{argument}: {message}{wire}", operation=operation, agent_id=agent_id)
        self.field = field
        self.argument = argument


class APIConnectionError(AgentGatewayError):
    """The gateway could not be reached, or the connection failed during the exchange."""


class APITimeoutError(APIConnectionError):
    """A connect, write, read or pool timeout expired."""


class ConferenceRequestError(AgentGatewayError):
    """The conference could not be set up (AgentConf_RequestFailed); ``cause`` says why."""

    def __init__(self, cause: int | None, *, agent_id: str | None = None) -> None:
        super().__init__(
            f"the conference could not be set up (cause {cause})",
            operation="requestAgentConf",
            agent_id=agent_id,
        )
        self.cause = cause


class OutcomeTimeoutError(AgentGatewayError, TimeoutError):
    """The event that tells an operation's outcome did not arrive in time."""


class SessionEndedError(AgentGatewayError):
    """The agent was signed out while the client was waiting for an outcome."""


class EventOverflowError(AgentGatewayError):
    """An event consumer did not keep up: its buffer filled and events were dropped for it."""


class _ResponseError(AgentGatewayError):
    """Shared by errors that come with an HTTP response."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation: str | None = None,
        agent_id: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation, agent_id=agent_id)
        mask_exchange(response)  # its .request: no Guid header, no password, no DTMF
        self.response = response
        self.status_code = response.status_code

    @property
    def body_excerpt(self) -> str:
        """The start of the response body, for diagnostics (Guids and passwords redacted)."""
        text = self.response.content[:_EXCERPT].decode("utf-8", "replace")
        return scrub(text) + ("…" if len(self.response.content) > _EXCERPT else "")


class APIStatusError(_ResponseError):
    """The gateway (or a proxy in front of it) answered with an HTTP status outside 2xx."""


class ResponseDecodeError(_ResponseError):
    """A 2xx response whose body is not the JSON envelope the spec describes."""


class AppDataDecodeError(ResponseDecodeError):
    """Call-associated data asked for in Base64 could not be decoded."""


class RetcodeError(_ResponseError):
    """The gateway reported a business failure: ``retcode`` is not ``"0"``.

    Attributes:
        retcode: the code as sent, e.g. ``"100-006"``.
        code: the same as a :class:`Retcode` member (an ``UNKNOWN_…`` member for unlisted codes).
        server_message: the envelope's ``message`` as sent.
        description: what the reference says the code means.
        family: the meaning of the code's family (first three digits), if known.
        legacy: True for codes known only from the older gateway's table.
        cti_result_code: for ``Unknown ERROR._NNNNN`` messages, the CTI result code NNNNN.
        requires_sign_in: True when the session is gone and the agent must sign in again.
    """

    def __init__(
        self,
        retcode: str,
        server_message: str,
        *,
        response: httpx.Response,
        operation: str | None = None,
        agent_id: str | None = None,
    ) -> None:
        self.retcode = retcode
        self.code = Retcode(retcode)
        self.server_message = server_message
        self.description = self.code.description
        self.family = RETCODE_FAMILIES.get(retcode.partition("-")[0]) if "-" in retcode else None
        self.legacy = retcode in LEGACY_RETCODES
        match = _CTI_RESULT_CODE.match(server_message)
        self.cti_result_code = int(match.group(1)) if match else None
        self.requires_sign_in = retcode in _SIGN_IN_AGAIN
        text = f"retcode {retcode}: {self.description or 'code not listed in the reference'}"
        if server_message and server_message != self.description:
            text += f" (gateway said: {server_message!r})"
        super().__init__(text, response=response, operation=operation, agent_id=agent_id)


class InvalidParameterError(RetcodeError):
    """The gateway rejected a parameter, the URL or the message."""


class NotAuthorizedError(RetcodeError):
    """The Guid is missing, wrong or expired (or the agent is not signed in): sign in again."""


class PlatformError(RetcodeError):
    """The platform could not carry out the operation (resource unreachable or internal error)."""


class RepeatedRequestError(RetcodeError):
    """The same interface was called again before the previous call finished."""


class AgentSessionError(RetcodeError):
    """Sign-in, sign-out or agent-state failure (100-xxx)."""


class AlreadySignedInError(AgentSessionError):
    """The agent is already signed in (a forced sign-in may be possible)."""


class AlreadySignedOutError(AgentSessionError):
    """The agent is already signed out."""


class InvalidCredentialsError(AgentSessionError):
    """Wrong user name or password, or the password has expired."""


class AccountError(RetcodeError):
    """Password and account errors (110-xxx), e.g. a locked account."""


class WrongPasswordError(AccountError):
    """The old password given to a password change is wrong (110-003)."""


class WeakPasswordError(AccountError):
    """The gateway's password rules refuse the new password (110-017 to 110-020, 110-022)."""


class ConferenceError(RetcodeError):
    """Conference errors (101-xxx)."""


class CallStateError(RetcodeError):
    """There is no call, or the call's state does not allow the operation (200-xxx, 400-xxx)."""


class RecordingError(RetcodeError):
    """Recording download and playback errors (104-xxx, 500-xxx)."""


class DisasterRecoveryError(RetcodeError):
    """Errors while the agent is restored after a disaster-recovery switchover (105-xxx)."""


class MultimediaError(RetcodeError):
    """Multimedia, text chat and video errors (106-xxx, 700-xxx, 800-xxx)."""


class QueryError(RetcodeError):
    """Agent, group and queue lookups that failed (300-xxx, 600-xxx)."""


class QualityControlError(RetcodeError):
    """Quality-control (inspection) errors (900-xxx, 000-005)."""


class ConfigurationError(RetcodeError):
    """Gateway configuration or deployment state (999-xxx, 000-004)."""


_EXACT: Mapping[str, type[RetcodeError]] = {
    "000-001": InvalidParameterError,
    "000-002": InvalidParameterError,
    "000-006": InvalidParameterError,
    "100-001": InvalidParameterError,
    "100-005": InvalidParameterError,
    "100-011": InvalidParameterError,
    "100-019": InvalidParameterError,
    "000-003": NotAuthorizedError,
    "100-006": NotAuthorizedError,
    "105-006": NotAuthorizedError,
    "100-007": PlatformError,
    "000-007": RepeatedRequestError,
    "100-021": RepeatedRequestError,
    "100-002": AlreadySignedInError,
    "100-015": AlreadySignedInError,
    "100-008": AlreadySignedOutError,
    "100-004": InvalidCredentialsError,
    "100-020": InvalidCredentialsError,
    "000-004": ConfigurationError,
    "000-005": QualityControlError,
    "110-003": WrongPasswordError,
    "110-017": WeakPasswordError,
    "110-018": WeakPasswordError,
    "110-019": WeakPasswordError,
    "110-020": WeakPasswordError,
    "110-022": WeakPasswordError,
}

_FAMILY: Mapping[str, type[RetcodeError]] = {
    "100": AgentSessionError,
    "101": ConferenceError,
    "104": RecordingError,
    "105": DisasterRecoveryError,
    "106": MultimediaError,
    "110": AccountError,
    "200": CallStateError,
    "300": QueryError,
    "400": CallStateError,
    "500": RecordingError,
    "600": QueryError,
    "700": MultimediaError,
    "800": MultimediaError,
    "900": QualityControlError,
    "999": ConfigurationError,
}

# Codes after which the session is gone: the reference tells the client to sign in again.
_SIGN_IN_AGAIN = frozenset({"000-003", "100-006", "105-005", "105-006", "105-007"})


def error_class_for(retcode: str) -> type[RetcodeError]:
    """The exception class for a retcode: exact code, then family, then :class:`RetcodeError`."""
    exact = _EXACT.get(retcode)
    if exact is not None:
        return exact
    return _FAMILY.get(retcode.partition("-")[0], RetcodeError)
