"""An ingestion cancelled midway (its upload's client left) stops embedding and keeps nothing
of the document it was embedding."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import numpy as np
import pytest

from minigate.errors import CollectionNotFound
from minigate.rag import Library, RagSettings
from minigate.rag.chroma import ChromaStore
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import GatewayFactory, upstream_model
from tests.hardening.helpers import wait_until

PASS_S = 1.0  # each embedding pass the stub answers: an upload of 600 sentences takes many


LONG = " ".join(f"Sentence number {n} says little." for n in range(400)).encode()


class Passes:
    """An embedder (a constant unit vector per text) that counts its passes and awaits
    ``at_pass(n)`` at the n-th, and a library on an embedded Chroma store that uses it."""

    def __init__(self, tmp_path: Path, at_pass: Callable[[int], Awaitable[None]]) -> None:
        self.count, self.at_pass = 0, at_pass
        settings = RagSettings(
            chroma_path=str(tmp_path / "chroma"), embedding_model="e", chunk_tokens=16
        )
        self.library = Library(settings, lambda m: self.embed, ChromaStore.open)

    async def embed(self, texts: list[str]) -> np.ndarray:
        self.count += 1
        await self.at_pass(self.count)
        return np.ones((len(texts), 8), dtype=np.float32) / np.sqrt(8)


def test_a_cancelled_ingestion_stops_embedding_and_keeps_nothing(tmp_path: Path) -> None:
    """What an upload route that cancels its task when the client leaves (as
    server.disconnect.unless_disconnected does for chat) relies on: the library stops at
    once and stores nothing of the document it was embedding (probe sec9: an upload went on
    for minutes after its client was killed, and its document was kept)."""
    second = asyncio.Event()

    async def at_pass(n: int) -> None:
        if n == 2:
            second.set()
            await asyncio.sleep(3600)  # an embedder busy with a long document

    passes = Passes(tmp_path, at_pass)
    library = passes.library

    async def run() -> None:
        await library.create("k", "docs")
        upload = asyncio.create_task(library.ingest("k", "docs", "long.txt", LONG))
        await asyncio.wait_for(second.wait(), 30)
        upload.cancel()
        await asyncio.gather(upload, return_exceptions=True)
        assert upload.cancelled()
        await asyncio.sleep(0.2)
        assert passes.count == 2  # no pass after the cancellation
        assert await library.documents("k", "docs") == []
        await library.aclose()

    asyncio.run(run())


def test_an_ingestion_whose_collection_is_deleted_stops_at_the_next_pass(tmp_path: Path) -> None:
    """Before, an upload into a collection deleted meanwhile embedded every chunk it had left
    (minutes of the embedder every tenant shares), then threw them away. Now it looks the
    collection up between passes and stops at the first one after the delete."""

    async def at_pass(n: int) -> None:
        if n == 2:
            await library.delete("k", "docs")

    passes = Passes(tmp_path, at_pass)
    library = passes.library

    async def run() -> None:
        await library.create("k", "docs")
        with pytest.raises(CollectionNotFound, match="deleted while this request ran"):
            await library.ingest("k", "docs", "long.txt", LONG)
        assert passes.count == 2  # the pass that saw the delete, and none after it
        assert [c.name for c in await library.list_collections("k")] == []
        await library.aclose()

    asyncio.run(run())


def test_an_upload_whose_client_left_is_cancelled_and_kept_nowhere(
    start_gateway: GatewayFactory,
) -> None:
    """Before: an upload went on embedding for minutes after its client was killed, holding the
    shared embedder, and its document was kept (probe sec9). Now the route cancels it when the
    client leaves, as a whole chat answer is: no more passes, no document."""
    slow = StubThread(StubUpstream(delay_s=PASS_S))
    try:
        gateway = start_gateway(
            {
                "models": [
                    upstream_model(slow.base_url, "emb", upstream_model="text-embedding-3-small")
                ],
                "rag": {"embedding_model": "emb", "chunk_tokens": 16},
            }
        )
        made = gateway.http.post("/v1/collections", json={"name": "c1"})
        assert made.status_code == 200, made.text
        text = " ".join(f"Sentence number {n} says little." for n in range(600)).encode()
        boundary = "xBOUNDARYx"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                f'filename="long.txt"\r\nContent-Type: text/plain\r\n\r\n'
            ).encode()
            + text
            + f"\r\n--{boundary}--\r\n".encode()
        )
        head = (
            "POST /v1/collections/c1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", gateway.port)) as client:
            client.sendall(head + body)
            wait_until(lambda: embedding_calls(slow), timeout=30)
        time.sleep(PASS_S * 3)
        assert len(embedding_calls(slow)) <= 2  # the pass under way when it left, at most
        listed = gateway.http.get("/v1/collections/c1/documents")
        assert listed.json()["data"] == []
    finally:
        slow.close()


def embedding_calls(stub: StubThread) -> list[object]:
    return [r for r in stub.stub.received if r.path.endswith("/embeddings")]
