"""The gateway's own embedder: vectors from a backend, the last texts remembered."""

from __future__ import annotations

import asyncio
import hashlib

import numpy as np

from minigate.backends.base import SingleModelBackend
from minigate.backends.embedder import RECENT, Embedder
from minigate.context import RequestContext
from minigate.schemas.embeddings import (
    Embedding,
    EmbeddingRequest,
    EmbeddingResponse,
    EmbeddingUsage,
)


class HashVectors(SingleModelBackend):
    """A backend whose vector of a text is read from the text's hash; it answers once
    ``gate`` is open and counts the texts it was asked for."""

    def __init__(self) -> None:
        self.model_id = "hash"
        self.asked: list[str] = []
        self.gate = asyncio.Event()
        self.gate.set()

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        texts = [req.input] if isinstance(req.input, str) else req.input
        assert all(isinstance(t, str) for t in texts)
        self.asked += [str(t) for t in texts]
        await self.gate.wait()
        data = [Embedding(index=i, embedding=vector(str(t))) for i, t in enumerate(texts)]
        return EmbeddingResponse(data=data, model=self.model_id, usage=EmbeddingUsage())


def vector(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [float(b) + 1.0 for b in digest[:8]]


def unit(text: str) -> np.ndarray:
    v = np.asarray(vector(text), dtype=np.float32)
    return v / np.linalg.norm(v)


def test_a_call_of_more_texts_than_it_remembers_gets_every_vector() -> None:
    async def run() -> None:
        embedder = Embedder(HashVectors(), "hash")
        texts = [f"text {i}" for i in range(RECENT + 10)]
        got = await embedder.many(texts)
        assert got.shape == (RECENT + 10, 8)
        assert np.allclose(got[0], unit("text 0")) and np.allclose(got[-1], unit(texts[-1]))

    asyncio.run(run())


def test_a_text_evicted_while_a_call_waits_still_gets_its_vector() -> None:
    async def run() -> None:
        backend = HashVectors()
        embedder = Embedder(backend, "hash")
        await embedder.many(["kept"])  # remembered: the next call will not ask for it
        backend.gate.clear()
        waiting = asyncio.ensure_future(embedder.many(["kept", "new"]))
        await asyncio.sleep(0)  # it now waits on the model for "new"
        backend.gate.set()
        await embedder.many([f"other {i}" for i in range(RECENT)])  # evicts "kept"
        got = await waiting
        assert np.allclose(got[0], unit("kept")) and np.allclose(got[1], unit("new"))
        assert backend.asked.count("kept") == 1

    asyncio.run(run())


def test_a_text_read_again_is_not_embedded_again() -> None:
    async def run() -> None:
        backend = HashVectors()
        embedder = Embedder(backend, "hash")
        first = await embedder.many(["a", "b", "a"])
        again = await embedder("b")
        assert backend.asked == ["a", "b"]
        assert np.allclose(first[2], first[0]) and np.allclose(again, first[1])

    asyncio.run(run())
