"""Chat messages of a shape OpenAI's API refuses get its 400 here, naming the part, and never
reach an upstream; every shape OpenAI accepts is forwarded as it was sent."""

from __future__ import annotations

from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, Gateway, InProcessGateway
from tests.conftest import upstream_model as upstream

USER = {"role": "user", "content": "Hi"}
CALL = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
MISSING, INVALID = "missing_required_parameter", "invalid_value"


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"models": [upstream(stub.base_url)]})


def _parts(*parts: dict[str, Any], role: str = "user") -> list[dict[str, Any]]:
    return [{"role": role, "content": list(parts)}]


REFUSED: list[tuple[list[dict[str, Any]], str, str]] = [
    ([USER, {"role": "tool", "content": "42"}], "messages.1.tool_call_id", MISSING),
    ([USER, {"role": "assistant"}], "messages.1.content", MISSING),
    ([USER, {"role": "assistant", "content": None, "tool_calls": []}], "messages.1.content",
     MISSING),
    ([{"role": "user"}], "messages.0.content", MISSING),
    ([{"role": "user", "content": None}], "messages.0.content", INVALID),
    ([{"role": "system", "content": None}, USER], "messages.0.content", INVALID),
    ([{"role": "function", "content": "42"}], "messages.0.name", MISSING),
    ([{"role": "function", "name": "f", "content": [{"type": "text", "text": "x"}]}],
     "messages.0.content", INVALID),
    (_parts(), "messages.0.content", INVALID),
    (_parts({"type": "input_text", "text": "x"}), "messages.0.content.0.type", INVALID),
    (_parts({"type": ["text"], "text": "x"}), "messages.0.content.0.type", INVALID),
    (_parts({"text": "x"}), "messages.0.content.0.type", MISSING),
    (_parts({"type": "text", "text": "x"}, {"type": "text"}), "messages.0.content.1.text", MISSING),
    (_parts({"type": "text", "text": 7}), "messages.0.content.0.text", INVALID),
    (_parts({"type": "image_url", "image_url": "https://x/a.png"}),
     "messages.0.content.0.image_url", INVALID),
    (_parts({"type": "image_url", "image_url": {}}), "messages.0.content.0.image_url.url", MISSING),
    (_parts({"type": "input_audio", "input_audio": {"data": "AAAA"}}),
     "messages.0.content.0.input_audio.format", MISSING),
    (_parts({"type": "refusal", "refusal": "no"}), "messages.0.content.0.type", INVALID),
    ([*_parts({"type": "image_url", "image_url": {"url": "https://x/a.png"}}, role="system"), USER],
     "messages.0.content.0.type", INVALID),
    (_parts({"type": "file", "file": {"file_id": "f"}}, role="tool"), "messages.0.content.0.type",
     INVALID),
    ([USER, {"role": "assistant", "tool_calls": [{**CALL, "id": None}]}],
     "messages.1.tool_calls.0.id", MISSING),
    ([USER, {"role": "assistant", "tool_calls": [{"id": "c", "function": CALL["function"]}]}],
     "messages.1.tool_calls.0.type", MISSING),
    ([USER, {"role": "assistant", "tool_calls": [{**CALL, "type": "fn"}]}],
     "messages.1.tool_calls.0.type", INVALID),
    ([USER, {"role": "assistant", "tool_calls": [{**CALL, "function": {"name": "f"}}]}],
     "messages.1.tool_calls.0.function.arguments", MISSING),
    ([USER, {"role": "assistant", "tool_calls": [{**CALL, "function": "f()"}]}],
     "messages.1.tool_calls.0.function", INVALID),
    ([USER, {"role": "assistant", "function_call": "f()"}], "messages.1.function_call", INVALID),
    ([USER, {"role": "assistant", "function_call": {"name": "f"}}],
     "messages.1.function_call.arguments", MISSING),
    ([USER, {"role": "assistant", "function_call": {"name": 7, "arguments": "{}"}}],
     "messages.1.function_call.name", INVALID),
    # a tool message answers a call of the assistant message before it, and every call is
    # answered before the conversation goes on
    ([USER, {"role": "tool", "tool_call_id": "call_1", "content": "42"}],
     "messages.1.tool_call_id", INVALID),
    ([USER, {"role": "assistant", "tool_calls": [CALL]},
      {"role": "tool", "tool_call_id": "call_2", "content": "42"}], "messages.2.tool_call_id",
     INVALID),
    ([USER, {"role": "assistant", "tool_calls": [CALL]},
      {"role": "tool", "tool_call_id": "call_1", "content": "42"},
      {"role": "tool", "tool_call_id": "call_1", "content": "42"}], "messages.3.tool_call_id",
     INVALID),
    ([USER, {"role": "assistant", "tool_calls": [CALL]}], "messages.1.tool_calls.0.id", INVALID),
    ([USER, {"role": "assistant", "tool_calls": [CALL, {**CALL, "id": "call_2"}]},
      {"role": "tool", "tool_call_id": "call_1", "content": "42"}, USER],
     "messages.1.tool_calls.1.id", INVALID),
]  # fmt: skip


@pytest.mark.parametrize(("messages", "param", "code"), REFUSED)
def test_a_shape_openai_refuses_is_a_400_naming_it(
    gateway: InProcessGateway,
    stub: StubThread,
    messages: list[dict[str, Any]],
    param: str,
    code: str,
) -> None:
    """Before: each was forwarded to the upstream as it was (a 200 from this stub)."""
    response = gateway.http.post(
        "/v1/chat/completions", json={"model": "cloud", "messages": messages}
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["type"], error["param"], error["code"]) == ("invalid_request_error", param, code)
    assert f"'{param}'" in error["message"]
    assert not stub.stub.received


ACCEPTED: list[list[dict[str, Any]]] = [
    [{"role": "developer", "content": [{"type": "text", "text": "Be brief."}]}, USER],
    [USER, {"role": "assistant", "content": None, "tool_calls": [CALL]},
     {"role": "tool", "tool_call_id": "call_1", "content": [{"type": "text", "text": "42"}]}],
    [USER, {"role": "assistant", "tool_calls": [{"id": "c", "type": "custom",
                                                 "custom": {"name": "g", "input": "x"}}]},
     {"role": "tool", "tool_call_id": "c", "content": "ok"}],
    [USER, {"role": "assistant", "content": "", "tool_calls": [CALL, {**CALL, "id": "call_2"}]},
     {"role": "tool", "tool_call_id": "call_2", "content": "b"},
     {"role": "tool", "tool_call_id": "call_1", "content": "a"}, USER],
    [USER, {"role": "assistant", "content": [{"type": "refusal", "refusal": "No."}]}, USER],
    # OpenAI's answer to a refused structured output, appended to the history as it came
    [USER, {"role": "assistant", "content": None, "refusal": "I can't help with that."}, USER],
    [USER, {"role": "assistant", "function_call": {"name": "f", "arguments": "{}"}},
     {"role": "function", "name": "f", "content": None}],
    _parts({"type": "text", "text": "What is it?"},
           {"type": "image_url", "image_url": {"url": "https://x/a.png", "detail": "low"}},
           {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
           {"type": "file", "file": {"file_id": "file-abc"}}),
    [{"role": "user", "content": "", "name": "ann", "extra": {"kept": True}}],
]  # fmt: skip


@pytest.mark.parametrize("messages", ACCEPTED)
def test_every_shape_openai_accepts_is_forwarded_as_sent(
    gateway: InProcessGateway, stub: StubThread, messages: list[dict[str, Any]]
) -> None:
    sdk = gateway.client()
    answer = sdk.chat.completions.create(model="cloud", messages=messages)  # type: ignore[arg-type]
    assert answer.choices[0].message.content
    [received] = stub.stub.received
    # as sent, but for null fields, which the gateway never forwards
    assert received.body["messages"] == [
        {k: v for k, v in m.items() if v is not None} for m in messages
    ]


REFUSED_TURN = {"role": "assistant", "content": None, "refusal": "I can't help with that."}


def test_a_local_model_reads_a_refused_turn_as_what_the_assistant_said(
    local_gateway: Gateway,
) -> None:
    """Before: a 400 missing_required_parameter on messages.1.content, for the message OpenAI
    itself returns when it refuses. A local model reads the refusal as the turn's text."""
    answer = local_gateway.client(max_retries=0).chat.completions.create(
        model="smollm2-135m-instruct",
        messages=[USER, REFUSED_TURN, {"role": "user", "content": "Why not?"}],  # type: ignore[list-item]
        max_tokens=2,
        temperature=0,
    )
    assert answer.choices[0].finish_reason == "length"
    # the refusal's words are counted in the prompt, as the turn's text
    shorter = local_gateway.client(max_retries=0).chat.completions.create(
        model="smollm2-135m-instruct",
        messages=[
            USER,
            {**REFUSED_TURN, "refusal": "No."},
            {"role": "user", "content": "Why not?"},
        ],  # type: ignore[list-item]
        max_tokens=2,
        temperature=0,
    )
    assert answer.usage and shorter.usage
    assert answer.usage.prompt_tokens > shorter.usage.prompt_tokens
