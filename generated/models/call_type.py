from enum import IntEnum

from ..spec_extensions import describe


class CallType(IntEnum):
    """Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
    """

    OTHER = -1
    INBOUND = 0
    INTERNAL = 6
    OUTBOUND = 7
    SCHEDULED_OUTBOUND = 40
    PREOCCUPIED_OUTBOUND = 41
    PREDICTIVE_OUTBOUND = 43
    PREVIEW_OUTBOUND = 44
    SCHEDULED_CALLBACK = 45
    INTERNAL_TWO_PARTY_CONSULTATION = 51
    INTERNAL_THREE_PARTY_CONSULTATION = 52
    MULTI_PARTY = 53

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("CallType", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN_<n> pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "CallType | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member UNKNOWN_<n> that keeps the raw value and round-trips.
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            return member
        return None
