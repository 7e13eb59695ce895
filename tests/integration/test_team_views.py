"""Team views through the client and the simulator: groups, members, rights, adjustskill.

Sync, async and once over loopback HTTP.
"""

from __future__ import annotations

import asyncio

import pytest

from cec_agentgateway import (
    AgentGateway,
    AsyncAgentGateway,
    GatewayAgentState,
    QualityControlError,
    SignedInAgent,
)
from cec_agentgateway.simulator import GatewaySimulator

BASE = "https://cc-gateway.invalid:8043"
FAST = {"poll_interval": 0.01, "retry_backoff": (0.0, 0.0)}


def simulator() -> GatewaySimulator:
    sim = GatewaySimulator(poll_wait=0.05)
    sim.add_agent("153", password="pw", phone="40038")  # the supervisor
    sim.add_agent("155", password="pw", phone="40039")
    sim.add_agent("156", password="pw", phone="40040")
    sim.add_skill(1, "voice")
    sim.add_skill(2, "vip")
    sim.groups.define_group(7, "Hotline", leader="153")
    sim.set_agent_group("155", "Hotline")
    sim.set_agent_group("156", "Back office")  # a group not defined yet: the next free ID
    sim.groups.set_rest_reasons({4: "Lunch", 9: "Coaching"})
    return sim


def _check_views(sim: GatewaySimulator, sup: SignedInAgent) -> None:
    team = sup.team
    assert [(g.group_id, g.name, g.leader) for g in team.groups()] == [
        (7, "Hotline", "153"), (8, "Back office", None),
    ]  # fmt: skip
    group = team.group_of("155")
    assert group is not None and (group.group_id, group.name) == (7, "Hotline")
    assert team.group_of() is None  # the supervisor is in no group
    (member,) = team.group_members(7)
    assert (member.work_no, member.state, member.group_id) == ("155", GatewayAgentState.IDLE, 7)
    assert [m.work_no for m in team.online_agents()] == ["153", "155"]  # 156 is signed out
    assert team.agent("156") is None
    assert [(r.code, r.text) for r in team.rest_reasons()] == [(4, "Lunch"), (9, "Coaching")]
    assert team.can_pick_up() and team.is_inspector()
    sim.groups.set_pickup("153", False)
    sim.withhold_right("153", "inspect")
    assert not team.can_pick_up() and not team.is_inspector()
    with pytest.raises(QualityControlError) as refused:
        team.adjust_skills("155", [1])
    assert refused.value.retcode == "900-002"
    sim.grant_right("153", "inspect")


def test_group_views_reflect_the_simulated_agents_sync() -> None:
    sim = simulator()
    with AgentGateway(BASE, transport=sim.transport(), **FAST) as gw:
        sup = gw.sign_in("153", password="pw", phone="40038")
        agent = gw.sign_in("155", password="pw", phone="40039")
        _check_views(sim, sup)
        assert sup.team.skill_agents(1) == []
        sup.team.adjust_skills("155", [1, 2, 99])  # 99 is no queue: ignored
        assert [m.work_no for m in sup.team.skill_agents(2)] == ["155"]
        member = sup.team.agent("155")
        assert member is not None and member.skill_ids == (1, 2)
        assert sim.joined_skills("155") == [1, 2]
        sup.team.force_busy("155")
        (busy,) = sup.team.group_members(7)
        assert busy.state is GatewayAgentState.BUSY  # the views follow the agent's state
        with pytest.raises(QualityControlError) as refused:
            sup.team.adjust_skills("156", [1])  # signed out
        assert refused.value.retcode == "900-003"
        agent.sign_out()
        sup.sign_out()


def test_group_views_async() -> None:
    sim = simulator()

    async def main() -> None:
        async with AsyncAgentGateway(BASE, transport=sim.async_transport(), **FAST) as gw:
            sup = await gw.sign_in("153", password="pw", phone="40038")
            agent = await gw.sign_in("155", password="pw", phone="40039")
            groups = await sup.team.groups()
            assert [g.group_id for g in groups] == [7, 8]
            (member,) = await sup.team.group_members(7)
            assert member.state is GatewayAgentState.IDLE
            assert [m.work_no for m in await sup.team.online_agents()] == ["153", "155"]
            await sup.team.adjust_skills("155", [2])
            assert [m.work_no for m in await sup.team.skill_agents(2)] == ["155"]
            assert (await sup.team.rest_reasons())[0].code == 4
            assert await sup.team.is_inspector()
            assert await sup.team.can_pick_up()
            found = await sup.team.group_of("155")
            assert found is not None and found.name == "Hotline"
            assert (await sup.team.agent("155")) is not None
            await agent.sign_out()
            await sup.sign_out()

    asyncio.run(main())


def test_over_loopback_http() -> None:
    sim = simulator()
    server = sim.serve()
    try:
        with AgentGateway(server.url, **FAST) as gw:
            sup = gw.sign_in("153", password="pw", phone="40038")
            agent = gw.sign_in("155", password="pw", phone="40039")
            _check_views(sim, sup)
            sup.team.adjust_skills("155", [1])
            assert [m.work_no for m in sup.team.skill_agents(1)] == ["155"]
            agent.sign_out()
            sup.sign_out()
    finally:
        server.close()
