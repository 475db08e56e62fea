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
