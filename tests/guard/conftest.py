"""Fixtures shared by the guard's detector tests."""

from __future__ import annotations

import os

import numpy as np
import pytest

from minigate.guard.protocol import EmbedFn


@pytest.fixture(scope="session")
def embed() -> EmbedFn:
    """The bundled MiniLM, on one thread, as the gateway's embedding function."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    from minigate.backends.builtin import resolve_weights

    torch.set_num_threads(1)
    model = SentenceTransformer(str(resolve_weights("builtin:minilm")), device="cpu")

    async def encode(texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(texts, normalize_embeddings=True), dtype=np.float32)

    return encode
