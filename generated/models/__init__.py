"""Contains all the data models used in inputs/outputs"""

from .address_type import AddressType
from .agent_state import AgentState
from .agent_state_info import AgentStateInfo
from .call_direct_mode import CallDirectMode
from .call_info import CallInfo
from .call_trace import CallTrace
from .call_type import CallType
from .channel_attrib import ChannelAttrib
from .channel_state import ChannelState
from .conf_device_type import ConfDeviceType
from .conf_role import ConfRole
from .conf_state import ConfState
from .conference import Conference
from .conference_list import ConferenceList
from .conference_participant import ConferenceParticipant
from .device_call_type import DeviceCallType
from .media_ability import MediaAbility
from .media_type import MediaType
from .operation_command import OperationCommand
from .play_mode import PlayMode
from .query_call_app_data_response import QueryCallAppDataResponse
from .query_call_info_response import QueryCallInfoResponse
from .query_conf_infos_request import QueryConfInfosRequest
from .query_conf_infos_response import QueryConfInfosResponse
from .raw_call_info import RawCallInfo
from .reason_code import ReasonCode
from .request_agent_conf_request import RequestAgentConfRequest
from .request_agent_conf_response import RequestAgentConfResponse
from .reserved_result import ReservedResult
from .retcode import Retcode
from .sync_agent_info_response import SyncAgentInfoResponse
from .sync_agent_info_result import SyncAgentInfoResult
from .trace_device_type import TraceDeviceType

__all__ = (
    "AddressType",
    "AgentState",
    "AgentStateInfo",
    "CallDirectMode",
    "CallInfo",
    "CallTrace",
    "CallType",
    "ChannelAttrib",
    "ChannelState",
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
    "QueryCallAppDataResponse",
    "QueryCallInfoResponse",
    "QueryConfInfosRequest",
    "QueryConfInfosResponse",
    "RawCallInfo",
    "ReasonCode",
    "RequestAgentConfRequest",
    "RequestAgentConfResponse",
    "ReservedResult",
    "Retcode",
    "SyncAgentInfoResponse",
    "SyncAgentInfoResult",
    "TraceDeviceType",
)
