"""Python client for the agent gateway (CC-Gateway) of Huawei Cloud Customer Engagement Center.

The typed models and the raw operation functions are generated from ``openapi.yaml`` into
:mod:`cec_agentgateway.generated`; this package re-exports the parts callers use by name.
"""

from ._version import __version__
from .generated.client import Client
from .generated.models import (
    AddressType,
    AgentState,
    AgentStateInfo,
    CallDirectMode,
    CallInfo,
    CallTrace,
    CallType,
    ChannelAttrib,
    ChannelState,
    ConfDeviceType,
    Conference,
    ConferenceList,
    ConferenceParticipant,
    ConfRole,
    ConfState,
    DeviceCallType,
    MediaAbility,
    MediaType,
    OperationCommand,
    PlayMode,
    ReasonCode,
    Retcode,
    SyncAgentInfoResult,
    TraceDeviceType,
)

__all__ = [
    "AddressType",
    "AgentState",
    "AgentStateInfo",
    "CallDirectMode",
    "CallInfo",
    "CallTrace",
    "CallType",
    "ChannelAttrib",
    "ChannelState",
    "Client",
    "ConfDeviceType",
    "ConfRole",
    "ConfState",
    "Conference",
    "ConferenceList",
    "ConferenceParticipant",
    "DeviceCallType",
    "MediaAbility",
    "MediaType",
    "OperationCommand",
    "PlayMode",
    "ReasonCode",
    "Retcode",
    "SyncAgentInfoResult",
    "TraceDeviceType",
    "__version__",
]
