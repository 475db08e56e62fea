"""``/v1/moderations`` answers for OpenAI's moderation models and its own name, and refuses any
other model with a 400 naming it, instead of answering as if that model had run."""

from __future__ import annotations

import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    scanner = {"type": "keywords", "deny": ["punch him"], "label": "violence"}
    return start_app({"models": [upstream(stub.base_url)], "guard": {"moderation": [scanner]}})


@pytest.mark.parametrize(
    "model",
    [
        *(None, "omni-moderation-latest", "omni-moderation-2024-09-26"),
        *("text-moderation-latest", "text-moderation-stable", "minigate-guard"),
    ],
)
def test_moderation_models_are_answered(gateway: InProcessGateway, model: str | None) -> None:
    sdk = gateway.client()
    asked = {} if model is None else {"model": model}
    result = sdk.moderations.create(input="I will punch him.", **asked)  # type: ignore[arg-type]
    assert result.results[0].flagged and result.model == "minigate-guard"


@pytest.mark.parametrize("model", ["gpt-4o", "smollm2-135m-instruct", "omni", "x" * 300])
def test_any_other_model_is_a_400_naming_it(gateway: InProcessGateway, model: str) -> None:
    """Before: answered 200, whatever the model (a chat model's name too)."""
    with pytest.raises(openai.BadRequestError) as refused:
        gateway.client().moderations.create(input="I like tea.", model=model)
    error = refused.value.body
    assert isinstance(error, dict)
    assert (error["param"], error["code"], error["type"]) == (
        "model",
        "invalid_value",
        "invalid_request_error",
    )
    assert f"'{model}' is not a moderation model" in error["message"]
    assert "omni-moderation-latest" in error["message"]
