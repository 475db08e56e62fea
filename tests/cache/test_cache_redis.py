"""The Redis store: shared by several gateway processes, and never fatal when it is down."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest
import redis

from minigate.cache.store.protocol import Entry
from minigate.cache.store.redis import RedisStore
from minigate.testing.stub_upstream import StubThread
from tests.cache.test_cache import ask, cache_config, chat_calls
from tests.conftest import AppFactory, GatewayFactory, free_port


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A private redis-server on a free loopback port, stopped at the end."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed; scripts/bootstrap.sh installs it.")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield url
    finally:
        client.close()
        process.terminate()
        process.wait(10)


def test_two_gateways_sharing_redis_share_entries(
    start_gateway: GatewayFactory, stub: StubThread, redis_url: str
) -> None:
    config = cache_config(stub, backend="redis", redis_url=redis_url)
    one, two = start_gateway(config).client(), start_gateway(config).client()
    assert ask(one)[0] == "miss"
    status, similarity, body = ask(two)
    assert (status, similarity) == ("hit", "1.0000")
    assert (
        body["choices"][0]["message"]["content"] == ask(one)[2]["choices"][0]["message"]["content"]
    )
    assert chat_calls(stub) == 1


def test_redis_store_expires_evicts_and_invalidates(
    start_app: AppFactory, stub: StubThread, redis_url: str
) -> None:
    config = cache_config(stub, backend="redis", redis_url=redis_url, max_entries=2, ttl_s=60)
    gateway = start_app(config)
    sdk = gateway.client()
    assert [ask(sdk, seed=s)[0] for s in (1, 2, 1, 3)] == ["miss", "miss", "hit", "miss"]
    assert [ask(sdk, seed=s)[0] for s in (1, 3, 2)] == ["hit", "hit", "miss"]
    stats = gateway.http.get("/v1/admin/cache/stats").json()["store"]
    assert (stats["backend"], stats["entries"], stats["models"]) == ("redis", 2, {"cloud": 2})
    cleared = gateway.http.post("/v1/admin/cache/invalidate", json={"model": "cloud"})
    assert cleared.json() == {"deleted": 2}
    assert ask(sdk, seed=1)[0] == "miss"


def test_redis_ttl(start_app: AppFactory, stub: StubThread, redis_url: str) -> None:
    config = cache_config(stub, backend="redis", redis_url=redis_url, ttl_s=0.5)
    sdk = start_app(config).client()
    assert [ask(sdk)[0] for _ in range(2)] == ["miss", "hit"]
    time.sleep(0.8)
    assert ask(sdk)[0] == "miss"


def test_redis_down_keeps_serving_and_health_says_so(
    start_gateway: GatewayFactory, stub: StubThread
) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    gateway = start_gateway(cache_config(stub, backend="redis", redis_url=dead))
    sdk = gateway.client(max_retries=0)
    statuses = [ask(sdk)[0] for _ in range(3)]
    assert statuses[0] == "miss" and set(statuses[1:]) == {"bypass"}
    assert chat_calls(stub) == 3
    response = httpx.get(f"{gateway.url}/health")
    assert response.status_code == 200
    health = response.json()
    assert health["status"] == "ok"
    assert health["cache"]["status"] == "degraded"
    assert health["cache"]["backend"] == "redis"
    assert "Redis is unavailable" in health["cache"]["error"]
    assert "Cache store unavailable" in gateway.log.read_text()


def test_the_redis_store_keeps_each_prompt_beside_its_vector(redis_url: str) -> None:
    store = RedisStore(redis_url, ttl_s=60, max_entries=10)
    vector = np.array([0.6, 0.8], dtype=np.float32)

    async def put_and_read() -> dict[str, str | None]:
        await store.put(Entry("ns", "asked", "m", b"{}", "f", vector, prompt="Is it safe?"))
        await store.put(Entry("ns", "unknown", "m", b"{}", "f", vector))
        found = await store.vectors("ns", "f")
        prompts = await store.prompts("ns", [*sorted(found.keys), "gone"])
        await store.aclose()
        return prompts

    assert asyncio.run(put_and_read()) == {"asked": "Is it safe?", "unknown": None, "gone": None}
