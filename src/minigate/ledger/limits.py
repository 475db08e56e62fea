"""Budgets and rate limits that hold under concurrency, across processes sharing one database.

Admission is a conditional UPDATE (``... WHERE spent + reserved + :amount <= :budget``): the
database serialises writers on the row, so two gateways can never both take the last dollar.
A request reserves its largest possible cost before the backend runs and settles to the actual
cost afterwards.

Every reservation is also a lease row (``reservation_leases``) with an owner and an expiry:
settling deletes it; a gateway that dies leaves it behind, and once it expires any gateway
reclaims it (minigate.ledger.leases), so a crash never locks a key out for good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from minigate.errors import RateLimited
from minigate.ledger.keys import Period, VirtualKey
from minigate.ledger.money import from_pico, to_pico, usd_text
from minigate.schemas.common import new_id
from minigate.store.schema import key_spend, rate_windows, reservation_leases


def period_of(period: Period, now: datetime) -> str:
    return {"day": now.strftime("%Y-%m-%d"), "month": now.strftime("%Y-%m"), "total": "total"}[
        period
    ]


def period_reset(period: Period, now: datetime) -> datetime | None:
    if period == "day":
        return datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)
    if period == "month":
        return datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)
    return None


def minute_of(now: datetime) -> str:
    return now.strftime("%Y-%m-%dT%H:%M")


@dataclass(slots=True)
class Reservation:
    """What a request holds until it settles."""

    key: VirtualKey
    period: str
    minute: str
    cost_pusd: int
    tokens: int
    id: str = ""


async def insert_ignore(conn: AsyncConnection, table: Table, values: dict[str, Any]) -> None:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    await conn.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


async def reserve(
    conn: AsyncConnection,
    key: VirtualKey,
    cost_pusd: int,
    tokens: int,
    now: datetime,
    lease: tuple[str, float],
) -> Reservation:
    """Take the request's slot in the rate window and its maximum cost from the budget, and
    record both in a lease held by ``lease`` = (owner, expires_at in epoch seconds)."""
    held = Reservation(
        key, period_of(key.period, now), minute_of(now), cost_pusd, tokens, new_id("rsv")
    )
    rated = key.rpm is not None or key.tpm is not None
    if rated:
        await _admit_rate(conn, held, now)
    if key.budget_usd is not None:
        await _admit_budget(conn, held, now)
    owner, expires_at = lease
    await conn.execute(
        reservation_leases.insert().values(
            id=held.id,
            key_id=key.id,
            period=held.period if key.budget_usd is not None else None,
            minute=held.minute if rated else None,
            cost_pusd=cost_pusd,
            tokens=tokens,
            owner=owner,
            expires_at=expires_at,
        )
    )
    return held


def end_lease(conn: Connection, lease_id: str) -> bool:
    """Delete a lease; False when it is gone already (reclaimed: its hold was released)."""
    done = conn.execute(reservation_leases.delete().where(reservation_leases.c.id == lease_id))
    return done.rowcount == 1


def settle(
    conn: Connection, held: Reservation, cost_pusd: int, tokens: int, *, holding: bool = True
) -> None:
    """Replace the reservation by what the request actually cost (on the store's writer
    thread, in its transaction: see minigate.ledger.writer). With ``holding`` False (its lease
    was reclaimed, which released the hold) only the actual cost is added.

    Rows are locked in the order ``reserve`` locks them (rate window, then budget): the
    opposite order deadlocks on PostgreSQL when a key has both limits."""
    key = held.key
    held_tokens, held_cost = (held.tokens, held.cost_pusd) if holding else (0, 0)
    if key.rpm is not None or key.tpm is not None:
        release_rate(conn, key.id, held.minute, held_tokens, tokens)
    if key.budget_usd is not None:
        release_budget(conn, key.id, held.period, held_cost, cost_pusd)


def release_rate(conn: Connection, key_id: str, minute: str, held: int, used: int) -> None:
    window = rate_windows.c
    conn.execute(
        update(rate_windows)
        .where(window.key_id == key_id, window.minute == minute)
        .values(tokens=window.tokens - held + used)
    )


def release_budget(conn: Connection, key_id: str, period: str, held: int, spent: int) -> None:
    spend = key_spend.c
    conn.execute(
        update(key_spend)
        .where(spend.key_id == key_id, spend.period == period)
        .values(reserved_pusd=spend.reserved_pusd - held, spent_pusd=spend.spent_pusd + spent)
    )


async def _admit_budget(conn: AsyncConnection, held: Reservation, now: datetime) -> None:
    key = held.key
    assert key.budget_usd is not None
    budget = to_pico(key.budget_usd)
    await insert_ignore(
        conn,
        key_spend,
        {"key_id": key.id, "period": held.period, "spent_pusd": 0, "reserved_pusd": 0},
    )
    spend = key_spend.c
    admitted = await conn.execute(
        update(key_spend)
        .where(
            spend.key_id == key.id,
            spend.period == held.period,
            spend.spent_pusd + spend.reserved_pusd + held.cost_pusd <= budget,
        )
        .values(reserved_pusd=spend.reserved_pusd + held.cost_pusd)
    )
    if admitted.rowcount == 1:
        return
    row = (
        (
            await conn.execute(
                select(key_spend).where(spend.key_id == key.id, spend.period == held.period)
            )
        )
        .mappings()
        .one()
    )
    resets = period_reset(key.period, now)
    when = f"; it resets at {resets:%Y-%m-%dT%H:%M:%SZ}" if resets else ""
    per = {"day": " per day", "month": " per month", "total": ""}[key.period]
    raise RateLimited(
        f"Budget of {usd_text(key.budget_usd)}{per} for key '{key.name}' is used up "
        f"({usd_text(from_pico(row['spent_pusd']))} spent, "
        f"{usd_text(from_pico(row['reserved_pusd']))} reserved by requests in flight; "
        f"this request may cost up to {usd_text(from_pico(held.cost_pusd))}){when}.",
        code="budget_exceeded",
        headers=_retry_after(resets, now),
    )


async def _admit_rate(conn: AsyncConnection, held: Reservation, now: datetime) -> None:
    key = held.key
    await insert_ignore(
        conn, rate_windows, {"key_id": key.id, "minute": held.minute, "requests": 0, "tokens": 0}
    )
    window = rate_windows.c
    conditions = [window.key_id == key.id, window.minute == held.minute]
    if key.rpm is not None:
        conditions.append(window.requests + 1 <= key.rpm)
    if key.tpm is not None:
        conditions.append(window.tokens + held.tokens <= key.tpm)
    admitted = await conn.execute(
        update(rate_windows)
        .where(*conditions)
        .values(requests=window.requests + 1, tokens=window.tokens + held.tokens)
    )
    if admitted.rowcount == 1:
        return
    row = (
        (
            await conn.execute(
                select(rate_windows).where(window.key_id == key.id, window.minute == held.minute)
            )
        )
        .mappings()
        .one()
    )
    resets = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    if key.rpm is not None and row["requests"] + 1 > key.rpm:
        what = f"{key.rpm} requests per minute"
        code = "requests_per_minute_exceeded"
    else:
        what = f"{key.tpm} tokens per minute (this request may use up to {held.tokens})"
        code = "tokens_per_minute_exceeded"
    raise RateLimited(
        f"Rate limit of {what} for key '{key.name}' reached; it resets at "
        f"{resets:%Y-%m-%dT%H:%M:%SZ}.",
        code=code,
        headers=_retry_after(resets, now),
    )


def _retry_after(resets: datetime | None, now: datetime) -> dict[str, str]:
    if resets is None:
        return {}
    return {"Retry-After": str(max(1, int((resets - now).total_seconds()) + 1))}
