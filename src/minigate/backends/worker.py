"""Runs blocking inference off the event loop: one thread per model, a bounded waiting line."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from minigate.errors import ModelOverloaded

T = TypeVar("T")
Emit = Callable[[T], None]
_DONE = object()


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

    async def open_stream(
        self, produce: Callable[[Emit[T], threading.Event], None]
    ) -> AsyncIterator[T]:
        """Wait for this request's turn, start ``produce(emit, cancelled)`` on the model's thread
        and return an iterator over what it emits.

        Waiting happens here, before the caller commits to a streamed 200 response, so an
        overloaded model is still a clean 503. If the consumer stops early (a client
        disconnect), ``cancelled`` is set; the model stays locked until the producer returns.
        """
        await self._acquire()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[object] = asyncio.Queue()
        cancelled = threading.Event()

        def emit(item: T) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, item)

        def run_producer() -> None:
            try:
                produce(emit, cancelled)
            except BaseException as exc:  # handed to the consumer, re-raised there
                loop.call_soon_threadsafe(queue.put_nowait, _Failure(exc))
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, _DONE)

        future = loop.run_in_executor(self._executor, run_producer)
        future.add_done_callback(lambda _: self._lock.release())
        return _drain(queue, cancelled)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


async def _drain(queue: asyncio.Queue[object], cancelled: threading.Event) -> AsyncIterator[T]:
    try:
        while True:
            item = await queue.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.exc
            yield item  # type: ignore[misc]
    finally:
        cancelled.set()


class _Failure:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
