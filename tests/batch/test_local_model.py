"""Batches on the embedded local models (SmolLM2 and MiniLM), through the default gateway."""

from __future__ import annotations

import openai
import pytest

from tests.batch.conftest import chat_line, results, submit, wait_for
from tests.conftest import CHAT_MODEL, EMBED_MODEL

pytestmark = pytest.mark.model


def test_a_chat_batch_on_the_local_model(client: openai.OpenAI) -> None:
    lines = [chat_line(n, model=CHAT_MODEL, max_tokens=4, temperature=0) for n in range(8)]
    done = wait_for(client, submit(client, lines).id, timeout=300)
    assert done.status == "completed"
    output = results(client, done.output_file_id)
    assert not done.error_file_id, results(client, done.error_file_id)
    assert sorted(line["custom_id"] for line in output) == sorted(f"req-{n}" for n in range(8))
    for line in output:
        body = line["response"]["body"]
        assert body["model"] == CHAT_MODEL and body["usage"]["completion_tokens"] <= 4


def test_an_embeddings_batch_on_the_local_model(client: openai.OpenAI) -> None:
    lines = [
        {
            "custom_id": f"e{n}",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": EMBED_MODEL, "input": f"headline number {n}"},
        }
        for n in range(5)
    ]
    done = wait_for(client, submit(client, lines, "/v1/embeddings").id, timeout=120)
    assert done.status == "completed"
    output = results(client, done.output_file_id)
    assert len(output) == 5
    assert len(output[0]["response"]["body"]["data"][0]["embedding"]) == 384
