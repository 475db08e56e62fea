"""What the event loop hands the decode thread, and what comes back."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from minigate.engine.sampling import Sampling
from minigate.schemas.common import Usage


@dataclass(frozen=True, slots=True)
class Job:
    """One sequence to generate: a choice of a request."""

    index: int  # the choice index in the answer
    prompt: list[int]
    max_tokens: int
    sampling: Sampling = field(default_factory=Sampling)
    stops: tuple[str, ...] = ()
    top_logprobs: int | None = None  # None: no logprobs at all; 0: only the chosen token's


@dataclass(frozen=True, slots=True)
class TokenLogprob:
    """A generated token, its log-probability and the likeliest alternatives."""

    token: bytes
    logprob: float
    top: tuple[tuple[bytes, float], ...] = ()


@dataclass(slots=True)
class Piece:
    """A bit of generated text for one choice; the last piece of a choice has its finish."""

    index: int
    text: str
    logprobs: list[TokenLogprob] = field(default_factory=list)
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens whose KV cells were reused, not computed


@dataclass(slots=True)
class Failure:
    exc: BaseException


DONE = object()


@dataclass(eq=False, slots=True)
class Group:
    """The jobs of one request, run on ``held`` slots granted by the admission line.

    The loop only sets ``cancelled``; everything else is the decode thread's. ``post`` and
    ``release`` are thread-safe hand-offs to the loop.
    """

    jobs: deque[Job]
    held: int
    priority: int
    arrival: int
    post: Callable[[object], None]
    release: Callable[[int], None]
    live: Usage = field(default_factory=Usage)
    running: int = 0
    cancelled: bool = False
    failed: bool = False

    @classmethod
    def on_loop(
        cls,
        jobs: list[Job],
        held: int,
        priority: int,
        arrival: int,
        release: Callable[[int], None],
        live: Usage,
    ) -> tuple[Group, asyncio.Queue[object]]:
        """A group made on the event loop, posting to a new queue there."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[object] = asyncio.Queue()

        def post(item: object) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, item)

        def hand_back(count: int) -> None:
            loop.call_soon_threadsafe(release, count)

        group = cls(deque(jobs), held, priority, arrival, post, hand_back, live)
        return group, queue
