"""A block's reason names what decided it: where a threat's wording (a pattern) flagged a text
that the harm model scored low, an outside probe read "harm n-gram model score 0.04" and, from
``/v1/moderations``, "harm classifier score 0.00", and took the block for a mistake. The
verdicts and scores are as before; the reason never repeats the text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest

from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread
from tests.conftest import Gateway, GatewayFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

# Flagged by the threat pattern in both modes, where the models score it under the threshold.
THREAT = "Je vais te tuer ce soir, je sais où tu habites."
BY_PATTERN = "a threat's wording (pattern), categories harassment/threatening, violence"


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, model: StubThread) -> Gateway:
    policy = {"id": "p", "output": [{"type": "harm", "use_embeddings": False}]}
    config = {
        "models": [upstream(model.base_url, "fake", max_retries=0)],
        "cache": {"enabled": False},
        "guard": {"stream_window_chars": 16, "policies": [policy]},
    }
    return start_gateway(config)


@pytest.fixture
def threatening(model: StubThread) -> Iterator[None]:
    model.stub.text = THREAT
    yield
    model.stub.text = COMPLETION_TEXT


@pytest.mark.usefixtures("threatening")
@pytest.mark.parametrize("streamed", [False, True])
def test_a_pattern_s_block_names_the_pattern_not_a_low_score(
    gateway: Gateway, streamed: bool
) -> None:
    sdk = gateway.client(max_retries=0)
    messages: Any = [{"role": "user", "content": "Say something."}]

    def ask() -> None:
        answer = sdk.chat.completions.create(model="fake", messages=messages, stream=streamed)
        if streamed:
            list(answer)  # type: ignore[arg-type]

    with pytest.raises(openai.APIError) as exc:
        ask()
    assert exc.value.code == "content_policy_violation"
    assert BY_PATTERN in exc.value.message
    assert "score" not in exc.value.message and "tuer" not in exc.value.message


@pytest.mark.model
def test_moderations_name_the_pattern_in_full_mode(moderation_server: InProcessGateway) -> None:
    client = moderation_server.client(max_retries=0)
    (result,) = client.moderations.create(input=THREAT).results
    (harm,) = [s for s in result.model_extra["scanners"] if s["scanner"] == "harm"]
    assert harm == {
        "scanner": "harm",
        "flagged": True,
        "score": 0.9,
        "labels": ["harmful", "harassment/threatening", "violence"],
        "reason": BY_PATTERN,
        "findings": 0,
    }
