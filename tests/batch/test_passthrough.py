"""Upstream passthrough: a batch on a model with ``batch_passthrough`` runs on its upstream's
own Batch API. The upstream here is a second minigate on loopback (it implements the Files and
Batch API), itself in front of the stub provider."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openai
import pytest

from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread, StubUpstream
from tests.batch.conftest import (
    ALICE,
    MASTER,
    Workers,
    batch_config,
    chat_line,
    jsonl,
    ledger_rows,
    results,
    submit,
    upload,
    wait_for,
)
from tests.conftest import Gateway, GatewayFactory, upstream_model

MODEL = "gpt-4o-mini"
# The stub answers with 9 prompt and 6 completion tokens; gpt-4o-mini costs 0.15 / 0.60 per
# 1M tokens, half that in a batch.
BATCH_PUSD = int((9 * Decimal("0.15") + 6 * Decimal("0.60")) * 10**6) // 2
# What a line of chat_line(n < 10) may cost at most: a prompt bound of 8 + 5 ("Say n") + 8
# tokens and its max_tokens of 8, at the batch price: 3,975,000 pico-dollars.
HELD_PUSD = int((21 * Decimal("0.15") + 8 * Decimal("0.60")) * 10**6) // 2


@pytest.fixture(scope="module")
def provider() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def upstream_gateway(
    start_gateway: GatewayFactory, provider: StubThread, tmp_path_factory: pytest.TempPathFactory
) -> Gateway:
    url = f"sqlite:///{tmp_path_factory.mktemp('upstream') / 'minigate.db'}"
    config = batch_config(provider, url)
    config["models"] = [upstream_model(provider.base_url, MODEL)]
    return start_gateway(config)


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('ours') / 'minigate.db'}"


def our_config(upstream_gateway: Gateway, provider: StubThread, url: str, **batch: Any) -> Any:
    config = batch_config(provider, url, upstream_poll_s=0.2, **batch)
    config["models"] = [
        upstream_model(
            upstream_gateway.base_url,
            "mini",
            upstream_model=MODEL,
            api_key_env="MG_TEST_UPSTREAM_KEY",
            batch_passthrough=True,
        )
    ]
    return config


@pytest.fixture(scope="module")
def alice(ours: Gateway) -> openai.OpenAI:
    return ours.client(api_key=ALICE, max_retries=0)


@pytest.fixture(scope="module")
def ours(
    start_gateway: GatewayFactory, upstream_gateway: Gateway, provider: StubThread, store_url: str
) -> Gateway:
    config = our_config(upstream_gateway, provider, store_url)
    return start_gateway(config, env={"MG_TEST_UPSTREAM_KEY": ALICE, "MINIGATE_MASTER_KEY": MASTER})


@pytest.fixture(scope="module")
def upstream(upstream_gateway: Gateway) -> openai.OpenAI:
    return upstream_gateway.client(api_key=ALICE, max_retries=0)


def upstream_batch(upstream: openai.OpenAI, batch_id: str) -> openai.types.Batch:
    made = [
        b
        for b in upstream.batches.list(limit=100)
        if (b.metadata or {}).get("minigate_batch_id") == batch_id
    ]
    assert len(made) == 1, made
    return made[0]


def test_a_batch_runs_on_the_upstreams_batch_api(
    alice: openai.OpenAI, upstream: openai.OpenAI, provider: StubThread, store_url: str
) -> None:
    calls = len(provider.stub.received)
    batch = submit(alice, [chat_line(n) for n in range(20)])
    assert batch.status == "validating"
    done = wait_for(alice, batch.id)

    assert done.status == "completed"
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (20, 0)
    output = results(alice, done.output_file_id)
    assert sorted(line["custom_id"] for line in output) == sorted(f"req-{n}" for n in range(20))
    assert {line["response"]["body"]["choices"][0]["message"]["content"] for line in output} == {
        COMPLETION_TEXT
    }
    assert all(line["id"].startswith("batch_req_") for line in output)
    # One upstream batch, whose worker made every call to the provider: none came from ours.
    there = upstream_batch(upstream, batch.id)
    assert there.status == "completed" and there.request_counts is not None
    assert there.request_counts.completed == 20
    assert len(provider.stub.received) - calls == 20
    # Our ledger: a row per line, priced from the upstream's usage at the batch discount.
    rows = ledger_rows(store_url, batch.id)
    assert {r["id"] for r in rows} == {line["response"]["request_id"] for line in output}
    assert {r["cost_pusd"] for r in rows} == {BATCH_PUSD} and len(rows) == 20


def test_a_cancel_is_forwarded_upstream(
    alice: openai.OpenAI, upstream: openai.OpenAI, provider: StubThread, store_url: str
) -> None:
    provider.stub.delay_s = 0.2
    try:
        batch = submit(alice, [chat_line(n) for n in range(40)])
        wait_for(alice, batch.id, until=lambda b: b.status == "in_progress")
        _wait_upstream(upstream, batch.id, 3)
        assert alice.batches.cancel(batch.id).status == "cancelling"
        done = wait_for(alice, batch.id)
    finally:
        provider.stub.delay_s = 0
    assert done.status == "cancelled"
    assert upstream_batch(upstream, batch.id).status == "cancelled"
    counts = done.request_counts
    assert counts is not None and 3 <= counts.completed < 40
    output = results(alice, done.output_file_id)
    errors = results(alice, done.error_file_id)
    assert len(output) == counts.completed
    assert {e["error"]["code"] for e in errors} == {"batch_cancelled"}
    assert {x["custom_id"] for x in output + errors} == {f"req-{n}" for n in range(40)}
    rows = ledger_rows(store_url, batch.id)
    assert len(rows) == counts.completed and {r["cost_pusd"] for r in rows} == {BATCH_PUSD}


def test_an_upstream_batch_made_before_a_crash_is_adopted_not_made_twice_past_a_page(
    start_gateway: GatewayFactory,
    upstream_gateway: Gateway,
    upstream: openai.OpenAI,
    provider: StubThread,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = our_config(upstream_gateway, provider, f"sqlite:///{tmp_path / 'mg.db'}", worker=False)
    ours = start_gateway(config).client(api_key=ALICE, max_retries=0)
    batch = submit(ours, [chat_line(n) for n in range(5)])
    calls = len(provider.stub.received)
    # What a worker that died right after creating the upstream batch leaves behind.
    lines = [chat_line(n, model=MODEL) for n in range(5)]
    upstream.batches.create(
        input_file_id=upload(upstream, jsonl(lines)),
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"minigate_batch_id": batch.id},
    )
    # A hundred batches made since push it off the upstream's first page of batches. Their
    # file is invalid: they fail at validation, calling no provider.
    bad = upload(upstream, jsonl([chat_line(0) | {"url": "/v1/embeddings"}]))
    for _ in range(100):
        upstream.batches.create(
            input_file_id=bad, endpoint="/v1/chat/completions", completion_window="24h"
        )
    monkeypatch.setenv("MG_TEST_UPSTREAM_KEY", ALICE)
    pool = Workers(tmp_path, config)
    try:
        pool.start()
        done = wait_for(ours, batch.id)
    finally:
        pool.stop()
    assert done.status == "completed"
    assert done.request_counts is not None and done.request_counts.completed == 5
    there = upstream_batch(upstream, batch.id).request_counts
    assert there is not None and there.completed == 5
    assert len(provider.stub.received) - calls == 5


def _upstream_done(upstream: openai.OpenAI, batch_id: str) -> int:
    try:
        counts = upstream_batch(upstream, batch_id).request_counts
    except AssertionError:
        return 0
    return counts.completed if counts else 0


def _wait_upstream(upstream: openai.OpenAI, batch_id: str, lines: int) -> None:
    deadline = time.monotonic() + 60
    while _upstream_done(upstream, batch_id) < lines:
        assert time.monotonic() < deadline, "the upstream batch did not start"
        time.sleep(0.1)


def test_a_budget_holds_each_line_before_it_goes_upstream(
    ours: Gateway, upstream: openai.OpenAI, provider: StubThread, store_url: str
) -> None:
    admin = {"authorization": f"Bearer {MASTER}"}
    # Room for two lines' largest cost, not three: the other eight are never sent.
    budget = Decimal(2 * HELD_PUSD + HELD_PUSD // 2) / 10**12
    spec = {"name": "frugal", "budget_usd": str(budget)}
    created = ours.http.post(f"{ours.base_url}/admin/keys", json=spec, headers=admin)
    assert created.status_code == 201, created.text
    frugal = ours.client(api_key=created.json()["key"], max_retries=0)
    calls = len(provider.stub.received)

    done = wait_for(frugal, submit(frugal, [chat_line(n) for n in range(10)]).id)

    assert done.status == "completed"
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (2, 8)
    output = results(frugal, done.output_file_id)
    assert [line["custom_id"] for line in output] == ["req-0", "req-1"]
    refused = results(frugal, done.error_file_id)
    assert [e["custom_id"] for e in refused] == [f"req-{n}" for n in range(2, 10)]
    assert {e["response"]["status_code"] for e in refused} == {429}
    assert {e["response"]["body"]["error"]["code"] for e in refused} == {"budget_exceeded"}
    # Only the lines held went upstream.
    there = upstream_batch(upstream, done.id).request_counts
    assert there is not None and there.total == 2
    assert len(provider.stub.received) - calls == 2
    # Billed what they cost; the refusals cost nothing; nothing is left reserved.
    rows = ledger_rows(store_url, done.id)
    assert sorted(r["cost_pusd"] for r in rows) == [0] * 8 + [BATCH_PUSD] * 2
    keys = ours.http.get(f"{ours.base_url}/admin/keys", headers=admin).json()["data"]
    spent = next(k["spent_usd"] for k in keys if k["id"] == created.json()["id"])
    assert Decimal(spent) == Decimal(2 * BATCH_PUSD) / 10**12
    assert _reserved(store_url, created.json()["id"]) == 0


def test_an_expired_upstream_batch_expires_the_batch(
    start_gateway: GatewayFactory, provider: StubThread, tmp_path: Path
) -> None:
    # An upstream whose window is over as soon as it starts: its batches run no line.
    there = batch_config(provider, f"sqlite:///{tmp_path / 'upstream.db'}")
    there["models"] = [upstream_model(provider.base_url, MODEL)]
    there["batch"]["completion_window_s"] = 0.01
    quick = start_gateway(there)
    url = f"sqlite:///{tmp_path / 'ours' / 'mg.db'}"
    (tmp_path / "ours").mkdir()
    config = our_config(quick, provider, url)
    alice = start_gateway(config, env={"MG_TEST_UPSTREAM_KEY": ALICE}).client(
        api_key=ALICE, max_retries=0
    )
    calls = len(provider.stub.received)

    done = wait_for(alice, submit(alice, [chat_line(n) for n in range(4)]).id)

    assert done.status == "expired" and done.expired_at and done.completed_at is None
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (0, 4)
    assert done.output_file_id is None
    errors = results(alice, done.error_file_id)
    assert {e["error"]["code"] for e in errors} == {"batch_expired"}
    assert {e["custom_id"] for e in errors} == {f"req-{n}" for n in range(4)}
    assert len(provider.stub.received) == calls
    assert ledger_rows(url, done.id) == []


def _reserved(url: str, key_id: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        found = conn.execute(
            "SELECT coalesce(sum(reserved_pusd), 0) FROM key_spend WHERE key_id = ?", (key_id,)
        )
        return int(found.fetchone()[0])
