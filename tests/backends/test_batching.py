"""Dynamic batching of embeddings: concurrent callers share one forward pass."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import openai
import pytest

from minigate.backends.batching import Batcher
from minigate.errors import ModelOverloaded
from tests.conftest import EMBED_MODEL


class Encoder:
    """Stands in for the model thread: one row per text, a token per character."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail

    async def __call__(self, texts: list[str]) -> tuple[np.ndarray, list[int]]:
        self.calls.append(texts)
        await asyncio.sleep(0)
        if self.fail:
            raise RuntimeError("model thread died")
        return np.array([[float(len(t))] for t in texts]), [len(t) for t in texts]


def test_concurrent_callers_share_one_pass_and_get_their_own_rows() -> None:
    encoder = Encoder()

    async def go() -> list[tuple[np.ndarray, int]]:
        batcher = Batcher(encoder, max_wait_s=0.005, max_batch=64)
        return await asyncio.gather(batcher(["a"]), batcher(["bb", "ccc"]), batcher(["dddd"]))

    results = asyncio.run(go())
    assert encoder.calls == [["a", "bb", "ccc", "dddd"]]
    assert [r[0].ravel().tolist() for r in results] == [[1.0], [2.0, 3.0], [4.0]]
    assert [r[1] for r in results] == [1, 5, 4]


def test_a_full_batch_goes_without_waiting() -> None:
    encoder = Encoder()

    async def go() -> None:
        batcher = Batcher(encoder, max_wait_s=60, max_batch=2)  # would hang if it waited
        await asyncio.gather(batcher(["a"]), batcher(["b"]), batcher(["c", "d"]))

    asyncio.run(asyncio.wait_for(go(), 5))
    assert encoder.calls == [["a", "b"], ["c", "d"]]


def test_a_failed_pass_fails_each_of_its_callers() -> None:
    async def go() -> list[object]:
        batcher = Batcher(Encoder(fail=True), max_wait_s=0.001, max_batch=64)
        return await asyncio.gather(batcher(["a"]), batcher(["b"]), return_exceptions=True)

    results = asyncio.run(go())
    assert [str(r) for r in results] == ["model thread died"] * 2
    assert all(isinstance(r, RuntimeError) for r in results)


def test_callers_beyond_max_waiting_are_refused_at_once() -> None:
    """Before priority, the model's worker refused a line of 256 waiting passes; the batcher,
    which now keeps the waiting callers itself, refuses beyond its own bound (503)."""

    async def go() -> list[object]:
        batcher = Batcher(Encoder(), max_wait_s=0.001, max_batch=64, max_waiting=2)
        return await asyncio.gather(*(batcher([t]) for t in "abc"), return_exceptions=True)

    results = asyncio.run(asyncio.wait_for(go(), 5))
    assert isinstance(results[2], ModelOverloaded) and results[2].status == 503
    assert "has 2 embedding requests waiting already" in results[2].message


@pytest.mark.model
def test_concurrent_embedding_requests_each_get_their_own_vectors(client: openai.OpenAI) -> None:
    sentences = [f"Sentence {i} is about {topic}." for i, topic in enumerate("abcdefgh")]

    def embed(text: str) -> tuple[list[float], int]:
        result = client.embeddings.create(model=EMBED_MODEL, input=text)
        return result.data[0].embedding, result.usage.prompt_tokens

    alone = [embed(s) for s in sentences]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(embed, sentences))
    for (vector, tokens), (batched, batched_tokens) in zip(alone, together, strict=True):
        assert batched_tokens == tokens
        assert np.allclose(vector, batched, atol=1e-5)
