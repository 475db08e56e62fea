"""Sentence vectors for the gateway's own use: the semantic cache, learned routes, the guard.

One ``Embedder`` per embedding model, shared by every stage of a pipeline, remembers the
vectors of the texts it embedded last: a request's last user turn is read by the cache, a
learned route and the guard's scanners, and is embedded once. Embeddings made for the
gateway's own use call the model's backend directly, so they get no ledger row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping

import numpy as np

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.schemas.embeddings import EmbeddingRequest

RECENT = 256  # texts whose vectors are kept for the next stage that reads them


class Embedder:
    """Unit vectors from any backend that serves embeddings (MiniLM by default)."""

    def __init__(self, backend: Backend, model_id: str) -> None:
        self.backend = backend
        self.model_id = model_id
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    async def __call__(self, text: str) -> np.ndarray:
        vector: np.ndarray = (await self.many([text]))[0]
        return vector

    async def many(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, as the rows of a float32 matrix.

        The answer is built from this call's own vectors, so a text that another call evicts
        while this one waits on the model, or a call of more than ``RECENT`` texts, still
        gets its vector."""
        distinct = list(dict.fromkeys(texts))
        found = {t: v for t in distinct if (v := self._recent.get(t)) is not None}
        missing = [t for t in distinct if t not in found]
        if missing:
            req = EmbeddingRequest(model=self.model_id, input=missing)
            result = await self.backend.embed(req, RequestContext(endpoint="gateway.embed"))
            for text, item in zip(missing, result.data, strict=True):
                vector = np.asarray(item.embedding, dtype=np.float32)
                found[text] = vector / max(float(np.linalg.norm(vector)), 1e-12)
        for text in distinct:
            self._recent[text] = found[text]
            self._recent.move_to_end(text)
        while len(self._recent) > RECENT:
            self._recent.popitem(last=False)
        return np.stack([found[t] for t in texts])


class Embedders:
    """The pipeline's embedders, one per configured embedding model, made on first use."""

    def __init__(self, backends: Mapping[str, Backend]) -> None:
        self.backends = backends
        self._made: dict[str, Embedder] = {}

    def get(self, model_id: str) -> Embedder | None:
        if model_id not in self._made:
            backend = self.backends.get(model_id)
            if backend is None:
                return None
            self._made[model_id] = Embedder(backend, model_id)
        return self._made[model_id]
