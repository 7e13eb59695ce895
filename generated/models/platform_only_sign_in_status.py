from enum import IntEnum

from ..spec_extensions import describe


class PlatformOnlySignInStatus(IntEnum):
    """The state the agent is in after a platform-only sign-in (`signInPlatformOnly`). The
    rest value 8 that issue 24 added to `signIn` is not documented for it.
    """

    BUSY = 3
    IDLE = 4
    WRAP_UP = 5

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("PlatformOnlySignInStatus", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN_<n> pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "PlatformOnlySignInStatus | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member UNKNOWN_<n> that keeps the raw value and round-trips.
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            return member
        return None
