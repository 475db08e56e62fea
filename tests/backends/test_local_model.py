"""The embedded default model (SmolLM2-135M via llama.cpp), driven by the openai SDK."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import CHAT_MODEL, Gateway, GatewayFactory

pytestmark = pytest.mark.model
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


def test_models_lists_the_local_chat_model_first(client: openai.OpenAI) -> None:
    ids = [m.id for m in client.models.list()]
    assert ids == ["smollm2-135m-instruct", "all-minilm-l6-v2"]
    assert client.models.retrieve(CHAT_MODEL).id == CHAT_MODEL


def test_chat_returns_text_and_plausible_usage(client: openai.OpenAI) -> None:
    result = client.chat.completions.create(
        model=CHAT_MODEL, messages=QUESTION, max_tokens=8, temperature=0
    )
    assert result.id.startswith("chatcmpl-")
    assert result.model == CHAT_MODEL
    assert result.choices[0].message.content
    assert result.choices[0].finish_reason in ("stop", "length")
    usage = result.usage
    assert usage is not None
    assert 10 < usage.prompt_tokens < 60  # the question plus the chat template
    assert 1 <= usage.completion_tokens <= 8
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_stream_matches_the_non_streamed_answer(client: openai.OpenAI) -> None:
    kwargs = {"model": CHAT_MODEL, "messages": QUESTION, "max_tokens": 8, "temperature": 0}
    whole = client.chat.completions.create(**kwargs)  # type: ignore[call-overload]
    stream = client.chat.completions.create(
        **kwargs, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices == []
    streamed, expected = chunks[-1].usage, whole.usage
    assert streamed is not None and expected is not None
    # The same counts; only prompt_tokens_details.cached_tokens differs: the stream's prompt
    # came from the prefix cache the first answer left.
    assert streamed.model_dump(exclude={"prompt_tokens_details"}) == expected.model_dump(
        exclude={"prompt_tokens_details"}
    )
    assert {c.id for c in chunks} == {chunks[0].id}


def test_system_and_assistant_turns_are_accepted(client: openai.OpenAI) -> None:
    result = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "You answer in one word."},
            {"role": "user", "content": "Colour of the sky?"},
            {"role": "assistant", "content": "Blue."},
            {"role": "user", "content": "And grass?"},
        ],
        max_tokens=4,
        temperature=0,
    )
    assert result.usage is not None and result.usage.prompt_tokens > 30


def test_json_mode_returns_parseable_json(client: openai.OpenAI) -> None:
    prompt = "Output a JSON object with keys a and b, both numbers."
    result = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": prompt}],
        response_format={"type": "json_object"},
        max_tokens=32,
        temperature=0,
    )
    assert result.choices[0].finish_reason == "stop"
    assert isinstance(json.loads(result.choices[0].message.content or ""), dict)


def test_stop_sequence_and_n_choices(client: openai.OpenAI) -> None:
    result = client.chat.completions.create(
        model=CHAT_MODEL, messages=QUESTION, max_tokens=8, temperature=0, n=2, stop=["\n"]
    )
    assert [c.index for c in result.choices] == [0, 1]
    assert all("\n" not in (c.message.content or "") for c in result.choices)


def test_legacy_completions(client: openai.OpenAI) -> None:
    result = client.completions.create(
        model=CHAT_MODEL, prompt="The capital of France is", max_tokens=4, temperature=0
    )
    assert result.choices[0].text
    assert result.usage is not None and result.usage.completion_tokens <= 4


def test_a_prompt_of_token_ids_runs_as_its_text_does(client: openai.OpenAI) -> None:
    """Before: a 400 "Input should be a valid string" (the schema took strings only)."""
    from llama_cpp import Llama

    from minigate.backends.builtin import resolve_weights

    vocab = Llama(str(resolve_weights("builtin:smollm2")), vocab_only=True, verbose=False)
    text = "The capital of France is"
    ids = vocab.tokenize(text.encode(), add_bos=True, special=False)
    asked: dict[str, Any] = {"model": CHAT_MODEL, "max_tokens": 4, "temperature": 0}
    as_text = client.completions.create(prompt=text, **asked)
    as_ids = client.completions.create(prompt=[ids, ids], echo=True, **asked)
    assert [c.text for c in as_ids.choices] == [text + as_text.choices[0].text] * 2
    assert as_ids.usage is not None and as_ids.usage.prompt_tokens == 2 * len(ids)
    with pytest.raises(openai.BadRequestError) as refused:
        client.completions.create(prompt=[ids[0], vocab.n_vocab()], **asked)
    assert refused.value.body["param"] == "prompt"  # type: ignore[index]
    assert refused.value.body["code"] == "invalid_value"  # type: ignore[index]


def test_prompt_longer_than_context_is_refused(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": "word " * 3000}], max_tokens=4
        )
    assert caught.value.code == "context_length_exceeded"
    # The same failure on a stream is still a plain HTTP 400, not a broken stream.
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": "word " * 3000}], stream=True
        )


def test_concurrent_requests_never_corrupt_each_other(client: openai.OpenAI) -> None:
    prompts = ["Name a fruit.", "Name a colour.", "Name an animal.", "Name a city."]

    def ask(prompt: str) -> str:
        result = client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=6,
            temperature=0,
        )
        return result.choices[0].message.content or ""

    alone = [ask(p) for p in prompts]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(ask, prompts * 2))
    assert together == alone * 2


@pytest.fixture(scope="module")
def tiny(start_gateway: GatewayFactory) -> Gateway:
    """A gateway of its own, with a queue of one: started once for the tests below (each
    started one with the same model before, a model load apiece); only the 503 test fills
    the queue, the others ask one request at a time."""
    config = {
        "models": [
            {
                "id": "tiny",
                "backend": "llama_cpp",
                "path": "builtin:smollm2",
                "max_queue": 1,
                "n_ctx": 512,
            }
        ]
    }
    return start_gateway(config)


def test_a_prompt_that_fills_the_context_says_no_room_is_left(tiny: Gateway) -> None:
    """A prompt of exactly the context's 512 tokens. Before: "maximum context length is 512
    tokens. However, your prompt resulted in 512 tokens", which reads as if it fit."""
    with pytest.raises(openai.BadRequestError) as refused:
        tiny.client(max_retries=0).completions.create(model="tiny", prompt=[42] * 512)
    assert refused.value.code == "context_length_exceeded"
    assert "resulted in 512 tokens, which leaves no room for a completion" in refused.value.message


def test_a_full_queue_answers_503(tiny: Gateway) -> None:
    sdk = tiny.client(max_retries=0)

    def ask(_: int) -> int:
        try:
            sdk.chat.completions.create(
                model="tiny", messages=QUESTION, max_tokens=32, temperature=0
            )
        except openai.APIStatusError as exc:
            assert exc.code == "model_overloaded"
            return exc.status_code
        return 200

    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(ask, range(6)))
    assert 200 in statuses and 503 in statuses
    assert set(statuses) <= {200, 503}


def test_client_disconnect_stops_generation(local_gateway: Gateway) -> None:
    sdk = local_gateway.client(max_retries=0, timeout=15)
    story = [{"role": "user", "content": "Write a very long story about a dragon."}]
    stream = sdk.chat.completions.create(
        model=CHAT_MODEL, messages=story, max_tokens=1500, temperature=0, stream=True
    )
    for index, chunk in enumerate(stream):
        first_id = chunk.id
        if index == 3:
            break
    stream.close()
    # Were the 1500 tokens still being generated (~20 s), this would time out.
    follow_up = sdk.chat.completions.create(
        model=CHAT_MODEL, messages=QUESTION, max_tokens=2, temperature=0
    )
    assert follow_up.choices[0].message.content
    metrics = httpx.get(f"{local_gateway.url}/metrics").text
    assert 'status="client_disconnected"' in metrics
    # The ledger has the row: the tokens produced until the disconnect, and the status.
    with sqlite3.connect(local_gateway.workdir / "minigate.db") as db:
        status, produced = db.execute(
            "SELECT status, completion_tokens FROM requests WHERE id = ?", (first_id,)
        ).fetchone()
    assert status == "client_disconnected"
    assert 3 <= produced < 1500


def _string_schema(**bounds: object) -> dict[str, object]:
    schema = {"type": "object", "properties": {"a": {"type": "string", **bounds}}}
    return {"type": "json_schema", "json_schema": {"name": "s", "schema": schema}}


SCHEMA_PARAM = "response_format.json_schema.schema"
TREE = {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#"}}}}
UNFOLLOWABLE = {
    # Before: one request took the gateway down (llama.cpp's grammar parser overflowed its
    # stack, or the grammar text filled the memory); now it is refused, and the gateway lives.
    "nests-20000-deep": (
        _string_schema(maxLength=20_000),
        ("unsupported", SCHEMA_PARAM),
        "properties.a.maxLength",
    ),
    "an-8GB-grammar": (
        _string_schema(minLength=10**9),
        ("unsupported", SCHEMA_PARAM),
        "properties.a.minLength",
    ),
    "pattern-repeats": (
        _string_schema(pattern="^a{1,100000}$"),
        ("unsupported", SCHEMA_PARAM),
        "properties.a.pattern",
    ),
    "no-json-schema": (
        {"type": "json_schema"},
        ("missing_required_parameter", "response_format.json_schema"),
        "holds an object 'json_schema'",
    ),
    "unanchored-pattern": (
        _string_schema(pattern="[a-z]+"),
        ("unsupported", SCHEMA_PARAM),
        'must be anchored, starting with "^"',
    ),
    "root-ref": (
        {"type": "json_schema", "json_schema": {"name": "tree", "schema": TREE}},
        ("unsupported", SCHEMA_PARAM),
        "put the recursive schema under $defs",
    ),
    "empty-enum": (
        {"type": "json_schema", "json_schema": {"name": "e", "schema": {"enum": []}}},
        ("unsupported", "response_format"),
        "does not parse",
    ),
}


@pytest.mark.parametrize(
    ("response_format", "where", "said"), UNFOLLOWABLE.values(), ids=UNFOLLOWABLE.keys()
)
def test_a_format_a_local_model_cannot_follow_says_what_and_where(
    tiny: Gateway, response_format: dict[str, object], where: tuple[str, str], said: str
) -> None:
    """Before: each was a 400 ``invalid_request`` naming only ``response_format`` (or nothing),
    with the converter's own words ("Unsupported ref #.", "Pattern must start with")."""
    sdk = tiny.client(max_retries=0, timeout=60)
    with pytest.raises(openai.BadRequestError) as refused:
        sdk.chat.completions.create(
            model="tiny",
            messages=QUESTION,
            max_tokens=4,
            response_format=response_format,  # type: ignore[arg-type]
        )
    assert (refused.value.code, refused.value.body["param"]) == where  # type: ignore[index]
    assert said in refused.value.message
    answer = sdk.chat.completions.create(
        model="tiny",
        messages=QUESTION,
        max_tokens=4,
        response_format=_string_schema(maxLength=8),  # type: ignore[arg-type]
    )
    assert answer.choices[0].message.content is not None  # the gateway lives on


def test_a_json_schema_format_without_a_schema_answers_json(tiny: Gateway) -> None:
    """OpenAI's ``json_schema.schema`` is optional; before, leaving it out was a 400."""
    answer = tiny.client(max_retries=0, timeout=60).chat.completions.create(
        model="tiny",
        messages=QUESTION,
        max_tokens=24,
        response_format={"type": "json_schema", "json_schema": {"name": "any"}},  # type: ignore[typeddict-item]
    )
    assert answer.choices[0].message.content is not None
    if answer.choices[0].finish_reason == "stop":
        json.loads(answer.choices[0].message.content)


@pytest.mark.parametrize("prompt", ["", ["Hello", ""], []])
def test_an_empty_prompt_is_a_400(client: openai.OpenAI, prompt: str | list[str]) -> None:
    """Before: a 500 backend_error (llama_decode returned -1 on zero tokens: SmolLM2 adds no
    start token); for a list of no prompts (probe eighteen), a 500 internal_error (max() of
    nothing)."""
    with pytest.raises(openai.BadRequestError) as refused:
        client.completions.create(model=CHAT_MODEL, prompt=prompt, max_tokens=4)
    assert refused.value.body["param"] == "prompt"  # type: ignore[index]
    assert refused.value.body["code"] == "invalid_value"  # type: ignore[index]


@pytest.mark.parametrize(
    ("part", "what"),
    [
        ({"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}}, "input_audio"),
        ({"type": "file", "file": {"file_id": "file-abc"}}, "file"),
    ],
)
def test_a_content_part_the_model_cannot_read_is_a_400(
    client: openai.OpenAI, part: dict[str, object], what: str
) -> None:
    """Before: the part was dropped without a word and the model answered the rest, as if the
    audio or file had been read (probe eighteen). A part OpenAI refuses (a text part without
    its text, one of no type) is the schema's 400: tests/server/test_message_shapes.py."""
    messages = [{"role": "user", "content": [{"type": "text", "text": "What is in it?"}, part]}]
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model=CHAT_MODEL, messages=messages, max_tokens=4)  # type: ignore[arg-type]
    assert refused.value.body["param"] == "messages.0.content.1"  # type: ignore[index]
    assert refused.value.body["code"] == "unsupported"  # type: ignore[index]
    assert what in refused.value.message
    # text parts, and an assistant's refusal in the history, are read as before
    fine = [
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        {"role": "assistant", "content": [{"type": "refusal", "refusal": "No."}]},
        {"role": "user", "content": [{"type": "text", "text": "Hi again"}]},
    ]
    answer = client.chat.completions.create(model=CHAT_MODEL, messages=fine, max_tokens=4)  # type: ignore[arg-type]
    assert answer.choices[0].message.content is not None


CALL = {"id": "call_1", "type": "function", "function": {"name": "inbox", "arguments": "{}"}}


def test_tools_with_tool_choice_none_get_a_text_answer(client: openai.OpenAI) -> None:
    """tool_choice "none" asks for text, which a model without tools gives. Before: a 400
    "does not support tools" (``llm`` sends its tools with every turn); any other choice is
    still refused, not answered as if the model had chosen to call nothing."""
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    asked: dict[str, Any] = {"model": CHAT_MODEL, "messages": QUESTION, "max_tokens": 4}
    answer = client.chat.completions.create(tools=tools, tool_choice="none", **asked)  # type: ignore[arg-type]
    assert answer.choices[0].message.content and not answer.choices[0].message.tool_calls
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(tools=tools, **asked)  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.param) == ("unsupported", "tools")


@pytest.mark.parametrize(
    ("turn", "field"),
    [
        ({"role": "assistant", "content": None, "tool_calls": [CALL]}, "tool_calls"),
        (
            {"role": "assistant", "function_call": {"name": "inbox", "arguments": "{}"}},
            "function_call",
        ),
    ],
)
def test_an_earlier_turns_tool_calls_are_refused_by_a_model_without_tools(
    client: openai.OpenAI, turn: dict[str, object], field: str
) -> None:
    """Before: the calls were dropped without a word and the model answered the tool's result
    as if it had made them (a 200)."""
    answer = {"role": "tool", "tool_call_id": "call_1", "content": "No new mail."}
    if field == "function_call":
        answer = {"role": "function", "name": "inbox", "content": "No new mail."}
    messages = [{"role": "user", "content": "Any mail?"}, turn, answer]
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model=CHAT_MODEL, messages=messages, max_tokens=4)  # type: ignore[arg-type]
    assert refused.value.body["param"] == f"messages.1.{field}"  # type: ignore[index]
    assert refused.value.body["code"] == "unsupported"  # type: ignore[index]


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        (
            {"modalities": ["text", "audio"], "audio": {"voice": "alloy", "format": "wav"}},
            "modalities",
        ),
        ({"audio": {"voice": "alloy", "format": "wav"}}, "audio"),
        ({"web_search_options": {}}, "web_search_options"),
    ],
    ids=["modalities", "audio", "web-search"],
)
def test_an_answer_the_model_cannot_give_is_refused(
    client: openai.OpenAI, extra: dict[str, object], param: str
) -> None:
    """Before: the fields were ignored and a text answer came back (200) to a client that had
    asked for audio, or for an answer from a web search, as if it were that answer."""
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model=CHAT_MODEL, messages=QUESTION, max_tokens=2, extra_body=extra
        )
    assert refused.value.body["param"] == param  # type: ignore[index]
    assert refused.value.body["code"] == "unsupported"  # type: ignore[index]
    # text alone is what it gives
    answer = client.chat.completions.create(
        model=CHAT_MODEL, messages=QUESTION, max_tokens=2, extra_body={"modalities": ["text"]}
    )
    assert answer.choices[0].message.content
