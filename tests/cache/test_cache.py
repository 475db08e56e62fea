"""The response cache (SQLite store) through the official SDK, with the stub as the model."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from minigate.config import load_settings
from minigate.errors import ConfigError
from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread
from tests.conftest import AnyGateway, AppFactory, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.lifecycle.test_lora import fake_adapter

HELLO = [{"role": "user", "content": "Hello"}]
MASTER = "sk-master-0123456789"


def cache_config(stub: StubThread, **cache: Any) -> dict[str, Any]:
    return {"models": [upstream(stub.base_url)], "cache": cache}


def ask(sdk: openai.OpenAI, **kwargs: Any) -> tuple[str, str | None, dict[str, Any]]:
    """(x-minigate-cache, the similarity header, the JSON body) of one chat request."""
    params: dict[str, Any] = {"model": "cloud", "messages": HELLO, "temperature": 0, **kwargs}
    raw = sdk.chat.completions.with_raw_response.create(**params)
    return (
        raw.headers["x-minigate-cache"],
        raw.headers.get("x-minigate-cache-similarity"),
        raw.http_response.json(),
    )


def chat_calls(stub: StubThread) -> int:
    return sum(r.path.endswith("/chat/completions") for r in stub.stub.received)


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> AnyGateway:
    """In-process: the cache's behaviour does not depend on how requests arrive."""
    return start_app(cache_config(stub))


def test_second_identical_request_is_a_byte_identical_hit(
    gateway: AnyGateway, stub: StubThread
) -> None:
    sdk = gateway.client()
    first, _, miss = ask(sdk)
    second, similarity, hit = ask(sdk)
    assert (first, second, similarity) == ("miss", "hit", "1.0000")
    assert hit["choices"] == miss["choices"]
    assert hit["choices"][0]["message"]["content"] == COMPLETION_TEXT
    assert hit["usage"] == miss["usage"]
    assert hit["id"] != miss["id"]  # each response keeps its own request id
    assert chat_calls(stub) == 1


def test_anything_that_changes_the_answer_changes_the_key(
    gateway: AnyGateway, stub: StubThread
) -> None:
    sdk = gateway.client()
    variants: list[dict[str, Any]] = [
        {},
        {"max_tokens": 5},
        {"seed": 1},
        {"stop": ["x"]},
        {"messages": [{"role": "system", "content": "Be brief."}, *HELLO]},
        {"response_format": {"type": "json_object"}},
    ]
    assert [ask(sdk, **v)[0] for v in variants] == ["miss"] * len(variants)
    assert ask(sdk, max_completion_tokens=5)[0] == "hit"  # the other spelling of max_tokens
    assert ask(sdk, user="someone", metadata={"a": "b"})[0] == "hit"
    assert chat_calls(stub) == len(variants)


def test_non_deterministic_requests_bypass_the_cache(gateway: AnyGateway, stub: StubThread) -> None:
    sdk = gateway.client()
    assert [ask(sdk, temperature=0.7)[0] for _ in range(2)] == ["bypass", "bypass"]
    assert ask(sdk, temperature=0.7, seed=3)[0] == "miss"  # a seed makes it deterministic
    assert chat_calls(stub) == 3


def test_only_deterministic_can_be_turned_off(start_app: AppFactory, stub: StubThread) -> None:
    sdk = start_app(cache_config(stub, only_deterministic=False)).client()
    assert [ask(sdk, temperature=None)[0] for _ in range(2)] == ["miss", "hit"]


def test_no_cache_forces_a_miss_and_refreshes(gateway: AnyGateway, stub: StubThread) -> None:
    sdk = gateway.client()
    assert ask(sdk)[0] == "miss"
    assert ask(sdk, extra_headers={"Cache-Control": "no-cache"})[0] == "miss"
    assert ask(sdk, extra_body={"cache": {"no_cache": True}})[0] == "miss"
    assert ask(sdk)[0] == "hit"
    assert chat_calls(stub) == 3
    assert all("cache" not in r.body for r in stub.stub.received)  # ours, never forwarded


def test_no_store_neither_reads_nor_writes(gateway: AnyGateway, stub: StubThread) -> None:
    sdk = gateway.client()
    assert ask(sdk, extra_headers={"Cache-Control": "max-age=0, no-store"})[0] == "bypass"
    assert ask(sdk, extra_body={"cache": {"no_store": True}})[0] == "bypass"
    assert ask(sdk)[0] == "miss"
    assert ask(sdk, extra_headers={"Cache-Control": "no-store"})[0] == "bypass"
    assert chat_calls(stub) == 4


@pytest.mark.parametrize(
    "header", ["no-cache,,no-store", "no cache", "no-cache=", "=x", 'no-store="unterminated']
)
def test_malformed_cache_control_is_a_400(
    gateway: AnyGateway, stub: StubThread, header: str
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        ask(gateway.client(max_retries=0), extra_headers={"Cache-Control": header})
    assert caught.value.status_code == 400
    assert caught.value.code == "invalid_value"
    assert caught.value.param == "cache-control"
    assert chat_calls(stub) == 0


@pytest.mark.parametrize(
    ("field", "param"),
    [({"no_cache": "yes"}, "cache.no_cache"), ({"refresh": True}, "cache.refresh"), (1, "cache")],
)
def test_malformed_cache_field_is_a_400(
    gateway: AnyGateway, stub: StubThread, field: Any, param: str
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        ask(gateway.client(max_retries=0), extra_body={"cache": field})
    assert (caught.value.code, caught.value.param) == ("invalid_value", param)
    assert chat_calls(stub) == 0


def test_tenants_never_share_entries(start_app: AppFactory, stub: StubThread) -> None:
    keys = [{"key": "sk-tenant-a-0123", "name": "a"}, {"key": "sk-tenant-b-0123", "name": "b"}]
    config = {**cache_config(stub), "auth": {"api_keys": keys}}
    gateway = start_app(config)
    alice, bob = gateway.client("sk-tenant-a-0123"), gateway.client("sk-tenant-b-0123")
    assert ask(alice)[0] == "miss"
    assert ask(bob)[0] == "miss"
    assert ask(alice)[0] == "hit"
    assert ask(bob)[0] == "hit"
    assert chat_calls(stub) == 2


def test_tenant_header_namespaces(start_app: AppFactory, stub: StubThread) -> None:
    sdk = start_app(cache_config(stub, tenant_header="x-tenant")).client()
    assert ask(sdk, extra_headers={"x-tenant": "acme"})[0] == "miss"
    assert ask(sdk, extra_headers={"x-tenant": "globex"})[0] == "miss"
    assert ask(sdk)[0] == "miss"
    assert ask(sdk, extra_headers={"x-tenant": "acme"})[0] == "hit"


def two_keys(stub: StubThread, **cache: Any) -> dict[str, Any]:
    keys = [{"key": "sk-tenant-a-0123", "name": "a"}, {"key": "sk-tenant-b-0123", "name": "b"}]
    return {**cache_config(stub, tenant_header="x-tenant", **cache), "auth": {"api_keys": keys}}


def test_a_tenant_header_never_reaches_another_keys_entries(
    start_app: AppFactory, stub: StubThread
) -> None:
    """Before: bob sent x-tenant: t-alice with alice's prompt and got her cached answer (hit,
    $0): nothing tied the header to the key (probe sec9). Now: a tenant's entries are its
    key's, unless the operator shares them across keys (cache.tenant_across_keys)."""
    gateway = start_app(two_keys(stub))
    alice, bob = gateway.client("sk-tenant-a-0123"), gateway.client("sk-tenant-b-0123")
    as_alice = {"x-tenant": "t-alice"}
    assert ask(alice, extra_headers=as_alice)[0] == "miss"
    assert ask(bob, extra_headers=as_alice)[0] == "miss"
    assert ask(alice, extra_headers=as_alice)[0] == "hit"
    assert ask(alice, extra_headers={"x-tenant": "t-other"})[0] == "miss"
    assert chat_calls(stub) == 3


def test_tenants_shared_across_keys_are_the_operators_choice_and_warned_of(
    start_app: AppFactory, stub: StubThread, caplog: pytest.LogCaptureFixture
) -> None:
    gateway = start_app(two_keys(stub, tenant_across_keys=True))
    assert "any key that sends the x-tenant header reads the cached answers" in caplog.text
    alice, bob = gateway.client("sk-tenant-a-0123"), gateway.client("sk-tenant-b-0123")
    assert ask(alice, extra_headers={"x-tenant": "acme"})[0] == "miss"
    assert ask(bob, extra_headers={"x-tenant": "acme"})[0] == "hit"


def test_entries_expire_after_the_ttl(start_app: AppFactory, stub: StubThread) -> None:
    sdk = start_app(cache_config(stub, ttl_s=0.5)).client()
    assert [ask(sdk)[0] for _ in range(2)] == ["miss", "hit"]
    time.sleep(0.8)
    assert ask(sdk)[0] == "miss"


def test_least_recently_used_is_evicted(start_app: AppFactory, stub: StubThread) -> None:
    sdk = start_app(cache_config(stub, max_entries=2)).client()
    assert [ask(sdk, seed=s)[0] for s in (1, 2)] == ["miss", "miss"]
    assert ask(sdk, seed=1)[0] == "hit"  # seed 2 is now the least recently used
    assert ask(sdk, seed=3)[0] == "miss"
    assert [ask(sdk, seed=s)[0] for s in (1, 3, 2)] == ["hit", "hit", "miss"]


def test_oversized_entries_are_not_stored(start_app: AppFactory, stub: StubThread) -> None:
    sdk = start_app(cache_config(stub, max_entry_bytes=64)).client()
    assert [ask(sdk)[0] for _ in range(2)] == ["miss", "miss"]
    assert chat_calls(stub) == 2


def test_a_streamed_hit_is_a_valid_sse_stream(gateway: AnyGateway, stub: StubThread) -> None:
    sdk = gateway.client()
    _, _, stored = ask(sdk)
    raw = sdk.chat.completions.with_raw_response.create(
        model="cloud",
        messages=HELLO,  # type: ignore[arg-type]
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    assert raw.headers["x-minigate-cache"] == "hit"
    assert raw.headers["content-type"].startswith("text/event-stream")
    chunks = list(raw.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == stored["choices"][0]["message"]["content"]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens == stored["usage"]["total_tokens"]
    assert len({c.id for c in chunks}) == 1
    assert chat_calls(stub) == 1


def test_a_streamed_miss_is_stored_once_complete(gateway: AnyGateway, stub: StubThread) -> None:
    sdk = gateway.client()
    streamed = list(
        sdk.chat.completions.create(model="cloud", messages=HELLO, temperature=0, stream=True)  # type: ignore[arg-type]
    )
    assert all(c.usage is None for c in streamed)  # not asked for, so not sent
    status, _, body = ask(sdk)
    assert status == "hit"
    assert body["choices"][0]["message"]["content"] == COMPLETION_TEXT
    assert body["usage"]["total_tokens"] > 0  # kept from the upstream's usage
    assert chat_calls(stub) == 1


def test_a_stream_left_early_is_not_stored(start_gateway: GatewayFactory, stub: StubThread) -> None:
    gateway = start_gateway(cache_config(stub))  # a real server: the client leaves a socket
    stub.stub.stream_delay_s = 0.3
    sdk = gateway.client(max_retries=0)
    stream = sdk.chat.completions.create(
        model="cloud",
        messages=HELLO,  # type: ignore[arg-type]
        temperature=0,
        stream=True,
    )
    next(iter(stream))
    stream.close()
    stub.stub.stream_delay_s = 0
    time.sleep(3)  # longer than the whole stream would have lasted
    assert ask(sdk)[0] == "miss"


def test_other_endpoints_pass_through(gateway: AnyGateway, stub: StubThread) -> None:
    sdk = gateway.client()
    for _ in range(2):
        raw = sdk.embeddings.with_raw_response.create(model="cloud", input="hi")
        assert "x-minigate-cache" not in raw.headers
        raw_completion = sdk.completions.with_raw_response.create(
            model="cloud", prompt="Hi", temperature=0
        )
        assert "x-minigate-cache" not in raw_completion.headers
    assert len(stub.stub.received) == 4


def test_unknown_models_are_still_refused(gateway: AnyGateway) -> None:
    with pytest.raises(openai.NotFoundError):
        ask(gateway.client(max_retries=0), model="nope")


def test_disabled_cache_adds_nothing(start_app: AppFactory, stub: StubThread) -> None:
    gateway = start_app(cache_config(stub, enabled=False))
    raw = gateway.client().chat.completions.with_raw_response.create(
        model="cloud",
        messages=HELLO,  # type: ignore[arg-type]
        temperature=0,
        extra_body={"cache": {"no_cache": True}},
    )
    assert "x-minigate-cache" not in raw.headers
    assert "cache" not in stub.stub.received[-1].body
    assert gateway.http.get("/health").json()["cache"]["status"] == "disabled"


def test_health_reports_the_cache(gateway: AnyGateway) -> None:
    health = gateway.http.get("/health").json()
    assert health["status"] == "ok"
    assert health["cache"] == {"backend": "sqlite", "semantic": False, "status": "ok"}


# -- admin API and CLI ----------------------------------------------------------------------


@pytest.fixture
def guarded(start_app: AppFactory, stub: StubThread) -> AnyGateway:
    keys = [{"key": "sk-tenant-a-0123", "name": "a"}]
    config = {
        "models": [upstream(stub.base_url), upstream(stub.base_url, "other")],
        "auth": {"master_key": MASTER, "api_keys": keys},
    }
    return start_app(config)


def admin(
    gateway: AnyGateway, method: str, path: str, key: str = MASTER, **kw: Any
) -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"}
    return gateway.http.request(method, f"/v1/admin/cache/{path}", headers=headers, **kw)


def test_admin_api_needs_the_master_key(guarded: AnyGateway) -> None:
    assert admin(guarded, "GET", "stats", key="wrong-key-0000").status_code == 401
    refused = admin(guarded, "GET", "stats", key="sk-tenant-a-0123")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    assert admin(guarded, "POST", "clear", key="sk-tenant-a-0123").status_code == 403


def test_admin_api_stats_invalidate_clear(guarded: AnyGateway) -> None:
    tenant = guarded.client("sk-tenant-a-0123")
    ask(tenant)
    ask(tenant, model="other")
    ask(guarded.client(MASTER))
    stats = admin(guarded, "GET", "stats").json()
    assert stats["store"]["entries"] == 3
    assert stats["store"]["models"] == {"cloud": 2, "other": 1}
    assert stats["store"]["namespaces"] == 2
    assert stats["this_process"]["miss"] == 3
    assert "sk-tenant" not in json.dumps(stats)  # keys are hashed, never shown

    bad = admin(guarded, "POST", "invalidate", json={})
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, "missing_required_parameter")
    assert admin(guarded, "POST", "invalidate", json={"model": "other"}).json() == {"deleted": 1}
    assert ask(tenant)[0] == "hit"
    gone = admin(guarded, "POST", "invalidate", json={"api_key": "sk-tenant-a-0123"})
    assert gone.json() == {"deleted": 1}
    assert ask(tenant)[0] == "miss"
    assert admin(guarded, "POST", "clear").json() == {"deleted": 2}
    assert admin(guarded, "GET", "stats").json()["store"]["entries"] == 0


def minigate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_reads_and_empties_the_gateways_store(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite3"
    gateway = start_app(cache_config(stub, sqlite_path=str(path)))
    sdk = gateway.client()
    ask(sdk)
    ask(sdk)
    ask(sdk, seed=1)
    config = tmp_path / "minigate.yaml"
    config.write_text(json.dumps(cache_config(stub, sqlite_path=str(path))))
    stats = minigate("cache", "stats", "--config", str(config), cwd=tmp_path)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout) | {"bytes": 0} == {
        "backend": "sqlite",
        "entries": 2,
        "bytes": 0,
        "hits": 1,
        "models": {"cloud": 2},
        "namespaces": 1,
    }
    result = minigate(
        "cache", "invalidate", "--model", "cloud", "--config", str(config), cwd=tmp_path
    )
    assert json.loads(result.stdout) == {"deleted": 2}
    assert ask(sdk)[0] == "miss"
    cleared = minigate("cache", "clear", "--config", str(config), cwd=tmp_path)
    assert json.loads(cleared.stdout) == {"deleted": 1}
    missing = minigate("cache", "invalidate", "--config", str(config), cwd=tmp_path)
    assert missing.returncode == 2  # a usage error (tests/cli/test_cli.py)
    assert "Name what to invalidate" in missing.stderr
    assert "Example" in minigate("cache", "invalidate", "--help", cwd=tmp_path).stdout


@pytest.mark.model
def test_adapter_answers_are_cached_under_their_own_name(
    start_app: AppFactory, tmp_path: Path
) -> None:
    """Before: a request to a LoRA adapter ('model:adapter') skipped the cache without saying
    so: no x-minigate-cache header, audit "cache": null, and a malformed cache field was a 400
    on the base model but 200 on the adapter. Now: adapter answers are cached, keyed by the
    full name (base and adapter answers never mix), and the field is checked alike."""
    adapter = fake_adapter(tmp_path / "zero.gguf", "llama", 576)  # SmolLM2-135M's width
    base = "smollm2-135m-instruct"
    model = {"id": base, "backend": "llama_cpp", "path": "builtin:smollm2", "n_ctx": 256,
             "n_threads": 1, "adapters": [{"id": "zero", "path": str(adapter)}]}  # fmt: skip
    sdk = start_app({"models": [model], "cache": {}}).client(max_retries=0)
    assert ask(sdk, model=f"{base}:zero", max_tokens=4)[0] == "miss"
    status, _, body = ask(sdk, model=f"{base}:zero", max_tokens=4)
    assert (status, body["model"]) == ("hit", f"{base}:zero")
    assert ask(sdk, model=base, max_tokens=4)[0] == "miss"
    with pytest.raises(openai.BadRequestError) as caught:
        ask(sdk, model=f"{base}:zero", max_tokens=4, extra_body={"cache": {"no_store": "maybe"}})
    assert (caught.value.code, caught.value.param) == ("invalid_value", "cache.no_store")


@pytest.mark.parametrize("value", ["sometimes", "[true]", "2"])
def test_a_veto_that_is_no_boolean_is_a_config_error(tmp_path: Path, value: str) -> None:
    path = tmp_path / "minigate.yaml"
    path.write_text(f"cache: {{semantic: {{veto: {value}}}}}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert "cache.semantic.veto: Input should be a valid boolean" in str(caught.value)
