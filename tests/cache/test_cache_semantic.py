"""The semantic cache with the real all-MiniLM-L6-v2 and its default threshold."""

from __future__ import annotations

from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.cache.test_cache import ask, chat_calls
from tests.conftest import EMBED_MODEL, AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

pytestmark = pytest.mark.model
MINILM = {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": "builtin:minilm"}
SYSTEM = {"role": "system", "content": "Answer in one word."}


def turn(text: str, system: dict[str, str] = SYSTEM) -> list[dict[str, str]]:
    return [system, {"role": "user", "content": text}]


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    """In-process: MiniLM loads in this process (torch is imported once, not per gateway)."""
    keys = [{"key": "sk-tenant-a-0123"}, {"key": "sk-tenant-b-0123"}]
    config: dict[str, Any] = {
        "models": [upstream(stub.base_url), MINILM],
        "auth": {"api_keys": keys},
    }
    return start_app(config)


def test_a_paraphrase_hits_and_an_unrelated_question_does_not(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    sdk = gateway.client("sk-tenant-a-0123")
    assert gateway.http.get("/health").json()["cache"]["semantic"] is True
    assert ask(sdk, messages=turn("What is the capital of France?"))[0] == "miss"
    status, similarity, body = ask(sdk, messages=turn("What is France's capital?"))
    assert status == "semantic-hit"
    assert similarity is not None and 0.965 <= float(similarity) < 1
    assert body["choices"][0]["message"]["content"]
    assert chat_calls(stub) == 1
    # Close in wording, different in meaning; and unrelated: both go to the model.
    assert ask(sdk, messages=turn("What is the capital of Germany?"))[0] == "miss"
    assert ask(sdk, messages=turn("How do I bake sourdough bread?"))[0] == "miss"
    assert chat_calls(stub) == 3


def test_the_hard_filter_and_tenants_still_apply(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    alice, bob = gateway.client("sk-tenant-a-0123"), gateway.client("sk-tenant-b-0123")
    assert ask(alice, messages=turn("What is the capital of France?"))[0] == "miss"
    other_system = {"role": "system", "content": "Answer at length."}
    assert ask(alice, messages=turn("What is France's capital?", other_system))[0] == "miss"
    assert ask(alice, messages=turn("What is France's capital?"), max_tokens=3)[0] == "miss"
    assert ask(bob, messages=turn("What is France's capital?"))[0] == "miss"
    assert chat_calls(stub) == 4


def test_a_semantic_hit_streams(gateway: InProcessGateway) -> None:
    sdk = gateway.client("sk-tenant-a-0123")
    _, _, stored = ask(sdk, messages=turn("What is the capital of France?"))
    raw = sdk.chat.completions.with_raw_response.create(
        model="cloud",
        messages=turn("What is France's capital?"),  # type: ignore[arg-type]
        temperature=0,
        stream=True,
    )
    assert raw.headers["x-minigate-cache"] == "semantic-hit"
    text = "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
    assert text == stored["choices"][0]["message"]["content"]
