"""The `openai` backend: forwarding to a real OpenAI-compatible server on loopback."""

from __future__ import annotations

import time

import openai
import pytest

from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread
from tests.conftest import (
    CHAT_MODEL,
    EMBED_MODEL,
    AppFactory,
    Gateway,
    InProcessGateway,
    free_port,
)
from tests.conftest import upstream_model as upstream

HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def front(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    """A gateway whose model 'cloud' forwards to the stub as 'gpt-4o-mini' (in-process: the
    upstream is a real server on loopback, the client's side does not matter here)."""
    model = upstream(
        stub.base_url,
        upstream_model="gpt-4o-mini",
        api_key_env="STUB_KEY",
        max_retries=2,
        backoff_s=0.01,
    )
    return start_app({"models": [model]}, env={"STUB_KEY": "sk-upstream"})


def test_chat_is_forwarded_with_mapped_model_and_key(
    front: InProcessGateway, stub: StubThread
) -> None:
    result = front.client().chat.completions.create(model="cloud", messages=HELLO, seed=7)
    assert result.choices[0].message.content == COMPLETION_TEXT
    assert result.usage is not None and result.usage.total_tokens == 15
    sent = stub.stub.received[-1]
    assert sent.path == "/v1/chat/completions"
    assert sent.body["model"] == "gpt-4o-mini" and sent.body["seed"] == 7
    assert sent.headers["authorization"] == "Bearer sk-upstream"


def test_an_upstream_cookie_is_not_sent_on_later_requests(
    front: InProcessGateway, stub: StubThread
) -> None:
    """The upstream client is shared by every key: a cookie set for one caller's request must
    not reach the upstream with the next caller's."""
    stub.stub.set_cookie = "session=first-caller; Path=/"
    client = front.client()
    client.chat.completions.create(model="cloud", messages=HELLO)
    stub.stub.set_cookie = None
    client.chat.completions.create(model="cloud", messages=HELLO)
    assert "cookie" not in stub.stub.received[-1].headers
    assert "session=first-caller" not in str(stub.stub.received[-1].headers)


def test_stream_passes_through_chunk_by_chunk(front: InProcessGateway) -> None:
    chunks = list(
        front.client().chat.completions.create(model="cloud", messages=HELLO, stream=True)
    )
    deltas = [c.choices[0].delta.content for c in chunks if c.choices]
    assert "".join(d or "" for d in deltas) == COMPLETION_TEXT
    assert len([d for d in deltas if d]) == len(COMPLETION_TEXT.split(" "))
    assert all(c.usage is None for c in chunks)  # not asked for, so not passed on


def test_stream_keeps_line_separators_inside_the_text(
    start_app: AppFactory, stub: StubThread
) -> None:
    """U+2028, U+2029 and U+0085 travel raw inside JSON strings: the upstream's events and the
    gateway's own must be split at "\n" only, not wherever str.splitlines would split."""
    stub.stub.text = "{user}"
    text = "one\u2028two \u2029three \x85four \x1cfive"
    app = start_app({"models": [upstream(stub.base_url)]})
    messages = [{"role": "user", "content": text}]
    stream = app.client().chat.completions.create(model="cloud", messages=messages, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == text


def test_embeddings_and_completions_are_forwarded(front: InProcessGateway) -> None:
    sdk = front.client()
    # the SDK asks for base64 (float32), which the gateway makes of the stub's floats
    embedding = sdk.embeddings.create(model="cloud", input=["a", "b"]).data[1].embedding
    assert embedding == pytest.approx([0.6, 0.8, 0.0], abs=1e-7)
    assert sdk.completions.create(model="cloud", prompt="Hi").choices[0].text == COMPLETION_TEXT


@pytest.mark.parametrize("include_usage", [True, False])
def test_a_completions_stream_ends_with_usage_when_asked(
    front: InProcessGateway, include_usage: bool
) -> None:
    """Before, stream_options.include_usage was ignored on /v1/completions."""
    chunks = list(
        front.client().completions.create(
            model="cloud", prompt="Hi", stream=True, stream_options={"include_usage": include_usage}
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == COMPLETION_TEXT
    if include_usage:
        assert chunks[-1].choices == [] and chunks[-1].usage is not None
        assert chunks[-1].usage.completion_tokens == len(COMPLETION_TEXT.split(" "))
    assert all(c.usage is None for c in chunks[: -1 if include_usage else None])


def test_failing_upstream_is_retried_then_reported(
    front: InProcessGateway, stub: StubThread
) -> None:
    stub.stub.status = 500
    with pytest.raises(openai.APIStatusError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert caught.value.status_code == 502
    assert caught.value.code == "upstream_error"
    assert len(stub.stub.received) == 3  # one try and two retries
    assert "failed with HTTP 500 after 3 attempts: stub failure 500" in caught.value.message


def test_an_upstream_error_says_how_many_attempts_it_made_in_a_header(
    front: InProcessGateway, stub: StubThread
) -> None:
    """The count travels as data, x-minigate-upstream-attempts, beside OpenAI's error object
    (which an OpenAI client reads unchanged); before, only the message's words said it."""
    stub.stub.status, stub.stub.error_message = 500, "it failed after 7 attempts"
    with pytest.raises(openai.APIStatusError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (502, "upstream_error")
    assert caught.value.response.headers["x-minigate-upstream-attempts"] == "3"
    stub.stub.status, stub.stub.error_code = 400, "invalid_value"  # answered: not tried again
    with pytest.raises(openai.BadRequestError) as refused:
        front.client(max_retries=0).embeddings.create(model="cloud", input="hi")
    assert refused.value.code == "invalid_value"
    assert refused.value.response.headers["x-minigate-upstream-attempts"] == "1"


def test_retry_after_is_honoured(front: InProcessGateway, stub: StubThread) -> None:
    stub.stub.status, stub.stub.retry_after = 429, "0.3"
    started = time.monotonic()
    with pytest.raises(openai.RateLimitError):
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert time.monotonic() - started >= 0.6  # two waits of 0.3 s
    assert len(stub.stub.received) == 3


def test_an_upstream_asking_for_a_long_wait_is_not_retried_and_its_wait_is_passed_on(
    front: InProcessGateway, stub: StubThread
) -> None:
    """Before, the 502 left out the upstream's Retry-After: the client could not know when to
    come back (a 429's was passed on)."""
    stub.stub.status, stub.stub.retry_after = 503, "120"  # past max_backoff_s: not waited for
    with pytest.raises(openai.APIStatusError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (502, "upstream_error")
    assert caught.value.response.headers["retry-after"] == "120"
    assert len(stub.stub.received) == 1
    # The count is the true one, and says why it stopped. Before: "after 3 attempt(s)".
    assert (
        "failed with HTTP 503 after 1 attempt (it asked to wait longer than max_backoff_s, 8s)"
        in caught.value.message
    )


def test_upstream_client_errors_pass_through(front: InProcessGateway, stub: StubThread) -> None:
    stub.stub.status = 400
    with pytest.raises(openai.BadRequestError):
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert len(stub.stub.received) == 1  # a 400 is not retried


def test_an_upstream_refusal_keeps_its_code_and_param(
    front: InProcessGateway, stub: StubThread
) -> None:
    """A client that trims its history on context_length_exceeded, or reads the field named,
    needs the upstream's code and param. Before, every upstream 400 came back as
    ``invalid_request`` with no param."""
    stub.stub.status, stub.stub.error_message = 400, "This model's maximum context length is 8"
    stub.stub.error_code, stub.stub.error_param = "context_length_exceeded", "messages"
    with pytest.raises(openai.BadRequestError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.code, caught.value.param) == ("context_length_exceeded", "messages")
    assert "maximum context length is 8" in caught.value.message
    # An error object without them gets the gateway's own code, as before.
    stub.stub.error_code = stub.stub.error_param = None
    with pytest.raises(openai.BadRequestError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.code, caught.value.param) == ("invalid_request", None)


def test_an_upstream_404_is_the_operators_502_not_the_clients_404(
    front: InProcessGateway, stub: StubThread
) -> None:
    """The client's model is configured; the upstream not knowing its upstream_model is a
    fault of the config. Before: 404 model_not_found, which clients read as a wrong name."""
    stub.stub.status, stub.stub.error_code = 404, "model_not_found"
    with pytest.raises(openai.APIStatusError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (502, "upstream_error")
    assert "check its base_url and upstream_model" in caught.value.message
    assert len(stub.stub.received) == 1  # not retried


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 413, 422])
def test_an_upstream_answer_a_retry_gets_again_tells_the_client_not_to_retry(
    front: InProcessGateway, stub: StubThread, status: int
) -> None:
    """Before: an upstream's 401, 403 or 404 (a wrong key, base_url or upstream_model) came
    back as a 502 without x-should-retry, so OpenAI's SDK asked again (3 calls here)."""
    stub.stub.status = status
    with pytest.raises(openai.APIStatusError) as caught:
        front.client(max_retries=2).chat.completions.create(model="cloud", messages=HELLO)
    assert caught.value.response.headers.get("x-should-retry") == "false"
    assert len(stub.stub.received) == 1


@pytest.mark.parametrize("status", [408, 429, 500, 503])
def test_an_upstream_answer_a_retry_may_pass_says_nothing_against_retrying(
    front: InProcessGateway, stub: StubThread, status: int
) -> None:
    stub.stub.status = status
    with pytest.raises(openai.APIStatusError) as caught:
        front.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert "x-should-retry" not in caught.value.response.headers


def test_refused_connection_gives_502(start_app: AppFactory) -> None:
    dead = upstream(f"http://127.0.0.1:{free_port()}/v1", max_retries=1, backoff_s=0.01)
    gateway = start_app({"models": [dead]})
    sdk = gateway.client(max_retries=0)
    with pytest.raises(openai.APIStatusError) as caught:
        sdk.chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (502, "upstream_unavailable")
    with pytest.raises(openai.APIStatusError) as caught:
        sdk.chat.completions.create(model="cloud", messages=HELLO, stream=True)
    assert caught.value.status_code == 502


def test_slow_upstream_gives_504(start_app: AppFactory, stub: StubThread) -> None:
    stub.stub.delay_s = 2
    slow = upstream(stub.base_url, timeout_s=0.3, max_retries=1, backoff_s=0.01)
    gateway = start_app({"models": [slow]})
    with pytest.raises(openai.APIStatusError) as caught:
        gateway.client(max_retries=0).chat.completions.create(model="cloud", messages=HELLO)
    assert (caught.value.status_code, caught.value.code) == (504, "upstream_timeout")
    # A hung upstream is not asked again: that would multiply the wait (issue 13).
    assert len(stub.stub.received) == 1


@pytest.mark.model
def test_gateway_to_gateway_with_the_real_model(
    start_app: AppFactory, local_gateway: Gateway, client: openai.OpenAI
) -> None:
    edge = start_app(
        {
            "models": [
                upstream(local_gateway.base_url, "remote-smol", upstream_model=CHAT_MODEL),
                upstream(local_gateway.base_url, "remote-embed", upstream_model=EMBED_MODEL),
            ]
        }
    )
    sdk = edge.client(max_retries=0)
    kwargs = {
        "messages": [{"role": "user", "content": "Say hi"}],
        "max_tokens": 6,
        "temperature": 0,
    }
    direct = client.chat.completions.create(model=CHAT_MODEL, **kwargs)  # type: ignore[arg-type]
    via = sdk.chat.completions.create(model="remote-smol", **kwargs)  # type: ignore[arg-type]
    assert via.choices[0].message.content == direct.choices[0].message.content
    # The same counts. Only prompt_tokens_details.cached_tokens may differ: the second call's
    # prompt is read from the local engine's prefix cache, and the edge passes that through.
    assert via.usage is not None and direct.usage is not None
    unshared = {"prompt_tokens_details"}
    assert via.usage.model_dump(exclude=unshared) == direct.usage.model_dump(exclude=unshared)
    streamed = list(
        sdk.chat.completions.create(
            model="remote-smol",
            stream=True,
            stream_options={"include_usage": True},
            **kwargs,  # type: ignore[arg-type]
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)
    assert text == direct.choices[0].message.content
    last = streamed[-1].usage
    assert last is not None
    assert last.model_dump(exclude=unshared) == direct.usage.model_dump(exclude=unshared)
    vector = sdk.embeddings.create(model="remote-embed", input="hi").data[0].embedding
    assert len(vector) == 384
    response = edge.http.get("/v1/models")
    assert [m["id"] for m in response.json()["data"]] == ["remote-smol", "remote-embed"]
