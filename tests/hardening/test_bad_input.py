"""No 5xx from what a client sends: out-of-range integers, bad JSON schemas, hostile header
text, oversized unknown fields; and an upstream stream that is empty or not a stream is a 502."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway, GatewayFactory
from tests.hardening.helpers import (
    HELLO,
    MASTER,
    config,
    create_key,
    db_of,
    post,
    rows,
    spend,
    wait_until,
)

HUGE = 1180591620717411303424  # 2**70: the seed of the issue
CHAT = "/chat/completions"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad-input")


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, stub: StubThread, work: Path) -> Gateway:
    routes = [{"id": "checked", "cascade": {"tiers": ["mini", "big"]}}]
    return start_gateway(config(stub, work, routes=routes), env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.fixture(autouse=True)
def fresh(stub: StubThread) -> Iterator[None]:
    yield
    stub.stub.stream_mode, stub.stub.text = "sse", "Hello from the stub upstream."


def chat(**extra: Any) -> dict[str, Any]:
    return {"model": "mini", "messages": HELLO, **extra}


def schema_format(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": "s", "schema": schema}}


LOOP = {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}
BAD_BODIES = [
    (CHAT, chat(max_tokens=2**64), "max_tokens"),
    (CHAT, chat(max_completion_tokens=2**64), "max_completion_tokens"),
    (CHAT, chat(seed=HUGE), "seed"),
    (CHAT, chat(seed=-(2**64)), "seed"),
    ("/completions", {"model": "mini", "prompt": "Hi", "seed": HUGE}, "seed"),
    ("/completions", {"model": "mini", "prompt": "Hi", "max_tokens": 2**64}, "max_tokens"),
    ("/embeddings", {"model": "mini", "input": [[1, 2**64]]}, "input"),
    ("/embeddings", {"model": "mini", "input": [2**64]}, "input"),
    ("/embeddings", {"model": "mini", "input": "x", "dimensions": 2**64}, "dimensions"),
    (CHAT, chat(response_format=schema_format({"type": 5})), "response_format.json_schema"),
    (CHAT, chat(response_format=schema_format(LOOP)), "response_format.json_schema"),
    (CHAT, chat(response_format=schema_format({"required": 5})), "response_format.json_schema"),
    (
        CHAT,
        chat(response_format=schema_format({"$ref": "#/nowhere"})),
        "response_format.json_schema",
    ),
    # OpenAI refuses a flag that is not a JSON boolean; before, "yes" and 1 read as true
    (CHAT, chat(stream="yes"), "stream"),
    (CHAT, chat(logprobs=1), "logprobs"),
    (CHAT, chat(stream_options={"include_usage": "no"}), "stream_options.include_usage"),
    # OpenAI refuses stream_options without a stream; before, it was ignored (probe eighteen)
    (CHAT, chat(stream_options={"include_usage": True}), "stream_options"),
    (CHAT, chat(stream=False, stream_options={}), "stream_options"),
    ("/completions", {"model": "mini", "prompt": "Hi", "stream_options": {}}, "stream_options"),
    ("/completions", {"model": "mini", "prompt": "Hi", "stream": "true"}, "stream"),
    ("/completions", {"model": "mini", "prompt": "Hi", "echo": 0}, "echo"),
    # OpenAI's limit of 4 stop sequences; before, text completions took any number (probe 18)
    (CHAT, chat(stop=list("abcde")), "stop"),
    ("/completions", {"model": "mini", "prompt": "Hi", "stop": list("abcde")}, "stop"),
    (CHAT, chat(tools=[{"type": "function", "function": {"name": "f", "x": HUGE}}]), None),
    (CHAT, chat(metadata={"n": HUGE}), None),
    # OpenAI's types as they are; before, pydantic's lax mode read "2" as 2 and true as 1
    (CHAT, chat(n="2"), "n"),
    (CHAT, chat(max_tokens=True), "max_tokens"),
    (CHAT, chat(temperature="0.5"), "temperature"),
    ("/embeddings", {"model": "mini", "input": "x", "dimensions": "8"}, "dimensions"),
    # The item at fault named; before, the whole field ("Input should be a valid string")
    (
        CHAT,
        {"model": "mini", "messages": [{"role": "user", "content": ["Hi"]}]},
        "messages.0.content.0",
    ),
    ("/embeddings", {"model": "mini", "input": ["a", 5]}, "input.1"),
    (CHAT, chat(unknown_field=HUGE), None),
    (CHAT, chat(unknown_field=list(range(70_000))), None),
]


@pytest.mark.parametrize(("path", "body", "param"), BAD_BODIES)
def test_out_of_range_input_is_a_400(
    gateway: Gateway, path: str, body: dict[str, Any], param: str | None
) -> None:
    response = post(gateway, path, body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "invalid_value"
    if param is not None:
        assert error["param"] == param


@pytest.mark.parametrize(
    ("path", "field", "number"),
    [(CHAT, "temperature", "NaN"), (CHAT, "top_p", "Infinity"), (CHAT, "top_p", "1e400"),
     ("/completions", "presence_penalty", "-Infinity"),
     # passed through to the upstream: before, a 200 and the upstream got null in its place
     (CHAT, "reasoning_effort", "NaN"), (CHAT, "my_field", "Infinity"),
     (CHAT, "prediction", "1e309"), ("/completions", "my_field", "-Infinity")],
)  # fmt: skip
def test_a_number_json_has_not_is_a_400_naming_it(
    gateway: Gateway, path: str, field: str, number: str
) -> None:
    """NaN and Infinity are not JSON, though the parser reads them (1e400 as infinity). Before,
    "temperature": NaN was refused as "less than or equal to 2", and 1e400 as too large."""
    body = chat() if path == CHAT else {"model": "mini", "prompt": "Hi"}
    raw = json.dumps(body)[:-1] + f', "{field}": {number}}}'
    assert_not_finite(gateway, path, raw, field)


def test_a_number_json_has_not_deep_in_an_unknown_field_is_a_400_naming_it(
    gateway: Gateway,
) -> None:
    raw = json.dumps(chat())[:-1] + ', "my_field": {"a": [1, NaN]}}'
    assert_not_finite(gateway, CHAT, raw, "my_field.a.1")


def assert_not_finite(gateway: Gateway, path: str, raw: str, param: str) -> None:
    """``raw`` posted to ``path`` is a 400 naming ``param`` as a number JSON has not."""
    response = gateway.http.post(
        f"{gateway.base_url}{path}",
        content=raw,
        headers={"authorization": f"Bearer {MASTER}", "content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_value", param)
    assert "finite number" in error["message"]


def test_a_huge_admin_rate_limit_is_a_400(gateway: Gateway) -> None:
    for field in ("tpm", "rpm"):
        response = post(gateway, "/admin/keys", {"name": "t", field: 2**70})
        assert response.status_code == 400, response.text
        assert response.json()["error"]["param"] == field


def test_the_huge_seed_of_the_issue_holds_no_budget(gateway: Gateway, work: Path) -> None:
    """Before: 8 requests with this seed got 500s and left $0.944 of $1 held for good."""
    secret, key_id = create_key(gateway, budget_usd="1", period="total")
    for _ in range(8):
        response = post(gateway, CHAT, chat(model="big", seed=HUGE), key=secret)
        assert response.status_code == 400
        assert response.json()["error"]["param"] == "seed"
    assert post(gateway, CHAT, chat(model="big"), key=secret).status_code == 200
    spent, reserved = spend(db_of(work), key_id)
    assert reserved == 0 and Decimal(0) < spent < Decimal("0.001")


@pytest.mark.parametrize("name", ["a\r\nSet-Cookie: x", "答案", "x" * 2000])
def test_schema_names_reach_no_header_raw(
    gateway: Gateway, stub: StubThread, work: Path, name: str
) -> None:
    """A cascade escalates because a required property is missing; the reason quotes it."""
    stub.stub.text = '{"other": 1}'
    body = chat(model="checked", response_format=schema_format({"required": [name]}))
    response = post(gateway, CHAT, body)
    assert response.status_code == 200, response.text
    header = response.headers["x-minigate-route"]
    assert header.isascii() and header.isprintable() and len(header) <= 512
    assert "\r" not in header and "\n" not in header and "set-cookie" not in response.headers
    assert header.startswith("checked; model=big; reason=escalated: json does not fit")
    # Both tier calls are billed and logged as what they were: two answers, both ok.
    answered = response.json()["id"]
    first = answered.removesuffix(".2")

    def tiers() -> dict[str, str]:
        return {r["id"]: r["status"] for r in rows(db_of(work)) if r["id"] in (first, answered)}

    assert wait_until(lambda: len(tiers()) == 2)
    assert tiers() == {first: "ok", answered: "ok"}


def test_an_upstream_stream_without_events_is_a_502(
    gateway: Gateway, stub: StubThread, work: Path
) -> None:
    secret, key_id = create_key(gateway, budget_usd="1")
    sdk = gateway.client(api_key=secret, max_retries=0)
    for mode in ("empty", "json"):
        stub.stub.stream_mode = mode
        with pytest.raises(openai.APIStatusError) as failed:
            list(sdk.chat.completions.create(model="mini", messages=HELLO, stream=True))
        assert failed.value.status_code == 502
        assert failed.value.body["code"] == "upstream_error"  # type: ignore[index]
    found = wait_until(lambda: len(rows(db_of(work), key_id)) == 2 and rows(db_of(work), key_id))
    assert [r["status"] for r in found] == ["upstream_error", "upstream_error"]
    assert spend(db_of(work), key_id)[1] == 0


def test_the_stub_streams_text_completions(gateway: Gateway) -> None:
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    chunks = list(sdk.completions.create(model="mini", prompt="Hi", stream=True))
    text = "".join(c.choices[0].text for c in chunks if c.choices)
    assert text == "Hello from the stub upstream."


def test_the_route_reasons_are_in_the_audit_trail(gateway: Gateway, stub: StubThread) -> None:
    stub.stub.text = '{"other": 1}'
    body = chat(model="checked", response_format=schema_format({"required": ["答案"]}))
    response = post(gateway, CHAT, body)
    entry = httpx.get(
        f"{gateway.base_url}/audit/{response.json()['id']}",
        headers={"authorization": f"Bearer {MASTER}"},
    ).json()
    assert "$.答案 is missing" in " ".join(entry["route"]["reasons"])
