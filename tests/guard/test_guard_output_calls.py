"""Output scanners read what an answer passes to tools, as they read its text: a canary leaked
into a call's arguments, a model-made e-mail address in them, a stated threat, streamed or not
(an outside probe found all three passed untouched, the address kept in the audit trail too)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from minigate.context import RequestContext
from minigate.guard.calls import check_message_calls
from minigate.guard.engine import arm
from minigate.guard.protocol import GuardDeps, ScanContext
from minigate.guard.screening import Screening
from minigate.guard.settings import ScannerSpec
from minigate.schemas.chat import AssistantMessage
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream

TOOLS: Any = [
    {
        "type": "function",
        "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}},
    }
]
SYSTEM = {"role": "system", "content": "You are a secret bot."}
THREAT = "I am going to kill you. I will find where you live and hurt your family."


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, model: StubThread) -> Gateway:
    policy = {
        "id": "tools",
        "models": ["tools"],
        "input": [{"type": "pii", "action": "redact"}],
        "output": [
            {"type": "canary"},
            {"type": "pii", "action": "redact"},
            {"type": "harm", "use_embeddings": False},
        ],
    }
    config = {
        "models": [upstream(model.base_url, "tools", max_retries=0)],
        "cache": {"enabled": False},
        "audit": {"retain_text": True},
        "guard": {"stream_window_chars": 16, "policies": [policy]},
    }
    return start_gateway(config)


@pytest.fixture(scope="module")
def sdk(gateway: Gateway) -> openai.OpenAI:
    return gateway.client(max_retries=0)


def call(sdk: openai.OpenAI, arguments: str, streamed: bool, user: str = "Look it up.") -> str:
    """The arguments of the one tool call the model answers with ``arguments``."""
    messages: Any = [SYSTEM, {"role": "user", "content": user}]
    if not streamed:
        answer = sdk.chat.completions.create(model="tools", messages=messages, tools=TOOLS)
        assert answer.choices[0].finish_reason == "tool_calls"
        (made,) = answer.choices[0].message.tool_calls or []
        return made.function.arguments  # type: ignore[union-attr]
    chunks = list(
        sdk.chat.completions.create(model="tools", messages=messages, tools=TOOLS, stream=True)
    )
    pieces = [
        piece.function.arguments or ""
        for c in chunks
        for choice in c.choices
        for piece in choice.delta.tool_calls or ()
        if piece.function is not None
    ]
    names = [
        piece.function.name
        for c in chunks
        for choice in c.choices
        for piece in choice.delta.tool_calls or ()
        if piece.function is not None and piece.function.name
    ]
    assert names == ["lookup"]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    return "".join(pieces)


@pytest.fixture
def answering(model: StubThread) -> Iterator[StubUpstream]:
    yield model.stub
    model.stub.tool_arguments = None


@pytest.mark.parametrize("streamed", [False, True])
def test_a_model_made_address_in_a_call_is_masked_and_stays_json(
    sdk: openai.OpenAI, gateway: Gateway, answering: StubUpstream, streamed: bool
) -> None:
    answering.tool_arguments = (
        '{"q": "olga", "contact": "leak.tool@example.com", "to": "<EMAIL_1>"}'
    )
    arguments = call(sdk, answering.tool_arguments, streamed, user="Mail olga@example.com.")
    assert json.loads(arguments) == {
        "q": "olga",
        "contact": "[REDACTED EMAIL]",
        "to": "olga@example.com",  # the caller's own value, restored, is no leak
    }
    with sqlite3.connect(gateway.workdir / "minigate.db") as db:
        kept = [row[0] or "" for row in db.execute("SELECT answer_text FROM audit_entries")]
    assert not any("leak.tool@example.com" in text for text in kept)


def test_a_mask_across_a_json_escape_still_leaves_json(
    sdk: openai.OpenAI, answering: StubUpstream
) -> None:
    """In ``"hi\\nleak.tool@example.com"`` the address is read as ``nleak.tool@...``, and a
    mask in the text would leave ``\\[REDACTED EMAIL]``, no JSON: the value is masked inside
    the parsed JSON instead, and the JSON written again."""
    answering.tool_arguments = json.dumps({"body": "hi\nleak.tool@example.com"})
    arguments = call(sdk, answering.tool_arguments, streamed=False)
    assert json.loads(arguments) == {"body": "hi\n[REDACTED EMAIL]"}


@pytest.mark.parametrize("streamed", [False, True])
def test_a_canary_leaked_into_a_call_blocks_the_answer(
    sdk: openai.OpenAI, answering: StubUpstream, streamed: bool
) -> None:
    answering.tool_arguments = '{"q": "SYS={system}"}'
    with pytest.raises(openai.APIError) as exc:
        call(sdk, answering.tool_arguments, streamed)
    assert exc.value.code == "content_policy_violation"
    assert "'canary'" in exc.value.message


@pytest.mark.parametrize("streamed", [False, True])
def test_a_threat_in_a_call_blocks_the_answer(
    sdk: openai.OpenAI, answering: StubUpstream, streamed: bool
) -> None:
    answering.tool_arguments = json.dumps({"message": THREAT})
    with pytest.raises(openai.APIError) as exc:
        call(sdk, answering.tool_arguments, streamed)
    assert exc.value.code == "content_policy_violation"
    assert "'harm'" in exc.value.message


def test_a_legacy_function_calls_arguments_are_masked() -> None:
    """A legacy answer's ``function_call`` is read as tool calls are (no stub speaks it)."""
    chain = arm(
        [ScannerSpec.model_validate({"type": "pii", "action": "redact"})], GuardDeps(), "block"
    )
    screening = Screening(scan=ScanContext(direction="input"))
    message = AssistantMessage.model_validate(
        {
            "content": None,
            "function_call": {"name": "send", "arguments": '{"to": "x.y@example.com"}'},
        }
    )
    asyncio.run(check_message_calls(chain, message, screening, RequestContext(endpoint="chat")))
    assert (message.model_extra or {})["function_call"] == {
        "name": "send",
        "arguments": '{"to": "[REDACTED EMAIL]"}',
    }
