"""Who gets the next free sequence slot: a bounded, prioritised waiting line on the loop."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum

from minigate.errors import ModelOverloaded


class Priority(IntEnum):
    """Lower runs first: a person waiting on a stream before a batch job."""

    INTERACTIVE = 0
    BACKGROUND = 1


@dataclass(order=True, slots=True)
class _Waiter:
    priority: int
    arrival: int
    count: int = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)


class SlotPool:
    """Hands out ``slots`` sequence slots; requests beyond them wait here, in priority order.

    At most ``max_queue`` interactive requests wait; the next one is refused at once with
    503. Background work (batch lines) waits behind them, unbounded here: the batch worker
    bounds how many lines it sends, and a line that waits must not take a person's place in
    the line, nor turn them away with a 503 while the line's slots go to them first anyway.
    A waiting request gives up after ``queue_timeout_s`` with 503 too, so clients never hang
    forever (a batch line is retried later).
    The head of the line is served first even when a later, smaller request would fit: no
    request starves behind a stream of small ones.

    ``reserved`` slots (at most all but one) are never given to background work, so that a
    person's request finds a slot free at once however many batch lines are waiting.
    """

    def __init__(
        self, name: str, slots: int, max_queue: int, queue_timeout_s: float, reserved: int = 0
    ) -> None:
        self.name = name
        self.slots = slots
        self.free = slots
        self.reserved = max(0, min(reserved, slots - 1))
        self.max_queue = max_queue
        self.queue_timeout_s = queue_timeout_s
        self._line: list[_Waiter] = []
        self._arrivals = itertools.count()

    @property
    def waiting(self) -> int:
        return len(self._line)

    @property
    def busy(self) -> int:
        return self.slots - self.free

    async def acquire(self, count: int, priority: int = Priority.INTERACTIVE) -> int:
        """Take ``count`` slots (at most all of them, or all but the reserved ones for
        background work) and return how many were taken."""
        count = min(count, self.slots - self._reserve_for(priority))
        head = not self._line or priority < self._line[0].priority
        if head and self._fits(count, priority):
            self.free -= count
            return count
        waiting = sum(1 for w in self._line if w.priority == priority)
        if priority == Priority.INTERACTIVE and waiting >= self.max_queue:
            raise ModelOverloaded(
                f"Model '{self.name}' has {waiting} requests waiting already; "
                "retry shortly or raise max_queue in the config.",
                headers={"Retry-After": "1"},
            )
        waiter = _Waiter(priority, next(self._arrivals), count, asyncio.Future())
        heapq.heappush(self._line, waiter)
        try:
            await asyncio.wait_for(asyncio.shield(waiter.granted), self.queue_timeout_s)
        except BaseException as exc:  # a timeout, or the client gave up while waiting
            if waiter.granted.done():
                self.release(count)  # granted just as it gave up: hand the slots on
            else:
                self._line.remove(waiter)
                heapq.heapify(self._line)
                self.release(0)  # the new head of the line may fit now
            if isinstance(exc, TimeoutError):
                raise ModelOverloaded(
                    f"Model '{self.name}' stayed busy for {self.queue_timeout_s:g}s; retry later.",
                    headers={"Retry-After": "2"},
                ) from None
            raise
        return count

    def release(self, count: int = 1) -> None:
        """Give slots back (called on the loop once the decode thread has freed them)."""
        self.free += count
        while self._line and self._fits(self._line[0].count, self._line[0].priority):
            waiter = heapq.heappop(self._line)
            self.free -= waiter.count
            waiter.granted.set_result(None)

    def _reserve_for(self, priority: int) -> int:
        return self.reserved if priority >= Priority.BACKGROUND else 0

    def _fits(self, count: int, priority: int) -> bool:
        return self.free - count >= self._reserve_for(priority)
