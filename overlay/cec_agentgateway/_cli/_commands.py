"""The declarative table of subcommands: one entry per :class:`~cec_agentgateway.Agent` method.

Each :class:`Command` names the subcommand, the ``Agent`` method it calls and the method's
arguments as :class:`Param` entries; the parser, the call and the output are derived from it.
Adding a subcommand for a new agent method is one entry in :data:`AGENT_COMMANDS`, e.g.::

    Command("rest", "rest", (Param("seconds", int, positional=True), Param("cause", int))),

``cec-agentgw rest 600 --cause 3`` then calls ``agent.rest(seconds=600, cause=3)`` and prints
the result. Every parameter is passed by name (the table's order need not be the method's);
options the user left out are not passed at all, so the method's own defaults apply. A method
of a namespace is named with a dot (``"queue.waiting"``). The help text is the first line of
the method's docstring unless the entry gives one. ``tests/cli/test_cli.py``
checks every entry against its method's signature.
"""

from __future__ import annotations

import argparse
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._recording import StderrProgress
from ..generated.models import (
    ChatTransferDeviceType,
    ChatTransferMode,
    ExternalTransferMode,
    InternalTransferMode,
    MediaType,
    QcSwitchType,
    TransferDeviceType,
)
from ._args import (
    Context,
    EnumArg,
    Prepare,
    held_call,
    note_current_call,
    only_held_call,
    read_data,
    transfer_mode,
)

__all__ = ["AGENT_COMMANDS", "SIGN_IN_PARAMS", "Command", "Param", "agent_method", "boolean"]

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def boolean(text: str) -> bool:
    """An explicit boolean argument: ``true``/``false`` (also yes/no, on/off, 1/0)."""
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


@dataclass(frozen=True)
class Param:
    """One argument of an agent method.

    Attributes:
        name: the method's parameter name; the option is ``--name-with-dashes``.
        type: converts the command-line text (``int``, ``float``, ``str``, :func:`boolean`).
        help: shown by ``--help``.
        positional: a positional argument on the command line (passed to the method by name).
        many: one or more values, passed as a list (``nargs="+"``).
        optional: for a positional argument: may be left out (``nargs="?"``).
        flag: an option without a value that passes this constant (e.g. True for
            ``--include-last-call``, False for ``--no-wait``).
        option: the option's spelling when not ``--name`` (e.g. ``--no-wait``).
        secret_env: a secret (a token): never an option on the command line, only read
            from this environment variable.
    """

    name: str
    type: Callable[[str], Any] = str
    help: str = ""
    positional: bool = False
    many: bool = False
    optional: bool = False
    flag: bool | None = None
    option: str | None = None
    secret_env: str | None = None

    @property
    def dest(self) -> str:
        return f"param_{self.name}"

    @property
    def help_text(self) -> str:
        """``help``, with the names an enum argument takes (names or numbers)."""
        if isinstance(self.type, EnumArg):
            names = f"a name or number: {self.type.describe()}"
            return f"{self.help} ({names})" if self.help else names
        if self.type is boolean and "true" not in self.help:
            return f"{self.help} (true or false)" if self.help else "true or false"
        return self.help

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        if self.secret_env is not None:
            return
        if self.positional:
            nargs: str | None = "+" if self.many else ("?" if self.optional else None)
            parser.add_argument(
                self.dest,
                metavar=self.name.upper(),
                type=self.type,
                nargs=nargs,
                help=self.help_text,
            )
            return
        spelling = self.option or "--" + self.name.replace("_", "-")
        if self.flag is not None:
            parser.add_argument(
                spelling,
                dest=self.dest,
                action="store_const",
                const=self.flag,
                help=self.help_text,
            )
        else:
            parser.add_argument(
                spelling,
                dest=self.dest,
                type=self.type,
                nargs="+" if self.many else None,
                metavar=self.name.upper(),
                help=self.help_text,
            )

    def value(self, args: argparse.Namespace, environ: Mapping[str, str]) -> Any:
        if self.secret_env is not None:
            return environ.get(self.secret_env) or None
        return getattr(args, self.dest, None)


@dataclass(frozen=True)
class Command:
    """A subcommand that calls one agent method (see the module docstring)."""

    name: str
    method: str
    params: tuple[Param, ...] = ()
    help: str | None = None
    #: The method replaces the Guid: refuse to run unless the new one can be stored.
    stores_guid: bool = False
    #: Keyword arguments always passed (e.g. ``listen=False``: a call handle made by a
    #: one-shot command must not start polling, and so consuming, the agent's events).
    fixed: tuple[tuple[str, Any], ...] = ()
    #: Steps that complete the arguments first (data from stdin, the only held call, ...).
    prepare: tuple[Prepare, ...] = ()
    #: With ``--wait``: the event types whose first arrival is printed as the outcome.
    outcome: tuple[str, ...] = ()
    #: What is printed instead of the method's result (``hold``: the held call).
    then: Callable[[Context, Any], Any] | None = None

    def call_arguments(
        self, args: argparse.Namespace, environ: Mapping[str, str]
    ) -> tuple[list[Any], dict[str, Any]]:
        """The positional and keyword arguments for the method, from parsed arguments."""
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        for param in self.params:
            value = param.value(args, environ)
            if param.positional and not param.optional:
                keywords[param.name] = value  # by name: the table's order need not be the method's
            elif value is not None:
                keywords[param.name] = value
        keywords.update(self.fixed)
        return positional, keywords


#: Passed to the methods that return a call handle: no event polling from a one-shot command.
_NO_LISTENING: tuple[tuple[str, Any], ...] = (("listen", False),)
_UNCHECKED: tuple[tuple[str, Any], ...] = (("check", False), ("wait", False))

#: Waiting for a placed call to connect: only when asked (events are polled meanwhile).
_WAIT = (
    Param("wait", flag=True, help="return once the call is connected (polls events meanwhile)"),
    Param("wait_timeout", float, help="seconds to wait with --wait (default 60)"),
)

#: Every agent operation available from the command line, in ``--help`` order.
AGENT_COMMANDS: tuple[Command, ...] = (
    Command(
        "call-info",
        "call_info",
        (Param("include_last_call", flag=True, help="the last call when there is none now"),),
    ),
    Command(
        "call-app-data",
        "call_app_data",
        (
            Param(
                "call_id", positional=True, optional=True, help="the call (needed for multimedia)"
            ),
            Param("base64", flag=True, help="have the gateway send Base64 (decoded here)"),
        ),
    ),
    Command(
        "query-conferences",
        "query_conferences",
        (Param("conf_ids", int, positional=True, many=True, help="1-20 conference IDs"),),
    ),
    Command(
        "request-conference",
        "request_conference",
        (
            Param("member_num", int, positional=True, help="participants, 1-120"),
            Param("conf_caller_no", help="calling number shown to the participants"),
            Param("time", int, help="duration in minutes, 4-1440"),
            Param("prompt_time", int, help="minutes before the end to warn, 3-1440"),
            Param("beep_tone", boolean, help="true/false: play a tone (needs --voice-path)"),
            Param("play_mode", int, help="how the tone is played"),
            Param("voice_path", help="the voice file to play"),
            Param(
                "wait",
                flag=False,
                option="--no-wait",
                help="return once accepted; don't poll events for the outcome",
            ),
            Param("wait_timeout", float, help="seconds to wait for the outcome (default 30)"),
        ),
    ),
    Command("sync-state", "sync_state"),
    Command("status", "status"),
    Command(
        "handshake",
        "handshake",
        (Param("service_token", secret_env="CEC_AGENTGW_SERVICE_TOKEN"),),
        help="the push-mode heartbeat (service token from CEC_AGENTGW_SERVICE_TOKEN)",
    ),
    Command(
        "update-guid",
        "update_guid",
        help="ask the gateway for a fresh Guid and store it in the Guid file",
        stores_guid=True,
    ),
    Command(
        "sign-out",
        "sign_out",
        (
            Param("force", flag=True, help="even in a call"),
            Param("reason", int, help="reason code 1-255 (implies --force)"),
        ),
    ),
    Command(
        "poll-event",
        "poll_event",
        (Param("calldata", help="the reference's calldata query parameter"),),
    ),
    # ------------------------------------------------------------ the agent's working state
    Command("ready", "ready"),
    Command(
        "busy",
        "busy",
        (
            Param("reason", int, positional=True, optional=True, help="busy cause, 200-250"),
            Param("prolong", flag=True, help="change the cause of an agent already busy"),
            Param("wait", flag=True, help="wait for AgentState_SetNotReady_Success; print it"),
        ),
        outcome=("AgentState_SetNotReady_Success",),
    ),
    Command("cancel-busy", "cancel_busy"),
    Command(
        "rest",
        "rest",
        (
            Param("seconds", int, positional=True, help="1-86399"),
            Param("cause", int, help="rest reason code, 0-255"),
            Param("prolong", flag=True, help="rest again while resting"),
            Param("wait", flag=True, help="wait for AgentState_SetRest_Success; print it"),
        ),
        outcome=("AgentState_SetRest_Success",),
    ),
    Command("cancel-rest", "cancel_rest"),
    Command("wrap-up", "wrap_up"),
    Command("end-wrap-up", "end_wrap_up"),
    Command(
        "set-auto-answer",
        "set_auto_answer",
        (Param("enabled", boolean, positional=True, help="true: answer at once; false: ring"),),
    ),
    Command(
        "set-auto-enter-idle",
        "set_auto_enter_idle",
        (Param("enabled", boolean, positional=True, help="true: idle; false: wrap-up"),),
    ),
    # ------------------------------------------------------------ skills, queues, groups, messages
    Command("skills", "skills"),
    Command("skills-of", "skills_of", (Param("work_no", positional=True),)),
    Command(
        "join-skills",
        "join_skills",
        (
            Param("skill_ids", int, many=True, help="the queues to join (default: all configured)"),
            Param("phone_linkage", boolean, help="true/false"),
        ),
    ),
    Command("queue-waiting", "queue.waiting"),
    Command("queue-waiting-joined", "queue.waiting_in_joined"),
    Command(
        "queue-waiting-for-skill",
        "queue.waiting_for_skill",
        (Param("skill_id", int, positional=True),),
    ),
    Command("acd-stats", "queue.acd_stats", (Param("skill_ids", int, positional=True, many=True),)),
    Command("vdn-skills", "queue.vdn_skills"),
    Command("idle-agents", "group.idle_agents"),
    Command("agent-states", "group.agent_states"),
    # the supervisor's desk (agent.team): each subcommand is one gateway operation
    Command("team-agents", "team.agents"),
    Command("monitorable-agents", "team.monitorable"),
    Command("team-events", "team.events"),
    Command("listen", "team.listen", (Param("work_no", positional=True),)),
    Command("barge-in", "team.barge_in", (Param("work_no", positional=True),)),
    Command("whisper", "team.whisper", (Param("work_no", positional=True),)),
    Command("stop-whisper", "team.stop_whisper", (Param("work_no", positional=True),)),
    Command("stop-monitoring", "team.stop_monitoring", (Param("work_no", positional=True),)),
    Command("switch-monitoring", "team.switch", (Param("work_no", positional=True),)),
    Command(
        "switch-mode",
        "team.switch_mode",
        (Param("work_no", positional=True), Param("mode", EnumArg(QcSwitchType), positional=True)),
    ),
    Command("take-over", "team.take_over", (Param("work_no", positional=True), Param("call_id"))),
    Command("force-busy", "team.force_busy", (Param("work_no", positional=True),)),
    Command("force-idle", "team.force_idle", (Param("work_no", positional=True),)),
    Command(
        "force-rest",
        "team.force_rest",
        (
            Param("work_no", positional=True),
            Param("seconds", int, positional=True),
            Param("cause", int, positional=True),
        ),
    ),
    Command("force-sign-out", "team.force_sign_out", (Param("work_no", positional=True),)),
    Command("force-drop-call", "team.force_drop_call", (Param("call_id", positional=True),)),
    # team views (agent groups) and adjustskill (issue 19)
    Command("team-groups", "team.groups"),
    Command("team-group-of", "team.group_of", (Param("work_no", positional=True, optional=True),)),
    Command("team-group-members", "team.group_members", (Param("group_id", int, positional=True),)),
    Command("team-online-agents", "team.online_agents"),
    Command("team-agent", "team.agent", (Param("work_no", positional=True),)),
    Command("team-skill-agents", "team.skill_agents", (Param("skill_id", int, positional=True),)),
    Command("rest-reasons", "team.rest_reasons"),
    Command("can-pick-up", "team.can_pick_up"),
    Command("is-inspector", "team.is_inspector"),
    Command(
        "adjust-skills",
        "team.adjust_skills",
        (Param("work_no", positional=True), Param("skill_ids", int, positional=True, many=True)),
    ),
    Command(
        "send-note",
        "send_note",
        (
            Param("agent_ids", many=True, option="--to", help="the recipients' agent IDs"),
            Param("content", positional=True, help="the note, at most 1023 UTF-8 bytes"),
        ),
    ),
    Command(
        "notify-bulletin",
        "notify_bulletin",
        (
            Param("text", positional=True),
            Param("group", help="the agent group's name"),
            Param("skill_id", int, help="the skill queue"),
        ),
    ),
    # ------------------------------------------------------------ voice calls and call data
    # A command that places a call prints the call (its ID); it polls no events unless
    # --wait asks it to wait until the call is connected.
    Command(
        "call-out",
        "call_out",
        (
            Param("called", positional=True, help="the number to call (1-24 of 0-9, *, #)"),
            Param("caller", help="the number shown to the far end"),
            Param("skill_id", int, help="the skill the call counts for"),
            Param("app_data", help="call-associated data, at most 16 KB"),
            Param("media_ability", int, help="0 audio, 1 video, 2 negotiated"),
            Param("uui_data", help="user-to-user information for the called party"),
            *_WAIT,
        ),
        fixed=_NO_LISTENING,
    ),
    Command(
        "preview-call-out",
        "preview_call_out",
        (
            Param("called", positional=True, help="one of the preview's dialeddigits"),
            Param("control_id", int, positional=True, help="the preview's controlid"),
            *_WAIT,
        ),
        fixed=_NO_LISTENING,
    ),
    Command(
        "cancel-preview-call-out",
        "cancel_preview_call_out",
        (Param("control_id", int, positional=True, help="the preview's controlid"),),
    ),
    Command(
        "answer",
        "answer",
        (Param("call_id", positional=True, optional=True, help="when several calls are offered"),),
    ),
    Command("hold", "hold", prepare=(note_current_call,), then=held_call),
    Command(
        "retrieve",
        "retrieve",
        (
            Param(
                "call_id",
                positional=True,
                optional=True,
                help="the held call (default: the only one on hold)",
            ),
        ),
        prepare=(only_held_call,),
    ),
    Command("release", "release"),
    Command(
        "call-inner",
        "call_inner",
        (
            Param("called", positional=True, help="the colleague's agent ID"),
            Param("caller"),
            Param("skill_id", int),
            Param("app_data", help="call-associated data"),
            *_WAIT,
        ),
        fixed=_NO_LISTENING,
    ),
    Command(
        "consult",
        "consult",
        (
            Param("address", positional=True, help="an agent ID, or a skill queue"),
            Param(
                "device_type", EnumArg(TransferDeviceType), help="AGENT (default) or SKILL_QUEUE"
            ),
            Param("three_party", boolean, help="true: the helper joins the customer's call"),
            Param("hold", boolean, help="true/false: hold the customer"),
            Param("app_data", help="call-associated data"),
            *_WAIT,
        ),
        fixed=_NO_LISTENING,
    ),
    Command(
        "join-three-party",
        "join_three_party",
        (
            Param("held_call_id", positional=True, help="the held call to join"),
            Param("app_data", help="call-associated data"),
        ),
    ),
    Command(
        "transfer",
        "transfer",
        (
            Param(
                "device_type",
                EnumArg(TransferDeviceType),
                positional=True,
                help="what ADDRESS is",
            ),
            Param("address", positional=True, help="the skill, agent, IVR, access code or number"),
            Param(
                "mode",
                EnumArg(InternalTransferMode, ExternalTransferMode),
                positional=True,
                help="internal modes for device types 1-4, then external ones for 5",
            ),
            Param("app_data", help="call-associated data"),
            Param("caller", help="calling number shown (external transfers)"),
            Param("media_ability", int),
            Param("wait", flag=True, help="wait for AgentEvent_TransOutResult; print it"),
            Param("wait_timeout", float, help="seconds to wait with --wait (default 60)"),
        ),
        prepare=(transfer_mode,),
        outcome=("AgentEvent_TransOutResult",),
    ),
    Command("cancel-transfer", "cancel_transfer"),
    Command("mute", "mute"),
    Command("unmute", "unmute"),
    Command(
        "send-dtmf", "send_dtmf", (Param("digits", positional=True, help="1-24 of 0-9, *, #"),)
    ),
    Command("connect-held", "connect_held", (Param("call_id", positional=True),)),
    Command("drop-call", "drop_call", (Param("call_id", positional=True),)),
    Command("disconnect", "disconnect", (Param("number", positional=True),)),
    Command(
        "snatch-pickup",
        "snatch_pickup",
        (Param("ringing_agent_id", positional=True, help="the agent whose phone rings"),),
    ),
    Command(
        "phone-pickup",
        "phone_pickup",
        (Param("legacy_put", flag=True, help="send PUT, as older clients do"),),
    ),
    Command(
        "phone-hangup",
        "phone_hangup",
        (Param("legacy_put", flag=True, help="send PUT, as older clients do"),),
    ),
    Command(
        "set-call-data",
        "set_call_data",
        (
            Param(
                "data",
                positional=True,
                help="the data (at most 16 KB in UTF-8); - reads standard input, @FILE a file",
            ),
            Param("call_id", help="another call than the current one"),
            Param("base64", flag=True, help="send it Base64-encoded (isDataEncoded)"),
        ),
        prepare=(read_data("data"),),
    ),
    Command("call-info-by-id", "call_info_by_id", (Param("call_id", positional=True),)),
    Command(
        "call-info-before-answer",
        "call_info_before_answer",
        (Param("call_id", positional=True, optional=True, help="the ringing call"),),
    ),
    Command("held-calls", "held_calls"),
    Command("call-ids", "call_ids"),
    # conferences and recordings (issue 20); a chair's actions are on its conference handle
    Command(
        "answer-conference", "answer_conference", (Param("wait", flag=False, option="--no-wait"),)
    ),
    Command("reject-conference", "reject_conference"),
    Command(
        "leave-conference", "leave_conference", (Param("wait", flag=False, option="--no-wait"),)
    ),
    Command("vdn-conference-ids", "vdn_conference_ids"),
    Command(
        "start-recording",
        "start_recording",
        (
            Param("file_name", help="where the gateway stores the file"),
            Param("wait", flag=False, option="--no-wait", help="do not wait for the file name"),
        ),
    ),
    Command("stop-recording", "stop_recording"),
    Command(
        "download-recording",
        "download_recording",
        (
            Param("record_id", positional=True, help="the file name AgentMediaEvent_Record gave"),
            Param("destination", positional=True, help="the file to write"),
            Param("file_type", help="1 a call recording (default), 2 a voice message"),
            Param("location_id", help="the recording's central node (locationId)"),
            Param("max_resumes", int, help="how often a broken download is resumed (3)"),
        ),
        fixed=(("progress", StderrProgress()),),  # a progress bar on stderr
    ),
    # playback, screen recording and the other downloads (issue 20, rest); a one-shot
    # command does not know the playback's state, so the gateway decides (check=False), and
    # it returns once the gateway accepted the step (wait=False: an earlier command's long
    # poll may still be open and take the outcome event)
    Command(
        "play",
        "playback.play",
        (
            Param("file", positional=True, help="the recording's file path (voicepath)"),
            Param("start", int, help="where to start, in seconds"),
            Param("times", int, help="how many times to play it"),
            Param("cc_id", int, help="the call center holding the file (netplay)"),
            Param("loop", flag=True, help="netplay: loop until stopped"),
            Param("wait", flag=False, option="--no-wait", help="do not wait for Play_Succ"),
        ),
    ),
    Command("pause-playback", "playback.pause", fixed=_UNCHECKED),
    Command("resume-playback", "playback.resume", fixed=_UNCHECKED),
    Command(
        "forward-playback",
        "playback.forward",
        (Param("seconds", int, positional=True, help="how far forward"),),
        fixed=_UNCHECKED,
    ),
    Command(
        "rewind-playback",
        "playback.back",
        (Param("seconds", int, positional=True, help="how far back"),),
        fixed=_UNCHECKED,
    ),
    Command("stop-playback", "playback.stop", fixed=_UNCHECKED),
    Command("start-screen-recording", "start_screen_recording"),
    Command("stop-screen-recording", "stop_screen_recording"),
    Command(
        "download-call-recording",
        "download_call_recording",
        (
            Param("call_id", positional=True, help="the call (VoiceCyber recording mode)"),
            Param("destination", positional=True, help="the file to write"),
            Param("video_file", help="the call's video file (hwFileName); left out: audio"),
            Param("work_no", help="the inspected agent whose call it was"),
            Param("max_resumes", int, help="how often a broken download is resumed (3)"),
        ),
        fixed=(("progress", StderrProgress()),),
    ),
    Command(
        "download-video",
        "download_video",
        (
            Param("path", positional=True, help="the video file's path (recordId)"),
            Param("destination", positional=True, help="the file to write"),
            Param("location_id", int, help="the file's node (CTI pool mode)"),
            Param("max_resumes", int, help="how often a broken download is resumed (3)"),
        ),
        fixed=(("progress", StderrProgress()),),
    ),
    # issue 22: the account, transfer targets, queue statistics, queued calls
    Command(
        "change-password",
        "change_password",
        (
            Param("old_password", secret_env="CEC_AGENTGW_PASSWORD"),
            Param("new_password", secret_env="CEC_AGENTGW_NEW_PASSWORD"),
        ),
    ),
    Command("softphone-login", "softphone_login"),
    Command("custom-state", "custom_state"),
    Command("heartbeat", "heartbeat"),
    Command("set-talk-right", "set_talk_right", (Param("accept", boolean, positional=True),)),
    Command("joined-skills-of", "queue.joined_skills_of", (Param("work_no", positional=True),)),
    Command("ivr-flows", "queue.ivr_flows"),
    Command("access-codes", "queue.access_codes"),
    Command("skills-of-vdn", "queue.skills_of_vdn", (Param("vdn_id", int, positional=True),)),
    Command(
        "skill-stats",
        "queue.skill_stats",
        (Param("skill_ids", int, positional=True, many=True, optional=True),),
    ),
    Command(
        "call-skill",
        "call_skill",
        (Param("skill_id", int, positional=True), *_WAIT),
        fixed=_NO_LISTENING,
    ),
    Command(
        "pick-queued-call",
        "pick_queued_call",
        (Param("call_id", positional=True), Param("skill_id", int, positional=True)),
    ),
    Command("waiting-calls", "waiting_calls", (Param("skill_id", int, positional=True),)),
    Command(
        "move-queued-call",
        "move_queued_call",
        (Param("call_id", positional=True), Param("skill_id", int, positional=True)),
    ),
    Command("call-ids-of", "call_ids_of", (Param("work_no", positional=True),)),
    # chats (mediacall, textchat): issue 21
    Command(
        "set-chat-capacity",
        "set_chat_capacity",
        (
            Param("count", int, positional=True, help="how many chats at once, 1-60"),
            Param("media_type", EnumArg(MediaType), help="default WEB_CHAT"),
        ),
    ),
    Command("answer-chat", "answer_chat", (Param("call_id", positional=True),)),
    Command("reject-chat", "reject_chat", (Param("call_id", positional=True),)),
    Command("end-chat", "end_chat", (Param("call_id", positional=True),)),
    Command(
        "send-chat-message",
        "send_chat_message",
        (
            Param("call_id", positional=True),
            Param("text", positional=True),
            Param("via", help="textchat (default) or mediacall"),
        ),
    ),
    Command(
        "transfer-chat",
        "transfer_chat",
        (
            Param("call_id", positional=True),
            Param("to", positional=True),
            Param("device_type", EnumArg(ChatTransferDeviceType), help="default AGENT"),
            Param("mode", EnumArg(ChatTransferMode), help="default RELEASE"),
            Param("via", help="textchat (default) or mediacall"),
        ),
    ),
    Command(
        "send-chat-file",
        "send_chat_file",
        (Param("call_id", positional=True), Param("file", positional=True), Param("name")),
    ),
    Command(
        "download-chat-file",
        "download_chat_file",
        (Param("file_path", positional=True), Param("to", positional=True)),
    ),
    # internal chats, messages without a call, multimedia conferences: issue 21 (rest)
    Command("internal-chat", "start_internal_chat", (Param("colleague", positional=True),)),
    Command(
        "send-message-without-call",
        "send_message_without_call",
        (
            Param("receiver", positional=True),
            Param("text", positional=True),
            Param("skill_id", positional=True, help="the skill queue it is sent through"),
            Param("chat_id", help="the client's number for the message (default: made up)"),
            Param("method", help="POST (default) or PUT"),
        ),
    ),
    Command(
        "request-multimedia-conference",
        "request_multimedia_conference",
        (
            Param("call_id", positional=True),
            Param("vdn_id", int, positional=True),
            Param("agents", positional=True, many=True, help="the agents to invite"),
        ),
    ),
    Command(
        "invite-multimedia-conference",
        "invite_to_multimedia_conference",
        (
            Param("conf_id", int, positional=True),
            Param("vdn_id", int, positional=True),
            Param("agents", positional=True, many=True, help="the agents to invite"),
        ),
    ),
    Command(
        "report-multimedia-conference-join",
        "report_multimedia_conference_join",
        (
            Param("conf_id", int, positional=True),
            Param("result", int, help="0 (default): joined; else the client's result code"),
            Param("cause", int, help="why joining failed"),
        ),
    ),
    Command(
        "stop-multimedia-conference",
        "stop_multimedia_conference",
        (Param("conf_id", int, positional=True),),
    ),
)


def agent_method(owner: Any, dotted: str) -> Any:
    """The method ``dotted`` names (``"rest"``, ``"queue.waiting"``) on an agent or its class.

    On the class, a namespace property (``queue``, ``group``) is followed through its
    return annotation, so help texts and signatures are read without a session.
    """
    *namespaces, name = dotted.split(".")
    for namespace in namespaces:
        if isinstance(owner, type):
            prop = getattr(owner, namespace)
            owner = typing.get_type_hints(prop.fget)["return"]
        else:
            owner = getattr(owner, namespace)
    return getattr(owner, name)


#: Keyword arguments of ``AgentGateway.sign_in`` offered by ``sign-in`` (password: never).
SIGN_IN_PARAMS: tuple[Param, ...] = (
    Param("force", flag=True, help="take over a session the agent has elsewhere"),
    Param("platform_only", flag=True, help="sign in to the call platform only (loginex)"),
    Param("status", int, help="state after sign-in (e.g. 4 idle, 8 resting)"),
    Param("auto_answer", boolean, help="true/false"),
    Param("auto_enter_idle", boolean, help="true/false"),
    Param("release_phone", boolean, help="true/false"),
    Param("agent_type", int),
    Param("ip"),
    Param("entry_ip"),
    Param("phone_linkage", boolean, help="true/false"),
    Param("check_in_webm", boolean, help="true/false"),
    Param("check_in_mailm", boolean, help="true/false"),
    Param("vc_phone_number"),
    Param("listen_status", boolean, help="true/false"),
    Param("sign_in_mode"),
    Param("rest_time", int, help="seconds of rest with --status 8"),
    Param("rest_cause", int, help="rest reason code with --status 8"),
)
