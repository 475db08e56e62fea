"""The router through the official SDK: rules, fallbacks, breakers, cascades, gateway loops.

Two stubs stand for two models with different answers: 'small' and 'big'.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from minigate.config import load_settings
from minigate.errors import ConfigError
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory, free_port
from tests.conftest import upstream_model as upstream

HELLO = [{"role": "user", "content": "Hello"}]
KEY = "sk-router-tests-0001"
BIG_KEY = "sk-router-tests-big1"
ROUTE_ONLY_KEY = "sk-router-tests-auto"
SMALL_TEXT, BIG_TEXT = "small says hi", '{"answer": 42}'
JSON_SCHEMA = {
    "type": "json_schema",
    "json_schema": {
        "name": "answer",
        "schema": {
            "type": "object",
            "required": ["answer"],
            "properties": {"answer": {"type": "integer"}},
        },
    },
}


@pytest.fixture(scope="module")
def small() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text=SMALL_TEXT))
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def big() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text=BIG_TEXT))
    yield thread
    thread.close()


@pytest.fixture(autouse=True)
def fresh_stubs(small: StubThread, big: StubThread) -> None:
    for thread, text in ((small, SMALL_TEXT), (big, BIG_TEXT)):
        thread.stub.received.clear()
        thread.stub.status, thread.stub.text, thread.stub.token_logprob = 200, text, -0.1


def models(small: StubThread, big: StubThread, **extra: Any) -> list[dict[str, Any]]:
    return [
        upstream(small.base_url, "small", upstream_model="gpt-4o-mini", max_retries=0),
        upstream(big.base_url, "big", upstream_model="gpt-4o", max_retries=0),
        *(upstream(url, name, max_retries=0) for name, url in extra.items()),
    ]


def cascade(tiers: list[str], **checks: Any) -> dict[str, Any]:
    return {"cascade": {"tiers": tiers, **checks}}


ROUTES: list[dict[str, Any]] = [
    {
        "id": "auto",
        "rules": [
            {"when": {"task": ["code", "math"]}, "target": "big"},
            {"when": {"min_prompt_tokens": 50}, "target": "big"},
            {"when": {"images": True}, "target": "big"},
            {"when": {"tools": True}, "target": "big"},
            {"when": {"max_latency_budget_ms": 500}, "target": "small"},
            {"when": {"keys": "team-big"}, "target": "big"},
        ],
        "default": "small",
    },
    {"id": "strict", "rules": [{"when": {"task": "code"}, "target": "big"}]},
    {"id": "nested", "default": "auto"},
    {"id": "checked", **cascade(["small", "big"])},
    {"id": "digits", **cascade(["small", "big"], regex=r"^\d+$")},
    {"id": "confident", **cascade(["small", "big"], min_mean_logprob=-1.0)},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("router") / "ledger.db"


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory, small: StubThread, big: StubThread, store: Path
) -> Gateway:
    config = {
        "models": models(small, big),
        "routes": ROUTES,
        "auth": {
            "api_keys": [
                {"key": KEY, "name": "team-a"},
                {"key": BIG_KEY, "name": "team-big"},
                {"key": ROUTE_ONLY_KEY, "name": "route-only", "models": ["auto"]},
            ]
        },
        "store": {"url": f"sqlite:///{store}"},
    }
    return start_gateway(config)


def ask(
    gateway: Gateway, route: str = "auto", key: str = KEY, **kwargs: Any
) -> tuple[str, dict[str, Any]]:
    """(x-minigate-route, the JSON body) of one chat request."""
    sdk = gateway.client(api_key=key, max_retries=0)
    params: dict[str, Any] = {"model": route, "messages": HELLO, **kwargs}
    raw = sdk.chat.completions.with_raw_response.create(**params)
    return raw.headers["x-minigate-route"], raw.http_response.json()


def ledger_rows(store: Path, request_id: str) -> list[tuple[str, str, str]]:
    """(id, served model, status) of the rows of one request, in attempt order."""
    with sqlite3.connect(store) as conn:
        rows = conn.execute(
            "SELECT id, served_model, status FROM requests WHERE id = ? OR id LIKE ? "
            "ORDER BY created_at",
            (request_id.split(".")[0], request_id.split(".")[0] + ".%"),
        )
        return [tuple(r) for r in rows]


def wait_for_rows(store: Path, request_id: str, count: int) -> list[tuple[str, str, str]]:
    deadline = time.monotonic() + 5
    while (rows := ledger_rows(store, request_id)) and len(rows) < count:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    return rows


# -- rules -------------------------------------------------------------------------------


def test_default_target_serves_and_says_so(gateway: Gateway, small: StubThread) -> None:
    header, body = ask(gateway)
    assert header == "auto; model=small; reason=default"
    assert body["model"] == "small"
    assert body["choices"][0]["message"]["content"] == SMALL_TEXT
    assert small.stub.received[-1].body["model"] == "gpt-4o-mini"


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"extra_headers": {"x-minigate-task": "code"}}, "rule 0 task=code"),
        ({"metadata": {"task": "math"}}, "rule 0 task=math"),
        ({"messages": [{"role": "user", "content": "x" * 200}]}, "rule 1 prompt_tokens>=50"),
        (
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "What is this?"},
                            {"type": "image_url", "image_url": {"url": "data:image/png;base64,"}},
                        ],
                    }
                ]
            },
            "rule 2 images=true",
        ),
        (
            {"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]},
            "rule 3 tools=true",
        ),
        ({"key": BIG_KEY}, "rule 5 key"),
    ],
)
def test_each_rule_routes_to_its_target(
    gateway: Gateway, big: StubThread, kwargs: dict[str, Any], reason: str
) -> None:
    header, body = ask(gateway, **kwargs)
    assert header == f"auto; model=big; reason={reason}"
    assert body["model"] == "big"
    assert len(big.stub.received) == 1


def test_latency_budget_rule_and_order(gateway: Gateway) -> None:
    fast = {"x-minigate-latency-budget-ms": "300"}
    assert ask(gateway, extra_headers=fast)[0].endswith(
        "model=small; reason=rule 4 latency_budget_ms<=500"
    )
    slow = {"x-minigate-latency-budget-ms": "3000"}
    assert ask(gateway, extra_headers=slow)[0].endswith("reason=default")
    # First match wins: the task rule comes before the budget rule.
    both = {**fast, "x-minigate-task": "code"}
    assert "model=big; reason=rule 0" in ask(gateway, extra_headers=both)[0]


def test_bad_latency_budget_is_a_400(gateway: Gateway) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        ask(gateway, extra_headers={"x-minigate-latency-budget-ms": "soon"})
    assert caught.value.code == "invalid_value"


def test_unroutable_request_is_a_400_no_route(gateway: Gateway, big: StubThread) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        ask(gateway, "strict")
    assert (caught.value.status_code, caught.value.code) == (400, "no_route")
    assert "no default" in caught.value.message
    assert ask(gateway, "strict", extra_headers={"x-minigate-task": "code"})[1]["model"] == "big"


def test_a_route_can_target_a_route(gateway: Gateway) -> None:
    header, _ = ask(gateway, "nested", extra_headers={"x-minigate-task": "code"})
    assert header == "nested; model=big; reason=default, rule 0 task=code"


def test_models_lists_routes(gateway: Gateway) -> None:
    listed = gateway.client(api_key=KEY).models.list()
    cards = {m.id: m.owned_by for m in listed}
    # A Unix time of this year or later (before: 0, read as 1970 by clients that show it).
    assert all(m.created > 1_700_000_000 for m in listed)
    assert cards["small"] == "upstream"
    assert {r["id"] for r in ROUTES} <= {k for k, v in cards.items() if v == "minigate-route"}


def test_a_key_may_be_limited_to_a_route(gateway: Gateway) -> None:
    assert ask(gateway, key=ROUTE_ONLY_KEY)[1]["model"] == "small"
    for model in ("small", "strict"):
        with pytest.raises(openai.PermissionDeniedError):
            ask(gateway, model, key=ROUTE_ONLY_KEY)
    cards = gateway.client(api_key=ROUTE_ONLY_KEY).models.list()
    assert [(m.id, m.owned_by) for m in cards] == [("auto", "minigate-route")]


def test_routes_serve_chat_only(gateway: Gateway) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        gateway.client(api_key=KEY, max_retries=0).embeddings.create(model="auto", input="x")
    assert caught.value.code == "unsupported"


# -- cascade -----------------------------------------------------------------------------


def test_cascade_escalates_an_invalid_json_answer(
    gateway: Gateway, small: StubThread, big: StubThread, store: Path
) -> None:
    header, body = ask(gateway, "checked", response_format={"type": "json_object"})
    assert header == "checked; model=big; reason=escalated: invalid json"
    assert body["model"] == "big" and body["choices"][0]["message"]["content"] == BIG_TEXT
    assert (len(small.stub.received), len(big.stub.received)) == (1, 1)
    rows = wait_for_rows(store, body["id"], 2)
    first = body["id"].removesuffix(".2")
    assert rows == [(first, "small", "ok"), (body["id"], "big", "ok")]


def test_cascade_keeps_a_valid_answer(
    gateway: Gateway, small: StubThread, big: StubThread, store: Path
) -> None:
    small.stub.text = '{"answer": 1}'
    header, body = ask(gateway, "checked", response_format=JSON_SCHEMA)
    assert header == "checked; model=small; reason=passed checks"
    assert len(big.stub.received) == 0
    assert wait_for_rows(store, body["id"], 1) == [(body["id"], "small", "ok")]


def test_cascade_checks_the_json_schema(gateway: Gateway, small: StubThread) -> None:
    for text, why in [
        ('{"other": 1}', "$.answer is missing"),
        ('{"answer": "x"}', "$.answer is not integer"),
    ]:
        small.stub.text = text
        header, _ = ask(gateway, "checked", response_format=JSON_SCHEMA)
        assert (
            header == f"checked; model=big; reason=escalated: json does not fit the schema: {why}"
        )


def test_cascade_regex(gateway: Gateway, small: StubThread) -> None:
    assert ask(gateway, "digits")[0] == "digits; model=big; reason=escalated: no regex match"
    small.stub.text = "42"
    assert ask(gateway, "digits")[0] == "digits; model=small; reason=passed checks"


def test_cascade_confidence_from_logprobs(
    gateway: Gateway, small: StubThread, big: StubThread
) -> None:
    header, body = ask(gateway, "confident")
    assert header == "confident; model=small; reason=passed: mean logprob -0.10"
    assert small.stub.received[-1].body["logprobs"] is True
    assert body["choices"][0].get("logprobs") is None  # asked for by us, not by the client
    small.stub.token_logprob = -2.5
    header, _ = ask(gateway, "confident")
    assert header == "confident; model=big; reason=escalated: mean logprob -2.50 < -1"
    assert "logprobs" not in big.stub.received[-1].body  # the last tier is not judged


def test_streamed_cascade_replays_the_accepted_answer(gateway: Gateway) -> None:
    sdk = gateway.client(api_key=KEY, max_retries=0)
    with sdk.chat.completions.with_streaming_response.create(
        model="checked",
        messages=HELLO,
        response_format={"type": "json_object"},
        stream=True,
        stream_options={"include_usage": True},
    ) as response:
        header = response.headers["x-minigate-route"]
        chunks = list(response.parse())
    assert header == "checked; model=big; reason=escalated: invalid json"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == BIG_TEXT
    assert {c.model for c in chunks} == {"big"}
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 15


# -- fallbacks and the circuit breaker ---------------------------------------------------


@pytest.fixture(scope="module")
def flaky() -> Iterator[StubThread]:
    """The upstream of model ``flaky`` (only the breaker's test asks it)."""
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def resilient(
    start_gateway: GatewayFactory,
    small: StubThread,
    big: StubThread,
    flaky: StubThread,
    store: Path,
) -> Gateway:
    """One gateway for the fallback and breaker tests: each asks its own route, and the
    breaker's state is per model (``flaky`` for one, ``dead`` for the other)."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    config = {
        "models": models(small, big, flaky=flaky.base_url, dead=dead),
        "routes": [
            {"id": "flaky-first", "default": {"to": "flaky", "fallbacks": ["small"]}},
            {"id": "dead-first", "default": {"to": "dead", "fallbacks": ["big", "small"]}},
        ],
        "router": {"breaker_failures": 2, "breaker_cooldown_s": 0.5},
        "store": {"url": f"sqlite:///{store}"},
    }
    return start_gateway(config)


def circuit_state(gateway: Gateway, model: str) -> float:
    for line in httpx.get(f"{gateway.url}/metrics").text.splitlines():
        if line.startswith(f'minigate_circuit_state{{model="{model}"}}'):
            return float(line.split()[-1])
    return 0.0


def test_fallback_when_the_first_target_is_down(resilient: Gateway, store: Path) -> None:
    header, body = ask(resilient, "dead-first")
    assert header == (
        "dead-first; model=big; reason=default, fallback after dead upstream_unavailable"
    )
    assert body["choices"][0]["message"]["content"] == BIG_TEXT
    first = body["id"].removesuffix(".2")
    assert wait_for_rows(store, body["id"], 2) == [
        (first, "dead", "upstream_unavailable"),
        (body["id"], "big", "ok"),
    ]
    chunks = list(
        resilient.client(max_retries=0).chat.completions.create(
            model="dead-first", messages=HELLO, stream=True
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == BIG_TEXT


def test_breaker_opens_then_closes_after_cool_down(
    resilient: Gateway, flaky: StubThread, small: StubThread
) -> None:
    stub = flaky
    assert not stub.stub.received and circuit_state(resilient, "flaky") == 0
    stub.stub.status = 500
    for _ in range(2):
        assert ask(resilient, "flaky-first")[0].endswith("fallback after flaky upstream_error")
    assert len(stub.stub.received) == 2
    assert circuit_state(resilient, "flaky") == 1
    header, _ = ask(resilient, "flaky-first")
    assert header.endswith("model=small; reason=default, fallback after flaky circuit_open")
    assert len(stub.stub.received) == 2  # open: not called at all
    metrics = httpx.get(f"{resilient.url}/metrics").text
    skipped = 'model="flaky",outcome="circuit_open",route="flaky-first"} 1.0'
    assert f"minigate_route_attempts_total{{{skipped}" in metrics
    stub.stub.status = 200
    time.sleep(0.6)
    header, _ = ask(resilient, "flaky-first")  # the half-open probe succeeds
    assert header == "flaky-first; model=flaky; reason=default"
    assert len(stub.stub.received) == 3 and circuit_state(resilient, "flaky") == 0


# -- configuration and loops -------------------------------------------------------------


@pytest.mark.parametrize(
    ("routes", "named"),
    [
        ([{"id": "r", "default": "nope"}], "routes.0.default names 'nope'"),
        (
            [{"id": "r", "rules": [{"when": {}, "target": {"to": "a", "fallbacks": ["x"]}}]}],
            "routes.0.rules.0.target.fallbacks.0 names 'x'",
        ),
        ([{"id": "r", "cascade": {"tiers": ["a", "zz"]}}], "routes.0.cascade.tiers.1 names 'zz'"),
        ([{"id": "a", "default": "a"}], "routes.0.id 'a' is already a model"),
        ([{"id": "r", "default": "s"}, {"id": "s", "default": "r"}], "cycle: r -> s -> r"),
        ([{"id": "r", "cascade": {"tiers": ["a", "a"], "regex": "("}}], "regex does not compile"),
        ([{"id": "r"}], "a route needs rules, a default, a cascade or a learned router"),
        (
            [{"id": "r", "default": "a", "rules": [{"when": {"colour": "red"}, "target": "a"}]}],
            "colour",
        ),
    ],
)
def test_bad_routes_fail_at_load_naming_the_key(
    tmp_path: Path, routes: list[dict[str, Any]], named: str
) -> None:
    path = tmp_path / "minigate.yaml"
    config = {"models": [upstream("http://127.0.0.1:1/v1", "a")], "routes": routes}
    path.write_text(yaml.safe_dump(config))
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert named in str(caught.value)


def test_serve_refuses_a_route_to_an_unknown_model(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    config = {
        "models": [upstream("http://127.0.0.1:1/v1", "a")],
        "routes": [{"id": "r", "default": "b"}],
    }
    path.write_text(yaml.safe_dump(config))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "serve", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "routes.0.default names 'b'" in result.stderr and "Traceback" not in result.stderr


def test_gateways_forwarding_to_each_other_are_stopped(start_gateway: GatewayFactory) -> None:
    port_a, port_b = free_port(), free_port()
    to = {"a": f"http://127.0.0.1:{port_b}/v1", "b": f"http://127.0.0.1:{port_a}/v1"}
    for name, port in (("a", port_a), ("b", port_b)):
        model = upstream(to[name], "loop", max_retries=0)
        start_gateway({"models": [model], "cache": {"enabled": False}}, port=port)
    sdk = openai.OpenAI(base_url=f"http://127.0.0.1:{port_a}/v1", api_key="x", max_retries=0)
    with pytest.raises(openai.APIStatusError) as caught:
        sdk.chat.completions.create(model="loop", messages=HELLO)
    sdk.close()
    assert (caught.value.status_code, caught.value.code) == (508, "loop_detected")
    assert "passed through 8 gateways" in caught.value.message
