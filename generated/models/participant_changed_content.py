from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conf_device_type import ConfDeviceType
from ..models.device_call_type import DeviceCallType
from ..models.participant_change_type import ParticipantChangeType
from ..models.participant_leave_reason import ParticipantLeaveReason
from ..models.participant_type import ParticipantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantChangedContent")
_ConfDeviceType_VALUES = ConfDeviceType._value2member_map_
_DeviceCallType_VALUES = DeviceCallType._value2member_map_
_ParticipantChangeType_VALUES = ParticipantChangeType._value2member_map_
_ParticipantLeaveReason_VALUES = ParticipantLeaveReason._value2member_map_
_ParticipantType_VALUES = ParticipantType._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "result",
        "changeType",
        "changeReason",
        "confId",
        "participant",
        "participantType",
        "deviceCallType",
        "deviceType",
    }
)


@_attrs_define
class ParticipantChangedContent:
    """Content of AgentConf_ParticipantChanged."""

    result: int | Unset = UNSET
    """ 0 when the change succeeded, another value when it failed. """
    change_type: ParticipantChangeType | Unset = UNSET
    """ What happened to a conference participant. """
    change_reason: ParticipantLeaveReason | Unset = UNSET
    """ Why a participant left (meaningful when `changeType` is 1, left). """
    conf_id: int | Unset = UNSET
    participant: str | Unset = UNSET
    """ The participant's phone number or agent ID. """
    participant_type: ParticipantType | Unset = UNSET
    """ What a participant address in an event is (the integer form of `AddressType`). """
    device_call_type: DeviceCallType | Unset = UNSET
    """ User-defined device call type of a conference participant (Device Type appendix, Table 3). """
    device_type: ConfDeviceType | Unset = UNSET
    """ User-defined device type of a conference participant (Device Type appendix, Table 2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        change_type: int | Unset = UNSET
        if not isinstance(self.change_type, Unset):
            change_type = self.change_type.value

        change_reason: int | Unset = UNSET
        if not isinstance(self.change_reason, Unset):
            change_reason = self.change_reason.value

        conf_id = self.conf_id

        participant = self.participant

        participant_type: int | Unset = UNSET
        if not isinstance(self.participant_type, Unset):
            participant_type = self.participant_type.value

        device_call_type: int | Unset = UNSET
        if not isinstance(self.device_call_type, Unset):
            device_call_type = self.device_call_type.value

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if change_type is not UNSET:
            field_dict["changeType"] = change_type
        if change_reason is not UNSET:
            field_dict["changeReason"] = change_reason
        if conf_id is not UNSET:
            field_dict["confId"] = conf_id
        if participant is not UNSET:
            field_dict["participant"] = participant
        if participant_type is not UNSET:
            field_dict["participantType"] = participant_type
        if device_call_type is not UNSET:
            field_dict["deviceCallType"] = device_call_type
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        result = get("result", UNSET)

        _change_type = get("changeType", UNSET)
        change_type: ParticipantChangeType | Unset
        if _change_type is UNSET:
            change_type = UNSET
        else:
            try:
                change_type = _ParticipantChangeType_VALUES[_change_type]
            except (KeyError, TypeError):
                change_type = ParticipantChangeType(_change_type)

        _change_reason = get("changeReason", UNSET)
        change_reason: ParticipantLeaveReason | Unset
        if _change_reason is UNSET:
            change_reason = UNSET
        else:
            try:
                change_reason = _ParticipantLeaveReason_VALUES[_change_reason]
            except (KeyError, TypeError):
                change_reason = ParticipantLeaveReason(_change_reason)

        conf_id = get("confId", UNSET)

        participant = get("participant", UNSET)

        _participant_type = get("participantType", UNSET)
        participant_type: ParticipantType | Unset
        if _participant_type is UNSET:
            participant_type = UNSET
        else:
            try:
                participant_type = _ParticipantType_VALUES[_participant_type]
            except (KeyError, TypeError):
                participant_type = ParticipantType(_participant_type)

        _device_call_type = get("deviceCallType", UNSET)
        device_call_type: DeviceCallType | Unset
        if _device_call_type is UNSET:
            device_call_type = UNSET
        else:
            try:
                device_call_type = _DeviceCallType_VALUES[_device_call_type]
            except (KeyError, TypeError):
                device_call_type = DeviceCallType(_device_call_type)

        _device_type = get("deviceType", UNSET)
        device_type: ConfDeviceType | Unset
        if _device_type is UNSET:
            device_type = UNSET
        else:
            try:
                device_type = _ConfDeviceType_VALUES[_device_type]
            except (KeyError, TypeError):
                device_type = ConfDeviceType(_device_type)

        participant_changed_content = cls(
            result,
            change_type,
            change_reason,
            conf_id,
            participant,
            participant_type,
            device_call_type,
            device_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            participant_changed_content.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return participant_changed_content

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
