"""The overview's hourly rollup: written by the ledger's writer with each row, backfilled by its
migration, and read for whole hours, it gives exactly the figures the raw rows give, on SQLite
and on PostgreSQL."""

from __future__ import annotations

import asyncio
import random
import uuid
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from minigate.context import previous_call, request_of
from minigate.ledger.money import from_pico
from minigate.ledger.prices import builtin_prices, saved_vs
from minigate.ledger.summary import Bucket, summary
from minigate.ledger.writer import PendingRow, write_rows
from minigate.store import open_store
from minigate.store.engine import sync_url
from minigate.store.migrate import MIGRATIONS
from minigate.store.schema import requests, usage_latency, usage_rollup
from minigate.store.writer import StoreWriter
from minigate.testing.postgres import PostgresServer

NOW = datetime.now(UTC)
GPT_4O = builtin_prices()["gpt-4o"]
STATUSES = ["ok"] * 8 + ["upstream_error", "content_policy_violation", "review_pending"]
CACHE = [None, None, "miss", "hit", "semantic-hit"]
# Latencies across the histogram: under a millisecond, exact, bucketed, past the last bound.
LATENCIES = [0.4, 1.0, 3.7, 15.9, 16.2, 150.0, 151.3, 2_400.0, 70_000.0, 1_500_000.0]


def ledger_rows(count: int, seed: int = 3) -> list[dict[str, Any]]:
    """Rows as the ledger writes them, over the last three days (some a minute from an hour)."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        at = NOW - timedelta(seconds=rng.uniform(0, 3 * 86400))
        if i % 7 == 0:
            at = at.replace(minute=0, second=0, microsecond=0) + timedelta(microseconds=i % 2)
        served = rng.choice(["cloud-a", "cloud-b", None])
        prompt, completion = rng.randint(0, 900), rng.randint(0, 300)
        rows.append(
            {
                "id": f"chatcmpl-rollup{i:06d}",
                "created_at": at,
                "day": at.strftime("%Y-%m-%d"),
                "key_id": rng.choice([None, "key_a", "key_b"]),
                "endpoint": "chat.completions",
                "requested_model": rng.choice(["cloud-a", "route-cheap"]),
                "served_model": served,
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "cost_pusd": prompt * 150_000 + completion * 600_003,
                "saved_pusd": prompt * 7 + completion,
                "cache": rng.choice(CACHE),
                "latency_ms": rng.choice(LATENCIES) * rng.choice([1, 1.01]),
                "ttft_ms": rng.choice([None, *LATENCIES]),
                "status": rng.choice(STATUSES),
                "stream": rng.random() < 0.5,
                "batch_id": None,
            }
        )
        # A route that fell back or escalated: later calls of the same request, seconds
        # later (across an hour's edge at times), each its own row.
        for n in range(2, 2 + (i % 6 == 1) + (i % 12 == 1)):
            at += timedelta(seconds=rng.uniform(1, 600))
            later = {**rows[-1], "id": f"{rows[-1]['id'].split('.')[0]}.{n}", "created_at": at}
            later |= {"day": at.strftime("%Y-%m-%d"), "served_model": "cloud-b"}
            rows.append(later | {"status": rng.choice(STATUSES), "cache": rng.choice(CACHE)})
    return rows


def migrate(url: str) -> None:
    async def run() -> None:
        await (await open_store(url)).dispose()

    asyncio.run(run())


def write(url: str, rows: list[dict[str, Any]], writers: int = 1) -> None:
    """Through the ledger's writer, in group commits of uneven sizes; with ``writers`` > 1,
    as that many gateways would, at once, into the same hours."""

    migrate(url)

    async def one(share: list[dict[str, Any]]) -> None:
        writer = StoreWriter(url)
        try:
            start = 0
            for size in (1, 5, 40, 200, len(share)):
                chunk = [
                    PendingRow(r, None, r["cost_pusd"], 0) for r in share[start : start + size]
                ]
                if chunk:
                    await writer.transaction(partial(write_rows, batch=chunk))
                start += size
        finally:
            await writer.aclose()

    def share(n: int) -> list[dict[str, Any]]:
        """One writer's rows: every call of a request, in order, as one gateway writes them."""
        return [r for r in rows if zlib.crc32(request_of(r["id"]).encode()) % writers == n]

    async def run() -> None:
        await asyncio.gather(*(one(share(n)) for n in range(writers)))

    asyncio.run(run())


RANGES: list[tuple[timedelta, timedelta, Bucket]] = [
    (timedelta(days=4), timedelta(0), "day"),
    (timedelta(days=3), timedelta(0), "hour"),
    (timedelta(hours=25, minutes=17), timedelta(minutes=3), "hour"),
    (timedelta(hours=49, seconds=1), timedelta(hours=2, seconds=59), "day"),
    (timedelta(minutes=40), timedelta(minutes=5), "hour"),  # inside one hour: rows only
]


def summaries(url: str, key_id: str | None = None) -> Iterator[tuple[Any, Any]]:
    async def run() -> list[tuple[Any, Any]]:
        engine = await open_store(url)
        found = []
        try:
            # Ranges on whole hours too: no edge at all, or one.
            hour = NOW.replace(minute=0, second=0, microsecond=0)
            spans = [(NOW - back, NOW - ahead, bucket) for back, ahead, bucket in RANGES]
            spans += [(hour - timedelta(hours=30), hour, "hour")]
            spans += [(hour - timedelta(days=2), NOW, "day")]
            for since, until, bucket in spans:
                rolled = await summary(engine, since, until, bucket, key_id, baseline=GPT_4O)
                raw = await summary(
                    engine, since, until, bucket, key_id, baseline=GPT_4O, use_rollup=False
                )
                found.append((rolled, raw))
        finally:
            await engine.dispose()
        return found

    yield from asyncio.run(run())


def baseline_of(row: dict[str, Any]) -> tuple[int, int, int]:
    return row["prompt_tokens"], row["completion_tokens"], row["cost_pusd"]


def expected_totals(rows: list[dict[str, Any]], since: datetime, until: datetime) -> dict[str, Any]:
    """Tokens and cost of every model call in the range; requests and their outcomes counted
    at each request's last call."""
    inside = [r for r in rows if since <= r["created_at"] < until]
    followed = {previous_call(r["id"]) for r in rows}
    last = [r for r in inside if r["id"] not in followed]
    return {
        "requests": len(last),
        "prompt_tokens": sum(r["prompt_tokens"] for r in inside),
        "completion_tokens": sum(r["completion_tokens"] for r in inside),
        "cost_usd": str(from_pico(sum(r["cost_pusd"] for r in inside))),
        "saved_usd": str(from_pico(sum(saved_vs(GPT_4O, *baseline_of(r)) for r in inside))),
        "cache_saved_usd": str(from_pico(sum(r["saved_pusd"] for r in inside))),
        "errors": sum(r["status"] == "upstream_error" for r in last),
        "guard_blocked": sum(r["status"] == "content_policy_violation" for r in last),
        "held_for_review": sum(r["status"] == "review_pending" for r in last),
        "exact": sum(r["cache"] == "hit" for r in last),
        "semantic": sum(r["cache"] == "semantic-hit" for r in last),
    }


def check(url: str, rows: list[dict[str, Any]]) -> None:
    for rolled, raw in summaries(url):
        assert rolled == raw
        since, until = (
            datetime.fromisoformat(rolled["since"]),
            datetime.fromisoformat(rolled["until"]),
        )
        want = expected_totals(rows, since, until)
        assert {k: rolled[k] for k in want if k in rolled} == {
            k: v for k, v in want.items() if k not in ("exact", "semantic")
        }
        assert (rolled["cache"]["exact"], rolled["cache"]["semantic"]) == (
            want["exact"],
            want["semantic"],
        )
    assert rolled["requests"] > 0 and rolled["latency_ms"]["p95"] is not None
    for rolled, raw in summaries(url, key_id="key_a"):  # one key: the rows, as before
        assert rolled == raw


def test_the_rollup_gives_the_raw_ledgers_figures_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    rows = ledger_rows(1500)
    write(url, rows)
    check(url, rows)


def test_the_rollup_gives_the_raw_ledgers_figures_on_postgresql(postgres: PostgresServer) -> None:
    url = postgres.create_database(f"rollup_{uuid.uuid4().hex[:8]}")
    rows = ledger_rows(800, seed=5)
    write(url, rows, writers=3)
    check(url, rows)


def rollup_tables(url: str) -> tuple[list[Any], list[Any]]:
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            sums = conn.execute(select(usage_rollup).order_by(*usage_rollup.primary_key)).all()
            latency = conn.execute(select(usage_latency).order_by(*usage_latency.primary_key)).all()
    finally:
        engine.dispose()
    return [tuple(r) for r in sums], [tuple(r) for r in latency]


@pytest.fixture
def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def test_the_migration_backfills_the_rollup_the_writer_would_have_written(
    tmp_path: Path, alembic_config: Config
) -> None:
    rows = ledger_rows(700, seed=11)
    live = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    write(live, rows)

    old = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    before = ScriptDirectory.from_config(alembic_config).get_revision("0008_usage_rollup")
    assert before is not None and isinstance(before.down_revision, str)
    engine = create_engine(sync_url(old))
    try:
        with engine.begin() as conn:
            alembic_config.attributes["connection"] = conn
            command.upgrade(alembic_config, before.down_revision)
            assert not conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'usage_rollup'")
            ).scalar()
            conn.execute(requests.insert(), rows)
        migrate(old)  # as the gateway does when it starts
    finally:
        engine.dispose()
    assert rollup_tables(old) == rollup_tables(live)
    assert len(rollup_tables(old)[0]) > 100
