"""The log filter with thousands of sessions (issue 26): the known Guids are gathered once per
change, not per record, and a text is searched for them by length; every Guid is still
redacted, also one adopted from a ``Set-GUID`` rotation after the filter last looked."""

from __future__ import annotations

import contextlib
import gc

import httpx

from cec_agentgateway._auth import GuidAuth
from cec_agentgateway._secrets import _ONE_BY_ONE, REDACTED, scrub


def _guid(n: int) -> str:
    return f"{n:08d}-aaaa-bbbb-cccc-{n:012d}"  # not of the Guid shape the patterns know


def test_every_session_guid_is_redacted_with_many_sessions_and_after_rotations() -> None:
    sessions = [GuidAuth(_guid(n)) for n in range(3 * _ONE_BY_ONE)]
    text = f"poll failed for {_guid(7)} and {_guid(150)}; nothing else {_guid(10**6)}"
    assert scrub(text) == (
        f"poll failed for {REDACTED} and {REDACTED}; nothing else {_guid(10**6)}"
    )
    # a rotation announced by the gateway: the new value is redacted at once, the old too
    auth = sessions[3]
    flow = auth.auth_flow(httpx.Request("GET", "http://gw.test/x"))
    next(flow)
    rotated = _guid(777777)
    answer = httpx.Response(200, headers={"Set-GUID": f"JSESSIONID={rotated}"})
    with contextlib.suppress(StopIteration):
        flow.send(answer)
    assert auth.guid == rotated
    assert scrub(f"a {rotated} b {_guid(3)}") == f"a {REDACTED} b {REDACTED}"
    # a Guid set by hand (signed in again)
    sessions[4].set_guid(_guid(888888))
    assert scrub(_guid(888888)) == REDACTED
    # a longer secret containing a shorter one is redacted whole
    sessions[5].set_guid(_guid(5) + "-long")
    assert scrub("x " + _guid(5) + "-long y") == f"x {REDACTED} y"
    assert len(sessions) > _ONE_BY_ONE  # the by-length search was the one used


def test_a_gone_session_s_guid_is_forgotten() -> None:
    """Only the Guids of live sessions are looked for: an ended session's value (here an
    ordinary word) is no longer redacted once its GuidAuth is gone."""
    keep = [GuidAuth(_guid(n)) for n in range(2 * _ONE_BY_ONE)]
    gone = GuidAuth("paperclip")
    assert scrub("a paperclip here") == f"a {REDACTED} here"
    del gone
    gc.collect()
    assert scrub("a paperclip here") == "a paperclip here"
    assert scrub(_guid(1)) == REDACTED and keep


def test_a_guid_replaced_by_hand_is_forgotten() -> None:
    keep = [GuidAuth(_guid(n)) for n in range(2 * _ONE_BY_ONE)]
    auth = GuidAuth("stapler-one")
    auth.set_guid("stapler-two")  # signed in again: the first value is no session's now
    assert scrub("stapler-one, stapler-two") == f"stapler-one, {REDACTED}"
    assert auth.guid == "stapler-two" and keep
