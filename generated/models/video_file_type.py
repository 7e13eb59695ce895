from enum import StrEnum

from ..spec_extensions import describe


class VideoFileType(StrEnum):
    """Which stream videofiledownload downloads. Sent as a digit."""

    AUXILIARY = "2"
    HIGH_DEFINITION = "0"
    STANDARD_DEFINITION = "1"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("VideoFileType", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "VideoFileType | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member that keeps the raw value and round-trips.
        if isinstance(value, str):
            member = str.__new__(cls, value)
            member._name_ = "UNKNOWN_" + "".join(c if c.isalnum() else "_" for c in value).upper()
            member._value_ = value
            return member
        return None
