from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

        d = dict(src_dict)
        _callfeature = d.pop("callfeature", UNSET)
        callfeature: CallType | Unset
        if isinstance(_callfeature, Unset):
            callfeature = UNSET
        else:
            callfeature = CallType(_callfeature)

        callid = d.pop("callid", UNSET)

        caller = as_text(d.pop("caller", UNSET))

        called = as_text(d.pop("called", UNSET))

        callskill = d.pop("callskill", UNSET)

        callskillid = d.pop("callskillid", UNSET)

        orgicallednum = d.pop("orgicallednum", UNSET)

        def _parse_calldata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calldata = _parse_calldata(d.pop("calldata", UNSET))

        def _parse_begintime(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        begintime = _parse_begintime(d.pop("begintime", UNSET))

        def _parse_endtime(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        endtime = _parse_endtime(d.pop("endtime", UNSET))

        user_priority = d.pop("userPriority", UNSET)

        trunk_no = d.pop("trunkNo", UNSET)

        logontimes = d.pop("logontimes", UNSET)

        _media_type = d.pop("mediaType", UNSET)
        media_type: MediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = MediaType(_media_type)

        _media_ability = d.pop("mediaAbility", UNSET)
        media_ability: MediaAbility | Unset
        if isinstance(_media_ability, Unset):
            media_ability = UNSET
        else:
            media_ability = MediaAbility(_media_ability)

        wait_time = d.pop("waitTime", UNSET)

        def _parse_trace(data: object) -> CallTrace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_0 = CallTrace.from_dict(data)

                return trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallTrace | None | Unset, data)

        trace = _parse_trace(d.pop("trace", UNSET))

        call_info = cls(
            callfeature=callfeature,
            callid=callid,
            caller=caller,
            called=called,
            callskill=callskill,
            callskillid=callskillid,
            orgicallednum=orgicallednum,
            calldata=calldata,
            begintime=begintime,
            endtime=endtime,
            user_priority=user_priority,
            trunk_no=trunk_no,
            logontimes=logontimes,
            media_type=media_type,
            media_ability=media_ability,
            wait_time=wait_time,
            trace=trace,
        )

        call_info.additional_properties = d
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
