"""One time range of traffic at a glance: totals, a series per hour or day, the model and route
mix, cache hits, latency percentiles, errors and guard blocks (the dashboard's overview)."""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import ColumnElement

from minigate.ledger.money import from_pico
from minigate.store.schema import requests

Bucket = Literal["hour", "day"]
# Statuses that are not failures of the gateway: a guard's decision, or an answer held.
GUARD_BLOCKED = "content_policy_violation"
HELD = "review_pending"
_NOT_ERRORS = ("ok", GUARD_BLOCKED, HELD)
# What the cache stage records in the ledger's cache column when it answers.
EXACT_HIT, SEMANTIC_HIT = "hit", "semantic-hit"
# Ranges longer than this read every row anyway: scanning the table beats the index there.
INDEX_SPAN = timedelta(days=8)

c = requests.c


def _where(
    dialect: str, since: datetime, until: datetime, key_id: str | None
) -> list[ColumnElement[bool]]:
    at: Any = c.created_at
    if dialect == "sqlite" and until - since > INDEX_SPAN:
        # Over a long range the created_at index only adds a random read per row: SQLite has
        # no statistics to see that, so the column is wrapped where the index must not serve.
        at = func.coalesce(c.created_at, c.created_at)
    found = [at >= since, at < until]
    if key_id is not None:
        found.append(c.key_id == key_id)
    return found


def _bucket(dialect: str, bucket: Bucket) -> ColumnElement[str]:
    if dialect == "postgresql":
        shape = "YYYY-MM-DD HH24" if bucket == "hour" else "YYYY-MM-DD"
        return func.to_char(func.timezone("UTC", c.created_at), shape)
    # SQLite stores a DateTime as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC here): buckets are prefixes.
    return func.substr(c.created_at, 1, 13 if bucket == "hour" else 10)


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


async def summary(
    engine: AsyncEngine,
    since: datetime,
    until: datetime,
    bucket: Bucket = "hour",
    key_id: str | None = None,
) -> dict[str, Any]:
    """The overview of [since, until), for one key or (``key_id`` None) for all traffic.

    Three passes over the range's rows (SQLite sorts for every GROUP BY, so passes are what
    cost): one per bucket, model and route, from which the series, the totals and the mix are
    summed; and a histogram to the millisecond each for latency and time to first token, from
    which the percentiles are read.
    """
    dialect = engine.dialect.name
    where = _where(dialect, since, until, key_id)
    ok = [*where, c.status == "ok"]
    async with engine.connect() as conn:
        groups = await _groups(conn, where, _bucket(dialect, bucket))
        latency = await _histogram(conn, ok, c.latency_ms)
        ttft = await _histogram(conn, [*ok, c.ttft_ms.isnot(None)], c.ttft_ms)
    series: dict[str, Counter[str]] = {}
    served: Counter[str | None] = Counter()
    asked: Counter[str | None] = Counter()
    for group in groups:
        series.setdefault(group["t"], Counter()).update(group["sums"])
        served[group["served"]] += group["sums"]["requests"]
        asked[group["asked"]] += group["sums"]["requests"]
    return {
        "object": "usage.summary",
        "since": since.isoformat(),
        "until": until.isoformat(),
        "bucket": bucket,
        "key_id": key_id,
        **_totals(sum(series.values(), Counter())),
        "latency_ms": _percentiles(latency),
        "ttft_ms": _percentiles(ttft),
        "series": [_public(t, sums) for t, sums in sorted(series.items())],
        "models": _ranked(served),
        "routes": _ranked(asked),
    }


_SUMS = ("requests", "prompt_tokens", "completion_tokens", "cost_pusd", "saved_pusd")
_COUNTS = ("exact", "semantic", "errors", "guard_blocked", "held_for_review")


async def _groups(
    conn: AsyncConnection, where: list[ColumnElement[bool]], bucket: ColumnElement[str]
) -> list[dict[str, Any]]:
    """Sums and counts per bucket, served model and model asked for."""
    query = (
        select(
            bucket,
            c.served_model,
            c.requested_model,
            func.count(),
            func.coalesce(func.sum(c.prompt_tokens), 0),
            func.coalesce(func.sum(c.completion_tokens), 0),
            func.coalesce(func.sum(c.cost_pusd), 0),
            func.coalesce(func.sum(c.saved_pusd), 0),
            _count_if(c.cache == EXACT_HIT),
            _count_if(c.cache == SEMANTIC_HIT),
            _count_if(c.status.not_in(_NOT_ERRORS)),
            _count_if(c.status == GUARD_BLOCKED),
            _count_if(c.status == HELD),
        )
        .where(*where)
        .group_by(bucket, c.served_model, c.requested_model)
    )
    return [
        {
            "t": str(t),
            "served": served,
            "asked": asked,
            "sums": dict(zip((*_SUMS, *_COUNTS), map(int, sums), strict=True)),
        }
        for t, served, asked, *sums in (await conn.execute(query)).all()
    ]


def _public(t: str, sums: Counter[str]) -> dict[str, Any]:
    return {
        "t": t,
        "requests": sums["requests"],
        "tokens": sums["prompt_tokens"] + sums["completion_tokens"],
        "cost_usd": str(from_pico(sums["cost_pusd"])),
        "saved_usd": str(from_pico(sums["saved_pusd"])),
    }


def _totals(sums: Counter[str]) -> dict[str, Any]:
    count = sums["requests"]
    return {
        "requests": count,
        "prompt_tokens": sums["prompt_tokens"],
        "completion_tokens": sums["completion_tokens"],
        "cost_usd": str(from_pico(sums["cost_pusd"])),
        "saved_usd": str(from_pico(sums["saved_pusd"])),
        "cache": {
            "exact": sums["exact"],
            "semantic": sums["semantic"],
            "exact_rate": _rate(sums["exact"], count),
            "semantic_rate": _rate(sums["semantic"], count),
        },
        "errors": sums["errors"],
        "error_rate": _rate(sums["errors"], count),
        "guard_blocked": sums["guard_blocked"],
        "held_for_review": sums["held_for_review"],
    }


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _ranked(counts: Counter[str | None]) -> list[dict[str, Any]]:
    """Most used first, at most 20."""
    return [{"name": name, "requests": n} for name, n in counts.most_common(20)]


async def _histogram(
    conn: AsyncConnection, where: list[ColumnElement[bool]], column: Any
) -> list[tuple[int, int]]:
    """(millisecond, requests) pairs, in order."""
    ms = cast(column, Integer)
    query = select(ms, func.count()).where(*where).group_by(ms).order_by(ms)
    return [(int(value), int(n)) for value, n in (await conn.execute(query)).all()]


def _percentiles(histogram: list[tuple[int, int]]) -> dict[str, float | None]:
    """Nearest-rank p50 and p95, to the millisecond."""
    total = sum(n for _, n in histogram)
    found: dict[str, float | None] = {"p50": None, "p95": None}
    for name, p in (("p50", 0.50), ("p95", 0.95)):
        if not total:
            continue
        rank, seen = math.ceil(p * total), 0
        for value, n in histogram:
            seen += n
            if seen >= rank:
                found[name] = float(value)
                break
    return found
