"""The public surface is pinned (httpx's test_exported_members, adapted)."""

from __future__ import annotations

import importlib
from types import ModuleType

import cec_agentgateway


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name
        for name in dir(cec_agentgateway)
        if not name.startswith("_") and not isinstance(getattr(cec_agentgateway, name), ModuleType)
    }  # submodules (generated, simulator) are reached by their own import
    assert sorted(cec_agentgateway.__all__) == sorted(public | {"__version__"})


def test_exported_names_are_importable_and_documented() -> None:
    for name in cec_agentgateway.__all__:
        value = getattr(cec_agentgateway, name)
        if isinstance(value, type):
            assert value.__doc__, name


# Every model an Event's content can be, re-exported by name (see test_events.py), and the
# decoder for events that arrive by push.
EVENT_CONTENT_NAMES = {
    "AbandonedCallContent", "AgentMessageContent", "CallEventContent", "ChatContent",
    "CustomerAlertingContent", "CustomerReleaseContent", "EventAddress", "EventContent",
    "JoinConferenceContent", "LinkagePhoneHoldContent", "LinkagePhoneStatusContent",
    "LinkagePhoneTransferOutContent", "MessageDataContent", "NotReadyContent",
    "OutboundDetectContent", "PhoneAlertingContent", "PhoneLine", "PhoneReleaseContent",
    "PlaybackResultContent", "PreviewCallContent", "QualityControlNotifyContent",
    "RecordingContent", "ThreePartyCallContent", "TransferResultContent",
    "UserMediaAbilityContent", "decode_event",
}  # fmt: skip


def test_pinned_surface() -> None:
    assert set(cec_agentgateway.__all__) == {
        "DEFAULT_POLL_TIMEOUT", "DEFAULT_TIMEOUT", "APIConnectionError", "APIStatusError",
        "APITimeoutError", "AccountError", "AddressType", "Agent", "AgentGateway",
        "AgentGatewayError", "AgentSessionError", "AgentState", "AgentStateInfo", "AgentStatus",
        "AgentType", "AlreadySignedInError", "AlreadySignedOutError", "AppDataDecodeError",
        "AsyncAgent", "AsyncAgentGateway", "AsyncCall", "AsyncEventStream", "AsyncSignedInAgent",
        "Call", "CallDirectMode", "CallFailedError", "CallInfo", "CallStateError", "CallTrace",
        "CallType",
        "ChannelAttrib", "ChannelState", "ConfDeviceType", "ConfRole", "ConfState",
        "Conference", "ConferenceError", "ConferenceFailedContent", "ConferenceIdContent",
        "ConferenceParticipant", "ConferenceRequestError", "ConferenceStarted",
        "ConfigurationError", "DeviceCallType", "DisasterRecoveryError", "Event",
        "EventOverflowError", "EventStream", "EventType", "ExternalTransferMode",
        "GatewayAgentState", "GuidAuth", "IncomingCallInfoContent", "InternalTransferMode",
        "InvalidCredentialsError", "InvalidParameterError",
        "MediaAbility", "MediaType", "MultimediaError", "NotAuthorizedError",
        "OperationCommand", "OutcomeTimeoutError", "ParticipantChangedContent",
        "PhoneOffhookContent", "PlatformError", "PlayMode", "QualityControlError", "QueryError",
        "ReasonCode", "RecordingError", "RepeatedRequestError", "RequestValidationError",
        "ResponseDecodeError", "Retcode", "RetcodeError", "SessionEndedError",
        "ShutdownServiceContent", "SignInContext", "SignInResult", "SignInStatus",
        "SignedInAgent", "SyncAgentInfoResult", "TraceDeviceType", "VENDOR_DOC_EDITION",
        "__version__", "error_class_for",
    } | {  # skills, queues, agent groups, messages
        "AcdStat", "AgentStateEntry", "BulletinTargetType", "IdleAgent", "Skill", "VdnSkill",
    } | {  # voice calls and call data
        "TransferDeviceType", "TransferFailedError",
    } | {  # the supervisor's desk (issue 19)
        "AsyncMonitor", "AsyncTeam", "Monitor", "MonitorMode", "MonitorStateError",
        "QcSwitchType", "Team", "TeamMember",
    } | {  # chats (mediacall, textchat)
        "AsyncChat", "Chat", "ChatChannel", "ChatFileResult", "ChatMessage",
        "ChatTransferDeviceType", "ChatTransferMode",
    } | {  # team views (issue 19, the rest)
        "RestReasonOption", "TeamGroup",
    } | {  # for those who need absent/null vs not set (issue 12)
        "UNSET", "Unset",
    } | {  # conference actions and recordings (issue 20)
        "AsyncChairedConference", "ChairedConference", "RecordingDownload", "RecordingStarted",
        "StderrProgress",
    } | {  # playback control (issue 20, rest)
        "AsyncPlayback", "Playback", "PlaybackEndedError", "PlaybackState", "PlaybackStateError",
        "PlayStopCause", "PlayStoppedContent",
    } | {  # the desk's account and transfer targets (issue 22)
        "AccessCode", "IvrInfo", "SoftphoneLogin", "WeakPasswordError", "WrongPasswordError",
    } | {  # the live desk (issue 23)
        "AgentDesk", "AsyncAgentDesk", "AsyncDeskChanges", "CallChange", "CallKind",
        "CallState", "ChatChange", "ChatKind", "ChatState", "DeskCall", "DeskChange",
        "DeskChanges", "DeskChat", "DeskState", "ReleasedBy", "Resynced", "StateChange",
    } | {  # the push receiver (issue 23)
        "EventSink", "PushReceiver", "PushStats",
    } | {  # the hooks' records (issue 25)
        "RequestInfo", "ResponseInfo", "RetryInfo",
    } | {  # customer numbers in the logs (issue 24)
        "log_customer_numbers",
    } | {  # the paced wallboard (issue 23)
        "AsyncWallboard", "AsyncWallboardScreen", "Pacer", "PacingLimits", "SkillFigures",
        "Wallboard", "WallboardDelta", "WallboardReading", "WallboardScreen", "WallboardSnapshot",
    } | EVENT_CONTENT_NAMES  # fmt: skip


def test_lazy_table_type_checking_imports_and_all_agree() -> None:
    """Each export is named three times in __init__.py (see its docstring): keep them equal."""
    import ast
    from pathlib import Path

    source = Path(cec_agentgateway.__file__).read_text()
    tree = ast.parse(source)
    checked: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                checked |= {alias.name for alias in statement.names}
    lazy = set(cec_agentgateway._LAZY)
    assert checked == lazy
    assert set(cec_agentgateway.__all__) == lazy | {"__version__"}
    for name, module in cec_agentgateway._LAZY.items():  # each name is where the table says
        assert hasattr(importlib.import_module(module, "cec_agentgateway"), name), name
