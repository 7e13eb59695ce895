from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retcode import Retcode
from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.agent_event import AgentEvent


T = TypeVar("T", bound="PushedEvents")
_Retcode_VALUES = Retcode._value2member_map_
_Retcode_OR_NONE = {**_Retcode_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "work_no": "workNo",
    "event_list": "eventList",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "message",
        "retcode",
        "workNo",
        "eventList",
    }
)


@_attrs_define(eq=False, repr=False)
class PushedEvents:
    """Events pushed to a push-mode agent's callback URI (`callBackUri`), oldest first.
    Some gateways wrap the list in the usual envelope (`message`, `retcode`).

    Attributes:
        message (str | None): A human-readable description of the outcome; often empty, sometimes `success`. When it
            reads `Unknown ERROR._NNNNN`, the digits are a raw CTI error result code passed through from the platform (see
            `x-cti-result-code-pattern`).
        retcode (Retcode | None): The outcome code of every response: `"0"` for success, otherwise an error code `FFF-
            NNN` whose first three digits name a family (`x-retcode-families`). Codes marked in `x-retcode-legacy` come from
            an older gateway's client table (the vendor's agent demo); current gateways may no longer send them. A client
            must accept codes not listed here.
        work_no (int | str | None): The agent the events are for. Wire name: `workNo`.
        event_list (list[AgentEvent] | None):  Wire name: `eventList`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    message: str | None = None
    """ A human-readable description of the outcome; often empty, sometimes `success`. When it
    reads `Unknown ERROR._NNNNN`, the digits are a raw CTI error result code passed
    through from the platform (see `x-cti-result-code-pattern`).
     """
    retcode: Retcode | None = None
    """ The outcome code of every response: `"0"` for success, otherwise an error code
    `FFF-NNN` whose first three digits name a family (`x-retcode-families`). Codes marked
    in `x-retcode-legacy` come from an older gateway's client table (the vendor's agent
    demo); current gateways may no longer send them. A client must accept codes not
    listed here.
     """
    work_no: int | str | None = None
    """ The agent the events are for. """
    event_list: list[AgentEvent] | None = None

    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        retcode: str | None = None
        if not (self.retcode is None):
            retcode = self.retcode.value

        work_no: int | str | None
        if self.work_no is None:
            work_no = None
        else:
            work_no = self.work_no

        event_list: list[dict[str, Any]] | None = None
        if not (self.event_list is None):
            event_list = []
            for event_list_item_data in self.event_list:
                event_list_item = event_list_item_data.to_dict()
                event_list.append(event_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if message is not None:
            field_dict["message"] = message
        elif "message" in received:
            field_dict["message"] = None
        if retcode is not None:
            field_dict["retcode"] = retcode
        elif "retcode" in received:
            field_dict["retcode"] = None
        if work_no is not None:
            field_dict["workNo"] = work_no
        elif "workNo" in received:
            field_dict["workNo"] = None
        if event_list is not None:
            field_dict["eventList"] = event_list
        elif "eventList" in received:
            field_dict["eventList"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        message = get("message")

        _retcode = get("retcode")
        retcode: Retcode | None
        try:
            retcode = _Retcode_OR_NONE[_retcode]
        except (KeyError, TypeError):
            retcode = Retcode(_retcode)

        work_no: int | str | None = get("workNo")

        _event_list = get("eventList")
        event_list: list[AgentEvent] | None = None
        if _event_list is not None:
            _decode_event_list = AgentEvent.from_dict
            event_list = [_decode_event_list(item) for item in _event_list]

        _decoded = _new(cls)
        _decoded.message = message
        _decoded.retcode = retcode
        _decoded.work_no = work_no
        _decoded.event_list = event_list
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
            self.message,
            self.retcode,
            self.work_no,
            self.event_list,
            self.additional_properties,
        ) == (
            other.message,  # type: ignore[attr-defined]
            other.retcode,  # type: ignore[attr-defined]
            other.work_no,  # type: ignore[attr-defined]
            other.event_list,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"message={self.message!r}, "
            f"retcode={self.retcode!r}, "
            f"work_no={self.work_no!r}, "
            f"event_list={self.event_list!r}, "
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
