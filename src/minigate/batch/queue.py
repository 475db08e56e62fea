"""The queue of batch lines in the store, shared by every worker.

A worker claims lines with one conditional UPDATE: on PostgreSQL its subquery locks the rows
it picks with ``FOR UPDATE SKIP LOCKED``, so workers claiming at once take different lines
without waiting for each other; on SQLite, which runs one writer at a time, the statement is
atomic by itself. A claim is a lease: the worker renews it while the line runs, and a line
whose lease ran out (its worker died) is claimed again by whoever looks next. A line's result
is committed with its ledger row, and only by the worker that still holds its claim.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.batch.jobs import CLAIMED, PENDING
from minigate.store.schema import batch_lines, batches
from minigate.store.writer import Reconnect

log = logging.getLogger("minigate.batch")
ACTIVE = ("validating", "in_progress", "cancelling", "finalizing")


@dataclass(frozen=True, slots=True)
class ClaimedLine:
    id: str
    batch_id: str
    line: int
    custom_id: str
    request_id: str
    body: bytes
    attempts: int  # this claim included


class Queue:
    def __init__(self, engine: AsyncEngine, worker_id: str, lease_s: float) -> None:
        self.engine = engine
        self.worker_id = worker_id
        self.lease_s = lease_s

    async def active_batches(self) -> list[dict[str, Any]]:
        """Batches with work left (to validate, run, cancel or finish), oldest first."""
        async with self.engine.connect() as conn:
            found = await conn.execute(
                select(batches).where(batches.c.status.in_(ACTIVE)).order_by(batches.c.created_at)
            )
            return [dict(r) for r in found.mappings()]

    async def claim(self, batch_id: str, limit: int, *, resume: bool = False) -> list[ClaimedLine]:
        """Claim up to ``limit`` of the batch's waiting lines, in file order.

        ``resume``: the batch is cancelling or expired, so no line starts; only those whose
        worker died while running them are claimed, to run again as after any crash. Their
        request went out before the batch stopped, and its answer (and ledger row) died with
        the worker: marking them "cancelled before this request ran" would hide that spend.
        """
        now = time.time()
        state: ColumnElement[bool]
        if resume:
            lines = _interrupted(now)
            state = batches.c.status.in_(("in_progress", "cancelling"))
        else:
            lines = _claimable(now)
            state = and_(batches.c.status == "in_progress", batches.c.expires_at > now)
        running = (
            select(batches.c.id)
            .where(
                batches.c.id == batch_id,
                state,
                batches.c.upstream_model.is_(None),  # its upstream runs its lines
            )
            .exists()
        )
        free = (
            select(batch_lines.c.id)
            .where(batch_lines.c.batch_id == batch_id, lines, running)
            .order_by(batch_lines.c.line)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        async with self.engine.begin() as conn:
            found = await conn.execute(
                update(batch_lines)
                .where(batch_lines.c.id.in_(free))
                .values(
                    status=CLAIMED,
                    claimed_by=self.worker_id,
                    lease_until=now + self.lease_s,
                    attempts=batch_lines.c.attempts + 1,
                )
                .returning(
                    batch_lines.c.id,
                    batch_lines.c.line,
                    batch_lines.c.custom_id,
                    batch_lines.c.request_id,
                    batch_lines.c.body,
                    batch_lines.c.attempts,
                )
            )
            rows = found.all()
        return sorted(
            (
                ClaimedLine(
                    r.id, batch_id, r.line, r.custom_id, r.request_id, r.body.encode(), r.attempts
                )
                for r in rows
            ),
            key=lambda c: c.line,
        )

    async def commit(
        self,
        line: ClaimedLine,
        status: str,
        output: str,
        writes: list[Callable[[Connection], None]],
    ) -> bool:
        """Store the line's result and run its ledger writes, in one transaction; False (and
        nothing written) when this worker no longer holds the line. A PostgreSQL server that
        is gone (restarting) is waited for up to ``RECONNECT_S``: a line whose result is not
        committed runs again once its claim runs out, asking its upstream a second time."""
        reconnect = Reconnect()
        while True:
            try:
                return await self._commit(line, status, output, writes)
            except Exception as exc:
                pause = reconnect.pause_after(exc)
                if pause is None:
                    raise
            await asyncio.sleep(pause)

    async def _commit(
        self,
        line: ClaimedLine,
        status: str,
        output: str,
        writes: list[Callable[[Connection], None]],
    ) -> bool:
        # Safe to run again: once committed, the line is no longer claimed (False).
        async with self.engine.begin() as conn:
            done = await conn.execute(
                update(batch_lines)
                .where(
                    batch_lines.c.id == line.id,
                    batch_lines.c.claimed_by == self.worker_id,
                    batch_lines.c.status == CLAIMED,
                )
                .values(
                    status=status,
                    output=output,
                    finished_at=time.time(),
                    claimed_by=None,
                    lease_until=None,
                )
            )
            if done.rowcount != 1:
                return False
            for write in writes:
                await conn.run_sync(write)
        return True

    async def renew(self) -> None:
        """Extend this worker's claims: it is alive and its lines are still running."""
        async with self.engine.begin() as conn:
            await conn.execute(
                update(batch_lines)
                .where(batch_lines.c.claimed_by == self.worker_id, batch_lines.c.status == CLAIMED)
                .values(lease_until=time.time() + self.lease_s)
            )

    async def release(self, line_ids: list[str]) -> None:
        """Put lines this worker will not finish back in the queue (it is stopping)."""
        if not line_ids:
            return
        async with self.engine.begin() as conn:
            await conn.execute(
                update(batch_lines)
                .where(
                    batch_lines.c.id.in_(line_ids),
                    batch_lines.c.claimed_by == self.worker_id,
                    batch_lines.c.status == CLAIMED,
                )
                .values(status=PENDING, claimed_by=None, lease_until=None)
            )

    async def unfinished(self, batch_id: str) -> int:
        """Lines of the batch still waiting or claimed, their claim live or run out: a line
        whose worker died is claimed again when a worker has room (not finished unrun)."""
        async with self.engine.connect() as conn:
            found = await conn.execute(
                select(func.count())
                .select_from(batch_lines)
                .where(
                    batch_lines.c.batch_id == batch_id,
                    batch_lines.c.status.in_((PENDING, CLAIMED)),
                )
            )
            return int(found.scalar_one())

    async def running(self, batch_id: str) -> int:
        """Lines of the batch claimed by any worker, or whose worker died running them (they
        are claimed again: see ``claim``'s ``resume``)."""
        async with self.engine.connect() as conn:
            found = await conn.execute(
                select(func.count())
                .select_from(batch_lines)
                .where(batch_lines.c.batch_id == batch_id, batch_lines.c.status == CLAIMED)
            )
            return int(found.scalar_one())


async def claim_batch(
    engine: AsyncEngine, batch_id: str, worker_id: str, lease_s: float, *where: Any
) -> bool:
    """Lease a whole batch to ``worker_id`` (to validate it, or to relay it upstream) when no
    one holds it or its holder's lease ran out, and ``where`` holds; True if this took it."""
    now = time.time()
    async with engine.begin() as conn:
        claimed = await conn.execute(
            update(batches)
            .where(
                batches.c.id == batch_id,
                or_(batches.c.claimed_by.is_(None), batches.c.lease_until < now),
                *where,
            )
            .values(claimed_by=worker_id, lease_until=now + lease_s)
        )
    return claimed.rowcount == 1


def _claimable(now: float) -> Any:
    return or_(batch_lines.c.status == PENDING, _interrupted(now))


def _interrupted(now: float) -> Any:
    """Lines whose claim ran out: their worker died while running them."""
    return and_(batch_lines.c.status == CLAIMED, batch_lines.c.lease_until < now)


async def renew_batch(
    conn: AsyncConnection, batch_id: str, worker_id: str, lease_s: float, *where: Any
) -> bool:
    """Extend ``worker_id``'s lease on a batch while ``where`` holds, in ``conn``'s
    transaction; False when it holds none now (another worker took it over, say)."""
    renewed = await conn.execute(
        update(batches)
        .where(batches.c.id == batch_id, batches.c.claimed_by == worker_id, *where)
        .values(lease_until=time.time() + lease_s)
    )
    return renewed.rowcount == 1


@contextlib.asynccontextmanager
async def holding_batch(
    engine: AsyncEngine, batch_id: str, worker_id: str, lease_s: float
) -> AsyncIterator[None]:
    """Renew the worker's lease on a batch every third of ``lease_s`` while the block runs
    (a large upload, say), so that no other worker takes it over meanwhile."""

    async def renew_forever() -> None:
        while True:
            await asyncio.sleep(lease_s / 3)
            try:
                async with engine.begin() as conn:
                    await renew_batch(conn, batch_id, worker_id, lease_s)
            except Exception:
                log.exception("Could not renew the lease on batch %s", batch_id)

    task = asyncio.create_task(renew_forever())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
