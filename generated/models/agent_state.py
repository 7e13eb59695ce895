from enum import IntEnum

from ..spec_extensions import describe


class AgentState(IntEnum):
    """Detailed agent state (Agent Status appendix, Table 3), used by `agentStateInfo.state`
    and `lastState`.
    """

    IDLE = 1
    WRAP_UP = 2
    REST = 3
    BUSY = 4
    ANNOUNCEMENT_PLAYING = 5
    OUTBOUND_CALLING = 6
    OCCUPIED = 7
    RINGING = 8
    TALKING = 9
    THREE_PARTY_CALL = 10
    HOLD = 11
    MUTE = 12
    CONSULTING = 13
    TALK_TRANSFER = 14
    INSERTING = 15
    LISTENING = 16
    WHISPERING = 17
    ABNORMAL = 255

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("AgentState", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN_<n> pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "AgentState | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member UNKNOWN_<n> that keeps the raw value and round-trips.
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            return member
        return None
