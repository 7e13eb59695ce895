from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_type import CallType
from ..models.media_ability import MediaAbility
from ..models.media_type import MediaType
from ..spec_extensions import as_text, duration_or_none, epoch_millis_or_none
from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.call_trace import CallTrace


T = TypeVar("T", bound="CallInfo")
_CallType_VALUES = CallType._value2member_map_
_CallType_OR_NONE = {**_CallType_VALUES, None: None}
_MediaAbility_VALUES = MediaAbility._value2member_map_
_MediaAbility_OR_NONE = {**_MediaAbility_VALUES, None: None}
_MediaType_VALUES = MediaType._value2member_map_
_MediaType_OR_NONE = {**_MediaType_VALUES, None: None}
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "user_priority": "userPriority",
    "trunk_no": "trunkNo",
    "media_type": "mediaType",
    "media_ability": "mediaAbility",
    "wait_time": "waitTime",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callfeature",
        "callid",
        "caller",
        "called",
        "callskill",
        "callskillid",
        "orgicallednum",
        "calldata",
        "begintime",
        "endtime",
        "userPriority",
        "trunkNo",
        "logontimes",
        "mediaType",
        "mediaAbility",
        "waitTime",
        "trace",
    }
)


@_attrs_define(eq=False, repr=False)
class CallInfo:
    """The agent's current (or last) call.

    Attributes:
        callfeature (CallType | None): Call type ("call feature") of a call: `callfeature` of call information,
            `callFeature` / `talkingCallfeature` of the agent state.
        callid (str | None): Call ID, e.g. `1476838963-224`.
        caller (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        called (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        callskill (str | None): Description of the skill the call came through.
        callskillid (int | None): ID of that skill.
        orgicallednum (str | None): Originally called number (often empty).
        calldata (None | str): Call-associated data.
        begintime (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).
        endtime (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).
        user_priority (int | None): Customer level. Wire name: `userPriority`.
        trunk_no (int | None): Trunk number (65535 when none). Wire name: `trunkNo`.
        logontimes (int | None): Total time signed in, in seconds.
        media_type (MediaType | None): Media type of a call. Wire name: `mediaType`.
        media_ability (MediaAbility | None): Media capability of a call. Wire name: `mediaAbility`.
        wait_time (int | None): How long the call waited before being answered, in seconds. Wire name: `waitTime`.
        trace (CallTrace | None):

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    callfeature: CallType | None = None
    """ Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
     """
    callid: str | None = None
    """ Call ID, e.g. `1476838963-224`. """
    caller: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    callskill: str | None = None
    """ Description of the skill the call came through. """
    callskillid: int | None = None
    """ ID of that skill. """
    orgicallednum: str | None = None
    """ Originally called number (often empty). """
    calldata: None | str = None
    """ Call-associated data. """
    begintime: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    endtime: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    user_priority: int | None = None
    """ Customer level. """
    trunk_no: int | None = None
    """ Trunk number (65535 when none). """
    logontimes: int | None = None
    """ Total time signed in, in seconds. """
    media_type: MediaType | None = None
    """ Media type of a call. """
    media_ability: MediaAbility | None = None
    """ Media capability of a call. """
    wait_time: int | None = None
    """ How long the call waited before being answered, in seconds. """
    trace: CallTrace | None = None

    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        callfeature: int | None = None
        if not (self.callfeature is None):
            callfeature = self.callfeature.value

        callid = self.callid

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

        callskill = self.callskill

        callskillid = self.callskillid

        orgicallednum = self.orgicallednum

        calldata: None | str
        if self.calldata is None:
            calldata = None
        else:
            calldata = self.calldata

        begintime: int | None | str
        if self.begintime is None:
            begintime = None
        else:
            begintime = self.begintime

        endtime: int | None | str
        if self.endtime is None:
            endtime = None
        else:
            endtime = self.endtime

        user_priority = self.user_priority

        trunk_no = self.trunk_no

        logontimes = self.logontimes

        media_type: int | None = None
        if not (self.media_type is None):
            media_type = self.media_type.value

        media_ability: int | None = None
        if not (self.media_ability is None):
            media_ability = self.media_ability.value

        wait_time = self.wait_time

        trace: dict[str, Any] | None
        if self.trace is None:
            trace = None
        elif isinstance(self.trace, CallTrace):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if callfeature is not None:
            field_dict["callfeature"] = callfeature
        elif "callfeature" in received:
            field_dict["callfeature"] = None
        if callid is not None:
            field_dict["callid"] = callid
        elif "callid" in received:
            field_dict["callid"] = None
        if caller is not None:
            field_dict["caller"] = caller
        elif "caller" in received:
            field_dict["caller"] = None
        if called is not None:
            field_dict["called"] = called
        elif "called" in received:
            field_dict["called"] = None
        if callskill is not None:
            field_dict["callskill"] = callskill
        elif "callskill" in received:
            field_dict["callskill"] = None
        if callskillid is not None:
            field_dict["callskillid"] = callskillid
        elif "callskillid" in received:
            field_dict["callskillid"] = None
        if orgicallednum is not None:
            field_dict["orgicallednum"] = orgicallednum
        elif "orgicallednum" in received:
            field_dict["orgicallednum"] = None
        if calldata is not None:
            field_dict["calldata"] = calldata
        elif "calldata" in received:
            field_dict["calldata"] = None
        if begintime is not None:
            field_dict["begintime"] = begintime
        elif "begintime" in received:
            field_dict["begintime"] = None
        if endtime is not None:
            field_dict["endtime"] = endtime
        elif "endtime" in received:
            field_dict["endtime"] = None
        if user_priority is not None:
            field_dict["userPriority"] = user_priority
        elif "userPriority" in received:
            field_dict["userPriority"] = None
        if trunk_no is not None:
            field_dict["trunkNo"] = trunk_no
        elif "trunkNo" in received:
            field_dict["trunkNo"] = None
        if logontimes is not None:
            field_dict["logontimes"] = logontimes
        elif "logontimes" in received:
            field_dict["logontimes"] = None
        if media_type is not None:
            field_dict["mediaType"] = media_type
        elif "mediaType" in received:
            field_dict["mediaType"] = None
        if media_ability is not None:
            field_dict["mediaAbility"] = media_ability
        elif "mediaAbility" in received:
            field_dict["mediaAbility"] = None
        if wait_time is not None:
            field_dict["waitTime"] = wait_time
        elif "waitTime" in received:
            field_dict["waitTime"] = None
        if trace is not None:
            field_dict["trace"] = trace
        elif "trace" in received:
            field_dict["trace"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _callfeature = get("callfeature")
        callfeature: CallType | None
        try:
            callfeature = _CallType_OR_NONE[_callfeature]
        except (KeyError, TypeError):
            callfeature = CallType(_callfeature)

        callid = get("callid")

        _caller = get("caller")
        caller = _caller if _caller.__class__ is str or _caller is None else as_text(_caller)

        _called = get("called")
        called = _called if _called.__class__ is str or _called is None else as_text(_called)

        callskill = get("callskill")

        callskillid = get("callskillid")

        orgicallednum = get("orgicallednum")

        calldata: None | str = get("calldata")

        begintime: int | None | str = get("begintime")

        endtime: int | None | str = get("endtime")

        user_priority = get("userPriority")

        trunk_no = get("trunkNo")

        logontimes = get("logontimes")

        _media_type = get("mediaType")
        media_type: MediaType | None
        try:
            media_type = _MediaType_OR_NONE[_media_type]
        except (KeyError, TypeError):
            media_type = MediaType(_media_type)

        _media_ability = get("mediaAbility")
        media_ability: MediaAbility | None
        try:
            media_ability = _MediaAbility_OR_NONE[_media_ability]
        except (KeyError, TypeError):
            media_ability = MediaAbility(_media_ability)

        wait_time = get("waitTime")

        _trace_data = get("trace")
        trace: CallTrace | None
        _trace_found = False
        if _trace_data is None:
            trace = None
            _trace_found = True
        if not _trace_found and isinstance(_trace_data, dict):
            try:
                trace_type_0 = CallTrace.from_dict(_trace_data)

                trace = trace_type_0
                _trace_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _trace_found:
            trace = _trace_data  # type: ignore[assignment]

        _decoded = _new(cls)
        _decoded.callfeature = callfeature
        _decoded.callid = callid
        _decoded.caller = caller
        _decoded.called = called
        _decoded.callskill = callskill
        _decoded.callskillid = callskillid
        _decoded.orgicallednum = orgicallednum
        _decoded.calldata = calldata
        _decoded.begintime = begintime
        _decoded.endtime = endtime
        _decoded.user_priority = user_priority
        _decoded.trunk_no = trunk_no
        _decoded.logontimes = logontimes
        _decoded.media_type = media_type
        _decoded.media_ability = media_ability
        _decoded.wait_time = wait_time
        _decoded.trace = trace
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
            self.callfeature,
            self.callid,
            self.caller,
            self.called,
            self.callskill,
            self.callskillid,
            self.orgicallednum,
            self.calldata,
            self.begintime,
            self.endtime,
            self.user_priority,
            self.trunk_no,
            self.logontimes,
            self.media_type,
            self.media_ability,
            self.wait_time,
            self.trace,
            self.additional_properties,
        ) == (
            other.callfeature,  # type: ignore[attr-defined]
            other.callid,  # type: ignore[attr-defined]
            other.caller,  # type: ignore[attr-defined]
            other.called,  # type: ignore[attr-defined]
            other.callskill,  # type: ignore[attr-defined]
            other.callskillid,  # type: ignore[attr-defined]
            other.orgicallednum,  # type: ignore[attr-defined]
            other.calldata,  # type: ignore[attr-defined]
            other.begintime,  # type: ignore[attr-defined]
            other.endtime,  # type: ignore[attr-defined]
            other.user_priority,  # type: ignore[attr-defined]
            other.trunk_no,  # type: ignore[attr-defined]
            other.logontimes,  # type: ignore[attr-defined]
            other.media_type,  # type: ignore[attr-defined]
            other.media_ability,  # type: ignore[attr-defined]
            other.wait_time,  # type: ignore[attr-defined]
            other.trace,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"callfeature={self.callfeature!r}, "
            f"callid={self.callid!r}, "
            f"caller={self.caller!r}, "
            f"called={self.called!r}, "
            f"callskill={self.callskill!r}, "
            f"callskillid={self.callskillid!r}, "
            f"orgicallednum={self.orgicallednum!r}, "
            f"calldata={self.calldata!r}, "
            f"begintime={self.begintime!r}, "
            f"endtime={self.endtime!r}, "
            f"user_priority={self.user_priority!r}, "
            f"trunk_no={self.trunk_no!r}, "
            f"logontimes={self.logontimes!r}, "
            f"media_type={self.media_type!r}, "
            f"media_ability={self.media_ability!r}, "
            f"wait_time={self.wait_time!r}, "
            f"trace={self.trace!r}, "
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

    @property
    def begintime_at(self) -> datetime.datetime | None:
        """`begintime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `begintime`. Never raises.
        """
        return epoch_millis_or_none(self.begintime)

    @property
    def endtime_at(self) -> datetime.datetime | None:
        """`endtime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `endtime`. Never raises.
        """
        return epoch_millis_or_none(self.endtime)

    @property
    def logontimes_duration(self) -> datetime.timedelta | None:
        """`logontimes` (seconds) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `logontimes`.
        Never raises.
        """
        return duration_or_none(self.logontimes, "seconds")

    @property
    def wait_time_duration(self) -> datetime.timedelta | None:
        """`waitTime` (seconds) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `wait_time`.
        Never raises.
        """
        return duration_or_none(self.wait_time, "seconds")


_new = object.__new__
# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.call_trace import CallTrace
