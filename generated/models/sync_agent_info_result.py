from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.agent_state_info import AgentStateInfo
    from ..models.raw_call_info import RawCallInfo


T = TypeVar("T", bound="SyncAgentInfoResult")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "agent_state_info": "agentStateInfo",
    "sign_in_mode": "signInMode",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "callinfo",
        "agentStateInfo",
        "signInMode",
    }
)


@_attrs_define(eq=False, repr=False)
class SyncAgentInfoResult:
    """What a reloaded agent desktop needs to redraw itself.

    Attributes:
        callinfo (None | RawCallInfo | str): The current call's information; null when the agent has no call.
        agent_state_info (AgentStateInfo | None):  Wire name: `agentStateInfo`.
        sign_in_mode (int | None | str): The sign-in mode the agent signed in with (`signInMode` of `signIn`); absent
            from gateways older than AICC 25.200.0 (documentation issue 24).  Wire name: `signInMode`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    callinfo: None | RawCallInfo | str = None
    """ The current call's information; null when the agent has no call. """
    agent_state_info: AgentStateInfo | None = None

    sign_in_mode: int | None | str = None
    """ The sign-in mode the agent signed in with (`signInMode` of `signIn`); absent from
    gateways older than AICC 25.200.0 (documentation issue 24).
     """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        callinfo: dict[str, Any] | None | str
        if self.callinfo is None:
            callinfo = None
        elif isinstance(self.callinfo, RawCallInfo):
            callinfo = self.callinfo.to_dict()
        else:
            callinfo = self.callinfo

        agent_state_info: dict[str, Any] | None
        if self.agent_state_info is None:
            agent_state_info = None
        elif isinstance(self.agent_state_info, AgentStateInfo):
            agent_state_info = self.agent_state_info.to_dict()
        else:
            agent_state_info = self.agent_state_info

        sign_in_mode: int | None | str
        if self.sign_in_mode is None:
            sign_in_mode = None
        else:
            sign_in_mode = self.sign_in_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if callinfo is not None:
            field_dict["callinfo"] = callinfo
        elif "callinfo" in received:
            field_dict["callinfo"] = None
        if agent_state_info is not None:
            field_dict["agentStateInfo"] = agent_state_info
        elif "agentStateInfo" in received:
            field_dict["agentStateInfo"] = None
        if sign_in_mode is not None:
            field_dict["signInMode"] = sign_in_mode
        elif "signInMode" in received:
            field_dict["signInMode"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _callinfo_data = get("callinfo")
        callinfo: None | RawCallInfo | str
        _callinfo_found = False
        if _callinfo_data is None:
            callinfo = None
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

        _agent_state_info_data = get("agentStateInfo")
        agent_state_info: AgentStateInfo | None
        _agent_state_info_found = False
        if _agent_state_info_data is None:
            agent_state_info = None
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

        sign_in_mode: int | None | str = get("signInMode")

        _decoded = _new(cls)
        _decoded.callinfo = callinfo
        _decoded.agent_state_info = agent_state_info
        _decoded.sign_in_mode = sign_in_mode
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
            self.callinfo,
            self.agent_state_info,
            self.sign_in_mode,
            self.additional_properties,
        ) == (
            other.callinfo,  # type: ignore[attr-defined]
            other.agent_state_info,  # type: ignore[attr-defined]
            other.sign_in_mode,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"callinfo={self.callinfo!r}, "
            f"agent_state_info={self.agent_state_info!r}, "
            f"sign_in_mode={self.sign_in_mode!r}, "
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
from ..models.agent_state_info import AgentStateInfo
from ..models.raw_call_info import RawCallInfo
