"""One time range of traffic at a glance: totals, a series per hour or day, the model and route
mix, cache hits, latency percentiles, errors and guard blocks (the dashboard's overview).

Requests, the mix and the outcome counts are client requests, each counted at its last model
call (the one that served it, or failed it): a route's fallbacks and cascade tiers are one
request, whose status is its last call's. Tokens and cost are every call's; latency is each
answered call's."""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Integer, String, case, cast, exists, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import ColumnElement

from minigate.ledger.prices import Price, money_fields
from minigate.ledger.rollup import (
    EXACT_HIT,
    GUARD_BLOCKED,
    HELD,
    NOT_ERRORS,
    SEMANTIC_HIT,
    SUMS,
    bucket_of,
    hour_of,
)
from minigate.store.schema import (
    LATENCY_BOUNDS,
    LATENCY_COLUMNS,
    requests,
    usage_latency,
    usage_rollup,
)

Bucket = Literal["hour", "day"]
Groups = dict[tuple[str, str | None, str], Counter[str]]  # (bucket, served, asked) -> sums
Histograms = dict[str, Counter[int]]  # "latency" | "ttft" -> requests per histogram column
# Ranges longer than this read every row anyway: scanning the table beats the index there.
INDEX_SPAN = timedelta(days=8)
HOUR = timedelta(hours=1)

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


def _last_call(dialect: str) -> ColumnElement[bool]:
    """Whether a row is its request's last model call: no row holds the id a route gives its
    next call (``chatcmpl-…`` is followed by ``chatcmpl-….2``, ``….2`` by ``….3``), as
    ledger.rollup counts requests."""
    dot = (func.strpos if dialect == "postgresql" else func.instr)(c.id, ".")
    after = cast(cast(func.substr(c.id, dot + 1), Integer) + 1, String)
    following = case((dot == 0, c.id + ".2"), else_=func.substr(c.id, 1, dot, type_=String) + after)
    later = requests.alias("later")
    return ~exists().where(later.c.id == following)


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


async def summary(
    engine: AsyncEngine,
    since: datetime,
    until: datetime,
    bucket: Bucket = "hour",
    key_id: str | None = None,
    *,
    baseline: Price,
    use_rollup: bool = True,
) -> dict[str, Any]:
    """The overview of [since, until), for one key or (``key_id`` None) for all traffic;
    ``saved_usd`` is against the ``baseline`` price, as in reports.usage().

    All traffic's whole hours are read from the hourly rollup (ledger.rollup), and only the
    partial hours at the edges from the rows; one key's traffic (or, ``use_rollup`` False,
    everything) from the rows alone. Either way the sums come per bucket, served model and
    model asked for, from which the series, the totals and the mix are summed; latency and
    time to first token come as histograms (the rollup's columns), from which the percentiles
    are read. Both ways give the same figures (tests/ui/test_rollup.py).
    """
    dialect = engine.dialect.name
    groups: Groups = {}
    histograms: Histograms = {"latency": Counter(), "ttft": Counter()}
    spans = [(since, until)]
    async with engine.connect() as conn:
        first, last = _next_hour(since), until.replace(minute=0, second=0, microsecond=0)
        if use_rollup and key_id is None and first < last:
            await _rolled(conn, first, last, bucket, groups, histograms)
            spans = [(since, first), (last, until)]
        for start, end in spans:
            if start < end:
                await _raw(conn, dialect, start, end, key_id, bucket, groups, histograms)
    series: dict[str, Counter[str]] = {}
    served: Counter[str | None] = Counter()
    asked: Counter[str | None] = Counter()
    for (t, served_model, asked_model), sums in groups.items():
        series.setdefault(t, Counter()).update(sums)
        served[served_model] += sums["requests"]
        asked[asked_model] += sums["requests"]
    return {
        "object": "usage.summary",
        "since": since.isoformat(),
        "until": until.isoformat(),
        "bucket": bucket,
        "key_id": key_id,
        **_totals(sum(series.values(), Counter()), baseline),
        "latency_ms": _percentiles(histograms["latency"]),
        "ttft_ms": _percentiles(histograms["ttft"]),
        "series": [_public(t, sums, baseline) for t, sums in sorted(series.items())],
        "models": _ranked(served),
        "routes": _ranked(asked),
    }


def _next_hour(at: datetime) -> datetime:
    """The first whole hour at or after ``at``."""
    floor = at.replace(minute=0, second=0, microsecond=0)
    return floor if floor == at else floor + HOUR


async def _rolled(
    conn: AsyncConnection,
    first: datetime,
    last: datetime,
    bucket: Bucket,
    groups: Groups,
    histograms: Histograms,
) -> None:
    """Add the rollup's whole hours in [first, last) to ``groups`` and ``histograms``."""
    r, lat = usage_rollup.c, usage_latency.c
    t = func.substr(r.hour, 1, 13 if bucket == "hour" else 10)
    query = (
        select(t, r.served_model, r.requested_model, *(func.sum(r[name]) for name in SUMS))
        .where(r.hour >= hour_of(first), r.hour < hour_of(last))
        .group_by(t, r.served_model, r.requested_model)
    )
    for at, served, asked, *sums in (await conn.execute(query)).all():
        cell = groups.setdefault((str(at), served or None, asked), Counter())
        cell.update(dict(zip(SUMS, map(int, sums), strict=True)))
    query = (
        select(lat.kind, *(func.sum(lat[name]) for name in LATENCY_COLUMNS))
        .where(lat.hour >= hour_of(first), lat.hour < hour_of(last))
        .group_by(lat.kind)
    )
    for kind, *counts in (await conn.execute(query)).all():
        histograms[kind].update({i: int(n) for i, n in enumerate(counts) if n})


async def _raw(
    conn: AsyncConnection,
    dialect: str,
    since: datetime,
    until: datetime,
    key_id: str | None,
    bucket: Bucket,
    groups: Groups,
    histograms: Histograms,
) -> None:
    """Add the rows of [since, until) to ``groups`` and ``histograms``: three passes (SQLite
    sorts for every GROUP BY, so passes are what cost), the sums and one histogram each for
    latency and time to first token, to the whole millisecond, put in the rollup's columns."""
    where = _where(dialect, since, until, key_id)
    at = _bucket(dialect, bucket)
    last = _last_call(dialect)
    query = (
        select(
            at,
            c.served_model,
            c.requested_model,
            _count_if(last),
            func.coalesce(func.sum(c.prompt_tokens), 0),
            func.coalesce(func.sum(c.completion_tokens), 0),
            func.coalesce(func.sum(c.cost_pusd), 0),
            func.coalesce(func.sum(c.saved_pusd), 0),
            _count_if(last & (c.cache == EXACT_HIT)),
            _count_if(last & (c.cache == SEMANTIC_HIT)),
            _count_if(last & c.status.not_in(NOT_ERRORS)),
            _count_if(last & (c.status == GUARD_BLOCKED)),
            _count_if(last & (c.status == HELD)),
        )
        .where(*where)
        .group_by(at, c.served_model, c.requested_model)
    )
    for t, served, asked, *sums in (await conn.execute(query)).all():
        cell = groups.setdefault((str(t), served, asked), Counter())
        cell.update(dict(zip(SUMS, map(int, sums), strict=True)))
    ok = [*where, c.status == "ok"]
    for kind, column, more in (
        ("latency", c.latency_ms, []),
        ("ttft", c.ttft_ms, [c.ttft_ms.isnot(None)]),
    ):
        # Whole milliseconds: SQLite's CAST truncates, PostgreSQL's rounds, so floor it there.
        ms = cast(column if dialect == "sqlite" else func.floor(column), Integer)
        query = select(ms, func.count()).where(*ok, *more).group_by(ms)
        for value, n in (await conn.execute(query)).all():
            histograms[kind][bucket_of(int(value))] += int(n)


def _money(sums: Counter[str], baseline: Price) -> dict[str, str]:
    columns = ("prompt_tokens", "completion_tokens", "cost_pusd", "saved_pusd")
    return money_fields(baseline, *(sums[c] for c in columns))


def _public(t: str, sums: Counter[str], baseline: Price) -> dict[str, Any]:
    return {
        "t": t,
        "requests": sums["requests"],
        "tokens": sums["prompt_tokens"] + sums["completion_tokens"],
        **_money(sums, baseline),
    }


def _totals(sums: Counter[str], baseline: Price) -> dict[str, Any]:
    count = sums["requests"]
    return {
        "requests": count,
        "prompt_tokens": sums["prompt_tokens"],
        "completion_tokens": sums["completion_tokens"],
        **_money(sums, baseline),
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
    """Most used first, at most 20; a tie by name, so that the rollup and the rows, which
    come in different orders, rank it alike. A model that only made calls whose answers
    were not served (a route's failed target) served no request."""
    used = [(name, n) for name, n in counts.items() if n > 0]
    ranked = sorted(used, key=lambda item: (-item[1], item[0] or ""))[:20]
    return [{"name": name, "requests": n} for name, n in ranked]


def _percentiles(histogram: Counter[int]) -> dict[str, float | None]:
    """Nearest-rank p50 and p95, as the upper bound of the histogram column they fall in: exact
    to the millisecond below 16 ms, within 9% above (the last column, past 17 minutes, is
    shown as its lower bound)."""
    total = sum(histogram.values())
    found: dict[str, float | None] = {"p50": None, "p95": None}
    for name, p in (("p50", 0.50), ("p95", 0.95)):
        if not total:
            continue
        rank, seen = math.ceil(p * total), 0
        for column in sorted(histogram):
            seen += histogram[column]
            if seen >= rank:
                found[name] = float(LATENCY_BOUNDS[min(column, len(LATENCY_BOUNDS) - 1)])
                break
    return found
