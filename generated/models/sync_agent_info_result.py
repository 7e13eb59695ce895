from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_state_info import AgentStateInfo
    from ..models.raw_call_info import RawCallInfo


T = TypeVar("T", bound="SyncAgentInfoResult")
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callinfo",
        "agentStateInfo",
        "signInMode",
    }
)


@_attrs_define
class SyncAgentInfoResult:
    """What a reloaded agent desktop needs to redraw itself."""

    callinfo: None | RawCallInfo | str | Unset = UNSET
    """ The current call's information; null when the agent has no call. """
    agent_state_info: AgentStateInfo | None | Unset = UNSET
    sign_in_mode: int | None | str | Unset = UNSET
    """ The sign-in mode the agent signed in with (`signInMode` of `signIn`); absent from
    gateways older than AICC 25.200.0 (documentation issue 24).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_state_info import AgentStateInfo
        from ..models.raw_call_info import RawCallInfo

        callinfo: dict[str, Any] | None | str | Unset
        if isinstance(self.callinfo, Unset):
            callinfo = UNSET
        elif isinstance(self.callinfo, RawCallInfo):
            callinfo = self.callinfo.to_dict()
        else:
            callinfo = self.callinfo

        agent_state_info: dict[str, Any] | None | Unset
        if isinstance(self.agent_state_info, Unset):
            agent_state_info = UNSET
        elif isinstance(self.agent_state_info, AgentStateInfo):
            agent_state_info = self.agent_state_info.to_dict()
        else:
            agent_state_info = self.agent_state_info

        sign_in_mode: int | None | str | Unset
        if isinstance(self.sign_in_mode, Unset):
            sign_in_mode = UNSET
        else:
            sign_in_mode = self.sign_in_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callinfo is not UNSET:
            field_dict["callinfo"] = callinfo
        if agent_state_info is not UNSET:
            field_dict["agentStateInfo"] = agent_state_info
        if sign_in_mode is not UNSET:
            field_dict["signInMode"] = sign_in_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_state_info import AgentStateInfo
        from ..models.raw_call_info import RawCallInfo

        get = src_dict.get
        _callinfo_data = get("callinfo", UNSET)
        callinfo: None | RawCallInfo | str | Unset
        _callinfo_found = False
        if _callinfo_data is None:
            callinfo = None
            _callinfo_found = True
        if _callinfo_data is UNSET:
            callinfo = UNSET
            _callinfo_found = True
        if not _callinfo_found and isinstance(_callinfo_data, dict):
            try:
                callinfo_raw_call_info = RawCallInfo.from_dict(_callinfo_data)

                callinfo = callinfo_raw_call_info
                _callinfo_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _callinfo_found:
            callinfo = _callinfo_data  # type: ignore[assignment]

        _agent_state_info_data = get("agentStateInfo", UNSET)
        agent_state_info: AgentStateInfo | None | Unset
        _agent_state_info_found = False
        if _agent_state_info_data is None:
            agent_state_info = None
            _agent_state_info_found = True
        if _agent_state_info_data is UNSET:
            agent_state_info = UNSET
            _agent_state_info_found = True
        if not _agent_state_info_found and isinstance(_agent_state_info_data, dict):
            try:
                agent_state_info_type_0 = AgentStateInfo.from_dict(_agent_state_info_data)

                agent_state_info = agent_state_info_type_0
                _agent_state_info_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _agent_state_info_found:
            agent_state_info = _agent_state_info_data  # type: ignore[assignment]

        sign_in_mode: int | None | str | Unset = get("signInMode", UNSET)

        sync_agent_info_result = cls(
            callinfo,
            agent_state_info,
            sign_in_mode,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sync_agent_info_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sync_agent_info_result

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
