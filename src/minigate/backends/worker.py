"""Runs blocking work off the event loop: one thread per model with a bounded waiting line
(``ModelWorker``; embedding models and the guard's classifiers use it, llama.cpp models have
the engine's scheduler instead), and pure-Python reading of a long text (``off_loop``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from minigate.errors import ModelOverloaded

T = TypeVar("T")

# Characters from which ``off_loop`` moves a reading to a thread. The guard's pattern reading
# costs about 0.45 ms per 1,000 characters of prose and 1.9 ms of Python code (measured on this
# 2-core machine: a 92 KB module took 170 ms of the input side's cheap scan, all of it on the
# loop). Below 4,096 characters a reading costs at most ~8 ms (code), mostly under 2 ms, and
# a short prompt's well under 1 ms, of which the hop to a thread (~0.11 ms) would be a good part.
OFF_LOOP_CHARS = 4_096


async def off_loop(fn: Callable[[], T], size: int) -> T:
    """``fn()`` for a text of ``size`` characters: inline when short, on a worker thread when
    long, so that reading one long text does not hold up every other request on the loop.

    The reading is pure Python and keeps the GIL, so it takes as long as before; what changes
    is that the loop gets its turn every few milliseconds (the interpreter's switch interval)
    instead of waiting for the whole reading."""
    if size < OFF_LOOP_CHARS:
        return fn()
    return await asyncio.to_thread(fn)


class ModelWorker:
    """Serialises access to one model so that concurrent requests never share its state.

    At most ``max_queue`` requests wait; the next one is refused at once with 503. A waiting
    request gives up after ``queue_timeout_s`` with 503 too, so clients never hang forever.
    """

    def __init__(self, name: str, max_queue: int, queue_timeout_s: float) -> None:
        self.name = name
        self.max_queue = max_queue
        self.queue_timeout_s = queue_timeout_s
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"model-{name}")
        self._lock = asyncio.Lock()
        self._waiting = 0

    @property
    def waiting(self) -> int:
        return self._waiting

    async def _acquire(self) -> None:
        if self._waiting >= self.max_queue:
            raise ModelOverloaded(
                f"Model '{self.name}' has {self._waiting} requests waiting already; "
                "retry shortly or raise max_queue in the config.",
                headers={"Retry-After": "1"},
            )
        self._waiting += 1
        try:
            await asyncio.wait_for(self._lock.acquire(), self.queue_timeout_s)
        except TimeoutError:
            raise ModelOverloaded(
                f"Model '{self.name}' stayed busy for {self.queue_timeout_s:g}s; retry later.",
                headers={"Retry-After": "2"},
            ) from None
        finally:
            self._waiting -= 1

    async def run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the model's thread once it is this request's turn."""
        await self._acquire()
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, fn)
        finally:
            self._lock.release()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
