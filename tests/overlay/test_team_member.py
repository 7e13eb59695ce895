"""Issue 26: a TeamMember made from a decoded entry works out its fields when first read.

It must read exactly what an eagerly built member reads (the reference below is the eager
construction the overlay used before), stay a frozen dataclass for every dataclass tool,
and fail like any object for a name it does not have.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random
import threading
from typing import Any

import pytest

from cec_agentgateway import TeamMember
from cec_agentgateway._team_member import member_from_group, member_from_state, whole
from cec_agentgateway.generated import models

_ODD: list[Any] = [None, "", "4", " 4 ", "04", 4, 3, 99, -1, "x", True, 1.5, [], {}, "٣", 10**6]


def _eager(raw: Any) -> TeamMember:
    """The member as the overlay built it before (every field computed at once)."""

    def state(status: object) -> Any:
        code = whole(status)
        return None if code is None else models.GatewayAgentState(code)

    text = None if raw.cti_status is None or raw.cti_status == "" else str(raw.cti_status)
    if isinstance(raw, models.GroupAgent):
        # (a skilllist the wire sent as no list, or items that are no skill, list no skill:
        # the eager code raised AttributeError on them, a bug this test found)
        listed = raw.skilllist if isinstance(raw.skilllist, list) else []
        skills = tuple(
            s.id for s in listed if isinstance(s, models.Skill) and isinstance(s.id, int)
        )
        return TeamMember(
            "" if raw.workno is None else str(raw.workno),
            raw.name,
            state(raw.status),
            raw.groupname or None,
            text,
            raw,
            whole(raw.groupid),
            skills,
        )
    return TeamMember(
        "" if raw.workno is None else str(raw.workno),
        raw.name,
        state(raw.status),
        raw.group_name or None,
        text,
        raw,
    )


def _group_entries(rng: random.Random, n: int) -> list[models.GroupAgent]:
    out = []
    for _ in range(n):
        body: dict[str, Any] = {
            "workno": rng.choice([None, "1001", 1002, "", True]),
            "name": rng.choice([None, "Ann", ""]),
            "status": rng.choice(_ODD),
            "ctiStatus": rng.choice(_ODD),
            "groupid": rng.choice(_ODD),
            "groupname": rng.choice([None, "", "Hotline"]),
            "skilllist": rng.choice([None, [], [{"id": 1}, {"id": "2"}], "x", [{"id": 3}]]),
        }
        for key in list(body):
            if rng.random() < 0.2:
                del body[key]
        out.append(models.GroupAgent.from_dict(body))
    return out


def _state_entries(rng: random.Random, n: int) -> list[models.AgentStateEntry]:
    return [
        models.AgentStateEntry.from_dict(
            {
                "workno": rng.choice([None, "1001", 7]),
                "name": rng.choice([None, "Bo"]),
                "status": rng.choice(_ODD),
                "groupName": rng.choice([None, "", "Sales"]),
                "ctiStatus": rng.choice(_ODD),
            }
        )
        for _ in range(n)
    ]


def _values(member: TeamMember) -> list[tuple[str, Any]]:
    out = []
    for field in dataclasses.fields(member):
        value = getattr(member, field.name)
        out.append((field.name, type(value).__name__, getattr(value, "name", None), value))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_every_field_reads_as_the_eager_member(seed: int) -> None:
    rng = random.Random(seed)
    for raw in _group_entries(rng, 150):
        lazy, eager = member_from_group(raw), _eager(raw)
        # read one field first (any of them fills the rest), then compare all
        getattr(lazy, rng.choice([f.name for f in dataclasses.fields(TeamMember)]))
        assert _values(lazy) == _values(eager)
        assert lazy == eager and repr(lazy) == repr(eager)
        assert lazy.state_known == eager.state_known
    for raw in _state_entries(rng, 100):
        lazy, eager = member_from_state(raw), _eager(raw)
        assert lazy == eager and repr(lazy) == repr(eager) and _values(lazy) == _values(eager)


def test_dataclass_tools_see_every_field_of_an_unread_member() -> None:
    raw = models.GroupAgent.from_dict(
        {"workno": "1001", "status": "4", "groupid": "2", "skilllist": [{"id": 3}]}
    )
    eager = _eager(raw)
    assert member_from_group(raw) == eager  # == on a member never read
    assert repr(member_from_group(raw)) == repr(eager)
    assert dataclasses.asdict(member_from_group(raw)) == dataclasses.asdict(eager)
    assert dataclasses.astuple(member_from_group(raw)) == dataclasses.astuple(eager)
    moved = dataclasses.replace(member_from_group(raw), name="Ann")
    assert (moved.name, moved.work_no, moved.group_id) == ("Ann", "1001", 2)
    assert pickle.loads(pickle.dumps(member_from_group(raw))) == eager
    assert copy.copy(member_from_group(raw)) == eager
    assert copy.deepcopy(member_from_group(raw)) == eager


def test_an_unread_member_is_frozen_and_knows_its_names() -> None:
    member = member_from_group(models.GroupAgent.from_dict({"workno": "7", "status": 3}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        member.state = None  # type: ignore[misc]
    with pytest.raises(AttributeError, match="no attribute 'nosuch'"):
        member.nosuch  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(member, "nosuch")
    with pytest.raises(TypeError):  # unhashable like its record
        hash(member)
    assert member.work_no == "7" and member.state == models.GatewayAgentState(3)


def test_the_call_defers_the_work_until_a_field_is_read() -> None:
    """A guard for the figure in scripts/bench: a listing call builds no field of its members."""
    raw = models.GroupAgent.from_dict({"workno": "7", "status": "4"})
    member = member_from_group(raw)
    assert set(vars(member)) == {"raw"}
    assert member.name is None  # reading one fills them all
    assert set(vars(member)) == {f.name for f in dataclasses.fields(TeamMember)}
    # built by hand, a member has its fields at once, and the class keeps its defaults
    made = TeamMember("7", None, None, None, None, raw)
    assert set(vars(made)) == set(vars(member)) and made.group_id is None
    assert (TeamMember.group_id, TeamMember.skill_ids) == (None, ())


def test_members_read_from_many_threads_agree() -> None:
    entries = _group_entries(random.Random(9), 200)
    members = [member_from_group(raw) for raw in entries]
    seen: list[list[Any]] = []

    def read() -> None:
        seen.append([_values(m) for m in members])

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    want = [_values(_eager(raw)) for raw in entries]
    assert all(got == want for got in seen)
