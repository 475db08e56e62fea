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
        queue_timeout_s=5,  # a slot that is never freed fails a test in seconds
    )
    engine.load()
    yield engine
    engine.close()


async def answer(engine: LocalEngine, prompts: list[list[int]], max_tokens: int) -> list[str]:
    jobs = [Job(i, p, max_tokens, Sampling(temperature=0)) for i, p in enumerate(prompts)]
    pieces = await engine.generate(jobs, Usage())
    return [piece.finish_reason async for piece in pieces if piece.finish_reason]


def tokens(engine: LocalEngine, text: str) -> list[int]:
    return list(engine.model.tokenize(text.encode(), True, False))


async def all_answered(engine: LocalEngine, count: int, max_tokens: int) -> list[list[str]]:
    prompt = tokens(engine, "Name a river.")
    asks = [answer(engine, [prompt], max_tokens) for _ in range(count)]
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
        assert all(len(finish) == 1 for finish in finishes), finishes


def test_more_prompts_than_slots_after_identical_requests_are_answered(engine: LocalEngine) -> None:
    """Before (fuzz17 #3): the request left waiting above, once its client gave up, kept its
    slot until another request reached the decode thread; one that needs every slot (17
    prompts on 4 slots) never could, and waited queue_timeout_s for a 503 on an idle model.
    More prompts than slots is served: the later ones run as earlier ones finish."""

    async def burst_then_many() -> list[str]:
        prompt = tokens(engine, "Name a river.")
        asks = [asyncio.wait_for(answer(engine, [prompt], 1), timeout=10) for _ in range(3)]
        await asyncio.gather(*asks, return_exceptions=True)  # what it got is the test above's
        many = [tokens(engine, f"Count to {i}") for i in range(17)]
        return await asyncio.wait_for(answer(engine, many, 1), timeout=20)

    assert len(asyncio.run(burst_then_many())) == 17
