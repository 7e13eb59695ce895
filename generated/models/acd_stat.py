from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import duration_or_none
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AcdStat")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "pilot_nbr": "pilotNbr",
    "device_no": "deviceNo",
    "queue_size": "queueSize",
    "queue_time": "queueTime",
    "load_factor": "loadFactor",
    "est_wait_time": "estWaitTime",
    "logged_on_agents": "loggedOnAgents",
    "avail_agents": "availAgents",
    "transfer_flg": "transferFlg",
    "transfer_device_type": "transferDeviceType",
    "transfer_device_no": "transferDeviceNo",
    "skill_descrip": "skillDescrip",
    "max_queue_size": "maxQueueSize",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "pilotNbr",
        "deviceNo",
        "queueSize",
        "queueTime",
        "loadFactor",
        "estWaitTime",
        "loggedOnAgents",
        "availAgents",
        "transferFlg",
        "transferDeviceType",
        "transferDeviceNo",
        "skillDescrip",
        "maxQueueSize",
    }
)


@_attrs_define(eq=False, repr=False)
class AcdStat:
    """Statistics of one skill queue.

    Attributes:
        pilot_nbr (None | str): Access code (pilot number) of the queue. Wire name: `pilotNbr`.
        device_no (int | None): Skill queue ID. Wire name: `deviceNo`.
        queue_size (int | None): Callers waiting in the queue now. Wire name: `queueSize`.
        queue_time (int | None): How long the longest-waiting caller has waited, in seconds. Wire name: `queueTime`.
        load_factor (int | None): Not used. Wire name: `loadFactor`.
        est_wait_time (int | None): Not used. Wire name: `estWaitTime`.
        logged_on_agents (int | None): Agents signed in to the queue. Wire name: `loggedOnAgents`.
        avail_agents (int | None): Agents of the queue available (idle) now. Wire name: `availAgents`.
        transfer_flg (int | None): What happens to overflowing calls (0 released, 2 transferred). Wire name:
            `transferFlg`.
        transfer_device_type (int | None): Device type of the overflow target. Wire name: `transferDeviceType`.
        transfer_device_no (int | None): Device number of the overflow target. Wire name: `transferDeviceNo`.
        skill_descrip (None | str): Description of the skill queue. Wire name: `skillDescrip`.
        max_queue_size (int | None): How many callers the queue holds at most. Wire name: `maxQueueSize`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    pilot_nbr: None | str = None
    """ Access code (pilot number) of the queue. """
    device_no: int | None = None
    """ Skill queue ID. """
    queue_size: int | None = None
    """ Callers waiting in the queue now. """
    queue_time: int | None = None
    """ How long the longest-waiting caller has waited, in seconds. """
    load_factor: int | None = None
    """ Not used. """
    est_wait_time: int | None = None
    """ Not used. """
    logged_on_agents: int | None = None
    """ Agents signed in to the queue. """
    avail_agents: int | None = None
    """ Agents of the queue available (idle) now. """
    transfer_flg: int | None = None
    """ What happens to overflowing calls (0 released, 2 transferred). """
    transfer_device_type: int | None = None
    """ Device type of the overflow target. """
    transfer_device_no: int | None = None
    """ Device number of the overflow target. """
    skill_descrip: None | str = None
    """ Description of the skill queue. """
    max_queue_size: int | None = None
    """ How many callers the queue holds at most. """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        pilot_nbr: None | str
        if self.pilot_nbr is None:
            pilot_nbr = None
        else:
            pilot_nbr = self.pilot_nbr

        device_no = self.device_no

        queue_size = self.queue_size

        queue_time = self.queue_time

        load_factor = self.load_factor

        est_wait_time = self.est_wait_time

        logged_on_agents = self.logged_on_agents

        avail_agents = self.avail_agents

        transfer_flg = self.transfer_flg

        transfer_device_type = self.transfer_device_type

        transfer_device_no = self.transfer_device_no

        skill_descrip: None | str
        if self.skill_descrip is None:
            skill_descrip = None
        else:
            skill_descrip = self.skill_descrip

        max_queue_size = self.max_queue_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if pilot_nbr is not None:
            field_dict["pilotNbr"] = pilot_nbr
        elif "pilotNbr" in received:
            field_dict["pilotNbr"] = None
        if device_no is not None:
            field_dict["deviceNo"] = device_no
        elif "deviceNo" in received:
            field_dict["deviceNo"] = None
        if queue_size is not None:
            field_dict["queueSize"] = queue_size
        elif "queueSize" in received:
            field_dict["queueSize"] = None
        if queue_time is not None:
            field_dict["queueTime"] = queue_time
        elif "queueTime" in received:
            field_dict["queueTime"] = None
        if load_factor is not None:
            field_dict["loadFactor"] = load_factor
        elif "loadFactor" in received:
            field_dict["loadFactor"] = None
        if est_wait_time is not None:
            field_dict["estWaitTime"] = est_wait_time
        elif "estWaitTime" in received:
            field_dict["estWaitTime"] = None
        if logged_on_agents is not None:
            field_dict["loggedOnAgents"] = logged_on_agents
        elif "loggedOnAgents" in received:
            field_dict["loggedOnAgents"] = None
        if avail_agents is not None:
            field_dict["availAgents"] = avail_agents
        elif "availAgents" in received:
            field_dict["availAgents"] = None
        if transfer_flg is not None:
            field_dict["transferFlg"] = transfer_flg
        elif "transferFlg" in received:
            field_dict["transferFlg"] = None
        if transfer_device_type is not None:
            field_dict["transferDeviceType"] = transfer_device_type
        elif "transferDeviceType" in received:
            field_dict["transferDeviceType"] = None
        if transfer_device_no is not None:
            field_dict["transferDeviceNo"] = transfer_device_no
        elif "transferDeviceNo" in received:
            field_dict["transferDeviceNo"] = None
        if skill_descrip is not None:
            field_dict["skillDescrip"] = skill_descrip
        elif "skillDescrip" in received:
            field_dict["skillDescrip"] = None
        if max_queue_size is not None:
            field_dict["maxQueueSize"] = max_queue_size
        elif "maxQueueSize" in received:
            field_dict["maxQueueSize"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        pilot_nbr: None | str = get("pilotNbr")

        device_no = get("deviceNo")

        queue_size = get("queueSize")

        queue_time = get("queueTime")

        load_factor = get("loadFactor")

        est_wait_time = get("estWaitTime")

        logged_on_agents = get("loggedOnAgents")

        avail_agents = get("availAgents")

        transfer_flg = get("transferFlg")

        transfer_device_type = get("transferDeviceType")

        transfer_device_no = get("transferDeviceNo")

        skill_descrip: None | str = get("skillDescrip")

        max_queue_size = get("maxQueueSize")

        _decoded = _new(cls)
        _decoded.pilot_nbr = pilot_nbr
        _decoded.device_no = device_no
        _decoded.queue_size = queue_size
        _decoded.queue_time = queue_time
        _decoded.load_factor = load_factor
        _decoded.est_wait_time = est_wait_time
        _decoded.logged_on_agents = logged_on_agents
        _decoded.avail_agents = avail_agents
        _decoded.transfer_flg = transfer_flg
        _decoded.transfer_device_type = transfer_device_type
        _decoded.transfer_device_no = transfer_device_no
        _decoded.skill_descrip = skill_descrip
        _decoded.max_queue_size = max_queue_size
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
            self.pilot_nbr,
            self.device_no,
            self.queue_size,
            self.queue_time,
            self.load_factor,
            self.est_wait_time,
            self.logged_on_agents,
            self.avail_agents,
            self.transfer_flg,
            self.transfer_device_type,
            self.transfer_device_no,
            self.skill_descrip,
            self.max_queue_size,
            self.additional_properties,
        ) == (
            other.pilot_nbr,  # type: ignore[attr-defined]
            other.device_no,  # type: ignore[attr-defined]
            other.queue_size,  # type: ignore[attr-defined]
            other.queue_time,  # type: ignore[attr-defined]
            other.load_factor,  # type: ignore[attr-defined]
            other.est_wait_time,  # type: ignore[attr-defined]
            other.logged_on_agents,  # type: ignore[attr-defined]
            other.avail_agents,  # type: ignore[attr-defined]
            other.transfer_flg,  # type: ignore[attr-defined]
            other.transfer_device_type,  # type: ignore[attr-defined]
            other.transfer_device_no,  # type: ignore[attr-defined]
            other.skill_descrip,  # type: ignore[attr-defined]
            other.max_queue_size,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"pilot_nbr={self.pilot_nbr!r}, "
            f"device_no={self.device_no!r}, "
            f"queue_size={self.queue_size!r}, "
            f"queue_time={self.queue_time!r}, "
            f"load_factor={self.load_factor!r}, "
            f"est_wait_time={self.est_wait_time!r}, "
            f"logged_on_agents={self.logged_on_agents!r}, "
            f"avail_agents={self.avail_agents!r}, "
            f"transfer_flg={self.transfer_flg!r}, "
            f"transfer_device_type={self.transfer_device_type!r}, "
            f"transfer_device_no={self.transfer_device_no!r}, "
            f"skill_descrip={self.skill_descrip!r}, "
            f"max_queue_size={self.max_queue_size!r}, "
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
    def queue_time_duration(self) -> datetime.timedelta | None:
        """`queueTime` (seconds) as a timedelta.

        None when not set (null, "" or absent) or when the value cannot be a duration (not a
        whole number, or too large); the raw value stays in `queue_time`.
        Never raises.
        """
        return duration_or_none(self.queue_time, "seconds")


_new = object.__new__
