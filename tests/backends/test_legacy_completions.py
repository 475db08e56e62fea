"""Legacy ``/v1/completions`` parameters against OpenAI's API reference, through the SDK: an
upstream gets each as the client sent it; the local model honours it or refuses it with a 400
``unsupported`` naming it, never an answer that only looks like the one asked for."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import InProcessGateway
from tests.conftest import upstream_model as upstream

pytestmark = pytest.mark.model
PROMPT = "The capital of France is"


@pytest.fixture(scope="module")
def stub() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, stub: StubThread) -> Iterator[openai.OpenAI]:
    local = {"id": "local", "backend": "llama_cpp", "path": "builtin:smollm2", "n_ctx": 512}
    config = {"models": [local, upstream(stub.base_url, "cloud")], "cache": {"enabled": False}}
    gateway = InProcessGateway(tmp_path_factory.mktemp("legacy"), config)
    yield gateway.client(max_retries=0)
    gateway.stop()


def refusal(client: openai.OpenAI, **asked: Any) -> dict[str, Any]:
    with pytest.raises(openai.BadRequestError) as caught:
        client.completions.create(prompt=PROMPT, max_tokens=2, temperature=0, **asked)
    body = caught.value.body
    assert isinstance(body, dict)
    return body


UNSERVED = {
    "suffix": {"suffix": " and that is all."},
    "best_of": {"best_of": 3},
    "echo": {"echo": True, "logprobs": 1},
}


@pytest.mark.parametrize("param", list(UNSERVED))
def test_the_local_model_refuses_what_it_cannot_honour(client: openai.OpenAI, param: str) -> None:
    """Before: a suffix and best_of were dropped (an answer as if neither was sent), and echo
    with logprobs gave the logprobs of the generated tokens only, the prompt's left out."""
    body = refusal(client, model="local", **UNSERVED[param])
    assert (body["code"], body["param"]) == ("unsupported", param)
    assert "local" in body["message"]


@pytest.mark.parametrize("param", list(UNSERVED))
def test_an_upstream_gets_them_as_sent(client: openai.OpenAI, stub: StubThread, param: str) -> None:
    client.completions.create(model="cloud", prompt=PROMPT, max_tokens=2, **UNSERVED[param])
    sent = stub.stub.received[-1].body
    assert {k: sent[k] for k in UNSERVED[param]} == UNSERVED[param]


def test_what_the_local_model_serves_alike_still_runs(client: openai.OpenAI) -> None:
    """best_of equal to n is n plain draws; an empty or null suffix inserts nothing; echo and
    logprobs apart are served."""
    asked: dict[str, Any] = {"model": "local", "prompt": PROMPT, "max_tokens": 2, "temperature": 0}
    plain = client.completions.create(**asked).choices[0].text
    assert client.completions.create(**asked, best_of=1, suffix=None).choices[0].text == plain
    assert client.completions.create(**asked, suffix="").choices[0].text == plain
    assert client.completions.create(**asked, echo=True).choices[0].text == PROMPT + plain
    logprobs = client.completions.create(**asked, logprobs=1).choices[0].logprobs
    assert logprobs is not None and "".join(logprobs.tokens or []) == plain


@pytest.mark.parametrize("model", ["local", "cloud"])
@pytest.mark.parametrize("best_of", [0, 1, 21])
def test_best_of_outside_openais_bounds_is_a_400(
    client: openai.OpenAI, model: str, best_of: int
) -> None:
    """OpenAI takes best_of from 1 to 20, and at least n (it returns n of best_of draws)."""
    body = refusal(client, model=model, best_of=best_of, n=2)
    assert (body["code"], body["param"]) == ("invalid_value", "best_of")


def test_a_stream_echoes_the_prompt_as_the_whole_answer_does(client: openai.OpenAI) -> None:
    """Before: the stream left the prompt out (' Paris.' where the answer said 'The capital
    of France is Paris.'). The continuations are not compared: greedy decoding in a batch of
    four may pick another token when the batch is made up otherwise (one run gave 'Two plus
    two is 3,' streamed and '... equal to four' whole)."""
    asked: dict[str, Any] = {"model": "local", "max_tokens": 3, "temperature": 0, "echo": True}
    prompts = [PROMPT, "Two plus two is"]
    echoed = [p for p in prompts for _ in range(2)]  # choice i answers prompt i // n
    whole = client.completions.create(prompt=prompts, n=2, **asked)
    assert [c.text[: len(echoed[c.index])] for c in whole.choices] == [
        echoed[c.index] for c in whole.choices
    ]
    first: list[str | None] = [None] * 4
    streamed = [""] * 4
    for chunk in client.completions.create(prompt=prompts, n=2, stream=True, **asked):
        for choice in chunk.choices:
            if first[choice.index] is None:
                first[choice.index] = choice.text
            streamed[choice.index] += choice.text
    assert first == echoed  # the first event of each choice is its prompt, as http-api.md says
    assert all(s.startswith(p) and len(s) > len(p) for s, p in zip(streamed, echoed, strict=True))
    assert [text.startswith(prompts[i // 2]) for i, text in enumerate(streamed)] == [True] * 4


@pytest.mark.parametrize("stream", [False, True])
def test_max_tokens_0_reads_the_prompt_and_generates_nothing(
    client: openai.OpenAI, stub: StubThread, stream: bool
) -> None:
    """OpenAI takes max_tokens from 0 (with echo: the prompt back, nothing added). Before: a
    400 'Input should be greater than or equal to 1' for every model."""
    asked: dict[str, Any] = {"prompt": PROMPT, "max_tokens": 0, "echo": True}
    client.completions.create(model="cloud", **asked)
    assert stub.stub.received[-1].body["max_tokens"] == 0
    if not stream:
        answer = client.completions.create(model="local", **asked)
        assert [(c.text, c.finish_reason) for c in answer.choices] == [(PROMPT, "length")]
        assert answer.usage is not None and answer.usage.completion_tokens == 0
        assert answer.usage.prompt_tokens > 0
        return
    chunks = list(
        client.completions.create(
            model="local", stream=True, stream_options={"include_usage": True}, **asked
        )
    )
    assert "".join(c.text for chunk in chunks for c in chunk.choices) == PROMPT
    assert [c.finish_reason for chunk in chunks for c in chunk.choices if c.finish_reason] == [
        "length"
    ]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 0


def test_max_tokens_null_is_max_tokens_left_out(client: openai.OpenAI, stub: StubThread) -> None:
    """An explicit null is OpenAI's default (16) on both paths. Before: an upstream got no
    max_tokens at all (its own default), and the local model generated up to its context."""
    asked: dict[str, Any] = {"prompt": PROMPT, "temperature": 0}
    client.completions.create(model="cloud", **asked)
    left_out = stub.stub.received[-1].body
    client.completions.create(model="cloud", max_tokens=None, **asked)
    assert stub.stub.received[-1].body == left_out
    assert left_out["max_tokens"] == 16

    plain = client.completions.create(model="local", **asked)
    nulled = client.completions.create(model="local", max_tokens=None, **asked)
    assert nulled.choices[0].text == plain.choices[0].text
    assert nulled.usage is not None and plain.usage is not None
    assert nulled.usage.completion_tokens == plain.usage.completion_tokens <= 16
