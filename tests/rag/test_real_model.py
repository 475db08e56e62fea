"""Answers from a real model: SmolLM2 answers from a collection that MiniLM embeds, through
the gateway and the SDK; the reply cites its document, and the sources fit SmolLM2's context."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from tests.conftest import CHAT_MODEL, EMBED_MODEL, Gateway, GatewayFactory
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


PANDAS = {
    f"panda{n}.txt": (
        f"第{n}份资料。大熊猫每天要吃十二到三十八公斤的竹子，一天中有一半时间都在进食。"
        "竹子的营养很少，所以它们吃得很多，也睡得很多。" * 2
    ).encode()
    for n in range(1, 5)
}


@pytest.fixture(scope="module")
def small_context(
    start_gateway: GatewayFactory, tmp_path_factory: pytest.TempPathFactory
) -> Gateway:
    """SmolLM2 with a 512-token window, answering from four Chinese one-chunk documents of ~120
    characters, each about 200 of SmolLM2's tokens."""
    chroma = tmp_path_factory.mktemp("chroma")
    gateway = start_gateway(
        {
            "models": [
                {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": "builtin:minilm"},
                {
                    "id": CHAT_MODEL,
                    "backend": "llama_cpp",
                    "path": "builtin:smollm2",
                    "n_ctx": 512,
                    "n_threads": 1,
                },
            ],
            "cache": {"enabled": False},
            "rag": {"chroma_path": str(chroma), "answer_model": CHAT_MODEL},
        }
    )
    with collections_api(gateway, key="not-needed") as http:
        assert http.post("/collections", json={"name": "pandas"}).status_code == 200
        assert upload(http, "pandas", PANDAS).status_code == 200
    return gateway


def test_sources_are_fitted_to_the_answering_models_context(small_context: Gateway) -> None:
    """Before: a 12-character question got 400 context_length_exceeded ("your messages
    resulted in 1676 tokens"), for a prompt the gateway wrote. Now: the lowest-ranked sources
    are left out and the last one kept is cut short, so prompt and answer fit the window."""
    raw = small_context.client(max_retries=0).chat.completions.with_raw_response.create(
        model="rag:pandas",
        messages=[{"role": "user", "content": "大熊猫每天吃多少竹子？"}],
        max_tokens=8,
        temperature=0,
    )
    reply = raw.parse()
    sources = (reply.model_extra or {})["sources"]
    assert reply.usage is not None and reply.usage.prompt_tokens + 8 <= 512
    assert 1 <= len(sources) < 4
    whole = {text.decode() for text in PANDAS.values()}
    assert all(s["text"] in whole for s in sources[:-1])
    assert sources[-1]["text"] not in whole
    assert any(t.startswith(sources[-1]["text"]) for t in whole)  # its beginning, cut short


def test_a_question_too_long_for_the_context_says_so(small_context: Gateway) -> None:
    """Before: the error told the client to shorten "the messages", without saying that the
    gateway's sources were most of them. Now: it says the question leaves no room for any
    source, and what to shorten."""
    with pytest.raises(openai.BadRequestError) as caught:
        small_context.client(max_retries=0).chat.completions.create(
            model="rag:pandas",
            messages=[{"role": "user", "content": "大熊猫每天吃多少竹子？" * 40}],
            max_tokens=8,
        )
    assert caught.value.status_code == 400
    assert caught.value.code == "context_length_exceeded"
    assert "leaves no room for any source. Shorten the question or lower max_tokens." in (
        caught.value.message
    )
