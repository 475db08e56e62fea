"""Usage by key names each key beside its whole id, over HTTP and in the CLI."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine

from minigate.identity import Period, VirtualKey
from minigate.ledger import limits
from minigate.ledger.writer import insert_rows
from minigate.store import open_store
from minigate.store.engine import sync_url
from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory
from tests.conftest import upstream_model as upstream
from tests.ledger import test_row_insert
from tests.ledger.test_ledger import on_a_terminal
from tests.ledger.test_row_insert import row

MASTER = "sk-master-key-for-tests"
HELLO = [{"role": "user", "content": "Hello"}]
store_url = test_row_insert.store_url  # a fixture: SQLite, then PostgreSQL


def test_usage_by_key_shows_each_keys_name(
    start_app: AppFactory, stub: StubThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINIGATE_MASTER_KEY", MASTER)
    config = {
        "models": [upstream(stub.base_url, "mini", upstream_model="gpt-4o-mini")],
        "store": {"url": f"sqlite:///{tmp_path / 'ledger.db'}"},
    }
    gateway = start_app(config)
    admin = {"authorization": f"Bearer {MASTER}"}
    created = gateway.http.post("/v1/admin/keys", json={"name": "team-a"}, headers=admin)
    assert created.status_code == 201, created.text
    key_id, secret = created.json()["id"], created.json()["key"]
    for api_key in (secret, secret, MASTER):
        gateway.client(api_key=api_key).chat.completions.create(model="mini", messages=HELLO)

    report = gateway.http.get("/v1/usage?by=key", headers=admin).json()["data"]
    assert [(r["key"], r["name"], r["requests"]) for r in report] == sorted(
        [(key_id, "team-a", 2), ("master", "master", 1)]
    )
    # A key without a budget shows what it spent in its period too. Before (probe ops15): 0.
    listed_keys = gateway.http.get("/v1/admin/keys", headers=admin).json()["data"]
    [team] = [k for k in listed_keys if k["id"] == key_id]
    cost = next(r["cost_usd"] for r in report if r["key"] == key_id)
    assert team["budget_usd"] is None and Decimal(team["spent_usd"]) == Decimal(cost) > 0

    path = tmp_path / "minigate.yaml"
    path.write_text(yaml.safe_dump(config))
    shown = subprocess.run(
        [sys.executable, "-m", "minigate", "usage", "--by", "key", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "80"},
    )
    assert shown.returncode == 0, shown.stderr
    # Piped: a header and a tab-separated row per key, each figure whole on its line. Before,
    # the table folded cost figures such as 0.00027 over two lines at 80 columns.
    header, *lines = shown.stdout.splitlines()
    assert header.split("\t") == [
        *("key", "name", "requests", "prompt tokens", "completion tokens", "cost USD"),
        *("saved vs gpt-4o USD", "saved by cache USD"),
    ]
    listed = {row[0]: row for row in (line.split("\t") for line in lines)}
    assert set(listed) == {key_id, "master"}
    assert listed[key_id][1:3] == ["team-a", "2"] and Decimal(listed[key_id][5]) > 0
    drawn = on_a_terminal(["usage", "--by", "key", "--config", str(path)], columns=80)
    # Folded, never cut: the whole id is there, read down its column.
    cells = [line.split("│")[1:3] for line in drawn.splitlines() if line.count("│") > 2]
    ids, names = ("".join(c[n].strip() for c in cells) for n in (0, 1))
    assert key_id in ids and "team-a" in names


def test_a_static_key_sees_only_its_own_usage(
    start_app: AppFactory, stub: StubThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key of auth.api_keys is no admin (the admin API answers it 403), so, as a virtual
    key does, it sees its own traffic in /v1/usage, /v1/usage/summary and /v1/usage/requests
    (and so on the dashboard). Before, it saw every key's: their names, ids and rows."""
    monkeypatch.setenv("MINIGATE_MASTER_KEY", MASTER)
    alice = "sk-alice-static-key"
    config = {
        "models": [upstream(stub.base_url, "mini", upstream_model="gpt-4o-mini")],
        "store": {"url": f"sqlite:///{tmp_path / 'ledger.db'}"},
        "auth": {"api_keys": [{"key": alice, "name": "alice"}]},
    }
    gateway = start_app(config)
    for api_key in (alice, MASTER, MASTER):
        gateway.client(api_key=api_key).chat.completions.create(model="mini", messages=HELLO)
    headers = {"authorization": f"Bearer {alice}"}
    by_key = gateway.http.get("/v1/usage?by=key", headers=headers).json()["data"]
    assert [(r["key"], r["requests"]) for r in by_key] == [("static:alice", 1)]
    rows = gateway.http.get("/v1/usage/requests", headers=headers).json()
    assert rows["total"] == 1 and {r["key_id"] for r in rows["data"]} == {"static:alice"}
    summary = gateway.http.get("/v1/usage/summary", headers=headers).json()
    assert summary["requests"] == 1, summary
    admin = gateway.http.get("/v1/usage?by=key", headers={"authorization": f"Bearer {MASTER}"})
    assert sorted(r["requests"] for r in admin.json()["data"]) == [1, 2]


def test_usage_by_model_names_no_model_with_a_dash(tmp_path: Path) -> None:
    """A request refused before any model call has no served model: the API gives null, the
    CLI a dash. Before (probe ops15): the CLI printed Python's ``None`` as a model's name."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    at = datetime.now(UTC)
    row = {
        "id": "chatcmpl-refused",
        "created_at": at,
        "day": at.strftime("%Y-%m-%d"),
        "key_id": None,
        "endpoint": "chat.completions",
        "requested_model": "auto",
        "served_model": None,
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "cost_pusd": 0,
        "saved_pusd": 0,
        "cache": None,
        "latency_ms": 1.0,
        "ttft_ms": None,
        "status": "content_policy_violation",
        "stream": False,
        "batch_id": None,
    }

    async def write() -> None:
        engine = await open_store(url)
        await engine.dispose()
        sync = create_engine(sync_url(url))
        with sync.begin() as conn:
            insert_rows(conn, [row, {**row, "id": "chatcmpl-ok", "served_model": "mini"}])
        sync.dispose()

    asyncio.run(write())
    path = tmp_path / "minigate.yaml"
    path.write_text(yaml.safe_dump({"store": {"url": url}}))
    shown = subprocess.run(
        [sys.executable, "-m", "minigate", "usage", "--by", "model", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    models = sorted(line.split("\t")[0] for line in shown.stdout.splitlines()[1:])
    assert models == ["-", "mini"]


def test_spent_counts_a_key_without_a_budget_in_its_period(store_url: str) -> None:
    """``spent_usd`` of ``GET /v1/admin/keys`` (limits.spent), from one grouped query over
    the rows of keys without a budget, on SQLite and PostgreSQL."""
    now = datetime(2026, 12, 8, 12, tzinfo=UTC)
    days = ["2026-12-08", "2026-12-01", "2025-06-30"]
    written = [
        row(i, key_id=key_id, day=day, cost_pusd=10**12 * (i + 1))
        for i, (key_id, day) in enumerate(
            (k, d) for k in ("k_day", "k_month", "k_all") for d in days
        )
    ]
    engine = create_engine(sync_url(store_url))
    with engine.begin() as conn:
        insert_rows(conn, written)
    engine.dispose()

    def key(key_id: str, period: Period) -> VirtualKey:
        return VirtualKey(key_id, key_id, "mg", None, None, period, None, None, now, None)

    async def read() -> dict[str, Decimal]:
        store = await open_store(store_url)
        try:
            keys = [key("k_day", "day"), key("k_month", "month"), key("k_all", "total")]
            return await limits.spent(store, [*keys, key("k_none", "month")], now)
        finally:
            await store.dispose()

    # k_day: rows 1-3 ($1, $2, $3); k_month: $4, $5, $6; k_all: $7, $8, $9.
    assert asyncio.run(read()) == {"k_day": 1, "k_month": 4 + 5, "k_all": 7 + 8 + 9, "k_none": 0}
