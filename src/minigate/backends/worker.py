"""Runs blocking model calls off the event loop: one thread per model, a bounded waiting line.

Embedding models use it; llama.cpp models have the engine's scheduler instead."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from minigate.errors import ModelOverloaded

T = TypeVar("T")


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
