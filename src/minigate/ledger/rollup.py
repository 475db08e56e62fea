"""The ledger's hourly rollup: each hour's sums per served and requested model, and its latency
histograms, added to in the same transaction as the rows they sum (see ledger.writer).

The overview (ledger.summary) reads whole hours from here and only the partial hours at a
range's edges from the rows, so a 90-day range reads a few thousand rollup rows. The rollup is
a cache of the rows that is never out of step with them: both commit together, and migration
0008 backfilled it from the rows already written.

Tokens and cost sum every model call; ``requests`` and the outcome counts (cache results,
errors, blocks, holds) count client requests, each at its last model call: a route that fell
back or escalated takes its earlier calls' counts back as it writes the later call's row
(migration 0023 did so for the rows written before).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from minigate.context import HELD as HELD  # the ledger names it here too
from minigate.context import previous_call
from minigate.store.engine import driver_cursor, param_mark
from minigate.store.schema import (
    LATENCY_BOUNDS,
    LATENCY_COLUMNS,
    requests,
    usage_latency,
    usage_rollup,
)

# Statuses that are not failures of the gateway: a guard's decision, or an answer held.
GUARD_BLOCKED = "content_policy_violation"
# (HELD, an answer held for review, is minigate.context's: the audit trail records it too.)
# A call charged its reservation when its lease was reclaimed: its gateway stopped before
# writing its row (minigate.ledger.leases). An error: its client got no answer from us.
GATEWAY_STOPPED = "gateway_stopped"
NOT_ERRORS = ("ok", GUARD_BLOCKED, HELD)
# What the cache stage records in the ledger's cache column when it answers.
EXACT_HIT, SEMANTIC_HIT = "hit", "semantic-hit"
SUMS = (
    "requests",
    "prompt_tokens",
    "completion_tokens",
    "cost_pusd",
    "saved_pusd",
    "exact",
    "semantic",
    "errors",
    "guard_blocked",
    "held_for_review",
)

Cell = tuple[str, str, str]  # hour, served model, requested model ('' for none)


def hour_of(at: datetime) -> str:
    """The UTC hour a row counts in, as the rollup keys it ('2026-12-01 17')."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return at.strftime("%Y-%m-%d %H")


def bucket_of(ms: float) -> int:
    """The histogram column (an index into LATENCY_COLUMNS) for a latency in milliseconds:
    whole milliseconds, as the raw ledger's histogram counts them."""
    return bisect_left(LATENCY_BOUNDS, int(ms))


def outcome_counts(row: Mapping[str, Any]) -> dict[str, int]:
    """What a row adds to the sums that count client requests, as its request's last model
    call: one request, and its cache result and status."""
    status, cache = row["status"], row["cache"]
    return {
        "requests": 1,
        "exact": cache == EXACT_HIT,
        "semantic": cache == SEMANTIC_HIT,
        "errors": status not in NOT_ERRORS,
        "guard_blocked": status == GUARD_BLOCKED,
        "held_for_review": status == HELD,
    }


def tally(
    rows: Iterable[Mapping[str, Any]],
    superseded: Iterable[Mapping[str, Any]] = (),
) -> tuple[dict[Cell, Counter[str]], dict[tuple[str, str], Counter[int]]]:
    """The sums per hour and model, and the histograms per hour and kind, of ledger rows.

    ``superseded``: rows already counted whose request a route then went on to call another
    model for (these ``rows`` hold that call): their request is counted at its last call, so
    their outcome counts are taken back; their tokens and cost stay, as they were spent."""
    sums: dict[Cell, Counter[str]] = {}
    histograms: dict[tuple[str, str], Counter[int]] = {}
    for row in superseded:
        cell = (hour_of(row["created_at"]), row["served_model"] or "", row["requested_model"])
        sums.setdefault(cell, Counter()).subtract(outcome_counts(row))
    for row in rows:
        hour = hour_of(row["created_at"])
        cell = (hour, row["served_model"] or "", row["requested_model"])
        status = row["status"]
        sums.setdefault(cell, Counter()).update(
            {
                "prompt_tokens": row["prompt_tokens"],
                "completion_tokens": row["completion_tokens"],
                "cost_pusd": row["cost_pusd"],
                "saved_pusd": row["saved_pusd"],
                **outcome_counts(row),
            }
        )
        if status != "ok":
            continue
        histograms.setdefault((hour, "latency"), Counter())[bucket_of(row["latency_ms"])] += 1
        if row["ttft_ms"] is not None:
            histograms.setdefault((hour, "ttft"), Counter())[bucket_of(row["ttft_ms"])] += 1
    return sums, histograms


def add(conn: Connection, rows: list[Mapping[str, Any]]) -> None:
    """Add ``rows`` (the ledger's, being inserted in ``conn``'s transaction) to the rollup.

    One write per hour and model touched, in key order: two gateways adding to the same
    hours lock their rollup rows in the same order (after their keys', see ledger.writer)."""
    sums, histograms = tally(rows, _superseded(conn, rows))
    for hour, served, requested in sorted(sums):
        key = {"hour": hour, "served_model": served, "requested_model": requested}
        _add_to(conn, usage_rollup, key, _full(sums[hour, served, requested], SUMS))
    for hour, kind in sorted(histograms):
        counts = histograms[hour, kind]
        touched = {LATENCY_COLUMNS[i]: n for i, n in sorted(counts.items())}
        _add_to(conn, usage_latency, {"hour": hour, "kind": kind}, touched)


def _superseded(conn: Connection, rows: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows of the calls that ``rows``' later model calls of a routed request (``.2``,
    ``.3``) followed: inserted already, in this transaction or before."""
    earlier = [found for row in rows if (found := previous_call(row["id"])) is not None]
    if not earlier:
        return []
    c = requests.c
    query = select(c.created_at, c.served_model, c.requested_model, c.status, c.cache)
    return [dict(row) for row in conn.execute(query.where(c.id.in_(earlier))).mappings()]


def _add_to(conn: Connection, table: Table, key: dict[str, str], counts: dict[str, int]) -> None:
    """Add ``counts`` to the row at ``key``: an UPDATE of the columns touched, and the whole
    row's upsert only when there is no row yet (a new hour). A latency row has 145 columns and
    a request touches one of them: writing all of them for every request cost about 0.1 ms of
    CPU a request at concurrency 1."""
    sql = _update_sql(conn.dialect.paramstyle, table.name, tuple(key), tuple(counts))
    with driver_cursor(conn) as cursor:
        cursor.execute(sql, (*counts.values(), *key.values()))
        if cursor.rowcount:
            return
    names = LATENCY_COLUMNS if table is usage_latency else SUMS
    full = {**key, **{name: counts.get(name, 0) for name in names}}
    conn.execute(_upsert(conn.dialect.name, table, names), [full])


@lru_cache(maxsize=1024)
def _update_sql(paramstyle: str, table: str, keys: tuple[str, ...], adding: tuple[str, ...]) -> str:
    """The UPDATE adding to the columns ``adding`` at the row whose ``keys`` match, as the
    driver's SQL (positional parameters: the added values, then the keys), run on the driver's
    own cursor in the transaction: SQLAlchemy's execution path costs about four times SQLite's
    own work for statements this small, and there are two per request. Names are the schema's,
    never a client's."""
    mark = param_mark(paramstyle)
    sets = ", ".join(f"{c} = {c} + {mark}" for c in adding)
    where = " AND ".join(f"{k} = {mark}" for k in keys)
    return f"UPDATE {table} SET {sets} WHERE {where}"


def _full(counts: Counter[str], names: tuple[str, ...]) -> dict[str, int]:
    return {name: int(counts[name]) for name in names}


@cache
def _upsert(dialect_name: str, table: Table, adding: tuple[str, ...]) -> Any:
    """INSERT, or on a row already there add each of ``adding`` to it (SQLite, PostgreSQL).

    Built once per dialect and table: the latency table's statement has 145 columns, and
    building and compiling it for every batch of rows cost several milliseconds a request."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    statement = dialect.insert(table)
    keys = [column.name for column in table.primary_key.columns]
    return statement.on_conflict_do_update(
        index_elements=keys,
        set_={name: table.c[name] + statement.excluded[name] for name in adding},
    )
