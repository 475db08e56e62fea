"""The ledger's rows, written by the store's writer (minigate.store.writer) in group commits.

Each request still waits until its row is committed (a report read right after the answer
sees it), but under load one transaction carries many rows: one BEGIN, one executemany and one
COMMIT instead of one each per request, shared with the audit trail's entries. On SQLite,
where one connection serialises every write, that is most of what the ledger costs at high
concurrency.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect

from minigate.ledger import rollup
from minigate.ledger.limits import Reservation, end_lease, release, settlement
from minigate.ledger.rollup import GATEWAY_STOPPED
from minigate.store.engine import driver_cursor, param_mark
from minigate.store.schema import requests

log = logging.getLogger("minigate.ledger")


@dataclass(slots=True)
class PendingRow:
    row: dict[str, Any]
    reservation: Reservation | None
    cost_pusd: int
    tokens: int


def write_rows(conn: Connection, batch: list[PendingRow]) -> None:
    """Settle each row's reservation (if any), insert the rows and add them to the hourly
    rollup, in ``conn``'s transaction.

    Leases are ended first, then the counters are settled in ``limits.release``'s order: two
    gateways settling the same keys, one reclaiming a lease (lease, then counters) and one
    admitting a request lock rows in the same order, which cannot deadlock on PostgreSQL. A
    lease already reclaimed (this gateway stalled past its expiry) released its hold then: only
    the actual cost is added; or, when the reclaim charged the call its reservation
    (``charged_on_expiry``), its row is written already and this one is left out."""
    held = [(item.reservation, item) for item in batch if item.reservation is not None]
    holding = {r.id: end_lease(conn, r.id) for r, _ in sorted(held, key=lambda p: p[0].id)}
    charged = {r.id for r, _ in held if r.charged_on_expiry and not holding[r.id]}
    for r, item in held:
        if r.id in charged:
            log.warning(
                "Request %s ended after its reservation's lease expired and was charged as %s "
                "(its reservation, %s pUSD); its own cost (%s pUSD) is not added again.",
                item.row["id"],
                GATEWAY_STOPPED,
                r.cost_pusd,
                item.cost_pusd,
            )
    release(
        conn,
        [
            settlement(r, item.cost_pusd, item.tokens, holding=holding[r.id])
            for r, item in held
            if r.id not in charged
        ],
    )
    rows: list[Mapping[str, Any]] = [
        item.row for item in batch if item.reservation is None or item.reservation.id not in charged
    ]
    insert_rows(conn, rows)
    rollup.add(conn, rows)  # the hourly sums, after the keys' locks


def insert_rows(conn: Connection, rows: list[Mapping[str, Any]]) -> None:
    """Insert ledger rows on the driver's own cursor, in ``conn``'s transaction, as
    ``requests.insert()`` would store them (each value through its column type's bind
    processor for the dialect: SQLite's DATETIME text, say). SQLAlchemy's execution of this
    18-column statement cost about 70 us of CPU per request, several times SQLite's own work,
    on the writer thread that a request at concurrency 1 waits for (see rollup._add_to)."""
    sql, columns = _insert_of(conn.dialect)
    params = [
        tuple(row.get(name) if bind is None else bind(row.get(name)) for name, bind in columns)
        for row in rows
    ]
    with driver_cursor(conn) as cursor:
        cursor.executemany(sql, params)


Bind = Callable[[Any], Any] | None
_INSERTS: dict[tuple[str, str], tuple[str, tuple[tuple[str, Bind], ...]]] = {}


def _insert_of(dialect: Dialect) -> tuple[str, tuple[tuple[str, Bind], ...]]:
    """The INSERT of every column of ``requests`` in the driver's paramstyle, and each
    column's name and bind processor; built once per dialect."""
    key = (dialect.name, dialect.paramstyle)
    if key not in _INSERTS:
        mark = param_mark(dialect.paramstyle)
        names = [column.name for column in requests.columns]
        sql = (
            f"INSERT INTO {requests.name} ({', '.join(names)}) "
            f"VALUES ({', '.join(mark for _ in names)})"
        )
        binds = tuple(
            (column.name, column.type.dialect_impl(dialect).bind_processor(dialect))
            for column in requests.columns
        )
        _INSERTS[key] = (sql, binds)
    return _INSERTS[key]
