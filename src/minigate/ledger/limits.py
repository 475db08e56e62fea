"""Budgets and rate limits that hold under concurrency, across processes sharing one database.

Admission is a conditional UPDATE (``... WHERE spent + reserved + :amount <= :budget``): the
database serialises writers on the row, so two gateways can never both take the last dollar.
A request reserves its largest possible cost before the backend runs and settles to the actual
cost afterwards.

Every reservation is also a lease row (``reservation_leases``) with an owner and an expiry:
settling deletes it; a gateway that dies leaves it behind, and once it expires any gateway
reclaims it (minigate.ledger.leases), charging the call at its reservation, so a crash never
locks a key out for good and never lets it spend unbilled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, Table, case, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.errors import RateLimited
from minigate.identity import Period, VirtualKey
from minigate.ledger.money import from_pico, to_pico, usd_text
from minigate.schemas.common import new_id
from minigate.store.schema import api_keys, key_spend, rate_windows, requests, reservation_leases


def period_of(period: Period, now: datetime) -> str:
    return {"day": now.strftime("%Y-%m-%d"), "month": now.strftime("%Y-%m"), "total": "total"}[
        period
    ]


def period_start(period: Period, now: datetime) -> datetime | None:
    """When the budget window of ``now`` began (None: a total budget has one window)."""
    if period == "day":
        return datetime(now.year, now.month, now.day, tzinfo=UTC)
    if period == "month":
        return datetime(now.year, now.month, 1, tzinfo=UTC)
    return None


def period_reset(period: Period, now: datetime) -> datetime | None:
    if period == "day":
        return datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)
    if period == "month":
        return datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)
    return None


WINDOW = timedelta(seconds=60)
SECOND = timedelta(seconds=1)


def second_of(now: datetime) -> str:
    """The rate window row of ``now``'s second: ``s`` and the Unix time (10 digits, so that
    rows compare in time order as strings; rows of calendar minutes sort before them)."""
    return f"s{int(now.timestamp()):010d}"


def _second_at(bucket: str) -> datetime:
    return datetime.fromtimestamp(int(bucket.removeprefix("s")), UTC)


@dataclass(frozen=True, slots=True)
class RateState:
    """A key's rate window as its request found it, for OpenAI's ``x-ratelimit-*`` headers:
    what the key may use in 60 seconds, what the window leaves (this request counted), and
    when room next returns (the window's oldest second leaves it)."""

    rpm: int | None
    tpm: int | None
    requests_left: int
    tokens_left: int
    resets: datetime
    now: datetime

    def headers(self) -> dict[str, str]:
        """OpenAI's names; a limit the key does not have is left out. The reset is the time
        until room returns, written as OpenAI writes it ("12s", "1m0s")."""
        reset = _duration(self.resets - self.now)
        headers: dict[str, str] = {}
        if self.rpm is not None:
            headers["x-ratelimit-limit-requests"] = str(self.rpm)
            headers["x-ratelimit-remaining-requests"] = str(max(0, self.requests_left))
            headers["x-ratelimit-reset-requests"] = reset
        if self.tpm is not None:
            headers["x-ratelimit-limit-tokens"] = str(self.tpm)
            headers["x-ratelimit-remaining-tokens"] = str(max(0, self.tokens_left))
            headers["x-ratelimit-reset-tokens"] = reset
        return headers


def _duration(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds() + 0.999))
    return f"{seconds // 60}m{seconds % 60}s" if seconds >= 60 else f"{seconds}s"


@dataclass(slots=True)
class Reservation:
    """What a request holds until it settles."""

    key: VirtualKey
    period: str
    minute: str
    cost_pusd: int
    tokens: int
    id: str = ""
    rate: RateState | None = None  # the key's rate window, when it has a rate limit
    # Its lease holds the call's row: a reclaim charges it (minigate.ledger.leases).
    charged_on_expiry: bool = False


async def insert_ignore(conn: AsyncConnection, table: Table, values: dict[str, Any]) -> None:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    await conn.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


async def recount_spend(conn: AsyncConnection, key_id: str, period: Period, now: datetime) -> None:
    """Set what the key has spent in ``period``'s window of ``now`` to what its ledger rows
    since the window's start cost (all of them for ``total``), keeping what requests in flight
    reserve there. Spend is counted per window: a key whose period changes (a PATCH) has a
    window whose count is missing what it spent under the other period, or is missing."""
    window = period_of(period, now)
    await insert_ignore(
        conn, key_spend, {"key_id": key_id, "period": window, "spent_pusd": 0, "reserved_pusd": 0}
    )
    spend = key_spend.c
    row = (spend.key_id == key_id) & (spend.period == window)
    # Locked before the sum is read: a row being settled (its insert and its cost, in one
    # transaction) is then either in the sum or still to be added, never lost between them.
    await conn.execute(select(spend.key_id).where(row).with_for_update())
    rows = requests.c.key_id == key_id
    if (start := period_start(period, now)) is not None:
        rows &= requests.c.day >= start.strftime("%Y-%m-%d")
    total = select(func.coalesce(func.sum(requests.c.cost_pusd), 0)).where(rows)
    spent_pusd = int((await conn.execute(total)).scalar_one())
    await conn.execute(update(key_spend).where(row).values(spent_pusd=spent_pusd))


async def reserve(
    conn: AsyncConnection,
    key: VirtualKey,
    cost_pusd: int,
    tokens: int,
    now: datetime,
    lease: tuple[str, float],
    lease_id: str | None = None,
    request: dict[str, Any] | None = None,
) -> Reservation:
    """Take the request's slot in the rate window and its maximum cost from the budget, and
    record both in a lease held by ``lease`` = (owner, expires_at in epoch seconds), named
    ``lease_id`` (default: a new id). ``request``: the call's ledger row, as
    ``leases.stopped_row`` reads it, for a reclaim to charge should the lease expire."""
    _check_fits(key, cost_pusd, tokens)
    period = period_of(key.period, now)
    held = Reservation(key, period, second_of(now), cost_pusd, tokens, lease_id or new_id("rsv"))
    held.charged_on_expiry = request is not None
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
            request=request,
        )
    )
    return held


def end_lease(conn: Connection, lease_id: str) -> bool:
    """Delete a lease; False when it is gone already (reclaimed: its hold was released)."""
    done = conn.execute(reservation_leases.delete().where(reservation_leases.c.id == lease_id))
    return done.rowcount == 1


@dataclass(slots=True)
class Release:
    """What settling one hold gives back: its rate window (``minute`` None: the key has no
    rate limit) and its budget period (``period`` None: no budget)."""

    key_id: str
    minute: str | None
    period: str | None
    held_tokens: int
    tokens: int
    held_cost: int
    cost: int


def settlement(held: Reservation, cost_pusd: int, tokens: int, *, holding: bool = True) -> Release:
    """What replaces the reservation: the actual cost. With ``holding`` False (its lease was
    reclaimed, which released the hold) only the actual cost is added."""
    key = held.key
    held_tokens, held_cost = (held.tokens, held.cost_pusd) if holding else (0, 0)
    rated = key.rpm is not None or key.tpm is not None
    return Release(
        key.id,
        held.minute if rated else None,
        held.period if key.budget_usd is not None else None,
        held_tokens,
        tokens,
        held_cost,
        cost_pusd,
    )


def release(conn: Connection, releases: list[Release]) -> None:
    """Give back holds (on the store's writer thread, in its transaction: see
    minigate.ledger.writer), locking rows in the order ``reserve`` locks them: every rate
    window first, then every budget, each in key order. Settling one hold's window and budget
    before the next one's would hold a key's budget while waiting for its window of another
    second, which a request being admitted holds while it waits for that budget: a deadlock
    on PostgreSQL (seen with two gateways sharing a key that has both limits)."""
    windows = sorted((r for r in releases if r.minute is not None), key=_window_order)
    for r in windows:
        release_rate(conn, r.key_id, str(r.minute), r.held_tokens, r.tokens)
    for r in sorted((r for r in releases if r.period is not None), key=_budget_order):
        release_budget(conn, r.key_id, str(r.period), r.held_cost, r.cost)


def _window_order(r: Release) -> tuple[str, str]:
    return r.key_id, r.minute or ""


def _budget_order(r: Release) -> tuple[str, str]:
    return r.key_id, r.period or ""


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


# A 429 that waiting cannot cure: the openai SDKs (and others made by Stainless) retry a 429
# unless Retry-After is over a minute or this header says no.
NO_RETRY = {"x-should-retry": "false"}


FIT_ADVICE = "Set a smaller max_tokens (when unset, ledger.default_max_tokens is reserved)"


def _check_fits(key: VirtualKey, cost_pusd: int, tokens: int) -> None:
    """Refuse at once a request larger than a whole minute of the key's tokens or its whole
    budget: no window or period would ever admit it."""
    if key.tpm is not None and tokens > key.tpm:
        raise RateLimited(
            f"This request may use up to {tokens} tokens, more than the {key.tpm} tokens per "
            f"minute key '{key.name}' allows in all: it can never be admitted. {FIT_ADVICE}, or "
            "raise the key's tpm.",
            code="tokens_per_minute_exceeded",
            headers=NO_RETRY,
        )
    if key.budget_usd is not None and cost_pusd > to_pico(key.budget_usd):
        raise RateLimited(
            f"This request may cost up to {usd_text(from_pico(cost_pusd))}, more than the whole "
            f"budget of key '{key.name}' ({usd_text(key.budget_usd)}): it can never be "
            f"admitted. {FIT_ADVICE}, or raise the key's budget.",
            code="budget_exceeded",
            headers=NO_RETRY,
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
    spent, reserved = row["spent_pusd"], row["reserved_pusd"]
    if reserved > 0 and spent + held.cost_pusd <= budget:
        raise RateLimited(
            _held_in_flight(held, budget, spent, reserved),
            code="budget_exceeded",
            headers={"x-should-retry": "true", "Retry-After": str(IN_FLIGHT_RETRY_S)},
        )
    resets = period_reset(key.period, now)
    raise RateLimited(
        _budget_refusal(held, budget, spent, reserved, resets),
        code="budget_exceeded",
        headers=_retry_after(resets, now) if resets else NO_RETRY,  # a total budget never resets
    )


# When only requests in flight hold the budget, room returns as each settles, most of them
# within seconds. The openai SDK honours a Retry-After up to 60 s and retries twice by
# default: 2 s lets both retries fall within the few seconds such requests take, without
# the near-immediate retries (0.5 s, 1 s) of its own backoff, which would likely meet the
# same requests still in flight.
IN_FLIGHT_RETRY_S = 2


def _held_in_flight(held: Reservation, budget: int, spent: int, reserved: int) -> str:
    """Why the key's budget cannot take ``held`` now, though it would once the requests in
    flight settle and give back what they reserved beyond their cost."""
    return (
        f"{_budget_of(held.key, budget)} is held by requests in flight: "
        f"{usd_text(from_pico(reserved))} reserved by them and "
        f"{usd_text(from_pico(spent))} spent leave less than this request may cost (up to "
        f"{usd_text(from_pico(held.cost_pusd))}). Each request reserves its largest possible "
        f"cost until it ends; retry in {IN_FLIGHT_RETRY_S} seconds, or send fewer requests at "
        "once."
    )


def _budget_of(key: VirtualKey, budget: int) -> str:
    per = {"day": " per day", "month": " per month", "total": ""}[key.period]
    return f"Budget of {usd_text(from_pico(budget))}{per} for key '{key.name}'"


def _budget_refusal(
    held: Reservation, budget: int, spent: int, reserved: int, resets: datetime | None
) -> str:
    """Why the key's budget cannot take ``held``: it is used up, or what is left is less than
    the request may cost (a smaller one may fit)."""
    when = f"; it resets at {resets:%Y-%m-%dT%H:%M:%SZ}" if resets else ""
    head = _budget_of(held.key, budget)
    held_by = (
        f"{usd_text(from_pico(spent))} spent, "
        f"{usd_text(from_pico(reserved))} reserved by requests in flight"
    )
    if spent + reserved >= budget:
        return f"{head} is used up ({held_by}){when}."
    return (
        f"{head} has {usd_text(from_pico(budget - spent - reserved))} left ({held_by}), less "
        f"than this request may cost (up to {usd_text(from_pico(held.cost_pusd))}){when}. "
        f"{FIT_ADVICE} to fit in it."
    )


async def _admit_rate(conn: AsyncConnection, held: Reservation, now: datetime) -> None:
    """Admit when the requests and tokens of the last 60 seconds leave room, whatever the
    clock's minute: a key gets at most its limit in any 60-second window.

    Use is counted in one row per key and second (``held.minute`` is ``s<unix second>``); the
    window is the sum of the key's rows of the last 60 seconds. The key's row in api_keys is
    locked first, so that gateways sharing PostgreSQL admit one request of a key at a time
    (SQLite has one writer at a time anyway).
    """
    key = held.key
    if conn.dialect.name == "postgresql":
        await conn.execute(select(api_keys.c.id).where(api_keys.c.id == key.id).with_for_update())
    window = rate_windows.c
    recent = (window.key_id == key.id) & (window.minute >= second_of(now - WINDOW + SECOND))
    used = (
        await conn.execute(
            select(
                func.coalesce(func.sum(window.requests), 0),
                func.coalesce(func.sum(window.tokens), 0),
                func.min(window.minute),
            ).where(recent)
        )
    ).one()
    requests_ok = key.rpm is None or used[0] + 1 <= key.rpm
    tokens_ok = key.tpm is None or used[1] + held.tokens <= key.tpm
    # Room returns as the window's oldest second leaves it (this request's, in an empty one).
    resets = _second_at(used[2]) + WINDOW if used[2] else _second_at(held.minute) + WINDOW
    if requests_ok and tokens_ok:
        held.rate = RateState(
            key.rpm,
            key.tpm,
            (key.rpm or 0) - used[0] - 1,
            (key.tpm or 0) - used[1] - held.tokens,
            resets,
            now,
        )
        await insert_ignore(
            conn,
            rate_windows,
            {"key_id": key.id, "minute": held.minute, "requests": 0, "tokens": 0},
        )
        await conn.execute(
            update(rate_windows)
            .where(window.key_id == key.id, window.minute == held.minute)
            .values(requests=window.requests + 1, tokens=window.tokens + held.tokens)
        )
        return
    left = RateState(
        key.rpm, key.tpm, (key.rpm or 0) - used[0], (key.tpm or 0) - used[1], resets, now
    )
    if not requests_ok:
        what = f"{key.rpm} requests per minute"
        code = "requests_per_minute_exceeded"
    else:
        what = f"{key.tpm} tokens per minute (this request may use up to {held.tokens})"
        code = "tokens_per_minute_exceeded"
    raise RateLimited(
        f"Rate limit of {what} for key '{key.name}' reached; it resets at "
        f"{resets:%Y-%m-%dT%H:%M:%SZ}.",
        code=code,
        headers=_retry_after(resets, now) | left.headers(),
    )


def _retry_after(resets: datetime | None, now: datetime) -> dict[str, str]:
    if resets is None:
        return {}
    return {"Retry-After": str(max(1, int((resets - now).total_seconds()) + 1))}


async def spent(engine: AsyncEngine, keys: list[VirtualKey], now: datetime) -> dict[str, Decimal]:
    """What each key has spent in its current ``period`` (this UTC day, this UTC month, or
    all time for ``total``), with a budget or without: a budget's own count (``key_spend``)
    for a key that has one; the sum of its ledger rows in the period for one that has not
    (no count is kept for it), in one grouped query for them all."""
    found = {k.id: Decimal(0) for k in keys}
    budgeted = {(k.id, period_of(k.period, now)) for k in keys if k.budget_usd is not None}
    free = {k.id: k.period for k in keys if k.budget_usd is None}
    async with engine.connect() as conn:
        if budgeted:
            query = select(key_spend.c.key_id, key_spend.c.period, key_spend.c.spent_pusd).where(
                key_spend.c.key_id.in_([key_id for key_id, _ in budgeted])
            )
            for key_id, period, pusd in (await conn.execute(query)).all():
                if (key_id, period) in budgeted:
                    found[key_id] = from_pico(int(pusd))
        if free:
            windows = await conn.execute(_spent_by_window(list(free), now))
            for key_id, day, month, total in windows.all():
                sums = {"day": day, "month": month, "total": total}
                found[key_id] = from_pico(int(sums[free[key_id]] or 0))
    return found


def _spent_by_window(key_ids: list[str], now: datetime) -> Select[Any]:
    """Each key's cost today, this month and in all, from its ledger rows (``day`` is
    indexed text, 'YYYY-MM-DD': a month's days compare after its first)."""
    cost, day = requests.c.cost_pusd, requests.c.day
    today, month = (
        func.sum(case((day >= now.strftime(first), cost), else_=0))
        for first in ("%Y-%m-%d", "%Y-%m-01")
    )
    return (
        select(requests.c.key_id, today, month, func.sum(cost))
        .where(requests.c.key_id.in_(key_ids))
        .group_by(requests.c.key_id)
    )
