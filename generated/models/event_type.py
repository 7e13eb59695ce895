from enum import StrEnum

from ..spec_extensions import describe


class EventType(StrEnum):
    """The type of an agent event. The reference documents the content of some types;
    others are known by name only (from vendor clients). The list is open
    (`x-extensible-enum`): new types appear, and clients must pass unknown types through
    rather than reject the event.
    """

    AGENT_CHAT_CALLOUT_FAILED = "AgentChat_CalloutFailed"
    AGENT_CHAT_CALL_OUT_CREATED = "AgentChat_CallOutCreated"
    AGENT_CHAT_CONNECTED = "AgentChat_Connected"
    AGENT_CHAT_DATA_RECEIVED = "AgentChat_DataRecved"
    AGENT_CHAT_DELAY_EMAIL = "AgentChat_DELAY_EMAIL"
    AGENT_CHAT_DISCONNECTED = "AgentChat_Disconnected"
    AGENT_CHAT_RING = "AgentChat_Ring"
    AGENT_CHAT_TRANSFER_FAILED = "AgentChat_TransferFailed"
    AGENT_CHAT_TRANSFER_START = "AgentChat_TransferStart"
    AGENT_CONF_PARTICIPANT_CHANGED = "AgentConf_ParticipantChanged"
    AGENT_CONF_PRESIDENT_CHANGED = "AgentConf_PresidentChanged"
    AGENT_CONF_REQUEST_FAILED = "AgentConf_RequestFailed"
    AGENT_CONF_REQUEST_SUCCESS = "AgentConf_RequestSuccess"
    AGENT_CONF_RINGING = "AgentConf_Ringing"
    AGENT_CONF_SELF_JOIN_RESULT = "AgentConf_SelfJoinResult"
    AGENT_CONF_SELF_LEAVE_RESULT = "AgentConf_SelfLeaveResult"
    AGENT_CONF_STOP_PARTICIPANT_VOICE = "AgentConf_StopParticipantVoice"
    AGENT_CONF_TIMEOUT = "AgentConf_Timeout"
    AGENT_EVENT_ABANDON_CALL = "AgentEvent_AbandonCall"
    AGENT_EVENT_AGENT_OCCUPIED = "AgentEvent_Agent_Occupyed"
    AGENT_EVENT_AUTO_ANSWER = "AgentEvent_Auto_Answer"
    AGENT_EVENT_CALL_OUT_FAIL = "AgentEvent_Call_Out_Fail"
    AGENT_EVENT_CALL_RELEASE = "AgentEvent_Call_Release"
    AGENT_EVENT_CONFERENCE = "AgentEvent_Conference"
    AGENT_EVENT_CONNECT_FAIL = "AgentEvent_Connect_Fail"
    AGENT_EVENT_CONSULT_FAIL = "AgentEvent_Consult_Fail"
    AGENT_EVENT_CONTROL_WINDOW_NOTIFY = "AgentEvent_ControlWindow_Notify"
    AGENT_EVENT_CUSTOMER_ALERTING = "AgentEvent_Customer_Alerting"
    AGENT_EVENT_CUSTOMER_RELEASE = "AgentEvent_Customer_Release"
    AGENT_EVENT_HOLD = "AgentEvent_Hold"
    AGENT_EVENT_INCOMING_CALL_INFO = "AgentEvent_Incoming_CallInfo"
    AGENT_EVENT_INSIDE_CALL_FAIL = "AgentEvent_Inside_Call_Fail"
    AGENT_EVENT_JOIN_CONF = "AgentEvent_JoinConf"
    AGENT_EVENT_LINKAGE_PHONE_HOLD = "AgentEvent_linkagePhoneHold"
    AGENT_EVENT_LINKAGE_PHONE_MUTE = "AgentEvent_linkagePhoneMute"
    AGENT_EVENT_LINKAGE_PHONE_STATUS = "AgentEvent_linkagePhoneStatus"
    AGENT_EVENT_LINKAGE_PHONE_TRANSFER_OUT = "AgentEvent_linkagePhoneTransferOut"
    AGENT_EVENT_MESSAGE_DATA = "AgentEvent_MessageData"
    AGENT_EVENT_NO_ANSWER = "AgentEvent_No_Answer"
    AGENT_EVENT_NO_ANSWER_FROM_CTI = "AgentEvent_No_Answer_From_Cti"
    AGENT_EVENT_ORDERS_NOTIFY = "AgentEvent_Orders_Notify"
    AGENT_EVENT_PREVIEW = "AgentEvent_Preview"
    AGENT_EVENT_PREVIEW_CALL_OUT = "AgentEvent_Preview_CallOut"
    AGENT_EVENT_RELEASE_REQUEST = "AgentEvent_ReleaseRequest"
    AGENT_EVENT_RELEASE_RESPONSE = "AgentEvent_ReleaseResponse"
    AGENT_EVENT_RINGING = "AgentEvent_Ringing"
    AGENT_EVENT_SUCC_TRANS_RESULT = "AgentEvent_SuccTransResult"
    AGENT_EVENT_TALKING = "AgentEvent_Talking"
    AGENT_EVENT_TRANS_OUT_RESULT = "AgentEvent_TransOutResult"
    AGENT_EVENT_USER_MEDIA_ABILITY = "AgentEvent_UserMediaAbility"
    AGENT_MEDIA_EVENT_JUMP_PLAY_DONE = "AgentMediaEvent_JumpPlayDone"
    AGENT_MEDIA_EVENT_PAUSE_PLAY_DONE = "AgentMediaEvent_PausePlayDone"
    AGENT_MEDIA_EVENT_PLAY = "AgentMediaEvent_Play"
    AGENT_MEDIA_EVENT_PLAY_FAIL = "AgentMediaEvent_Play_Fail"
    AGENT_MEDIA_EVENT_PLAY_SUCC = "AgentMediaEvent_Play_Succ"
    AGENT_MEDIA_EVENT_RECORD = "AgentMediaEvent_Record"
    AGENT_MEDIA_EVENT_RECORD_FAIL = "AgentMediaEvent_Record_Fail"
    AGENT_MEDIA_EVENT_RESUME_PLAY_DONE = "AgentMediaEvent_ResumePlayDone"
    AGENT_MEDIA_EVENT_START_RECORD_SCREEN_FAIL = "AgentMediaEvent_StartRecordScreen_Fail"
    AGENT_MEDIA_EVENT_START_RECORD_SCREEN_SUCC = "AgentMediaEvent_StartRecordScreen_Succ"
    AGENT_MEDIA_EVENT_STOP_PLAY_DONE = "AgentMediaEvent_StopPlayDone"
    AGENT_MEDIA_EVENT_STOP_RECORD_DONE = "AgentMediaEvent_StopRecordDone"
    AGENT_MEDIA_EVENT_STOP_RECORD_SCREEN_FAIL = "AgentMediaEvent_StopRecordScreen_Fail"
    AGENT_MEDIA_EVENT_STOP_RECORD_SCREEN_SUCC = "AgentMediaEvent_StopRecordScreen_Succ"
    AGENT_OTHER_ALL_AGENT_BUSY = "AgentOther_All_Agent_Busy"
    AGENT_OTHER_BULLETIN = "AgentOther_Bulletin"
    AGENT_OTHER_IN_SERVICE = "AgentOther_InService"
    AGENT_OTHER_NOTE = "AgentOther_Note"
    AGENT_OTHER_PHONE_ALERTING = "AgentOther_PhoneAlerting"
    AGENT_OTHER_PHONE_BUSY = "AgentOther_PhoneBusy"
    AGENT_OTHER_PHONE_OFFHOOK = "AgentOther_PhoneOffhook"
    AGENT_OTHER_PHONE_RELEASE = "AgentOther_PhoneRelease"
    AGENT_OTHER_PHONE_UNKNOWN = "AgentOther_PhoneUnknow"
    AGENT_OTHER_SHUTDOWN_SERVICE = "AgentOther_ShutdownService"
    AGENT_STATE_BUSY = "AgentState_Busy"
    AGENT_STATE_CANCEL_NOT_READY_SUCCESS = "AgentState_CancelNotReady_Success"
    AGENT_STATE_CANCEL_REST_SUCCESS = "AgentState_CancelRest_Success"
    AGENT_STATE_CANCEL_WORK_SUCCESS = "AgentState_CancelWork_Success"
    AGENT_STATE_FORCE_READY = "AgentState_Force_Ready"
    AGENT_STATE_FORCE_SET_NOT_READY = "AgentState_Force_SetNotReady"
    AGENT_STATE_NOT_READY = "AgentState_NotReady"
    AGENT_STATE_READY = "AgentState_Ready"
    AGENT_STATE_REST_TIMEOUT = "AgentState_Rest_Timeout"
    AGENT_STATE_SET_NOT_READY_SUCCESS = "AgentState_SetNotReady_Success"
    AGENT_STATE_SET_REST_SUCCESS = "AgentState_SetRest_Success"
    AGENT_STATE_SET_WORK_SUCCESS = "AgentState_SetWork_Success"
    AGENT_STATE_WORK = "AgentState_Work"
    OUTBOUND_DETECT_EVENT = "OUTBOUND_DETECT_EVENT"
    QC_AGENT_STATE_NOTIFY = "QC_AgentState_Notify"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What the value means, from the reference (the spec's x-enum-descriptions)."""
        return describe("EventType", self._value_, known=self.is_known)

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (an UNKNOWN pseudo-member)."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "EventType | None":
        # A value the spec does not list must not break parsing of the whole response:
        # it becomes a pseudo-member that keeps the raw value and round-trips.
        if isinstance(value, str):
            member = str.__new__(cls, value)
            member._name_ = "UNKNOWN_" + "".join(c if c.isalnum() else "_" for c in value).upper()
            member._value_ = value
            return member
        return None
