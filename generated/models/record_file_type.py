from enum import StrEnum

from ..spec_extensions import describe


class RecordFileType(StrEnum):
    """What kind of recording file recordfile downloads. Sent as a digit."""

    CALL_RECORDING = "1"
    VOICE_MESSAGE = "2"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("RecordFileType", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "RecordFileType | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member that keeps the raw value and round-trips.
        if isinstance(value, str):
            member = str.__new__(cls, value)
            member._name_ = "UNKNOWN_" + "".join(c if c.isalnum() else "_" for c in value).upper()
            member._value_ = value
            return member
        return None
