"""An agent event as the client hands it on (:class:`Event`), and how one is decoded.

``decode_event`` turns a parsed ``AgentEvent`` (polling) or the JSON object of one (pushed
events) into an ``Event`` whose content is the typed model its type documents. The pumps
that poll for events and fan them out are in ``_events``.
"""

from __future__ import annotations

import datetime
import functools
import logging
import operator
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .generated import models
from .generated.models import EventType
from .generated.spec_extensions import EVENT_CONTENTS, STRING_CONTENTS

__all__ = ["CALL_ID_EVENTS", "Event", "EventContent", "decode_event"]

logger = logging.getLogger("cec_agentgateway")

if TYPE_CHECKING:
    from .generated.models import (
        AbandonedCallContent,
        AgentEvent,
        AgentMessageContent,
        CallEventContent,
        ChatContent,
        ConferenceFailedContent,
        ConferenceIdContent,
        CustomerAlertingContent,
        CustomerReleaseContent,
        IncomingCallInfoContent,
        JoinConferenceContent,
        LinkagePhoneHoldContent,
        LinkagePhoneStatusContent,
        LinkagePhoneTransferOutContent,
        MessageDataContent,
        NotReadyContent,
        OutboundDetectContent,
        ParticipantChangedContent,
        PhoneAlertingContent,
        PhoneOffhookContent,
        PhoneReleaseContent,
        PlaybackResultContent,
        PlayStoppedContent,
        PreviewCallContent,
        QualityControlNotifyContent,
        RecordingContent,
        RecordStoppedContent,
        ShutdownServiceContent,
        ThreePartyCallContent,
        TransferResultContent,
        UserMediaAbilityContent,
    )


# Every object content the spec documents (its x-event-contents); a test keeps this equal to
# the spec. Contents that are bare strings (CallIdContent) have no model: they stay `str`.
if TYPE_CHECKING:
    EventContent = (
        ConferenceIdContent
        | ConferenceFailedContent
        | ParticipantChangedContent
        | PlaybackResultContent
        | NotReadyContent
        | PhoneAlertingContent
        | PhoneOffhookContent
        | PhoneReleaseContent
        | ShutdownServiceContent
        | AgentMessageContent
        | IncomingCallInfoContent
        | CustomerAlertingContent
        | LinkagePhoneStatusContent
        | LinkagePhoneHoldContent
        | LinkagePhoneTransferOutContent
        | CallEventContent
        | CustomerReleaseContent
        | ThreePartyCallContent
        | JoinConferenceContent
        | PreviewCallContent
        | AbandonedCallContent
        | TransferResultContent
        | UserMediaAbilityContent
        | MessageDataContent
        | OutboundDetectContent
        | RecordingContent
        | RecordStoppedContent
        | PlayStoppedContent
        | ChatContent
        | QualityControlNotifyContent
    )

else:

    def __getattr__(name: str) -> Any:
        # EventContent is a runtime union of ~30 generated models: built when first asked for
        # (e.g. by typing.get_args), not when the client is imported.
        if name != "EventContent":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        union = functools.reduce(
            operator.or_, (getattr(models, schema) for schema in _CONTENT_SCHEMAS)
        )
        globals()[name] = union
        return union


# The object contents the spec documents (x-event-contents), in its order, by schema name.
_CONTENT_SCHEMAS: tuple[str, ...] = tuple(
    dict.fromkeys(schema for schema in EVENT_CONTENTS.values() if schema not in STRING_CONTENTS)
)
# eventType -> generated content model, as the spec's x-event-contents says. A model's module
# is imported when an event of its type is first decoded (_content_model), not at import.
_CONTENT_MODELS: dict[str, Any] = {}


def _content_model(event_type: str) -> Any:
    """The generated model of ``event_type``'s content, or None (undocumented or a string)."""
    try:
        return _CONTENT_MODELS[event_type]
    except KeyError:
        pass
    schema = EVENT_CONTENTS.get(event_type)
    model = None if schema is None or schema in STRING_CONTENTS else getattr(models, schema)
    _CONTENT_MODELS[event_type] = model
    return model


# The event types whose content is a bare call ID string.
CALL_ID_EVENTS: frozenset[str] = frozenset(
    event_type for event_type, schema in EVENT_CONTENTS.items() if schema == "CallIdContent"
)
_CALL_ID_KEYS = ("callid", "callId", "call_id")


@dataclass(frozen=True, slots=True)
class Event:
    """One agent event.

    Attributes:
        type: the event type (an ``EventType`` member; ``UNKNOWN_…`` for types the spec does
            not list; a type the gateway sent as a number becomes its text, a null one ``""``).
        agent_id: the agent it is for (``workNo``), as a string.
        content: what the event carries, never None when the gateway sent something:

            * the typed model of a documented object content (e.g. ``CallEventContent`` for
              ``AgentEvent_Talking``);
            * a ``str`` for the types whose content is a bare call ID (``AgentEvent_Hold``,
              ``AgentEvent_Call_Release``, ``AgentEvent_Call_Out_Fail``,
              ``AgentEvent_Inside_Call_Fail``), or any other bare text or number (as text);
            * the raw ``dict`` of an undocumented object content, or of one that does not fit
              its schema;
            * None when the event has no content (null or absent).
        generated_at: when the gateway generated it (UTC); None when it did not say, or sent
            a value that is no point in time (the raw value stays in ``raw.event_gen_time``).
        raw: the generated ``AgentEvent`` model as parsed.
    """

    type: EventType
    agent_id: str | None
    content: EventContent | str | dict[str, Any] | None
    generated_at: datetime.datetime | None
    raw: AgentEvent

    @property
    def call_id(self) -> str | None:
        """The call the event names, if any: the bare call ID content, or its ``callid``."""
        content = self.content
        if isinstance(content, str):
            return content
        if isinstance(content, dict):
            found = next((content[k] for k in _CALL_ID_KEYS if k in content), None)
        else:
            found = next((getattr(content, k) for k in _CALL_ID_KEYS if hasattr(content, k)), None)
        if found is None:
            return None
        return str(found)

    def __repr__(self) -> str:
        return f"Event({self.type.value!s}, agent_id={self.agent_id!r}, content={self.content!r})"


def _event_type(value: object) -> EventType:
    """The wire's eventType as an EventType; null and numbers become unknown members."""
    if isinstance(value, EventType):
        return value
    if value is None:
        return EventType("")
    return EventType(str(value))


def _content(event_type: EventType, value: object) -> EventContent | str | dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, models.RawEventContent):
        # its keys as received (RawEventContent lists none, so all of them are "additional");
        # read, never changed, by from_dict: a copy only for a dict that is handed on
        data: Mapping[str, Any] = value.additional_properties
    elif isinstance(value, dict):
        data = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # a bare number: text, like the call IDs other types carry
    else:
        return {"value": value}  # an array or a boolean: kept, never dropped
    model = _content_model(event_type.value)
    if model is None:
        return dict(data)
    try:
        typed: EventContent = model.from_dict(data)
    except Exception:  # any shape the schema does not expect: hand on the dict
        logger.debug("event %s: content does not match its schema", event_type.value)
        return dict(data)
    return typed


def decode_event(raw: AgentEvent | Mapping[str, Any]) -> Event:
    """The typed form of an event: a parsed ``AgentEvent``, or the JSON object of one.

    The JSON form is for events that arrive some other way than polling, e.g. pushed to a
    callback URI (``eventList`` items). Never raises: what does not decode stays raw.
    """
    if not isinstance(raw, models.AgentEvent):
        raw = models.AgentEvent.from_dict({"eventType": None, **raw})
    event_type = _event_type(raw.event_type)
    work_no = None if raw.work_no is None else str(raw.work_no)
    return Event(
        event_type,
        work_no,
        _content(event_type, raw.content),
        raw.event_gen_time_at,
        raw,
    )
