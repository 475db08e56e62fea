"""Budget holds for batch lines that an upstream's own Batch API runs (batch passthrough).

A batch passed through to a provider runs there for up to a day, out of the gateway's sight,
so its lines cannot be admitted one by one as they run. Instead each line's largest possible
cost (at the batch price) is reserved against its key's budget before the file goes upstream,
and a line the budget cannot cover is refused there and then, never sent. A hold is a lease
(minigate.ledger.limits) named after its line, owned by no gateway and lasting until
``until``: no gateway renews it, and none reclaims it while the upstream may still run the
line, so a relay that dies and restarts finds its holds where it left them. When the line's
result comes back its ledger row settles the hold to the actual cost, in the caller's
transaction; a line that never ran releases it.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from minigate.identity import VirtualKey
from minigate.ledger.estimate import request_bounds
from minigate.ledger.ledger import Ledger
from minigate.ledger.limits import Reservation, end_lease, period_of, release_budget, reserve
from minigate.ledger.money import to_pico
from minigate.ledger.writer import PendingRow, write_rows
from minigate.schemas.common import Usage
from minigate.stage import Request
from minigate.store.schema import reservation_leases

OWNER = "batch-passthrough"  # no gateway's name: LeaseKeeper renews only its own


class BatchHolds:
    """Per-line budget holds and ledger rows for the batch relay (batch/upstream.py)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    async def hold(
        self, key: VirtualKey | None, model: str, req: Request, hold_id: str, until: float
    ) -> None:
        """Reserve the line's largest cost on ``model`` at the batch price under ``hold_id``
        until ``until`` (epoch seconds); nothing when it is held already (by a relay that
        died) or the key has no budget. Raises 429 ``budget_exceeded`` when it cannot, 403
        when ``model`` has no price."""
        if key is None or key.budget_usd is None:
            return
        self.ledger.check_priced(key, model)
        at = self.ledger.clock()
        cost, tokens = self.ledger.worst_case(model, *request_bounds(req), at, batch=True)
        async with self.ledger.engine.begin() as conn:
            held = await conn.execute(
                select(reservation_leases.c.id).where(reservation_leases.c.id == hold_id)
            )
            if held.first() is None:
                # Budget only: the upstream, not this gateway, paces the lines' requests.
                budget = dataclasses.replace(key, rpm=None, tpm=None)
                await reserve(conn, budget, cost, tokens, at, (OWNER, until), hold_id)

    def record(
        self,
        conn: Connection,
        key: VirtualKey | None,
        hold_id: str,
        row: dict[str, Any],
        usage: Usage,
    ) -> None:
        """Write the line's ledger row (``row`` without its cost), priced from ``usage`` at
        the batch price, and settle its hold, in ``conn``'s transaction."""
        at: datetime = row["created_at"]
        model = row["served_model"] or row["requested_model"]
        cost = to_pico(self.ledger.cost(model, usage, at, batch=True))
        held = None
        if key is not None and key.budget_usd is not None:
            lease = _lease(conn, hold_id)
            budget = dataclasses.replace(key, rpm=None, tpm=None)
            if lease is None:  # reclaimed after ``until``: only the actual cost is added
                held = Reservation(budget, period_of(key.period, at), "", 0, 0, hold_id)
            else:
                period = lease["period"]
                held = Reservation(budget, period, "", lease["cost_pusd"], lease["tokens"], hold_id)
        write_rows(conn, [PendingRow({**row, "cost_pusd": cost}, held, cost, usage.total_tokens)])

    def release(self, conn: Connection, hold_id: str) -> None:
        """Give back the hold of a line that never ran (in ``conn``'s transaction)."""
        lease = _lease(conn, hold_id)
        if lease is not None and end_lease(conn, hold_id) and lease["period"] is not None:
            release_budget(conn, lease["key_id"], lease["period"], lease["cost_pusd"], 0)


def _lease(conn: Connection, hold_id: str) -> dict[str, Any] | None:
    found = conn.execute(select(reservation_leases).where(reservation_leases.c.id == hold_id))
    row = found.mappings().first()
    return dict(row) if row is not None else None
