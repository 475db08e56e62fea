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
