"""A document's chunks are background work on the shared embedder (the real MiniLM)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from minigate.backends.embedder import Embedders
from minigate.backends.embeddings import SentenceTransformerBackend
from minigate.backends.settings import SentenceTransformerModel
from minigate.rag import RagSettings, open_library

pytestmark = pytest.mark.model


def test_an_uploads_chunks_go_in_background_passes_and_questions_do_not(tmp_path: Path) -> None:
    """What the upload route and ``minigate ingest`` rely on (both fill collections through
    ``Library.ingest_many``): every pass of a document's chunks is a background one, and none
    of its chunks is kept in the memo the cache, router and guard share; a question on the
    collection is interactive."""

    async def run() -> None:
        config = SentenceTransformerModel(
            backend="sentence_transformers", id="minilm", path="builtin:minilm"
        )
        model = SentenceTransformerBackend(config)
        embedders = Embedders({"minilm": model})
        settings = RagSettings(
            chroma_path=str(tmp_path / "chroma"), embedding_model="minilm", chunk_tokens=16
        )
        library = open_library(settings, embedders.many_of, embedders.background_of)
        assert library is not None
        try:
            await library.create("k", "docs")
            text = " ".join(f"Sentence number {n} says little." for n in range(60)).encode()
            added = await library.ingest("k", "docs", "notes.txt", text)
            assert added.status == "added" and added.chunks > config.background_batch
            passes = model.batcher.background_passes
            assert passes == model.batcher.passes
            assert passes >= added.chunks / config.background_batch
            assert await library.search("k", "docs", "Which sentence says little?")
            assert model.batcher.background_passes == passes < model.batcher.passes
            memo = embedders.get("minilm")
            assert memo is not None and len(memo.many) == 1  # the question alone
        finally:
            await library.aclose()
            await model.aclose()

    asyncio.run(run())
