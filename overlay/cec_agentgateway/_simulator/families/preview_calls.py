"""Previewed outbound calls: the platform offers a call to dial (AgentEvent_Preview), the
agent dials one of its numbers (previewcallout) or declines it (cancelPreviewCallout).

Scenario: :meth:`offer_preview`, and :meth:`previews` for what is still on offer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...generated.models import CallType, EventType, Retcode
from .._callflow import CallFlow
from .._core import GatewayCore
from .._family import (
    Family,
    UsageError,
    command,
    json_object,
    ok,
    operation,
    validated,
)
from .._model import Session, SimulatorError
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["PreviewCallFamily", "preview_content"]


class PreviewCallFamily(Family):
    """voicecall previewcallout and cancelPreviewCallout, and the previews offered."""

    name = "previews"

    def __init__(self, core: GatewayCore, flow: CallFlow) -> None:
        self.flow = flow
        super().__init__(core)

    def offer_preview(self, agent_id: str, control_id: int, *numbers: str) -> None:
        """Offer a previewed outbound call: queues AgentEvent_Preview {controlid, dialeddigits}.

        The agent may dial one of ``numbers`` with previewcallout or decline it with
        cancelPreviewCallout; either uses the preview up.
        """
        if not numbers:
            raise SimulatorError("a preview offers at least one number")
        with self.core.lock:
            agent, session = self.core.signed_in(agent_id)
            session.previews[control_id] = list(numbers)
            content = preview_content(control_id, list(numbers))
            self.core.queue(agent, EventType.AGENT_EVENT_PREVIEW, content)

    def previews(self, agent_id: str) -> dict[int, list[str]]:
        """The previews offered to the agent and neither dialled nor cancelled yet."""
        with self.core.lock:
            _, session = self.core.signed_in(agent_id)
            return {control_id: list(numbers) for control_id, numbers in session.previews.items()}

    @command("preview", "preview AGENT CONTROLID NUMBER...: offer a previewed outbound call")
    def _command_preview(self, words: list[str]) -> str:
        if len(words) < 3 or not (words[1].isdecimal() and words[1].isascii()):
            raise UsageError("usage: preview AGENT CONTROLID NUMBER...")
        self.offer_preview(words[0], int(words[1]), *words[2:])
        return "ok"

    @operation("previewCallOut")
    def preview_call_out(self, context: Context) -> SimResponse:
        """PUT previewcallout: dial a number of an offered preview; the preview is used up."""
        agent, session = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        codes = {"called": Retcode.CALLOUT_NUMBER_WRONG}
        body = validated("PreviewCallOutRequest", raw, context, Retcode.INVALID_PARAMETER, codes)
        control_id, numbers = _offered_preview(session, body)
        if body["called"] not in numbers:
            raise Refusal(Retcode.CALLOUT_NUMBER_WRONG, "the number is not one of the preview's")
        if agent.call is not None or agent.conference is not None:
            raise Refusal(Retcode.AGENT_OPERATION_FAILED, "the agent is already in a call")
        del session.previews[control_id]
        caller = agent.phone or ""
        call = self.flow.dial(agent, body["called"], caller, "", 0, CallType.PREVIEW_OUTBOUND)
        self.core.refresh_state(agent)
        return json_response(ok(call.call_id, "success"))

    @operation("cancelPreviewCallOut")
    def cancel_preview_call_out(self, context: Context) -> SimResponse:
        """PUT cancelPreviewCallout: the offered preview is dropped; nothing is dialled."""
        _, session = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated("CancelPreviewCallOutRequest", raw, context, Retcode.INVALID_PARAMETER)
        control_id, _ = _offered_preview(session, body)
        del session.previews[control_id]
        return json_response(ok({}, "success"))


def preview_content(control_id: int, numbers: list[str]) -> dict[str, Any]:
    """Content of AgentEvent_Preview: the control block ID and the numbers, both as text.

    Several numbers are joined with commas, as the pages show them for
    AgentEvent_Preview_CallOut_Ex (cec_07_0527); the AgentEvent_Preview page shows one.
    """
    return {"controlid": str(control_id), "dialeddigits": ",".join(numbers)}


def _offered_preview(session: Session, body: Mapping[str, Any]) -> tuple[int, list[str]]:
    control_id = body["callcontrolid"]
    numbers = session.previews.get(control_id)
    if numbers is None:
        raise Refusal(Retcode.AGENT_OPERATION_FAILED, f"no preview call {control_id} is offered")
    return control_id, numbers
