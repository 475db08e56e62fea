"""``/v1/completions`` takes OpenAI's four shapes of ``prompt``: a string, strings, token ids,
and lists of token ids. An upstream gets token ids as they were sent; a guard policy that reads
prompts refuses them, since it cannot read them."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    keywords = {"type": "keywords", "deny": ["forbidden"]}
    return start_app(
        {
            "models": [
                upstream(stub.base_url),
                upstream(stub.base_url, "screened"),
                upstream(stub.base_url, "answers-checked"),
                upstream(stub.base_url, "held"),
            ],
            "guard": {
                "policies": [
                    {"id": "strict", "models": ["screened"], "input": [keywords]},
                    {"id": "out", "models": ["answers-checked"], "output": [keywords]},
                    {"id": "review", "models": ["held"], "review_all": True},
                ]
            },
        }
    )


@pytest.mark.parametrize("prompt", [[1, 2, 3], [[1, 2], [3]]])
def test_token_ids_reach_the_upstream_as_sent(
    gateway: InProcessGateway, stub: StubThread, prompt: Any
) -> None:
    """Before: a 400 "Input should be a valid string" (the schema took strings only)."""
    for model in ("cloud", "answers-checked"):
        answer = gateway.client().completions.create(model=model, prompt=prompt, max_tokens=4)
        assert answer.choices[0].text == "Hello from the stub upstream."
        assert stub.stub.received[-1].body["prompt"] == prompt


@pytest.mark.parametrize("prompt", [[1, 2, 3], [[1, 2], [3]]])
@pytest.mark.parametrize("model", ["screened", "held"])
def test_a_policy_that_reads_prompts_refuses_token_ids(
    gateway: InProcessGateway, stub: StubThread, prompt: Any, model: str
) -> None:
    """Scanned (input scanners) or shown to a reviewer (review_all): either reads text."""
    with pytest.raises(openai.BadRequestError) as refused:
        gateway.client().completions.create(model=model, prompt=prompt, max_tokens=4)
    error = refused.value.body
    assert isinstance(error, dict)
    assert (error["param"], error["code"]) == ("prompt", "unsupported")
    assert "cannot read token ids" in error["message"]
    assert not stub.stub.received  # nothing unscreened reached the model
    # Text still passes the same policy.
    sdk = gateway.client()
    assert sdk.completions.create(model=model, prompt=["Hi"], max_tokens=4).choices


@pytest.mark.parametrize(
    "prompt",
    [
        *([], [[]], [[1], []], [1, "a"], [[1], "a"], [-1], [[3, -2]]),
        *([1.5], [True], [[1, [2]]], [2**31], {"a": 1}, 7, None),
    ],
)
def test_a_prompt_of_no_known_shape_is_a_400_naming_prompt(
    gateway: InProcessGateway, stub: StubThread, prompt: Any
) -> None:
    response = gateway.http.post("/v1/completions", json={"model": "cloud", "prompt": prompt})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["param"], error["code"]) == ("prompt", "invalid_value")
    assert error["message"].startswith("Invalid value for 'prompt': prompt must be a string,")
    assert not stub.stub.received
