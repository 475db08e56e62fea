"""Requests OpenAI refuses are refused here too, with its status and param, before any model
or upstream sees them."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, Gateway, InProcessGateway
from tests.conftest import upstream_model as upstream

HELLO = [{"role": "user", "content": "Hello"}]
TOOLS = [
    {"type": "function", "function": {"name": "get_weather"}},
    {"type": "function", "function": {"name": "get_time"}},
]


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"models": [upstream(stub.base_url)], "cache": {"enabled": False}})


def refused(gateway: InProcessGateway, **body: Any) -> dict[str, Any]:
    with pytest.raises(openai.BadRequestError) as error:
        gateway.client(max_retries=0).chat.completions.create(**body)
    assert isinstance(error.value.body, dict)
    return error.value.body


def test_a_tool_choice_naming_no_offered_tool_is_refused(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    """Before: forwarded to the upstream, which OpenAI answers with a 400."""
    choice = {"type": "function", "function": {"name": "nope"}}
    error = refused(gateway, model="cloud", messages=HELLO, tools=TOOLS, tool_choice=choice)
    assert (error["param"], error["code"]) == ("tool_choice", "invalid_value")
    assert "'nope'" in error["message"] and "get_weather, get_time" in error["message"]
    assert not stub.stub.received
    choice["function"]["name"] = "get_time"
    gateway.client().chat.completions.create(
        model="cloud",
        messages=HELLO,
        tools=TOOLS,  # type: ignore[arg-type]
        tool_choice=choice,  # type: ignore[arg-type]
    )
    assert stub.stub.received[-1].body["tool_choice"] == choice


SCHEMA = {"type": "object", "properties": {"a": {"type": "integer"}}}


@pytest.mark.parametrize(
    ("json_schema", "code"),
    [({"schema": SCHEMA}, "missing_required_parameter"), ({"name": "bad name!"}, "invalid_value")],
)
def test_a_json_schema_needs_a_name(
    gateway: InProcessGateway, stub: StubThread, json_schema: dict[str, Any], code: str
) -> None:
    """OpenAI requires ``name`` (1 to 64 of [a-zA-Z0-9_-]). Before: accepted, and forwarded."""
    response_format = {"type": "json_schema", "json_schema": json_schema}
    error = refused(gateway, model="cloud", messages=HELLO, response_format=response_format)
    assert (error["param"], error["code"]) == ("response_format.json_schema.name", code)
    assert not stub.stub.received


LOCAL = "smollm2-135m-instruct"


def local_refusal(local_gateway: Gateway, **body: Any) -> dict[str, Any]:
    response = local_gateway.http.post(
        "/v1/chat/completions", json={"model": LOCAL, "max_tokens": 2, **body}
    )
    assert response.status_code == 400, response.text
    error: dict[str, Any] = response.json()["error"]
    return error


def test_json_mode_on_a_local_model_needs_a_message_asking_for_json(
    local_gateway: Gateway,
) -> None:
    """OpenAI's 400, word for word. Before: a local model answered, held to JSON by its
    grammar alone."""
    error = local_refusal(local_gateway, messages=HELLO, response_format={"type": "json_object"})
    assert (error["param"], error["code"]) == ("messages", "invalid_value")
    assert error["message"] == (
        "'messages' must contain the word 'json' in some form, to use 'response_format' of "
        "type 'json_object'."
    )
    asked = [{"role": "user", "content": "Answer in JSON."}]
    answer = local_gateway.http.post(
        "/v1/chat/completions",
        json={
            "model": LOCAL,
            "messages": asked,
            "max_tokens": 2,
            "response_format": {"type": "json_object"},
        },
    )
    assert answer.status_code == 200, answer.text


FUNCTIONS = [{"name": "get_weather", "parameters": {"type": "object"}}]


@pytest.mark.parametrize("function_call", [None, "auto", {"name": "get_weather"}])
def test_a_local_model_refuses_functions_as_it_refuses_tools(
    local_gateway: Gateway, function_call: Any
) -> None:
    """Before: the deprecated ``functions`` were ignored, and the model answered in text as if
    it had chosen not to call one, while ``tools`` got this 400."""
    body = {"messages": HELLO, "functions": FUNCTIONS}
    if function_call is not None:
        body["function_call"] = function_call
    error = local_refusal(local_gateway, **body)
    assert (error["param"], error["code"]) == ("functions", "unsupported")
    # "none" asks for a text answer, which it gives, as with tool_choice "none"
    answer = local_gateway.http.post(
        "/v1/chat/completions",
        json={"model": LOCAL, "max_tokens": 2, **body, "function_call": "none"},
    )
    assert answer.status_code == 200, answer.text
