from enum import IntEnum

from ..spec_extensions import describe


class OperationCommand(IntEnum):
    """The command the agent is currently carrying out (`curCommand`)."""

    NONE = 0
    HANG_UP = 1
    DISCONNECTED = 2
    CALLED_PARTY_HUNG_UP = 3
    FIRST_OUTBOUND_CALL = 4
    OUTBOUND_CALL = 5
    HOLD = 6
    UNHOLD = 7
    MUTE = 8
    UNMUTE = 9
    BLIND_TRANSFER = 10
    RELEASE_AFTER_TRANSFER = 11
    TALK_TRANSFER = 12
    RELEASE_AFTER_THREE_WAY_TRANSFER = 13
    HANG_UP_TRANSFER = 14
    SPECIAL_TRANSFER = 15
    TWO_PARTY_HELP = 16
    THREE_PARTY_HELP = 17
    THREE_PARTY_CALL = 18
    PLAYBACK = 19
    INSERT = 20
    LISTEN = 21
    SWITCH = 22
    INTERCEPT = 23
    WHISPER = 24
    SHOW_BUSY = 30
    REST = 31

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("OperationCommand", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN_<n> pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OperationCommand | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member UNKNOWN_<n> that keeps the raw value and round-trips.
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            return member
        return None
