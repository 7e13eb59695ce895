from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentStateEntry")


@_attrs_define
class AgentStateEntry:
    """An agent of the VCC and its state."""

    workno: str | Unset = UNSET
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    name: str | Unset = UNSET
    """ The agent's name. """
    status: int | str | Unset = UNSET
    """ The agent's state as a code of the gateway's agent state table (as `agentState`
    of agentstatus, see `GatewayAgentState`), sent as a string.
     """
    group_name: None | str | Unset = UNSET
    """ The agent group the agent belongs to. """
    cti_status: int | None | str | Unset = UNSET
    """ The platform's own state code (used by the gateway itself). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workno: int | str | Unset
        if isinstance(self.workno, Unset):
            workno = UNSET
        else:
            workno = self.workno

        name = self.name

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        cti_status: int | None | str | Unset
        if isinstance(self.cti_status, Unset):
            cti_status = UNSET
        else:
            cti_status = self.cti_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workno is not UNSET:
            field_dict["workno"] = workno
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if cti_status is not UNSET:
            field_dict["ctiStatus"] = cti_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workno = as_text(d.pop("workno", UNSET))

        name = d.pop("name", UNSET)

        def _parse_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("groupName", UNSET))

        def _parse_cti_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cti_status = _parse_cti_status(d.pop("ctiStatus", UNSET))

        agent_state_entry = cls(
            workno=workno,
            name=name,
            status=status,
            group_name=group_name,
            cti_status=cti_status,
        )

        agent_state_entry.additional_properties = d
        return agent_state_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
