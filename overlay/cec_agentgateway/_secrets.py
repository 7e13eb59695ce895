"""The one place where secrets and personal data are kept out of what is logged.

Every Guid a session uses or used, and anything shaped like a Guid or password on the wire
(``Set-GUID``/``Guid`` headers, ``JSESSIONID=…``, a ``"password"`` field), is replaced by
``<redacted>`` in the records of this package's logger and of the loggers of httpx and
httpcore (which print headers at DEBUG). :func:`install` puts the filter on those loggers;
the package does it when imported. A filter on a logger only sees records logged to that
very logger, so each of them gets one.

Personal data is redacted by its data class, which the spec gives (``x-data-class``): DTMF
digits (card numbers, PINs) in every record, whatever its level; customer numbers (the
``disconnect/{number}`` path, ``called``, ``caller``, a transfer's ``address``) in records at
INFO and above, unless :func:`log_customer_numbers` turned that off. The requests that errors
carry (``exc.response.request``, the ``.request`` of a chained httpx error) are replaced by
copies without the Guid header, the credentials of the body and those data
(:func:`masked_request`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
import threading
import weakref
from typing import TYPE_CHECKING, Any, Protocol

# Imported where used: the package imports this module first, and stays light to import.
if TYPE_CHECKING:
    import httpx

__all__ = [
    "SecretFilter",
    "install",
    "log_customer_numbers",
    "mask_exchange",
    "masked_request",
    "remember",
    "scrub",
]

REDACTED = "<redacted>"
#: Request headers that carry the session secret (never kept on an error's request).
_SECRET_HEADERS = frozenset({"guid", "cookie", "authorization", "set-guid"})

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


_holders: set[weakref.ref[_HasSecrets]] = set()
_holders_lock = threading.Lock()


# The known secrets, by length, kept up to date as holders announce new ones (a rotated
# Guid): with thousands of sessions, gathering every holder's secrets for each log record
# made a burst of poll warnings quadratic (issue 26). Values that no holder keeps any more
# (replaced Guids, ended sessions) are dropped when the set has doubled since it was last
# gathered from the holders, or at the next look after a holder (a session) is gone, so the
# work stays O(1) per change on average and a gone session's values do not outlive it for
# long. Read and changed under _holders_lock.
_by_length: dict[int, set[str]] = {}
_count = 0
_gathered = 0  # _count when last gathered from the holders
#: With more known secrets than this, a text is searched for them by length, not one by one.
_ONE_BY_ONE = 64


_recent: list[str] | None = None  # what was added while _gather read the holders
_stale = False  # a holder is gone: gather again before the next look-up


def _gone(ref: weakref.ref[_HasSecrets]) -> None:
    # Runs in the garbage collector, maybe while this very thread holds _holders_lock: it
    # only raises the flag (the dead reference is dropped by the next _gather).
    global _stale
    _stale = True


def _add(secret: str) -> None:
    global _count
    if len(secret) < 4:
        return
    if _recent is not None:
        _recent.append(secret)
    group = _by_length.setdefault(len(secret), set())
    if secret not in group:
        group.add(secret)
        _count += 1


def _gather() -> None:
    """Replace the known secrets by what the holders keep now. The holders are read without
    _holders_lock (each takes its own lock, which may be held by a thread waiting for
    _holders_lock); what is added meanwhile is added again after."""
    global _count, _gathered, _recent, _stale
    with _holders_lock:
        if _recent is not None:  # another thread is gathering
            return
        _recent = []
        for ref in [r for r in _holders if r() is None]:
            _holders.discard(ref)
        holders = [h for h in (ref() for ref in _holders) if h is not None]
    try:
        fresh: dict[int, set[str]] = {}
        for holder in holders:
            for secret in holder.secrets():
                if len(secret) >= 4:
                    fresh.setdefault(len(secret), set()).add(secret)
    finally:
        with _holders_lock:
            recent, _recent = _recent, None
    with _holders_lock:
        for secret in recent:
            fresh.setdefault(len(secret), set()).add(secret)
        _stale = False
        _by_length.clear()
        _by_length.update(fresh)
        _count = _gathered = sum(len(group) for group in fresh.values())


def remember(holder: _HasSecrets) -> None:
    """Let the filter know ``holder`` (a ``GuidAuth``) and so every Guid it uses."""
    secrets = holder.secrets()
    with _holders_lock:
        _holders.add(weakref.ref(holder, _gone))
        for secret in secrets:
            _add(secret)


def secrets_changed(*added: str, dropped: bool = False) -> None:
    """A holder has new secrets (``added``, e.g. a rotated Guid), or ``dropped`` some (a
    Guid replaced by hand): the dropped ones are forgotten at the next look-up."""
    global _stale
    with _holders_lock:
        for secret in added:
            _add(secret)
        if dropped:
            _stale = True
        due = _count > 2 * _gathered + _ONE_BY_ONE
    if due:
        _gather()


def _known_secrets() -> list[str]:
    """Every known secret, longest first."""
    if _stale:
        _gather()
    with _holders_lock:
        return sorted((s for group in _by_length.values() for s in group), key=len, reverse=True)


def _secrets_in(text: str) -> list[str]:
    """The known secrets that occur in ``text``, longest first."""
    if _stale:
        _gather()
    with _holders_lock:
        if _count <= _ONE_BY_ONE:
            present = [s for group in _by_length.values() for s in group if s in text]
        else:
            # Many sessions: look the text's substrings of each secret length up (the cost
            # grows with the text and the distinct lengths, not with the sessions).
            size = len(text)
            present = [
                text[i : i + n]
                for n, group in _by_length.items()
                if n <= size
                for i in range(size - n + 1)
                if text[i : i + n] in group
            ]
    return sorted(set(present), key=len, reverse=True)


# ------------------------------------------------------------------ personal data
_log_numbers = False


def log_customer_numbers(enabled: bool) -> None:
    """Let customer numbers (called, caller, destination) appear in log records at INFO and
    above (``True``), or redact them there again (``False``, the default). They are never
    redacted at DEBUG; DTMF digits are redacted at every level, whatever this says."""
    global _log_numbers
    if not isinstance(enabled, bool):
        from ._errors import RequestValidationError

        raise RequestValidationError("enabled", f"must be True or False, got {enabled!r}")
    _log_numbers = enabled


_VALUE = r"[^/?#&\s'\"]+"


def _path_regex(template: str, target: str) -> str:
    """A regex of ``template`` up to the parameter ``target`` (the group that precedes it)."""
    out = []
    for part in re.split(r"(\{[^}]+\})", template):
        if part == "{" + target + "}":
            break
        out.append(_VALUE if part.startswith("{") else re.escape(part))
    return "".join(out)


@functools.cache
def _data_rules() -> dict[str, tuple[tuple[re.Pattern[str], ...], frozenset[str]]]:
    """By data class: the URL patterns (group 1 precedes the value) and body field names."""
    from .generated.spec_extensions import OPERATIONS, REQUEST_CONSTRAINTS

    urls: dict[str, list[re.Pattern[str]]] = {}
    fields: dict[str, set[str]] = {}
    for key, rules in REQUEST_CONSTRAINTS.items():
        for name, bounds in rules["properties"].items():
            kind = bounds.get("x-data-class")
            if bounds.get("x-secret"):
                fields.setdefault("secret", set()).add(name)
            if not kind:
                continue
            operation_id, _, parameter = key.partition(".")
            if not parameter:  # a body schema's field
                fields.setdefault(kind, set()).add(name)
                continue
            template = OPERATIONS[operation_id]["path"]
            if "{" + parameter + "}" in template:
                source = "(" + _path_regex(template, parameter) + ")" + _VALUE
            else:
                path = _path_regex(template, "")
                source = (
                    "(" + path + r"/?\?(?:[^#\s'\"]*?&)?" + re.escape(parameter) + "=)"
                    r"[^&#\s'\"]*"
                )
            urls.setdefault(kind, []).append(re.compile(source))
    for kind, names in fields.items():
        if kind != "secret":
            # The same field in a JSON text or a mapping repr: "called": "70004".
            quoted = "|".join(re.escape(n) for n in sorted(names))
            urls.setdefault(kind, []).append(
                re.compile(r"(['\"](?:" + quoted + r")['\"]\s*:\s*['\"]?)[^'\",}\s]+")
            )
    return {
        kind: (tuple(urls.get(kind, ())), frozenset(fields.get(kind, ())))
        for kind in ("dtmf", "customer-number", "secret")
    }


def _redact_data(text: str, numbers: bool) -> str:
    rules = _data_rules()
    for kind in ("dtmf", "customer-number") if numbers else ("dtmf",):
        for pattern in rules[kind][0]:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


def scrub(text: str, *, numbers: bool = True) -> str:
    """``text`` with every known Guid, every Guid- or password-shaped value and DTMF digits
    redacted, and customer numbers too unless ``numbers`` is False."""
    for secret in _secrets_in(text):
        text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return _redact_data(text, numbers)


# ------------------------------------------------------------------ objects on errors
def _masked_body(content: bytes) -> bytes:
    try:
        body = json.loads(content)
    except ValueError:
        return scrub(content.decode("utf-8", "replace")).encode("utf-8")
    rules = _data_rules()
    hidden = rules["secret"][1] | rules["dtmf"][1] | rules["customer-number"][1]

    def mask(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: REDACTED if k in hidden else mask(v) for k, v in node.items()}
        if isinstance(node, list):
            return [mask(item) for item in node]
        return node

    return json.dumps(mask(body), ensure_ascii=False).encode("utf-8")


def masked_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` fit to hang on an error: the Guid (and cookie) headers, the
    credentials of the body, DTMF digits and customer numbers replaced by ``<redacted>``."""
    import httpx

    if request.extensions.get("cec_masked"):
        return request
    headers = [
        (name, REDACTED if name.lower() in _SECRET_HEADERS else value)
        for name, value in request.headers.multi_items()
        if name.lower() != "content-length"
    ]
    try:
        content = _masked_body(request.content) if request.content else b""
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(
        request.method,
        scrub(str(request.url)),
        headers=headers,
        content=content,
        extensions={"cec_masked": True},
    )


def mask_exchange(obj: object) -> None:
    """Mask, in place, the request of an ``httpx.Response`` or ``httpx.RequestError`` that an
    error carries (and of the errors chained to it); the response's ``Set-GUID`` too."""
    import httpx

    seen: set[int] = set()
    while obj is not None and id(obj) not in seen:
        seen.add(id(obj))
        if isinstance(obj, httpx.Response):
            if "Set-GUID" in obj.headers:
                obj.headers["Set-GUID"] = REDACTED
            with contextlib.suppress(RuntimeError):  # a response made without a request
                obj.request = masked_request(obj.request)
            return
        if isinstance(obj, httpx.RequestError):
            with contextlib.suppress(RuntimeError):
                obj.request = masked_request(obj.request)
        if isinstance(obj, httpx.HTTPStatusError):
            mask_exchange(obj.response)
        obj = getattr(obj, "__cause__", None) or getattr(obj, "__context__", None)


class SecretFilter(logging.Filter):
    """Rewrites a record's message (and traceback text) with the secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging to report
            return True
        clean = scrub(message, numbers=record.levelno >= logging.INFO and not _log_numbers)
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
