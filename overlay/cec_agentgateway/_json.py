"""Parsing the gateway's JSON bodies: msgspec where it is installed, the standard library's
answer for everything msgspec does not take.

msgspec (a run-time dependency on CPython) parses a large answer in about 40 % of the time
of ``json.loads``, and that parse was most of a large typed call's cost (issue 26). It gives
the same values as ``json.loads`` (integers of any size included; orjson, which turns
integers past 64 bits into floats, was measured and left for that reason), but it is
stricter: it refuses ``NaN``/``Infinity``, numbers past the float range, lone surrogates and
text that is not UTF-8, which ``json.loads`` takes. So a body msgspec refuses is given to
``json.loads``: every body reads exactly as ``json.loads`` reads it, or fails as it fails
(``tests/overlay/test_json.py`` compares the two on the seed answers, the known differences
and fuzzed bodies).
"""

from __future__ import annotations

import json
from typing import Any

try:
    import msgspec
except ImportError:  # another Python than CPython, or an install without it
    msgspec = None  # type: ignore[assignment]

__all__ = ["PARSER", "loads"]

#: Which parser reads bodies first: "msgspec" or "json" (the benchmark reports it).
PARSER = "json" if msgspec is None else "msgspec"

if msgspec is not None:
    _fast = msgspec.json.Decoder().decode
    # what msgspec refuses: a body it cannot read, and text it cannot encode to UTF-8
    _Refused = (msgspec.DecodeError, UnicodeEncodeError)

    def loads(data: bytes | bytearray | str) -> Any:
        """The JSON value of ``data``, as ``json.loads`` gives it (or its error)."""
        try:
            return _fast(data)
        except _Refused:
            return json.loads(data)  # what msgspec refuses: json's value, or json's error

else:

    def loads(data: bytes | bytearray | str) -> Any:
        """The JSON value of ``data`` (``json.loads``)."""
        return json.loads(data)
