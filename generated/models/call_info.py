from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_type import CallType
from ..models.media_ability import MediaAbility
from ..models.media_type import MediaType
from ..spec_extensions import as_text, duration, epoch_millis_or_none
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_trace import CallTrace


T = TypeVar("T", bound="CallInfo")
_CallType_VALUES = CallType._value2member_map_
_MediaAbility_VALUES = MediaAbility._value2member_map_
_MediaType_VALUES = MediaType._value2member_map_
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


@_attrs_define
class CallInfo:
    """The agent's current (or last) call."""

    callfeature: CallType | Unset = UNSET
    """ Call type ("call feature") of a call: `callfeature` of call information,
    `callFeature` / `talkingCallfeature` of the agent state.
     """
    callid: str | Unset = UNSET
    """ Call ID, e.g. `1476838963-224`. """
    caller: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    called: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    callskill: str | Unset = UNSET
    """ Description of the skill the call came through. """
    callskillid: int | Unset = UNSET
    """ ID of that skill. """
    orgicallednum: str | Unset = UNSET
    """ Originally called number (often empty). """
    calldata: None | str | Unset = UNSET
    """ Call-associated data. """
    begintime: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    endtime: int | None | str | Unset = UNSET
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    user_priority: int | Unset = UNSET
    """ Customer level. """
    trunk_no: int | Unset = UNSET
    """ Trunk number (65535 when none). """
    logontimes: int | Unset = UNSET
    """ Total time signed in, in seconds. """
    media_type: MediaType | Unset = UNSET
    """ Media type of a call. """
    media_ability: MediaAbility | Unset = UNSET
    """ Media capability of a call. """
    wait_time: int | Unset = UNSET
    """ How long the call waited before being answered, in seconds. """
    trace: CallTrace | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_trace import CallTrace

        callfeature: int | Unset = UNSET
        if not isinstance(self.callfeature, Unset):
            callfeature = self.callfeature.value

        callid = self.callid

        caller: int | str | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        else:
            caller = self.caller

        called: int | str | Unset
        if isinstance(self.called, Unset):
            called = UNSET
        else:
            called = self.called

        callskill = self.callskill

        callskillid = self.callskillid

        orgicallednum = self.orgicallednum

        calldata: None | str | Unset
        if isinstance(self.calldata, Unset):
            calldata = UNSET
        else:
            calldata = self.calldata

        begintime: int | None | str | Unset
        if isinstance(self.begintime, Unset):
            begintime = UNSET
        else:
            begintime = self.begintime

        endtime: int | None | str | Unset
        if isinstance(self.endtime, Unset):
            endtime = UNSET
        else:
            endtime = self.endtime

        user_priority = self.user_priority

        trunk_no = self.trunk_no

        logontimes = self.logontimes

        media_type: int | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        media_ability: int | Unset = UNSET
        if not isinstance(self.media_ability, Unset):
            media_ability = self.media_ability.value

        wait_time = self.wait_time

        trace: dict[str, Any] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, CallTrace):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callfeature is not UNSET:
            field_dict["callfeature"] = callfeature
        if callid is not UNSET:
            field_dict["callid"] = callid
        if caller is not UNSET:
            field_dict["caller"] = caller
        if called is not UNSET:
            field_dict["called"] = called
        if callskill is not UNSET:
            field_dict["callskill"] = callskill
        if callskillid is not UNSET:
            field_dict["callskillid"] = callskillid
        if orgicallednum is not UNSET:
            field_dict["orgicallednum"] = orgicallednum
        if calldata is not UNSET:
            field_dict["calldata"] = calldata
        if begintime is not UNSET:
            field_dict["begintime"] = begintime
        if endtime is not UNSET:
            field_dict["endtime"] = endtime
        if user_priority is not UNSET:
            field_dict["userPriority"] = user_priority
        if trunk_no is not UNSET:
            field_dict["trunkNo"] = trunk_no
        if logontimes is not UNSET:
            field_dict["logontimes"] = logontimes
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if media_ability is not UNSET:
            field_dict["mediaAbility"] = media_ability
        if wait_time is not UNSET:
            field_dict["waitTime"] = wait_time
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call_trace import CallTrace

        get = src_dict.get
        _callfeature = get("callfeature", UNSET)
        callfeature: CallType | Unset
        if _callfeature is UNSET:
            callfeature = UNSET
        else:
            try:
                callfeature = _CallType_VALUES[_callfeature]
            except (KeyError, TypeError):
                callfeature = CallType(_callfeature)

        callid = get("callid", UNSET)

        caller = as_text(get("caller", UNSET))

        called = as_text(get("called", UNSET))

        callskill = get("callskill", UNSET)

        callskillid = get("callskillid", UNSET)

        orgicallednum = get("orgicallednum", UNSET)

        calldata: None | str | Unset = get("calldata", UNSET)

        begintime: int | None | str | Unset = get("begintime", UNSET)

        endtime: int | None | str | Unset = get("endtime", UNSET)

        user_priority = get("userPriority", UNSET)

        trunk_no = get("trunkNo", UNSET)

        logontimes = get("logontimes", UNSET)

        _media_type = get("mediaType", UNSET)
        media_type: MediaType | Unset
        if _media_type is UNSET:
            media_type = UNSET
        else:
            try:
                media_type = _MediaType_VALUES[_media_type]
            except (KeyError, TypeError):
                media_type = MediaType(_media_type)

        _media_ability = get("mediaAbility", UNSET)
        media_ability: MediaAbility | Unset
        if _media_ability is UNSET:
            media_ability = UNSET
        else:
            try:
                media_ability = _MediaAbility_VALUES[_media_ability]
            except (KeyError, TypeError):
                media_ability = MediaAbility(_media_ability)

        wait_time = get("waitTime", UNSET)

        _trace_data = get("trace", UNSET)
        trace: CallTrace | None | Unset
        _trace_found = False
        if _trace_data is None:
            trace = None
            _trace_found = True
        if _trace_data is UNSET:
            trace = UNSET
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

        call_info = cls(
            callfeature,
            callid,
            caller,
            called,
            callskill,
            callskillid,
            orgicallednum,
            calldata,
            begintime,
            endtime,
            user_priority,
            trunk_no,
            logontimes,
            media_type,
            media_ability,
            wait_time,
            trace,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            call_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return call_info

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
        """`logontimes` (seconds) as a timedelta; None when not set."""
        return duration(self.logontimes, "seconds", "logontimes")

    @property
    def wait_time_duration(self) -> datetime.timedelta | None:
        """`waitTime` (seconds) as a timedelta; None when not set."""
        return duration(self.wait_time, "seconds", "waitTime")
