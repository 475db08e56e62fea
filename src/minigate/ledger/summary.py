"""One time range of traffic at a glance: totals, a series per hour or day, the model and route
mix, cache hits, latency percentiles, errors and guard blocks (the dashboard's overview)."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import ColumnElement

from minigate.ledger.money import from_pico
from minigate.store.schema import requests

Bucket = Literal["hour", "day"]
# Statuses that are not failures of the gateway: a guard's decision, or an answer held.
GUARD_BLOCKED = "content_policy_violation"
HELD = "review_pending"
_NOT_ERRORS = ("ok", GUARD_BLOCKED, HELD)

c = requests.c


def _where(since: datetime, until: datetime, key_id: str | None) -> list[ColumnElement[bool]]:
    found = [c.created_at >= since, c.created_at < until]
    if key_id is not None:
        found.append(c.key_id == key_id)
    return found


def _bucket(dialect: str, bucket: Bucket) -> ColumnElement[str]:
    if bucket == "day":
        return c.day
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", c.created_at), "YYYY-MM-DD HH24")
    # SQLite stores a DateTime as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC here): the hour is a prefix.
    return func.substr(c.created_at, 1, 13)


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


async def summary(
    engine: AsyncEngine,
    since: datetime,
    until: datetime,
    bucket: Bucket = "hour",
    key_id: str | None = None,
) -> dict[str, Any]:
    """The overview of [since, until), for one key or (``key_id`` None) for all traffic."""
    where = _where(since, until, key_id)
    async with engine.connect() as conn:
        totals = await _totals(conn, where)
        series = await _series(conn, where, _bucket(engine.dialect.name, bucket))
        models = await _mix(conn, where, c.served_model)
        routes = await _mix(conn, where, c.requested_model)
        latency = await _percentiles(conn, [*where, c.status == "ok"], c.latency_ms)
        ttft = await _percentiles(
            conn, [*where, c.status == "ok", c.ttft_ms.isnot(None)], c.ttft_ms
        )
    return {
        "object": "usage.summary",
        "since": since.isoformat(),
        "until": until.isoformat(),
        "bucket": bucket,
        "key_id": key_id,
        **totals,
        "latency_ms": latency,
        "ttft_ms": ttft,
        "series": series,
        "models": models,
        "routes": routes,
    }


async def _totals(conn: AsyncConnection, where: list[ColumnElement[bool]]) -> dict[str, Any]:
    query = select(
        func.count(),
        func.coalesce(func.sum(c.prompt_tokens), 0),
        func.coalesce(func.sum(c.completion_tokens), 0),
        func.coalesce(func.sum(c.cost_pusd), 0),
        func.coalesce(func.sum(c.saved_pusd), 0),
        _count_if(c.cache == "exact"),
        _count_if(c.cache == "semantic"),
        _count_if(c.status.not_in(_NOT_ERRORS)),
        _count_if(c.status == GUARD_BLOCKED),
        _count_if(c.status == HELD),
    ).where(*where)
    count, prompt, completion, cost, saved, exact, semantic, errors, blocked, held = (
        await conn.execute(query)
    ).one()
    return {
        "requests": count,
        "prompt_tokens": int(prompt),
        "completion_tokens": int(completion),
        "cost_usd": str(from_pico(int(cost))),
        "saved_usd": str(from_pico(int(saved))),
        "cache": {
            "exact": int(exact),
            "semantic": int(semantic),
            "exact_rate": _rate(exact, count),
            "semantic_rate": _rate(semantic, count),
        },
        "errors": int(errors),
        "error_rate": _rate(errors, count),
        "guard_blocked": int(blocked),
        "held_for_review": int(held),
    }


def _rate(part: int, whole: int) -> float:
    return round(int(part) / whole, 4) if whole else 0.0


async def _series(
    conn: AsyncConnection, where: list[ColumnElement[bool]], bucket: ColumnElement[str]
) -> list[dict[str, Any]]:
    query = (
        select(
            bucket.label("t"),
            func.count(),
            func.coalesce(func.sum(c.prompt_tokens + c.completion_tokens), 0),
            func.coalesce(func.sum(c.cost_pusd), 0),
            func.coalesce(func.sum(c.saved_pusd), 0),
        )
        .where(*where)
        .group_by(bucket)
        .order_by(bucket)
    )
    return [
        {
            "t": str(t),
            "requests": n,
            "tokens": int(tokens),
            "cost_usd": str(from_pico(int(cost))),
            "saved_usd": str(from_pico(int(saved))),
        }
        for t, n, tokens, cost, saved in (await conn.execute(query)).all()
    ]


async def _mix(
    conn: AsyncConnection, where: list[ColumnElement[bool]], column: Any
) -> list[dict[str, Any]]:
    query = (
        select(column, func.count().label("n"))
        .where(*where)
        .group_by(column)
        .order_by(func.count().desc())
        .limit(20)
    )
    return [{"name": name, "requests": n} for name, n in (await conn.execute(query)).all()]


async def _percentiles(
    conn: AsyncConnection, where: list[ColumnElement[bool]], column: Any
) -> dict[str, float | None]:
    """Nearest-rank p50 and p95, read with ORDER BY ... OFFSET: portable, no extension."""
    count = (await conn.execute(select(func.count()).where(*where))).scalar_one()
    found: dict[str, float | None] = {}
    for name, p in (("p50", 0.50), ("p95", 0.95)):
        if not count:
            found[name] = None
            continue
        rank = max(math.ceil(p * count) - 1, 0)
        query = select(column).where(*where).order_by(column).offset(rank).limit(1)
        found[name] = round(float((await conn.execute(query)).scalar_one()), 1)
    return found
