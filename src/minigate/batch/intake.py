"""Validating a batch: the worker checks its input file and queues its lines.

``POST /v1/batches`` answers at once with a ``validating`` batch, as OpenAI does; a worker
then claims it (under the same lease on the batch row that finishing uses), checks every line
and either fails it with an error per bad line or queues all its lines and marks it
``in_progress``, in one transaction. A batch whose lines all name one model with
``batch_passthrough`` is marked for batch/upstream.py to relay. The batch reads a snapshot of
its input (a hard link made at create), so deleting the file meanwhile changes nothing; the
snapshot goes once the lines are queued, or when the batch ends without them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.batch.files import FileStore
from minigate.batch.jobs import line_row
from minigate.batch.queue import claim_batch, renew_batch
from minigate.batch.runner import MODERATIONS
from minigate.batch.validate import Checker, InputLine, read_lines
from minigate.schemas.batches import BatchError, BatchErrors
from minigate.store.schema import batch_lines, batches

INSERT_CHUNK = 1000
RENEW_EVERY = 1000  # lines checked between renewals of the batch's lease


class Intake:
    def __init__(
        self,
        engine: AsyncEngine,
        files: FileStore,
        worker_id: str,
        lease_s: float,
        passthrough: frozenset[str] = frozenset(),
    ):
        self.engine = engine
        self.files = files
        self.worker_id = worker_id
        self.lease_s = lease_s
        self.passthrough = passthrough  # models whose batches go to their upstream's Batch API

    async def validate(self, row: dict[str, Any]) -> bool:
        """Validate and queue a ``validating`` batch unless another worker is; True if done."""
        if not await self._claim(row["id"]):
            return False
        snapshot = self.files.snapshot(row["id"])
        checker = Checker(row["endpoint"])
        if not snapshot.exists():  # lost with a gateway's disk: the batch cannot run
            checker.errors.append(_gone(row["input_file_id"]))
            checker.error_count += 1
            total = 0
        else:
            checked = await self._check_all(row["id"], snapshot, checker)
            if checked is None:  # cancelled (or taken over) meanwhile
                await self._release(row["id"])
                return True
            total = checked
        now = int(time.time())
        async with self.engine.begin() as conn:
            # The lease again, in this transaction: on PostgreSQL the row stays locked (no one
            # can claim it) while the lines are queued; SQLite has one writer anyway.
            if not await self._renew(conn, row["id"]):
                await conn.rollback()
                await self._release(row["id"])
                return True
            model = next(iter(checker.models)) if len(checker.models) == 1 else None
            if checker.error_count:
                values: dict[str, Any] = {
                    "status": "failed",
                    "failed_at": now,
                    "errors": BatchErrors(data=checker.errors).model_dump(),
                }
            else:
                await _queue(conn, row["id"], snapshot, row["endpoint"])
                values = {"status": "in_progress", "in_progress_at": now, "total": total}
                # Moderations are the guard's to answer, never an upstream's (as interactively).
                if (
                    model is not None
                    and model in self.passthrough
                    and row["endpoint"] != MODERATIONS
                ):
                    values["upstream_model"] = model
            moved = await conn.execute(
                update(batches)
                .where(
                    batches.c.id == row["id"],
                    batches.c.status == "validating",
                    batches.c.claimed_by == self.worker_id,
                )
                .values(claimed_by=None, lease_until=None, model=model, **values)
            )
            if moved.rowcount != 1:  # cancelled (or taken over) meanwhile: queue nothing
                await conn.rollback()
                await self._release(row["id"])
                return True
        await asyncio.to_thread(snapshot.unlink, missing_ok=True)
        return True

    async def _check_all(self, batch_id: str, path: Path, checker: Checker) -> int | None:
        """Check every line (reading the file once), renewing the batch's lease after each
        ``RENEW_EVERY`` lines, so that no other worker takes a large file over while it is
        checked; returns how many lines there are, or None when the lease was lost."""
        lines = read_lines(path)
        total = 0
        while checked := await asyncio.to_thread(_check_some, lines, checker, RENEW_EVERY):
            total += checked
            async with self.engine.begin() as conn:
                if not await self._renew(conn, batch_id):
                    await asyncio.to_thread(lines.close)
                    return None
        return total

    async def _renew(self, conn: AsyncConnection, batch_id: str) -> bool:
        """Extend this worker's lease on a batch it validates; False when it holds none now
        (the batch was cancelled, or another worker took it over)."""
        validating = batches.c.status == "validating"
        return await renew_batch(conn, batch_id, self.worker_id, self.lease_s, validating)

    async def _claim(self, batch_id: str) -> bool:
        validating = batches.c.status == "validating"
        return await claim_batch(self.engine, batch_id, self.worker_id, self.lease_s, validating)

    async def _release(self, batch_id: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(batches)
                .where(batches.c.id == batch_id, batches.c.claimed_by == self.worker_id)
                .values(claimed_by=None, lease_until=None)
            )


def _check_some(lines: Iterator[tuple[int, bytes]], checker: Checker, most: int) -> int:
    """Check the next ``most`` lines at most; returns how many there were."""
    count = 0
    for number, raw in islice(lines, most):
        checker.check(number, raw)
        count += 1
    return count


def _checked(path: Path, endpoint: str) -> Iterator[InputLine]:
    """The file's requests, read again after they were all found valid."""
    checker = Checker(endpoint)
    for number, raw in read_lines(path):
        line = checker.check(number, raw)
        if line is not None:
            yield line


async def _queue(conn: AsyncConnection, batch_id: str, path: Path, endpoint: str) -> None:
    lines = _checked(path, endpoint)
    while chunk := await asyncio.to_thread(lambda: list(islice(lines, INSERT_CHUNK))):
        await conn.execute(insert(batch_lines), [line_row(batch_id, x) for x in chunk])


def _gone(file_id: str) -> BatchError:
    return BatchError(
        code="file_not_found",
        message=f"The content of input file {file_id} is gone from the gateway's disk.",
        param="input_file_id",
    )
