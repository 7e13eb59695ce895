from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text
from ..types import NOTHING_RECEIVED

T = TypeVar("T", bound="AgentStateEntry")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "group_name": "groupName",
    "cti_status": "ctiStatus",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "workno",
        "name",
        "status",
        "groupName",
        "ctiStatus",
    }
)


@_attrs_define(eq=False, repr=False)
class AgentStateEntry:
    """An agent of the VCC and its state.

    Attributes:
        workno (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        name (str | None): The agent's name.
        status (int | str | None): The agent's state as a code of the gateway's agent state table (as `agentState` of
            agentstatus, see `GatewayAgentState`), sent as a string.
        group_name (None | str): The agent group the agent belongs to. Wire name: `groupName`.
        cti_status (int | None | str): The platform's own state code (used by the gateway itself). Wire name:
            `ctiStatus`.

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    workno: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    name: str | None = None
    """ The agent's name. """
    status: int | str | None = None
    """ The agent's state as a code of the gateway's agent state table (as `agentState`
    of agentstatus, see `GatewayAgentState`), sent as a string.
     """
    group_name: None | str = None
    """ The agent group the agent belongs to. """
    cti_status: int | None | str = None
    """ The platform's own state code (used by the gateway itself). """
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _received: Mapping[str, Any] = _attrs_field(
        init=False, default=NOTHING_RECEIVED, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        workno: int | str | None
        if self.workno is None:
            workno = None
        else:
            workno = self.workno

        name = self.name

        status: int | str | None
        if self.status is None:
            status = None
        else:
            status = self.status

        group_name: None | str
        if self.group_name is None:
            group_name = None
        else:
            group_name = self.group_name

        cti_status: int | None | str
        if self.cti_status is None:
            cti_status = None
        else:
            cti_status = self.cti_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        received = self._received
        if workno is not None:
            field_dict["workno"] = workno
        elif "workno" in received:
            field_dict["workno"] = None
        if name is not None:
            field_dict["name"] = name
        elif "name" in received:
            field_dict["name"] = None
        if status is not None:
            field_dict["status"] = status
        elif "status" in received:
            field_dict["status"] = None
        if group_name is not None:
            field_dict["groupName"] = group_name
        elif "groupName" in received:
            field_dict["groupName"] = None
        if cti_status is not None:
            field_dict["ctiStatus"] = cti_status
        elif "ctiStatus" in received:
            field_dict["ctiStatus"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _workno = get("workno")
        workno = _workno if _workno.__class__ is str or _workno is None else as_text(_workno)

        name = get("name")

        status: int | str | None = get("status")

        group_name: None | str = get("groupName")

        cti_status: int | None | str = get("ctiStatus")

        _decoded = _new(cls)
        _decoded.workno = workno
        _decoded.name = name
        _decoded.status = status
        _decoded.group_name = group_name
        _decoded.cti_status = cti_status
        _decoded._additional = None

        _decoded._received = src_dict
        return _decoded

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys the gateway sent that the spec does not list, with their values."""
        extra = self._additional
        if extra is None:
            received = self._received
            if _KNOWN_KEYS.issuperset(received):
                extra = {}
            else:
                extra = {key: value for key, value in received.items() if key not in _KNOWN_KEYS}
            self._additional = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.workno,
            self.name,
            self.status,
            self.group_name,
            self.cti_status,
            self.additional_properties,
        ) == (
            other.workno,  # type: ignore[attr-defined]
            other.name,  # type: ignore[attr-defined]
            other.status,  # type: ignore[attr-defined]
            other.group_name,  # type: ignore[attr-defined]
            other.cti_status,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"workno={self.workno!r}, "
            f"name={self.name!r}, "
            f"status={self.status!r}, "
            f"group_name={self.group_name!r}, "
            f"cti_status={self.cti_status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

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

    def is_set(self, name: str) -> bool:
        """Whether field `name` (its Python name) has a value or was received, even as null.

        Absent and null both read as None; this tells them apart: False only when the field
        is None and its wire name was not in the data this object was decoded from.
        """
        if getattr(self, name) is not None:
            return True
        return _WIRE_NAMES.get(name, name) in self._received


_new = object.__new__
