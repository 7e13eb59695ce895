from enum import IntEnum

from ..spec_extensions import describe


class ConfDeviceType(IntEnum):
    """User-defined device type of a conference participant (Device Type appendix, Table 2)."""

    UNKNOWN = 0
    ORDINARY_PHONE = 1
    WIRELESS_DIGITAL = 2
    WIRELESS_ANALOG = 3
    SHORTWAVE = 4
    MOBILE_PHONE = 5
    AGENT = 6
    ELTE = 7

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("ConfDeviceType", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN_<n> pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ConfDeviceType | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member UNKNOWN_<n> that keeps the raw value and round-trips.
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            return member
        return None
