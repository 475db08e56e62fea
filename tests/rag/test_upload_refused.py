"""An upload refused for a file's name closes every part it had spilled to a temporary file."""

from __future__ import annotations

from pathlib import Path

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory
from tests.conftest import upstream_model as upstream


def test_a_refused_file_name_leaves_no_part_open(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """In-process, with the stub's embeddings: the parts are what matter, not the vectors.
    Before: the 400 was answered with the parts' SpooledTemporaryFiles left open (a
    ResourceWarning when they were collected, an error under this suite's filterwarnings),
    an upload's temporary files on disk until then."""
    gateway = start_app(
        {
            "models": [upstream(stub.base_url, "emb", upstream_model="text-embedding-3-small")],
            "rag": {"embedding_model": "emb", "chroma_path": str(tmp_path / "chroma")},
        }
    )
    assert gateway.http.post("/v1/collections", json={"name": "c1"}).status_code == 200
    parts = [("file", ("good.txt", b"hello " * 50)), ("file", ("../evil.txt", b"x"))]
    refused = gateway.http.post("/v1/collections/c1/documents", files=parts)
    assert refused.status_code == 400, refused.text
    assert "'../evil.txt' is not allowed" in refused.json()["error"]["message"]
    listed = gateway.http.get("/v1/collections/c1/documents").json()
    assert listed["data"] == []  # nothing of the upload was ingested


def test_an_upload_of_too_many_chunks_is_refused_before_it_is_embedded(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: one key's 3.3 MB .txt (5,455 chunks) held the shared embedder for 11 minutes,
    slowing every tenant's embeddings (probe sec9). Now: an upload that makes more chunks than
    rag.max_chunks_per_document is a 400 too_many_chunks, and nothing of it is embedded."""
    gateway = start_app(
        {
            "models": [upstream(stub.base_url, "emb", upstream_model="text-embedding-3-small")],
            "rag": {
                "embedding_model": "emb",
                "chroma_path": str(tmp_path / "chroma"),
                "max_chunks_per_document": 3,
            },
        }
    )
    assert gateway.http.post("/v1/collections", json={"name": "c1"}).status_code == 200
    text = "\n\n".join(f"Paragraph {n}. " + "A sentence of words. " * 30 for n in range(20))
    refused = gateway.http.post(
        "/v1/collections/c1/documents", files=[("file", ("big.txt", text.encode()))]
    )
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["code"] == "too_many_chunks"
    assert "more than the 3 an upload may have (rag.max_chunks_per_document)" in error["message"]
    assert not [r for r in stub.stub.received if r.path.endswith("/embeddings")]
    assert gateway.http.get("/v1/collections/c1/documents").json()["data"] == []
    small = gateway.http.post(
        "/v1/collections/c1/documents", files=[("file", ("small.txt", b"A short note."))]
    )
    assert small.status_code == 200, small.text
