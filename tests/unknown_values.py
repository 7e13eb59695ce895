"""Values an enum does not list, derived from the enum itself.

Tests of "a value the client does not know" must not hard-code one (90 as "the unknown
reason code" breaks the day the spec adds reason code 90): they ask here for a value
that is not a member now, whatever the spec lists then.
"""

from __future__ import annotations

import itertools
from enum import Enum


def unknown_int(enum: type[Enum], near: int = 90) -> int:
    """The first integer from ``near`` up that ``enum`` does not list."""
    known = {member.value for member in enum}
    return next(value for value in itertools.count(near) if value not in known)


def unknown_str(enum: type[Enum], stem: str = "NEW_VALUE") -> str:
    """A string ``enum`` does not list (``stem``, or ``stem_2``, ``stem_3``, ...)."""
    known = {member.value for member in enum}
    candidates = itertools.chain([stem], (f"{stem}_{n}" for n in itertools.count(2)))
    return next(value for value in candidates if value not in known)
