"""Batch jobs as the API sees them: create, read, list and cancel (a worker validates)."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.batch.files import EVERY_KEY, FileStore, KeyScope
from minigate.batch.settings import BatchSettings
from minigate.batch.validate import InputLine
from minigate.errors import BatchNotCancellable, InvalidRequest, NotFound
from minigate.schemas.batches import (
    Batch,
    BatchCreate,
    BatchErrors,
    BatchList,
    BatchUsage,
    RequestCounts,
)
from minigate.store.schema import batch_lines, batches

RUNNING = ("validating", "in_progress", "finalizing", "cancelling")
# Line statuses; a line that ends in any but "completed" counts as failed.
PENDING, CLAIMED, COMPLETED = "pending", "running", "completed"
# A relayed batch's upstream_status once its upstream's results are in (batch/upstream.py);
# UPSTREAM_EXPIRED: the upstream batch expired, and so does this one.
MAPPED, UPSTREAM_EXPIRED = "mapped", "expired"
RELAYED = (MAPPED, UPSTREAM_EXPIRED)


@dataclass(frozen=True, slots=True)
class Owner:
    """Who created a batch: its lines run as this key, with its model list."""

    key_id: str | None
    allowed_models: frozenset[str] | None = None


def new_batch_id() -> str:
    """Ids sort in creation order (a millisecond clock first), which lists page by."""
    return f"batch_{int(time.time() * 1000):012x}{secrets.token_hex(6)}"


class Jobs:
    def __init__(self, engine: AsyncEngine, files: FileStore, settings: BatchSettings) -> None:
        self.engine = engine
        self.files = files
        self.settings = settings

    async def create(self, spec: BatchCreate, owner: Owner) -> Batch:
        """Record a ``validating`` batch on a snapshot of its input; a worker checks its lines.

        The snapshot is a hard link to the input file, so deleting the file while the batch
        waits or runs changes nothing for it.
        """
        source = await self.files.row(spec.input_file_id, owner.key_id)
        if source["purpose"] != "batch":
            raise InvalidRequest(
                f"File {spec.input_file_id} has purpose '{source['purpose']}'; a batch needs "
                "a file uploaded with purpose 'batch'.",
                param="input_file_id",
                code="invalid_value",
            )
        now = int(time.time())
        row: dict[str, Any] = {
            "id": new_batch_id(),
            "key_id": owner.key_id,
            "allowed_models": sorted(owner.allowed_models)
            if owner.allowed_models is not None
            else None,
            "endpoint": spec.endpoint,
            "input_file_id": spec.input_file_id,
            "completion_window": spec.completion_window,
            "metadata": spec.metadata,
            "output_expires_s": spec.output_expires_after.seconds
            if spec.output_expires_after is not None
            else None,
            "status": "validating",
            "total": 0,
            "completed": 0,
            "failed": 0,
            "created_at": now,
            "expires_at": now + int(self.settings.completion_window_s),
        }
        await self.files.keep(spec.input_file_id, owner.key_id, row["id"])
        try:
            async with self.engine.begin() as conn:
                await conn.execute(insert(batches).values(**row))
        except BaseException:
            self.files.snapshot(row["id"]).unlink(missing_ok=True)
            raise
        return to_batch(row, RequestCounts())

    async def get(self, batch_id: str, key_id: KeyScope) -> Batch:
        async with self.engine.connect() as conn:
            row = await _row(conn, batch_id, key_id)
            return to_batch(row, await counts(conn, row))

    async def list(self, key_id: KeyScope, after: str | None, limit: int) -> BatchList:
        query = select(batches).where(_owned(key_id))
        async with self.engine.connect() as conn:
            if after:
                cursor = await _find(conn, after, key_id)
                if cursor is None:  # an unknown cursor: nothing after it, as for files
                    return BatchList(data=[])
                query = query.where(
                    or_(
                        batches.c.created_at < cursor["created_at"],
                        and_(
                            batches.c.created_at == cursor["created_at"],
                            batches.c.id < cursor["id"],
                        ),
                    )
                )
            query = query.order_by(batches.c.created_at.desc(), batches.c.id.desc())
            rows = [dict(r) for r in (await conn.execute(query.limit(limit + 1))).mappings()]
            page = [to_batch(r, await counts(conn, r)) for r in rows[:limit]]
        return BatchList(
            data=page,
            first_id=page[0].id if page else None,
            last_id=page[-1].id if page else None,
            has_more=len(rows) > limit,
        )

    async def cancel(self, batch_id: str, key_id: KeyScope) -> Batch:
        """Stop a batch: no further line starts; what finished stays in its output."""
        now = int(time.time())
        async with self.engine.begin() as conn:
            changed = await conn.execute(
                update(batches)
                .where(
                    batches.c.id == batch_id,
                    _owned(key_id),
                    batches.c.status.in_(("validating", "in_progress")),
                )
                .values(status="cancelling", cancelling_at=now)
            )
            row = await _row(conn, batch_id, key_id)
            if changed.rowcount == 0 and row["status"] not in ("cancelling", "cancelled"):
                raise BatchNotCancellable(
                    f"Batch {batch_id} is {row['status']} and cannot be cancelled; only a "
                    "validating or in_progress batch can."
                )
            return to_batch(row, await counts(conn, row))


def line_row(batch_id: str, line: InputLine) -> dict[str, Any]:
    token = secrets.token_hex(12)
    return {
        "id": f"batch_req_{token}",
        "batch_id": batch_id,
        "line": line.line,
        "custom_id": line.custom_id,
        "request_id": f"req_{token}",
        "body": line.body.decode(),
        "status": PENDING,
        "attempts": 0,
    }


def _owned(key_id: KeyScope) -> Any:
    if key_id is EVERY_KEY:
        return true()
    return batches.c.key_id.is_(None) if key_id is None else batches.c.key_id == key_id


async def _find(conn: AsyncConnection, batch_id: str, key_id: KeyScope) -> dict[str, Any] | None:
    found = await conn.execute(select(batches).where(batches.c.id == batch_id, _owned(key_id)))
    row = found.mappings().first()
    return None if row is None else dict(row)


async def _row(conn: AsyncConnection, batch_id: str, key_id: KeyScope) -> dict[str, Any]:
    row = await _find(conn, batch_id, key_id)
    if row is None:
        raise NotFound(f"No such Batch object: {batch_id}", param="batch_id")
    return row


async def counts(conn: AsyncConnection, row: dict[str, Any]) -> RequestCounts | None:
    """Live counts of a running batch, from its lines; None once the batch row keeps them."""
    if row["status"] not in RUNNING:
        return None
    found = await conn.execute(
        select(batch_lines.c.status, func.count())
        .where(batch_lines.c.batch_id == row["id"])
        .group_by(batch_lines.c.status)
    )
    by_status: dict[str, int] = {status: int(n) for status, n in found.all()}
    done = sum(n for s, n in by_status.items() if s not in (PENDING, CLAIMED))
    completed = by_status.get(COMPLETED, 0)
    return RequestCounts(total=row["total"], completed=completed, failed=done - completed)


def to_batch(row: dict[str, Any], live: RequestCounts | None) -> Batch:
    errors = row.get("errors")
    return Batch(
        id=row["id"],
        endpoint=row["endpoint"],
        errors=BatchErrors.model_validate(errors) if errors else None,
        input_file_id=row["input_file_id"],
        completion_window=row["completion_window"],
        status=row["status"],
        output_file_id=row.get("output_file_id"),
        error_file_id=row.get("error_file_id"),
        created_at=row["created_at"],
        in_progress_at=row.get("in_progress_at"),
        expires_at=row.get("expires_at"),
        finalizing_at=row.get("finalizing_at"),
        completed_at=row.get("completed_at"),
        failed_at=row.get("failed_at"),
        expired_at=row.get("expired_at"),
        cancelling_at=row.get("cancelling_at"),
        cancelled_at=row.get("cancelled_at"),
        request_counts=live
        or RequestCounts(total=row["total"], completed=row["completed"], failed=row["failed"]),
        metadata=row.get("metadata"),
        model=row.get("model"),
        usage=BatchUsage.model_validate(row["usage"]) if row.get("usage") else None,
    )
