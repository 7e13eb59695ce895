"""Vendor extensions of openapi.yaml as data, and the decoders the models use.

Written by scripts/spec_extensions.py during scripts/generate. Do not edit.
"""

import datetime
from typing import Any, Final, TypedDict

from .types import Unset

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_UNITS = {"minutes": datetime.timedelta(minutes=1), "seconds": datetime.timedelta(seconds=1)}


def _whole_number(value: object, field: str, what: str) -> int | None:
    if value is None or isinstance(value, Unset) or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{field}: {value!r} is not {what}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise ValueError(f"{field}: {value!r} is not {what}")


def epoch_millis_to_datetime(value: object, field: str = "value") -> datetime.datetime | None:
    """Epoch milliseconds (int, digit string, "", None or UNSET) as an aware UTC datetime.

    Raises ValueError naming ``field`` when the value is not a whole number or lies outside
    the range of ``datetime``.
    """
    millis = _whole_number(value, field, "a millisecond timestamp")
    if millis is None:
        return None
    try:
        return _EPOCH + datetime.timedelta(milliseconds=millis)
    except OverflowError:
        raise ValueError(f"{field}: {value!r} is outside the range of datetime") from None


def epoch_millis_or_none(value: object) -> datetime.datetime | None:
    """Like epoch_millis_to_datetime, but None for a value that cannot be a datetime.

    The models' ``*_at`` accessors use it: a strange timestamp from the gateway must not
    raise where an event or result is being read (the raw value stays on the model).
    """
    try:
        return epoch_millis_to_datetime(value)
    except ValueError:
        return None


def as_text(value: Any) -> Any:
    """A phone number or numeric text as ``str``: gateways send ``70004`` or ``"70004"``.

    A JSON integer becomes its decimal text; every other value (strings, UNSET, None, and
    anything unexpected) is passed on unchanged.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def duration(value: object, unit: str, field: str = "value") -> datetime.timedelta | None:
    """A whole number of ``unit`` (minutes or seconds) as a timedelta; None when not set."""
    amount = _whole_number(value, field, f"a number of {unit}")
    return None if amount is None else amount * _UNITS[unit]


class VendorDocEdition(TypedDict):
    """The issue of the vendor's agent-interface reference that the spec matches."""

    issue: int
    aicc: str
    released: str
    change_history: str
    newest_english_issue: int


class VendorDocChange(TypedDict):
    """Change-history entries of one documentation issue that touch operations of the spec."""

    issue: int
    entries: tuple[int, ...]
    operations: tuple[str, ...]
    change: str


class OperationInfo(TypedDict):
    """What the spec records about one operation beyond what the generated code uses."""

    method: str
    path: str
    log_method: str
    retcodes: tuple[str, ...]
    triggered_events: tuple[str, ...]
    idempotent: bool


ENUM_DESCRIPTIONS: Final[dict[str, dict[int | str, str]]] = {
    "ReasonCode": {
        0: "Ordinary entry or transfer.",
        1: "Transferred because the queue overflowed.",
        2: "Transferred because queuing timed out.",
        3: "Transferred because no agent was on duty.",
        4: "Transferred because queuing was cancelled.",
        5: "Transferred because the agent did not answer in time.",
        6: "A suspended call was resumed.",
        7: "A held call was connected again.",
        8: "A three-party help was started.",
        9: "The call was taken off hold.",
        10: "A three-party call was started.",
        11: "Released by the party that asked for internal help.",
        12: "The call was intercepted.",
        13: "The call was picked up.",
        14: "No called-number analysis is configured for the call.",
        15: "The customer released the call.",
        16: "The agent released the call.",
        17: "The call was transferred out.",
        18: "The call was put on hold.",
        19: "Internal processing error.",
        20: "The called party is busy.",
        21: "The line is busy.",
        22: "The phone is switched off.",
        23: "The phone is out of service.",
        24: "The number does not exist.",
        25: "The ACD has no free resource.",
        26: "The customer did not answer.",
        27: "The called party rejected the call.",
        28: "A connected call was moved to a queue.",
        29: "A three-party call was moved to a queue.",
        30: "A connected call timed out while being moved to a queue.",
        31: "A three-party call timed out while being moved to a queue.",
        34: "A failed network call is queuing after a timeout, overflow or busy.",
        35: "The network call is queuing at the original call centre.",
        36: "A queuing call was rerouted.",
        37: "Entered the CDN through the inbound route.",
        38: "Entered the CDN from an agent consultation.",
        39: "The CDN returned its routing result.",
        40: "CDN routing timed out.",
        41: "The agent cancelled the call during consultation.",
        42: "Entered the PGR from a CDN route that timed out.",
        43: "Entered the PGR from a normal CDN route.",
        44: "Entered the PGR through the inbound route.",
        45: "Entered the PGR from an agent consultation.",
        46: "The CDN rerouted the call because the agent could not be reached.",
        47: "The call is queuing in several queues.",
        48: "A call of the master queue was answered from a slave queue.",
        50: "The agent rejected the call.",
        51: "A customer call joined a conference.",
        52: "The chair ended the conference, or it ended because of a CSS fault.",
        53: "The party was removed from the conference.",
        54: "Transferred because the call completion rate fell below the threshold.",
        88: "The customer hung up after the agent answered.",
        89: "The customer put the phone down after the agent answered.",
    },
    "CallType": {
        -1: "Other call (listed only in the syncagentinfo table).",
        0: "Ordinary inbound call.",
        6: "Internal call.",
        7: "Ordinary outbound call.",
        40: "Scheduled (reserved) outbound call.",
        41: "Pre-occupied (HPS preempted) outbound call.",
        43: "Predictive outbound call.",
        44: 'Preview outbound call (the syncagentinfo table calls 44 "HPS predicted '
        'outbound call").',
        45: "Scheduled (HPS reserved) callback.",
        51: "Internal two-party consultation.",
        52: "Internal three-party consultation.",
        53: "Multi-party call.",
    },
    "OperationCommand": {
        0: "No command.",
        1: "The agent hung up the call.",
        2: "The agent was disconnected.",
        3: "The called party hung up.",
        4: "First outbound call.",
        5: "Outbound call.",
        6: "Holding a call.",
        7: "Taking a call off hold.",
        8: "Muted.",
        9: "Unmuted.",
        10: "Blind transfer.",
        11: "Transfer, releasing the agent once it succeeds.",
        12: "Transfer while talking.",
        13: "Three-way transfer, releasing the agent afterwards.",
        14: "Transfer by hanging up.",
        15: "Special transfer.",
        16: "Two-party help (consultation).",
        17: "Three-party help.",
        18: "Three-party call.",
        19: "Playing back.",
        20: "Barging in.",
        21: "Listening in.",
        22: "Switching.",
        23: "Intercepting.",
        24: "Whispering.",
        30: "Showing busy.",
        31: "Resting.",
    },
    "TraceDeviceType": {
        1: "Call queue (skill queue).",
        2: "Agent.",
        3: "Automatic flow (IVR).",
        4: "Conference resource.",
        5: "Paired call.",
        6: "Agent queue.",
        7: "Ordinary call.",
    },
    "ConfDeviceType": {
        0: "Unknown device.",
        1: "Ordinary phone.",
        2: "Wireless digital terminal.",
        3: "Wireless analog terminal.",
        4: "Shortwave radio.",
        5: "Mobile phone.",
        6: "Agent.",
        7: "eLTE terminal.",
    },
    "DeviceCallType": {0: "Ordinary call.", 1: "Group call.", 2: "Secret (point-to-point) call."},
    "AddressType": {"6": "The address is a phone number.", "9": "The address is an agent ID."},
    "MediaType": {
        1: "Text chat.",
        2: "Click-to-dial call.",
        4: "Callback request.",
        5: "Ordinary voice or video call.",
        15: "Predictive outbound call.",
        16: "Preview outbound call.",
        17: "Message call.",
        19: "Ordinary video call.",
        51: "Multimedia web chat.",
        53: "Social-media chat.",
    },
    "MediaAbility": {1: "Voice.", 2: "Video.", 3: "Voice and video."},
    "CallDirectMode": {
        "NORMAL_DIRECT": "The call left the device normally.",
        "KEEP_DIRECT": "The call is held.",
        "WAIT_DIRECT": "The call is waiting.",
        "RELEASE_DIRECT": "The call was released.",
    },
    "ConfState": {
        0: "Ordinary conference talk.",
        1: "An announcement is playing to the conference.",
    },
    "ChannelAttrib": {1: "Listen only.", 2: "Speak only.", 3: "Listen and speak."},
    "ChannelState": {
        0: "Taking part in the conference talk.",
        1: "Held.",
        2: "An announcement is playing to the participant.",
    },
    "ConfRole": {0: "Ordinary participant.", 1: "Chairperson."},
    "PlayMode": {2: "Play the voice file named by `voicePath`."},
    "AgentState": {
        1: "Idle, ready for calls.",
        2: "Wrap-up (after-call work).",
        3: "Resting.",
        4: "Busy.",
        5: "An announcement is playing.",
        6: "Placing an outbound call.",
        7: "Occupied (reserved for a call).",
        8: "A call is being offered (ringing).",
        9: "Talking.",
        10: "In a three-party call.",
        11: "Holding a call.",
        12: "Muted.",
        13: "Asking for help (consulting).",
        14: "Transferring while talking.",
        15: "Barging in.",
        16: "Listening in (monitoring).",
        17: "Whispering.",
        255: "Abnormal state.",
    },
    "Retcode": {
        "0": "Success.",
        "000-001": "Agent events were fetched in a way the gateway does not allow.",
        "000-002": "A parameter or address in the URL is wrong, or an interface parameter "
        "is invalid.",
        "000-003": "No permission to call the interface; the session (Guid) may have expired.",
        "000-004": "The agent is being switched over to the standby site.",
        "000-005": "The agent to be inspected is the inspector.",
        "000-006": "A parameter of the message is wrong.",
        "000-007": "The interface was called again before the previous call finished.",
        "100-001": "A sign-in parameter is empty or invalid (also returned for a bad "
        "service token).",
        "100-002": "The agent is already signed in; a forced sign-in is needed.",
        "100-003": "A resource or provider was unavailable during sign-in.",
        "100-004": "Wrong user name or password at sign-in.",
        "100-005": "A sign-out parameter is invalid.",
        "100-006": "The agent is not signed in, or the Guid does not match the session.",
        "100-007": "The platform failed to carry out the agent operation (resource "
        "unreachable or internal error).",
        "100-008": "The agent is already signed out.",
        "100-009": "The agent state could not be set (for example, no permission).",
        "100-010": "The agent's state does not allow signing out.",
        "100-011": "An invalid parameter was given at sign-in.",
        "100-012": "The agent type given at sign-in is wrong.",
        "100-013": "The phone to bind to the agent is invalid.",
        "100-014": "The sign-in phone number is outside the configured range.",
        "100-015": "The agent is signed in and may not be forced out (the configuration "
        "forbids it).",
        "100-016": "The IP address given at sign-in is invalid.",
        "100-017": "uPortal authentication failed.",
        "100-018": "The VDN at sign-in differs from the VDN of the announcement.",
        "100-019": "A parameter of the skill-queue query is invalid.",
        "100-020": "The agent's password has expired.",
        "100-021": "A sign-in is already in progress; do not repeat it.",
        "110-016": "The account is locked.",
        "101-001": "The agent has no conference.",
        "101-002": "The agent is not the chair of the current conference.",
        "101-003": "The agent is already in the conference.",
        "101-004": "Only inspectors may query the VDN's conferences.",
        "101-005": "The chair cannot hand the chair over to itself.",
        "101-006": "The chair cannot remove itself.",
        "101-007": "The chair cannot leave the conference.",
        "104-001": "Recording download is not enabled.",
        "104-002": "No right to quality-check or play back recordings.",
        "104-003": "Recording download failed: invalid file name.",
        "104-004": "Recording download failed: no mapped drive is configured.",
        "104-005": "Recording download failed: the file does not exist.",
        "104-006": "Recording download failed: not enough free space.",
        "104-007": "The recording format is not supported.",
        "104-008": "The recording-format system parameter is not configured.",
        "104-009": "Converting the recording failed.",
        "104-010": "No locationId is configured in POOL mode.",
        "104-012": "Downloading from OBS failed.",
        "105-001": "The agent's information is not cached (Redis).",
        "105-002": "Disaster-recovery restoration of the agent is in progress.",
        "105-003": "Disaster-recovery restoration has already completed.",
        "105-004": "The agent could not be queued for disaster-recovery restoration.",
        "105-005": "Waiting for disaster-recovery restoration timed out; sign in again.",
        "105-006": "The Guid does not match after disaster recovery; sign in again for a new Guid.",
        "105-007": "Disaster recovery is switched off; sign in again.",
        "106-001": "The multimedia switch is not enabled.",
        "106-002": "The message to send is empty.",
        "106-003": "The number of sessions is above the maximum (60).",
        "106-004": "The device type for a session transfer is invalid.",
        "999-001": "Server configuration: the WAS URL is invalid.",
        "110-002": "Changing the password failed.",
        "110-003": "The old password is wrong.",
        "110-004": "Querying the password failed.",
        "110-005": "CTI sign-in information: the password is empty.",
        "110-006": "CTI sign-in information: querying the authentication mode failed.",
        "110-007": "CTI sign-in information: password authentication failed.",
        "110-008": "CTI sign-in information: database failure.",
        "110-009": "CTI sign-in information: no record.",
        "110-010": "Querying the user name failed.",
        "110-011": "Querying the authentication mode failed.",
        "110-012": "Querying the agent by attribute failed.",
        "110-017": "The new password equals the old one.",
        "110-018": "The password equals the user name or its reverse.",
        "110-019": "The password breaks the password rules.",
        "110-020": "The password must be 8 to 30 characters long.",
        "110-021": "Too many failed attempts; the account is locked.",
        "110-022": "The new password and its confirmation differ.",
        "200-001": "Call-out: the number is wrong.",
        "200-002": "Answer: there is no call.",
        "200-003": "Mute: there is no call.",
        "200-004": "Mute: the call state does not allow it.",
        "200-005": "Connect held call: there is no call.",
        "200-006": "Connect held call: there is no held call.",
        "200-007": "Unmute: there is no call.",
        "200-008": "Unmute: the call state does not allow it.",
        "200-009": "Voice report: there is no call.",
        "200-010": "Three-party call: there is no call.",
        "200-011": "Three-party call: there is no held call.",
        "200-012": "Transfer: there is no call.",
        "200-013": "Hold: there is no call.",
        "200-014": "Hold: the call state does not allow it.",
        "200-015": "Unhold: there is no held call.",
        "200-016": "Unhold: the call state does not allow it.",
        "200-017": "Release: there is no call.",
        "200-018": "Internal consultation: there is no call.",
        "200-025": "Drop call: there is no call that can be dropped.",
        "300-001": "Agent query: no right.",
        "300-002": "Agent query: no such agent.",
        "300-003": "Group query: no such agent.",
        "300-004": "Group query: no such group.",
        "400-001": "Set call data: there is no call.",
        "400-002": "Set call data: nothing to set.",
        "400-003": "Held-call list: there is no held call.",
        "500-001": "Playback jump back: the state does not allow it.",
        "500-002": "Playback jump forward: the state does not allow it.",
        "500-003": "Pause playback: the state does not allow it.",
        "500-004": "Pause recording: the state does not allow it.",
        "500-005": "Resume playback: the state does not allow it.",
        "500-006": "Resume recording: the state does not allow it.",
        "500-007": "Start playback: the state does not allow it.",
        "500-008": "Start recording: the state does not allow it.",
        "500-009": "Stop playback: the state does not allow it.",
        "600-001": "The agent has no queue, or the agent does not exist.",
        "600-002": "The VDN has no queues.",
        "600-003": "The VDN has no access codes.",
        "600-004": "The VDN has no IVR.",
        "600-005": "The agent's VDN has no queues.",
        "700-014": "Text chat: a database query failed.",
        "700-016": "Text chat: the message contains a sensitive word.",
        "700-017": "Text chat: there is no screen-sharing session.",
        "700-023": "Text chat: the file suffix is not allowed.",
        "700-024": "Text chat: the file is not a picture.",
        "700-100": "Text chat: other error (for example, saving to the database failed).",
        "800-001": "Video playback failed.",
        "900-001": "Quality control: no provider.",
        "900-002": "Quality control: no right.",
        "900-003": "Quality control: resource unavailable.",
        "900-004": "Quality control (monitoring): no information about the agent.",
        "900-005": "Quality control: the state does not allow it.",
    },
    "AgentType": {4: "Computer and phone.", 11: "Computer and phone, with video."},
    "SignInStatus": {
        3: "Busy (not ready).",
        4: "Idle, ready for calls.",
        5: "Wrap-up.",
        8: "Resting for `time` seconds, with the reason code `restcause`.",
    },
    "PlatformOnlySignInStatus": {
        3: "Busy (not ready).",
        4: "Idle, ready for calls.",
        5: "Wrap-up.",
    },
    "GatewayAgentState": {
        0: "Unknown (platform state 9).",
        1: "Signed in (reserved, not used).",
        2: "Signed out (platform state 0).",
        3: "Busy (platform state 7).",
        4: "Idle (platform state 1).",
        5: "Wrap-up (platform state 6).",
        6: "Same as idle (reserved).",
        7: "Talking (platform states 2 to 5).",
        8: "Resting (platform state 8).",
        9: "Will rest after the current call.",
    },
    "SkillSelection": {
        "true": "Every skill queue configured for the agent.",
        "false": "The configured skill queues named in `skillid` (none when it is absent).",
    },
    "BulletinTargetType": {
        0: "The agents of an agent group (`targetname` is the group's name).",
        1: "The agents signed in to a skill queue (`targetname` is the queue's ID).",
    },
    "ParticipantChangeType": {
        0: "Joined the conference.",
        1: "Left the conference.",
        2: "The chair changed.",
        3: "Muted.",
        4: "Unmuted.",
        5: "Held.",
        6: "Taken off hold.",
    },
    "ParticipantLeaveReason": {
        0: "Left on its own.",
        1: "Removed by the chair.",
        2: "Hung up.",
        3: "The conference ended.",
        4: "Signed out.",
        6: "Other reason.",
        255: "Not a departure (sent with the other change types).",
    },
    "ParticipantType": {6: "A phone number.", 9: "An agent ID."},
    "PhoneLine": {
        "unknown": "Unknown line.",
        "main": "The main line.",
        "assistant": "The assistant line.",
    },
    "LinkagePhoneState": {
        0: "Off-hook.",
        1: "On-hook.",
        2: "Talking.",
        3: "Online.",
        4: "Offline.",
        5: "Ringing.",
    },
    "EventType": {
        "AgentConf_RequestSuccess": "The conference was set up and this agent, its "
        "chair, has joined.",
        "AgentConf_RequestFailed": "The conference could not be set up.",
        "AgentConf_SelfJoinResult": "This agent has joined the conference it asked for.",
        "AgentConf_Timeout": "The conference's remaining time reached the warning "
        "threshold; prolong it or it ends.",
        "AgentConf_PresidentChanged": "This agent became the chair of the conference.",
        "AgentConf_ParticipantChanged": "A participant joined, left, or changed state.",
        "AgentConf_StopParticipantVoice": "An announcement to a conference channel ended.",
        "AgentConf_Ringing": "A conference invitation is ringing at this agent.",
        "AgentState_Busy": "The agent is handling, or is reserved for, a call.",
        "AgentState_Ready": "The agent is ready (idle).",
        "AgentState_Force_Ready": "The agent was made ready by force.",
        "AgentState_SetNotReady_Success": "The agent is now busy (not ready).",
        "AgentState_CancelNotReady_Success": "The agent is no longer busy.",
        "AgentState_Force_SetNotReady": "The agent was made busy by force.",
        "AgentState_SetRest_Success": "The agent is resting.",
        "AgentState_CancelRest_Success": "The agent's rest was cancelled.",
        "AgentState_Rest_Timeout": "The agent's rest time is over.",
        "AgentState_SetWork_Success": "The agent entered wrap-up.",
        "AgentState_CancelWork_Success": "The agent left wrap-up.",
        "AgentState_Work": "The agent is in wrap-up.",
        "AgentOther_PhoneAlerting": "The agent's phone is ringing.",
        "AgentOther_PhoneOffhook": "The agent's phone went off-hook.",
        "AgentOther_PhoneBusy": "The agent's phone cannot answer.",
        "AgentOther_PhoneRelease": "The agent's phone was released.",
        "AgentOther_ShutdownService": "The agent was signed out.",
        "AgentOther_InService": "The agent's sign-in has started.",
        "AgentOther_Note": "A note from another agent arrived.",
        "AgentOther_Bulletin": "A bulletin arrived.",
        "AgentEvent_Incoming_CallInfo": "A call is being offered to the agent.",
        "AgentEvent_Customer_Alerting": "The other party's phone is ringing.",
        "AgentEvent_Agent_Occupyed": "The agent is pre-occupied for a call (the name is "
        "spelt so on the wire).",
        "AgentEvent_linkagePhoneStatus": "The state of the linked hard phone changed.",
        "AgentEvent_Ringing": "A call is ringing at the agent.",
        "AgentEvent_Talking": "The agent is talking.",
        "AgentEvent_Hold": "A call was put on hold.",
        "AgentEvent_Auto_Answer": "A call was answered automatically.",
        "AgentEvent_Call_Release": "A call was released.",
        "AgentEvent_Customer_Release": "The customer released the call.",
        "AgentEvent_Call_Out_Fail": "An outbound call failed.",
        "AgentEvent_Consult_Fail": "A consultation failed.",
        "AgentEvent_Conference": "A three-party conference started.",
        "AgentEvent_JoinConf": "The agent joined a conference.",
        "AgentEvent_No_Answer": "The agent did not answer an offered call.",
        "AgentEvent_No_Answer_From_Cti": "The platform reports that the agent did not answer.",
        "AgentEvent_AbandonCall": "A call was abandoned.",
        "AgentEvent_Preview": "A preview outbound call is offered.",
        "AgentEvent_ReleaseRequest": "A release was requested.",
        "AgentEvent_ReleaseResponse": "A release request was answered.",
        "AgentChat_Ring": "A chat session is offered.",
        "AgentChat_Connected": "A chat session is connected.",
        "AgentChat_DataRecved": "A chat message arrived.",
        "AgentChat_Disconnected": "A chat session ended.",
        "AgentState_NotReady": "The agent is busy (not ready); a name one mock gateway "
        "sends instead of AgentState_SetNotReady_Success.",
        "AgentOther_PhoneUnknow": "The state of the agent's phone is unknown (the name "
        "is spelt so on the wire).",
        "AgentOther_All_Agent_Busy": "Every agent of the skill is busy.",
        "AgentEvent_Inside_Call_Fail": "An internal call the agent made failed.",
        "AgentEvent_Connect_Fail": "The agent's call could not be connected.",
        "AgentEvent_TransOutResult": "The outcome of a transfer the agent started.",
        "AgentEvent_SuccTransResult": "The outcome of a transfer that completes when "
        "the target answers (success transfer).",
        "AgentEvent_Preview_CallOut": "A previewed outbound call is offered (the newer "
        "name of AgentEvent_Preview).",
        "AgentEvent_UserMediaAbility": "Whether the called user's phone can take video, "
        "on an outbound call.",
        "AgentEvent_MessageData": "A message of a multimedia session arrived.",
        "AgentEvent_ControlWindow_Notify": "A notice for the agent desktop's control window.",
        "AgentEvent_Orders_Notify": "A work-order notice.",
        "AgentEvent_linkagePhoneHold": "The linked hard phone put a call on hold.",
        "AgentEvent_linkagePhoneMute": "The linked hard phone muted the call.",
        "AgentEvent_linkagePhoneTransferOut": "The linked hard phone is transferring the call out.",
        "OUTBOUND_DETECT_EVENT": "The cause of a failed outbound call was detected.",
        "AgentMediaEvent_Record": "Recording of the agent's call started.",
        "AgentMediaEvent_Record_Fail": "Recording of the agent's call could not start.",
        "AgentMediaEvent_StopRecordDone": "Recording of the agent's call stopped.",
        "AgentMediaEvent_Play": "Playback of an announcement started.",
        "AgentMediaEvent_Play_Succ": "An announcement was played.",
        "AgentMediaEvent_Play_Fail": "An announcement could not be played.",
        "AgentMediaEvent_StopPlayDone": "Playback of an announcement stopped.",
        "AgentConf_SelfLeaveResult": "This agent has left the conference.",
        "AgentChat_CallOutCreated": "An outgoing chat session was created.",
        "AgentChat_CalloutFailed": "An outgoing chat session failed.",
        "AgentChat_TransferStart": "Transfer of a chat session started.",
        "AgentChat_TransferFailed": "Transfer of a chat session failed.",
        "AgentChat_DELAY_EMAIL": "An e-mail session was put off for later.",
        "QC_AgentState_Notify": "A monitored agent signed in or out (for inspectors).",
    },
}

RETCODE_FAMILIES: Final[dict[str, str]] = {
    "000": "Request and permission errors",
    "100": "Sign-in, sign-out and session errors",
    "101": "Conference errors",
    "104": "Recording errors",
    "105": "Disaster-recovery errors",
    "106": "Multimedia errors",
    "110": "Password and account errors",
    "200": "Voice call errors",
    "300": "Agent and group query errors",
    "400": "Call data errors",
    "500": "Recording and playback state errors",
    "600": "Queue device errors",
    "700": "Text chat errors",
    "800": "Video errors",
    "900": "Quality-control errors",
    "999": "Server configuration errors",
}

LEGACY_RETCODES: Final[frozenset[str]] = frozenset(
    [
        "110-002",
        "110-003",
        "110-004",
        "110-005",
        "110-006",
        "110-007",
        "110-008",
        "110-009",
        "110-010",
        "110-011",
        "110-012",
        "110-017",
        "110-018",
        "110-019",
        "110-020",
        "110-021",
        "110-022",
        "200-001",
        "200-002",
        "200-003",
        "200-004",
        "200-005",
        "200-006",
        "200-007",
        "200-008",
        "200-009",
        "200-010",
        "200-011",
        "200-012",
        "200-013",
        "200-014",
        "200-015",
        "200-016",
        "200-017",
        "200-018",
        "200-025",
        "300-001",
        "300-002",
        "300-003",
        "300-004",
        "400-001",
        "400-002",
        "400-003",
        "500-001",
        "500-002",
        "500-003",
        "500-004",
        "500-005",
        "500-006",
        "500-007",
        "500-008",
        "500-009",
        "600-001",
        "600-002",
        "600-003",
        "600-004",
        "600-005",
        "700-014",
        "700-016",
        "700-017",
        "700-023",
        "700-024",
        "700-100",
        "800-001",
        "900-001",
        "900-002",
        "900-003",
        "900-004",
        "900-005",
        "999-001",
    ]
)

OPERATIONS: Final[dict[str, OperationInfo]] = {
    "cancelBusy": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/cancelbusy",
        "log_method": "cancelBusy",
        "retcodes": ("100-006", "100-007", "100-009"),
        "triggered_events": ("AgentState_CancelNotReady_Success",),
        "idempotent": False,
    },
    "cancelRest": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/cancelrest",
        "log_method": "cancelRest",
        "retcodes": ("100-006", "100-007", "100-009"),
        "triggered_events": ("AgentState_CancelRest_Success",),
        "idempotent": False,
    },
    "cancelWork": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/cancelwork",
        "log_method": "cancelWork",
        "retcodes": ("100-006", "100-007", "100-009"),
        "triggered_events": ("AgentState_CancelWork_Success",),
        "idempotent": False,
    },
    "enterWork": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/work",
        "log_method": "work",
        "retcodes": ("100-006", "100-007", "100-009"),
        "triggered_events": ("AgentState_SetWork_Success",),
        "idempotent": False,
    },
    "forceSignIn": {
        "method": "PUT",
        "path": "/onlineagent/{agentid}/forcelogin",
        "log_method": "forceLogin",
        "retcodes": (
            "100-001",
            "100-003",
            "100-004",
            "100-011",
            "100-012",
            "100-013",
            "100-014",
            "100-015",
            "100-016",
            "100-017",
            "100-018",
            "100-020",
            "100-021",
            "110-016",
        ),
        "triggered_events": (
            "AgentOther_InService",
            "AgentState_Ready",
            "AgentState_SetNotReady_Success",
            "AgentState_Work",
            "AgentState_SetRest_Success",
        ),
        "idempotent": False,
    },
    "forceSignOut": {
        "method": "DELETE",
        "path": "/onlineagent/{agentid}/forcelogout",
        "log_method": "forceLogout",
        "retcodes": ("100-005", "100-006", "100-008"),
        "triggered_events": ("AgentOther_ShutdownService",),
        "idempotent": False,
    },
    "forceSignOutWithReason": {
        "method": "DELETE",
        "path": "/onlineagent/{agentid}/forcelogoutwithreason/{reason}",
        "log_method": "forceLogoutWithReason",
        "retcodes": ("000-002", "100-005", "100-006", "100-008"),
        "triggered_events": ("AgentOther_ShutdownService",),
        "idempotent": False,
    },
    "getAgentEvent": {
        "method": "GET",
        "path": "/agentevent/{agentid}",
        "log_method": "getAgentEvent",
        "retcodes": ("000-001", "000-003", "100-006"),
        "triggered_events": (),
        "idempotent": False,
    },
    "handShake": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/handshake",
        "log_method": "handShake",
        "retcodes": ("100-001", "100-006"),
        "triggered_events": (),
        "idempotent": True,
    },
    "notifyBulletin": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/notifybulletin",
        "log_method": "notifyBulletin",
        "retcodes": ("000-002", "100-006", "100-007"),
        "triggered_events": ("AgentOther_Bulletin",),
        "idempotent": False,
    },
    "queryAcdStat": {
        "method": "POST",
        "path": "/queuedevice/{agentid}/queryacdstat",
        "log_method": "queryStatInfoOfAcd",
        "retcodes": ("000-002", "100-006"),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryAgentSkills": {
        "method": "GET",
        "path": "/onlineagent/{agentid}/agentskills",
        "log_method": "queryAgentSkills",
        "retcodes": ("100-006", "100-007"),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryAgentSkillsByWorkNo": {
        "method": "GET",
        "path": "/onlineagent/{agentid}/agentskillsbyworkno/{workno}",
        "log_method": "queryAgentSkillsByWorkNo",
        "retcodes": ("100-006", "100-007"),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryAgentStatus": {
        "method": "GET",
        "path": "/onlineagent/{agentid}/agentstatus",
        "log_method": "agentstatus",
        "retcodes": ("000-002",),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryAllAgentStatus": {
        "method": "GET",
        "path": "/agentgroup/{agentid}/allagentstatus",
        "log_method": "queryAllAgentStatus",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryCallAppData": {
        "method": "GET",
        "path": "/calldata/{agentid}/appdata",
        "log_method": "queryCallAppData",
        "retcodes": ("100-006", "100-007"),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryCallInfo": {
        "method": "GET",
        "path": "/calldata/{agentid}/callinfo",
        "log_method": "queryCallInfo",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryConfInfos": {
        "method": "POST",
        "path": "/agentconf/{agentid}/queryconfinfos",
        "log_method": "queryConfInfos",
        "retcodes": ("000-002", "100-006", "100-007"),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryIdleAgents": {
        "method": "GET",
        "path": "/agentgroup/{agentid}/idleagent",
        "log_method": "queryIdleAgents",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryQueueLengthBySkillId": {
        "method": "GET",
        "path": "/queuedevice/{agentid}/skillwaitnum/{skillid}",
        "log_method": "queryQueueLengthBySkillId",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryQueueLengthOnAgent": {
        "method": "GET",
        "path": "/queuedevice/{agentid}/waitnum",
        "log_method": "queryQueueLengthOnAgent",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "queryQueueLengthOnAgentSkills": {
        "method": "GET",
        "path": "/queuedevice/{agentid}/waitnumbyagent",
        "log_method": "queryQueueLengthOnAgentSkills",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "querySkillQueueOnAgentVDN": {
        "method": "GET",
        "path": "/queuedevice/{agentid}/agentvdnskill",
        "log_method": "querySkillQueueOnAgentVDN",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": True,
    },
    "requestAgentConf": {
        "method": "POST",
        "path": "/agentconf/{agentid}/requestagentconf",
        "log_method": "requestAgentConf",
        "retcodes": ("000-002", "100-006", "100-007"),
        "triggered_events": (
            "AgentState_Busy",
            "AgentOther_PhoneAlerting",
            "AgentOther_PhoneOffhook",
            "AgentConf_SelfJoinResult",
            "AgentConf_RequestSuccess",
            "AgentConf_RequestFailed",
            "AgentConf_Timeout",
        ),
        "idempotent": False,
    },
    "requestRest": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/rest/{time}/{restcause}",
        "log_method": "rest",
        "retcodes": ("000-002", "100-006", "100-007", "100-009"),
        "triggered_events": ("AgentState_SetRest_Success", "AgentState_Rest_Timeout"),
        "idempotent": False,
    },
    "resetSkill": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/resetskill/{autoflag}",
        "log_method": "resetSkill",
        "retcodes": ("000-002", "100-006", "100-007"),
        "triggered_events": (),
        "idempotent": False,
    },
    "sayBusy": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/saybusy",
        "log_method": "sayBusy",
        "retcodes": ("000-002", "100-006", "100-007", "100-009"),
        "triggered_events": ("AgentState_SetNotReady_Success",),
        "idempotent": False,
    },
    "sayFree": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/sayfree",
        "log_method": "sayFree",
        "retcodes": ("100-006", "100-007", "100-009"),
        "triggered_events": (
            "AgentState_CancelNotReady_Success",
            "AgentState_CancelWork_Success",
            "AgentState_CancelRest_Success",
        ),
        "idempotent": False,
    },
    "sendNote": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/sendnoteletex",
        "log_method": "sendNoteletEx",
        "retcodes": ("100-001", "100-006", "100-007"),
        "triggered_events": ("AgentOther_Note",),
        "idempotent": False,
    },
    "setAutoAnswer": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/autoanswer/{isautoanswer}",
        "log_method": "setAgentAutoAnswer",
        "retcodes": ("000-002", "100-006"),
        "triggered_events": (),
        "idempotent": False,
    },
    "setAutoEnterIdle": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/autoenteridle/{flag}",
        "log_method": "setAgentAutoEnterIdle",
        "retcodes": ("000-002", "100-006"),
        "triggered_events": (),
        "idempotent": False,
    },
    "signIn": {
        "method": "PUT",
        "path": "/onlineagent/{agentid}",
        "log_method": "login",
        "retcodes": (
            "100-001",
            "100-002",
            "100-003",
            "100-004",
            "100-011",
            "100-012",
            "100-013",
            "100-014",
            "100-015",
            "100-016",
            "100-017",
            "100-018",
            "100-020",
            "100-021",
            "110-016",
        ),
        "triggered_events": (
            "AgentOther_InService",
            "AgentState_Ready",
            "AgentState_SetNotReady_Success",
            "AgentState_Work",
            "AgentState_SetRest_Success",
        ),
        "idempotent": False,
    },
    "signInPlatformOnly": {
        "method": "PUT",
        "path": "/onlineagent/{agentid}/loginex",
        "log_method": "loginEx",
        "retcodes": ("100-001", "100-002", "100-003", "100-004", "100-011", "100-012", "100-021"),
        "triggered_events": ("AgentOther_InService", "AgentState_Ready"),
        "idempotent": False,
    },
    "signOut": {
        "method": "DELETE",
        "path": "/onlineagent/{agentid}/logout",
        "log_method": "logout",
        "retcodes": ("100-005", "100-006", "100-008", "100-010"),
        "triggered_events": ("AgentOther_ShutdownService",),
        "idempotent": False,
    },
    "syncAgentInfo": {
        "method": "POST",
        "path": "/onlineagent/{agentid}/syncagentinfo",
        "log_method": "syncagentinfo",
        "retcodes": ("100-007", "100-011"),
        "triggered_events": (),
        "idempotent": False,
    },
    "updateGuid": {
        "method": "PUT",
        "path": "/onlineagent/{agentid}/updateGuid",
        "log_method": "updateGuid",
        "retcodes": ("100-006",),
        "triggered_events": (),
        "idempotent": False,
    },
}

EVENT_CONTENTS: Final[dict[str, str]] = {
    "AgentConf_RequestSuccess": "ConferenceIdContent",
    "AgentConf_RequestFailed": "ConferenceFailedContent",
    "AgentConf_SelfJoinResult": "ConferenceIdContent",
    "AgentConf_Timeout": "ConferenceIdContent",
    "AgentConf_PresidentChanged": "ConferenceIdContent",
    "AgentConf_ParticipantChanged": "ParticipantChangedContent",
    "AgentConf_StopParticipantVoice": "PlaybackResultContent",
    "AgentState_SetNotReady_Success": "NotReadyContent",
    "AgentOther_PhoneAlerting": "PhoneAlertingContent",
    "AgentOther_PhoneOffhook": "PhoneOffhookContent",
    "AgentOther_PhoneRelease": "PhoneReleaseContent",
    "AgentOther_ShutdownService": "ShutdownServiceContent",
    "AgentOther_Note": "AgentMessageContent",
    "AgentOther_Bulletin": "AgentMessageContent",
    "AgentEvent_Incoming_CallInfo": "IncomingCallInfoContent",
    "AgentEvent_Customer_Alerting": "CustomerAlertingContent",
    "AgentEvent_linkagePhoneStatus": "LinkagePhoneStatusContent",
    "AgentEvent_linkagePhoneHold": "LinkagePhoneHoldContent",
    "AgentEvent_linkagePhoneTransferOut": "LinkagePhoneTransferOutContent",
    "AgentEvent_Ringing": "CallEventContent",
    "AgentEvent_Auto_Answer": "CallEventContent",
    "AgentEvent_Talking": "CallEventContent",
    "AgentEvent_Hold": "CallIdContent",
    "AgentEvent_Call_Release": "CallIdContent",
    "AgentEvent_Call_Out_Fail": "CallIdContent",
    "AgentEvent_Inside_Call_Fail": "CallIdContent",
    "AgentEvent_Customer_Release": "CustomerReleaseContent",
    "AgentEvent_Conference": "ThreePartyCallContent",
    "AgentEvent_JoinConf": "JoinConferenceContent",
    "AgentEvent_Preview": "PreviewCallContent",
    "AgentEvent_Preview_CallOut": "PreviewCallContent",
    "AgentEvent_AbandonCall": "AbandonedCallContent",
    "AgentEvent_TransOutResult": "TransferResultContent",
    "AgentEvent_SuccTransResult": "TransferResultContent",
    "AgentEvent_UserMediaAbility": "UserMediaAbilityContent",
    "AgentEvent_MessageData": "MessageDataContent",
    "OUTBOUND_DETECT_EVENT": "OutboundDetectContent",
    "AgentMediaEvent_Record": "RecordingContent",
    "AgentChat_Ring": "ChatContent",
    "AgentChat_Connected": "ChatContent",
    "AgentChat_DataRecved": "ChatContent",
    "AgentChat_Disconnected": "ChatContent",
    "QC_AgentState_Notify": "QualityControlNotifyContent",
}

NULL_CONTENT_EVENTS: Final[tuple[str, ...]] = (
    "AgentState_Busy",
    "AgentOther_InService",
    "AgentOther_PhoneBusy",
)

OPTIONAL_CONTENT_EVENTS: Final[tuple[str, ...]] = ("AgentOther_PhoneAlerting",)

STRING_CONTENTS: Final[tuple[str, ...]] = ("CallIdContent",)

REQUEST_CONSTRAINTS: Final[dict[str, dict[str, Any]]] = {
    "AgentId": {
        "properties": {
            "agentid": {
                "minLength": 3,
                "maxLength": 6,
                "pattern": "^(10[1-9]|1[1-9][0-9]|[2-9][0-9]{2}|[1-9][0-9]{3,5})$",
                "x-minimum-value": 101,
                "x-maximum-value": 999999,
                "type": "string",
            }
        },
        "required": ["agentid"],
        "additional_properties": False,
        "conditional": [],
    },
    "NotifyBulletinRequest": {
        "properties": {
            "targettype": {"type": "integer", "enum": [0, 1]},
            "targetname": {"type": ["string", "integer"]},
            "bulletindata": {"minLength": 1, "type": "string"},
        },
        "required": ["targettype", "targetname", "bulletindata"],
        "additional_properties": False,
        "conditional": [],
    },
    "QueryAcdStatRequest": {
        "properties": {
            "skills": {
                "minItems": 1,
                "maxItems": 100,
                "type": "array",
                "items": {"minimum": 0, "type": "integer"},
            }
        },
        "required": ["skills"],
        "additional_properties": False,
        "conditional": [],
    },
    "QueryConfInfosRequest": {
        "properties": {
            "confIds": {
                "minItems": 1,
                "maxItems": 20,
                "type": "array",
                "items": {"minimum": 0, "type": "integer"},
            }
        },
        "required": ["confIds"],
        "additional_properties": False,
        "conditional": [],
    },
    "RequestAgentConfRequest": {
        "properties": {
            "memberNum": {"minimum": 1, "maximum": 120, "type": "integer"},
            "confCallerNo": {"maxLength": 24, "x-max-bytes": 24, "type": "string"},
            "time": {"minimum": 4, "maximum": 1440, "x-server-default": 60, "type": "integer"},
            "promptTime": {"minimum": 3, "maximum": 1440, "x-server-default": 3, "type": "integer"},
            "beepTone": {"x-server-default": False, "type": "boolean"},
            "playMode": {"x-server-default": 2, "type": "integer", "enum": [2]},
            "voicePath": {"maxLength": 127, "type": "string"},
        },
        "required": ["memberNum"],
        "additional_properties": False,
        "conditional": [{"if": {"beepTone": True}, "required": ["voicePath"]}],
    },
    "SendNoteRequest": {
        "properties": {
            "agentIds": {
                "minItems": 1,
                "maxItems": 100,
                "type": "array",
                "items": {"minimum": 101, "maximum": 999999, "type": "integer"},
            },
            "content": {"x-max-bytes": 1023, "type": "string"},
        },
        "required": ["agentIds", "content"],
        "additional_properties": False,
        "conditional": [],
    },
    "SignInPlatformOnlyRequest": {
        "properties": {
            "password": {"maxLength": 32, "type": "string"},
            "phonenum": {"maxLength": 24, "type": "string"},
            "autoanswer": {"x-server-default": True, "type": "boolean"},
            "autoenteridle": {"x-server-default": True, "type": "boolean"},
            "releasephone": {"x-server-default": True, "type": "boolean"},
            "agenttype": {"x-server-default": 4, "type": "integer", "enum": [4, 11]},
            "ip": {
                "maxLength": 15,
                "pattern": "^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$",
                "x-server-default": "127.0.0.1",
                "type": "string",
            },
            "entryIp": {"type": "string"},
            "phonelinkage": {"x-server-default": False, "type": "boolean"},
            "checkInWebm": {"x-server-default": True, "type": "boolean"},
            "checkInMailm": {"x-server-default": False, "type": "boolean"},
            "vcPhoneNumber": {"maxLength": 24, "type": "string"},
            "listenStatus": {"x-server-default": False, "type": "boolean"},
            "callBackUri": {"maxLength": 200, "type": "string"},
            "serviceToken": {"maxLength": 50, "pattern": "^[A-Za-z0-9]*$", "type": "string"},
            "status": {"x-server-default": 4, "type": "integer", "enum": [3, 4, 5]},
        },
        "required": ["password"],
        "additional_properties": True,
        "conditional": [],
    },
    "SignInRequest": {
        "properties": {
            "password": {"maxLength": 32, "type": "string"},
            "phonenum": {"maxLength": 24, "type": "string"},
            "autoanswer": {"x-server-default": True, "type": "boolean"},
            "autoenteridle": {"x-server-default": True, "type": "boolean"},
            "releasephone": {"x-server-default": True, "type": "boolean"},
            "agenttype": {"x-server-default": 4, "type": "integer", "enum": [4, 11]},
            "ip": {
                "maxLength": 15,
                "pattern": "^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$",
                "x-server-default": "127.0.0.1",
                "type": "string",
            },
            "entryIp": {"type": "string"},
            "phonelinkage": {"x-server-default": False, "type": "boolean"},
            "checkInWebm": {"x-server-default": True, "type": "boolean"},
            "checkInMailm": {"x-server-default": False, "type": "boolean"},
            "vcPhoneNumber": {"maxLength": 24, "type": "string"},
            "listenStatus": {"x-server-default": False, "type": "boolean"},
            "callBackUri": {"maxLength": 200, "type": "string"},
            "serviceToken": {"maxLength": 50, "pattern": "^[A-Za-z0-9]*$", "type": "string"},
            "status": {"x-server-default": 4, "type": "integer", "enum": [3, 4, 5, 8]},
            "signInMode": {"type": ["integer", "string"]},
            "time": {"minimum": 1, "maximum": 86399, "type": "integer"},
            "restcause": {"minimum": 0, "maximum": 255, "type": "integer"},
        },
        "required": ["password", "phonenum"],
        "additional_properties": True,
        "conditional": [{"if": {"status": 8}, "required": ["time"]}],
    },
    "SignOutReason": {
        "properties": {"reason": {"minimum": 1, "maximum": 255, "type": "integer"}},
        "required": ["reason"],
        "additional_properties": False,
        "conditional": [],
    },
    "getAgentEvent.calldata": {
        "properties": {"calldata": {"type": "string"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "handShake.service_token": {
        "properties": {
            "service_token": {"maxLength": 50, "pattern": "^[A-Za-z0-9]*$", "type": "string"}
        },
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "queryAgentSkillsByWorkNo.workno": {
        "properties": {
            "workno": {
                "minLength": 3,
                "maxLength": 6,
                "pattern": "^(10[1-9]|1[1-9][0-9]|[2-9][0-9]{2}|[1-9][0-9]{3,5})$",
                "x-minimum-value": 101,
                "x-maximum-value": 999999,
                "type": "string",
            }
        },
        "required": ["workno"],
        "additional_properties": False,
        "conditional": [],
    },
    "queryCallAppData.callId": {
        "properties": {"callId": {"type": "string"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "queryCallAppData.isEncodeResult": {
        "properties": {"isEncodeResult": {"type": "boolean"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "queryCallInfo.isNoContainLastCall": {
        "properties": {"isNoContainLastCall": {"type": "boolean"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "queryQueueLengthBySkillId.skillid": {
        "properties": {"skillid": {"minimum": 0, "type": "integer"}},
        "required": ["skillid"],
        "additional_properties": False,
        "conditional": [],
    },
    "requestRest.prolong": {
        "properties": {"prolong": {"x-server-default": False, "type": "boolean"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "requestRest.restcause": {
        "properties": {"restcause": {"minimum": 0, "maximum": 255, "type": "integer"}},
        "required": ["restcause"],
        "additional_properties": False,
        "conditional": [],
    },
    "requestRest.time": {
        "properties": {"time": {"minimum": 1, "maximum": 86399, "type": "integer"}},
        "required": ["time"],
        "additional_properties": False,
        "conditional": [],
    },
    "resetSkill.autoflag": {
        "properties": {"autoflag": {"type": "string", "enum": ["true", "false"]}},
        "required": ["autoflag"],
        "additional_properties": False,
        "conditional": [],
    },
    "resetSkill.phonelinkage": {
        "properties": {"phonelinkage": {"minimum": 0, "maximum": 1, "type": "integer"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "resetSkill.skillid": {
        "properties": {
            "skillid": {"maxLength": 4000, "pattern": "^[0-9]+(;[0-9]+)*$", "type": "string"}
        },
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "sayBusy.prolong": {
        "properties": {"prolong": {"x-server-default": False, "type": "boolean"}},
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "sayBusy.reason": {
        "properties": {
            "reason": {"minimum": 0, "maximum": 250, "x-server-default": 0, "type": "integer"}
        },
        "required": [],
        "additional_properties": False,
        "conditional": [],
    },
    "setAutoAnswer.isautoanswer": {
        "properties": {
            "isautoanswer": {
                "pattern": "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$",
                "type": "string",
            }
        },
        "required": ["isautoanswer"],
        "additional_properties": False,
        "conditional": [],
    },
    "setAutoEnterIdle.flag": {
        "properties": {"flag": {"minLength": 1, "maxLength": 5, "type": "string"}},
        "required": ["flag"],
        "additional_properties": False,
        "conditional": [],
    },
}

VENDOR_DOC_EDITION: Final[VendorDocEdition] = {
    "issue": 27,
    "aicc": "26.100.0",
    "released": "2026-03-31",
    "change_history": "cec_07_0333",
    "newest_english_issue": 24,
}

VENDOR_DOC_CHANGES: Final[tuple[VendorDocChange, ...]] = (
    {
        "issue": 22,
        "entries": (2, 3),
        "operations": ("signIn", "forceSignIn"),
        "change": "Listed as modified; the remark of both entries (a bulleted list) could not be "
        "read, so nothing specific was applied. The sign-in operations were written from "
        'the pages updated in 2025, after issue 22 (they carry its "do not call again '
        'before it answers" rule and code 100-021), but the rows those pages show only '
        "past the part that could be read were not checked against this entry.",
    },
    {
        "issue": 23,
        "entries": (1,),
        "operations": ("signIn", "forceSignIn", "signInPlatformOnly"),
        "change": "New CC-Gateway codes 104-012, 108-019, 000-007 and 100-021. 000-007, 100-021 and "
        "104-012 are in `Retcode`; 100-021 (sign-in in progress) is listed for the sign-in "
        "operations. The row of 108-019 could not be read, so it is not listed (clients "
        "accept unlisted codes); no operation of this document names it.",
    },
    {
        "issue": 24,
        "entries": (4, 5, 8, 9),
        "operations": ("signIn", "forceSignIn"),
        "change": "Request parameters signInMode, time and restcause; the value 8 (rest) for "
        "status.",
    },
    {
        "issue": 24,
        "entries": (6,),
        "operations": ("syncAgentInfo",),
        "change": "Response parameter signInMode.",
    },
    {
        "issue": 24,
        "entries": (7,),
        "operations": ("*",),
        "change": "Agent IDs (agentid, workno, workNo) range from 101 to 999999 (AgentId).",
    },
    {
        "issue": 27,
        "entries": (1,),
        "operations": ("cancelBusy",),
        "change": 'The page gained text on cancelling a pending busy state ("pre-busy": busy asked '
        "for during a call). The operation already does so; its description says it, and "
        "the simulator cancels the pending state. The remark's exact wording could not be "
        "read.",
    },
)


def describe(enum_name: str, value: int | str, *, known: bool = True) -> str:
    """The reference's meaning of ``value`` in enum ``enum_name``."""
    if not known:
        return f"{value!r} is not listed in the reference for {enum_name}"
    return ENUM_DESCRIPTIONS.get(enum_name, {}).get(value, "")
