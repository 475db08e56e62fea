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

from minigate.ledger.limits import Reservation, settle
from minigate.store.schema import requests


@dataclass(slots=True)
class PendingRow:
    row: dict[str, Any]
    reservation: Reservation | None
    cost_pusd: int
    tokens: int


def write_rows(conn: Connection, batch: list[PendingRow]) -> None:
    """Settle each row's reservation (if any) and insert the rows, in ``conn``'s transaction.

    Keys are settled in id order: two gateways settling the same keys in one transaction each
    lock their rows in the same order, which cannot deadlock on PostgreSQL."""
    held = [(item.reservation, item) for item in batch if item.reservation is not None]
    for reservation, item in sorted(held, key=lambda pair: pair[0].key.id):
        settle(conn, reservation, item.cost_pusd, item.tokens)
    conn.execute(requests.insert(), [item.row for item in batch])
