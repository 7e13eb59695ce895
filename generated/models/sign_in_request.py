from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AgentType
from ..models.sign_in_status import SignInStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignInRequest")
_AgentType_VALUES = AgentType._value2member_map_
_SignInStatus_VALUES = SignInStatus._value2member_map_
# The wire names this model reads; any other key of a source goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "password",
        "phonenum",
        "autoanswer",
        "autoenteridle",
        "releasephone",
        "agenttype",
        "ip",
        "entryIp",
        "phonelinkage",
        "checkInWebm",
        "checkInMailm",
        "vcPhoneNumber",
        "listenStatus",
        "callBackUri",
        "serviceToken",
        "status",
        "signInMode",
        "time",
        "restcause",
    }
)


@_attrs_define
class SignInRequest:
    """Body of `signIn` and `forceSignIn`: the common sign-in fields, the state after
    signing in (`status`, with rest as 8), and the fields documentation issue 24 added
    (`signInMode`; `time` and `restcause` for signing in resting).

    Attributes:
        password (str): The agent's password (at most 32 characters); the ciphertext when the gateway expects encrypted
            passwords. Some deployments allow it to be empty.
        phonenum (str): The softphone number to bind to the agent (1 to 24 characters: ASCII letters, digits, `*`, `#`,
            `+`, `.`, `_`, `-`).
        autoanswer (bool | Unset): Whether offered calls are answered automatically.
        autoenteridle (bool | Unset): Whether the agent becomes idle after a call (false means wrap-up).
        releasephone (bool | Unset): Whether the phone is hung up after each call (false keeps it off-hook).
        agenttype (AgentType | Unset): The kind of agent that signs in.
        ip (str | Unset): The agent's IPv4 address (IPv6 is not supported).
        entry_ip (str | Unset): IPv4 address of the client application's gateway. Wire name: `entryIp`.
        phonelinkage (bool | Unset): Whether a hard phone is linked (eSpace 7910 only).
        check_in_webm (bool | Unset): Whether to sign in to the text (web) media server. Wire name: `checkInWebm`.
        check_in_mailm (bool | Unset): Whether to sign in to the mail media server. Wire name: `checkInMailm`.
        vc_phone_number (str | Unset): The video-conference number (at most 24 characters: ASCII letters, digits, `*`,
            `#`, `+`, `.`, `_`, `-`).  Wire name: `vcPhoneNumber`.
        listen_status (bool | Unset): For inspectors, whether to be told when agents sign in or out. Wire name:
            `listenStatus`.
        call_back_uri (str | Unset): Where the gateway pushes events (push mode, only with `serviceToken`). At most 200
            characters of printable ASCII (a URI: no space or control character).  Wire name: `callBackUri`.
        service_token (str | Unset): Token the gateway sends with pushed events (push mode, only with `callBackUri`).
            Wire name: `serviceToken`.
        status (SignInStatus | Unset): The state the agent is in after signing in (`signIn`, `forceSignIn`). Rest (8)
            was added in documentation issue 24; it needs `time` (and takes `restcause`).
        sign_in_mode (int | str | Unset): The sign-in mode of the agent, sent with `signIn` and `forceSignIn` and
            reported back by `syncAgentInfo`. Added in documentation issue 24 (AICC 25.200.0). Sent only when the caller
            sets it; the gateway decides what an absent value means.  Wire name: `signInMode`.
        time (int | Unset): How long the agent rests after signing in with `status` 8, in seconds (1-86399). Added in
            documentation issue 24.
        restcause (int | Unset): The rest reason code (configured on the platform) when signing in with `status` 8; 0
            means no reason (0-255). Added in documentation issue 24.

    """

    password: str
    """ The agent's password (at most 32 characters); the ciphertext when the gateway
    expects encrypted passwords. Some deployments allow it to be empty.
     """
    phonenum: str
    """ The softphone number to bind to the agent (1 to 24 characters: ASCII letters,
    digits, `*`, `#`, `+`, `.`, `_`, `-`).
     """
    autoanswer: bool | Unset = UNSET
    """ Whether offered calls are answered automatically. """
    autoenteridle: bool | Unset = UNSET
    """ Whether the agent becomes idle after a call (false means wrap-up). """
    releasephone: bool | Unset = UNSET
    """ Whether the phone is hung up after each call (false keeps it off-hook). """
    agenttype: AgentType | Unset = UNSET
    """ The kind of agent that signs in. """
    ip: str | Unset = UNSET
    """ The agent's IPv4 address (IPv6 is not supported). """
    entry_ip: str | Unset = UNSET
    """ IPv4 address of the client application's gateway. """
    phonelinkage: bool | Unset = UNSET
    """ Whether a hard phone is linked (eSpace 7910 only). """
    check_in_webm: bool | Unset = UNSET
    """ Whether to sign in to the text (web) media server. """
    check_in_mailm: bool | Unset = UNSET
    """ Whether to sign in to the mail media server. """
    vc_phone_number: str | Unset = UNSET
    """ The video-conference number (at most 24 characters: ASCII letters, digits, `*`,
    `#`, `+`, `.`, `_`, `-`).
     """
    listen_status: bool | Unset = UNSET
    """ For inspectors, whether to be told when agents sign in or out. """
    call_back_uri: str | Unset = UNSET
    """ Where the gateway pushes events (push mode, only with `serviceToken`). At most 200
    characters of printable ASCII (a URI: no space or control character).
     """
    service_token: str | Unset = UNSET
    """ Token the gateway sends with pushed events (push mode, only with `callBackUri`). """
    status: SignInStatus | Unset = UNSET
    """ The state the agent is in after signing in (`signIn`, `forceSignIn`). Rest (8) was
    added in documentation issue 24; it needs `time` (and takes `restcause`).
     """
    sign_in_mode: int | str | Unset = UNSET
    """ The sign-in mode of the agent, sent with `signIn` and `forceSignIn` and reported back
    by `syncAgentInfo`. Added in documentation issue 24 (AICC 25.200.0). Sent only when
    the caller sets it; the gateway decides what an absent value means.
     """
    time: int | Unset = UNSET
    """ How long the agent rests after signing in with `status` 8, in seconds
    (1-86399). Added in documentation issue 24.
     """
    restcause: int | Unset = UNSET
    """ The rest reason code (configured on the platform) when signing in with
    `status` 8; 0 means no reason (0-255). Added in documentation issue 24.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        phonenum = self.phonenum

        autoanswer = self.autoanswer

        autoenteridle = self.autoenteridle

        releasephone = self.releasephone

        agenttype: int | Unset = UNSET
        if not isinstance(self.agenttype, Unset):
            agenttype = self.agenttype.value

        ip = self.ip

        entry_ip = self.entry_ip

        phonelinkage = self.phonelinkage

        check_in_webm = self.check_in_webm

        check_in_mailm = self.check_in_mailm

        vc_phone_number = self.vc_phone_number

        listen_status = self.listen_status

        call_back_uri = self.call_back_uri

        service_token = self.service_token

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sign_in_mode: int | str | Unset
        if isinstance(self.sign_in_mode, Unset):
            sign_in_mode = UNSET
        else:
            sign_in_mode = self.sign_in_mode

        time = self.time

        restcause = self.restcause

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "phonenum": phonenum,
            }
        )
        if autoanswer is not UNSET:
            field_dict["autoanswer"] = autoanswer
        if autoenteridle is not UNSET:
            field_dict["autoenteridle"] = autoenteridle
        if releasephone is not UNSET:
            field_dict["releasephone"] = releasephone
        if agenttype is not UNSET:
            field_dict["agenttype"] = agenttype
        if ip is not UNSET:
            field_dict["ip"] = ip
        if entry_ip is not UNSET:
            field_dict["entryIp"] = entry_ip
        if phonelinkage is not UNSET:
            field_dict["phonelinkage"] = phonelinkage
        if check_in_webm is not UNSET:
            field_dict["checkInWebm"] = check_in_webm
        if check_in_mailm is not UNSET:
            field_dict["checkInMailm"] = check_in_mailm
        if vc_phone_number is not UNSET:
            field_dict["vcPhoneNumber"] = vc_phone_number
        if listen_status is not UNSET:
            field_dict["listenStatus"] = listen_status
        if call_back_uri is not UNSET:
            field_dict["callBackUri"] = call_back_uri
        if service_token is not UNSET:
            field_dict["serviceToken"] = service_token
        if status is not UNSET:
            field_dict["status"] = status
        if sign_in_mode is not UNSET:
            field_dict["signInMode"] = sign_in_mode
        if time is not UNSET:
            field_dict["time"] = time
        if restcause is not UNSET:
            field_dict["restcause"] = restcause

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        password = src_dict["password"]

        phonenum = src_dict["phonenum"]

        autoanswer = get("autoanswer", UNSET)

        autoenteridle = get("autoenteridle", UNSET)

        releasephone = get("releasephone", UNSET)

        _agenttype = get("agenttype", UNSET)
        agenttype: AgentType | Unset
        if _agenttype is UNSET:
            agenttype = UNSET
        else:
            try:
                agenttype = _AgentType_VALUES[_agenttype]
            except (KeyError, TypeError):
                agenttype = AgentType(_agenttype)

        ip = get("ip", UNSET)

        entry_ip = get("entryIp", UNSET)

        phonelinkage = get("phonelinkage", UNSET)

        check_in_webm = get("checkInWebm", UNSET)

        check_in_mailm = get("checkInMailm", UNSET)

        vc_phone_number = get("vcPhoneNumber", UNSET)

        listen_status = get("listenStatus", UNSET)

        call_back_uri = get("callBackUri", UNSET)

        service_token = get("serviceToken", UNSET)

        _status = get("status", UNSET)
        status: SignInStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = _SignInStatus_VALUES[_status]
            except (KeyError, TypeError):
                status = SignInStatus(_status)

        sign_in_mode: int | str | Unset = get("signInMode", UNSET)

        time = get("time", UNSET)

        restcause = get("restcause", UNSET)

        sign_in_request = cls(
            password,
            phonenum,
            autoanswer,
            autoenteridle,
            releasephone,
            agenttype,
            ip,
            entry_ip,
            phonelinkage,
            check_in_webm,
            check_in_mailm,
            vc_phone_number,
            listen_status,
            call_back_uri,
            service_token,
            status,
            sign_in_mode,
            time,
            restcause,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sign_in_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sign_in_request

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
