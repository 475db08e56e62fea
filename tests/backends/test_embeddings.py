"""Local embeddings (all-MiniLM-L6-v2 from its wheel), driven by the openai SDK."""

from __future__ import annotations

import base64

import numpy as np
import openai
import pytest

from tests.conftest import CHAT_MODEL, EMBED_MODEL

pytestmark = pytest.mark.model


def embed(client: openai.OpenAI, texts: list[str]) -> np.ndarray:
    result = client.embeddings.create(model=EMBED_MODEL, input=texts)
    return np.array([d.embedding for d in result.data])


def test_embeddings_have_384_dimensions_and_capture_meaning(client: openai.OpenAI) -> None:
    vectors = embed(
        client,
        [
            "How do I reset my password?",
            "What are the steps to change my password?",
            "The recipe needs two eggs and flour.",
        ],
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    paraphrase, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert paraphrase > unrelated + 0.3


def test_more_dimensions_than_the_model_has_is_an_invalid_value(client: openai.OpenAI) -> None:
    """Before: code ``invalid_request``, where every other out-of-range value is
    ``invalid_value``."""
    with pytest.raises(openai.BadRequestError) as refused:
        client.embeddings.create(model=EMBED_MODEL, input="hello", dimensions=1000)
    assert (refused.value.code, refused.value.param) == ("invalid_value", "dimensions")
    assert "has 384 dimensions; 1000 were requested" in refused.value.message


def test_single_string_and_usage(client: openai.OpenAI) -> None:
    result = client.embeddings.create(model=EMBED_MODEL, input="hello world")
    assert len(result.data) == 1 and result.data[0].index == 0
    assert result.usage.prompt_tokens == 4  # [CLS] hello world [SEP]


def test_base64_encoding_decodes_to_the_same_vector(client: openai.OpenAI) -> None:
    text = "a base64 round trip"
    floats = client.embeddings.create(model=EMBED_MODEL, input=text).data[0].embedding
    raw = client.with_raw_response.embeddings.create(
        model=EMBED_MODEL, input=text, encoding_format="base64"
    ).http_response.json()
    decoded = np.frombuffer(base64.b64decode(raw["data"][0]["embedding"]), dtype="<f4")
    assert np.allclose(decoded, floats, atol=1e-6)


def test_embedding_errors(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.embeddings.create(model=EMBED_MODEL, input=[])
    assert caught.value.param == "input"
    with pytest.raises(openai.BadRequestError) as caught:
        client.embeddings.create(model=CHAT_MODEL, input="x")
    assert caught.value.code == "unsupported"
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            model=EMBED_MODEL, messages=[{"role": "user", "content": "x"}]
        )
    assert caught.value.code == "unsupported"


@pytest.mark.parametrize("tokens", [[1, 2], [[1, 2], [3]]], ids=["one", "several"])
def test_token_ids_are_unsupported_by_the_local_embedder(
    client: openai.OpenAI, tokens: list[int] | list[list[int]]
) -> None:
    """An upstream takes token ids (OpenAI's, of its own tokenizer); MiniLM cannot read them as
    the text they stand for. Before: the 400 said invalid_request, as for a malformed body,
    where every other input a local model cannot read says unsupported."""
    with pytest.raises(openai.BadRequestError) as caught:
        client.embeddings.create(model=EMBED_MODEL, input=tokens)
    assert (caught.value.code, caught.value.param) == ("unsupported", "input")
