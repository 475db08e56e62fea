"""Usage and savings reports over the request rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.ledger.money import from_pico
from minigate.ledger.prices import Price
from minigate.schemas.common import Usage
from minigate.store.schema import requests

GroupBy = Literal["key", "model", "day"]
_COLUMNS = {"key": requests.c.key_id, "model": requests.c.served_model, "day": requests.c.day}


def _filtered(query: Any, since: date | None, key_id: str | None) -> Any:
    if since is not None:
        query = query.where(requests.c.day >= since.isoformat())
    if key_id is not None:
        query = query.where(requests.c.key_id == key_id)
    return query


async def usage(
    engine: AsyncEngine, by: GroupBy, since: date | None = None, key_id: str | None = None
) -> list[dict[str, Any]]:
    """Requests, tokens, cost and savings per key, model or day."""
    column = _COLUMNS[by]
    c = requests.c
    query = _filtered(
        select(
            column.label("group"),
            func.count().label("requests"),
            func.coalesce(func.sum(c.prompt_tokens), 0).label("prompt_tokens"),
            func.coalesce(func.sum(c.completion_tokens), 0).label("completion_tokens"),
            func.coalesce(func.sum(c.cost_pusd), 0).label("cost_pusd"),
            func.coalesce(func.sum(c.saved_pusd), 0).label("saved_pusd"),
        )
        .group_by(column)
        .order_by(column),
        since,
        key_id,
    )
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).mappings().all()
    return [
        {
            by: r["group"],
            "requests": r["requests"],
            "prompt_tokens": int(r["prompt_tokens"]),
            "completion_tokens": int(r["completion_tokens"]),
            "cost_usd": str(from_pico(int(r["cost_pusd"]))),
            "saved_usd": str(from_pico(int(r["saved_pusd"]))),
        }
        for r in rows
    ]


async def savings(
    engine: AsyncEngine,
    baseline_name: str,
    baseline: Price,
    since: date | None = None,
    key_id: str | None = None,
) -> dict[str, Any]:
    """What the answered traffic cost vs. what it would have cost on the baseline model."""
    c = requests.c
    query = _filtered(
        select(
            func.count(),
            func.coalesce(func.sum(c.prompt_tokens), 0),
            func.coalesce(func.sum(c.completion_tokens), 0),
            func.coalesce(func.sum(c.cost_pusd), 0),
        ).where(c.status == "ok"),
        since,
        key_id,
    )
    async with engine.connect() as conn:
        count, prompt, completion, cost_pusd = (await conn.execute(query)).one()
    cost = from_pico(int(cost_pusd))
    would = baseline.cost(
        Usage.model_construct(prompt_tokens=int(prompt), completion_tokens=int(completion))
    )
    saved = would - cost
    percent = (saved / would * 100).quantize(Decimal("0.01")) if would else Decimal(0)
    return {
        "requests": count,
        "prompt_tokens": int(prompt),
        "completion_tokens": int(completion),
        "cost_usd": str(cost),
        "baseline_model": baseline_name,
        "baseline_cost_usd": str(would.normalize()),
        "saved_usd": str(saved.normalize()),
        "saved_percent": str(percent),
    }
