"""Contains all the data models used in inputs/outputs.

cec-agentgateway: a model's module is imported when its name is first used (PEP 562), so
importing one model does not build the other attrs classes. Type checkers and IDEs see every
name through the TYPE_CHECKING imports.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .abandoned_call_content import AbandonedCallContent
    from .access_code import AccessCode
    from .access_code_list_response import AccessCodeListResponse
    from .acd_stat import AcdStat
    from .address_type import AddressType
    from .adjust_skill_request import AdjustSkillRequest
    from .agent_event import AgentEvent
    from .agent_event_response import AgentEventResponse
    from .agent_group import AgentGroup
    from .agent_group_list_response import AgentGroupListResponse
    from .agent_group_response import AgentGroupResponse
    from .agent_message_content import AgentMessageContent
    from .agent_state import AgentState
    from .agent_state_entry import AgentStateEntry
    from .agent_state_info import AgentStateInfo
    from .agent_state_list_response import AgentStateListResponse
    from .agent_status import AgentStatus
    from .agent_status_response import AgentStatusResponse
    from .agent_type import AgentType
    from .all_agent_event_response import AllAgentEventResponse
    from .assign_user_in_queue_request import AssignUserInQueueRequest
    from .batch_add_participant_request import BatchAddParticipantRequest
    from .begin_net_play_request import BeginNetPlayRequest
    from .begin_play_request import BeginPlayRequest
    from .begin_record_request import BeginRecordRequest
    from .bulletin_target_type import BulletinTargetType
    from .call_direct_mode import CallDirectMode
    from .call_event_content import CallEventContent
    from .call_id_list_response import CallIdListResponse
    from .call_id_response import CallIdResponse
    from .call_info import CallInfo
    from .call_info_list_response import CallInfoListResponse
    from .call_inner_request import CallInnerRequest
    from .call_inner_skill_request import CallInnerSkillRequest
    from .call_out_media_ability import CallOutMediaAbility
    from .call_out_request import CallOutRequest
    from .call_trace import CallTrace
    from .call_type import CallType
    from .cancel_preview_call_out_request import CancelPreviewCallOutRequest
    from .change_participant_mode_request import ChangeParticipantModeRequest
    from .change_password_request import ChangePasswordRequest
    from .channel_attrib import ChannelAttrib
    from .channel_capacity_request import ChannelCapacityRequest
    from .channel_state import ChannelState
    from .chat_channel import ChatChannel
    from .chat_content import ChatContent
    from .chat_file_response import ChatFileResponse
    from .chat_file_result import ChatFileResult
    from .chat_file_upload_request import ChatFileUploadRequest
    from .chat_transfer_device_type import ChatTransferDeviceType
    from .chat_transfer_mode import ChatTransferMode
    from .conf_device_type import ConfDeviceType
    from .conf_join_request import ConfJoinRequest
    from .conf_party_request import ConfPartyRequest
    from .conf_role import ConfRole
    from .conf_state import ConfState
    from .conference import Conference
    from .conference_failed_content import ConferenceFailedContent
    from .conference_id_content import ConferenceIdContent
    from .conference_list import ConferenceList
    from .conference_participant import ConferenceParticipant
    from .custom_state_response import CustomStateResponse
    from .custom_state_result import CustomStateResult
    from .customer_alerting_content import CustomerAlertingContent
    from .customer_release_content import CustomerReleaseContent
    from .device_call_type import DeviceCallType
    from .done_response import DoneResponse
    from .event_address import EventAddress
    from .event_type import EventType
    from .external_transfer_mode import ExternalTransferMode
    from .flag_response import FlagResponse
    from .gateway_agent_state import GatewayAgentState
    from .group_agent import GroupAgent
    from .group_agent_list_response import GroupAgentListResponse
    from .group_agent_response import GroupAgentResponse
    from .heartbeat_response import HeartbeatResponse
    from .heartbeat_result import HeartbeatResult
    from .help_device_type import HelpDeviceType
    from .help_mode import HelpMode
    from .hold_participant_request import HoldParticipantRequest
    from .idle_agent import IdleAgent
    from .idle_agent_list_response import IdleAgentListResponse
    from .incoming_call_info_content import IncomingCallInfoContent
    from .inner_help_request import InnerHelpRequest
    from .internal_transfer_mode import InternalTransferMode
    from .ivr_info import IvrInfo
    from .ivr_info_list_response import IvrInfoListResponse
    from .join_conference_content import JoinConferenceContent
    from .legacy_push_acknowledgement import LegacyPushAcknowledgement
    from .legacy_pushed_event import LegacyPushedEvent
    from .linkage_phone_hold_content import LinkagePhoneHoldContent
    from .linkage_phone_state import LinkagePhoneState
    from .linkage_phone_status_content import LinkagePhoneStatusContent
    from .linkage_phone_transfer_out_content import LinkagePhoneTransferOutContent
    from .login_info_response import LoginInfoResponse
    from .login_info_result import LoginInfoResult
    from .media_ability import MediaAbility
    from .media_chat_transfer_request import MediaChatTransferRequest
    from .media_message_request import MediaMessageRequest
    from .media_type import MediaType
    from .message_data_content import MessageDataContent
    from .message_without_call_request import MessageWithoutCallRequest
    from .modify_conf_resource_request import ModifyConfResourceRequest
    from .multimedia_conference_request import MultimediaConferenceRequest
    from .multimedia_invite_request import MultimediaInviteRequest
    from .multimedia_join_result_request import MultimediaJoinResultRequest
    from .multimedia_stop_request import MultimediaStopRequest
    from .net_play_file_format import NetPlayFileFormat
    from .net_play_repeat import NetPlayRepeat
    from .not_ready_content import NotReadyContent
    from .notify_bulletin_request import NotifyBulletinRequest
    from .operation_command import OperationCommand
    from .outbound_detect_content import OutboundDetectContent
    from .participant_change_type import ParticipantChangeType
    from .participant_changed_content import ParticipantChangedContent
    from .participant_leave_reason import ParticipantLeaveReason
    from .participant_type import ParticipantType
    from .phone_alerting_content import PhoneAlertingContent
    from .phone_line import PhoneLine
    from .phone_offhook_content import PhoneOffhookContent
    from .phone_release_content import PhoneReleaseContent
    from .platform_only_sign_in_status import PlatformOnlySignInStatus
    from .play_code_format import PlayCodeFormat
    from .play_mode import PlayMode
    from .play_stop_cause import PlayStopCause
    from .play_stopped_content import PlayStoppedContent
    from .playback_result_content import PlaybackResultContent
    from .preview_call_content import PreviewCallContent
    from .preview_call_out_request import PreviewCallOutRequest
    from .prolong_conf_time_request import ProlongConfTimeRequest
    from .pushed_events import PushedEvents
    from .qc_switch_type import QcSwitchType
    from .quality_control_notify_content import QualityControlNotifyContent
    from .query_acd_stat_request import QueryAcdStatRequest
    from .query_acd_stat_response import QueryAcdStatResponse
    from .query_call_app_data_response import QueryCallAppDataResponse
    from .query_call_info_response import QueryCallInfoResponse
    from .query_conf_infos_request import QueryConfInfosRequest
    from .query_conf_infos_response import QueryConfInfosResponse
    from .query_skill_stat_request import QuerySkillStatRequest
    from .query_vdn_conf_ids_response import QueryVdnConfIdsResponse
    from .raw_call_info import RawCallInfo
    from .raw_event_content import RawEventContent
    from .reason_code import ReasonCode
    from .record_file_type import RecordFileType
    from .record_media_type import RecordMediaType
    from .record_stopped_content import RecordStoppedContent
    from .recording_content import RecordingContent
    from .request_agent_conf_request import RequestAgentConfRequest
    from .request_agent_conf_response import RequestAgentConfResponse
    from .reserved_result import ReservedResult
    from .rest_reason import RestReason
    from .rest_reason_list_response import RestReasonListResponse
    from .retcode import Retcode
    from .send_note_request import SendNoteRequest
    from .set_call_data_request import SetCallDataRequest
    from .set_chat_capacity_by_channel_request import SetChatCapacityByChannelRequest
    from .set_chat_capacity_request import SetChatCapacityRequest
    from .shutdown_service_content import ShutdownServiceContent
    from .sign_in_options import SignInOptions
    from .sign_in_platform_only_request import SignInPlatformOnlyRequest
    from .sign_in_request import SignInRequest
    from .sign_in_response import SignInResponse
    from .sign_in_result import SignInResult
    from .sign_in_status import SignInStatus
    from .skill import Skill
    from .skill_list_response import SkillListResponse
    from .skill_selection import SkillSelection
    from .sync_agent_info_response import SyncAgentInfoResponse
    from .sync_agent_info_result import SyncAgentInfoResult
    from .text_chat_message_request import TextChatMessageRequest
    from .text_chat_transfer_request import TextChatTransferRequest
    from .three_party_call_content import ThreePartyCallContent
    from .trace_device_type import TraceDeviceType
    from .transfer_device_type import TransferDeviceType
    from .transfer_request import TransferRequest
    from .transfer_result_content import TransferResultContent
    from .update_guid_response import UpdateGuidResponse
    from .update_guid_result import UpdateGuidResult
    from .user_media_ability_content import UserMediaAbilityContent
    from .vdn_conf_ids import VdnConfIds
    from .vdn_skill import VdnSkill
    from .vdn_skill_list_response import VdnSkillListResponse
    from .video_file_type import VideoFileType
    from .wait_count_response import WaitCountResponse

# model name -> the module (relative to this package) that defines it
_MODULES = {
    "AbandonedCallContent": ".abandoned_call_content",
    "AccessCode": ".access_code",
    "AccessCodeListResponse": ".access_code_list_response",
    "AcdStat": ".acd_stat",
    "AddressType": ".address_type",
    "AdjustSkillRequest": ".adjust_skill_request",
    "AgentEvent": ".agent_event",
    "AgentEventResponse": ".agent_event_response",
    "AgentGroup": ".agent_group",
    "AgentGroupListResponse": ".agent_group_list_response",
    "AgentGroupResponse": ".agent_group_response",
    "AgentMessageContent": ".agent_message_content",
    "AgentState": ".agent_state",
    "AgentStateEntry": ".agent_state_entry",
    "AgentStateInfo": ".agent_state_info",
    "AgentStateListResponse": ".agent_state_list_response",
    "AgentStatus": ".agent_status",
    "AgentStatusResponse": ".agent_status_response",
    "AgentType": ".agent_type",
    "AllAgentEventResponse": ".all_agent_event_response",
    "AssignUserInQueueRequest": ".assign_user_in_queue_request",
    "BatchAddParticipantRequest": ".batch_add_participant_request",
    "BeginNetPlayRequest": ".begin_net_play_request",
    "BeginPlayRequest": ".begin_play_request",
    "BeginRecordRequest": ".begin_record_request",
    "BulletinTargetType": ".bulletin_target_type",
    "CallDirectMode": ".call_direct_mode",
    "CallEventContent": ".call_event_content",
    "CallIdListResponse": ".call_id_list_response",
    "CallIdResponse": ".call_id_response",
    "CallInfo": ".call_info",
    "CallInfoListResponse": ".call_info_list_response",
    "CallInnerRequest": ".call_inner_request",
    "CallInnerSkillRequest": ".call_inner_skill_request",
    "CallOutMediaAbility": ".call_out_media_ability",
    "CallOutRequest": ".call_out_request",
    "CallTrace": ".call_trace",
    "CallType": ".call_type",
    "CancelPreviewCallOutRequest": ".cancel_preview_call_out_request",
    "ChangeParticipantModeRequest": ".change_participant_mode_request",
    "ChangePasswordRequest": ".change_password_request",
    "ChannelAttrib": ".channel_attrib",
    "ChannelCapacityRequest": ".channel_capacity_request",
    "ChannelState": ".channel_state",
    "ChatChannel": ".chat_channel",
    "ChatContent": ".chat_content",
    "ChatFileResponse": ".chat_file_response",
    "ChatFileResult": ".chat_file_result",
    "ChatFileUploadRequest": ".chat_file_upload_request",
    "ChatTransferDeviceType": ".chat_transfer_device_type",
    "ChatTransferMode": ".chat_transfer_mode",
    "ConfDeviceType": ".conf_device_type",
    "ConfJoinRequest": ".conf_join_request",
    "ConfPartyRequest": ".conf_party_request",
    "ConfRole": ".conf_role",
    "ConfState": ".conf_state",
    "Conference": ".conference",
    "ConferenceFailedContent": ".conference_failed_content",
    "ConferenceIdContent": ".conference_id_content",
    "ConferenceList": ".conference_list",
    "ConferenceParticipant": ".conference_participant",
    "CustomStateResponse": ".custom_state_response",
    "CustomStateResult": ".custom_state_result",
    "CustomerAlertingContent": ".customer_alerting_content",
    "CustomerReleaseContent": ".customer_release_content",
    "DeviceCallType": ".device_call_type",
    "DoneResponse": ".done_response",
    "EventAddress": ".event_address",
    "EventType": ".event_type",
    "ExternalTransferMode": ".external_transfer_mode",
    "FlagResponse": ".flag_response",
    "GatewayAgentState": ".gateway_agent_state",
    "GroupAgent": ".group_agent",
    "GroupAgentListResponse": ".group_agent_list_response",
    "GroupAgentResponse": ".group_agent_response",
    "HeartbeatResponse": ".heartbeat_response",
    "HeartbeatResult": ".heartbeat_result",
    "HelpDeviceType": ".help_device_type",
    "HelpMode": ".help_mode",
    "HoldParticipantRequest": ".hold_participant_request",
    "IdleAgent": ".idle_agent",
    "IdleAgentListResponse": ".idle_agent_list_response",
    "IncomingCallInfoContent": ".incoming_call_info_content",
    "InnerHelpRequest": ".inner_help_request",
    "InternalTransferMode": ".internal_transfer_mode",
    "IvrInfo": ".ivr_info",
    "IvrInfoListResponse": ".ivr_info_list_response",
    "JoinConferenceContent": ".join_conference_content",
    "LegacyPushAcknowledgement": ".legacy_push_acknowledgement",
    "LegacyPushedEvent": ".legacy_pushed_event",
    "LinkagePhoneHoldContent": ".linkage_phone_hold_content",
    "LinkagePhoneState": ".linkage_phone_state",
    "LinkagePhoneStatusContent": ".linkage_phone_status_content",
    "LinkagePhoneTransferOutContent": ".linkage_phone_transfer_out_content",
    "LoginInfoResponse": ".login_info_response",
    "LoginInfoResult": ".login_info_result",
    "MediaAbility": ".media_ability",
    "MediaChatTransferRequest": ".media_chat_transfer_request",
    "MediaMessageRequest": ".media_message_request",
    "MediaType": ".media_type",
    "MessageDataContent": ".message_data_content",
    "MessageWithoutCallRequest": ".message_without_call_request",
    "ModifyConfResourceRequest": ".modify_conf_resource_request",
    "MultimediaConferenceRequest": ".multimedia_conference_request",
    "MultimediaInviteRequest": ".multimedia_invite_request",
    "MultimediaJoinResultRequest": ".multimedia_join_result_request",
    "MultimediaStopRequest": ".multimedia_stop_request",
    "NetPlayFileFormat": ".net_play_file_format",
    "NetPlayRepeat": ".net_play_repeat",
    "NotReadyContent": ".not_ready_content",
    "NotifyBulletinRequest": ".notify_bulletin_request",
    "OperationCommand": ".operation_command",
    "OutboundDetectContent": ".outbound_detect_content",
    "ParticipantChangeType": ".participant_change_type",
    "ParticipantChangedContent": ".participant_changed_content",
    "ParticipantLeaveReason": ".participant_leave_reason",
    "ParticipantType": ".participant_type",
    "PhoneAlertingContent": ".phone_alerting_content",
    "PhoneLine": ".phone_line",
    "PhoneOffhookContent": ".phone_offhook_content",
    "PhoneReleaseContent": ".phone_release_content",
    "PlatformOnlySignInStatus": ".platform_only_sign_in_status",
    "PlayCodeFormat": ".play_code_format",
    "PlayMode": ".play_mode",
    "PlayStopCause": ".play_stop_cause",
    "PlayStoppedContent": ".play_stopped_content",
    "PlaybackResultContent": ".playback_result_content",
    "PreviewCallContent": ".preview_call_content",
    "PreviewCallOutRequest": ".preview_call_out_request",
    "ProlongConfTimeRequest": ".prolong_conf_time_request",
    "PushedEvents": ".pushed_events",
    "QcSwitchType": ".qc_switch_type",
    "QualityControlNotifyContent": ".quality_control_notify_content",
    "QueryAcdStatRequest": ".query_acd_stat_request",
    "QueryAcdStatResponse": ".query_acd_stat_response",
    "QueryCallAppDataResponse": ".query_call_app_data_response",
    "QueryCallInfoResponse": ".query_call_info_response",
    "QueryConfInfosRequest": ".query_conf_infos_request",
    "QueryConfInfosResponse": ".query_conf_infos_response",
    "QuerySkillStatRequest": ".query_skill_stat_request",
    "QueryVdnConfIdsResponse": ".query_vdn_conf_ids_response",
    "RawCallInfo": ".raw_call_info",
    "RawEventContent": ".raw_event_content",
    "ReasonCode": ".reason_code",
    "RecordFileType": ".record_file_type",
    "RecordMediaType": ".record_media_type",
    "RecordStoppedContent": ".record_stopped_content",
    "RecordingContent": ".recording_content",
    "RequestAgentConfRequest": ".request_agent_conf_request",
    "RequestAgentConfResponse": ".request_agent_conf_response",
    "ReservedResult": ".reserved_result",
    "RestReason": ".rest_reason",
    "RestReasonListResponse": ".rest_reason_list_response",
    "Retcode": ".retcode",
    "SendNoteRequest": ".send_note_request",
    "SetCallDataRequest": ".set_call_data_request",
    "SetChatCapacityByChannelRequest": ".set_chat_capacity_by_channel_request",
    "SetChatCapacityRequest": ".set_chat_capacity_request",
    "ShutdownServiceContent": ".shutdown_service_content",
    "SignInOptions": ".sign_in_options",
    "SignInPlatformOnlyRequest": ".sign_in_platform_only_request",
    "SignInRequest": ".sign_in_request",
    "SignInResponse": ".sign_in_response",
    "SignInResult": ".sign_in_result",
    "SignInStatus": ".sign_in_status",
    "Skill": ".skill",
    "SkillListResponse": ".skill_list_response",
    "SkillSelection": ".skill_selection",
    "SyncAgentInfoResponse": ".sync_agent_info_response",
    "SyncAgentInfoResult": ".sync_agent_info_result",
    "TextChatMessageRequest": ".text_chat_message_request",
    "TextChatTransferRequest": ".text_chat_transfer_request",
    "ThreePartyCallContent": ".three_party_call_content",
    "TraceDeviceType": ".trace_device_type",
    "TransferDeviceType": ".transfer_device_type",
    "TransferRequest": ".transfer_request",
    "TransferResultContent": ".transfer_result_content",
    "UpdateGuidResponse": ".update_guid_response",
    "UpdateGuidResult": ".update_guid_result",
    "UserMediaAbilityContent": ".user_media_ability_content",
    "VdnConfIds": ".vdn_conf_ids",
    "VdnSkill": ".vdn_skill",
    "VdnSkillListResponse": ".vdn_skill_list_response",
    "VideoFileType": ".video_file_type",
    "WaitCountResponse": ".wait_count_response",
}


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = (
    "AbandonedCallContent",
    "AccessCode",
    "AccessCodeListResponse",
    "AcdStat",
    "AddressType",
    "AdjustSkillRequest",
    "AgentEvent",
    "AgentEventResponse",
    "AgentGroup",
    "AgentGroupListResponse",
    "AgentGroupResponse",
    "AgentMessageContent",
    "AgentState",
    "AgentStateEntry",
    "AgentStateInfo",
    "AgentStateListResponse",
    "AgentStatus",
    "AgentStatusResponse",
    "AgentType",
    "AllAgentEventResponse",
    "AssignUserInQueueRequest",
    "BatchAddParticipantRequest",
    "BeginNetPlayRequest",
    "BeginPlayRequest",
    "BeginRecordRequest",
    "BulletinTargetType",
    "CallDirectMode",
    "CallEventContent",
    "CallIdListResponse",
    "CallIdResponse",
    "CallInfo",
    "CallInfoListResponse",
    "CallInnerRequest",
    "CallInnerSkillRequest",
    "CallOutMediaAbility",
    "CallOutRequest",
    "CallTrace",
    "CallType",
    "CancelPreviewCallOutRequest",
    "ChangeParticipantModeRequest",
    "ChangePasswordRequest",
    "ChannelAttrib",
    "ChannelCapacityRequest",
    "ChannelState",
    "ChatChannel",
    "ChatContent",
    "ChatFileResponse",
    "ChatFileResult",
    "ChatFileUploadRequest",
    "ChatTransferDeviceType",
    "ChatTransferMode",
    "ConfDeviceType",
    "ConfJoinRequest",
    "ConfPartyRequest",
    "ConfRole",
    "ConfState",
    "Conference",
    "ConferenceFailedContent",
    "ConferenceIdContent",
    "ConferenceList",
    "ConferenceParticipant",
    "CustomStateResponse",
    "CustomStateResult",
    "CustomerAlertingContent",
    "CustomerReleaseContent",
    "DeviceCallType",
    "DoneResponse",
    "EventAddress",
    "EventType",
    "ExternalTransferMode",
    "FlagResponse",
    "GatewayAgentState",
    "GroupAgent",
    "GroupAgentListResponse",
    "GroupAgentResponse",
    "HeartbeatResponse",
    "HeartbeatResult",
    "HelpDeviceType",
    "HelpMode",
    "HoldParticipantRequest",
    "IdleAgent",
    "IdleAgentListResponse",
    "IncomingCallInfoContent",
    "InnerHelpRequest",
    "InternalTransferMode",
    "IvrInfo",
    "IvrInfoListResponse",
    "JoinConferenceContent",
    "LegacyPushAcknowledgement",
    "LegacyPushedEvent",
    "LinkagePhoneHoldContent",
    "LinkagePhoneState",
    "LinkagePhoneStatusContent",
    "LinkagePhoneTransferOutContent",
    "LoginInfoResponse",
    "LoginInfoResult",
    "MediaAbility",
    "MediaChatTransferRequest",
    "MediaMessageRequest",
    "MediaType",
    "MessageDataContent",
    "MessageWithoutCallRequest",
    "ModifyConfResourceRequest",
    "MultimediaConferenceRequest",
    "MultimediaInviteRequest",
    "MultimediaJoinResultRequest",
    "MultimediaStopRequest",
    "NetPlayFileFormat",
    "NetPlayRepeat",
    "NotReadyContent",
    "NotifyBulletinRequest",
    "OperationCommand",
    "OutboundDetectContent",
    "ParticipantChangeType",
    "ParticipantChangedContent",
    "ParticipantLeaveReason",
    "ParticipantType",
    "PhoneAlertingContent",
    "PhoneLine",
    "PhoneOffhookContent",
    "PhoneReleaseContent",
    "PlatformOnlySignInStatus",
    "PlayCodeFormat",
    "PlayMode",
    "PlayStopCause",
    "PlayStoppedContent",
    "PlaybackResultContent",
    "PreviewCallContent",
    "PreviewCallOutRequest",
    "ProlongConfTimeRequest",
    "PushedEvents",
    "QcSwitchType",
    "QualityControlNotifyContent",
    "QueryAcdStatRequest",
    "QueryAcdStatResponse",
    "QueryCallAppDataResponse",
    "QueryCallInfoResponse",
    "QueryConfInfosRequest",
    "QueryConfInfosResponse",
    "QuerySkillStatRequest",
    "QueryVdnConfIdsResponse",
    "RawCallInfo",
    "RawEventContent",
    "ReasonCode",
    "RecordFileType",
    "RecordMediaType",
    "RecordStoppedContent",
    "RecordingContent",
    "RequestAgentConfRequest",
    "RequestAgentConfResponse",
    "ReservedResult",
    "RestReason",
    "RestReasonListResponse",
    "Retcode",
    "SendNoteRequest",
    "SetCallDataRequest",
    "SetChatCapacityByChannelRequest",
    "SetChatCapacityRequest",
    "ShutdownServiceContent",
    "SignInOptions",
    "SignInPlatformOnlyRequest",
    "SignInRequest",
    "SignInResponse",
    "SignInResult",
    "SignInStatus",
    "Skill",
    "SkillListResponse",
    "SkillSelection",
    "SyncAgentInfoResponse",
    "SyncAgentInfoResult",
    "TextChatMessageRequest",
    "TextChatTransferRequest",
    "ThreePartyCallContent",
    "TraceDeviceType",
    "TransferDeviceType",
    "TransferRequest",
    "TransferResultContent",
    "UpdateGuidResponse",
    "UpdateGuidResult",
    "UserMediaAbilityContent",
    "VdnConfIds",
    "VdnSkill",
    "VdnSkillListResponse",
    "VideoFileType",
    "WaitCountResponse",
)
