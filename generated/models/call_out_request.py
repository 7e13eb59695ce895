from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_out_media_ability import CallOutMediaAbility
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallOutRequest")
_CallOutMediaAbility_VALUES = CallOutMediaAbility._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "called",
        "caller",
        "skillid",
        "callappdata",
        "callcontrolid",
        "mediaability",
        "uuiData",
    }
)


@_attrs_define
class CallOutRequest:
    """Body of callout.

    Attributes:
        called (str): A number to dial, 1 to 24 characters of digits, `*` and `#`.
        caller (str | Unset): The calling number shown to the far end, at most 24 digits. Left out (or empty), the
            platform's default calling number is used.
        skillid (int | Unset): The skill the call counts for; left out, the platform's default outbound skill.
        callappdata (str | Unset): Call-associated data handed on with the call (for example to the agent it is
            transferred to, readable with `appdata`): at most 16 KB.
        callcontrolid (int | Unset): Control block ID of a preview outbound call (from AgentEvent_Preview).
        mediaability (CallOutMediaAbility | Unset): The media of an outbound call.
        uui_data (str | Unset): User-to-user information handed to the called party with the call set-up (added by
            documentation issues 23 and 27). Left out, none is sent.  Wire name: `uuiData`.

    """

    called: str
    """ A number to dial, 1 to 24 characters of digits, `*` and `#`. """
    caller: str | Unset = UNSET
    """ The calling number shown to the far end, at most 24 digits. Left out (or empty),
    the platform's default calling number is used.
     """
    skillid: int | Unset = UNSET
    """ The skill the call counts for; left out, the platform's default outbound skill. """
    callappdata: str | Unset = UNSET
    """ Call-associated data handed on with the call (for example to the agent it is
    transferred to, readable with `appdata`): at most 16 KB.
     """
    callcontrolid: int | Unset = UNSET
    """ Control block ID of a preview outbound call (from AgentEvent_Preview). """
    mediaability: CallOutMediaAbility | Unset = UNSET
    """ The media of an outbound call. """
    uui_data: str | Unset = UNSET
    """ User-to-user information handed to the called party with the call set-up (added by
    documentation issues 23 and 27). Left out, none is sent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        called = self.called

        caller = self.caller

        skillid = self.skillid

        callappdata = self.callappdata

        callcontrolid = self.callcontrolid

        mediaability: int | Unset = UNSET
        if not isinstance(self.mediaability, Unset):
            mediaability = self.mediaability.value

        uui_data = self.uui_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "called": called,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if skillid is not UNSET:
            field_dict["skillid"] = skillid
        if callappdata is not UNSET:
            field_dict["callappdata"] = callappdata
        if callcontrolid is not UNSET:
            field_dict["callcontrolid"] = callcontrolid
        if mediaability is not UNSET:
            field_dict["mediaability"] = mediaability
        if uui_data is not UNSET:
            field_dict["uuiData"] = uui_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        called = src_dict["called"]

        caller = get("caller", UNSET)

        skillid = get("skillid", UNSET)

        callappdata = get("callappdata", UNSET)

        callcontrolid = get("callcontrolid", UNSET)

        _mediaability = get("mediaability", UNSET)
        mediaability: CallOutMediaAbility | Unset
        if _mediaability is UNSET:
            mediaability = UNSET
        else:
            try:
                mediaability = _CallOutMediaAbility_VALUES[_mediaability]
            except (KeyError, TypeError):
                mediaability = CallOutMediaAbility(_mediaability)

        uui_data = get("uuiData", UNSET)

        call_out_request = cls(
            called,
            caller,
            skillid,
            callappdata,
            callcontrolid,
            mediaability,
            uui_data,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            call_out_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return call_out_request

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
