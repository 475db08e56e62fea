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


@pytest.mark.parametrize(
    "part",
    [
        {"type": "image_url"},
        {"type": "image_url", "image_url": "https://example.com/cat.png"},
        {"type": "image_url", "image_url": {"detail": "low"}},
    ],
    ids=["no image_url", "a string, not an object", "no url"],
)
@pytest.mark.parametrize("with_text", [False, True])
def test_an_image_part_without_a_url_is_a_400(
    gateway: InProcessGateway, part: dict[str, object], with_text: bool
) -> None:
    """OpenAI's image part is {"type": "image_url", "image_url": {"url": ...}}. Before: one
    without its url was read as an image minigate does not read: beside text it was dropped
    (a 200), alone it was a 400 'unsupported' that blamed images, not the malformed part."""
    parts = [{"type": "text", "text": "I like tea."}] if with_text else []
    with pytest.raises(openai.BadRequestError) as refused:
        gateway.client().moderations.create(input=[*parts, part])  # type: ignore[list-item]
    error = refused.value.body
    assert isinstance(error, dict)
    assert (error["param"], error["code"]) == ("input", "invalid_value")
    assert f"part {len(parts)}" in error["message"] and "url" in error["message"]
