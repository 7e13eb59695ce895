from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendNoteRequest")


@_attrs_define
class SendNoteRequest:
    """Body of sendnoteletex.

    Attributes:
        agent_ids (list[int]): The recipients' agent IDs (1 to 100 of them). Wire name: `agentIds`.
        content (str): The note, 0 to 1023 bytes in UTF-8 (Chinese text allowed).

    """

    agent_ids: list[int]
    """ The recipients' agent IDs (1 to 100 of them). """
    content: str
    """ The note, 0 to 1023 bytes in UTF-8 (Chinese text allowed). """

    def to_dict(self) -> dict[str, Any]:
        agent_ids = self.agent_ids

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agentIds": agent_ids,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        agent_ids = cast(list[int], src_dict["agentIds"])

        content = src_dict["content"]

        send_note_request = cls(
            agent_ids,
            content,
        )

        return send_note_request
