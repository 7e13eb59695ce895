from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import duration
from ..types import UNSET, Unset

T = TypeVar("T", bound="AcdStat")
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


@_attrs_define
class AcdStat:
    """Statistics of one skill queue."""

    pilot_nbr: None | str | Unset = UNSET
    """ Access code (pilot number) of the queue. """
    device_no: int | Unset = UNSET
    """ Skill queue ID. """
    queue_size: int | Unset = UNSET
    """ Callers waiting in the queue now. """
    queue_time: int | Unset = UNSET
    """ How long the longest-waiting caller has waited, in seconds. """
    load_factor: int | Unset = UNSET
    """ Not used. """
    est_wait_time: int | Unset = UNSET
    """ Not used. """
    logged_on_agents: int | Unset = UNSET
    """ Agents signed in to the queue. """
    avail_agents: int | Unset = UNSET
    """ Agents of the queue available (idle) now. """
    transfer_flg: int | Unset = UNSET
    """ What happens to overflowing calls (0 released, 2 transferred). """
    transfer_device_type: int | Unset = UNSET
    """ Device type of the overflow target. """
    transfer_device_no: int | Unset = UNSET
    """ Device number of the overflow target. """
    skill_descrip: None | str | Unset = UNSET
    """ Description of the skill queue. """
    max_queue_size: int | Unset = UNSET
    """ How many callers the queue holds at most. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pilot_nbr: None | str | Unset
        if isinstance(self.pilot_nbr, Unset):
            pilot_nbr = UNSET
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

        skill_descrip: None | str | Unset
        if isinstance(self.skill_descrip, Unset):
            skill_descrip = UNSET
        else:
            skill_descrip = self.skill_descrip

        max_queue_size = self.max_queue_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pilot_nbr is not UNSET:
            field_dict["pilotNbr"] = pilot_nbr
        if device_no is not UNSET:
            field_dict["deviceNo"] = device_no
        if queue_size is not UNSET:
            field_dict["queueSize"] = queue_size
        if queue_time is not UNSET:
            field_dict["queueTime"] = queue_time
        if load_factor is not UNSET:
            field_dict["loadFactor"] = load_factor
        if est_wait_time is not UNSET:
            field_dict["estWaitTime"] = est_wait_time
        if logged_on_agents is not UNSET:
            field_dict["loggedOnAgents"] = logged_on_agents
        if avail_agents is not UNSET:
            field_dict["availAgents"] = avail_agents
        if transfer_flg is not UNSET:
            field_dict["transferFlg"] = transfer_flg
        if transfer_device_type is not UNSET:
            field_dict["transferDeviceType"] = transfer_device_type
        if transfer_device_no is not UNSET:
            field_dict["transferDeviceNo"] = transfer_device_no
        if skill_descrip is not UNSET:
            field_dict["skillDescrip"] = skill_descrip
        if max_queue_size is not UNSET:
            field_dict["maxQueueSize"] = max_queue_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        pilot_nbr: None | str | Unset = get("pilotNbr", UNSET)

        device_no = get("deviceNo", UNSET)

        queue_size = get("queueSize", UNSET)

        queue_time = get("queueTime", UNSET)

        load_factor = get("loadFactor", UNSET)

        est_wait_time = get("estWaitTime", UNSET)

        logged_on_agents = get("loggedOnAgents", UNSET)

        avail_agents = get("availAgents", UNSET)

        transfer_flg = get("transferFlg", UNSET)

        transfer_device_type = get("transferDeviceType", UNSET)

        transfer_device_no = get("transferDeviceNo", UNSET)

        skill_descrip: None | str | Unset = get("skillDescrip", UNSET)

        max_queue_size = get("maxQueueSize", UNSET)

        acd_stat = cls(
            pilot_nbr,
            device_no,
            queue_size,
            queue_time,
            load_factor,
            est_wait_time,
            logged_on_agents,
            avail_agents,
            transfer_flg,
            transfer_device_type,
            transfer_device_no,
            skill_descrip,
            max_queue_size,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            acd_stat.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return acd_stat

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
    def queue_time_duration(self) -> datetime.timedelta | None:
        """`queueTime` (seconds) as a timedelta; None when not set."""
        return duration(self.queue_time, "seconds", "queueTime")
