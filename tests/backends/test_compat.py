"""The OpenAI request surface as the `openai` SDK sends it, against an upstream on loopback:
what is forwarded untouched, and what is refused with OpenAI's 400 before it leaves."""

from __future__ import annotations

from typing import Any

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
