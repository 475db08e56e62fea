"""The OpenAI request surface as the `openai` SDK sends it, against an upstream on loopback:
what is forwarded untouched, and what is refused with OpenAI's 400 before it leaves."""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np
import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"models": [upstream(stub.base_url, max_retries=0)]})


def refused(call: Any) -> openai.BadRequestError:
    with pytest.raises(openai.BadRequestError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("given", "param"),
    [("", "input"), (["a", ""], "input.1"), ([[1, 2], []], "input.1"), ([[]], "input.0")],
    ids=["empty-string", "empty-string-in-list", "empty-tokens-in-list", "only-empty-tokens"],
)
def test_an_empty_embedding_input_is_refused_naming_it(
    gateway: InProcessGateway, stub: StubThread, given: Any, param: str
) -> None:
    """OpenAI refuses an empty input ("'$.input' is invalid", naming nothing), and a local
    model embedded one as a vector of nothing. Before: forwarded, or answered 200."""
    error = refused(lambda: gateway.client().embeddings.create(model="cloud", input=given))
    assert (error.status_code, error.code, error.param) == (400, "invalid_value", param)
    assert "empty" in error.message
    assert not stub.stub.received


TOOLS = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]


@pytest.mark.parametrize(
    "choice",
    ["required", {"type": "function", "function": {"name": "f"}}, "always"],
    ids=["required", "named", "unknown-word"],
)
def test_a_tool_choice_that_cannot_be_met_is_refused(
    gateway: InProcessGateway, stub: StubThread, choice: Any
) -> None:
    """OpenAI refuses tool_choice without tools, and a word it does not know. Before: forwarded
    to the upstream, and the local model, which has no tools, answered in text a client that
    had demanded a call."""
    sdk = gateway.client()
    error = refused(
        lambda: sdk.chat.completions.create(model="cloud", messages=HELLO, tool_choice=choice)
    )
    assert (error.status_code, error.code, error.param) == (400, "invalid_value", "tool_choice")
    assert not stub.stub.received
    # Those that ask for nothing pass, and a call demanded with tools is forwarded as sent.
    for harmless in ("none", "auto"):
        sdk.chat.completions.create(model="cloud", messages=HELLO, tool_choice=harmless)
    if choice != "always":
        sdk.chat.completions.create(model="cloud", messages=HELLO, tools=TOOLS, tool_choice=choice)
        assert stub.stub.received[-1].body["tool_choice"] == choice


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"store": "yes"}, "store"),
        ({"parallel_tool_calls": "false", "tools": TOOLS}, "parallel_tool_calls"),
        ({"service_tier": 5}, "service_tier"),
        ({"service_tier": "bogus"}, "service_tier"),
        ({"metadata": {"run": 1}}, "metadata.run"),
        ({"metadata": {f"k{i}": "v" for i in range(17)}}, "metadata"),
        ({"metadata": {"k" * 65: "v"}}, "metadata." + "k" * 65),
        ({"top_logprobs": 2}, "top_logprobs"),
    ],
    ids=[
        "store",
        "parallel",
        "tier",
        "tier-name",
        "metadata-value",
        "metadata-17",
        "metadata-key",
        "top-lp",
    ],
)
def test_a_wrong_pass_through_field_is_refused_naming_it(
    gateway: InProcessGateway, stub: StubThread, fields: dict[str, Any], param: str
) -> None:
    """OpenAI refuses these; before, the gateway forwarded them as they were and the
    upstream's 400 came back naming nothing ("Upstream ... rejected the request")."""
    body = {"model": "cloud", "messages": HELLO, **fields}
    answer = gateway.http.post("/v1/chat/completions", json=body)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_value", param)
    assert not stub.stub.received


FN, MISS = "function", "missing_required_parameter"
BAD_TOOLS = {
    "empty": ([], "invalid_value", "tools"),
    "no-definition": ([{"type": FN}], MISS, "tools.0.function"),
    "type": ([{"type": "retrieval"}], "invalid_value", "tools.0.type"),
    "no-type": ([{FN: {"name": "f"}}], MISS, "tools.0.type"),
    "name": ([{"type": FN, FN: {"name": "bad name!"}}], "invalid_value", "tools.0.function.name"),
    "no-name": ([{"type": FN, FN: {}}], MISS, "tools.0.function.name"),
    "parameters": (
        [*TOOLS, {"type": FN, FN: {"name": "g", "parameters": "{}"}}],
        "invalid_value",
        "tools.1.function.parameters",
    ),
}


@pytest.mark.parametrize(("tools", "code", "param"), BAD_TOOLS.values(), ids=BAD_TOOLS.keys())
def test_a_malformed_tool_is_refused_naming_it_and_never_forwarded(
    gateway: InProcessGateway, stub: StubThread, tools: list[Any], code: str, param: str
) -> None:
    """OpenAI refuses these; before, a local model answered "does not support tools" and an
    upstream got them as sent, its own 400 coming back."""
    body = {"model": "cloud", "messages": HELLO, "tools": tools}
    answer = gateway.http.post("/v1/chat/completions", json=body)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert (error["code"], error["param"]) == (code, param), error
    assert not stub.stub.received
    # A custom tool and a function with every optional field pass as OpenAI takes them.
    fine = [
        {"type": "custom", "custom": {"name": "grammar-tool", "description": "d"}},
        {"type": "function", "function": {"name": "f_1", "description": "d", "strict": True}},
    ]
    gateway.client().chat.completions.create(model="cloud", messages=HELLO, tools=fine)  # type: ignore[arg-type]
    assert stub.stub.received[-1].body["tools"] == fine


def test_a_null_the_sdk_sends_for_none_reads_as_left_out(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    """The SDK sends null for an argument passed as None, and OpenAI reads it as left out;
    the gateway refused ``n``, ``stream`` and ``echo`` ("Input should be a valid integer")."""
    sdk = gateway.client()
    answer = sdk.chat.completions.create(model="cloud", messages=HELLO, n=None, stream=None)
    assert len(answer.choices) == 1
    text = sdk.completions.create(model="cloud", prompt="Hi", echo=None, n=None, stream=None)
    assert len(text.choices) == 1
    assert all(stub.stub.received[-1].body.get(k) in (None, False, 1) for k in ("n", "echo"))
    # A required field's null is still refused, naming it.
    body = {"model": None, "messages": HELLO}
    error = gateway.http.post("/v1/chat/completions", json=body).json()["error"]
    assert error["param"] == "model"


def test_the_openai_fields_of_a_chat_request_reach_the_upstream_as_sent(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    """Every sampling and delivery field the SDK takes, and an unknown one, is forwarded
    untouched, and the answer comes back in OpenAI's shape."""
    sent: dict[str, Any] = {
        "n": 2,
        "stop": ["\n\n", "END"],
        "seed": 7,
        "logprobs": True,
        "top_logprobs": 3,
        "logit_bias": {"50256": -100},
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "a", "schema": {"type": "object"}, "strict": True},
        },
        "max_completion_tokens": 12,
        "tools": TOOLS,
        "tool_choice": "auto",
        "parallel_tool_calls": False,
        "user": "u-1",
        "metadata": {"run": "probe"},
        "store": True,
        "service_tier": "flex",
        "presence_penalty": -2,
        "frequency_penalty": 2,
        "temperature": 2,
        "top_p": 0.5,
    }
    answer = gateway.client().chat.completions.create(
        model="cloud", messages=HELLO, extra_body={"reasoning_effort": "low"}, **sent
    )
    assert answer.choices[0].logprobs is not None
    body = stub.stub.received[-1].body
    assert {k: body[k] for k in sent} == sent
    assert body["reasoning_effort"] == "low"


@pytest.mark.parametrize("answered", ["float", "base64"])
def test_embeddings_come_back_in_the_encoding_asked_for(
    gateway: InProcessGateway, stub: StubThread, answered: str
) -> None:
    """An upstream that ignores encoding_format (the stub answers `answered` whatever was
    asked). Before: a client that asked for base64 got a list of floats, one that asked for
    floats a base64 string, each where its decoder expects the other."""
    stub.stub.embedding_encoding = answered
    expected = np.array([0.6, 0.8, 0.0], dtype=np.float32)
    body = {"model": "cloud", "input": ["a", "b"]}
    as_base64 = gateway.http.post("/v1/embeddings", json={**body, "encoding_format": "base64"})
    for item in as_base64.json()["data"]:
        assert np.array_equal(np.frombuffer(base64.b64decode(item["embedding"]), "<f4"), expected)
    as_floats = gateway.http.post("/v1/embeddings", json={**body, "encoding_format": "float"})
    for item in as_floats.json()["data"]:
        assert np.allclose(item["embedding"], expected)
    # the SDK asks for base64 unless told otherwise, and decodes it
    sdk = gateway.client().embeddings.create(model="cloud", input="a")
    assert np.allclose(sdk.data[0].embedding, expected)
    assert stub.stub.received[-1].body["encoding_format"] == "base64"


def test_a_plain_chat_request_reaches_the_upstream_as_sent(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    """Before: the gateway added n: 1, its schema's default, to every request it forwarded."""
    gateway.client().chat.completions.create(model="cloud", messages=HELLO)
    assert stub.stub.received[-1].body == {"model": "cloud", "messages": HELLO, "stream": False}
    gateway.client().chat.completions.create(model="cloud", messages=HELLO, n=1)
    assert stub.stub.received[-1].body["n"] == 1  # sent, so forwarded


@pytest.mark.parametrize("mode", ["garbage", "abort"])
def test_a_broken_upstream_stream_ends_in_an_error_event(
    gateway: InProcessGateway, stub: StubThread, mode: str
) -> None:
    """A malformed event halfway, or the connection dropped halfway: the client reads what
    came, then an error event in OpenAI's shape and [DONE], never a hang or a 5xx. This held
    before; the stub could not break a stream these ways."""
    stub.stub.stream_mode = mode
    body = {"model": "cloud", "messages": HELLO, "stream": True}
    answer = gateway.http.post("/v1/chat/completions", json=body)
    assert answer.status_code == 200
    events = [line[6:] for line in answer.text.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    assert json.loads(events[0])["choices"][0]["delta"]["role"] == "assistant"
    error = json.loads(events[-2])["error"]
    assert error["code"] == "upstream_error"
    with pytest.raises(openai.APIError):  # the SDK raises it
        list(gateway.client().chat.completions.create(model="cloud", messages=HELLO, stream=True))
