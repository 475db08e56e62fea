"""Dynamic batching with priority: concurrent calls gathered into one forward pass at a time.

Interactive calls (a client's ``/v1/embeddings``, the cache, router, guard, a ``rag:``
question) go into the next pass, whole. Background calls (document uploads, ``minigate
ingest``, batch-API lines) run only in passes that no interactive call waits for, and in
short ones (``background_batch`` texts), so that an interactive call arriving meanwhile waits
at most one short pass. After ``interactive_streak`` interactive passes in a row while
background texts wait, one background pass goes, so a steady interactive stream cannot hold
an upload back for ever either.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import numpy as np

from minigate.context import Priority
from minigate.errors import ModelOverloaded

Waiter = asyncio.Future[tuple[np.ndarray, int]]
Encode = Callable[[list[str]], Awaitable[tuple[np.ndarray, list[int]]]]


@dataclass(eq=False, slots=True)
class _Call:
    """One caller's texts; a background call is embedded over several passes."""

    texts: list[str]
    future: Waiter
    taken: int = 0  # texts handed to a pass so far
    rows: list[np.ndarray] = field(default_factory=list)
    tokens: int = 0


# A pass's share of a call: the call, and the slice of its texts the pass embeds.
_Slice = tuple[_Call, int, int]


class Batcher:
    """Gathers the texts of concurrent callers and encodes them, one pass at a time.

    The first interactive caller of an idle batcher waits at most ``max_wait_s`` for company;
    ``max_batch`` texts go at once. Callers that arrive while a pass runs go in the next one.
    Each caller gets back its own rows and the token count of its own texts. One failed pass
    fails every caller in it, with its error. A caller that gave up (its task was cancelled)
    is dropped with whatever of its texts still waited. Beyond ``max_waiting`` interactive
    callers waiting, the next is refused at once (503), as the model's worker refused a
    waiting line that long when every caller's pass waited there.
    """

    def __init__(
        self,
        encode: Encode,
        *,
        max_wait_s: float,
        max_batch: int,
        background_batch: int = 8,
        interactive_streak: int = 8,
        max_waiting: int = 256,
        name: str = "embeddings",
    ) -> None:
        self._encode = encode
        self.name = name
        self.max_waiting = max_waiting
        self.max_wait_s = max_wait_s
        self.max_batch = max_batch
        self.background_batch = background_batch
        self.interactive_streak = interactive_streak
        self._interactive: deque[_Call] = deque()
        self._background: deque[_Call] = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._pass: asyncio.Task[None] | None = None
        self._streak = 0  # interactive passes since the last background one, while any waited
        self.passes = 0  # forward passes made, for tests and benchmarks
        self.background_passes = 0  # of which background ones

    async def __call__(
        self, texts: list[str], priority: Priority = "interactive"
    ) -> tuple[np.ndarray, int]:
        """Unit vectors for ``texts`` and the number of tokens they took."""
        loop = asyncio.get_running_loop()
        call = _Call(texts, loop.create_future())
        if priority == "background":
            self._background.append(call)
        else:
            self._admit()
            self._interactive.append(call)
            self._time_interactive(loop)
        self._next()
        return await call.future

    @property
    def waiting_background(self) -> int:
        """Background texts not yet handed to a pass (a cancelled caller's are not counted)."""
        return sum(len(c.texts) - c.taken for c in self._background if not c.future.done())

    def _admit(self) -> None:
        waiting = sum(1 for c in self._interactive if not c.future.done())
        if waiting >= self.max_waiting:
            raise ModelOverloaded(
                f"Model '{self.name}' has {waiting} embedding requests waiting already; "
                "retry shortly.",
                headers={"Retry-After": "1"},
            )

    def _time_interactive(self, loop: asyncio.AbstractEventLoop) -> None:
        # Company is worth waiting for only while the model is idle; behind a pass, callers
        # gather anyway and go the moment it ends.
        full = sum(len(c.texts) for c in self._interactive) >= self.max_batch
        if full or self.max_wait_s <= 0 or self._pass is not None:
            self._stop_timer()
        elif self._timer is None and len(self._interactive) == 1:
            self._timer = loop.call_later(self.max_wait_s, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._next()

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _next(self) -> None:
        """Start the next pass if the model is free and a pass is due."""
        if self._pass is not None:
            return
        chosen = self._choose()
        if chosen is not None:
            self._pass = asyncio.ensure_future(self._run(*chosen))

    def _choose(self) -> tuple[list[_Slice], Priority] | None:
        self._interactive = deque(c for c in self._interactive if not c.future.done())
        self._background = deque(c for c in self._background if not c.future.done())
        starved = bool(self._background) and self._streak >= self.interactive_streak
        if self._interactive and not starved:
            if self._timer is not None:
                return None  # the first caller still waits for company
            self._streak += 1 if self._background else 0
            return self._take_interactive(), "interactive"
        if self._background:
            self._streak = 0
            return self._take_background(), "background"
        return None

    def _take_interactive(self) -> list[_Slice]:
        taken: list[_Slice] = []
        size = 0
        while self._interactive and size < self.max_batch:
            call = self._interactive.popleft()
            taken.append((call, 0, len(call.texts)))
            size += len(call.texts)
        return taken

    def _take_background(self) -> list[_Slice]:
        taken: list[_Slice] = []
        room = self.background_batch
        while self._background and room > 0:
            call = self._background[0]
            end = min(len(call.texts), call.taken + room)
            taken.append((call, call.taken, end))
            room -= end - call.taken
            call.taken = end
            if end == len(call.texts):
                self._background.popleft()
        return taken

    async def _run(self, slices: list[_Slice], priority: Priority) -> None:
        texts = [text for call, start, end in slices for text in call.texts[start:end]]
        self.passes += 1
        if priority == "background":
            self.background_passes += 1
        try:
            vectors, counts = await self._encode(texts)
        except BaseException as exc:  # handed to every caller of this pass
            for call, _, _ in slices:
                if not call.future.done():
                    call.future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise  # the loop is going away: no next pass
        else:
            _hand_out(slices, vectors, counts)
        finally:
            self._pass = None
        self._next()


def _hand_out(slices: list[_Slice], vectors: np.ndarray, counts: list[int]) -> None:
    """Each slice's rows to its call; a call whose last slice this was gets its answer."""
    at = 0
    for call, start, end in slices:
        rows = slice(at, at + end - start)
        at = rows.stop
        if call.future.done():  # a caller that gave up needs nothing
            continue
        call.rows.append(vectors[rows])
        call.tokens += sum(counts[rows])
        if end == len(call.texts):
            whole = call.rows[0] if len(call.rows) == 1 else np.concatenate(call.rows)
            call.future.set_result((whole, call.tokens))
