from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retcode import Retcode
from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.agent_event import AgentEvent


T = TypeVar("T", bound="AgentEventResponse")
_Retcode_VALUES = Retcode._value2member_map_
_Retcode_OR_NONE = {**_Retcode_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "retcode",
        "message",
        "event",
    }
)


@_attrs_define(eq=False, repr=False)
class AgentEventResponse:
    """Envelope of the event poll; `event` is absent when no event arrived in time.

    Attributes:
        retcode (Retcode): The outcome code of every response: `"0"` for success, otherwise an error code `FFF-NNN`
            whose first three digits name a family (`x-retcode-families`). Codes marked in `x-retcode-legacy` come from an
            older gateway's client table (the vendor's agent demo); current gateways may no longer send them. A client must
            accept codes not listed here.
        message (str | None): A human-readable description of the outcome; often empty, sometimes `success`. When it
            reads `Unknown ERROR._NNNNN`, the digits are a raw CTI error result code passed through from the platform (see
            `x-cti-result-code-pattern`).
        event (AgentEvent | None):

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    retcode: Retcode
    """ The outcome code of every response: `"0"` for success, otherwise an error code
    `FFF-NNN` whose first three digits name a family (`x-retcode-families`). Codes marked
    in `x-retcode-legacy` come from an older gateway's client table (the vendor's agent
    demo); current gateways may no longer send them. A client must accept codes not
    listed here.
     """
    message: str | None = None
    """ A human-readable description of the outcome; often empty, sometimes `success`. When it
    reads `Unknown ERROR._NNNNN`, the digits are a raw CTI error result code passed
    through from the platform (see `x-cti-result-code-pattern`).
     """
    event: AgentEvent | None = None

    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        retcode = self.retcode.value

        message = self.message

        event: dict[str, Any] | None
        if self.event is None:
            event = None
        elif isinstance(self.event, AgentEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retcode": retcode,
            }
        )
        received = self._received
        if message is not None:
            field_dict["message"] = message
        elif "message" in received:
            field_dict["message"] = None
        if event is not None:
            field_dict["event"] = event
        elif "event" in received:
            field_dict["event"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _retcode = src_dict["retcode"]
        retcode: Retcode
        try:
            retcode = _Retcode_VALUES[_retcode]
        except (KeyError, TypeError):
            retcode = Retcode(_retcode)

        message = get("message")

        _event_data = get("event")
        event: AgentEvent | None
        _event_found = False
        if _event_data is None:
            event = None
            _event_found = True
        if not _event_found and isinstance(_event_data, dict):
            try:
                event_type_0 = AgentEvent.from_dict(_event_data)

                event = event_type_0
                _event_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _event_found:
            event = _event_data  # type: ignore[assignment]

        _decoded = _new(cls)
        _decoded.retcode = retcode
        _decoded.message = message
        _decoded.event = event
        _decoded._additional = None

        _decoded._received = src_dict
        return _decoded

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the gateway sent that the spec does not list, with their values."""
        extra = self._additional
        if extra is None:
            received = self._received
            if _KNOWN_KEYS.issuperset(received):
                extra = {}
            else:
                extra = {key: value for key, value in received.items() if key not in _KNOWN_KEYS}
            self._additional = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.retcode,
            self.message,
            self.event,
            self.additional_properties,
        ) == (
            other.retcode,  # type: ignore[attr-defined]
            other.message,  # type: ignore[attr-defined]
            other.event,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"retcode={self.retcode!r}, "
            f"message={self.message!r}, "
            f"event={self.event!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received


_new = object.__new__
# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.agent_event import AgentEvent
