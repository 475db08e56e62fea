"""The request log: the ledger's rows, newest first, filtered and paged."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.ledger.prices import Price, money_fields
from minigate.store.schema import requests, utc

c = requests.c


class RequestFilter(BaseModel):
    """What the log may be narrowed by (query parameters of GET /v1/usage/requests)."""

    model_config = ConfigDict(extra="forbid")

    key_id: str | None = None
    model: str | None = Field(default=None, description="The model or route asked for.")
    status: str | None = Field(default=None, description="'ok', 'error' or an error code.")
    cache: str | None = Field(default=None, description="hit, semantic-hit, miss or bypass.")
    limit: int = Field(default=50, ge=1, le=500)
    offset: int = Field(default=0, ge=0)


def _conditions(f: RequestFilter) -> list[Any]:
    found: list[Any] = []
    if f.key_id:
        found.append(c.key_id == f.key_id)
    if f.model:
        found.append(c.requested_model == f.model)
    if f.status == "error":
        found.append(c.status != "ok")
    elif f.status:
        found.append(c.status == f.status)
    if f.cache:
        found.append(c.cache == f.cache)
    return found


async def page(
    engine: AsyncEngine, f: RequestFilter, baseline: Price
) -> tuple[int, list[dict[str, Any]]]:
    """How many rows match, and the page of them that ``f`` asks for (savings against the
    ``baseline`` price, as in reports.usage())."""
    where = _conditions(f)
    query = (
        select(requests)
        .where(*where)
        .order_by(c.created_at.desc(), c.id)
        .limit(f.limit)
        .offset(f.offset)
    )
    async with engine.connect() as conn:
        total = (
            await conn.execute(select(func.count()).select_from(requests).where(*where))
        ).scalar_one()
        rows = (await conn.execute(query)).mappings().all()
    return int(total), [public(r, baseline) for r in rows]


async def one(engine: AsyncEngine, request_id: str, baseline: Price) -> dict[str, Any] | None:
    async with engine.connect() as conn:
        row = (await conn.execute(select(requests).where(c.id == request_id))).mappings().first()
    return public(row, baseline) if row is not None else None


def public(row: RowMapping, baseline: Price) -> dict[str, Any]:
    return {
        "id": row["id"],
        "object": "usage.request",
        "created_at": utc(row["created_at"]).isoformat(),
        "key_id": row["key_id"],
        "endpoint": row["endpoint"],
        "requested_model": row["requested_model"],
        "served_model": row["served_model"],
        "prompt_tokens": row["prompt_tokens"],
        "completion_tokens": row["completion_tokens"],
        **money_fields(
            baseline,
            row["prompt_tokens"],
            row["completion_tokens"],
            row["cost_pusd"],
            row["saved_pusd"],
        ),
        "cache": row["cache"],
        "latency_ms": round(row["latency_ms"], 1),
        "ttft_ms": None if row["ttft_ms"] is None else round(row["ttft_ms"], 1),
        "status": row["status"],
        "stream": row["stream"],
    }
