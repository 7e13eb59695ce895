"""Contains all the data models used in inputs/outputs"""

from .address_type import AddressType
from .agent_event import AgentEvent
from .agent_event_response import AgentEventResponse
from .agent_state import AgentState
from .agent_state_info import AgentStateInfo
from .agent_status import AgentStatus
from .agent_status_response import AgentStatusResponse
from .agent_type import AgentType
from .call_direct_mode import CallDirectMode
from .call_id_list_response import CallIdListResponse
from .call_id_response import CallIdResponse
from .call_info import CallInfo
from .call_info_list_response import CallInfoListResponse
from .call_inner_request import CallInnerRequest
from .call_out_media_ability import CallOutMediaAbility
from .call_out_request import CallOutRequest
from .call_trace import CallTrace
from .call_type import CallType
from .channel_attrib import ChannelAttrib
from .channel_state import ChannelState
from .conf_device_type import ConfDeviceType
from .conf_join_request import ConfJoinRequest
from .conf_role import ConfRole
from .conf_state import ConfState
from .conference import Conference
from .conference_failed_content import ConferenceFailedContent
from .conference_id_content import ConferenceIdContent
from .conference_list import ConferenceList
from .conference_participant import ConferenceParticipant
from .customer_alerting_content import CustomerAlertingContent
from .device_call_type import DeviceCallType
from .done_response import DoneResponse
from .event_type import EventType
from .external_transfer_mode import ExternalTransferMode
from .gateway_agent_state import GatewayAgentState
from .help_device_type import HelpDeviceType
from .help_mode import HelpMode
from .incoming_call_info_content import IncomingCallInfoContent
from .inner_help_request import InnerHelpRequest
from .internal_transfer_mode import InternalTransferMode
from .linkage_phone_state import LinkagePhoneState
from .linkage_phone_status_content import LinkagePhoneStatusContent
from .media_ability import MediaAbility
from .media_type import MediaType
from .operation_command import OperationCommand
from .participant_change_type import ParticipantChangeType
from .participant_changed_content import ParticipantChangedContent
from .participant_leave_reason import ParticipantLeaveReason
from .participant_type import ParticipantType
from .phone_line import PhoneLine
from .phone_offhook_content import PhoneOffhookContent
from .play_mode import PlayMode
from .playback_result_content import PlaybackResultContent
from .pushed_events import PushedEvents
from .quality_control_notify_content import QualityControlNotifyContent
from .query_call_app_data_response import QueryCallAppDataResponse
from .query_call_info_response import QueryCallInfoResponse
from .query_conf_infos_request import QueryConfInfosRequest
from .query_conf_infos_response import QueryConfInfosResponse
from .raw_call_info import RawCallInfo
from .raw_event_content import RawEventContent
from .reason_code import ReasonCode
from .request_agent_conf_request import RequestAgentConfRequest
from .request_agent_conf_response import RequestAgentConfResponse
from .reserved_result import ReservedResult
from .retcode import Retcode
from .set_call_data_request import SetCallDataRequest
from .shutdown_service_content import ShutdownServiceContent
from .sign_in_options import SignInOptions
from .sign_in_platform_only_request import SignInPlatformOnlyRequest
from .sign_in_request import SignInRequest
from .sign_in_response import SignInResponse
from .sign_in_result import SignInResult
from .sign_in_status import SignInStatus
from .sync_agent_info_response import SyncAgentInfoResponse
from .sync_agent_info_result import SyncAgentInfoResult
from .trace_device_type import TraceDeviceType
from .transfer_device_type import TransferDeviceType
from .transfer_request import TransferRequest
from .update_guid_response import UpdateGuidResponse
from .update_guid_result import UpdateGuidResult

__all__ = (
    "AddressType",
    "AgentEvent",
    "AgentEventResponse",
    "AgentState",
    "AgentStateInfo",
    "AgentStatus",
    "AgentStatusResponse",
    "AgentType",
    "CallDirectMode",
    "CallIdListResponse",
    "CallIdResponse",
    "CallInfo",
    "CallInfoListResponse",
    "CallInnerRequest",
    "CallOutMediaAbility",
    "CallOutRequest",
    "CallTrace",
    "CallType",
    "ChannelAttrib",
    "ChannelState",
    "ConfDeviceType",
    "ConfJoinRequest",
    "ConfRole",
    "ConfState",
    "Conference",
    "ConferenceFailedContent",
    "ConferenceIdContent",
    "ConferenceList",
    "ConferenceParticipant",
    "CustomerAlertingContent",
    "DeviceCallType",
    "DoneResponse",
    "EventType",
    "ExternalTransferMode",
    "GatewayAgentState",
    "HelpDeviceType",
    "HelpMode",
    "IncomingCallInfoContent",
    "InnerHelpRequest",
    "InternalTransferMode",
    "LinkagePhoneState",
    "LinkagePhoneStatusContent",
    "MediaAbility",
    "MediaType",
    "OperationCommand",
    "ParticipantChangeType",
    "ParticipantChangedContent",
    "ParticipantLeaveReason",
    "ParticipantType",
    "PhoneLine",
    "PhoneOffhookContent",
    "PlayMode",
    "PlaybackResultContent",
    "PushedEvents",
    "QualityControlNotifyContent",
    "QueryCallAppDataResponse",
    "QueryCallInfoResponse",
    "QueryConfInfosRequest",
    "QueryConfInfosResponse",
    "RawCallInfo",
    "RawEventContent",
    "ReasonCode",
    "RequestAgentConfRequest",
    "RequestAgentConfResponse",
    "ReservedResult",
    "Retcode",
    "SetCallDataRequest",
    "ShutdownServiceContent",
    "SignInOptions",
    "SignInPlatformOnlyRequest",
    "SignInRequest",
    "SignInResponse",
    "SignInResult",
    "SignInStatus",
    "SyncAgentInfoResponse",
    "SyncAgentInfoResult",
    "TraceDeviceType",
    "TransferDeviceType",
    "TransferRequest",
    "UpdateGuidResponse",
    "UpdateGuidResult",
)
