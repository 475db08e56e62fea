"""Fixtures shared by the guard's detector tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from minigate.guard.protocol import EmbedFn
from minigate.guard.scanners.artifacts import data_path


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


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the shipped guard data files, for a test to damage."""
    for path in data_path("").glob("*"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


async def never_embed(texts: list[str]) -> np.ndarray:
    """An embedding function for scanners that must not embed anything (while loading)."""
    raise AssertionError("no text is embedded while loading")
