"""Group commit for the ledger: rows that arrive while a transaction runs share the next one.

Each request still waits until its row is committed (a report read right after the answer
sees it), but under load one transaction carries many rows: one BEGIN, one executemany and one
COMMIT instead of one each per request. On SQLite, where one connection serialises every write,
that is most of what the ledger costs at high concurrency.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.ledger.limits import Reservation, settle
from minigate.store.schema import requests


@dataclass(slots=True)
class PendingRow:
    row: dict[str, Any]
    reservation: Reservation | None
    cost_pusd: int
    tokens: int
    done: asyncio.Future[None]


class RowWriter:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._pending: list[PendingRow] = []
        self._flusher: asyncio.Task[None] | None = None

    async def write(
        self, row: dict[str, Any], reservation: Reservation | None, cost_pusd: int, tokens: int
    ) -> None:
        """Settle ``reservation`` (if any) and insert ``row``; returns once committed."""
        done = asyncio.get_running_loop().create_future()
        self._pending.append(PendingRow(row, reservation, cost_pusd, tokens, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        await done

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                async with self.engine.begin() as conn:
                    for item in batch:
                        if item.reservation is not None:
                            await settle(conn, item.reservation, item.cost_pusd, item.tokens)
                    await conn.execute(requests.insert(), [item.row for item in batch])
            except Exception as exc:  # every waiter learns of it; none is left hanging
                for item in batch:
                    if not item.done.done():
                        item.done.set_exception(exc)
            else:
                for item in batch:
                    if not item.done.done():
                        item.done.set_result(None)
