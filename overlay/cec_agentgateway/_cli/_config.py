"""Where the command line takes its settings from: flags first, then ``CEC_AGENTGW_*``.

Secrets (the password and the Guid) are never options: they come from the environment, a
Guid file, or an interactive prompt (getpass, so they are not echoed), and are never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ENV", "Settings", "UsageError", "add_common_options", "read_secret"]

#: The environment variables the command line reads, with what each holds.
ENV: Mapping[str, str] = {
    "CEC_AGENTGW_URL": "the gateway, e.g. https://cc-gateway.example.com:8043",
    "CEC_AGENTGW_AGENT_ID": "the agent's ID (workNo)",
    "CEC_AGENTGW_CA_BUNDLE": "PEM file of the CA(s) that signed the gateway's certificate",
    "CEC_AGENTGW_TIMEOUT": "seconds a gateway call may take in all, retries included"
    " (default: 10 per attempt, 60 in all)",
    "CEC_AGENTGW_PHONE": "the phone number to sign in with",
    "CEC_AGENTGW_PASSWORD": "the agent's password (else prompted for)",
    "CEC_AGENTGW_GUID": "the session's Guid, when there is no Guid file (else prompted for)",
    "CEC_AGENTGW_GUID_FILE": "file that holds the Guid; rotated Guids are written back to it",
    "CEC_AGENTGW_SERVICE_TOKEN": "push mode's service token, for handshake",
}


class UsageError(Exception):
    """The command line or the environment is incomplete; nothing was sent."""


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every subcommand takes, before or after its name (absent ones stay unset)."""
    group = parser.add_argument_group("connection (flags override CEC_AGENTGW_* variables)")
    suppress = argparse.SUPPRESS
    group.add_argument("--url", default=suppress, help="the gateway [CEC_AGENTGW_URL]")
    group.add_argument(
        "--agent", "-a", default=suppress, help="the agent ID [CEC_AGENTGW_AGENT_ID]"
    )
    group.add_argument(
        "--ca-bundle", default=suppress, metavar="PEM", help="CA file [CEC_AGENTGW_CA_BUNDLE]"
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=suppress,
        metavar="SECONDS",
        help="longest a gateway call may take, retries included [CEC_AGENTGW_TIMEOUT]",
    )
    group.add_argument(
        "--guid-file",
        default=suppress,
        metavar="PATH",
        help="read the Guid from PATH and write rotated Guids back [CEC_AGENTGW_GUID_FILE]",
    )
    group.add_argument(
        "--human", action="store_true", default=suppress, help="text instead of JSON"
    )
    group.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        default=suppress,
        help="log each request and retry to stderr (operation, status, retcode; never the Guid)",
    )


def _from(args: argparse.Namespace, name: str, environ: Mapping[str, str], var: str) -> str | None:
    value = getattr(args, name, None)
    if value is None:
        value = environ.get(var) or None
    return None if value is None else str(value)


@dataclass(frozen=True)
class Settings:
    """The connection settings of one invocation."""

    url: str | None
    agent_id: str | None
    ca_bundle: str | None
    timeout: float | None
    guid_file: Path | None
    human: bool

    @classmethod
    def read(cls, args: argparse.Namespace, environ: Mapping[str, str]) -> Settings:
        timeout_text = _from(args, "timeout", environ, "CEC_AGENTGW_TIMEOUT")
        try:
            timeout = None if timeout_text is None else float(timeout_text)
        except ValueError:
            raise UsageError(f"CEC_AGENTGW_TIMEOUT: not a number: {timeout_text!r}") from None
        guid_file = _from(args, "guid_file", environ, "CEC_AGENTGW_GUID_FILE")
        return cls(
            url=_from(args, "url", environ, "CEC_AGENTGW_URL"),
            agent_id=_from(args, "agent", environ, "CEC_AGENTGW_AGENT_ID"),
            ca_bundle=_from(args, "ca_bundle", environ, "CEC_AGENTGW_CA_BUNDLE"),
            timeout=timeout,
            guid_file=None if guid_file is None else Path(guid_file),
            human=bool(getattr(args, "human", False)),
        )

    def require_url(self) -> str:
        if self.url is None:
            raise UsageError("no gateway URL: pass --url or set CEC_AGENTGW_URL")
        return self.url

    def require_agent(self) -> str:
        if self.agent_id is None:
            raise UsageError("no agent ID: pass --agent or set CEC_AGENTGW_AGENT_ID")
        return self.agent_id

    def guid(self, environ: Mapping[str, str]) -> str:
        """The session's Guid: the Guid file (it follows rotations), else CEC_AGENTGW_GUID,
        else a prompt."""
        if self.guid_file is not None:
            path = self.guid_file
            try:
                guid = path.read_text(encoding="utf-8").strip()
            except FileNotFoundError:
                raise UsageError(
                    f"no Guid: the Guid file {path} does not exist"
                    f" (`cec-agentgw sign-in --detach --guid-file {path}` writes it)"
                ) from None
            except (OSError, UnicodeDecodeError) as error:
                reason = getattr(error, "strerror", None) or type(error).__name__
                raise UsageError(f"no Guid: cannot read the Guid file {path}: {reason}") from None
            if not guid:
                raise UsageError(
                    f"no Guid: the Guid file {path} is empty (signed out?): sign in again"
                    f" with `cec-agentgw sign-in --detach --guid-file {path}`"
                )
            return guid
        return environ.get("CEC_AGENTGW_GUID") or read_secret(
            "Guid", "set CEC_AGENTGW_GUID or CEC_AGENTGW_GUID_FILE (or run in a terminal)"
        )

    def clear_guid(self) -> None:
        """Empty the Guid file after a sign-out (its Guid is no longer valid)."""
        if self.guid_file is not None and self.guid_file.exists():
            self.guid_file.write_text("", encoding="utf-8")

    def store_guid(self, guid: str) -> None:
        """Write a (new) Guid to the Guid file, readable by its owner only."""
        if self.guid_file is None:
            return
        fd = os.open(self.guid_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(guid + "\n")


def read_secret(what: str, hint: str) -> str:
    """Prompt for a secret without echo; refuse when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        raise UsageError(f"no {what}: {hint}")
    try:
        return getpass.getpass(f"{what}: ")
    except EOFError:
        raise UsageError(f"no {what}: {hint}") from None
