"""Messages between agents: notes to named agents and bulletins to a group or a skill queue.

Recipients are found from the simulated agents: those signed in, of the sender's VDN, in the
named agent group or joined to the named skill queue.
"""

from __future__ import annotations

import datetime
from typing import Any

from ...generated.models import EventType, Retcode
from .._family import Family, json_object, ok, operation, validated
from .._model import AgentRecord
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["MessageFamily"]


class MessageFamily(Family):
    """onlineagent sendnoteletex and notifybulletin."""

    name = "messages"

    @operation("sendNote")
    def send_note(self, context: Context) -> SimResponse:
        """AgentOther_Note to each recipient that is signed in; others get nothing."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.SIGN_IN_PARAMETER_INVALID)
        if isinstance(raw.get("agentIds"), int | str) and not isinstance(raw["agentIds"], bool):
            raw = {**raw, "agentIds": [raw["agentIds"]]}  # the page's table types it as one int
        body = validated("SendNoteRequest", raw, context, Retcode.SIGN_IN_PARAMETER_INVALID)
        content = _message_content(agent, body.get("content", ""), self.core.now_ms())
        for recipient_id in dict.fromkeys(str(i) for i in body["agentIds"]):
            recipient = self.core.agents.get(recipient_id)
            if recipient is not None and recipient.session is not None:
                self.core.queue(recipient, EventType.AGENT_OTHER_NOTE, dict(content))
        return json_response(ok({}))

    @operation("notifyBulletin")
    def notify_bulletin(self, context: Context) -> SimResponse:
        """AgentOther_Bulletin to the signed-in agents of a group or a skill queue of the
        sender's VDN (not the sender)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("NotifyBulletinRequest", raw, context, Retcode.INVALID_PARAMETER)
        target = body["targetname"]
        if body["targettype"] == 0:
            name = str(target)
            chosen = {a.agent_id for a in self.core.agents.values() if a.group == name}
        else:
            if isinstance(target, bool) or not (isinstance(target, int) or str(target).isdigit()):
                raise Refusal(Retcode.INVALID_PARAMETER, "the parameter targetname is invalid")
            skill_id = int(target)
            chosen = {a.agent_id for a in self.core.agents.values() if skill_id in a.joined_skills}
        content = _message_content(agent, body["bulletindata"], self.core.now_ms())
        for recipient_id in sorted(chosen, key=int):
            recipient = self.core.agents[recipient_id]
            if (
                recipient is not agent
                and recipient.session is not None
                and recipient.vdn_id == agent.vdn_id
            ):
                self.core.queue(recipient, EventType.AGENT_OTHER_BULLETIN, dict(content))
        return json_response(ok({}))


def _message_content(sender: AgentRecord, text: str, now_ms: int) -> dict[str, Any]:
    """AgentOther_Note / AgentOther_Bulletin content, as the clients read it."""
    when = datetime.datetime.fromtimestamp(now_ms / 1000, tz=datetime.UTC)
    return {
        "sender": sender.agent_id,
        "receivetime": str(now_ms),
        "sendername": sender.agent_id,
        "timestring": when.strftime("%Y-%m-%d %H:%M:%S"),
        "context": text,
    }
