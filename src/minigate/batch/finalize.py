"""Finishing a batch: its output and error files, its final status and counts.

One worker finishes a batch, under a lease on the batch row (a worker that dies while
finishing leaves it to the next). Lines that never ran (the batch was cancelled or expired)
go to the error file with ``batch_cancelled`` or ``batch_expired``. The files are written to
disk first; their rows and the batch's final status are committed in one transaction.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.batch.files import FileStore, new_file_id
from minigate.batch.jobs import CLAIMED, COMPLETED, PENDING, UPSTREAM_EXPIRED
from minigate.batch.runner import unrun_line
from minigate.schemas.batches import BatchUsage
from minigate.store.schema import batch_lines, batches

READ_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class Ending:
    """How a batch ends: its final status, and what its lines that never ran become."""

    status: str
    unrun: str | None  # the line status (and error code) of lines that never ran
    stamp: str  # the timestamp column of the final status


COMPLETE = Ending("completed", None, "completed_at")
CANCEL = Ending("cancelled", "cancelled", "cancelled_at")
EXPIRE = Ending("expired", "expired", "expired_at")


def ending_of(row: dict[str, Any], now: float) -> Ending:
    if row["status"] == "cancelling":
        return CANCEL
    expired = now >= row["expires_at"] or row["upstream_status"] == UPSTREAM_EXPIRED
    if row["status"] == "in_progress" and expired:
        return EXPIRE
    return COMPLETE


@dataclass
class _Output:
    path: Path
    handle: IO[str] | None = None
    lines: int = 0

    def write(self, text: str) -> None:
        if self.handle is None:
            # the gateway user's alone, as the uploaded batch files are: answers hold what
            # the models said to each key
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            self.handle = os.fdopen(descriptor, "w", encoding="utf-8")
        self.handle.write(text + "\n")
        self.lines += 1

    def close(self) -> int:
        if self.handle is None:
            return 0
        self.handle.close()
        return self.path.stat().st_size


class Finisher:
    def __init__(self, engine: AsyncEngine, files: FileStore, worker_id: str, lease_s: float):
        self.engine = engine
        self.files = files
        self.worker_id = worker_id
        self.lease_s = lease_s

    async def finish(self, row: dict[str, Any], ending: Ending) -> bool:
        """Finish the batch unless another worker is doing it; True when this one did."""
        if not await self._claim(row, ending):
            return False
        if ending.unrun is not None:
            await self._mark_unrun(row["id"], ending.unrun)
        output = _Output(self.files.scratch(new_file_id(), "output"))
        errors = _Output(self.files.scratch(new_file_id(), "output"))
        usage = BatchUsage()
        try:
            completed = await self._write(row["id"], output, errors, usage)
            finished = await self._commit(row, ending, output, errors, completed, usage)
        finally:
            for out in (output, errors):
                await asyncio.to_thread(out.close)
                out.path.unlink(missing_ok=True)
        if finished:  # cancelled while validating: its input snapshot is still there
            await asyncio.to_thread(self.files.snapshot(row["id"]).unlink, missing_ok=True)
        return finished

    async def _claim(self, row: dict[str, Any], ending: Ending) -> bool:
        now = time.time()
        values: dict[str, Any] = {"claimed_by": self.worker_id, "lease_until": now + self.lease_s}
        if ending is COMPLETE and row["status"] == "in_progress":
            values.update(status="finalizing", finalizing_at=int(now))
        async with self.engine.begin() as conn:
            claimed = await conn.execute(
                update(batches)
                .where(
                    batches.c.id == row["id"],
                    batches.c.status == row["status"],
                    or_(batches.c.claimed_by.is_(None), batches.c.lease_until < now),
                )
                .values(**values)
            )
        return claimed.rowcount == 1

    async def _mark_unrun(self, batch_id: str, status: str) -> None:
        now = time.time()
        async with self.engine.begin() as conn:
            await conn.execute(
                update(batch_lines)
                .where(
                    batch_lines.c.batch_id == batch_id,
                    or_(
                        batch_lines.c.status == PENDING,
                        and_(batch_lines.c.status == CLAIMED, batch_lines.c.lease_until < now),
                    ),
                )
                .values(status=status, claimed_by=None, lease_until=None, finished_at=now)
            )

    async def _write(
        self, batch_id: str, output: _Output, errors: _Output, usage: BatchUsage
    ) -> int:
        """Write every line's result to one file or the other, adding the usage of those that
        succeeded to ``usage``; returns how many succeeded."""
        after, completed = 0, 0
        while True:
            async with self.engine.connect() as conn:
                found = await conn.execute(
                    select(
                        batch_lines.c.line,
                        batch_lines.c.id,
                        batch_lines.c.custom_id,
                        batch_lines.c.status,
                        batch_lines.c.output,
                    )
                    .where(batch_lines.c.batch_id == batch_id, batch_lines.c.line > after)
                    .order_by(batch_lines.c.line)
                    .limit(READ_CHUNK)
                )
                rows = list(found.all())
            if not rows:
                return completed
            completed += sum(r.status == COMPLETED for r in rows)
            await asyncio.to_thread(_write_rows, rows, output, errors, usage)
            after = rows[-1].line

    async def _commit(
        self,
        row: dict[str, Any],
        ending: Ending,
        output: _Output,
        errors: _Output,
        completed: int,
        usage: BatchUsage,
    ) -> bool:
        sizes = [await asyncio.to_thread(out.close) for out in (output, errors)]
        ids: list[str | None] = []
        for out in (output, errors):
            file_id = out.path.stem if out.lines else None
            if file_id is not None:
                await asyncio.to_thread(out.path.replace, self.files.path(file_id))
            ids.append(file_id)
            out.handle = None
        now = int(time.time())
        try:
            async with self.engine.begin() as conn:
                done = await conn.execute(
                    update(batches)
                    .where(batches.c.id == row["id"], batches.c.claimed_by == self.worker_id)
                    .values(
                        status=ending.status,
                        output_file_id=ids[0],
                        error_file_id=ids[1],
                        completed=completed,
                        failed=row["total"] - completed,
                        usage=usage.model_dump(),
                        claimed_by=None,
                        lease_until=None,
                        **{ending.stamp: now},
                    )
                )
                if done.rowcount != 1:
                    raise _LostClaim
                for out, size, file_id in zip((output, errors), sizes, ids, strict=True):
                    if file_id is not None:
                        name = f"{row['id']}_{'output' if out is output else 'error'}.jsonl"
                        await self.files.add(
                            conn,
                            file_id,
                            row["key_id"],
                            name,
                            size,
                            out.lines,
                            expires_s=row.get("output_expires_s"),
                        )
        except _LostClaim:
            for file_id in ids:
                if file_id is not None:
                    self.files.path(file_id).unlink(missing_ok=True)
            return False
        return True


class _LostClaim(Exception):
    """Another worker took the batch over (this one's claim lapsed): its files are dropped."""


def _write_rows(rows: list[Any], output: _Output, errors: _Output, usage: BatchUsage) -> None:
    for r in rows:
        if r.status == COMPLETED:
            output.write(r.output)
            usage.add(_usage_of(r.output))
        elif r.output is not None:
            errors.write(r.output)
        else:
            code = "batch_expired" if r.status == "expired" else "batch_cancelled"
            errors.write(unrun_line(r.id, r.custom_id, code))


def _usage_of(line: str) -> dict[str, Any]:
    """The ``usage`` of an output line's answer (empty where it reports none)."""
    usage = orjson.loads(line)["response"]["body"].get("usage")
    return usage if isinstance(usage, dict) else {}
