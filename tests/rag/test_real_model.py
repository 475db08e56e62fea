"""One answer from a real model: SmolLM2 answers from a one-document collection that MiniLM
embeds, through the gateway and the SDK, and the reply cites that document."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CHAT_MODEL, EMBED_MODEL, GatewayFactory
from tests.rag.conftest import api as collections_api
from tests.rag.conftest import upload

pytestmark = pytest.mark.model
DOCUMENT = b"The Zorblat bridge in Lunaville was opened in 1931. It is 412 metres long."


def test_a_real_model_answers_from_the_collection_and_cites_it(
    start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    gateway = start_gateway(
        {
            "models": [
                {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": "builtin:minilm"},
                {"id": CHAT_MODEL, "backend": "llama_cpp", "path": "builtin:smollm2"},
            ],
            "cache": {"enabled": False},
            "rag": {"chroma_path": str(tmp_path / "chroma"), "answer_model": CHAT_MODEL},
        }
    )
    with collections_api(gateway, key="not-needed") as http:
        assert http.post("/collections", json={"name": "bridges"}).status_code == 200
        assert upload(http, "bridges", {"zorblat.txt": DOCUMENT}).status_code == 200
    raw = gateway.client(max_retries=0).chat.completions.with_raw_response.create(
        model="rag:bridges",
        messages=[{"role": "user", "content": "When was the Zorblat bridge opened?"}],
        max_tokens=32,
        temperature=0,
    )
    reply = raw.parse()
    sources = (reply.model_extra or {})["sources"]
    assert [s["source"] for s in sources] == ["zorblat.txt"]
    assert raw.headers["x-minigate-rag-sources"]
    assert reply.model == CHAT_MODEL
    # The year is only in the document (the bridge is made up). SmolLM2-135M answers from the
    # source but never writes the [1] marker itself: the gateway cites it after the fact.
    content = reply.choices[0].message.content or ""
    assert "1931" in content and content.endswith(" [1]")
