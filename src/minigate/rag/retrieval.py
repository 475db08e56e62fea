"""Hybrid retrieval: BM25 over jieba/word tokens plus vector search, fused by score.

BM25 catches the rare exact words (names, numbers, codes) that sentence vectors blur; vectors
catch paraphrases that share no word with the question. The default fusion is a convex
combination of scores (Bruch et al., "An Analysis of Fusion Functions for Hybrid Retrieval",
2023): each method's scores are min-max scaled over its candidates and summed with weights
``1 - vector_share`` and ``vector_share``. With BM25's larger share a clear BM25 first place
stays first, while the vectors decide between chunks BM25 scores nearly alike; rank fusion
(RRF) cannot tell a near tie from a wide gap. Weighted reciprocal rank fusion stays as
``rag.fusion: rrf``. The defaults were chosen on a dev split of SQuAD and CMRC 2018 questions
(benchmarks/rag.py).

The BM25 index of a collection is built in memory from the store's chunks and kept until the
collection's revision changes (another gateway sharing the store changes it too).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from minigate.rag.settings import RagSettings
from minigate.rag.store import Chunk, Collection, CollectionStore, Hit
from minigate.rag.text import search_words

Method = Literal["hybrid", "vector", "bm25"]
EmbedFn = Callable[[list[str]], Awaitable[np.ndarray]]


def indexed_text(chunk: Chunk) -> str:
    headings = str(chunk.metadata.get("headings") or "")
    return f"{headings}\n{chunk.text}" if headings else chunk.text


class LexicalIndex:
    """BM25 (bm25s, Lucene variant) over a fixed list of chunks."""

    def __init__(self, chunks: list[Chunk], stem: str | None = None) -> None:
        import bm25s

        self.chunks = chunks
        self.stem = stem
        self._bm25: Any = None
        corpus = [search_words(indexed_text(c), stem) for c in chunks]
        if any(corpus):
            self._bm25 = bm25s.BM25()
            self._bm25.index([words or ["\x00"] for words in corpus], show_progress=False)
            self._vocab: Mapping[str, int] = self._bm25.vocab_dict

    def search(self, query: str, k: int, where: Mapping[str, Any] | None = None) -> list[Hit]:
        words = [w for w in search_words(query, self.stem) if w in getattr(self, "_vocab", {})]
        if self._bm25 is None or not words:
            return []
        scores = np.asarray(self._bm25.get_scores(words), dtype=np.float64)
        if where:
            keep = np.array([_matches(c.metadata, where) for c in self.chunks])
            scores = np.where(keep, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[:k]
        return [
            Hit(self.chunks[i], float(scores[i]), {"bm25": rank})
            for rank, i in enumerate(order, start=1)
            if scores[i] > 0
        ]


def convex(rankings: Mapping[Method, list[Hit]], k: int, vector_share: float) -> list[Hit]:
    """Convex combination of min-max normalised scores (Bruch et al., 2023): each method's
    scores are scaled to [0, 1] over its own candidates, then ``vector_share`` of the vector
    score is added to the rest of the BM25 score. A chunk one method did not propose gets 0
    from it; equal scores keep BM25's order."""
    weights: dict[Method, float] = {"bm25": 1.0 - vector_share, "vector": vector_share}
    methods = sorted(rankings, key=lambda m: m != "bm25")  # BM25 first: ties keep its order
    return _summed(
        (
            (hit, weights.get(method, 0.0) * scaled)
            for method in methods
            for hit, scaled in zip(
                rankings[method], _min_max([h.score for h in rankings[method]]), strict=True
            )
        ),
        k,
    )


def _min_max(values: list[float]) -> list[float]:
    """Scaled to [0, 1]; all equal (or one value): all 1, since each was proposed."""
    if not values:
        return []
    low, high = min(values), max(values)
    if high <= low:
        return [1.0] * len(values)
    return [(v - low) / (high - low) for v in values]


def _matches(metadata: Mapping[str, Any], where: Mapping[str, Any]) -> bool:
    return all(metadata.get(key) == value for key, value in where.items())


def fuse(
    rankings: Mapping[Method, list[Hit]], k: int, rrf_k: int, weights: Mapping[Method, float]
) -> list[Hit]:
    """Weighted reciprocal rank fusion of rankings of chunks, keyed by the method that made
    each; a method missing from ``weights`` weighs 1."""
    return _summed(
        (
            (hit, weights.get(method, 1.0) / (rrf_k + rank))
            for method, ranking in rankings.items()
            for rank, hit in enumerate(ranking, start=1)
        ),
        k,
    )


def _summed(parts: Iterable[tuple[Hit, float]], k: int) -> list[Hit]:
    """The ``k`` chunks with the highest sums of their parts' scores, each with the ranks
    every method gave it; equal sums keep the order chunks first appear in."""
    scores: dict[str, float] = {}
    ranks: dict[str, dict[str, int]] = {}
    chunks: dict[str, Chunk] = {}
    for hit, score in parts:
        cid = hit.chunk.id
        scores[cid] = scores.get(cid, 0.0) + score
        ranks.setdefault(cid, {}).update(hit.ranks)
        chunks.setdefault(cid, hit.chunk)
    best = sorted(scores, key=lambda cid: -scores[cid])[:k]
    return [Hit(chunks[cid], scores[cid], ranks[cid]) for cid in best]


@dataclass(slots=True)
class _Cached:
    revision: str
    index: LexicalIndex


class Retriever:
    """Searches one owner's collection by vector, BM25 or both."""

    def __init__(
        self,
        store: CollectionStore,
        embed_for: Callable[[str], EmbedFn],
        settings: RagSettings,
    ) -> None:
        self.store = store
        self.embed_for = embed_for
        self.settings = settings
        self._indexes: dict[tuple[str, str], _Cached] = {}
        self._building: dict[tuple[str, str], asyncio.Lock] = {}

    async def search(
        self,
        collection: Collection,
        query: str,
        k: int,
        where: Mapping[str, Any] | None = None,
        method: Method = "hybrid",
    ) -> list[Hit]:
        if collection.chunks == 0:
            return []
        depth = max(k, self.settings.candidates)
        calls: dict[Method, Awaitable[list[Hit]]] = {}
        if method in ("hybrid", "vector"):
            calls["vector"] = self._nearest(collection, query, min(depth, collection.chunks), where)
        if method in ("hybrid", "bm25"):
            calls["bm25"] = self._bm25(collection, query, depth, where)
        # both at once: each waits on its own thread
        found = zip(calls, await asyncio.gather(*calls.values()), strict=True)
        rankings = dict(found)
        if len(rankings) == 1:
            return next(iter(rankings.values()))[:k]
        if self.settings.fusion == "convex":
            return convex(rankings, k, self.settings.vector_share)
        weights: dict[Method, float] = {"bm25": self.settings.bm25_weight}
        return fuse(rankings, k, self.settings.rrf_k, weights)

    async def _nearest(
        self, collection: Collection, query: str, k: int, where: Mapping[str, Any] | None
    ) -> list[Hit]:
        vector = (await self.embed_for(collection.embedding_model)([query]))[0]
        return await self.store.nearest(collection.owner, collection.name, vector, k, where)

    async def _bm25(
        self, collection: Collection, query: str, k: int, where: Mapping[str, Any] | None
    ) -> list[Hit]:
        index = await self.lexical(collection)
        return await asyncio.to_thread(index.search, query, k, where)

    async def lexical(self, collection: Collection) -> LexicalIndex:
        """The collection's BM25 index, rebuilt when the collection has changed."""
        key = (collection.owner, collection.name)
        lock = self._building.setdefault(key, asyncio.Lock())
        async with lock:
            cached = self._indexes.get(key)
            if cached is None or cached.revision != collection.revision:
                chunks = await self.store.chunks(collection.owner, collection.name)
                index = await asyncio.to_thread(LexicalIndex, chunks, self.settings.stemmer)
                cached = self._indexes[key] = _Cached(collection.revision, index)
        return cached.index

    def forget(self, owner: str, name: str) -> None:
        self._indexes.pop((owner, name), None)
