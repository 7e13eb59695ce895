from enum import IntEnum

from ..spec_extensions import describe


class ReasonCode(IntEnum):
    """Why a call entered or left a device (call trace `enterReason` / `leaveReason`)."""

    NORMAL = 0
    OVERFLOW_TRANSFER = 1
    TIMEOUT_TRANSFER = 2
    NO_AGENT_ON_DUTY_TRANSFER = 3
    QUEUE_CANCELLED_TRANSFER = 4
    NO_ANSWER_TRANSFER = 5
    SUSPENDED_CALL_RESUMED = 6
    HELD_CALL_CONNECTED = 7
    THREE_PARTY_HELP = 8
    CALL_UNHELD = 9
    THREE_PARTY_CALL = 10
    RELEASED_BY_HELP_REQUESTER = 11
    CALL_INTERCEPTED = 12
    CALL_PICKED_UP = 13
    CALLED_NUMBER_ANALYSIS_MISSING = 14
    USER_RELEASED = 15
    AGENT_RELEASED = 16
    TRANSFERRED_OUT = 17
    CALL_HELD = 18
    INTERNAL_ERROR = 19
    CALLED_PARTY_BUSY = 20
    LINE_BUSY = 21
    PHONE_POWERED_OFF = 22
    PHONE_OUT_OF_SERVICE = 23
    INVALID_NUMBER = 24
    NO_ACD_RESOURCE = 25
    USER_NO_ANSWER = 26
    CALLED_PARTY_REJECTED = 27
    CONNECTED_CALL_TO_QUEUE = 28
    THREE_PARTY_CALL_TO_QUEUE = 29
    CONNECTED_CALL_QUEUE_TIMEOUT = 30
    THREE_PARTY_CALL_QUEUE_TIMEOUT = 31
    NETWORK_CALL_QUEUE_FAILED = 34
    NETWORK_CALL_QUEUED_AT_ORIGIN = 35
    QUEUED_CALL_REROUTED = 36
    CDN_FROM_INBOUND_ROUTE = 37
    CDN_FROM_AGENT_CONSULTATION = 38
    CDN_ROUTING_RESULT = 39
    CDN_ROUTING_TIMEOUT = 40
    AGENT_CANCELLED_CONSULTATION = 41
    PGR_FROM_CDN_TIMEOUT = 42
    PGR_FROM_CDN_ROUTE = 43
    PGR_FROM_INBOUND_ROUTE = 44
    PGR_FROM_AGENT_CONSULTATION = 45
    CDN_REROUTE_AGENT_UNREACHABLE = 46
    MULTIPLE_QUEUES = 47
    ANSWERED_FROM_SLAVE_QUEUE = 48
    AGENT_REJECTED = 50
    USER_JOINED_CONFERENCE = 51
    CONFERENCE_RELEASED = 52
    REMOVED_FROM_CONFERENCE = 53
    LOW_COMPLETION_RATE_TRANSFER = 54
    USER_HUNG_UP_AFTER_ANSWER = 88
    USER_HOOKED_ON_AFTER_ANSWER = 89

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("ReasonCode", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN_<n> pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ReasonCode | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member UNKNOWN_<n> that keeps the raw value and round-trips.
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            return member
        return None
