from enum import StrEnum

from ..spec_extensions import describe


class Retcode(StrEnum):
    """The outcome code of every response: `"0"` for success, otherwise an error code
    `FFF-NNN` whose first three digits name a family (`x-retcode-families`). Codes marked
    in `x-retcode-legacy` come from an older gateway's client table (the vendor's agent
    demo); current gateways may no longer send them. A client must accept codes not
    listed here.
    """

    ACCOUNT_LOCKED = "110-016"
    AGENT_ATTRIBUTE_QUERY_FAILED = "110-012"
    AGENT_HAS_NO_QUEUE = "600-001"
    AGENT_IN_SWITCHOVER = "000-004"
    AGENT_NOT_CACHED = "105-001"
    AGENT_OPERATION_FAILED = "100-007"
    AGENT_VDN_HAS_NO_QUEUES = "600-005"
    ALREADY_IN_CONFERENCE = "101-003"
    ALREADY_SIGNED_IN = "100-002"
    ALREADY_SIGNED_OUT = "100-008"
    ANSWER_NO_CALL = "200-002"
    AUTH_MODE_QUERY_FAILED = "110-011"
    CALLOUT_NUMBER_WRONG = "200-001"
    CHAIR_CANNOT_LEAVE = "101-007"
    CHAIR_CANNOT_REMOVE_SELF = "101-006"
    CHAIR_TRANSFER_TO_SELF = "101-005"
    CHAT_BAD_FILE_SUFFIX = "700-023"
    CHAT_DB_QUERY_FAILED = "700-014"
    CHAT_FILE_NOT_PICTURE = "700-024"
    CHAT_OTHER_ERROR = "700-100"
    CHAT_SENSITIVE_WORD = "700-016"
    CONNECT_HOLD_NO_CALL = "200-005"
    CONNECT_HOLD_NO_HELD_CALL = "200-006"
    CTI_AUTH_MODE_QUERY_FAILED = "110-006"
    CTI_LOGIN_DB_FAILURE = "110-008"
    CTI_LOGIN_NO_RECORD = "110-009"
    CTI_PASSWORD_AUTH_FAILED = "110-007"
    CTI_PASSWORD_EMPTY = "110-005"
    DR_GUID_MISMATCH = "105-006"
    DR_RECOVERY_DONE = "105-003"
    DR_RECOVERY_IN_PROGRESS = "105-002"
    DR_RECOVERY_QUEUE_FAILED = "105-004"
    DR_RECOVERY_TIMEOUT = "105-005"
    DR_SWITCH_OFF = "105-007"
    EMPTY_MESSAGE = "106-002"
    FORCED_SIGN_IN_DISABLED = "100-015"
    HOLD_BAD_STATE = "200-014"
    HOLD_LIST_NO_HELD_CALL = "400-003"
    HOLD_NO_CALL = "200-013"
    INSPECTING_SELF = "000-005"
    INTERNAL_CONSULT_NO_CALL = "200-018"
    INVALID_IP_ADDRESS = "100-016"
    INVALID_PARAMETER = "000-002"
    INVALID_PHONE = "100-013"
    INVALID_TRANSFER_DEVICE_TYPE = "106-004"
    INVALID_WAS_URL = "999-001"
    JUMP_BACK_BAD_STATE = "500-001"
    JUMP_FORWARD_BAD_STATE = "500-002"
    LOCATION_ID_NOT_CONFIGURED = "104-010"
    MESSAGE_PARAMETER_ERROR = "000-006"
    MULTIMEDIA_DISABLED = "106-001"
    MUTE_BAD_STATE = "200-004"
    MUTE_NO_CALL = "200-003"
    NEW_PASSWORD_EQUALS_OLD = "110-017"
    NOT_CONFERENCE_CHAIR = "101-002"
    NOT_SIGNED_IN = "100-006"
    NO_CALL_TO_DROP = "200-025"
    NO_CONFERENCE = "101-001"
    NO_PERMISSION = "000-003"
    NO_RECORDING_RIGHT = "104-002"
    NO_SCREEN_SHARE_SESSION = "700-017"
    OBS_DOWNLOAD_FAILED = "104-012"
    OLD_PASSWORD_WRONG = "110-003"
    PASSWORD_CHANGE_FAILED = "110-002"
    PASSWORD_CONFIRMATION_MISMATCH = "110-022"
    PASSWORD_EXPIRED = "100-020"
    PASSWORD_LENGTH_INVALID = "110-020"
    PASSWORD_MATCHES_NAME = "110-018"
    PASSWORD_QUERY_FAILED = "110-004"
    PASSWORD_RULE_VIOLATION = "110-019"
    PAUSE_PLAY_BAD_STATE = "500-003"
    PAUSE_RECORD_BAD_STATE = "500-004"
    PHONE_OUT_OF_RANGE = "100-014"
    QC_NO_AGENT_INFO = "900-004"
    QC_NO_PROVIDER = "900-001"
    QC_NO_RIGHT = "900-002"
    QC_RESOURCE_UNAVAILABLE = "900-003"
    QC_STATE_ERROR = "900-005"
    QUERY_AGENT_NOT_FOUND = "300-002"
    QUERY_AGENT_NO_RIGHT = "300-001"
    QUERY_GROUP_AGENT_NOT_FOUND = "300-003"
    QUERY_GROUP_NOT_FOUND = "300-004"
    RECORDING_CONVERSION_FAILED = "104-009"
    RECORDING_DOWNLOAD_DISABLED = "104-001"
    RECORDING_FILE_MISSING = "104-005"
    RECORDING_FORMAT_NOT_CONFIGURED = "104-008"
    RECORDING_FORMAT_UNSUPPORTED = "104-007"
    RECORDING_INVALID_FILE_NAME = "104-003"
    RECORDING_NO_MAPPED_DRIVE = "104-004"
    RECORDING_NO_SPACE = "104-006"
    RELEASE_NO_CALL = "200-017"
    REPEATED_INVOCATION = "000-007"
    RESUME_PLAY_BAD_STATE = "500-005"
    RESUME_RECORD_BAD_STATE = "500-006"
    SET_CALL_DATA_EMPTY = "400-002"
    SET_CALL_DATA_NO_CALL = "400-001"
    SET_STATE_FAILED = "100-009"
    SIGN_IN_INVALID_PARAMETER = "100-011"
    SIGN_IN_IN_PROGRESS = "100-021"
    SIGN_IN_PARAMETER_INVALID = "100-001"
    SIGN_IN_RESOURCE_UNAVAILABLE = "100-003"
    SIGN_OUT_PARAMETER_INVALID = "100-005"
    SIGN_OUT_STATE_ERROR = "100-010"
    SKILL_QUEUE_QUERY_INVALID = "100-019"
    START_PLAY_BAD_STATE = "500-007"
    START_RECORD_BAD_STATE = "500-008"
    STOP_PLAY_BAD_STATE = "500-009"
    SUCCESS = "0"
    THREE_PARTY_NO_CALL = "200-010"
    THREE_PARTY_NO_HELD_CALL = "200-011"
    TOO_MANY_FAILURES_LOCKED = "110-021"
    TOO_MANY_SESSIONS = "106-003"
    TRANSFER_NO_CALL = "200-012"
    UNHOLD_BAD_STATE = "200-016"
    UNHOLD_NO_HELD_CALL = "200-015"
    UNMUTE_BAD_STATE = "200-008"
    UNMUTE_NO_CALL = "200-007"
    UPORTAL_AUTH_FAILED = "100-017"
    USER_NAME_QUERY_FAILED = "110-010"
    VDN_CONFERENCE_QUERY_FORBIDDEN = "101-004"
    VDN_HAS_NO_ACCESS_CODES = "600-003"
    VDN_HAS_NO_IVR = "600-004"
    VDN_HAS_NO_QUEUES = "600-002"
    VDN_MISMATCH = "100-018"
    VIDEO_PLAYBACK_ERROR = "800-001"
    VOICE_REPORT_NO_CALL = "200-009"
    WRONG_AGENT_TYPE = "100-012"
    WRONG_CREDENTIALS = "100-004"
    WRONG_EVENT_FETCH_METHOD = "000-001"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("Retcode", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "Retcode | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member that keeps the raw value and round-trips.
        if isinstance(value, str):
            member = str.__new__(cls, value)
            member._name_ = "UNKNOWN_" + "".join(c if c.isalnum() else "_" for c in value).upper()
            member._value_ = value
            return member
        return None
