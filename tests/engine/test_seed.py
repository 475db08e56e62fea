"""What a seed means on a local model, and the system_fingerprint that goes with it."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from tests.conftest import AppFactory

pytestmark = pytest.mark.model

NO_CACHE = {"Cache-Control": "no-cache"}  # each request reaches the model


@pytest.fixture
def sdk(start_app: AppFactory) -> openai.OpenAI:
    model = {
        "id": "local",
        "backend": "llama_cpp",
        "path": "builtin:smollm2",
        "n_ctx": 256,
        "parallel": 1,
        "n_threads": 1,
    }
    return start_app({"models": [model]}).client(max_retries=0, timeout=300)


def ask(sdk: openai.OpenAI, seed: int, **extra: Any) -> Any:
    return sdk.chat.completions.create(
        model="local",
        messages=[{"role": "user", "content": "Tell me a story about a dog"}],
        max_tokens=8,
        temperature=1.5,
        seed=seed,
        extra_headers=NO_CACHE,
        **extra,
    )


def text(sdk: openai.OpenAI, seed: int) -> str:
    return ask(sdk, seed).choices[0].message.content or ""


def test_every_int64_seed_repeats_and_none_aliases_another_modulo_2_to_32(
    sdk: openai.OpenAI,
) -> None:
    """Before (conf11 M1): -1 and 2**32 - 1 reached llama.cpp as its "random seed", so the
    same request answered differently each time; and only a seed's low 32 bits were kept, so
    1 and 2**32 + 1 gave the same answer."""
    for seed in (-1, 2**32 - 1):
        assert text(sdk, seed) == text(sdk, seed), seed
    assert text(sdk, 1) != text(sdk, 2**32 + 1)


def test_a_local_answer_has_a_stable_fingerprint_in_every_chunk(sdk: openai.OpenAI) -> None:
    """Before (conf11 L7): system_fingerprint was null on local answers and on their chunks."""
    first, second = ask(sdk, 5).system_fingerprint, ask(sdk, 6).system_fingerprint
    assert first is not None
    assert first.startswith("fp_")
    assert len(first) == 13
    assert first == second
    chunks = list(ask(sdk, 5, stream=True))
    assert len(chunks) > 2
    assert {chunk.system_fingerprint for chunk in chunks} == {first}


def test_a_local_legacy_completion_has_the_same_fingerprint(sdk: openai.OpenAI) -> None:
    """Before: legacy completions carried no system_fingerprint, whole or streamed."""
    chat = ask(sdk, 5).system_fingerprint
    asked: dict[str, Any] = {"model": "local", "prompt": "Hi", "max_tokens": 3, "seed": 5}
    whole = sdk.completions.create(**asked, extra_headers=NO_CACHE)
    chunks = list(sdk.completions.create(**asked, stream=True, extra_headers=NO_CACHE))
    assert len(chunks) > 1
    assert {whole.system_fingerprint, *(c.system_fingerprint for c in chunks)} == {chat}
