"""Identical requests that share a prompt prefix, on the engine itself (no gateway)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from minigate.backends.builtin import resolve_weights
from minigate.engine import EngineSettings, Job, LocalEngine, Sampling
from minigate.schemas.common import Usage

pytestmark = pytest.mark.model


@pytest.fixture
def engine() -> Iterator[LocalEngine]:
    settings = EngineSettings(parallel=4, n_threads=1)
    engine = LocalEngine(
        "local",
        resolve_weights("builtin:smollm2"),
        n_ctx=256,
        n_batch=512,
        settings=settings,
        max_queue=16,
        queue_timeout_s=60,
    )
    engine.load()
    yield engine
    engine.close()


async def answer(engine: LocalEngine, prompt: list[int], max_tokens: int) -> str | None:
    pieces = await engine.generate([Job(0, prompt, max_tokens, Sampling(temperature=0))], Usage())
    finish = None
    async for piece in pieces:
        finish = piece.finish_reason or finish
    return finish


async def all_answered(engine: LocalEngine, count: int, max_tokens: int) -> list[str | None]:
    prompt = engine.model.tokenize(b"Name a river.", True, False)
    asks = [answer(engine, prompt, max_tokens) for _ in range(count)]
    return await asyncio.wait_for(asyncio.gather(*asks), timeout=20)


@pytest.mark.parametrize("max_tokens", [1, 2])
def test_identical_concurrent_requests_are_all_answered(
    engine: LocalEngine, max_tokens: int
) -> None:
    """Before (fuzz17 #1): a job whose prompt another slot was prefilling waited to share its
    cells; with max_tokens 1 that slot finished in the same step, nothing was left running,
    and the decode thread slept with the waiting job never started: of 3 identical requests
    one never got an answer, and queue_timeout_s did not end it (its slot was already held)."""
    for _ in range(3):  # the arrival order differs between rounds; each must answer all
        finishes = asyncio.run(all_answered(engine, 4, max_tokens))
        assert len(finishes) == 4 and all(finishes), finishes
