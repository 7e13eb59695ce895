from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_line import PhoneLine
from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="CallEventContent")
_PhoneLine_VALUES = PhoneLine._value2member_map_
_PhoneLine_OR_NONE = {**_PhoneLine_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "type_": "type",
    "media_ability": "mediaAbility",
    "media_type": "mediaType",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "caller",
        "called",
        "callid",
        "type",
        "feature",
        "mediaAbility",
        "mediaType",
        "transfer",
        "transfrom",
    }
)


@_attrs_define(eq=False, repr=False)
class CallEventContent:
    """Content of AgentEvent_Ringing (a call waits to be answered by hand),
    AgentEvent_Auto_Answer (a call was answered automatically) and AgentEvent_Talking
    (the agent is talking).

    Attributes:
        caller (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        called (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        callid (str | None): The call ID.
        type_ (PhoneLine | None): Which phone line an event is about. Wire name: `type`.
        feature (str | None): A number the gateway sends as text ("7"); some gateways send a number. Clients should
            treat it as text (the Python client always gives a string).
        media_ability (str | None): A number the gateway sends as text ("7"); some gateways send a number. Clients
            should treat it as text (the Python client always gives a string).  Wire name: `mediaAbility`.
        media_type (str | None): A number the gateway sends as text ("7"); some gateways send a number. Clients should
            treat it as text (the Python client always gives a string).  Wire name: `mediaType`.
        transfer (str | None): Whether the call was transferred to the agent (`no` when not).
        transfrom (str | None): Who transferred the call (spelt so on the wire); empty when nobody did.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    caller: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    callid: str | None = None
    """ The call ID. """
    type_: PhoneLine | None = None
    """ Which phone line an event is about. """
    feature: str | None = None
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    media_ability: str | None = None
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    media_type: str | None = None
    """ A number the gateway sends as text ("7"); some gateways send a number. Clients
    should treat it as text (the Python client always gives a string).
     """
    transfer: str | None = None
    """ Whether the call was transferred to the agent (`no` when not). """
    transfrom: str | None = None
    """ Who transferred the call (spelt so on the wire); empty when nobody did. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        caller: int | str | None
        if self.caller is None:
            caller = None
        else:
            caller = self.caller

        called: int | str | None
        if self.called is None:
            called = None
        else:
            called = self.called

        callid = self.callid

        type_: str | None = None
        if not (self.type_ is None):
            type_ = self.type_.value

        feature: int | str | None
        if self.feature is None:
            feature = None
        else:
            feature = self.feature

        media_ability: int | str | None
        if self.media_ability is None:
            media_ability = None
        else:
            media_ability = self.media_ability

        media_type: int | str | None
        if self.media_type is None:
            media_type = None
        else:
            media_type = self.media_type

        transfer = self.transfer

        transfrom = self.transfrom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if caller is not None:
            field_dict["caller"] = caller
        elif "caller" in received:
            field_dict["caller"] = None
        if called is not None:
            field_dict["called"] = called
        elif "called" in received:
            field_dict["called"] = None
        if callid is not None:
            field_dict["callid"] = callid
        elif "callid" in received:
            field_dict["callid"] = None
        if type_ is not None:
            field_dict["type"] = type_
        elif "type" in received:
            field_dict["type"] = None
        if feature is not None:
            field_dict["feature"] = feature
        elif "feature" in received:
            field_dict["feature"] = None
        if media_ability is not None:
            field_dict["mediaAbility"] = media_ability
        elif "mediaAbility" in received:
            field_dict["mediaAbility"] = None
        if media_type is not None:
            field_dict["mediaType"] = media_type
        elif "mediaType" in received:
            field_dict["mediaType"] = None
        if transfer is not None:
            field_dict["transfer"] = transfer
        elif "transfer" in received:
            field_dict["transfer"] = None
        if transfrom is not None:
            field_dict["transfrom"] = transfrom
        elif "transfrom" in received:
            field_dict["transfrom"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _caller = get("caller")
        caller = _caller if _caller.__class__ is str or _caller is None else as_text(_caller)

        _called = get("called")
        called = _called if _called.__class__ is str or _called is None else as_text(_called)

        callid = get("callid")

        _type_ = get("type")
        type_: PhoneLine | None
        try:
            type_ = _PhoneLine_OR_NONE[_type_]
        except (KeyError, TypeError):
            type_ = PhoneLine(_type_)

        _feature = get("feature")
        feature = _feature if _feature.__class__ is str or _feature is None else as_text(_feature)

        _media_ability = get("mediaAbility")
        media_ability = (
            _media_ability
            if _media_ability.__class__ is str or _media_ability is None
            else as_text(_media_ability)
        )

        _media_type = get("mediaType")
        media_type = (
            _media_type
            if _media_type.__class__ is str or _media_type is None
            else as_text(_media_type)
        )

        transfer = get("transfer")

        transfrom = get("transfrom")

        _decoded = _new(cls)
        _decoded.caller = caller
        _decoded.called = called
        _decoded.callid = callid
        _decoded.type_ = type_
        _decoded.feature = feature
        _decoded.media_ability = media_ability
        _decoded.media_type = media_type
        _decoded.transfer = transfer
        _decoded.transfrom = transfrom
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
            self.caller,
            self.called,
            self.callid,
            self.type_,
            self.feature,
            self.media_ability,
            self.media_type,
            self.transfer,
            self.transfrom,
            self.additional_properties,
        ) == (
            other.caller,  # type: ignore[attr-defined]
            other.called,  # type: ignore[attr-defined]
            other.callid,  # type: ignore[attr-defined]
            other.type_,  # type: ignore[attr-defined]
            other.feature,  # type: ignore[attr-defined]
            other.media_ability,  # type: ignore[attr-defined]
            other.media_type,  # type: ignore[attr-defined]
            other.transfer,  # type: ignore[attr-defined]
            other.transfrom,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"caller={self.caller!r}, "
            f"called={self.called!r}, "
            f"callid={self.callid!r}, "
            f"type_={self.type_!r}, "
            f"feature={self.feature!r}, "
            f"media_ability={self.media_ability!r}, "
            f"media_type={self.media_type!r}, "
            f"transfer={self.transfer!r}, "
            f"transfrom={self.transfrom!r}, "
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
