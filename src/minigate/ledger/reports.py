"""Usage and savings reports over the request rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.ledger.money import from_pico
from minigate.ledger.prices import Price, money_fields, saved_vs
from minigate.store.schema import api_keys, requests

GroupBy = Literal["key", "model", "day"]
_COLUMNS = {"key": requests.c.key_id, "model": requests.c.served_model, "day": requests.c.day}


def _filtered(query: Any, since: date | None, key_id: str | None) -> Any:
    if since is not None:
        query = query.where(requests.c.day >= since.isoformat())
    if key_id is not None:
        query = query.where(requests.c.key_id == key_id)
    return query


async def usage(
    engine: AsyncEngine,
    by: GroupBy,
    baseline: Price,
    since: date | None = None,
    key_id: str | None = None,
) -> list[dict[str, Any]]:
    """Requests, tokens, cost and savings per key (with its name), model or day: ``saved_usd``
    against the ``baseline`` price, as savings() reports it for the whole, and
    ``cache_saved_usd``, what the answers the cache served cost when they were made."""
    column = _COLUMNS[by]
    c = requests.c
    query = select(
        column.label("group"),
        func.count().label("requests"),
        func.coalesce(func.sum(c.prompt_tokens), 0).label("prompt_tokens"),
        func.coalesce(func.sum(c.completion_tokens), 0).label("completion_tokens"),
        func.coalesce(func.sum(c.cost_pusd), 0).label("cost_pusd"),
        func.coalesce(func.sum(c.saved_pusd), 0).label("saved_pusd"),
    )
    if by == "key":
        # A virtual key's name is in its row; a static key's is in its id (static:NAME).
        query = query.add_columns(func.max(api_keys.c.name).label("name")).select_from(
            requests.outerjoin(api_keys, api_keys.c.id == c.key_id)
        )
    query = _filtered(query.group_by(column).order_by(column), since, key_id)
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).mappings().all()
    return [_usage_row(by, r, baseline) for r in rows]


def _usage_row(by: GroupBy, r: Any, baseline: Price) -> dict[str, Any]:
    row: dict[str, Any] = {by: r["group"]}
    if by == "key":
        row["name"] = r["name"] or _static_name(r["group"])
    prompt, completion = int(r["prompt_tokens"]), int(r["completion_tokens"])
    return row | {
        "requests": r["requests"],
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        **money_fields(baseline, prompt, completion, int(r["cost_pusd"]), int(r["saved_pusd"])),
    }


def _static_name(key_id: str | None) -> str | None:
    if key_id is None:
        return None
    return key_id.removeprefix("static:") if key_id.startswith("static:") else key_id


async def savings(
    engine: AsyncEngine,
    baseline_name: str,
    baseline: Price,
    since: date | None = None,
    key_id: str | None = None,
) -> dict[str, Any]:
    """What the traffic cost vs. what it would have cost on the baseline model: the sums of
    usage()'s groups, every request that was charged (a stream cut off mid-way too)."""
    c = requests.c
    query = _filtered(
        select(
            func.count(),
            func.coalesce(func.sum(c.prompt_tokens), 0),
            func.coalesce(func.sum(c.completion_tokens), 0),
            func.coalesce(func.sum(c.cost_pusd), 0),
        ),
        since,
        key_id,
    )
    async with engine.connect() as conn:
        count, prompt, completion, cost_pusd = (await conn.execute(query)).one()
    cost = int(cost_pusd)
    saved = saved_vs(baseline, int(prompt), int(completion), cost)
    would = saved + cost
    percent = (Decimal(saved) / would * 100).quantize(Decimal("0.01")) if would else Decimal(0)
    return {
        "requests": count,
        "prompt_tokens": int(prompt),
        "completion_tokens": int(completion),
        "cost_usd": str(from_pico(cost)),
        "baseline_model": baseline_name,
        "baseline_cost_usd": str(from_pico(would)),
        "saved_usd": str(from_pico(saved)),
        "saved_percent": str(percent),
    }
