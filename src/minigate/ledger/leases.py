"""Reservation leases: a crashed gateway's holds are released, a live one's never are.

Each reservation is a row in ``reservation_leases`` with the gateway that owns it and an
expiry. A running gateway renews the leases of its requests in flight every third of
``ledger.lease_s`` (a lease whose request ended without settling, because its row could not be
written, is left to expire); at start and at every renewal it also reclaims leases that have
expired, whoever owned them: a gateway killed with ``kill -9`` (or a host that lost power)
stops renewing, and after at most ``lease_s`` another gateway, or the same one restarted,
releases what its requests held.

Reclaiming deletes the lease first and releases the hold only when that delete took the row,
so two gateways reclaiming at once release it once, and a settle racing a reclaim (a gateway
that stalled past its expiry) adds its cost without releasing the hold a second time
(minigate.ledger.writer).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import secrets
import socket
import time

from sqlalchemy import Connection, select, update

from minigate.ledger.limits import Release, release
from minigate.store.health import log_failure
from minigate.store.schema import reservation_leases
from minigate.store.writer import StoreWriter

log = logging.getLogger("minigate.ledger")
_RECLAIM_BATCH = 500


def new_owner() -> str:
    """This process's name on its leases: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"


class LeaseKeeper:
    """Renews this gateway's leases and reclaims expired ones, on the store's writer."""

    def __init__(self, writer: StoreWriter, lease_s: float) -> None:
        self.owner = new_owner()
        self.lease_s = lease_s
        self._writer = writer
        self._task: asyncio.Task[None] | None = None
        self._held: set[str] = set()

    def hold(self, lease_id: str) -> None:
        """Keep renewing ``lease_id`` until ``release``."""
        self._held.add(lease_id)

    def release(self, lease_id: str) -> None:
        self._held.discard(lease_id)

    def expiry(self) -> tuple[str, float]:
        """(owner, expires_at) for a lease taken now."""
        return self.owner, time.time() + self.lease_s

    async def start(self) -> int:
        """Reclaim what dead gateways left, then keep renewing; returns how many were freed."""
        freed = await self.reclaim()
        if self._task is None:
            self._task = asyncio.create_task(self._renew_forever())
        return freed

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def reclaim(self) -> int:
        freed = await self._writer.transaction(lambda conn: reclaim_expired(conn, time.time()))
        if freed:
            log.warning("Released %d reservation(s) left by a gateway that stopped.", freed)
        return freed

    async def _renew_forever(self) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            try:
                held = sorted(self._held)
                for start in range(0, len(held), _RECLAIM_BATCH):
                    await self._writer.transaction(
                        functools.partial(self._renew, ids=held[start : start + _RECLAIM_BATCH])
                    )
                await self.reclaim()
            except Exception as exc:
                # A store that is down is reported by /health; the next round tries again.
                log_failure(log, "Could not renew reservation leases", exc)

    def _renew(self, conn: Connection, ids: list[str]) -> None:
        leases = reservation_leases.c
        conn.execute(
            update(reservation_leases)
            .where(leases.owner == self.owner, leases.id.in_(ids))
            .values(expires_at=time.time() + self.lease_s)
        )


def reclaim_expired(conn: Connection, now: float) -> int:
    """Release the holds of leases that expired before ``now``; returns how many."""
    leases = reservation_leases.c
    rows = conn.execute(
        select(reservation_leases)
        .where(leases.expires_at < now)
        .order_by(leases.id)
        .limit(_RECLAIM_BATCH)
    ).mappings()
    taken = []
    for row in list(rows):
        gone = conn.execute(
            reservation_leases.delete().where(leases.id == row["id"], leases.expires_at < now)
        )
        if gone.rowcount == 1:  # else another gateway took it, or its owner renewed it
            taken.append(row)
    # Leases first, then the counters in the order the ledger's writer locks them in.
    release(
        conn,
        [
            Release(row["key_id"], row["minute"], row["period"], row["tokens"], 0,
                    row["cost_pusd"], 0)
            for row in taken
        ],
    )  # fmt: skip
    return len(taken)
