"""Reservation leases: a crashed gateway's holds are released, a live one's never are.

Each reservation is a row in ``reservation_leases`` with the gateway that owns it and an
expiry. A running gateway renews the leases of its requests in flight every third of
``ledger.lease_s`` (a lease whose request ended without settling, because its row could not be
written, is left to expire); at start and at every renewal it also reclaims leases that have
expired, whoever owned them: a gateway killed with ``kill -9`` (or a host that lost power)
stops renewing, and after at most ``lease_s`` another gateway, or the same one restarted,
ends what its requests held: each call becomes a ledger row charged at its reservation (the
upstream may have answered it), so the key is not locked out and its budget still counts it.

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
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from minigate.ledger import rollup
from minigate.ledger.limits import Release, release
from minigate.ledger.rollup import GATEWAY_STOPPED
from minigate.ledger.writer import insert_rows
from minigate.schemas.bounds import INT32_MAX
from minigate.store.health import log_failure
from minigate.store.schema import reservation_leases
from minigate.store.writer import StoreWriter

log = logging.getLogger("minigate.ledger")
_RECLAIM_BATCH = 500
_KEPT = ("id", "key_id", "endpoint", "requested_model", "served_model", "stream")


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
        freed, charged = await self._writer.transaction(
            lambda conn: reclaim_expired(conn, time.time())
        )
        if freed:
            log.warning(
                "Released %d reservation(s) left by a gateway that stopped; %d of them, calls "
                "it was running, are charged their reservation (ledger status %s).",
                freed,
                charged,
                GATEWAY_STOPPED,
            )
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


def reclaim_expired(conn: Connection, now: float) -> tuple[int, int]:
    """End the leases that expired before ``now``; returns how many, and how many of them
    were charged.

    A lease that holds its call's row (``reserve``'s ``request``) is charged: the gateway that
    ran the call stopped before its row was written, and the upstream may have answered and
    billed it, so the reservation, the most the call could have cost, becomes its spend and
    its row is written with status ``gateway_stopped``, in this transaction (a crash before
    the commit leaves the lease for the next reclaim; after it, nothing to reclaim). Only a
    lease without one (a batch line's, which runs again, or one taken before migration 0025)
    is released unbilled."""
    leases = reservation_leases.c
    rows = conn.execute(
        select(reservation_leases)
        .where(leases.expires_at < now)
        .order_by(leases.id)
        .limit(_RECLAIM_BATCH)
    ).mappings()
    taken: list[dict[str, Any]] = []
    for row in list(rows):
        gone = conn.execute(
            reservation_leases.delete().where(leases.id == row["id"], leases.expires_at < now)
        )
        if gone.rowcount == 1:  # else another gateway took it, or its owner renewed it
            taken.append(dict(row))
    # Leases first, then the counters in the order the ledger's writer locks them in, then
    # the rows and their rollup, as ledger.writer.write_rows does.
    release(conn, [_released(row) for row in taken])
    charged: list[Mapping[str, Any]] = [
        stopped_row(row, now) for row in taken if row["request"] is not None
    ]
    if charged:
        insert_rows(conn, charged)
        rollup.add(conn, charged)
    return len(taken), len(charged)


def _released(lease: Mapping[str, Any]) -> Release:
    """What ending ``lease`` does to its counters: its hold becomes spend when it is charged."""
    tokens, cost = lease["tokens"], lease["cost_pusd"]
    used, spent = (tokens, cost) if lease["request"] is not None else (0, 0)
    return Release(lease["key_id"], lease["minute"], lease["period"], tokens, used, cost, spent)


def stopped_row(lease: Mapping[str, Any], now: float) -> dict[str, Any]:
    """The ledger row of a call whose gateway stopped before writing it: charged its
    reservation (prompt estimate plus the output limit, the upper bound of its real cost)."""
    request = lease["request"]
    at = datetime.fromisoformat(request["created_at"])
    return {
        **{name: request[name] for name in _KEPT},
        "created_at": at,
        "day": at.strftime("%Y-%m-%d"),
        # The columns are 32-bit; a bound past them (max_tokens times n) would fail the
        # reclaim's whole transaction, every time: the cost holds the bound in full.
        "prompt_tokens": min(request["prompt_tokens"], INT32_MAX),
        "completion_tokens": min(lease["tokens"] - request["prompt_tokens"], INT32_MAX),
        "cost_pusd": lease["cost_pusd"],
        "saved_pusd": 0,
        "cache": None,
        "latency_ms": max(0.0, now - at.timestamp()) * 1000,  # until it was reclaimed
        "ttft_ms": None,
        "status": GATEWAY_STOPPED,
        "batch_id": None,
    }
