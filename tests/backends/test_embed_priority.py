"""Priority on the shared embedder (the real MiniLM): a document's chunks go in short
background passes that interactive calls do not wait behind (probe: a 5,455-chunk upload made
other tenants' embeddings take 5-9 s instead of 0.04 s)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from minigate.backends.embeddings import SentenceTransformerBackend
from minigate.backends.settings import SentenceTransformerModel
from minigate.context import Priority, RequestContext
from minigate.schemas.embeddings import EmbeddingRequest

pytestmark = pytest.mark.model


def minilm(**settings: int) -> SentenceTransformerBackend:
    config = SentenceTransformerModel(
        backend="sentence_transformers", id="minilm", path="builtin:minilm", **settings
    )
    return SentenceTransformerBackend(config)


def chunks(count: int) -> list[str]:
    return [f"Part {n} of the manual: check the pump's seals every spring." for n in range(count)]


async def embed(
    model: SentenceTransformerBackend, texts: list[str], priority: Priority = "interactive"
) -> np.ndarray:
    request = EmbeddingRequest(model=model.model_id, input=texts)
    answer = await model.embed(request, RequestContext(endpoint="test", priority=priority))
    return np.array([item.embedding for item in answer.data])


async def background_started(model: SentenceTransformerBackend) -> int:
    """The count once the first background pass is under way (the pass counts are all the
    batcher tells: each turn of the loop reads it again, no clock involved)."""
    while model.batcher.background_passes == 0:  # noqa: ASYNC110
        await asyncio.sleep(0)
    return model.batcher.background_passes


def test_an_interactive_call_waits_at_most_the_background_pass_under_way() -> None:
    async def run() -> None:
        model = minilm(background_batch=8)
        try:
            job = asyncio.ensure_future(embed(model, chunks(160), "background"))  # 20 passes
            under_way = await background_started(model)
            await embed(model, ["How often are the seals checked?"])
            assert model.batcher.background_passes == under_way  # no other went before it
            assert not job.done() and model.batcher.waiting_background > 0
            assert (await job).shape == (160, 384)
        finally:
            await model.aclose()

    asyncio.run(run())


def test_a_background_job_finishes_under_a_steady_interactive_stream() -> None:
    """Two callers who each ask again the moment they are answered, in passes of their own
    (``max_batch`` 1), keep an interactive call waiting at the end of every pass; every
    ``interactive_streak`` passes one background pass goes all the same. The job's rows are
    those of its texts embedded in one call."""

    async def run() -> None:
        model = minilm(max_batch=1, background_batch=8, interactive_streak=2)
        texts = chunks(32)
        try:
            job = asyncio.ensure_future(embed(model, texts, "background"))  # 4 passes
            asked = await asyncio.gather(*(asking(model, job, who) for who in "ab"))
            assert job.done() and max(asked) < 100  # before the stream ran dry
            assert np.allclose(job.result(), await embed(model, texts), atol=1e-5)
        finally:
            await model.aclose()

    asyncio.run(run())


async def asking(
    model: SentenceTransformerBackend, job: asyncio.Future[np.ndarray], who: str
) -> int:
    """Questions one after another while ``job`` runs (at most 100); how many were asked."""
    asked = 0
    while not job.done() and asked < 100:
        await embed(model, [f"Question {asked} from {who}: when are the seals checked?"])
        asked += 1
    return asked


def test_a_cancelled_background_job_drops_its_waiting_texts() -> None:
    """An upload whose client left is cancelled: its texts still waiting never reach the
    model, which goes on serving others."""

    async def run() -> None:
        model = minilm(background_batch=8)
        try:
            job = asyncio.ensure_future(embed(model, chunks(160), "background"))
            under_way = await background_started(model)
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)
            assert model.batcher.waiting_background == 0
            await embed(model, ["Is the model still there?"])
            assert model.batcher.background_passes == under_way
        finally:
            await model.aclose()

    asyncio.run(run())
