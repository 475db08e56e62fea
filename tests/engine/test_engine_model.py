"""The engine behind a real gateway, through the SDK: batching, slots, logprobs, cascades."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import Gateway, GatewayFactory

pytestmark = pytest.mark.model

PROMPTS = [
    "Name a fruit.",
    "Name a colour.",
    "Name an animal.",
    "Name a city.",
    "What is 2 + 2?",
    "Say hello in French.",
    "Name a planet.",
    "Name a tree.",
]


def local(model_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": model_id, "backend": "llama_cpp", "path": "builtin:smollm2", **extra}


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory) -> Gateway:
    config = {
        "models": [
            local("wide", parallel=8, n_ctx=512, max_queue=32),
            local("narrow", parallel=1, n_ctx=512, max_queue=1),
            local("uncached", parallel=2, n_ctx=256, prefix_cache=False),
            local("steady", parallel=2, n_ctx=256, n_batch=48),
            local("steady-uncached", parallel=2, n_ctx=256, n_batch=48, prefix_cache=False),
        ],
        "routes": [
            {"id": "picky", "cascade": {"tiers": ["narrow", "wide"], "min_mean_logprob": -1e-4}},
            {"id": "lenient", "cascade": {"tiers": ["narrow", "wide"], "min_mean_logprob": -50}},
        ],
    }
    return start_gateway(config)


@pytest.fixture(scope="module")
def sdk(gateway: Gateway) -> openai.OpenAI:
    return gateway.client(max_retries=0, timeout=300)


def streamed(sdk: openai.OpenAI, prompt: str, model: str = "wide", **kwargs: Any) -> str:
    stream = sdk.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=8,
        temperature=0,
        stream=True,
        **kwargs,
    )
    return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


def metric(gateway: Gateway, name: str, model: str) -> float:
    text = httpx.get(f"{gateway.url}/metrics").text
    found = re.search(rf'^{name}{{model="{model}"}} (\S+)$', text, re.MULTILINE)
    assert found, f"{name} is not on /metrics"
    return float(found.group(1))


def eventually(check: Callable[[], bool], timeout_s: float = 300) -> None:
    """Wait for ``check`` to hold (the deadline only bounds a broken run, it times nothing)."""
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.05)


@pytest.mark.timeout(900)  # 16 answers; minutes only on a machine shared by many test runs
def test_eight_concurrent_streams_each_equal_the_prompt_served_alone(sdk: openai.OpenAI) -> None:
    alone = [streamed(sdk, p) for p in PROMPTS]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda p: streamed(sdk, p), PROMPTS))
    assert all(together)
    assert together == alone


def test_a_json_schema_answer_in_a_batch_of_free_text_is_valid_json(sdk: openai.OpenAI) -> None:
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
        "required": ["name", "age"],
    }

    def structured(_: str) -> str:
        result = sdk.chat.completions.create(
            model="wide",
            messages=[{"role": "user", "content": "Describe a person as JSON."}],
            max_tokens=48,
            temperature=0,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "person", "schema": schema},
            },
        )
        return result.choices[0].message.content or ""

    with ThreadPoolExecutor(4) as pool:
        free = [pool.submit(streamed, sdk, p) for p in PROMPTS[:3]]
        answer = pool.submit(structured, "").result()
    assert all(f.result() for f in free)
    person = json.loads(answer)
    assert isinstance(person["name"], str) and isinstance(person["age"], int)


def test_chat_logprobs_have_openai_shape(sdk: openai.OpenAI) -> None:
    result = sdk.chat.completions.create(
        model="wide",
        messages=[{"role": "user", "content": PROMPTS[0]}],
        max_tokens=6,
        temperature=0,
        logprobs=True,
        top_logprobs=3,
    )
    choice = result.choices[0]
    assert choice.logprobs is not None and choice.logprobs.content
    tokens = choice.logprobs.content
    assert "".join(t.token for t in tokens) == choice.message.content
    for token in tokens:
        assert token.logprob <= 0
        assert bytes(token.bytes or []).decode(errors="replace") == token.token
        assert len(token.top_logprobs) == 3
        # Greedy decoding picks the likeliest token: it leads its own alternatives.
        assert token.top_logprobs[0].token == token.token
        assert [t.logprob for t in token.top_logprobs] == sorted(
            (t.logprob for t in token.top_logprobs), reverse=True
        )


def test_streamed_logprobs_match_the_whole_answer(sdk: openai.OpenAI) -> None:
    kwargs: dict[str, Any] = {
        "model": "wide",
        "messages": [{"role": "user", "content": PROMPTS[1]}],
        "max_tokens": 6,
        "temperature": 0,
        "logprobs": True,
    }
    whole = sdk.chat.completions.create(**kwargs).choices[0].logprobs
    chunks = list(sdk.chat.completions.create(stream=True, **kwargs))
    streamed_tokens = [
        t
        for c in chunks
        if c.choices and c.choices[0].logprobs
        for t in c.choices[0].logprobs.content or []
    ]
    assert whole is not None and whole.content
    assert [t.token for t in streamed_tokens] == [t.token for t in whole.content]
    assert all(t.top_logprobs == [] for t in streamed_tokens)


def token_id(text: str) -> int:
    """The id of ``text``, one token of the built-in model, read from its own vocabulary."""
    from llama_cpp import Llama

    from minigate.backends.builtin import resolve_weights

    vocab = Llama(str(resolve_weights("builtin:smollm2")), vocab_only=True, verbose=False)
    (token,) = vocab.tokenize(text.encode(), add_bos=False, special=False)
    return int(token)


def test_logit_bias_bans_and_forces_tokens(sdk: openai.OpenAI) -> None:
    """Before, the local model ignored logit_bias: a banned token was still chosen."""

    def first_token(**kwargs: Any) -> str:
        result = sdk.chat.completions.create(
            model="wide",
            messages=[{"role": "user", "content": "Hi"}],
            max_tokens=3,
            temperature=0,
            logprobs=True,
            **kwargs,
        )
        assert result.choices[0].logprobs and result.choices[0].logprobs.content
        return result.choices[0].logprobs.content[0].token

    greedy = first_token()
    assert first_token(logit_bias={str(token_id(greedy)): -100}) != greedy
    seven = str(token_id("7"))
    forced = sdk.completions.create(
        model="wide", prompt="Hi", max_tokens=3, temperature=0, logit_bias={seven: 100}
    )
    assert forced.choices[0].text == "777"


@pytest.mark.parametrize(
    ("bias", "param"),
    [({"49152": 1}, "logit_bias"), ({"a": 1}, "logit_bias.a"), ({"5": 101}, "logit_bias.5")],
)
def test_a_logit_bias_outside_the_vocabulary_or_range_is_a_400(
    sdk: openai.OpenAI, bias: dict[str, int], param: str
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        sdk.chat.completions.create(
            model="wide", messages=[{"role": "user", "content": "Hi"}], logit_bias=bias
        )
    assert (caught.value.code, caught.value.param) == ("invalid_value", param)


def test_a_seeded_request_with_n_choices_gets_different_choices(sdk: openai.OpenAI) -> None:
    """Before, every choice drew with the same seed: n copies of one answer."""
    result = sdk.chat.completions.create(
        model="wide",
        messages=[{"role": "user", "content": "Invent a word."}],
        max_tokens=8,
        temperature=2,
        seed=7,
        n=4,
    )
    assert len({choice.message.content for choice in result.choices}) > 1


def seeded(sdk: openai.OpenAI, model: str, n: int, seed: int = 42) -> list[str]:
    result = sdk.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": "Tell me a story about a dog"}],
        max_tokens=8,
        temperature=1,
        seed=seed,
        n=n,
    )
    return [choice.message.content or "" for choice in result.choices]


def test_a_seed_repeats_what_the_engine_promises(sdk: openai.OpenAI) -> None:
    """Before: docs/engine.md said choice i of n draws with seed + i, which read as "choice 0
    is the n=1 answer, and a seeded n=2 request repeats"; an outside probe found neither
    (batch7: the logits of a token depend on how many tokens its decode step holds). Now the
    doc promises what holds at the default n_batch: the same seeded n=1 request, sent again
    to an idle model without the prefix cache, gets the same answer, and the n choices of one
    request draw differently."""
    assert seeded(sdk, "uncached", 1) == seeded(sdk, "uncached", 1)
    first, second = seeded(sdk, "uncached", 2)
    assert first != second


@pytest.mark.parametrize("model", ["steady", "steady-uncached"])
def test_below_64_tokens_a_step_choice_i_is_the_n1_answer_with_seed_plus_i(
    sdk: openai.OpenAI, model: str
) -> None:
    """Before: docs/engine.md promised that choice i of n draws with seed + i, which the
    probe (batch7) found untrue. Now the doc names where it holds: a model whose n_batch keeps
    every decode step below 64 tokens, with and without the prefix cache."""
    alone = [seeded(sdk, model, 1, 42)[0], seeded(sdk, model, 1, 43)[0]]
    assert seeded(sdk, model, 2) == alone
    assert seeded(sdk, model, 2) == alone


def test_a_chat_model_cannot_be_a_collections_embedding_model(gateway: Gateway) -> None:
    """Before, the collection was made, and every upload to it failed: 'wide' cannot embed."""
    made = gateway.http.post("/v1/collections", json={"name": "notes", "embedding_model": "wide"})
    assert made.status_code == 400, made.text
    assert made.json()["error"]["code"] == "model_not_found"
    assert "'wide' is not a configured embedding model" in made.json()["error"]["message"]
    assert gateway.http.get("/v1/collections/notes").status_code == 404


def test_a_local_completions_stream_ends_with_usage_when_asked(sdk: openai.OpenAI) -> None:
    """Before, stream_options.include_usage was ignored on /v1/completions."""
    chunks = list(
        sdk.completions.create(
            model="wide",
            prompt="Hi",
            max_tokens=2,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None
    assert last.usage.completion_tokens == 2 and last.usage.prompt_tokens > 0
    assert all(c.choices and c.usage is None for c in chunks[:-1])


def test_top_logprobs_without_logprobs_is_refused(sdk: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        sdk.chat.completions.create(
            model="wide", messages=[{"role": "user", "content": "Hi"}], top_logprobs=2
        )
    assert caught.value.status_code == 400
    assert (caught.value.code, caught.value.param) == ("invalid_value", "top_logprobs")


def test_completion_logprobs_past_five_are_refused(sdk: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        sdk.completions.create(model="wide", prompt="Hi", max_tokens=1, logprobs=6)
    assert (caught.value.code, caught.value.param) == ("invalid_value", "logprobs")


def test_completion_logprobs_have_the_legacy_shape(sdk: openai.OpenAI) -> None:
    result = sdk.completions.create(
        model="wide", prompt="The capital of France is", max_tokens=4, temperature=0, logprobs=2
    )
    logprobs = result.choices[0].logprobs
    assert logprobs is not None and logprobs.tokens
    assert "".join(logprobs.tokens) == result.choices[0].text
    assert len(logprobs.token_logprobs or []) == len(logprobs.tokens)
    assert all(len(top) == 2 for top in logprobs.top_logprobs or [])
    assert (logprobs.text_offset or [])[0] == 0


def test_a_cascade_of_two_local_tiers_escalates_by_logprob(gateway: Gateway) -> None:
    def route_of(model: str) -> str:
        raw = gateway.client(max_retries=0).chat.completions.with_raw_response.create(
            model=model, messages=[{"role": "user", "content": PROMPTS[2]}], max_tokens=6
        )
        assert raw.parse().choices[0].logprobs is None  # asked for by the cascade, not the client
        return raw.headers["x-minigate-route"]

    assert re.fullmatch(
        r"picky; model=wide; reason=escalated: mean logprob -\d+\.\d\d < -0\.0001",
        route_of("picky"),
    )
    assert re.fullmatch(
        r"lenient; model=narrow; reason=passed: mean logprob -\d+\.\d\d", route_of("lenient")
    )


def test_a_shared_system_prompt_is_prefilled_once(gateway: Gateway, sdk: openai.OpenAI) -> None:
    system = "You are a terse assistant for a gardening shop. " * 12
    before = metric(gateway, "minigate_engine_prefix_reused_tokens_total", "wide")
    for question in ("Which tool digs?", "Which tool cuts?"):
        sdk.chat.completions.create(
            model="wide",
            messages=[{"role": "system", "content": system}, {"role": "user", "content": question}],
            max_tokens=4,
            temperature=0,
        )
    assert metric(gateway, "minigate_engine_prefix_reused_tokens_total", "wide") - before >= 100


def test_a_disconnecting_client_frees_its_slot(gateway: Gateway, sdk: openai.OpenAI) -> None:
    stream = sdk.chat.completions.create(
        model="narrow",
        messages=[{"role": "user", "content": "Write a very long story about a dragon."}],
        max_tokens=400,
        temperature=0,
        stream=True,
    )
    for index, _ in enumerate(stream):
        if index == 3:
            break
    stream.close()
    # The only slot is free again: the next request runs at once instead of after 400 tokens.
    assert streamed(sdk, PROMPTS[0], model="narrow")
    assert metric(gateway, "minigate_engine_slots_busy", "narrow") == 0


def test_cached_tokens_report_the_reused_prefix_streamed_and_not(sdk: openai.OpenAI) -> None:
    system = f"You answer questions about the orchard of farm {time.time_ns()}. " * 10

    def messages(question: str) -> Any:
        return [{"role": "system", "content": system}, {"role": "user", "content": question}]

    first = sdk.chat.completions.create(
        model="wide", messages=messages("Which tree?"), max_tokens=2, temperature=0
    )
    again = sdk.chat.completions.create(
        model="wide", messages=messages("Which fruit?"), max_tokens=2, temperature=0
    )
    chunks = sdk.chat.completions.create(
        model="wide",
        messages=messages("Which month?"),
        max_tokens=2,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    streamed_usage = [c.usage for c in chunks if c.usage][-1]
    usages = [first.usage, again.usage, streamed_usage]
    cached = []
    for usage in usages:
        assert usage is not None and usage.prompt_tokens_details is not None
        cached.append(usage.prompt_tokens_details.cached_tokens or 0)
        assert cached[-1] < usage.prompt_tokens
    # Only the chat template's opening can be cached for a new system prompt; then all of it.
    assert cached[0] < 10
    assert cached[1] >= 100 and cached[2] >= 100


def left_answers(gateway: Gateway) -> list[tuple[int, int]]:
    """The prompt and completion tokens of each whole answer on "narrow" its client left."""
    with sqlite3.connect(gateway.workdir / "minigate.db") as db:
        rows = db.execute(
            "SELECT prompt_tokens, completion_tokens FROM requests WHERE requested_model = "
            "'narrow' AND NOT stream AND status = 'client_disconnected' ORDER BY rowid"
        )
        return list(rows)


def ask_and_leave(gateway: Gateway, prompt: str) -> None:
    """Ask "narrow" for a long whole answer; hang up once it is being generated."""

    def generated() -> float:
        return metric(gateway, "minigate_engine_generated_tokens_total", "narrow")

    before = generated()
    body = json.dumps(
        {
            "model": "narrow",
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 400,
            "temperature": 0,
        }
    ).encode()
    head = (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", gateway.port)) as client:
        client.sendall(head.encode() + body)
        eventually(lambda: generated() > before)  # the answer is being generated


def test_a_client_leaving_before_its_whole_answer_frees_its_slot(gateway: Gateway) -> None:
    left = len(left_answers(gateway))
    ask_and_leave(gateway, "Count from 1 to 1000, one per line.")
    # The ledger has the request as cancelled (not run to its end and thrown away), and the
    # slot is free again.
    eventually(lambda: len(left_answers(gateway)) == left + 1)
    eventually(lambda: metric(gateway, "minigate_engine_slots_busy", "narrow") == 0)


def test_a_client_that_left_a_whole_local_answer_is_charged_its_prompt_as_read(
    gateway: Gateway, sdk: openai.OpenAI
) -> None:
    """Before: a client that hung up on a whole answer of a local model was charged the
    prompt's estimate (its UTF-8 bytes: 1,828 tokens for a prompt of 332, 3.7 times the
    whole answer's cost), and no access-log line said so, though the handler answered 499.
    Now it is charged the prompt's tokens as the model counted them, no completion tokens,
    and the access log has its 499."""
    prompt = "word " * 60 + "Now count from 1 to 1000, one per line."
    answered = sdk.chat.completions.create(
        model="narrow", messages=[{"role": "user", "content": prompt}], max_tokens=1
    )
    assert answered.usage is not None
    left = len(left_answers(gateway))
    ask_and_leave(gateway, prompt)
    eventually(lambda: len(left_answers(gateway)) == left + 1)
    assert left_answers(gateway)[-1] == (answered.usage.prompt_tokens, 0)
    closed = '"POST /v1/chat/completions HTTP/1.1" 499'
    eventually(lambda: closed in gateway.log.read_text(), timeout_s=30)


def test_requests_past_max_queue_get_503(sdk: openai.OpenAI) -> None:
    def ask(_: int) -> int:
        try:
            sdk.chat.completions.create(
                model="narrow",
                messages=[{"role": "user", "content": PROMPTS[3]}],
                max_tokens=16,
                temperature=0,
            )
        except openai.APIStatusError as exc:
            assert exc.code == "model_overloaded"
            return exc.status_code
        return 200

    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(ask, range(6)))
    assert 200 in statuses and 503 in statuses
    assert set(statuses) <= {200, 503}
