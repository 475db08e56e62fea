"""Requests OpenAI refuses are refused here too, with its status and param, before any model
or upstream sees them."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
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
