"""Sentence vectors for the gateway's own use: the semantic cache, learned routes, the guard.

One ``Embedder`` per embedding model, shared by every stage of a pipeline, remembers the
vectors of the texts it embedded last (``EmbedMemo``): a request's last user turn is read by
the cache, a learned route and the guard's scanners, and the injection and harm scanners read
the same windows; each is embedded once. The vectors a call returns are collected before
anything is evicted, so concurrent calls cannot take them away. Embeddings made for the
gateway's own use call the model's backend directly, so they get no ledger row.

Background work (a document's chunks) has its own function, ``Embedder.background``: its
texts go behind interactive ones on the model, and are not remembered, since thousands of
chunks read once would push out the texts the cache, router and guard share.

``Embedders`` also holds the one built-in multilingual encoder (``use-multilingual-v3``,
``multilingual.py``) that the semantic cache and the document collections both name, loaded
on first use.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping

import numpy as np

from minigate.backends.base import SingleModelBackend
from minigate.backends.multilingual import MULTILINGUAL, MultilingualEncoder
from minigate.backends.protocol import Backend
from minigate.context import Priority, RequestContext
from minigate.schemas.embeddings import EmbeddingRequest

RECENT = 256  # texts whose vectors are kept for the next stage that reads them

EmbedFn = Callable[[list[str]], Awaitable[np.ndarray]]


class EmbedMemo:
    """An ``EmbedFn`` that embeds each distinct text once while it is remembered."""

    def __init__(self, embed: EmbedFn, size: int = RECENT) -> None:
        self.embed = embed
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        # Stages run on the event loop, but benchmarks and workers may share one memo across
        # threads: the lock keeps the LRU's bookkeeping whole (never held over I/O).
        self._lock = threading.Lock()

    async def __call__(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return await self.embed(texts)
        distinct = list(dict.fromkeys(texts))
        found = self._recall(distinct)
        missing = [t for t in distinct if t not in found]
        if missing:
            fresh = await self.embed(missing)
            found.update((t, np.array(v)) for t, v in zip(missing, fresh, strict=True))
            self._remember({t: found[t] for t in missing})
        return np.stack([found[t] for t in texts])

    def __len__(self) -> int:
        return len(self._vectors)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def _recall(self, texts: list[str]) -> dict[str, np.ndarray]:
        with self._lock:
            found = {t: self._vectors[t] for t in texts if t in self._vectors}
            for text in found:
                self._vectors.move_to_end(text)
        return found

    def _remember(self, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._vectors.update(vectors)
            for text in vectors:
                self._vectors.move_to_end(text)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)


class Embedder:
    """Unit vectors from any backend that serves embeddings (MiniLM by default), or from an
    in-process ``encoder`` (the multilingual one), which has no backend to call."""

    def __init__(
        self, backend: Backend | None, model_id: str, encoder: MultilingualEncoder | None = None
    ) -> None:
        if (backend is None) == (encoder is None):
            raise ValueError("an Embedder embeds with a backend or an encoder, one of them")
        self.backend = backend
        self.encoder = encoder
        self.model_id = model_id
        self.many = EmbedMemo(self._embed)  # one unit vector per text, as a matrix's rows

    async def __call__(self, text: str) -> np.ndarray:
        vector: np.ndarray = (await self.many([text]))[0]
        return vector

    async def background(self, texts: list[str]) -> np.ndarray:
        """Unit vectors for background work (uploads, ``minigate ingest``), as rows: made
        in the short passes interactive calls go before, and not remembered."""
        return await self._embed(texts, "background")

    async def _embed(self, texts: list[str], priority: Priority = "interactive") -> np.ndarray:
        if not texts:
            return np.empty((0, 0), dtype=np.float32)
        if self.encoder is not None:  # in process, one encode at a time, either priority
            return await self.encoder.many(texts)
        assert self.backend is not None  # __init__: one of the two
        # The gateway's own texts, not a client's: an empty prompt (a turn of "") still gets
        # its vector, which a client's request may not ask for (schemas/embeddings.py).
        req = EmbeddingRequest.model_construct(model=self.model_id, input=texts)
        ctx = RequestContext(endpoint="gateway.embed", priority=priority)
        result = await self.backend.embed(req, ctx)
        vectors = np.asarray([item.embedding for item in result.data], dtype=np.float32)
        norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        units: np.ndarray = vectors / norms
        return units


class Embedders:
    """The pipeline's embedders, one per configured embedding model, made on first use."""

    def __init__(self, backends: Mapping[str, SingleModelBackend]) -> None:
        self.backends = backends
        self._made: dict[str, Embedder] = {}
        # Loads its weights at the first text it embeds, not here.
        self.multilingual = MultilingualEncoder()

    def many_of(self, model_id: str) -> EmbedFn | None:
        """``model_id``'s batch embedding function; None unless it is a configured model that
        embeds (a chat-only model is not one) or the built-in multilingual encoder."""
        if model_id == MULTILINGUAL:  # not remembered: chunks and queries, as before
            return self.multilingual.many
        embedder = self._embedding(model_id)
        return None if embedder is None else embedder.many

    def background_of(self, model_id: str) -> EmbedFn | None:
        """``many_of``'s background counterpart (``Embedder.background``), for uploads."""
        if model_id == MULTILINGUAL:
            return self.multilingual.many
        embedder = self._embedding(model_id)
        return None if embedder is None else embedder.background

    def _embedding(self, model_id: str) -> Embedder | None:
        backend = self.backends.get(model_id)
        if backend is None or not backend.capabilities.embeddings:
            return None
        return self.get(model_id)

    def get(self, model_id: str) -> Embedder | None:
        """``model_id``'s embedder: a configured model's, or the multilingual encoder's."""
        if model_id not in self._made:
            backend = self.backends.get(model_id)
            if model_id == MULTILINGUAL:  # the built-in name wins, as in many_of
                self._made[model_id] = Embedder(None, model_id, self.multilingual)
            elif backend is not None:
                self._made[model_id] = Embedder(backend, model_id)
            else:
                return None
        return self._made[model_id]
