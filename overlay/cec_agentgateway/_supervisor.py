"""The supervisor's desk: monitoring an agent, forcing agents' states, team views.

A supervisor (an inspector: an agent with the inspection right) thinks of the agent it
watches, not of URL verbs::

    with sup.monitor("155") as m:      # leaving the block stops the monitoring
        m.listen()                     # addsupervise: silent
        m.whisper()                    # requestswitchinsertwhisperagent 2: coach the agent
        m.barge_in()                   # ... 1: talk with both
        m.take_over()                  # intercept: the supervisor has the customer now
    sup.team.force_busy("155")         # forcebusy; force_idle, force_rest, force_sign_out
    for member in sup.team.agents():   # allagentstatus, decoded (TeamMember)
        print(member.work_no, member.state)

:class:`Monitor` knows the mode it put the inspector in and picks the operation for each
step (from idle: addsupervise, addinsert, requestwhisperagent; between modes: switch or
requestswitchinsertwhisperagent; to stop: DELETE or requeststopwhisperagent). A step the
mode does not allow (taking over before monitoring, listening twice, acting on oneself)
raises :class:`MonitorStateError` before anything is sent. Every state-changing call is
never retried once sent; the views are reads and are retried (``allagentevent`` is not: each
event is handed out once).
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._errors import RequestValidationError
from ._events import Event, decode_event
from ._family import AsyncFamily, SyncFamily
from ._groups import AsyncTeamViews, TeamMember, TeamViews
from ._lazy import generated_api
from ._operations import Operation, PreparedCall, no_result
from ._team_member import member_from_state
from ._validation import check_parameter
from .generated import models
from .generated.types import Unset

if TYPE_CHECKING:
    from .generated.models import QcSwitchType

# The generated API modules load on their first call (see _lazy).
if TYPE_CHECKING:
    from .generated.api.agentevent import get_all_agent_event
    from .generated.api.agentgroup import query_all_agent_status
    from .generated.api.qualitycontrol import (
        add_insert,
        add_supervise,
        force_busy,
        force_drop_call,
        force_idle,
        force_log_out_agent,
        force_rest,
        intercept_call,
        intercept_specified_call,
        query_all_monitored_agents,
        request_stop_whisper_agent,
        request_switch_insert_whisper_agent,
        request_whisper_agent,
        stop_supervise_or_insert,
        switch_supervise_or_insert,
    )
else:
    get_all_agent_event = generated_api("agentevent.get_all_agent_event")
    query_all_agent_status = generated_api("agentgroup.query_all_agent_status")
    add_insert = generated_api("qualitycontrol.add_insert")
    add_supervise = generated_api("qualitycontrol.add_supervise")
    force_busy = generated_api("qualitycontrol.force_busy")
    force_drop_call = generated_api("qualitycontrol.force_drop_call")
    force_idle = generated_api("qualitycontrol.force_idle")
    force_log_out_agent = generated_api("qualitycontrol.force_log_out_agent")
    force_rest = generated_api("qualitycontrol.force_rest")
    intercept_call = generated_api("qualitycontrol.intercept_call")
    intercept_specified_call = generated_api("qualitycontrol.intercept_specified_call")
    query_all_monitored_agents = generated_api("qualitycontrol.query_all_monitored_agents")
    request_stop_whisper_agent = generated_api("qualitycontrol.request_stop_whisper_agent")
    request_switch_insert_whisper_agent = generated_api(
        "qualitycontrol.request_switch_insert_whisper_agent"
    )
    request_whisper_agent = generated_api("qualitycontrol.request_whisper_agent")
    stop_supervise_or_insert = generated_api("qualitycontrol.stop_supervise_or_insert")
    switch_supervise_or_insert = generated_api("qualitycontrol.switch_supervise_or_insert")

__all__ = [
    "AsyncMonitor",
    "AsyncSupervisorMixin",
    "AsyncTeam",
    "Monitor",
    "MonitorMode",
    "MonitorStateError",
    "SupervisorMixin",
    "Team",
    "TeamMember",
]

T = TypeVar("T")

_DONE = "DoneResponse"
ADD_SUPERVISE = Operation.from_spec("addSupervise", _DONE)
ADD_INSERT = Operation.from_spec("addInsert", _DONE)
STOP = Operation.from_spec("stopSuperviseOrInsert", _DONE)
SWITCH = Operation.from_spec("switchSuperviseOrInsert", _DONE)
WHISPER = Operation.from_spec("requestWhisperAgent", _DONE)
STOP_WHISPER = Operation.from_spec("requestStopWhisperAgent", _DONE)
SWITCH_MODE = Operation.from_spec("requestSwitchInsertWhisperAgent", _DONE)
INTERCEPT = Operation.from_spec("interceptCall", _DONE)
INTERCEPT_CALL = Operation.from_spec("interceptSpecifiedCall", _DONE)
FORCE_BUSY = Operation.from_spec("forceBusy", _DONE)
FORCE_IDLE = Operation.from_spec("forceIdle", _DONE)
FORCE_REST = Operation.from_spec("forceRest", _DONE)
FORCE_SIGN_OUT = Operation.from_spec("forceLogOutAgent", _DONE)
FORCE_DROP_CALL = Operation.from_spec("forceDropCall", _DONE)
MONITORABLE = Operation.from_spec("queryAllMonitoredAgents", "AgentStateListResponse")
TEAM_STATES = Operation.from_spec("queryAllAgentStatus", "AgentStateListResponse")
ALL_EVENTS = Operation.from_spec("getAllAgentEvent", "AllAgentEventResponse")


class MonitorMode(enum.StrEnum):
    """What a :class:`Monitor` has the inspector do."""

    LISTENING = "listening"  #: hears the agent's calls; nobody notices
    INSERTING = "inserting"  #: talks with the agent and the customer (barge-in)
    WHISPERING = "whispering"  #: hears both, talks to the agent only (coaching)
    TAKEN_OVER = "taken_over"  #: intercepted: the inspector talks with the customer


_SWITCH_TYPES = {
    MonitorMode.LISTENING: 0,
    MonitorMode.INSERTING: 1,
    MonitorMode.WHISPERING: 2,
}


class MonitorStateError(RequestValidationError):
    """A monitoring step the inspector's current mode does not allow; nothing was sent.

    ``mode`` is the :class:`MonitorMode` the monitor was in (None: not monitoring).
    """

    def __init__(
        self, message: str, *, mode: MonitorMode | None, operation: str, agent_id: str
    ) -> None:
        super().__init__("mode", message, operation=operation, agent_id=agent_id)
        self.mode = mode


# ------------------------------------------------------------------ builders
def _work_no(agent_id: str, work_no: str | int, operation: Operation, keyword: str) -> str:
    """The agent acted on, checked: an agent ID of 101 to 999999 that is not the inspector."""
    text: object = work_no
    if isinstance(work_no, int) and not isinstance(work_no, bool):
        text = str(work_no)
    check_parameter(
        "WorkNo", text, operation=operation.log_method, agent_id=agent_id, keyword=keyword
    )
    assert isinstance(text, str)  # the spec's pattern admits only text
    if text == agent_id:
        raise RequestValidationError(
            "workNo",
            "is the inspector itself (the gateway refuses with 000-005)",
            operation=operation.log_method,
            agent_id=agent_id,
            argument=keyword,
        )
    return text


def _on_agent(
    operation: Operation, module: Any, agent_id: str, work_no: str | int
) -> PreparedCall[None]:
    target = _work_no(agent_id, work_no, operation, "work_no")
    return PreparedCall(operation, agent_id, module._get_kwargs(agent_id, target), no_result)


def _whispered(
    operation: Operation, module: Any, agent_id: str, work_no: str | int, **extra: Any
) -> PreparedCall[None]:
    target = _work_no(agent_id, work_no, operation, "work_no")
    request = module._get_kwargs(agent_id, whisperagentid=target, **extra)
    return PreparedCall(operation, agent_id, request, no_result)


def listen(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(ADD_SUPERVISE, add_supervise, agent_id, work_no)


def barge_in(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(ADD_INSERT, add_insert, agent_id, work_no)


def stop_monitoring(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(STOP, stop_supervise_or_insert, agent_id, work_no)


def switch(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(SWITCH, switch_supervise_or_insert, agent_id, work_no)


def whisper(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _whispered(WHISPER, request_whisper_agent, agent_id, work_no)


def stop_whisper(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _whispered(STOP_WHISPER, request_stop_whisper_agent, agent_id, work_no)


def switch_mode(
    agent_id: str, work_no: str | int, mode: QcSwitchType | MonitorMode | int
) -> PreparedCall[None]:
    """requestswitchinsertwhisperagent to ``mode`` (QcSwitchType, 0-2, or a MonitorMode)."""
    value: object = _SWITCH_TYPES.get(mode, mode) if isinstance(mode, MonitorMode) else mode
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or value not in (0, 1, 2):
        raise RequestValidationError(
            "switchtype",
            f"must be 0 (listen), 1 (insert) or 2 (whisper), got {mode!r}",
            operation=SWITCH_MODE.log_method,
            agent_id=agent_id,
            argument="mode",
        )
    switch_type = models.QcSwitchType(value)
    return _whispered(
        SWITCH_MODE,
        request_switch_insert_whisper_agent,
        agent_id,
        work_no,
        switchtype=switch_type,
    )


def take_over(agent_id: str, work_no: str | int, call_id: str | None = None) -> PreparedCall[None]:
    if call_id is None:
        return _on_agent(INTERCEPT, intercept_call, agent_id, work_no)
    target = _work_no(agent_id, work_no, INTERCEPT_CALL, "work_no")
    check_parameter(
        "interceptSpecifiedCall.callId",
        call_id,
        operation=INTERCEPT_CALL.log_method,
        agent_id=agent_id,
        keyword="call_id",
    )
    request = intercept_specified_call._get_kwargs(agent_id, target, call_id)
    return PreparedCall(INTERCEPT_CALL, agent_id, request, no_result)


def force_busy_call(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(FORCE_BUSY, force_busy, agent_id, work_no)


def force_idle_call(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(FORCE_IDLE, force_idle, agent_id, work_no)


def force_rest_call(
    agent_id: str, work_no: str | int, seconds: int, cause: int
) -> PreparedCall[None]:
    target = _work_no(agent_id, work_no, FORCE_REST, "work_no")
    for name, keyword, value in (("time", "seconds", seconds), ("reason", "cause", cause)):
        check_parameter(
            f"forceRest.{name}",
            value,
            operation=FORCE_REST.log_method,
            agent_id=agent_id,
            keyword=keyword,
        )
    request = force_rest._get_kwargs(agent_id, target, seconds, cause)
    return PreparedCall(FORCE_REST, agent_id, request, no_result)


def force_sign_out_call(agent_id: str, work_no: str | int) -> PreparedCall[None]:
    return _on_agent(FORCE_SIGN_OUT, force_log_out_agent, agent_id, work_no)


def force_drop_call_call(agent_id: str, call_id: str) -> PreparedCall[None]:
    check_parameter(
        "forceDropCall.callid",
        call_id,
        operation=FORCE_DROP_CALL.log_method,
        agent_id=agent_id,
        keyword="call_id",
    )
    request = force_drop_call._get_kwargs(agent_id, call_id)
    return PreparedCall(FORCE_DROP_CALL, agent_id, request, no_result)


def _members(
    operation: Operation, agent_id: str, request: dict[str, Any]
) -> PreparedCall[list[TeamMember]]:
    def finish(parsed: Any, response: httpx.Response) -> list[TeamMember]:
        result = parsed.result
        if result is None:
            return []
        if not isinstance(result, list) or not all(
            isinstance(item, models.AgentStateEntry) for item in result
        ):
            raise call.decode_error("result is neither null nor a list of agents", response)
        return [member_from_state(item) for item in result]

    call = PreparedCall(operation, agent_id, request, finish)
    return call


def team_agents(agent_id: str) -> PreparedCall[list[TeamMember]]:
    return _members(TEAM_STATES, agent_id, query_all_agent_status._get_kwargs(agent_id))


def monitorable(agent_id: str) -> PreparedCall[list[TeamMember]]:
    return _members(MONITORABLE, agent_id, query_all_monitored_agents._get_kwargs(agent_id))


def all_events(agent_id: str) -> PreparedCall[list[Event]]:
    def finish(parsed: Any, response: httpx.Response) -> list[Event]:
        events = parsed.event
        if events is None or isinstance(events, Unset):
            return []
        if not isinstance(events, list):
            raise call.decode_error("event is neither null nor a list of events", response)
        return [decode_event(item) for item in events]

    call = PreparedCall(ALL_EVENTS, agent_id, get_all_agent_event._get_kwargs(), finish)
    return call


# ------------------------------------------------------------------ the monitor's steps
@dataclass(frozen=True, slots=True)
class _Step:
    """What a monitor sends for one step, and the mode it is in afterwards."""

    build: Callable[..., PreparedCall[None]]
    args: tuple[Any, ...]
    after: MonitorMode | None


def _plan(
    step: str, mode: MonitorMode | None, agent_id: str, work_no: str, call_id: str | None
) -> _Step | None:
    """The operation for ``step`` from ``mode`` (None: nothing to send), or MonitorStateError."""
    to = {"listen": MonitorMode.LISTENING, "barge_in": MonitorMode.INSERTING}
    to["whisper"] = MonitorMode.WHISPERING
    if step in to:
        wanted = to[step]
        if mode is wanted:
            raise _refused(f"the inspector is {mode.value} already", mode, agent_id)
        if mode is None:
            first = {"listen": listen, "barge_in": barge_in, "whisper": whisper}[step]
            return _Step(first, (work_no,), wanted)
        if mode is MonitorMode.TAKEN_OVER:
            raise _refused("the call was taken over: the monitoring has ended", mode, agent_id)
        if {mode, wanted} == {MonitorMode.LISTENING, MonitorMode.INSERTING}:
            return _Step(switch, (work_no,), wanted)
        return _Step(switch_mode, (work_no, _SWITCH_TYPES[wanted]), wanted)
    if step == "take_over":
        if mode is None or mode is MonitorMode.TAKEN_OVER:
            state = "not monitoring" if mode is None else "past the take-over"
            raise _refused(
                f"take over needs listening, barging in or whispering first ({state})",
                mode,
                agent_id,
            )
        return _Step(take_over, (work_no, call_id), MonitorMode.TAKEN_OVER)
    # stop
    if mode is None or mode is MonitorMode.TAKEN_OVER:
        return None
    if mode is MonitorMode.WHISPERING:
        return _Step(stop_whisper, (work_no,), None)
    return _Step(stop_monitoring, (work_no,), None)


def _refused(message: str, mode: MonitorMode | None, agent_id: str) -> MonitorStateError:
    return MonitorStateError(message, mode=mode, operation="monitor", agent_id=agent_id)


class _MonitorBase:
    def __init__(self, agent_id: str, work_no: str | int) -> None:
        self.work_no = _work_no(agent_id, work_no, ADD_SUPERVISE, "work_no")
        self._agent_id = agent_id
        self.mode: MonitorMode | None = None

    def _prepare(self, step: str, call_id: str | None = None) -> _Step | None:
        return _plan(step, self.mode, self._agent_id, self.work_no, call_id)

    def __repr__(self) -> str:
        mode = None if self.mode is None else self.mode.value
        name = type(self).__name__
        return f"{name}(inspector={self._agent_id!r}, agent={self.work_no!r}, mode={mode!r})"


class Monitor(_MonitorBase):
    """The inspector's monitoring of one agent (``agent.monitor(work_no)``); a context manager
    whose exit stops listening, barging in or whispering (not a call taken over)."""

    def __init__(self, agent: SyncFamily, work_no: str | int) -> None:
        super().__init__(agent._agent_id, work_no)
        self._agent = agent

    def _do(self, step: str, call_id: str | None = None) -> None:
        planned = self._prepare(step, call_id)
        if planned is None:
            return
        self._agent._run(planned.build(self._agent_id, *planned.args))
        self.mode = planned.after

    def listen(self) -> None:
        """Listen silently (addsupervise; from barging in or whispering: a switch)."""
        self._do("listen")

    def barge_in(self) -> None:
        """Talk with the agent and its customer (addinsert; from another mode: a switch)."""
        self._do("barge_in")

    def whisper(self) -> None:
        """Coach the agent, unheard by the customer (requestwhisperagent, or a switch)."""
        self._do("whisper")

    def take_over(self, call_id: str | None = None) -> None:
        """Take the agent's call over (intercept; ``call_id``: that call, the 2025 form)."""
        self._do("take_over", call_id)

    def stop(self) -> None:
        """End the monitoring (DELETE, or requeststopwhisperagent); nothing when none."""
        self._do("stop")

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None:
            self.stop()
            return
        try:
            self.stop()
        except Exception as error:  # the block's own exception wins; this one is noted
            exc.add_note(f"stopping the monitoring of agent {self.work_no} failed: {error}")


class AsyncMonitor(_MonitorBase):
    """The async :class:`Monitor` (``async with agent.monitor(work_no) as m``)."""

    def __init__(self, agent: AsyncFamily, work_no: str | int) -> None:
        super().__init__(agent._agent_id, work_no)
        self._agent = agent

    async def _do(self, step: str, call_id: str | None = None) -> None:
        planned = self._prepare(step, call_id)
        if planned is None:
            return
        await self._agent._run(planned.build(self._agent_id, *planned.args))
        self.mode = planned.after

    async def listen(self) -> None:
        await self._do("listen")

    async def barge_in(self) -> None:
        await self._do("barge_in")

    async def whisper(self) -> None:
        await self._do("whisper")

    async def take_over(self, call_id: str | None = None) -> None:
        await self._do("take_over", call_id)

    async def stop(self) -> None:
        await self._do("stop")

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None:
            await self.stop()
            return
        try:
            await self.stop()
        except Exception as error:
            exc.add_note(f"stopping the monitoring of agent {self.work_no} failed: {error}")


# ------------------------------------------------------------------ the team namespace
class Team(TeamViews):
    """``agent.team``: the inspector's operations on other agents, one call each."""

    def __init__(self, agent: SyncFamily) -> None:
        self._agent = agent
        self._agent_id = agent._agent_id

    def _go(self, call: PreparedCall[T]) -> T:
        return self._agent._run(call)

    def agents(self) -> list[TeamMember]:
        """allagentstatus: the signed-in agents of the VCC with their decoded states."""
        return self._go(team_agents(self._agent_id))

    def monitorable(self) -> list[TeamMember]:
        """allagent: the agents the inspector may monitor."""
        return self._go(monitorable(self._agent_id))

    def events(self) -> list[Event]:
        """allagentevent: the other agents' events since the previous call (never resent)."""
        return self._go(all_events(self._agent_id))

    def listen(self, work_no: str | int) -> None:
        """addsupervise: listen to the agent silently."""
        self._go(listen(self._agent_id, work_no))

    def barge_in(self, work_no: str | int) -> None:
        """addinsert: barge in on the agent's call."""
        self._go(barge_in(self._agent_id, work_no))

    def whisper(self, work_no: str | int) -> None:
        """requestwhisperagent: coach the agent without the customer hearing."""
        self._go(whisper(self._agent_id, work_no))

    def stop_whisper(self, work_no: str | int) -> None:
        """requeststopwhisperagent: stop whispering."""
        self._go(stop_whisper(self._agent_id, work_no))

    def stop_monitoring(self, work_no: str | int) -> None:
        """DELETE qualitycontrol/{workNo}: stop listening or barging in."""
        self._go(stop_monitoring(self._agent_id, work_no))

    def switch(self, work_no: str | int) -> None:
        """switch: toggle between listening and barging in."""
        self._go(switch(self._agent_id, work_no))

    def switch_mode(self, work_no: str | int, mode: QcSwitchType | MonitorMode | int) -> None:
        """requestswitchinsertwhisperagent: to listening (0), barging in (1), whispering (2)."""
        self._go(switch_mode(self._agent_id, work_no, mode))

    def take_over(self, work_no: str | int, call_id: str | None = None) -> None:
        """intercept: take the agent's call over (``call_id``: that call)."""
        self._go(take_over(self._agent_id, work_no, call_id))

    def force_busy(self, work_no: str | int) -> None:
        """forcebusy: make the agent busy (reason 3; after its call, when in one)."""
        self._go(force_busy_call(self._agent_id, work_no))

    def force_idle(self, work_no: str | int) -> None:
        """forceidle: make the agent idle."""
        self._go(force_idle_call(self._agent_id, work_no))

    def force_rest(self, work_no: str | int, seconds: int, cause: int) -> None:
        """forcerest: make the agent rest ``seconds`` (1-86399) with rest reason ``cause``."""
        self._go(force_rest_call(self._agent_id, work_no, seconds, cause))

    def force_sign_out(self, work_no: str | int) -> None:
        """forcelogout: sign the agent out."""
        self._go(force_sign_out_call(self._agent_id, work_no))

    def force_drop_call(self, call_id: str) -> None:
        """forcedropcall: release a call of any agent of the VCC."""
        self._go(force_drop_call_call(self._agent_id, call_id))

    def __repr__(self) -> str:
        return f"Team(agent_id={self._agent_id!r})"


class AsyncTeam(AsyncTeamViews):
    """``agent.team`` of an async agent; see :class:`Team`."""

    def __init__(self, agent: AsyncFamily) -> None:
        self._agent = agent
        self._agent_id = agent._agent_id

    def _go(self, call: PreparedCall[T]) -> Awaitable[T]:
        return self._agent._run(call)

    async def agents(self) -> list[TeamMember]:
        return await self._go(team_agents(self._agent_id))

    async def monitorable(self) -> list[TeamMember]:
        return await self._go(monitorable(self._agent_id))

    async def events(self) -> list[Event]:
        return await self._go(all_events(self._agent_id))

    async def listen(self, work_no: str | int) -> None:
        await self._go(listen(self._agent_id, work_no))

    async def barge_in(self, work_no: str | int) -> None:
        await self._go(barge_in(self._agent_id, work_no))

    async def whisper(self, work_no: str | int) -> None:
        await self._go(whisper(self._agent_id, work_no))

    async def stop_whisper(self, work_no: str | int) -> None:
        await self._go(stop_whisper(self._agent_id, work_no))

    async def stop_monitoring(self, work_no: str | int) -> None:
        await self._go(stop_monitoring(self._agent_id, work_no))

    async def switch(self, work_no: str | int) -> None:
        await self._go(switch(self._agent_id, work_no))

    async def switch_mode(self, work_no: str | int, mode: QcSwitchType | MonitorMode | int) -> None:
        await self._go(switch_mode(self._agent_id, work_no, mode))

    async def take_over(self, work_no: str | int, call_id: str | None = None) -> None:
        await self._go(take_over(self._agent_id, work_no, call_id))

    async def force_busy(self, work_no: str | int) -> None:
        await self._go(force_busy_call(self._agent_id, work_no))

    async def force_idle(self, work_no: str | int) -> None:
        await self._go(force_idle_call(self._agent_id, work_no))

    async def force_rest(self, work_no: str | int, seconds: int, cause: int) -> None:
        await self._go(force_rest_call(self._agent_id, work_no, seconds, cause))

    async def force_sign_out(self, work_no: str | int) -> None:
        await self._go(force_sign_out_call(self._agent_id, work_no))

    async def force_drop_call(self, call_id: str) -> None:
        await self._go(force_drop_call_call(self._agent_id, call_id))

    def __repr__(self) -> str:
        return f"AsyncTeam(agent_id={self._agent_id!r})"


class SupervisorMixin(SyncFamily):
    """Adds ``team`` and ``monitor()`` to the sync agent handle."""

    @property
    def team(self) -> Team:
        """The inspector's operations on other agents: ``agent.team.force_busy("155")``."""
        return Team(self)

    def monitor(self, work_no: str | int) -> Monitor:
        """Monitor the agent ``work_no``: ``with agent.monitor("155") as m: m.listen()``."""
        return Monitor(self, work_no)


class AsyncSupervisorMixin(AsyncFamily):
    """Adds ``team`` and ``monitor()`` to the async agent handle."""

    @property
    def team(self) -> AsyncTeam:
        return AsyncTeam(self)

    def monitor(self, work_no: str | int) -> AsyncMonitor:
        return AsyncMonitor(self, work_no)
