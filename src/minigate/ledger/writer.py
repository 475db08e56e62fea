"""The ledger's rows, written by the store's writer (minigate.store.writer) in group commits.

Each request still waits until its row is committed (a report read right after the answer
sees it), but under load one transaction carries many rows: one BEGIN, one executemany and one
COMMIT instead of one each per request, shared with the audit trail's entries. On SQLite,
where one connection serialises every write, that is most of what the ledger costs at high
concurrency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from minigate.ledger import rollup
from minigate.ledger.limits import Reservation, end_lease, release, settlement
from minigate.store.schema import requests


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
    the actual cost is added."""
    held = [(item.reservation, item) for item in batch if item.reservation is not None]
    holding = {r.id: end_lease(conn, r.id) for r, _ in sorted(held, key=lambda p: p[0].id)}
    release(
        conn,
        [settlement(r, item.cost_pusd, item.tokens, holding=holding[r.id]) for r, item in held],
    )
    conn.execute(requests.insert(), [item.row for item in batch])
    rollup.add(conn, [item.row for item in batch])  # the hourly sums, after the keys' locks
