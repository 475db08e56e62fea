"""A gateway with document collections: MiniLM embeds, a stub upstream answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import EMBED_MODEL, Gateway, GatewayFactory, upstream_model

MASTER = "sk-master-rag-000001"
ALICE = "sk-alice-rag-0000001"
BOB = "sk-bob-rag-000000001"
ANSWER = "The answer is in the sources [1]."


@pytest.fixture(scope="module")
def answerer() -> Iterator[StubThread]:
    """The answering model: a stub that always cites [1] and records each prompt."""
    thread = StubThread(StubUpstream(text=ANSWER))
    yield thread
    thread.close()


def rag_config(answer_url: str, chroma: dict[str, Any], **rag: Any) -> dict[str, Any]:
    return {
        "models": [
            {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": "builtin:minilm"},
            upstream_model(answer_url, "stub"),
        ],
        "auth": {
            "master_key": MASTER,
            "api_keys": [{"key": ALICE, "name": "alice"}, {"key": BOB, "name": "bob"}],
        },
        "cache": {"enabled": False},
        "rag": {"answer_model": "stub", **chroma, **rag},
    }


@pytest.fixture(scope="module")
def rag_gateway(
    start_gateway: GatewayFactory, answerer: StubThread, tmp_path_factory: pytest.TempPathFactory
) -> Gateway:
    chroma = str(tmp_path_factory.mktemp("chroma"))
    config = rag_config(answerer.base_url, {"chroma_path": chroma}, max_upload_bytes=4 << 20)
    return start_gateway(config)


def api(gateway: Gateway, key: str = ALICE) -> httpx.Client:
    return httpx.Client(
        base_url=gateway.base_url, headers={"authorization": f"Bearer {key}"}, timeout=120
    )


def upload(http: httpx.Client, collection: str, files: dict[str, bytes]) -> httpx.Response:
    parts = [("file", (name, data, "application/octet-stream")) for name, data in files.items()]
    return http.post(f"/collections/{collection}/documents", files=parts)


def folder_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
