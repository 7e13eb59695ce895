"""The iterators of a live desk's changes (``desk.changes()``), sync and async."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Protocol, Self

from ._lazy import LazyModule
from ._live_desk_model import DeskChange

if TYPE_CHECKING:
    import asyncio
else:
    asyncio = LazyModule("asyncio")

__all__ = ["AsyncDeskChanges", "DeskChanges"]

_CHANGE_LIMIT = 10_000  # changes an iterator keeps for a slow reader (oldest dropped)


class _Desk(Protocol):
    def _unsubscribe(self, changes: DeskChanges | AsyncDeskChanges) -> None: ...


class DeskChanges:
    """The desk's changes from now on (sync): ``for change in desk.changes()``.

    Iteration ends when the desk is closed or ``close()`` is called.
    """

    def __init__(self, desk: _Desk) -> None:
        self._desk = desk
        self._items: deque[DeskChange] = deque(maxlen=_CHANGE_LIMIT)
        self._ready = threading.Condition()
        self._ended = False

    def _push(self, change: DeskChange) -> None:
        with self._ready:
            self._items.append(change)
            self._ready.notify_all()

    def _end(self) -> None:
        with self._ready:
            self._ended = True
            self._ready.notify_all()

    def get(self, timeout: float | None = None) -> DeskChange:
        """The next change, waiting at most ``timeout`` seconds (TimeoutError after that);
        StopIteration once the desk (or this iterator) is closed and all were read."""
        with self._ready:
            if not self._ready.wait_for(lambda: bool(self._items) or self._ended, timeout):
                raise TimeoutError("no change in time")
            if self._items:
                return self._items.popleft()
            raise StopIteration

    def __iter__(self) -> Iterator[DeskChange]:
        return self

    def __next__(self) -> DeskChange:
        return self.get()

    def close(self) -> None:
        self._desk._unsubscribe(self)
        self._end()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncDeskChanges:
    """The desk's changes from now on: ``async for change in desk.changes()``."""

    def __init__(self, desk: _Desk) -> None:
        self._desk = desk
        self._items: deque[DeskChange] = deque(maxlen=_CHANGE_LIMIT)
        self._loop = asyncio.get_running_loop()
        self._ready = asyncio.Event()
        self._ended = False

    def _signal(self) -> None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self._ready.set()
        elif not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._ready.set)

    def _push(self, change: DeskChange) -> None:
        self._items.append(change)  # deque appends are atomic; the event is set on its loop
        self._signal()

    def _end(self) -> None:
        self._ended = True
        self._signal()

    async def get(self, timeout: float | None = None) -> DeskChange:
        """See :meth:`DeskChanges.get` (StopAsyncIteration at the end)."""
        while not self._items and not self._ended:
            self._ready.clear()
            if self._items or self._ended:
                break
            try:
                await asyncio.wait_for(self._ready.wait(), timeout)
            except TimeoutError:
                raise TimeoutError("no change in time") from None
        if self._items:
            return self._items.popleft()
        raise StopAsyncIteration

    def __aiter__(self) -> AsyncIterator[DeskChange]:
        return self

    async def __anext__(self) -> DeskChange:
        return await self.get()

    def close(self) -> None:
        self._desk._unsubscribe(self)
        self._end()
