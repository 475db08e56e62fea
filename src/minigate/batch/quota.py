"""How much one key may keep in uploaded files: ``batch.max_stored_bytes_per_key`` and
``batch.max_files_per_key``.

An upload is checked three times. Before its body is read, a key already at its quota is
refused at once; while it streams, it stops at the byte that passes what the quota leaves, so a
200 MB body is not written to find that out; and its row is inserted only if the key's files
still leave room for it, counted by the INSERT itself: SQLite takes its write lock for the
whole statement, and PostgreSQL a per-key lock for the transaction, so two uploads that raced
past the first checks cannot both be kept (the loser's file is removed; nothing is left).

What the gateway writes itself, a batch's output and error files, does not count: a batch
must never fail for want of room, and those files expire with ``output_expires_after``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, insert, literal, or_, select, true
from sqlalchemy.ext.asyncio import AsyncConnection

from minigate.batch.settings import BatchSettings
from minigate.batch.upload import Cap
from minigate.errors import InvalidRequest
from minigate.store.schema import files

# The purpose of the files the gateway writes for a batch (its output and error files).
OUTPUT = "batch_output"
CODE = "storage_quota_exceeded"
OVER = "This upload would pass the key's file storage quota"
FREE_SOME = "Delete files the key no longer needs (DELETE /v1/files/{file_id}) and upload again."


@dataclass(frozen=True, slots=True)
class Usage:
    """What a key's uploaded files take now."""

    files: int
    bytes: int


class Quota:
    def __init__(self, settings: BatchSettings) -> None:
        self.max_bytes = settings.max_stored_bytes_per_key
        self.max_files = settings.max_files_per_key

    async def usage(self, conn: AsyncConnection, key_id: str | None, now: int) -> Usage:
        """What the key's uploads take at ``now`` (Unix seconds: expired ones take nothing)."""
        found = await conn.execute(
            select(func.count(), func.coalesce(func.sum(files.c.bytes), 0)).where(
                _counted(key_id, now)
            )
        )
        kept, stored = found.one()
        return Usage(int(kept), int(stored))

    def room(self, used: Usage) -> Cap | None:
        """What an upload may write after ``used`` (None: no limit); raises when nothing."""
        if self.max_files is not None and used.files >= self.max_files:
            raise self._too_many(used)
        if self.max_bytes is None:
            return None
        left = self.max_bytes - used.bytes
        if left <= 0:
            raise self._too_big(used, "")
        return Cap(
            left, lambda: self._too_big(used, f"; this file is larger than the {left} bytes left")
        )

    async def insert(self, conn: AsyncConnection, row: dict[str, Any]) -> None:
        """Insert an upload's ``row`` if the key's files leave room for it, else raise."""
        key_id, now = row["key_id"], row["created_at"]
        if conn.dialect.name == "postgresql":  # READ COMMITTED sees no racing upload's row
            lock = func.hashtext(f"minigate.files:{key_id or ''}")
            await conn.execute(select(func.pg_advisory_xact_lock(lock)))
        values = select(*(literal(v, files.c[k].type).label(k) for k, v in row.items()))
        fits = self._fits(_counted(key_id, now), row["bytes"])
        kept = insert(files).from_select(list(row), values.where(fits)).returning(files.c.id)
        if (await conn.execute(kept)).first() is not None:  # (psycopg's rowcount here is -1)
            return
        used = await self.usage(conn, key_id, now)
        if self.max_files is not None and used.files >= self.max_files:
            raise self._too_many(used)
        raise self._too_big(used, f"; this file's {row['bytes']} bytes would pass it")

    def _fits(self, mine: ColumnElement[bool], size: int) -> ColumnElement[bool]:
        fits: list[ColumnElement[bool]] = [true()]
        if self.max_bytes is not None:
            stored = select(func.coalesce(func.sum(files.c.bytes), 0)).where(mine)
            fits.append(stored.scalar_subquery() + size <= self.max_bytes)
        if self.max_files is not None:
            kept = select(func.count()).select_from(files).where(mine)
            fits.append(kept.scalar_subquery() < self.max_files)
        return and_(*fits)

    def _too_big(self, used: Usage, size: str) -> InvalidRequest:
        return InvalidRequest(
            f"{OVER}: its files hold {used.bytes} bytes of the {self.max_bytes} it may keep "
            f"(batch.max_stored_bytes_per_key){size}. {FREE_SOME}",
            param="file",
            code=CODE,
        )

    def _too_many(self, used: Usage) -> InvalidRequest:
        return InvalidRequest(
            f"{OVER}: it keeps {used.files} files, the most it may (batch.max_files_per_key). "
            f"{FREE_SOME}",
            param="file",
            code=CODE,
        )


def _counted(key_id: str | None, now: int) -> ColumnElement[bool]:
    """The key's files that count: its uploads, less those expired (and not yet purged)."""
    owner = files.c.key_id.is_(None) if key_id is None else files.c.key_id == key_id
    live = or_(files.c.expires_at.is_(None), files.c.expires_at > now)
    return and_(owner, files.c.purpose != OUTPUT, live)
