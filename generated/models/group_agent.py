from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..spec_extensions import as_text, epoch_millis_or_none
from ..types import NOTHING_RECEIVED

if TYPE_CHECKING:
    from ..models.skill import Skill


T = TypeVar("T", bound="GroupAgent")
# Python name -> wire name, for is_set (only the names that differ).
_WIRE_NAMES: dict[str, str] = {
    "cti_status": "ctiStatus",
}
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "workno",
        "name",
        "status",
        "ctiStatus",
        "groupid",
        "groupname",
        "skilllist",
        "mediatype",
        "vdnid",
        "phonenumber",
        "currentstatetime",
        "logindate",
    }
)


@_attrs_define(eq=False, repr=False)
class GroupAgent:
    """An agent as agentbyworkno, agentbyskill, agentongroupex and onlineagentonvdn describe
    it (the fields of page cec_07_1026; clients send numbers and strings alike).

    Attributes:
        workno (str | None): A phone number or agent ID. Sent as a string; older gateways may send a number (`"caller":
            70004`). Treat it as text: the Python client always gives a `str`.
        name (None | str): The agent's name.
        status (int | None | str): The agent's state, a code of the gateway's agent state table (`GatewayAgentState`).
        cti_status (int | None | str): The platform's own state code. Wire name: `ctiStatus`.
        groupid (int | None | str): The agent's group (an `id` of grouponvdn).
        groupname (None | str): The group's name (the 2023 page says the field is not used).
        skilllist (list[Skill] | None): The skill queues the agent is signed in to.
        mediatype (None | str): Whether the agent's sign-in to the media servers succeeded, one letter each (T yes, F
            no): CTI server, web media, and a third the page names.
        vdnid (int | None | str): The agent's VCC.
        phonenumber (None | str): The agent's phone number.
        currentstatetime (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway
            sends a number, a string of digits, an empty string or null (no value).
        logindate (int | None | str): A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
            number, a string of digits, an empty string or null (no value).

    Absent and null fields read as None; `is_set(name)` tells whether the gateway sent a field
    (even as null), and `to_dict()` keeps what was absent absent and what was null null.
    """

    workno: str | None = None
    """ A phone number or agent ID. Sent as a string; older gateways may send a number
    (`"caller": 70004`). Treat it as text: the Python client always gives a `str`.
     """
    name: None | str = None
    """ The agent's name. """
    status: int | None | str = None
    """ The agent's state, a code of the gateway's agent state table (`GatewayAgentState`). """
    cti_status: int | None | str = None
    """ The platform's own state code. """
    groupid: int | None | str = None
    """ The agent's group (an `id` of grouponvdn). """
    groupname: None | str = None
    """ The group's name (the 2023 page says the field is not used). """
    skilllist: list[Skill] | None = None
    """ The skill queues the agent is signed in to. """
    mediatype: None | str = None
    """ Whether the agent's sign-in to the media servers succeeded, one letter each (T
    yes, F no): CTI server, web media, and a third the page names.
     """
    vdnid: int | None | str = None
    """ The agent's VCC. """
    phonenumber: None | str = None
    """ The agent's phone number. """
    currentstatetime: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
    logindate: int | None | str = None
    """ A point in time in milliseconds since the Unix epoch (UTC). The gateway sends a
    number, a string of digits, an empty string or null (no value).
     """
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

        name: None | str
        if self.name is None:
            name = None
        else:
            name = self.name

        status: int | None | str
        if self.status is None:
            status = None
        else:
            status = self.status

        cti_status: int | None | str
        if self.cti_status is None:
            cti_status = None
        else:
            cti_status = self.cti_status

        groupid: int | None | str
        if self.groupid is None:
            groupid = None
        else:
            groupid = self.groupid

        groupname: None | str
        if self.groupname is None:
            groupname = None
        else:
            groupname = self.groupname

        skilllist: list[dict[str, Any]] | None
        if self.skilllist is None:
            skilllist = None
        elif isinstance(self.skilllist, list):
            skilllist = []
            for skilllist_type_0_item_data in self.skilllist:
                skilllist_type_0_item = skilllist_type_0_item_data.to_dict()
                skilllist.append(skilllist_type_0_item)

        else:
            skilllist = self.skilllist

        mediatype: None | str
        if self.mediatype is None:
            mediatype = None
        else:
            mediatype = self.mediatype

        vdnid: int | None | str
        if self.vdnid is None:
            vdnid = None
        else:
            vdnid = self.vdnid

        phonenumber: None | str
        if self.phonenumber is None:
            phonenumber = None
        else:
            phonenumber = self.phonenumber

        currentstatetime: int | None | str
        if self.currentstatetime is None:
            currentstatetime = None
        else:
            currentstatetime = self.currentstatetime

        logindate: int | None | str
        if self.logindate is None:
            logindate = None
        else:
            logindate = self.logindate

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
        if cti_status is not None:
            field_dict["ctiStatus"] = cti_status
        elif "ctiStatus" in received:
            field_dict["ctiStatus"] = None
        if groupid is not None:
            field_dict["groupid"] = groupid
        elif "groupid" in received:
            field_dict["groupid"] = None
        if groupname is not None:
            field_dict["groupname"] = groupname
        elif "groupname" in received:
            field_dict["groupname"] = None
        if skilllist is not None:
            field_dict["skilllist"] = skilllist
        elif "skilllist" in received:
            field_dict["skilllist"] = None
        if mediatype is not None:
            field_dict["mediatype"] = mediatype
        elif "mediatype" in received:
            field_dict["mediatype"] = None
        if vdnid is not None:
            field_dict["vdnid"] = vdnid
        elif "vdnid" in received:
            field_dict["vdnid"] = None
        if phonenumber is not None:
            field_dict["phonenumber"] = phonenumber
        elif "phonenumber" in received:
            field_dict["phonenumber"] = None
        if currentstatetime is not None:
            field_dict["currentstatetime"] = currentstatetime
        elif "currentstatetime" in received:
            field_dict["currentstatetime"] = None
        if logindate is not None:
            field_dict["logindate"] = logindate
        elif "logindate" in received:
            field_dict["logindate"] = None

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _workno = get("workno")
        workno = _workno if _workno.__class__ is str or _workno is None else as_text(_workno)

        name: None | str = get("name")

        status: int | None | str = get("status")

        cti_status: int | None | str = get("ctiStatus")

        groupid: int | None | str = get("groupid")

        groupname: None | str = get("groupname")

        _skilllist_data = get("skilllist")
        skilllist: list[Skill] | None
        _skilllist_found = False
        if _skilllist_data is None:
            skilllist = None
            _skilllist_found = True
        if not _skilllist_found and isinstance(_skilllist_data, list):
            try:
                _decode_skilllist_type_0 = Skill.from_dict
                skilllist_type_0 = [_decode_skilllist_type_0(item) for item in _skilllist_data]

                skilllist = skilllist_type_0
                _skilllist_found = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not _skilllist_found:
            skilllist = _skilllist_data  # type: ignore[assignment]

        mediatype: None | str = get("mediatype")

        vdnid: int | None | str = get("vdnid")

        phonenumber: None | str = get("phonenumber")

        currentstatetime: int | None | str = get("currentstatetime")

        logindate: int | None | str = get("logindate")

        _decoded = _new(cls)
        _decoded.workno = workno
        _decoded.name = name
        _decoded.status = status
        _decoded.cti_status = cti_status
        _decoded.groupid = groupid
        _decoded.groupname = groupname
        _decoded.skilllist = skilllist
        _decoded.mediatype = mediatype
        _decoded.vdnid = vdnid
        _decoded.phonenumber = phonenumber
        _decoded.currentstatetime = currentstatetime
        _decoded.logindate = logindate
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
            self.cti_status,
            self.groupid,
            self.groupname,
            self.skilllist,
            self.mediatype,
            self.vdnid,
            self.phonenumber,
            self.currentstatetime,
            self.logindate,
            self.additional_properties,
        ) == (
            other.workno,  # type: ignore[attr-defined]
            other.name,  # type: ignore[attr-defined]
            other.status,  # type: ignore[attr-defined]
            other.cti_status,  # type: ignore[attr-defined]
            other.groupid,  # type: ignore[attr-defined]
            other.groupname,  # type: ignore[attr-defined]
            other.skilllist,  # type: ignore[attr-defined]
            other.mediatype,  # type: ignore[attr-defined]
            other.vdnid,  # type: ignore[attr-defined]
            other.phonenumber,  # type: ignore[attr-defined]
            other.currentstatetime,  # type: ignore[attr-defined]
            other.logindate,  # type: ignore[attr-defined]
            other.additional_properties,  # type: ignore[attr-defined]
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"workno={self.workno!r}, "
            f"name={self.name!r}, "
            f"status={self.status!r}, "
            f"cti_status={self.cti_status!r}, "
            f"groupid={self.groupid!r}, "
            f"groupname={self.groupname!r}, "
            f"skilllist={self.skilllist!r}, "
            f"mediatype={self.mediatype!r}, "
            f"vdnid={self.vdnid!r}, "
            f"phonenumber={self.phonenumber!r}, "
            f"currentstatetime={self.currentstatetime!r}, "
            f"logindate={self.logindate!r}, "
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

    @property
    def currentstatetime_at(self) -> datetime.datetime | None:
        """`currentstatetime` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `currentstatetime`. Never raises.
        """
        return epoch_millis_or_none(self.currentstatetime)

    @property
    def logindate_at(self) -> datetime.datetime | None:
        """`logindate` as an aware UTC datetime.

        None when not set (null, "" or absent) or when the value cannot be a point in time
        (not a whole number, or outside the calendar); the raw value stays in
        `logindate`. Never raises.
        """
        return epoch_millis_or_none(self.logindate)


_new = object.__new__
# The nested models, imported once the class exists (models that refer to each other load in
# either order); from_dict and to_dict find them here instead of importing on every call.
from ..models.skill import Skill
