"""Dynamic batching: concurrent calls gathered into one forward pass, after a bounded wait."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import numpy as np

Waiter = asyncio.Future[tuple[np.ndarray, int]]
Encode = Callable[[list[str]], Awaitable[tuple[np.ndarray, list[int]]]]


class Batcher:
    """Gathers the texts of concurrent callers and encodes them together.

    The first caller of a batch waits at most ``max_wait_s`` for company; a batch that
    reaches ``max_batch`` texts goes at once. Each caller gets back its own rows and the
    token count of its own texts. One failed pass fails every caller in it, with its error.
    """

    def __init__(self, encode: Encode, *, max_wait_s: float, max_batch: int) -> None:
        self._encode = encode
        self.max_wait_s = max_wait_s
        self.max_batch = max_batch
        self._pending: list[tuple[list[str], Waiter]] = []
        self._size = 0
        self._timer: asyncio.TimerHandle | None = None
        self._running: set[asyncio.Task[None]] = set()
        self.passes = 0  # forward passes made, for tests and benchmarks

    async def __call__(self, texts: list[str]) -> tuple[np.ndarray, int]:
        """Unit vectors for ``texts`` and the number of tokens they took."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[np.ndarray, int]] = loop.create_future()
        self._pending.append((texts, future))
        self._size += len(texts)
        if self._size >= self.max_batch or self.max_wait_s <= 0:
            self._flush()
        elif self._timer is None:
            self._timer = loop.call_later(self.max_wait_s, self._flush)
        return await future

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending, self._size = self._pending, [], 0
        if batch:
            task = asyncio.ensure_future(self._run(batch))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run(self, batch: list[tuple[list[str], Waiter]]) -> None:
        texts = [text for part, _ in batch for text in part]
        self.passes += 1
        try:
            vectors, counts = await self._encode(texts)
        except BaseException as exc:  # handed to every caller of this pass
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        start = 0
        for part, future in batch:
            end = start + len(part)
            if not future.done():  # a caller that gave up needs nothing
                future.set_result((vectors[start:end], sum(counts[start:end])))
            start = end
