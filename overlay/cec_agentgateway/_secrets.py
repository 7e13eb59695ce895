"""The one place where secrets are kept out of what is logged.

Every Guid a session uses or used, and anything shaped like a Guid or password on the wire
(``Set-GUID``/``Guid`` headers, ``JSESSIONID=…``, a ``"password"`` field), is replaced by
``<redacted>`` in the records of this package's logger and of the loggers of httpx and
httpcore (which print headers at DEBUG). :func:`install` puts the filter on those loggers;
the package does it when imported. A filter on a logger only sees records logged to that
very logger, so each of them gets one.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
from typing import Protocol

__all__ = ["SecretFilter", "install", "remember", "scrub"]

REDACTED = "<redacted>"

#: Loggers whose records are scrubbed (httpcore logs from its submodules' loggers).
LOGGERS = (
    "cec_agentgateway",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",  # HTTP/2 header decoding, when h2 is installed and http2 is used
    "hpack.table",
)

_PATTERNS = (
    # JSESSIONID=<guid> in Set-GUID / cookies, as text or bytes repr.
    re.compile(r"(JSESSIONID=)[^;,\s'\"\\]+", re.IGNORECASE),
    # Header tuples as httpcore prints them: (b'Guid', b'…'), (b'Set-GUID', b'…').
    re.compile(r"(\(b?['\"](?:set-)?guid['\"],\s*b?['\"])[^'\"]*", re.IGNORECASE),
    # "Guid: …" / "guid=…" as a header line or key.
    re.compile(r"(\b(?:set-)?guid['\"]?\s*[:=]\s*['\"]?)[0-9A-Za-z._~+/=-]{8,}", re.IGNORECASE),
    # A password in a JSON body or a mapping repr.
    re.compile(r"(['\"]password['\"]\s*:\s*['\"])[^'\"]*", re.IGNORECASE),
    # The Guid's own shape: <UUID>.AgentGateway<N>.
    re.compile(r"()[0-9A-Za-z-]{8,}\.AgentGateway\d*"),
)


class _HasSecrets(Protocol):
    def secrets(self) -> list[str]: ...


_holders: weakref.WeakSet[_HasSecrets] = weakref.WeakSet()
_holders_lock = threading.Lock()


def remember(holder: _HasSecrets) -> None:
    """Let the filter know ``holder`` (a ``GuidAuth``) and so every Guid it uses."""
    with _holders_lock:
        _holders.add(holder)


def _known_secrets() -> list[str]:
    with _holders_lock:
        holders = list(_holders)
    found = {s for holder in holders for s in holder.secrets() if len(s) >= 4}
    return sorted(found, key=len, reverse=True)


def scrub(text: str) -> str:
    """``text`` with every known Guid and every Guid- or password-shaped value redacted."""
    for secret in _known_secrets():
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class SecretFilter(logging.Filter):
    """Rewrites a record's message (and traceback text) with the secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging to report
            return True
        clean = scrub(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


_FILTER = SecretFilter()


def install() -> None:
    """Put the secret filter on this package's, httpx's and httpcore's loggers (idempotent)."""
    for name in LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
