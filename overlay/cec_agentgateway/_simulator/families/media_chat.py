"""Multimedia sessions (``mediacall``): messages, how many chats an agent takes, transfers.

sendmessage sends into any connected chat of the agent (the customer's side records it);
setcallnums and setcallnumsbymediatype set the agent's capacity, which the chat offers
respect (``sim.chats.offer``); transfer hands a chat to an agent, a skill queue or an access
code, as textchat's transfer does. The chats are the core layer's :class:`~._chats.ChatDesk`.
The skill-queue rule of the pages (the media type must be that of a queue the agent signed
in to) is not checked: the queues family's skills are not visible to this one.
"""

from __future__ import annotations

from ...generated.models import Retcode
from .._chats import MAX_CAPACITY, Capacity, ChatDesk
from .._core import GatewayCore
from .._family import Family, json_object, ok, operation, validated
from .._wire import Context, Refusal, SimResponse, json_response

__all__ = ["MediaChatFamily"]


class MediaChatFamily(Family):
    """mediacall sendmessage, setcallnums, transfer and setcallnumsbymediatype."""

    name = "mediacall"

    def __init__(self, core: GatewayCore, desk: ChatDesk) -> None:
        super().__init__(core)
        self.desk = desk

    # ------------------------------------------------------------------ scenario

    def capacity(self, agent_id: str, media_type: int | None = None) -> int:
        """How many chats of ``media_type`` (None: in all) the agent takes at once."""
        with self.core.lock:
            self.core.agent(agent_id)
            capacity = self.desk.capacity.get(agent_id, Capacity())
            return capacity.total if media_type is None else capacity.of(int(media_type))

    # ------------------------------------------------------------------ handlers

    @operation("sendMediaMessage")
    def send(self, context: Context) -> SimResponse:
        """106-002 for an empty message; 000-002 when the chat is not the agent's."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        if raw.get("data") == "":
            raise Refusal(Retcode.EMPTY_MESSAGE)
        body = validated("MediaMessageRequest", raw, context, Retcode.INVALID_PARAMETER)
        chat = self.desk.own(agent, body["callid"])
        self.desk.say(chat, agent.agent_id, body["data"])
        return json_response(ok({}))

    @operation("setChatCapacity")
    def set_capacity(self, context: Context) -> SimResponse:
        """106-003 for more than 60 sessions (or fewer than 1)."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "SetChatCapacityRequest",
            raw,
            context,
            Retcode.INVALID_PARAMETER,
            {"callnums": Retcode.TOO_MANY_SESSIONS},
            loose=True,
        )
        capacity = self.desk.capacity.setdefault(agent.agent_id, Capacity())
        capacity.per_media[int(body["mediaType"])] = int(body["callnums"])
        return json_response(ok({}))

    @operation("setChatCapacityByChannel")
    def set_capacity_by_channel(self, context: Context) -> SimResponse:
        """The total and each channel's number; 106-003 beyond 60."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        total = raw.get("totalCallNum")
        if isinstance(total, int) and not isinstance(total, bool) and total > MAX_CAPACITY:
            raise Refusal(Retcode.TOO_MANY_SESSIONS)
        body = validated(
            "SetChatCapacityByChannelRequest", raw, context, Retcode.INVALID_PARAMETER, loose=True
        )
        shares = body["agentMediaCallNums"]
        if not all(isinstance(s, dict) for s in shares):
            raise Refusal(Retcode.INVALID_PARAMETER, "the parameter agentMediaCallNums is invalid")
        capacity = self.desk.capacity.setdefault(agent.agent_id, Capacity())
        capacity.total = body["totalCallNum"]
        for share in shares:
            capacity.per_media[share["mediaType"]] = share["callNum"]
        return json_response(ok({}))

    @operation("transferMediaChat")
    def transfer(self, context: Context) -> SimResponse:
        """106-004 for a device type other than 1, 2 and 4."""
        agent, _ = self.session(context)
        raw = json_object(context, Retcode.INVALID_PARAMETER)
        body = validated(
            "MediaChatTransferRequest",
            raw,
            context,
            Retcode.INVALID_PARAMETER,
            {"devicetype": Retcode.INVALID_TRANSFER_DEVICE_TYPE},
            loose=True,
        )
        chat = self.desk.own(agent, body["callid"])
        if body.get("calldata") is not None:
            chat.attach_data = body["calldata"]
        self.desk.transfer(agent, chat, body["devicetype"], body["address"], body["mode"])
        return json_response(ok({}))
