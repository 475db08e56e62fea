"""An ingestion cancelled midway (its upload's client left) stops embedding and keeps nothing
of the document it was embedding."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np

from minigate.rag import Library, RagSettings
from minigate.rag.chroma import ChromaStore


def test_a_cancelled_ingestion_stops_embedding_and_keeps_nothing(tmp_path: Path) -> None:
    """What an upload route that cancels its task when the client leaves (as
    server.disconnect.unless_disconnected does for chat) relies on: the library stops at
    once and stores nothing of the document it was embedding (probe sec9: an upload went on
    for minutes after its client was killed, and its document was kept)."""
    passes = 0
    second = asyncio.Event()

    async def slow_embedder(texts: list[str]) -> np.ndarray:
        nonlocal passes
        passes += 1
        if passes == 2:
            second.set()
            await asyncio.sleep(3600)  # an embedder busy with a long document
        return np.ones((len(texts), 8), dtype=np.float32) / np.sqrt(8)

    settings = RagSettings(
        chroma_path=str(tmp_path / "chroma"), embedding_model="slow", chunk_tokens=16
    )
    library = Library(settings, lambda m: slow_embedder, ChromaStore.open)
    text = " ".join(f"Sentence number {n} says little." for n in range(400)).encode()

    async def run() -> None:
        await library.create("k", "docs")
        upload = asyncio.create_task(library.ingest("k", "docs", "long.txt", text))
        await asyncio.wait_for(second.wait(), 30)
        upload.cancel()
        await asyncio.gather(upload, return_exceptions=True)
        assert upload.cancelled()
        await asyncio.sleep(0.2)
        assert passes == 2  # no pass after the cancellation
        assert await library.documents("k", "docs") == []
        await library.aclose()

    asyncio.run(run())
